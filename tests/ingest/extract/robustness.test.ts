// The extractor on pieces of real copy it was not written for: every sentence alone, and
// every run of two and three consecutive sentences, of every document in the repository.
// Whatever a piece says, extraction must not throw and every span must slice back to its
// text (the `extract` helper checks both, and the schema).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseDocument } from '../../../src/ingest/document.ts';
import { analyzeText } from '../../../src/ingest/extract/index.ts';
import { extract } from './helpers.ts';

const root = join(import.meta.dirname, '../../..');
const dirs = ['seeds', 'tests/fixtures/heldout', 'tests/fixtures/dev', 'tests/fixtures/unseen', 'tests/fixtures/final'].map((d) => join(root, d));

function bodies(): { file: string; body: string }[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => {
        const path = join(dir, f);
        return { file: f, body: parseDocument(path, readFileSync(path)).body };
      }),
  );
}

it('extracts from every sentence and every run of two or three sentences without failing', () => {
  let pieces = 0;
  for (const { file, body } of bodies()) {
    const sentences = analyzeText(body).sentences.map((s) => body.slice(s.start, s.end));
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i + n <= sentences.length; i++) {
        const piece = sentences.slice(i, i + n).join(' ');
        expect(() => extract(piece), `${file}, sentences ${i + 1}–${i + n}`).not.toThrow();
        pieces++;
      }
    }
  }
  expect(pieces).toBeGreaterThan(1000);
});
