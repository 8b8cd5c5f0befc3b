// The tables Prisma must leave alone are listed twice: for the schema engine this project
// drives (src/db/schemaEngine.ts) and for the Prisma CLI (prisma.config.ts).
import { describe, expect, it } from 'vitest';
import { EXTERNAL_TABLES } from '../../prisma.config.ts';
import { externalTables } from '../../src/db/schemaEngine.ts';

describe('external tables', () => {
  it.each(['sqlite', 'postgresql'] as const)('are the same for the engine and the CLI on %s', (provider) => {
    expect(EXTERNAL_TABLES[provider]).toEqual(externalTables(provider));
  });
});
