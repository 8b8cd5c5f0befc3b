// One Prisma schema has one provider, so the PostgreSQL schema is derived from the
// SQLite one (prisma/schema.prisma, the file people edit): same models, another
// datasource provider, another client output. Pure text in, text out.
import { posix } from 'node:path';

export const SQLITE_SCHEMA_PATH = 'prisma/schema.prisma';
export const POSTGRESQL_SCHEMA_PATH = 'prisma/postgresql/schema.prisma';

const GENERATED_HEADER = [
  '// GENERATED FILE, do not edit. Derived from prisma/schema.prisma by `npm run db:schema`',
  '// (src/cli/dbSchema.ts): the same models for the PostgreSQL provider. Edit',
  '// prisma/schema.prisma instead, then run `npm run db:schema` and `npm run db:diff -- <name>`.',
].join('\n');

/** The PostgreSQL variant of the SQLite schema text. */
export function postgresqlSchema(sqliteSchema: string): string {
  let text = withoutLeadingComment(sqliteSchema);
  text = replaceInBlock(text, 'datasource', 'provider', (provider) => {
    if (provider !== 'sqlite') throw new Error(`${SQLITE_SCHEMA_PATH}: expected provider "sqlite", found "${provider}"`);
    return 'postgresql';
  });
  text = replaceInBlock(text, 'generator', 'output', postgresqlClientOutput);
  return `${GENERATED_HEADER}\n\n${text}`;
}

/**
 * The generator output path seen from prisma/postgresql/: the SQLite client's
 * folder with its last segment renamed, e.g. `../src/db/generated/sqlite` becomes
 * `../../src/db/generated/postgresql`.
 */
function postgresqlClientOutput(sqliteOutput: string): string {
  const sourceDir = posix.dirname(SQLITE_SCHEMA_PATH);
  const targetDir = posix.dirname(POSTGRESQL_SCHEMA_PATH);
  const clientDir = posix.join(sourceDir, sqliteOutput);
  if (posix.basename(clientDir) !== 'sqlite') {
    throw new Error(`${SQLITE_SCHEMA_PATH}: expected the generator output to end in /sqlite, found "${sqliteOutput}"`);
  }
  return posix.relative(targetDir, posix.join(posix.dirname(clientDir), 'postgresql'));
}

/** The file's opening `//` comment speaks of the source file; the variant gets its own header. */
function withoutLeadingComment(text: string): string {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && /^\s*\/\/(?!\/)/.test(lines[first]!)) first++;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  return lines.slice(first).join('\n');
}

/**
 * Replaces the string value of `key = "..."` inside every top-level block of the
 * given kind (`datasource db { ... }`). Fails unless exactly one such assignment
 * is found, so a schema layout this code does not understand cannot slip through.
 */
function replaceInBlock(text: string, blockKind: string, key: string, replace: (value: string) => string): string {
  const block = new RegExp(`^(${blockKind}\\s+\\w+\\s*\\{)([^}]*)(\\})`, 'gm');
  const assignment = new RegExp(`^(\\s*${key}\\s*=\\s*)"([^"]*)"`, 'gm');
  let count = 0;
  const result = text.replace(block, (_match, open: string, body: string, close: string) => {
    const newBody = body.replace(assignment, (_m, lead: string, value: string) => {
      count++;
      return `${lead}"${replace(value)}"`;
    });
    return `${open}${newBody}${close}`;
  });
  if (count !== 1) {
    throw new Error(`${SQLITE_SCHEMA_PATH}: expected one \`${key} = "..."\` in a ${blockKind} block, found ${count}`);
  }
  return result;
}
