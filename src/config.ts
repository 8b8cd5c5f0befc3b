// The only reader of process.env: parsed once, validated, and failing fast with a
// message that names the variable.
import { z } from 'zod';

export type Provider = 'sqlite' | 'postgresql';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .default('file:./data/whosaid.db')
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
      message: 'must start with file: (SQLite) or postgresql:// (PostgreSQL)',
    }),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Apply pending migrations when the server starts. */
  MIGRATE_ON_START: booleanFlag.default(true),
  /** Seed from seeds/ when the server starts on a database that holds no article. */
  SEED_WHEN_EMPTY: booleanFlag.default(true),
  SEEDS_DIR: z.string().default('seeds'),
});

export interface Config {
  databaseUrl: string;
  provider: Provider;
  host: string;
  port: number;
  production: boolean;
  migrateOnStart: boolean;
  seedWhenEmpty: boolean;
  seedsDir: string;
}

export function providerOf(databaseUrl: string): Provider {
  return databaseUrl.startsWith('file:') ? 'sqlite' : 'postgresql';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    provider: providerOf(e.DATABASE_URL),
    host: e.HOST,
    port: e.PORT,
    production: e.NODE_ENV === 'production',
    migrateOnStart: e.MIGRATE_ON_START,
    seedWhenEmpty: e.SEED_WHEN_EMPTY,
    seedsDir: e.SEEDS_DIR,
  };
}
