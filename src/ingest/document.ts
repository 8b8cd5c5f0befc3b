// A news document as read from disk: checked to be text, split into optional
// front matter and the body every span indexes into.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** Larger files are not news articles; they are refused before any parsing. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown'];

export class DocumentError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'DocumentError';
  }
}

const frontMatterSchema = z.strictObject({
  title: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
  url: z.url().optional(),
  publishedAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface NewsDocument {
  file: string;
  /** Identity of the article across edits: its url, else its file name without extension. */
  key: string;
  title: string;
  /** The text after the front matter, exactly as in the file. */
  body: string;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
}

// `---` line, YAML, `---` line; the body starts right after the closing line's newline.
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseDocument(file: string, bytes: Uint8Array): NewsDocument {
  if (bytes.length === 0) throw new DocumentError(file, 'the file is empty');
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(file, `the file has ${bytes.length} bytes, more than the limit of ${MAX_DOCUMENT_BYTES}`);
  }
  if (bytes.includes(0)) throw new DocumentError(file, 'the file is binary (it contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DocumentError(file, 'the file is not valid UTF-8 text');
  }

  let frontMatter: FrontMatter = {};
  let body = text;
  const match = FRONT_MATTER.exec(text);
  if (match) {
    let data: unknown;
    try {
      data = parseYaml(match[1] ?? '') ?? {};
    } catch (error) {
      throw new DocumentError(file, `the front matter is not valid YAML: ${(error as Error).message}`);
    }
    const parsed = frontMatterSchema.safeParse(data);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(front matter)'}: ${i.message}`);
      throw new DocumentError(file, `bad front matter: ${problems.join('; ')}`);
    }
    frontMatter = parsed.data;
    body = text.slice(match[0].length);
  }
  if (body.trim() === '') throw new DocumentError(file, 'the document has no text');

  const headline = body.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const title = frontMatter.title ?? headline.replace(/^#+\s*/, '').trim();
  const publishedAt = frontMatter.publishedAt === undefined ? null : new Date(frontMatter.publishedAt);
  return {
    file,
    key: frontMatter.url ?? basename(file, extname(file)),
    title,
    body,
    outlet: frontMatter.outlet ?? null,
    url: frontMatter.url ?? null,
    publishedAt,
  };
}

/** Hash of everything an article's rows are made from: unchanged hash, nothing to write. */
export function contentHash(...parts: (Uint8Array | string | null)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part ?? '');
    hash.update('\0');
  }
  return hash.digest('hex');
}
