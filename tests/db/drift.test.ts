// Drift: the committed migrations, once applied by the runtime runner, give exactly the
// schema that prisma/schema.prisma (SQLite) and prisma/postgresql/schema.prisma describe,
// as Prisma's own schema engine sees it. A schema change without `npm run db:diff`, a
// hand edit of a migration, or a stale PostgreSQL schema fails here.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Provider } from '../../src/config.ts';
import { migrate, migrationsDirectory } from '../../src/db/migrate.ts';
import { openSchemaEngine, type SchemaEngineSession } from '../../src/db/schemaEngine.ts';
import { POSTGRESQL_SCHEMA_PATH, SQLITE_SCHEMA_PATH, postgresqlSchema } from '../../src/db/schemaVariants.ts';
import { PROVIDERS, createTestDatabase, execSql, postgresAvailable, type TestDatabase } from '../helpers/databases.ts';

const root = join(import.meta.dirname, '../..');
const postgres = await postgresAvailable();
const SCHEMA_PATHS: Record<Provider, string> = { sqlite: SQLITE_SCHEMA_PATH, postgresql: POSTGRESQL_SCHEMA_PATH };

describe('prisma/postgresql/schema.prisma', () => {
  it('is what `npm run db:schema` derives from prisma/schema.prisma', async () => {
    const source = await readFile(join(root, SQLITE_SCHEMA_PATH), 'utf8');
    const derived = await readFile(join(root, POSTGRESQL_SCHEMA_PATH), 'utf8');
    expect(derived, 'run `npm run db:schema`').toBe(postgresqlSchema(source));
    expect(derived).toMatch(/^\/\/ GENERATED FILE, do not edit\. .*`npm run db:schema`/);
    expect(derived).toMatch(/datasource db \{\s*provider = "postgresql"\s*\}/);
    expect(derived).toContain('output       = "../../src/db/generated/postgresql"');
  });
});

for (const provider of PROVIDERS) {
  describe.skipIf(provider === 'postgresql' && !postgres)(`${provider} database after migrate()`, () => {
    let database: TestDatabase;
    let datamodel: string;
    let engine: SchemaEngineSession;

    beforeAll(async () => {
      datamodel = await readFile(join(root, SCHEMA_PATHS[provider]), 'utf8');
      database = await createTestDatabase(provider, 'drift');
      await migrate(database.url);
      engine = await openSchemaEngine(database.url, datamodel);
    });
    afterAll(async () => {
      await engine?.close();
      await database?.drop();
    });

    it(`has no drift from ${SCHEMA_PATHS[provider]}`, async () => {
      const diff = await engine.diffDatabaseToDatamodel(datamodel);
      expect(diff.script, `the committed migrations do not produce the schema: run \`npm run db:diff -- <name>\``).toBe(
        '-- This is an empty migration.\n',
      );
      expect(diff.empty).toBe(true);
    });

    it('would report a column the datamodel has and the migrations lack', async () => {
      const drifted = datamodel.replace(/(model Article \{\n)/, '$1  driftProbe String?\n');
      expect(drifted).not.toBe(datamodel);
      const diff = await engine.diffDatabaseToDatamodel(drifted);
      expect(diff.empty).toBe(false);
      expect(diff.script).toMatch(/ALTER TABLE "Article" ADD COLUMN\s+"driftProbe" TEXT/);
    });

    it('would report a column whose type or nullability drifted', async () => {
      const drifted = datamodel.replace(/(model Article \{[^}]*\n\s*outlet\s+)String\?/, '$1String');
      expect(drifted).not.toBe(datamodel);
      const diff = await engine.diffDatabaseToDatamodel(drifted);
      expect(diff.empty).toBe(false);
      expect(diff.script).toMatch(/"outlet"/);
    });

    it('ignores hand-made full-text search tables once listed as external, and only then', async () => {
      const scratch = await createTestDatabase(provider, 'drift_fts');
      try {
        await migrate(scratch.url);
        const fts =
          provider === 'sqlite'
            ? {
                sql: `CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='Article', content_rowid='id');
                      CREATE TRIGGER article_fts_insert AFTER INSERT ON "Article" BEGIN
                        INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
                      END;`,
                // The FTS5 table and the shadow tables SQLite creates for it.
                tables: ['article_fts', 'article_fts_data', 'article_fts_idx', 'article_fts_docsize', 'article_fts_config'],
              }
            : {
                sql: `CREATE TABLE article_search (
                        article_id INTEGER PRIMARY KEY REFERENCES "Article"(id) ON DELETE CASCADE,
                        document TSVECTOR NOT NULL);
                      CREATE INDEX article_search_document_idx ON article_search USING GIN (document);`,
                tables: ['public.article_search'],
              };
        await execSql(scratch.url, fts.sql);
        const session = await openSchemaEngine(scratch.url, datamodel);
        try {
          const unlisted = await session.diffDatabaseToDatamodel(datamodel);
          expect(unlisted.empty).toBe(false);
          expect(unlisted.script).toMatch(/DROP TABLE "article_/);
          expect((await session.diffDatabaseToDatamodel(datamodel, fts.tables)).empty).toBe(true);
        } finally {
          await session.close();
        }
      } finally {
        await scratch.drop();
      }
    });
  });
}

describe('committed migration folders', () => {
  it.each(PROVIDERS)('%s has the migration_lock.toml `prisma migrate deploy` expects', async (provider) => {
    const lock = await readFile(join(migrationsDirectory(provider), 'migration_lock.toml'), 'utf8');
    expect(lock).toMatch(new RegExp(`^provider = "${provider}"$`, 'm'));
  });
});
