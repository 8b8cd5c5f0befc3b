// `npm run schema:print`: writes the served GraphQL schema, descriptions included, to
// src/graphql/printed/schema.graphql. Run it after changing any SDL file and commit the
// result: it is the whole API in one file, and tests/graphql/schema.test.ts fails when it
// is out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRINTED_SCHEMA_FILE, printedSchema } from '../graphql/schema.ts';

const path = fileURLToPath(PRINTED_SCHEMA_FILE);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, printedSchema());
console.log(`Wrote ${path}`);
