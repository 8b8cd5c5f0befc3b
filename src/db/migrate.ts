// The runtime migration runner: applies the committed migration files of the provider a
// database URL selects, the way `prisma migrate deploy` does, without Prisma's schema
// engine (the CLI downloads a native engine at start-up, which air-gapped machines cannot).
//
// It speaks plain SQL through better-sqlite3 and pg rather than through Prisma's driver
// adapters: the adapters' query interface (typed arguments, error registries) is Prisma's
// internal contract with its engines, while the two drivers' APIs are public and stable,
// run multi-statement scripts as they are, and let a migration hold one connection.
//
// Every step is recorded in `_prisma_migrations` exactly as Prisma records it (same table,
// same columns, checksum = sha256 hex of the file, the same timestamp encoding), so a user
// who has internet access can run the ordinary `prisma migrate deploy` on the same database
// later and find nothing pending; and both tools take the same PostgreSQL advisory lock.
//
// Unlike Prisma, each migration runs in one transaction together with its record: a failed
// migration leaves the database as it was, with nothing to resolve by hand. Migration files
// must therefore not contain their own BEGIN/COMMIT, nor statements PostgreSQL refuses in a
// transaction (CREATE INDEX CONCURRENTLY, ...).
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { providerOf, type Provider } from '../config.ts';
import { sqliteFilePath } from './client.ts';

export const MIGRATIONS_TABLE = '_prisma_migrations';

/** Prisma's key for `pg_advisory_lock`: holding it excludes `prisma migrate` runs too. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

const prismaDir = fileURLToPath(new URL('../../prisma/', import.meta.url));

/** Where the committed migrations of a provider live (Prisma's layout, one folder each). */
export function migrationsDirectory(provider: Provider): string {
  return provider === 'sqlite' ? join(prismaDir, 'migrations') : join(prismaDir, 'postgresql', 'migrations');
}

export interface MigrationFile {
  /** The folder name, `<timestamp>_<name>`: what `_prisma_migrations.migration_name` holds. */
  name: string;
  sql: string;
  checksum: string;
}

/** A `_prisma_migrations` row as the runner reads it. */
export interface MigrationRecord {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  started_at: unknown;
  logs: string | null;
  applied_steps_count: number;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface MigrateOptions {
  /** Folder of migrations to apply; defaults to the committed ones of the URL's provider. */
  migrationsDir?: string;
  /** How long to wait for another process that is migrating the same database. */
  lockTimeoutMs?: number;
}

export interface MigrateResult {
  provider: Provider;
  /** Names of the migrations this call applied, in order; empty when none was pending. */
  applied: string[];
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/** Reads `<dir>/<name>/migration.sql` for every folder, in the order `prisma migrate` uses. */
export function readMigrations(dir: string): MigrationFile[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const file = join(dir, name, 'migration.sql');
      let sql: string;
      try {
        sql = readFileSync(file, 'utf8');
      } catch (error) {
        throw new MigrationError(`Cannot read ${file}: ${(error as Error).message}`);
      }
      return { name, sql, checksum: checksumOf(sql) };
    });
}

/**
 * Compares the recorded history with the files and returns the migrations still to apply.
 * Throws when the two disagree: a migration that failed half-way (only Prisma's own runner
 * leaves those), a recorded migration that has no file, or a file edited after it was applied.
 */
export function pendingMigrations(files: MigrationFile[], records: MigrationRecord[], dir: string): MigrationFile[] {
  const live = records.filter((r) => r.rolled_back_at == null);
  const failed = live.filter((r) => r.finished_at == null);
  if (failed.length) {
    throw new MigrationError(
      `The database records migration(s) that started but did not finish: ${names(failed)}. ` +
        'Repair the database, then mark them with `prisma migrate resolve --applied <name>` or `--rolled-back <name>`.',
    );
  }
  const byName = new Map(files.map((f) => [f.name, f]));
  const unknown = live.filter((r) => !byName.has(r.migration_name));
  if (unknown.length) {
    throw new MigrationError(
      `The database has migration(s) that ${dir} does not have: ${names(unknown)}. ` +
        'It was migrated by a newer or different version of whosaid; run that version, or restore the missing migration folders.',
    );
  }
  const edited = live.filter((r) => !scriptMatchesChecksum(byName.get(r.migration_name)!.sql, r.checksum));
  if (edited.length) {
    throw new MigrationError(
      `Checksum mismatch: migration file(s) changed after they were applied to this database: ${edited
        .map((r) => `${r.migration_name} (recorded ${r.checksum}, file ${byName.get(r.migration_name)!.checksum})`)
        .join(', ')}. Restore the applied version of the file; put changes in a new migration.`,
    );
  }
  const applied = new Set(live.map((r) => r.migration_name));
  return files.filter((f) => !applied.has(f.name));
}

/** Like Prisma: a checkout with other line endings (git autocrlf) is not an edit. */
function scriptMatchesChecksum(sql: string, checksum: string): boolean {
  return [sql, sql.replaceAll('\r\n', '\n'), sql.replaceAll('\n', '\r\n')].some((s) => checksumOf(s) === checksum);
}

function names(records: MigrationRecord[]): string {
  return records.map((r) => r.migration_name).join(', ');
}

function notEmptyError(tables: string[]): MigrationError {
  return new MigrationError(
    `The database is not empty (tables ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', ...' : ''}) ` +
      `and has no ${MIGRATIONS_TABLE} table, so which migrations it holds is unknown. ` +
      'Use an empty database, or baseline it with `prisma migrate resolve --applied <name>`.',
  );
}

/**
 * Brings the database at `url` up to date with the committed migrations of its provider.
 * Idempotent; safe when several processes start at once (they wait for each other).
 */
export async function migrate(url: string, options: MigrateOptions = {}): Promise<MigrateResult> {
  const provider = providerOf(url);
  const dir = options.migrationsDir ?? migrationsDirectory(provider);
  const files = readMigrations(dir);
  const lockTimeoutMs = options.lockTimeoutMs ?? 120_000;
  const applied =
    provider === 'sqlite'
      ? migrateSqlite(sqliteFilePath(url), files, dir, lockTimeoutMs)
      : await migratePostgres(url, files, dir, lockTimeoutMs);
  return { provider, applied };
}

// --- SQLite ---------------------------------------------------------------------------

// Prisma's DDL, verbatim (sql-schema-connector, flavour/sqlite.rs).
const SQLITE_MIGRATIONS_TABLE_DDL = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);`;

/**
 * Each step runs in `BEGIN IMMEDIATE`, which takes the database's write lock before reading
 * the history: a second process waits (busy timeout) and then sees what the first applied.
 * The work is synchronous, so two runs in one process cannot interleave either.
 */
function migrateSqlite(file: string, files: MigrationFile[], dir: string, lockTimeoutMs: number): string[] {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: lockTimeoutMs });
  try {
    // SQLite ignores this pragma inside a transaction, so Prisma's table-redefining
    // migrations (`PRAGMA foreign_keys=OFF; ... DROP TABLE ...`) would otherwise run with
    // foreign keys on, and dropping a table would cascade-delete the rows that reference
    // it. Integrity is checked with `foreign_key_check` before each commit instead.
    db.pragma('foreign_keys = OFF');
    const inWriteTransaction = <T>(work: () => T): T => {
      try {
        return db.transaction(work).immediate();
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
        throw new MigrationError(
          `Another process has held ${file} locked for more than ${Math.round(lockTimeoutMs / 1000)} s; ` +
            'try again when it has finished.',
          { cause: error },
        );
      }
    };

    inWriteTransaction(() => {
      const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATIONS_TABLE);
      if (exists) return;
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
        .pluck()
        .all() as string[];
      if (tables.length) throw notEmptyError(tables);
      db.exec(SQLITE_MIGRATIONS_TABLE_DDL);
    });

    const applied: string[] = [];
    for (const migration of files) {
      inWriteTransaction(() => {
        const records = db.prepare(`SELECT * FROM "${MIGRATIONS_TABLE}"`).all() as MigrationRecord[];
        if (!pendingMigrations(files, records, dir).includes(migration)) return;
        const id = randomUUID();
        // Prisma's native engine stores DATETIME values as Unix milliseconds.
        db.prepare(
          `INSERT INTO "${MIGRATIONS_TABLE}" (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, 0)`,
        ).run(id, migration.checksum, migration.name, Date.now());
        try {
          db.exec(migration.sql);
        } catch (error) {
          throw failed(migration, error);
        }
        const violations = db.pragma('foreign_key_check') as unknown[];
        if (violations.length) {
          throw failed(migration, new Error(`it leaves ${violations.length} foreign key violation(s)`));
        }
        db.prepare(
          `UPDATE "${MIGRATIONS_TABLE}" SET finished_at = ?, applied_steps_count = applied_steps_count + 1 WHERE id = ?`,
        ).run(Date.now(), id);
        applied.push(migration.name);
      });
    }
    return applied;
  } finally {
    db.close();
  }
}

function failed(migration: MigrationFile, error: unknown): MigrationError {
  return new MigrationError(
    `Migration ${migration.name} failed and was rolled back: ${(error as Error).message ?? String(error)}`,
  );
}

// --- PostgreSQL -----------------------------------------------------------------------

// Prisma's DDL, verbatim (sql-schema-connector, flavour/postgres.rs).
const POSTGRES_MIGRATIONS_TABLE_DDL = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

/**
 * One connection holds Prisma's session advisory lock for the whole run, so concurrent
 * runners (ours or `prisma migrate deploy`) go one after the other; each migration is one
 * transaction on that connection.
 */
async function migratePostgres(url: string, files: MigrationFile[], dir: string, lockTimeoutMs: number) {
  const { connectionString, schema } = splitSchemaParam(url);
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
  } catch (error) {
    const where = new URL(connectionString);
    throw new MigrationError(`Cannot connect to PostgreSQL at ${where.host}${where.pathname}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    if (schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    }
    await acquireAdvisoryLock(client, lockTimeoutMs);
    const inTransaction = async <T>(work: () => Promise<T>): Promise<T> => {
      await client.query('BEGIN');
      try {
        const result = await work();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    };

    await inTransaction(async () => {
      const exists = await client.query('SELECT to_regclass($1) IS NOT NULL AS exists', [MIGRATIONS_TABLE]);
      if (exists.rows[0].exists) return;
      const tables = await client.query<{ tablename: string }>(
        'SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename',
      );
      if (tables.rows.length) throw notEmptyError(tables.rows.map((r) => r.tablename));
      await client.query(POSTGRES_MIGRATIONS_TABLE_DDL);
    });

    const applied: string[] = [];
    for (const migration of files) {
      await inTransaction(async () => {
        const records = (await client.query<MigrationRecord>(`SELECT * FROM ${MIGRATIONS_TABLE}`)).rows;
        if (!pendingMigrations(files, records, dir).includes(migration)) return;
        const id = randomUUID();
        await client.query(
          `INSERT INTO ${MIGRATIONS_TABLE} (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, $4, 0)`,
          [id, migration.checksum, migration.name, new Date()],
        );
        try {
          // No parameters: the simple query protocol runs the multi-statement script as is.
          await client.query(migration.sql);
        } catch (error) {
          throw failed(migration, error);
        }
        await client.query(
          `UPDATE ${MIGRATIONS_TABLE} SET finished_at = $1, applied_steps_count = applied_steps_count + 1 WHERE id = $2`,
          [new Date(), id],
        );
        applied.push(migration.name);
      });
    }
    return applied;
  } finally {
    // Ending the session releases the advisory lock.
    await client.end();
  }
}

async function acquireAdvisoryLock(client: pg.Client, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS locked', [PRISMA_ADVISORY_LOCK_KEY]);
    if (rows[0].locked) return;
    if (Date.now() > deadline) {
      throw new MigrationError(
        `Another process has been migrating this database for more than ${Math.round(timeoutMs / 1000)} s ` +
          `(advisory lock ${PRISMA_ADVISORY_LOCK_KEY} is held); try again when it has finished.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Prisma's `?schema=` parameter is not a libpq one: pg gets the URL without it. */
function splitSchemaParam(url: string): { connectionString: string; schema: string | null } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
