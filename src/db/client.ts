// One Prisma client per process, for the provider the database URL selects.
//
// Each provider has its own generated client (one Prisma schema has one provider),
// generated from the same models, so both expose the same API. The rest of the code
// is typed against the SQLite client's types.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.ts';
import { providerOf } from '../config.ts';

export type Db = SqliteClient;
// The SQLite client's Prisma namespace: its `sql` tag builds raw queries for either client.
export { Prisma } from './generated/sqlite/client.ts';

export interface DbOptions {
  /** Called with every SQL statement the client sends (used to count queries). */
  onQuery?: (sql: string) => void;
}

/** Path of the SQLite file a `file:` URL names, relative to the working directory. */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, '').replace(/\?.*$/, '');
}

/**
 * Opens the database a URL names. A SQLite file is switched to write-ahead logging
 * (readers do not block the writer, a commit needs no fsync of the whole journal) with
 * `synchronous = NORMAL`, SQLite's recommended pairing: a commit can be lost on power
 * failure, the database cannot be corrupted. The adapter holds one connection, so the
 * per-connection pragma stays in force.
 */
export async function openDb(url: string, options: DbOptions = {}): Promise<Db> {
  const log = options.onQuery ? [{ emit: 'event' as const, level: 'query' as const }] : [];
  let db: Db;
  if (providerOf(url) === 'sqlite') {
    const file = sqliteFilePath(url);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: file }), log }) as Db;
    if (file !== ':memory:') await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  } else {
    // Same models, same generated API: only the SQL dialect behind it differs.
    db = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }), log }) as unknown as Db;
  }
  const onQuery = options.onQuery;
  if (onQuery) {
    (db as unknown as { $on(event: 'query', cb: (e: { query: string }) => void): void }).$on('query', (e) =>
      onQuery(e.query),
    );
  }
  return db;
}
