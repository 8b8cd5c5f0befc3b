// `npm run bench:extract [count]`: extraction speed on one core. Builds `count` (default
// 3000) articles of about 3 KB by shuffling the paragraphs of the seed documents with a
// fixed seed, then times the extractor and, on the same texts in the same run, a
// baseline (sentence splitting and tokenizing alone) so the figure reads as a ratio.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DOCUMENT_EXTENSIONS, parseDocument } from '../ingest/document.ts';
import { extractAnnotation } from '../ingest/extract/index.ts';
import { analyzeText } from '../ingest/extract/text.ts';

/** Deterministic pseudo-random numbers (mulberry32), so every run times the same texts. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function benchArticles(dir: string, count: number, size = 3000): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => DOCUMENT_EXTENSIONS.includes(extname(n))).sort();
  const paragraphs: string[] = [];
  for (const name of names) {
    const doc = parseDocument(name, await readFile(join(dir, name)));
    paragraphs.push(...doc.body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0));
  }
  const next = random(42);
  const articles: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let length = 0;
    while (length < size) {
      const p = paragraphs[Math.floor(next() * paragraphs.length)]!;
      parts.push(p);
      length += p.length + 2;
    }
    articles.push(parts.join('\n\n'));
  }
  return articles;
}

function time(articles: string[], run: (body: string) => unknown): number {
  const start = process.hrtime.bigint();
  for (const body of articles) run(body);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 3000);
  const articles = await benchArticles('seeds', count);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
  // Warm up the JIT on a slice before timing.
  time(articles.slice(0, 200), extractAnnotation);
  time(articles.slice(0, 200), analyzeText);
  const baseline = time(articles, analyzeText);
  const extraction = time(articles, extractAnnotation);
  const rate = (seconds: number) => (articles.length / seconds).toFixed(0);
  console.log(`${articles.length} articles, ${(bytes / articles.length / 1024).toFixed(1)} KB on average, one core`);
  console.log(`baseline (sentences and tokens): ${rate(baseline)} articles/s`);
  console.log(`extraction:                      ${rate(extraction)} articles/s`);
  console.log(`extraction takes ${(extraction / baseline).toFixed(1)}× the baseline's time`);
}
