// `npm run ingest -- <file|dir>…`: reads news documents into the database that
// DATABASE_URL names. Curated annotations are used where a document has one; the
// extractor reads the others. Exits non-zero if any document failed.
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { openDb } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { documentFiles, ingestFile, type IngestResult } from '../ingest/ingest.ts';

const program = new Command()
  .name('ingest')
  .description(
    'Read news articles (plain text or Markdown, optional YAML front matter) into the whosaid graph.\n' +
      'A document with a <name>.annotations.yaml beside it is stored as annotated; others are extracted.',
  )
  .argument('<paths...>', 'documents, or folders searched recursively for .txt, .md and .markdown files')
  .option('-q, --quiet', 'no progress bar, only the summary and failures')
  .addHelpText('after', '\nThe database is DATABASE_URL (default file:./data/whosaid.db); its schema is migrated first.')
  .parse();

const paths = program.args;
const { quiet } = program.opts<{ quiet?: boolean }>();
const config = loadConfig();
await migrate(config.databaseUrl);
const db = await openDb(config.databaseUrl);

const files = await documentFiles(paths);
const bar = quiet || files.length < 2 || !process.stderr.isTTY ? null : new SingleBar({ etaBuffer: 50 }, Presets.shades_classic);
bar?.start(files.length, 0);
const results: IngestResult[] = [];
const failures: string[] = [];
for (const file of files) {
  try {
    results.push(await ingestFile(db, file));
  } catch (error) {
    failures.push((error as Error).message);
    if (!bar) console.error(`FAILED ${(error as Error).message}`);
  }
  bar?.increment();
}
bar?.stop();
if (bar) for (const failure of failures) console.error(`FAILED ${failure}`);
await db.$disconnect();

const count = (status: IngestResult['status']) => results.filter((r) => r.status === status).length;
const sum = (field: 'entities' | 'newEntities' | 'statements' | 'sanctions' | 'mentions') =>
  results.filter((r) => r.status !== 'unchanged').reduce((total, r) => total + r[field], 0);
console.log(
  [
    `Documents: ${files.length} (${count('created')} new, ${count('updated')} updated, ` +
      `${count('unchanged')} already known, ${failures.length} failed; ` +
      `${results.filter((r) => r.factSource === 'CURATED').length} annotated, ` +
      `${results.filter((r) => r.factSource === 'EXTRACTED').length} extracted)`,
    `Entities:   ${sum('entities')} (${sum('newEntities')} new, ${sum('entities') - sum('newEntities')} already known)`,
    `Statements: ${sum('statements')}`,
    `Sanctions:  ${sum('sanctions')}`,
  ].join('\n'),
);
process.exitCode = failures.length ? 1 : 0;
