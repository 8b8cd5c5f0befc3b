// `npm run eval [dir…]`: runs the automatic extractor on every annotated document of
// seeds/ (or the folders given, scored together) and scores it against the curated
// annotation: a table per document and overall, then the misses and false hits. `--quiet`
// prints the tables only.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { annotationPathFor, parseAnnotation } from '../ingest/annotation.ts';
import { DOCUMENT_EXTENSIONS, parseDocument } from '../ingest/document.ts';
import { addScores, evaluate, type Evaluation, type Score } from '../ingest/evaluate.ts';
import { extractAnnotation } from '../ingest/extract/index.ts';

export interface DocumentEvaluation {
  file: string;
  evaluation: Evaluation;
}

/** Scores the extractor on every document of the folder that has a curated annotation. */
export async function evaluateDirectory(dir: string): Promise<DocumentEvaluation[]> {
  // Listed here rather than through the seeding code, which loads the database client.
  const names = new Set(await readdir(dir));
  const files = [...names]
    .filter((name) => DOCUMENT_EXTENSIONS.includes(extname(name)) && names.has(annotationPathFor(name)))
    .sort();
  const results: DocumentEvaluation[] = [];
  for (const name of files) {
    const file = join(dir, name);
    const annotationFile = annotationPathFor(file);
    const doc = parseDocument(file, await readFile(file));
    const gold = parseAnnotation(annotationFile, await readFile(annotationFile, 'utf8'));
    results.push({ file: name, evaluation: evaluate(gold, extractAnnotation(doc.body, { publishedAt: doc.publishedAt })) });
  }
  return results;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const cell = (s: Score) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;

export function formatTable(results: DocumentEvaluation[]): string {
  const width = Math.max(8, ...results.map((r) => r.file.length));
  const header = `${'document'.padEnd(width)} │ entities P     R    F1 │ statements P   R    F1 │ sanctions P    R    F1`;
  const lines = [header, '─'.repeat(header.length)];
  for (const { file, evaluation: e } of results) {
    lines.push(`${file.padEnd(width)} │ ${cell(e.entities)}       │ ${cell(e.statements)}         │ ${cell(e.sanctions)}`);
  }
  const all = (f: (e: Evaluation) => Score) => addScores(results.map((r) => f(r.evaluation)));
  lines.push('─'.repeat(header.length));
  lines.push(`${'overall'.padEnd(width)} │ ${cell(all((e) => e.entities))}       │ ${cell(all((e) => e.statements))}         │ ${cell(all((e) => e.sanctions))}`);
  return lines.join('\n');
}

export function formatErrors(results: DocumentEvaluation[]): string {
  const lines: string[] = [];
  for (const { file, evaluation: e } of results) {
    const block: string[] = [];
    for (const category of ['entities', 'statements', 'sanctions'] as const) {
      for (const miss of e.misses[category]) block.push(`  miss      ${category.padEnd(10)} ${miss}`);
      for (const hit of e.falseHits[category]) block.push(`  false hit ${category.padEnd(10)} ${hit}`);
    }
    block.push(
      `  matched statements with the curated kind: ${pct(e.statementKindAgreement)} %, verb: ${pct(e.statementVerbAgreement)} %, date: ${pct(e.statementDateAgreement)} %; matched sanctions with the curated date: ${pct(e.sanctionDateAgreement)} %`,
    );
    lines.push(file, ...block);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet');
  const dirs = args.filter((a) => !a.startsWith('--'));
  if (dirs.length === 0) dirs.push('seeds');
  const results = (await Promise.all(dirs.map((d) => evaluateDirectory(d)))).flat();
  if (results.length === 0) {
    console.log(`No annotated documents in ${dirs.join(', ')}.`);
  } else {
    console.log(formatTable(results));
    if (!quiet) console.log('\n' + formatErrors(results));
  }
}
