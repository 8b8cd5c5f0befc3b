// The runtime migration runner on real databases of both providers: a fresh database gets
// every committed migration, reruns and concurrent runs change nothing, history that does
// not match the files is refused with a clear message, and `_prisma_migrations` is written
// the way Prisma writes it (Prisma's own engine is the oracle), so `prisma migrate deploy`
// later finds nothing to do.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Provider } from '../../src/config.ts';
import { migrate, migrationsDirectory, readMigrations } from '../../src/db/migrate.ts';
import { openSchemaEngine } from '../../src/db/schemaEngine.ts';
import { POSTGRESQL_SCHEMA_PATH, SQLITE_SCHEMA_PATH } from '../../src/db/schemaVariants.ts';
import {
  PROVIDERS,
  createTestDatabase,
  execSql,
  postgresAvailable,
  queryRows,
  type TestDatabase,
} from '../helpers/databases.ts';

const root = join(import.meta.dirname, '../..');
const postgres = await postgresAvailable();

const datamodel = (provider: Provider) =>
  readFile(join(root, provider === 'sqlite' ? SQLITE_SCHEMA_PATH : POSTGRESQL_SCHEMA_PATH), 'utf8');

interface Row {
  id: string;
  checksum: string;
  finished_at: unknown;
  migration_name: string;
  logs: string | null;
  rolled_back_at: unknown;
  started_at: unknown;
  applied_steps_count: number;
}

const history = (url: string) => queryRows<Row>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');

/** Every table and column (SQLite: with its DDL) of the database, to compare two states. */
async function schemaSnapshot(provider: Provider, url: string) {
  return provider === 'sqlite'
    ? queryRows(url, 'SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name')
    : queryRows(
        url,
        `SELECT table_name, column_name, data_type, is_nullable, column_default
           FROM information_schema.columns WHERE table_schema = current_schema()
          ORDER BY table_name, column_name`,
      );
}

/** The columns of `_prisma_migrations` as the database describes them. */
async function migrationsTableColumns(provider: Provider, url: string) {
  return provider === 'sqlite'
    ? queryRows(url, `SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info('_prisma_migrations')`)
    : queryRows(
        url,
        `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
           FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      );
}

/** A copy of the committed migrations (plus extra ones) to apply instead of the real folder. */
async function migrationsCopy(provider: Provider, extra: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'whosaid-migrations-'));
  await cp(migrationsDirectory(provider), dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(join(dir, name));
    await writeFile(join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

for (const provider of PROVIDERS) {
  describe.skipIf(provider === 'postgresql' && !postgres)(`migrate() on ${provider}`, () => {
    const committed = readMigrations(migrationsDirectory(provider));
    let database: TestDatabase;
    const cleanup: string[] = [];

    beforeEach(async () => {
      database = await createTestDatabase(provider, 'migrate');
    });
    afterEach(async () => {
      await database.drop();
      await Promise.all(cleanup.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    });

    it('applies every committed migration to an empty database, in order', async () => {
      expect(committed.length).toBeGreaterThan(0);
      const result = await migrate(database.url);
      expect(result).toEqual({ provider, applied: committed.map((m) => m.name) });
      expect((await history(database.url)).map((r) => r.migration_name)).toEqual(committed.map((m) => m.name));
      expect(await queryRows(database.url, 'SELECT count(*) AS n FROM "Article"')).toEqual([{ n: provider === 'sqlite' ? 0 : '0' }]);
    });

    it('changes nothing when run again', async () => {
      await migrate(database.url);
      const rows = await history(database.url);
      const schema = await schemaSnapshot(provider, database.url);
      expect(await migrate(database.url)).toEqual({ provider, applied: [] });
      expect(await history(database.url)).toEqual(rows);
      expect(await schemaSnapshot(provider, database.url)).toEqual(schema);
    });

    it('applies each migration once when several runs start at once in one process', async () => {
      const results = await Promise.all([migrate(database.url), migrate(database.url), migrate(database.url)]);
      expect(results.map((r) => r.applied).sort((a, b) => b.length - a.length)).toEqual([
        committed.map((m) => m.name),
        [],
        [],
      ]);
      expect((await history(database.url)).map((r) => r.migration_name)).toEqual(committed.map((m) => m.name));
    });

    it('applies each migration once when two processes start at once', async () => {
      const run = () =>
        promisify(execFile)(join(root, 'node_modules/.bin/tsx'), ['src/cli/migrate.ts'], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: database.url },
        });
      const outputs = await Promise.all([run(), run()]);
      const said = outputs.map((o) => o.stdout.trim()).sort();
      expect(said).toEqual([
        `Applied ${committed.length} migration(s) to the ${provider} database: ${committed.map((m) => m.name).join(', ')}`,
        `The ${provider} database is up to date.`,
      ]);
      expect((await history(database.url)).map((r) => r.migration_name)).toEqual(committed.map((m) => m.name));
    });

    it('records each migration as Prisma does', async () => {
      const before = Date.now();
      await migrate(database.url);
      const rows = await history(database.url);
      for (const [i, migration] of committed.entries()) {
        const file = await readFile(join(migrationsDirectory(provider), migration.name, 'migration.sql'));
        const row = rows[i]!;
        expect(row).toMatchObject({
          migration_name: migration.name,
          checksum: createHash('sha256').update(file).digest('hex'),
          logs: null,
          rolled_back_at: null,
          applied_steps_count: 1,
        });
        expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        // Prisma's native engine writes SQLite DATETIMEs as Unix milliseconds.
        const started = provider === 'sqlite' ? (row.started_at as number) : (row.started_at as Date).getTime();
        const finished = provider === 'sqlite' ? (row.finished_at as number) : (row.finished_at as Date).getTime();
        expect(started).toBeGreaterThanOrEqual(before - 1000);
        expect(finished).toBeGreaterThanOrEqual(started);
      }
    });

    it('creates the same _prisma_migrations table and row values as Prisma, and Prisma sees nothing pending', async () => {
      const byPrisma = await createTestDatabase(provider, 'prisma');
      try {
        const model = await datamodel(provider);
        const prisma = await openSchemaEngine(byPrisma.url, model);
        try {
          expect(await prisma.applyMigrations(migrationsDirectory(provider))).toEqual(committed.map((m) => m.name));
        } finally {
          await prisma.close();
        }
        await migrate(database.url);
        expect(await migrationsTableColumns(provider, database.url)).toEqual(
          await migrationsTableColumns(provider, byPrisma.url),
        );
        const comparable = (rows: Row[]) =>
          rows.map(({ migration_name, checksum, logs, rolled_back_at, applied_steps_count }) => ({
            migration_name,
            checksum,
            logs,
            rolled_back_at,
            applied_steps_count,
          }));
        expect(comparable(await history(database.url))).toEqual(comparable(await history(byPrisma.url)));

        // Prisma's `migrate status` / `migrate deploy` on what our runner wrote...
        const engine = await openSchemaEngine(database.url, model);
        try {
          expect(await engine.diagnoseMigrationHistory(migrationsDirectory(provider))).toEqual({
            editedMigrationNames: [],
            failedMigrationNames: [],
            hasMigrationsTable: true,
            history: null,
          });
          expect(await engine.applyMigrations(migrationsDirectory(provider))).toEqual([]);
        } finally {
          await engine.close();
        }
        // ...and our runner on what Prisma wrote.
        expect(await migrate(byPrisma.url)).toEqual({ provider, applied: [] });
      } finally {
        await byPrisma.drop();
      }
    });

    it('refuses a migration file edited after it was applied, naming it', async () => {
      await migrate(database.url);
      const edited = await migrationsCopy(provider);
      cleanup.push(edited);
      const first = committed[0]!.name;
      await writeFile(join(edited, first, 'migration.sql'), `${committed[0]!.sql}\n-- an afterthought\n`);
      await expect(migrate(database.url, { migrationsDir: edited })).rejects.toThrow(
        new RegExp(`^Checksum mismatch: migration file\\(s\\) changed after they were applied to this database: ${first} \\(recorded [0-9a-f]{64}, file [0-9a-f]{64}\\)`),
      );
      // Line endings converted by a Windows checkout are not an edit (as for Prisma).
      await writeFile(join(edited, first, 'migration.sql'), committed[0]!.sql.replaceAll('\n', '\r\n'));
      await expect(migrate(database.url, { migrationsDir: edited })).resolves.toEqual({ provider, applied: [] });
    });

    it('refuses a recorded checksum that matches no file', async () => {
      await migrate(database.url);
      await queryRows(database.url, `UPDATE "_prisma_migrations" SET checksum = '${'0'.repeat(64)}'`);
      await expect(migrate(database.url)).rejects.toThrow(/^Checksum mismatch: .*0{64}/);
    });

    it('refuses a database that has a migration the files do not have', async () => {
      await migrate(database.url);
      const finishedAt = provider === 'sqlite' ? Date.now() : new Date();
      await queryRows(
        database.url,
        provider === 'sqlite'
          ? `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('x', 'y', '29991231000000_from_a_newer_version', ?, ?, 1)`
          : `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('x', 'y', '29991231000000_from_a_newer_version', $1, $1, 1)`,
        [finishedAt, ...(provider === 'sqlite' ? [finishedAt] : [])],
      );
      await expect(migrate(database.url)).rejects.toThrow(
        /^The database has migration\(s\) that .*migrations does not have: 29991231000000_from_a_newer_version\./,
      );
    });

    it('refuses a database with a migration that started and never finished', async () => {
      await migrate(database.url);
      await queryRows(database.url, 'UPDATE "_prisma_migrations" SET finished_at = NULL');
      await expect(migrate(database.url)).rejects.toThrow(/started but did not finish: .*prisma migrate resolve/);
    });

    it('refuses a non-empty database without migration history', async () => {
      await execSql(database.url, 'CREATE TABLE "Legacy" (id INTEGER PRIMARY KEY)');
      await expect(migrate(database.url)).rejects.toThrow(/^The database is not empty \(tables Legacy\) and has no _prisma_migrations table/);
    });

    it('rolls a failing migration back entirely and reports it', async () => {
      const broken = '29990101000000_broken';
      const dir = await migrationsCopy(provider, {
        [broken]: 'CREATE TABLE "Probe" (id INTEGER PRIMARY KEY);\nINSERT INTO "NoSuchTable" VALUES (1);\n',
      });
      cleanup.push(dir);
      await expect(migrate(database.url, { migrationsDir: dir })).rejects.toThrow(
        new RegExp(`^Migration ${broken} failed and was rolled back: .*NoSuchTable`),
      );
      expect((await history(database.url)).map((r) => r.migration_name)).toEqual(committed.map((m) => m.name));
      const probe =
        provider === 'sqlite'
          ? await queryRows(database.url, `SELECT name FROM sqlite_master WHERE name = 'Probe'`)
          : await queryRows(database.url, `SELECT to_regclass('"Probe"') AS name`);
      expect(probe.filter((r) => r.name)).toEqual([]);
    });

    it('applies a later migration generated by Prisma without losing data', async () => {
      // A change Prisma implements on SQLite by rebuilding the table (CREATE new, copy,
      // DROP old): with foreign keys on, the DROP would cascade to PersonAlias.
      await migrate(database.url);
      await execSql(
        database.url,
        `INSERT INTO "Person" (id, name, "nameKey") VALUES (1, 'Ramzan Kadyrov', 'ramzan kadyrov');
         INSERT INTO "PersonAlias" ("personId", alias, "aliasKey") VALUES (1, 'Kadyrov', 'kadyrov');`,
      );
      const changed = (await datamodel(provider)).replace(
        /(model Person \{[^}]*?\n\s*description\s+)String\?/,
        '$1String @default("")',
      );
      expect(changed).not.toEqual(await datamodel(provider));
      const engine = await openSchemaEngine(database.url, changed);
      let script: string;
      try {
        script = (await engine.diffDatabaseToDatamodel(changed)).script;
      } finally {
        await engine.close();
      }
      if (provider === 'sqlite') expect(script).toMatch(/DROP TABLE "Person"/);
      // Existing NULL descriptions must become '' for NOT NULL: the hand edit Prisma asks for.
      script = `UPDATE "Person" SET description = '' WHERE description IS NULL;\n${script}`;
      const dir = await migrationsCopy(provider, { '29990101000000_person_description_required': script });
      cleanup.push(dir);
      expect((await migrate(database.url, { migrationsDir: dir })).applied).toEqual(['29990101000000_person_description_required']);
      expect(await queryRows(database.url, 'SELECT alias FROM "PersonAlias"')).toEqual([{ alias: 'Kadyrov' }]);
      expect(await queryRows(database.url, 'SELECT description FROM "Person"')).toEqual([{ description: '' }]);
    });
  });
}
