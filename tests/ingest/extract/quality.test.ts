// The extractor scored against hand annotations it was not written for (`npm run eval`
// prints the same tables with every miss and false hit). Four sets of documents, each
// annotated without looking at the extractor:
//
// - tests/fixtures/heldout (5): the first documents kept apart; some of their failure
//   patterns have since been described to the rules' authors.
// - tests/fixtures/dev (44): development documents. 201–232 were written to develop rules
//   against; 301–312 were kept apart until their first measurement and then joined them.
// - tests/fixtures/unseen (313–316) and tests/fixtures/final (401–412): sealed. No rule was
//   written with them in view; they are read for their scores only. Do not tune against
//   them: write new documents into dev instead.
//
// The floors sit just under the scores recorded in the README, so that a change that
// loses quality fails here. Targets: entities 0.9, statements 0.85, sanctions 0.8 (F1).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateDirectory, type DocumentEvaluation } from '../../../src/cli/eval.ts';
import { addScores, type Evaluation, type Score } from '../../../src/ingest/evaluate.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');

async function scores(...dirs: string[]) {
  const results: DocumentEvaluation[] = (await Promise.all(dirs.map((d) => evaluateDirectory(join(fixtures, d))))).flat();
  const overall = (f: (e: Evaluation) => Score) => addScores(results.map((r) => f(r.evaluation))).f1;
  return { count: results.length, entities: overall((e) => e.entities), statements: overall((e) => e.statements), sanctions: overall((e) => e.sanctions) };
}

describe('extraction quality on annotated documents', () => {
  it('scores at least the recorded F1 on the first held-out documents', async () => {
    const s = await scores('heldout');
    expect(s.count).toBe(5);
    expect(s.entities).toBeGreaterThanOrEqual(0.92);
    expect(s.statements).toBeGreaterThanOrEqual(0.94);
    expect(s.sanctions).toBeGreaterThanOrEqual(0.87);
  });

  it('scores at least the recorded F1 on the development documents', async () => {
    const s = await scores('dev');
    expect(s.count).toBe(44);
    expect(s.entities).toBeGreaterThanOrEqual(0.93);
    expect(s.statements).toBeGreaterThanOrEqual(0.94);
    expect(s.sanctions).toBeGreaterThanOrEqual(0.89);
  });

  it('scores at least the recorded F1 on the sealed documents', async () => {
    const s = await scores('unseen', 'final');
    expect(s.count).toBe(16);
    expect(s.entities).toBeGreaterThanOrEqual(0.895);
    expect(s.statements).toBeGreaterThanOrEqual(0.915);
    expect(s.sanctions).toBeGreaterThanOrEqual(0.825);
  });
});
