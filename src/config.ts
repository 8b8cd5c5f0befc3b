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
  /** Server on which `npm run db:diff` makes its throwaway PostgreSQL databases. */
  SHADOW_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .default('postgresql://postgres@127.0.0.1:5432/postgres'),
  /** Serve the GraphiQL IDE at GET /graphql; unset: on everywhere but production. */
  GRAPHIQL: booleanFlag.optional(),
  /** Origins (scheme://host[:port]) of other frontends allowed to call the API, comma-separated. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine(isOrigin, { message: 'must be origins like https://example.org[:port]' }))),
});

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

export interface Config {
  databaseUrl: string;
  provider: Provider;
  host: string;
  port: number;
  production: boolean;
  migrateOnStart: boolean;
  seedWhenEmpty: boolean;
  seedsDir: string;
  shadowDatabaseUrl: string;
  /** Whether GET /graphql from a browser serves the GraphiQL IDE. */
  graphiql: boolean;
  /** Origins besides the server's own that may call /graphql from a browser. */
  corsOrigins: string[];
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
  const production = e.NODE_ENV === 'production';
  return {
    databaseUrl: e.DATABASE_URL,
    provider: providerOf(e.DATABASE_URL),
    host: e.HOST,
    port: e.PORT,
    production,
    migrateOnStart: e.MIGRATE_ON_START,
    seedWhenEmpty: e.SEED_WHEN_EMPTY,
    seedsDir: e.SEEDS_DIR,
    shadowDatabaseUrl: e.SHADOW_DATABASE_URL,
    graphiql: e.GRAPHIQL ?? !production,
    corsOrigins: e.CORS_ORIGINS,
  };
}
