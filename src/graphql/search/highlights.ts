// Where a search matched, as offsets: the marks the search index put into a text turned
// into ranges of the unmarked text, and a snippet of the text around the first match.
// Pure functions over strings (offsets are UTF-16 code units, as everywhere in whosaid).

export interface Range {
  start: number;
  end: number;
}

/**
 * The ranges between `open` and `close` marks in `marked`, as offsets into the text
 * without the marks; null unless that text is exactly `original` (the index may have
 * altered it, and offsets into another text would be wrong). Matches separated by
 * whitespace only merge into one, so a phrase is one range whichever index marked it.
 */
export function markedRanges(marked: string, original: string, open: string, close: string): Range[] | null {
  const ranges: Range[] = [];
  let text = '';
  let start: number | null = null;
  for (const char of marked) {
    if (char === open) start = text.length;
    else if (char === close && start !== null) {
      const previous = ranges.at(-1);
      if (previous && /^\s*$/.test(text.slice(previous.end, start))) previous.end = text.length;
      else if (text.length > start) ranges.push({ start, end: text.length });
      start = null;
    } else text += char;
  }
  return text === original ? ranges : null;
}

/** How long a snippet is at most, in UTF-16 code units. */
export const SNIPPET_LENGTH = 200;

/**
 * A stretch of `text` of at most `length` around the first match (the start of the text
 * when nothing matched), cut at whitespace where it is cut at all.
 */
export function snippetRange(text: string, matches: Range[], length = SNIPPET_LENGTH): Range {
  if (text.length <= length) return { start: 0, end: text.length };
  const first = matches[0] ?? { start: 0, end: 0 };
  const room = Math.max(0, length - (first.end - first.start));
  let start = Math.min(Math.max(0, first.start - Math.floor(room / 2)), text.length - length);
  let end = Math.min(text.length, start + length);
  if (start > 0) {
    // Begin after the first run of whitespace, unless that would pass the match.
    const space = /\s+/.exec(text.slice(start, first.start));
    if (space) start += space.index + space[0].length;
  }
  if (end < text.length) {
    // End before the last run of whitespace, unless that would cut the match.
    const from = Math.max(first.end, start);
    const space = /\s+\S*$/.exec(text.slice(from, end));
    if (space) end = from + space.index;
  }
  return { start, end };
}

/** `text` with `open` and `close` around every range (ranges in order, not overlapping). */
export function withMarks(text: string, ranges: Range[], open: string, close: string): string {
  let result = '';
  let at = 0;
  for (const { start, end } of ranges) {
    result += text.slice(at, start) + open + text.slice(start, end) + close;
    at = end;
  }
  return result + text.slice(at);
}
