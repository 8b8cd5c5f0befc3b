// Date words as the text gives them ("on December 26", "last week", "on Tuesday").
import type { Text } from './text.ts';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const DATE = new RegExp(
  [
    `\\b[Oo]n\\s+(?:${WEEKDAY},?\\s+)?${MONTH}\\s+\\d{1,2}(?:,\\s+\\d{4})?\\b`,
    `\\b[Oo]n\\s+${WEEKDAY}\\b`,
    `\\b${MONTH}\\s+\\d{1,2}(?:,\\s+\\d{4})?\\b`,
    `\\b\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?\\b`,
    `\\b(?:earlier|last|this|next)\\s+(?:week|month|year|${WEEKDAY})\\b`,
    `\\b(?:yesterday|today)\\b`,
  ].join('|'),
  'g',
);

/** The first date expression of the sentence(s), preferring one near the verb. */
export function findDateText(text: Text, start: number, end: number, verbToken: number): string | undefined {
  const slice = text.norm.slice(start, end);
  const verbAt = (text.tokens[verbToken]?.start ?? start) - start;
  let best: { at: number; text: string } | undefined;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(slice); m; m = DATE.exec(slice)) {
    const candidate = { at: m.index, text: text.body.slice(start + m.index, start + m.index + m[0].length) };
    if (!best || Math.abs(candidate.at - verbAt) < Math.abs(best.at - verbAt)) best = candidate;
  }
  return best?.text;
}

/** All date expressions in a range, as [start, end] offsets. */
export function dateRanges(text: Text, start: number, end: number): [number, number][] {
  const slice = text.norm.slice(start, end);
  const out: [number, number][] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(slice); m; m = DATE.exec(slice)) out.push([start + m.index, start + m.index + m[0].length]);
  return out;
}
