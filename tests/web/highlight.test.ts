import { describe, expect, it } from 'vitest';
import { markSpan } from '../../src/web/highlight.ts';

describe('markSpan', () => {
  it('cuts the text before, inside and after the span', () => {
    expect(markSpan('Kadyrov accused the networks.', 16, 28)).toEqual([
      { text: 'Kadyrov accused ', marked: false },
      { text: 'the networks', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('leaves out empty pieces when the span touches an end', () => {
    expect(markSpan('whole', 0, 5)).toEqual([{ text: 'whole', marked: true }]);
    expect(markSpan('ab', 0, 1)).toEqual([
      { text: 'a', marked: true },
      { text: 'b', marked: false },
    ]);
  });

  it('clamps offsets outside the text instead of inventing characters', () => {
    expect(markSpan('abc', -4, 99)).toEqual([{ text: 'abc', marked: true }]);
    expect(markSpan('abc', 5, 9)).toEqual([{ text: 'abc', marked: false }]);
    expect(markSpan('abc', 2, 1)).toEqual([
      { text: 'ab', marked: false },
      { text: 'c', marked: false },
    ]);
  });
});
