// Prisma CLI configuration. One Prisma schema has one provider, so the CLI works on
// the SQLite or the PostgreSQL schema and migrations according to DATABASE_URL,
// the same way the application chooses its store (src/config.ts).
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL ?? 'file:./data/whosaid.db';
const dir = /^postgres(ql)?:\/\//.test(url) ? 'prisma/postgresql' : 'prisma';

export default defineConfig({
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations` },
  datasource: { url },
});
