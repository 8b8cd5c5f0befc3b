// Ingesting any news document: its curated annotation where it has one, else what
// the extractor finds in it. Either way every span is checked against the text
// before anything is written, and the document is written in one transaction.
import { access, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/client.ts';
import { annotationPathFor, checkAnnotation, parseAnnotation } from './annotation.ts';
import type { Annotation } from './annotationSchema.ts';
import { contentHash, DOCUMENT_EXTENSIONS, DocumentError, parseDocument } from './document.ts';
import { extractAnnotation } from './extract/index.ts';
import { persistArticle, unchanged, type PersistResult } from './persist.ts';

/**
 * Part of an extracted article's hash: a digest of the extractor's own source, so a
 * changed extractor writes already ingested articles again instead of keeping what
 * an older version found. Computed once per process.
 */
let extractorVersion: Promise<string> | undefined;
export function currentExtractorVersion(): Promise<string> {
  extractorVersion ??= (async () => {
    const dir = fileURLToPath(new URL('./extract/', import.meta.url));
    const files = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.ts')).sort();
    return contentHash(...(await Promise.all(files.map((name) => readFile(join(dir, name))))));
  })();
  return extractorVersion;
}

export interface IngestResult extends PersistResult {
  factSource: 'CURATED' | 'EXTRACTED';
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export async function ingestFile(db: Db, file: string): Promise<IngestResult> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new DocumentError(file, `cannot be read (${error.code ?? error.message})`);
  });
  const doc = parseDocument(file, bytes);
  const annotationFile = annotationPathFor(file);
  let annotation: Annotation;
  let factSource: IngestResult['factSource'];
  let hash: string;
  if (await exists(annotationFile)) {
    const annotationText = await readFile(annotationFile, 'utf8');
    annotation = parseAnnotation(annotationFile, annotationText);
    factSource = 'CURATED';
    hash = contentHash(bytes, annotationText);
  } else {
    factSource = 'EXTRACTED';
    hash = contentHash(bytes, await currentExtractorVersion());
    // Extraction is the expensive step: skip it when this very text was extracted already.
    const known = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
    if (known) return { ...unchanged(known.id), factSource };
    annotation = extractAnnotation(doc.body, { publishedAt: doc.publishedAt });
  }
  const problems = checkAnnotation(doc, annotation);
  if (problems.length) {
    const source = factSource === 'CURATED' ? annotationFile : `extraction from ${file}`;
    throw new DocumentError(file, `${source} does not match the text:\n  ${problems.join('\n  ')}`);
  }
  return { ...(await persistArticle(db, { doc, annotation, factSource, contentHash: hash })), factSource };
}

/** The documents named: files as given, folders searched recursively, in path order. */
export async function documentFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) {
      files.push(path); // reported as unreadable by ingestFile, with the others going on
    } else if (info.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && DOCUMENT_EXTENSIONS.includes(extname(e.name)))
          .map((e) => join(e.parentPath, e.name))
          .sort(),
      );
    } else {
      files.push(path);
    }
  }
  return files;
}
