// From the marks a search index puts in a text to offsets, snippets and marked strings.
import { describe, expect, it } from 'vitest';
import { markedRanges, snippetRange, withMarks } from '../../../src/graphql/search/highlights.ts';
import { parseSearchQuery } from '../../../src/graphql/search/searchIndex.ts';

const mark = (text: string) => text.replaceAll('[', '\u0001').replaceAll(']', '\u0002');
const ranges = (marked: string, original: string) => markedRanges(mark(marked), original, '\u0001', '\u0002');

describe('markedRanges', () => {
  it('gives the offsets of the marked words in the unmarked text', () => {
    expect(ranges('The [fine] was [fines]', 'The fine was fines')).toEqual([
      { start: 4, end: 8 },
      { start: 13, end: 18 },
    ]);
  });

  it('merges matches only whitespace apart, so a phrase is one range', () => {
    expect(ranges('a [pipeline] [leak] and [more]', 'a pipeline leak and more')).toEqual([
      { start: 2, end: 15 },
      { start: 20, end: 24 },
    ]);
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const original = '𝒜 Élodie said';
    expect(ranges('𝒜 [Élodie] said', original)).toEqual([{ start: 3, end: 9 }]);
    expect(original.slice(3, 9)).toBe('Élodie');
  });

  it('gives null when the unmarked text is not the original', () => {
    expect(ranges('The [fine]', 'The fine.')).toBeNull();
  });
});

describe('snippetRange', () => {
  const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');

  it('is the whole text when it is short', () => {
    expect(snippetRange('short text', [{ start: 0, end: 5 }])).toEqual({ start: 0, end: 10 });
  });

  it('centres the first match and cuts at whitespace', () => {
    const at = text.indexOf('word40');
    const { start, end } = snippetRange(text, [{ start: at, end: at + 6 }], 60);
    const snippet = text.slice(start, end);
    expect(snippet).toContain('word40');
    expect(snippet.length).toBeLessThanOrEqual(60);
    expect(snippet).toMatch(/^word\d+ .* word\d+$/);
    expect(text[start - 1]).toBe(' ');
    expect(text[end]).toBe(' ');
  });

  it('starts at the beginning when nothing matched', () => {
    expect(snippetRange(text, [], 30).start).toBe(0);
  });

  it('keeps a match at the very end', () => {
    const at = text.indexOf('word59');
    const { end } = snippetRange(text, [{ start: at, end: text.length }], 40);
    expect(end).toBe(text.length);
  });
});

describe('withMarks', () => {
  it('puts the marks around each range', () => {
    expect(withMarks('The fine was small', [{ start: 4, end: 8 }, { start: 13, end: 18 }], '<b>', '</b>')).toBe(
      'The <b>fine</b> was <b>small</b>',
    );
  });
});

describe('parseSearchQuery', () => {
  it('takes words, and quoted words as phrases', () => {
    expect(parseSearchQuery('Kadyrov "press service" Instagram')).toEqual([['Kadyrov'], ['press', 'service'], ['Instagram']]);
    expect(parseSearchQuery('“curly quoted phrase” word')).toEqual([['curly', 'quoted', 'phrase'], ['word']]);
  });

  it('keeps letters and digits only, so no query syntax gets through', () => {
    expect(parseSearchQuery('NEAR(a* -b) OR c:d "e')).toEqual([['NEAR'], ['a'], ['b'], ['OR'], ['c'], ['d'], ['e']]);
    expect(parseSearchQuery('Élodie 2024')).toEqual([['Élodie'], ['2024']]);
  });

  it('refuses a query without words', () => {
    expect(() => parseSearchQuery(' "" -- ')).toThrow(/at least one word/);
  });
});
