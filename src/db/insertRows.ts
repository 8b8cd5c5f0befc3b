// Multi-row INSERTs for the ingest's hot path. Prisma's createMany spends about six
// times longer per row than the same rows sent as one INSERT (it serializes and plans
// every row in the client); for the dozens of mentions, statements and links of each
// article that decides the ingest rate. Identifiers are double-quoted, which SQLite
// and PostgreSQL both accept, so one statement serves both stores; values are bound
// parameters, which the driver adapters store as Prisma itself does (dates included).
import { Prisma } from './generated/sqlite/client.ts';

type Value = number | string | Date | null;

/** Rows per statement: well under SQLite's limit of 32,766 parameters. */
const CHUNK = 500;

interface RawExecutor {
  $executeRaw(query: Prisma.Sql): Promise<number>;
  $queryRaw<T>(query: Prisma.Sql): Promise<T>;
}

function statements<Row extends { [column: string]: Value }>(table: string, rows: Row[], suffix = ''): Prisma.Sql[] {
  const columns = Object.keys(rows[0]!);
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `);
  const tail = Prisma.raw(suffix);
  const chunks: Prisma.Sql[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows
      .slice(i, i + CHUNK)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => row[column] ?? null))})`);
    chunks.push(Prisma.sql`${head}${Prisma.join(values)}${tail}`);
  }
  return chunks;
}

export async function insertRows<Row extends { [column: string]: Value }>(
  tx: RawExecutor,
  table: string,
  rows: Row[],
): Promise<void> {
  if (rows.length === 0) return;
  for (const sql of statements(table, rows)) await tx.$executeRaw(sql);
}

/** Inserts and returns the named integer columns of the new rows (ids, natural keys). */
export async function insertRowsReturning<Row extends { [column: string]: Value }, Column extends string>(
  tx: RawExecutor,
  table: string,
  rows: Row[],
  returning: Column[],
): Promise<Record<Column, number>[]> {
  if (rows.length === 0) return [];
  const result: Record<Column, number>[] = [];
  for (const sql of statements(table, rows, ` RETURNING ${returning.map((c) => `"${c}"`).join(', ')}`)) {
    const inserted = await tx.$queryRaw<Record<Column, number | bigint>[]>(sql);
    result.push(...inserted.map((row) => Object.fromEntries(returning.map((c) => [c, Number(row[c])])) as Record<Column, number>));
  }
  return result;
}
