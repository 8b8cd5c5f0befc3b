// Prisma CLI configuration. One Prisma schema has one provider, so the CLI works on
// the SQLite or the PostgreSQL schema and migrations according to DATABASE_URL,
// the same way the application chooses its store (src/config.ts).
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL ?? 'file:./data/whosaid.db';
const postgresql = /^postgres(ql)?:\/\//.test(url);
const dir = postgresql ? 'prisma/postgresql' : 'prisma';

/**
 * Tables the migrations create by hand (full-text search), which Prisma must leave alone:
 * the same lists as externalTables() in src/db/schemaEngine.ts (a test checks they agree).
 */
export const EXTERNAL_TABLES = {
  sqlite: [
    'search_index',
    'search_index_data',
    'search_index_idx',
    'search_index_content',
    'search_index_docsize',
    'search_index_config',
  ],
  postgresql: [],
};

export default defineConfig({
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations` },
  datasource: { url },
  experimental: { externalTables: true },
  tables: { external: postgresql ? EXTERNAL_TABLES.postgresql : EXTERNAL_TABLES.sqlite },
});
