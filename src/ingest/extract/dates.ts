// Dates: the words the text gives ("on December 26", "last week", "on Tuesday", "in
// March") and, where those words pin down a day, the calendar date — a weekday or a day
// without a year read against the article's publication date.
import type { Text } from './text.ts';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const DATE = new RegExp(
  [
    `\\b[Oo]n\\s+(?:${WEEKDAY},?\\s+)?${MONTH}\\s+\\d{1,2}(?:,\\s+\\d{4})?\\b`,
    `\\b[Oo]n\\s+(?:${WEEKDAY},?\\s+)?\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?\\b`,
    `\\b(?:[Oo]n\\s+)?${WEEKDAY}\\b`,
    `\\b${MONTH}\\s+\\d{1,2}(?:,\\s+\\d{4})?\\b`,
    `\\b\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?\\b`,
    `\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y)\\s+(?:early\\s+|late\\s+|mid-)?${MONTH}(?:\\s+\\d{4})?(?!\\s+\\d)\\b`,
    `\\b(?:earlier|last|this|next)\\s+(?:week|month|year|${WEEKDAY})\\b`,
    `\\b(?:yesterday|today)\\b`,
    `\\bat the time\\b`,
  ].join('|'),
  'g',
);

/**
 * The date expression of a range nearest to a token: the one the statement or measure
 * attaches to. `outside` ranges (the reported words, a dateline) do not count: a date
 * there belongs to something else.
 */
export function findDateText(text: Text, start: number, end: number, verbToken: number, outside: [number, number][] = []): [number, number] | undefined {
  const verbAt = text.tokens[verbToken]?.start ?? start;
  let best: [number, number] | undefined;
  for (const range of dateRanges(text, start, end)) {
    if (outside.some(([a, b]) => range[0] < b && a < range[1])) continue;
    if (!best || Math.abs(range[0] - verbAt) < Math.abs(best[0] - verbAt)) best = range;
  }
  return best;
}

/** All date expressions in a range, as [start, end] offsets; "next month's election" is no date of the report. */
function dateRanges(text: Text, start: number, end: number): [number, number][] {
  const slice = text.norm.slice(start, end);
  const out: [number, number][] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(slice); m; m = DATE.exec(slice)) {
    if (/^'s?\b|^'/.test(slice.slice(m.index + m[0].length))) continue;
    out.push([start + m.index, start + m.index + m[0].length]);
  }
  return out;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month, date));

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
}

/** A day and month, the year optional: "March 5, 2024", "5 March". */
const FULL_DATE = new RegExp(`(${MONTH}) (\\d{1,2})(?:, (\\d{4}))?|(\\d{1,2}) (${MONTH})(?: (\\d{4}))?`);

/**
 * The calendar day (YYYY-MM-DD) date words pin down: a full date; a day and month in the
 * year of publication (the year before when that day is still to come); a weekday, the
 * last one on or before publication; "today", "yesterday". Otherwise undefined.
 */
export function resolveDate(words: string, publishedAt?: Date | null): string | undefined {
  const published = publishedAt && !Number.isNaN(publishedAt.getTime()) ? day(publishedAt.getUTCFullYear(), publishedAt.getUTCMonth(), publishedAt.getUTCDate()) : undefined;
  const w = words.replace(/\s+/g, ' ').trim();
  const full = FULL_DATE.exec(w);
  if (full) {
    const month = monthIndex(full[1] ?? full[5]!);
    const date = Number(full[2] ?? full[4]);
    const year = full[3] ?? full[6];
    if (month < 0 || date < 1 || date > 31) return undefined;
    if (year) return iso(day(Number(year), month, date));
    if (!published) return undefined;
    const candidate = day(published.getUTCFullYear(), month, date);
    return iso(candidate > published ? day(published.getUTCFullYear() - 1, month, date) : candidate);
  }
  if (!published) return undefined;
  const lower = w.toLowerCase();
  if (/^(?:today)$/.test(lower)) return iso(published);
  if (/^(?:yesterday)$/.test(lower)) return iso(day(published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate() - 1));
  const weekday = /^(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.exec(lower);
  if (weekday) {
    const back = (published.getUTCDay() - WEEKDAY_NAMES.indexOf(weekday[1]!) + 7) % 7;
    return iso(day(published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate() - back));
  }
  return undefined;
}
