// Prisma's schema engine (the part of Prisma that diffs schemas and writes migration SQL),
// for development and tests only: `npm run db:diff` and the drift tests use it; the
// running server never loads it (src/db/migrate.ts applies migrations with plain SQL).
//
// Why this module exists: the Prisma CLI runs the engine as a native binary that it
// downloads when it starts, and the machines this project is built on cannot reach
// Prisma's download host. The same engine is published on npm compiled to Wasm
// (@prisma/schema-engine-wasm) and reaches databases through Prisma's driver adapters;
// this module loads it by hand. That is Prisma-internal API with no stability promise, so
// the exact versions are pinned in package.json, checked below before anything runs, and
// everything used here is covered by tests/db/drift.test.ts and tests/db/migrate.test.ts.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as wasmBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';
import pg from 'pg';
import { providerOf, type Provider } from '../config.ts';
import { sqliteFilePath } from './client.ts';
import { readMigrations } from './migrate.ts';

/** The versions this module drives; the engine build must be the one of this prisma release. */
const PINNED = {
  prisma: '7.10.0',
  '@prisma/schema-engine-wasm': '7.10.0-4.0edf323efd1d98336f3f0a68684b56f689b900d3',
  '@prisma/driver-adapter-utils': '7.10.0',
  '@prisma/adapter-better-sqlite3': '7.10.0',
  '@prisma/adapter-pg': '7.10.0',
} as const;
const PINNED_ENGINE_COMMIT = '0edf323efd1d98336f3f0a68684b56f689b900d3';

/**
 * Tables the schema does not model but migrations create by hand (full-text search:
 * SQLite FTS5 virtual tables, PostgreSQL tsvector side tables). The diff ignores them, so
 * neither `db:diff` drops them nor the drift test reports them. Add each such table here:
 * - SQLite: plain names, and an FTS5 table `x` also needs its shadow tables `x_data`,
 *   `x_idx`, `x_docsize`, `x_config` (and `x_content` unless it uses `content=`).
 * - PostgreSQL: schema-qualified names (`public.article_search`). The engine filters whole
 *   tables only, so keep tsvector columns and their GIN indexes in such a side table, not
 *   on a table of the schema. GIN indexes on expressions (`to_tsvector(...)`) need no
 *   entry: the engine does not compare expression indexes.
 * Migrations reach PostgreSQL here through @prisma/adapter-pg, which splits a script at
 * every `;`: write no semicolon inside a statement or a comment (no plpgsql bodies).
 * Triggers and functions are never compared, so nothing checks them: note that Prisma
 * rebuilds a SQLite table for many changes (`-- RedefineTables`), which drops that table's
 * triggers; a migration rebuilding a table that FTS triggers hang on must re-create them.
 * Mirror the list in prisma.config.ts (`experimental: { externalTables: true }`,
 * `tables: { external: [...] }`) so the Prisma CLI's own `migrate dev` agrees.
 */
export function externalTables(provider: Provider): string[] {
  const tables: Record<Provider, string[]> = {
    // prisma/migrations/*_full_text_search: an FTS5 table that stores its text.
    sqlite: ['search_index', ...['data', 'idx', 'content', 'docsize', 'config'].map((s) => `search_index_${s}`)],
    // prisma/postgresql/migrations/*_full_text_search needs none: its GIN indexes are on
    // expressions, which the engine does not compare.
    postgresql: [],
  };
  return tables[provider];
}

function schemaFilter(provider: Provider, extraTables: string[] = []): SchemaFilter {
  return { externalTables: [...externalTables(provider), ...extraTables], externalEnums: [] };
}

const require = createRequire(import.meta.url);

function installedVersion(pkg: string): string {
  // Read from disk: not every one of these packages exports its package.json.
  for (const base of require.resolve.paths(pkg) ?? []) {
    try {
      return (JSON.parse(readFileSync(join(base, pkg, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // not installed under this node_modules
    }
  }
  throw new Error(`${pkg} is not installed`);
}

// tsconfig's lib has no WebAssembly declarations; this is the one call used.
const webAssembly = (
  globalThis as unknown as {
    WebAssembly: {
      instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
    };
  }
).WebAssembly;

let engineModule: Promise<void> | undefined;
let lastPanic: string | undefined;

/** Instantiates the Wasm module once per process, after checking the pinned versions. */
function loadEngineModule(): Promise<void> {
  engineModule ??= (async () => {
    const mismatched = Object.entries(PINNED)
      .map(([pkg, version]) => [pkg, version, installedVersion(pkg)] as const)
      .filter(([, pinned, installed]) => pinned !== installed);
    if (mismatched.length) {
      throw new Error(
        `src/db/schemaEngine.ts drives Prisma-internal APIs pinned to Prisma ${PINNED.prisma}, but ` +
          mismatched.map(([pkg, pinned, installed]) => `${pkg} is ${installed} (expected ${pinned})`).join(', ') +
          '. Upgrade them together (the schema engine build must match the prisma version) and update PINNED.',
      );
    }
    // The engine reports a Rust panic through this global before trapping.
    const registry = { set_message: (message: string) => (lastPanic = message) };
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof registry }).PRISMA_WASM_PANIC_REGISTRY = registry;
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const { instance } = await webAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': withUnrefTimers(wasmBindings),
    });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    const commit = wasmBindings.version();
    if (commit !== PINNED_ENGINE_COMMIT) {
      throw new Error(`The schema engine Wasm is build ${commit}, expected ${PINNED_ENGINE_COMMIT}`);
    }
  })();
  return engineModule;
}

/**
 * The engine races database calls against timers (a 10 s advisory-lock timeout...) and
 * leaves them pending when the call wins, which would keep a CLI process alive until they
 * fire. Its timers are unref'd: they never matter once nothing else is waiting.
 */
function withUnrefTimers(bindings: Record<string, unknown>): Record<string, unknown> {
  const imports = { ...bindings };
  for (const name of Object.keys(imports).filter((n) => n.startsWith('__wbg_setTimeout_'))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports;
}

/** A Rust panic leaves the Wasm instance unusable; say so instead of `unreachable`. */
async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (lastPanic) {
      throw new Error(`Prisma's schema engine panicked (restart the process): ${lastPanic}`, { cause: error });
    }
    throw error;
  }
}

/**
 * pg's catalog columns of type "char" (OID 18: pg_constraint.contype, pg_class.relkind...)
 * are not mapped by @prisma/adapter-pg 7.10, so the engine cannot describe a database
 * through it ("Column type 'char' could not be deserialized"). pg already returns them as
 * strings; announcing them as text makes the adapter pass them on.
 */
class CatalogCharAsTextClient extends pg.Client {
  override query(...args: unknown[]): any {
    const asText = <R>(result: R): R => {
      for (const field of (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields ?? []) {
        if (field.dataTypeID === 18) field.dataTypeID = 25;
      }
      return result;
    };
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: unknown, result: unknown) => callback(error, error ? result : asText(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    return returned instanceof Promise ? returned.then(asText) : returned;
  }
}

function adapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  return providerOf(url) === 'sqlite'
    ? new PrismaBetterSqlite3({ url: sqliteFilePath(url) })
    : new PrismaPg({ connectionString: url, Client: CatalogCharAsTextClient } as pg.PoolConfig);
}

export interface DiffResult {
  /** True when the two sides have the same schema. */
  empty: boolean;
  /** The SQL that turns the first side into the second ("-- This is an empty migration." if none). */
  script: string;
}

/** The schema engine connected to one live database. */
export interface SchemaEngineSession {
  provider: Provider;
  /** Prisma's own `migrate deploy` logic: applies what `dir` has and the database lacks. */
  applyMigrations(dir: string): Promise<string[]>;
  /** Prisma's view of the database's migration history against `dir` (`migrate status`). */
  diagnoseMigrationHistory(dir: string): ReturnType<SchemaEngine['diagnoseMigrationHistory']>;
  /**
   * The migration from the live database to the datamodel (a Prisma schema text of this
   * provider), ignoring `externalTables(provider)` and `extraExternalTables`.
   */
  diffDatabaseToDatamodel(datamodel: string, extraExternalTables?: string[]): Promise<DiffResult>;
  close(): Promise<void>;
}

/** Opens the engine on the database `url` (SQLite `file:` or PostgreSQL URL). */
export async function openSchemaEngine(url: string, datamodel: string): Promise<SchemaEngineSession> {
  await loadEngineModule();
  const provider = providerOf(url);
  const inner = adapterFactory(url);
  // The engine does not dispose the connections it opens; keep them to close them here.
  const connections: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(await inner.connectToShadowDb()),
  };
  const track = (adapter: SqlDriverAdapter) => (connections.push(adapter), adapter);
  const disconnect = () => Promise.all(connections.splice(0).map((connection) => connection.dispose()));
  const engine = await guarded(() =>
    wasmBindings.SchemaEngine.new(
      { datamodels: [['schema.prisma', datamodel]] },
      () => {},
      bindMigrationAwareSqlAdapterFactory(tracked),
    ),
  ).catch(async (error: unknown) => {
    await disconnect();
    throw error;
  });
  const files = (content: string) => [{ path: 'schema.prisma', content }];

  return {
    provider,
    async applyMigrations(dir) {
      const result = await guarded(async () =>
        engine.applyMigrations({ migrationsList: await migrationList(dir), filters: schemaFilter(provider) }),
      );
      return result.appliedMigrationNames;
    },
    async diagnoseMigrationHistory(dir) {
      return guarded(async () =>
        engine.diagnoseMigrationHistory({
          migrationsList: await migrationList(dir),
          optInToShadowDatabase: false,
          filters: schemaFilter(provider),
        }),
      );
    },
    async diffDatabaseToDatamodel(target, extraExternalTables = []) {
      const result = await guarded(() =>
        engine.diff({
          // `schemaDatasource` is "the database this schema's datasource points at": here,
          // the engine's own adapter connection.
          from: { tag: 'schemaDatasource', files: files(target), configDir: process.cwd() },
          to: { tag: 'schemaDatamodel', files: files(target) },
          script: true,
          exitCode: true,
          filters: schemaFilter(provider, extraExternalTables),
        }),
      );
      return { empty: result.exitCode === 0, script: result.stdout ?? '' };
    },
    async close() {
      engine.free();
      await disconnect();
    },
  };
}

/** A migrations folder in the shape the engine takes (what the Prisma CLI passes it). */
async function migrationList(dir: string): Promise<MigrationList> {
  const lockfile = await readFile(join(dir, 'migration_lock.toml'), 'utf8').catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lockfile },
    shadowDbInitScript: '',
    migrationDirectories: readMigrations(dir).map((m) => ({
      path: m.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
    })),
  };
}

// --- Throwaway databases --------------------------------------------------------------

/** Where throwaway PostgreSQL databases are made unless a server URL is given. */
export const DEFAULT_POSTGRES_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  provider: Provider;
  url: string;
  drop(): Promise<void>;
}

export class DatabaseServerUnreachableError extends Error {
  override name = 'DatabaseServerUnreachableError';
}

/**
 * A new empty database: a SQLite file in a fresh temp folder, or a uniquely named
 * database on the PostgreSQL server of `postgresServerUrl` (any database URL of that
 * server; it is only used to create and drop the new one). `drop()` removes it.
 */
export async function createScratchDatabase(
  provider: Provider,
  options: { label?: string; postgresServerUrl?: string } = {},
): Promise<ScratchDatabase> {
  const label = (options.label ?? 'scratch').replace(/[^a-z0-9]+/gi, '_').toLowerCase();
  if (provider === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), `whosaid-${label}-`));
    return { provider, url: `file:${join(dir, 'whosaid.db')}`, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const serverUrl = options.postgresServerUrl ?? DEFAULT_POSTGRES_SERVER_URL;
  const name = `whosaid_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withServer(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    provider,
    url: url.toString(),
    drop: () => withServer(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

async function withServer<T>(serverUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (error) {
    const where = new URL(serverUrl);
    throw new DatabaseServerUnreachableError(
      `Cannot connect to PostgreSQL at ${where.host}${where.pathname} to make a throwaway database ` +
        `(${(error as Error).message || (error as { code?: string }).code}). Start it, or point ` +
        'SHADOW_DATABASE_URL at a server where you may create databases.',
      { cause: error },
    );
  }
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
