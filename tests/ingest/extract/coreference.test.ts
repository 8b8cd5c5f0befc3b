import { describe, expect, it } from 'vitest';
import { extract, statementLines } from './helpers.ts';

describe('coreference', () => {
  it('links a surname to the full name and "he" to the last person', () => {
    const a = extract('Opposition leader Marek Hollis was detained on Friday. Hollis said he would appeal.');
    const hollis = a.entities.filter((e) => e.type === 'person');
    expect(hollis).toHaveLength(1);
    expect(a.mentions.map((m) => m.text)).toEqual(['Marek Hollis', 'Hollis']);
    expect(statementLines(a)).toEqual(['Marek Hollis | said | INDIRECT | he would appeal']);
    expect(a.statements[0]!.about).toEqual([hollis[0]!.key]);
  });

  it('keeps a seat of government as an organization', () => {
    const a = extract('The Kremlin rejected the report. The White House declined to comment.');
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.type === 'organization' && e.name).sort()).toEqual([
      'Kremlin',
      'White House',
    ]);
  });

  it('resolves "she" past a sentence that mentions no person', () => {
    const a = extract('Judge Ines Carvalho heard the case. The hearing lasted hours. "It is closed," she said.');
    expect(statementLines(a)).toEqual(['Ines Carvalho | said | DIRECT | It is closed']);
    expect(a.statements[0]!.speakerSpan.text).toBe('she');
  });
});
