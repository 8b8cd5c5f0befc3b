// npm run db:schema [-- --check]
// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma. With --check it
// writes nothing and exits 1 when the committed file is out of date.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POSTGRESQL_SCHEMA_PATH, SQLITE_SCHEMA_PATH, postgresqlSchema } from '../db/schemaVariants.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const check = process.argv.includes('--check');

const expected = postgresqlSchema(await readFile(resolve(root, SQLITE_SCHEMA_PATH), 'utf8'));
const target = resolve(root, POSTGRESQL_SCHEMA_PATH);
const current = await readFile(target, 'utf8').catch(() => null);

if (current === expected) {
  console.log(`${POSTGRESQL_SCHEMA_PATH} is up to date.`);
} else if (check) {
  console.error(`${POSTGRESQL_SCHEMA_PATH} is out of date: run \`npm run db:schema\`.`);
  process.exitCode = 1;
} else {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, expected);
  console.log(`Wrote ${POSTGRESQL_SCHEMA_PATH}.`);
}
