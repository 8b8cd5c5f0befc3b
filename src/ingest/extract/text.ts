// The text layer every other extraction step stands on: a normalized copy of the body
// with the same offsets, tokens and sentences with exact offsets, and spans cut from
// the original body so that body.slice(start, start + text.length) === text always.
import type { Span } from '../annotationSchema.ts';
import { ABBREVIATIONS, SENTENCE_STARTERS } from './lexicon.ts';

export interface Token {
  /** The token as it stands in the normalized text (straight quotes, plain spaces). */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** Index of the token in the whole document. */
  index: number;
  kind: 'word' | 'acronym' | 'number' | 'possessive' | 'quote' | 'dash' | 'punct';
  /** Starts with a capital letter (or is a dotted acronym such as U.S.). */
  capitalized: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
  /** A title-case line without final punctuation: a headline or a subheading. */
  heading: boolean;
}

export interface Text {
  body: string;
  /** Same length as body: curly quotes, apostrophes and odd spaces folded to ASCII. */
  norm: string;
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * Folds typographic variants one code unit for one code unit, so that every offset in
 * the normalized text is an offset in the body.
 */
export function normalize(body: string): string {
  return body
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc`\u00b4]/g, "'")
    .replace(/[\u00a0\u2002-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u2013\u2014\u2015]/g, '\u2014');
}

export function span(text: Text, start: number, end: number): Span {
  return { start, text: text.body.slice(start, end) };
}


const TOKEN = new RegExp(
  [
    String.raw`(?<acronym>(?:\p{L}\.){2,})`,
    String.raw`(?<word>[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-/&][\p{L}\p{N}]|'(?!s\b)\p{L})[\p{L}\p{M}\p{N}]*)*)`,
    String.raw`(?<possessive>'s\b|(?<=s)'(?=[\s,.;:!?)]|$))`,
    String.raw`(?<quote>["'])`,
    String.raw`(?<dash>--+|\u2014)`,
    String.raw`(?<punct>\S)`,
  ].join('|'),
  'gu',
);

function tokenize(norm: string, from: number, to: number, sentence: number, out: Token[]): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(norm); m && m.index < to; m = TOKEN.exec(norm)) {
    const groups = m.groups ?? {};
    const kind = (Object.keys(groups).find((k) => groups[k] !== undefined) ?? 'punct') as Token['kind'];
    const text = m[0];
    const token: Token = {
      text,
      lower: text.toLowerCase(),
      start: m.index,
      end: m.index + text.length,
      sentence,
      index: out.length,
      kind: kind === 'word' && /^\d/.test(text) ? 'number' : kind,
      capitalized: kind === 'acronym' ? /^\p{Lu}/u.test(text) : kind === 'word' && /^\p{Lu}/u.test(text),
    };
    tokens.push(token);
    out.push(token);
  }
  return tokens;
}

/** Lines of a paragraph that belong together (soft-wrapped text) joined into blocks. */
function blocks(norm: string): { start: number; end: number; paragraph: number }[] {
  const result: { start: number; end: number; paragraph: number }[] = [];
  let paragraph = 0;
  const lineRe = /[^\n]*(?:\n|$)/g;
  let current: { start: number; end: number; paragraph: number } | null = null;
  let previousLine = '';
  for (let m = lineRe.exec(norm); m && m[0] !== ''; m = lineRe.exec(norm)) {
    const line = m[0].replace(/\r?\n$/, '');
    const start = m.index;
    const end = start + line.length;
    if (line.trim() === '') {
      if (current) result.push(current);
      current = null;
      paragraph++;
      previousLine = '';
      continue;
    }
    const continues =
      current !== null && (/[\p{Ll},;\-]\s*$/u.test(previousLine) || /^\s*\p{Ll}/u.test(line)) && !/^\s*([-*•#>]|\d+\.)\s/.test(line);
    if (continues && current) current.end = end;
    else {
      if (current) {
        result.push(current);
        paragraph++;
      }
      current = { start, end, paragraph };
    }
    previousLine = line;
  }
  if (current) result.push(current);
  return result;
}

// A full stop, question or exclamation mark, then closing quotes or brackets, then space
// and something that can open a sentence.
const BOUNDARY = /[.!?\u2026]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\p{N}])/gu;

function isBoundary(norm: string, blockStart: number, dot: number, next: number): boolean {
  if (norm[dot] !== '.') return true;
  const before = norm.slice(blockStart, dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word === '') return true;
  const nextWord = /^\s+["'(]?([\p{L}\p{N}']+)/u.exec(norm.slice(next, next + 40))?.[1] ?? '';
  const nextStarts = SENTENCE_STARTERS.has(nextWord.toLowerCase());
  // An initial ("J. Smith") or a title ("Mr. Smith"): the name goes on.
  // "on X. He said": a letter before a pronoun ends the sentence.
  if (/^\p{Lu}$/u.test(word)) return /^(he|she|it|they|we|i|the|this|that|but|and|his|her|its|their)$/i.test(nextWord);
  if (ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ''))) return nextStarts && !/^(mr|mrs|ms|dr|st|gen|sen|rep|gov|prof|rev|lt|col|capt|sgt|maj|no)$/i.test(word);
  // A dotted acronym ("U.S.") ends a sentence only before a word that usually opens one.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return nextStarts;
  return true;
}

function splitBlock(norm: string, from: number, to: number): [number, number][] {
  const pieces: [number, number][] = [];
  let start = from;
  const slice = norm.slice(0, to);
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const end = m.index + m[0].length;
    if (isBoundary(norm, start, m.index, end)) {
      pieces.push([start, end]);
      start = end;
    }
  }
  pieces.push([start, to]);
  return pieces
    .map(([s, e]): [number, number] => {
      while (s < e && /\s/.test(norm[s] ?? '')) s++;
      while (e > s && /\s/.test(norm[e - 1] ?? '')) e--;
      return [s, e];
    })
    .filter(([s, e]) => e > s);
}

function isHeading(norm: string, tokens: Token[], start: number, end: number, first: boolean): boolean {
  if (/[.!?:"'\u2026]\s*$/.test(norm.slice(start, end))) return false;
  // The document's first line without a full stop is its headline, in sentence case too
  // ("Solvanian regulator fines Chatterly over children's data"); so is a markdown heading.
  if (first || /^#/.test(norm.slice(start, end))) return true;
  const words = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  if (words.length === 0) return true;
  const capitalized = words.filter((t) => t.capitalized).length;
  return capitalized / words.length >= 0.6 || tokens.length <= 6;
}

export function analyzeText(body: string): Text {
  const norm = normalize(body);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const block of blocks(norm)) {
    const pieces = splitBlock(norm, block.start, block.end);
    for (const [start, end] of pieces) {
      const index = sentences.length;
      const sentenceTokens = tokenize(norm, start, end, index, tokens);
      sentences.push({
        index,
        start,
        end,
        paragraph: block.paragraph,
        tokens: sentenceTokens,
        heading: pieces.length === 1 && isHeading(norm, sentenceTokens, start, end, index === 0),
      });
    }
  }
  return { body, norm, tokens, sentences };
}

/**
 * The dateline opening a paragraph: "PORT CALLIS, 4 June (Harbourline News) - ",
 * "BRUSSELS (AP) — ", "WASHINGTON — ". `city` is the number of capitalized tokens naming
 * the place, `end` the index of the first token after the dash. A capitalized name and a
 * comma opening a sentence ("UEFA, European football's governing body, …") is none: a
 * dateline has no lower-case word before its dash.
 */
export function dateline(text: Text, sentence: Sentence): { city: number; end: number } | undefined {
  const previous = text.sentences[sentence.index - 1];
  if (sentence.heading || (previous !== undefined && previous.paragraph === sentence.paragraph)) return undefined;
  const tokens = sentence.tokens;
  let city = 0;
  // "WASHINGTON/HONG KONG, Sept 16 (Reuters) -": cities joined by a slash too.
  while (city < tokens.length && city < 7 && (/^[\p{Lu}][\p{Lu}.'/-]+$/u.test(tokens[city]!.text) || (tokens[city]!.text === '/' && city > 0))) city++;
  // "Sofia (AFP) -", "Washington (AFP) -": a city in title case before its agency.
  if (city === 0) {
    while (city < 3 && tokens[city]?.capitalized && tokens[city]!.kind === 'word') city++;
    const agency = tokens[city]?.text === '(' && tokens[city + 2]?.text === ')' && (tokens[city + 3]?.kind === 'dash' || tokens[city + 3]?.text === '-');
    if (!agency) return undefined;
  }
  if (city === 0) return undefined;
  for (let k = city; k < Math.min(tokens.length, city + 14); k++) {
    const t = tokens[k]!;
    if (t.kind === 'dash' || t.text === '-') return { city, end: t.index + 1 };
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text)) return undefined;
  }
  return undefined;
}



// ——— quotations ———

export interface Quote {
  /** Offsets of the opening and closing marks; close is the paragraph end when unclosed. */
  open: number;
  close: number;
  closed: boolean;
}

/**
 * Quotation marks paired within paragraphs; curly marks say which way they face. Single
 * marks count as quotes (British style) outside double quotes, where an apostrophe
 * cannot be read instead.
 */
export function findQuotes(text: Text): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let openParagraph = -1;
  let single = -1;
  for (const sentence of text.sentences) {
    if (open >= 0 && sentence.paragraph !== openParagraph) {
      const prev = text.sentences[sentence.index - 1]!;
      quotes.push({ open, close: prev.end, closed: false });
      open = -1;
    }
    // A single quotation mark left open at a paragraph's end: the quotation goes on in the next.
    if (single >= 0 && sentence.paragraph !== openParagraph) {
      const prev = text.sentences[sentence.index - 1]!;
      if (/[.!?]['’]?$/.test(text.norm.slice(prev.start, prev.end).trimEnd())) quotes.push({ open: single, close: prev.end, closed: false });
      single = -1;
    }
    for (const t of sentence.tokens) {
      if (open < 0 && t.text === "'") {
        const before = text.norm[t.start - 1];
        const after = text.norm[t.end];
        if (single < 0 && t.kind === 'quote' && (before === undefined || /[\s(\[\u2014-]/.test(before)) && after !== undefined && /[\p{L}\p{N}.]/u.test(after)) {
          single = t.start;
          openParagraph = sentence.paragraph;
        } else if (single >= 0 && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) {
          quotes.push({ open: single, close: t.start, closed: true });
          single = -1;
        }
        continue;
      }
      if (t.kind !== 'quote' || t.text !== '"') continue;
      const raw = text.body[t.start];
      const before = text.norm[t.start - 1];
      const opening = raw === '\u201c' || (raw !== '\u201d' && (before === undefined || /[\s(\[\u2014-]/.test(before)));
      if (open < 0) {
        if (opening || raw === '"') {
          open = t.start;
          openParagraph = sentence.paragraph;
        }
      } else if (!opening || raw === '"') {
        quotes.push({ open, close: t.start, closed: true });
        open = -1;
      } else {
        open = t.start;
      }
    }
  }
  if (open >= 0) quotes.push({ open, close: text.sentences.at(-1)!.end, closed: false });
  return quotes;
}

export function inQuote(quotes: Quote[], offset: number): Quote | undefined {
  return quotes.find((q) => q.open < offset && offset < q.close);
}
