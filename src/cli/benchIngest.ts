// `npm run bench:ingest [count]`: ingest speed into SQLite. Writes `count` (default
// 2000) generated articles of about 3 KB as files into a temporary folder, then times,
// in the same run and on the same files:
//   baseline    reading and parsing the files (what any ingest must do),
//   extraction  reading, parsing and extracting,
//   ingest      all of that plus checking and writing into a fresh SQLite database,
// and prints each as articles per second and as a ratio to the baseline.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { parseDocument } from '../ingest/document.ts';
import { extractAnnotation } from '../ingest/extract/index.ts';
import { ingestFile } from '../ingest/ingest.ts';
import { benchArticles } from './benchExtract.ts';

const count = Number(process.argv[2] ?? 2000);
const dir = await mkdtemp(join(tmpdir(), 'whosaid-bench-'));
try {
  const bodies = await benchArticles('seeds', count);
  const files = await Promise.all(
    bodies.map(async (body, i) => {
      const file = join(dir, `article-${String(i).padStart(5, '0')}.txt`);
      await writeFile(file, `Generated article ${i}\n\n${body}\n`);
      return file;
    }),
  );

  const time = async (run: (file: string) => Promise<unknown>): Promise<number> => {
    const start = process.hrtime.bigint();
    for (const file of files) await run(file);
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  const parse = async (file: string) => parseDocument(file, await readFile(file));

  // Warm up the JIT and the file cache on every file, then time.
  await time(async (file) => extractAnnotation((await parse(file)).body));
  const baseline = await time(parse);
  const extraction = await time(async (file) => extractAnnotation((await parse(file)).body));
  const url = `file:${join(dir, 'bench.db')}`;
  await migrate(url);
  const db = await openDb(url);
  const ingest = await time((file) => ingestFile(db, file));
  const again = await time((file) => ingestFile(db, file));
  const articles = await db.article.count();
  const statements = await db.statement.count();
  await db.$disconnect();

  const rate = (seconds: number) => `${(files.length / seconds).toFixed(0).padStart(6)} articles/s`;
  const ratio = (seconds: number) => `${(seconds / baseline).toFixed(1).padStart(6)}× the baseline's time`;
  console.log(`${files.length} articles of about 3 KB, one process (${articles} stored, ${statements} statements)`);
  console.log(`baseline (read + parse):        ${rate(baseline)}`);
  console.log(`extraction:                     ${rate(extraction)} ${ratio(extraction)}`);
  console.log(`ingest into SQLite:             ${rate(ingest)} ${ratio(ingest)}`);
  console.log(`re-ingest, nothing to write:    ${rate(again)} ${ratio(again)}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
