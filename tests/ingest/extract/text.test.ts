import { describe, expect, it } from 'vitest';
import { analyzeText, normalize } from '../../../src/ingest/extract/text.ts';

const sentences = (body: string) => {
  const text = analyzeText(body);
  for (const s of text.sentences) expect(body.slice(s.start, s.end)).toBe(body.slice(s.start, s.end).trim());
  return text.sentences.map((s) => body.slice(s.start, s.end));
};

describe('sentences', () => {
  it('keeps abbreviations, initials and dotted acronyms inside the sentence', () => {
    expect(
      sentences('Mr. J. R. Hale met U.S. Treasury officials on Jan. 5 in Washington. He left at noon. The U.S. said no.'),
    ).toEqual(['Mr. J. R. Hale met U.S. Treasury officials on Jan. 5 in Washington.', 'He left at noon.', 'The U.S. said no.']);
  });

  it('ends a sentence at a dotted acronym when the next word opens one', () => {
    expect(sentences('The envoy flew to the U.S. She returned on Friday.')).toEqual([
      'The envoy flew to the U.S.',
      'She returned on Friday.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split before a lower-case attribution', () => {
    expect(sentences('\u201cWe will not back down.\u201d The minister left. "Why now?" she asked.')).toEqual([
      '\u201cWe will not back down.\u201d',
      'The minister left.',
      '"Why now?" she asked.',
    ]);
  });

  it('treats lines and blank lines as boundaries and joins soft-wrapped lines', () => {
    expect(sentences('Headline Without Full Stop\n\nThe first line goes\non here. Next one.')).toEqual([
      'Headline Without Full Stop',
      'The first line goes\non here.',
      'Next one.',
    ]);
  });
});

describe('normalize', () => {
  it('folds quotes, apostrophes, spaces and dashes without moving any offset', () => {
    const body = '\u201cIt\u2019s done,\u201d\u00a0she said \u2014 twice.';
    const norm = normalize(body);
    expect(norm).toHaveLength(body.length);
    expect(norm).toBe('"It\'s done," she said \u2014 twice.');
  });

  it('splits possessives off names and keeps hyphenated names whole', () => {
    const text = analyzeText('Clara Mendoza-Holt\u2019s aide met O\u2019Brien.');
    expect(text.tokens.map((t) => t.text)).toEqual(['Clara', 'Mendoza-Holt', "'s", 'aide', 'met', "O'Brien", '.']);
    for (const t of text.tokens) expect(text.body.slice(t.start, t.end)).toHaveLength(t.text.length);
  });
});
