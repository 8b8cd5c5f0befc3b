// Throwaway databases for tests: an empty SQLite file in a temp folder, or an empty
// uniquely named database on the PostgreSQL server of SHADOW_DATABASE_URL (default
// postgresql://postgres@127.0.0.1:5432/postgres). Each test drops what it creates.
import Database from 'better-sqlite3';
import pg from 'pg';
import { providerOf, type Provider } from '../../src/config.ts';
import { sqliteFilePath } from '../../src/db/client.ts';
import {
  createScratchDatabase,
  DatabaseServerUnreachableError,
  type ScratchDatabase,
} from '../../src/db/schemaEngine.ts';

export type TestDatabase = ScratchDatabase;

export const PROVIDERS: Provider[] = ['sqlite', 'postgresql'];

export function createTestDatabase(provider: Provider, label = 'test'): Promise<TestDatabase> {
  return createScratchDatabase(provider, { label, postgresServerUrl: process.env.SHADOW_DATABASE_URL });
}

let postgresProbe: Promise<boolean> | undefined;

/**
 * Whether PostgreSQL tests can run here. Outside CI an unreachable server skips them with
 * a message (a laptop need not run PostgreSQL); with CI=true it fails, so CI cannot pass
 * without having run them.
 */
export function postgresAvailable(): Promise<boolean> {
  postgresProbe ??= createTestDatabase('postgresql', 'probe').then(
    async (database) => {
      await database.drop();
      return true;
    },
    (error: unknown) => {
      if (!(error instanceof DatabaseServerUnreachableError) || process.env.CI === 'true') throw error;
      console.warn(`Skipping PostgreSQL tests: ${error.message}`);
      return false;
    },
  );
  return postgresProbe;
}

/** The providers whose tests can run here (see postgresAvailable). */
export async function availableProviders(): Promise<Provider[]> {
  return (await postgresAvailable()) ? PROVIDERS : ['sqlite'];
}

/**
 * Runs one SQL statement on the database at `url` over a connection of its own and
 * returns the rows. Placeholders are the driver's: `?` for SQLite, `$1` for PostgreSQL.
 */
export async function queryRows<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  if (providerOf(url) === 'sqlite') {
    const db = new Database(sqliteFilePath(url));
    try {
      const statement = db.prepare(sql);
      return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Runs a script of several SQL statements on the database at `url`. */
export async function execSql(url: string, script: string): Promise<void> {
  if (providerOf(url) === 'sqlite') {
    const db = new Database(sqliteFilePath(url));
    try {
      db.exec(script);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(script);
  } finally {
    await client.end();
  }
}
