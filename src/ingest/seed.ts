// Seeding: every document in a folder that has a curated annotation beside it is
// checked and written, one transaction per document. A bad document is reported
// and skipped; the others land.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Db } from '../db/client.ts';
import { annotationPathFor, checkAnnotation, parseAnnotation } from './annotation.ts';
import { contentHash, DOCUMENT_EXTENSIONS, DocumentError, parseDocument } from './document.ts';
import { persistArticle, type PersistResult } from './persist.ts';

export type DocumentOutcome =
  | { file: string; ok: true; result: PersistResult }
  | { file: string; ok: false; error: string };

/** Documents of a folder that have an annotation file, in file name order. */
export async function annotatedDocuments(dir: string): Promise<string[]> {
  const names = new Set(await readdir(dir));
  return [...names]
    .filter((name) => DOCUMENT_EXTENSIONS.includes(extname(name)))
    .filter((name) => names.has(annotationPathFor(name)))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads, checks and stores one annotated document; a problem throws a DocumentError naming the file. */
export async function seedDocument(db: Db, file: string): Promise<PersistResult> {
  const annotationFile = annotationPathFor(file);
  const [bytes, annotationText] = await Promise.all([readFile(file), readFile(annotationFile, 'utf8')]);
  const doc = parseDocument(file, bytes);
  const annotation = parseAnnotation(annotationFile, annotationText);
  const problems = checkAnnotation(doc, annotation);
  if (problems.length) {
    throw new DocumentError(annotationFile, `does not match ${file}:\n  ${problems.join('\n  ')}`);
  }
  return persistArticle(db, {
    doc,
    annotation,
    factSource: 'CURATED',
    contentHash: contentHash(bytes, annotationText),
  });
}

export async function seedDirectory(
  db: Db,
  dir: string,
  onDocument: (outcome: DocumentOutcome, index: number, total: number) => void = () => {},
): Promise<DocumentOutcome[]> {
  const files = await annotatedDocuments(dir);
  const outcomes: DocumentOutcome[] = [];
  for (const [index, file] of files.entries()) {
    let outcome: DocumentOutcome;
    try {
      outcome = { file, ok: true, result: await seedDocument(db, file) };
    } catch (error) {
      // Anything that fails one document (its transaction rolled back) is reported
      // with the file's name, and the run goes on with the next document.
      const message = error instanceof DocumentError ? error.message : `${file}: ${(error as Error).message}`;
      outcome = { file, ok: false, error: message };
    }
    outcomes.push(outcome);
    onDocument(outcome, index, files.length);
  }
  return outcomes;
}

/** One line per document, for people watching a seed run. */
export function describeOutcome(outcome: DocumentOutcome, index: number, total: number): string {
  const prefix = `[${index + 1}/${total}]`;
  if (!outcome.ok) return `${prefix} FAILED ${outcome.error}`;
  const r = outcome.result;
  if (r.status === 'unchanged') return `${prefix} ${outcome.file}: unchanged`;
  return (
    `${prefix} ${outcome.file}: ${r.status} — ${r.entities} entities (${r.newEntities} new), ` +
    `${r.mentions} mentions, ${r.statements} statements, ${r.sanctions} sanctions`
  );
}
