// Proper names and organization descriptions: which runs of capitalized words name
// something, and what the words around them say it is (a person, an organization, a
// place, a law).
import {
  COMMON_CAPITALIZED,
  GROUP_NOUNS,
  GOVERNMENT_SEATS,
  HONORIFICS,
  LAW_HEADS,
  MONTHS,
  NAME_PARTICLES,
  NATIONALITIES,
  ORG_DESCRIPTORS,
  ORG_HEADS,
  ORG_LEADS,
  PERSON_ROLES,
  PLACE_ACRONYMS,
  PLACES,
  PLACE_PHRASES,
  WEEKDAYS,
  type OrgKind,
} from './lexicon.ts';
import type { Text, Token } from './text.ts';

export type NameType = 'person' | 'organization' | 'place' | 'law' | 'unknown';

export interface NameChunk {
  /** Token range [first, last] in text.tokens. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The name as written, typographic variants folded. */
  name: string;
  type: NameType;
  orgKind?: OrgKind;
  /** How sure the type is: 2 from the name itself, 1 from context, 0 a guess. */
  evidence: number;
  /** Title or role words just before the name ("Chechen leader"), as a token range. */
  roleBefore?: [number, number];
  sentence: number;
}

const LOWER_TITLE_WORDS = new Set(['of', 'for', 'on', 'and', 'the', '&', 'de', 'du', 'des']);

function isNameToken(t: Token | undefined): boolean {
  if (!t || !t.capitalized) return false;
  // "Kremlin-backed", "Russian-language": adjectives, not names.
  if (t.kind === 'word' && /-\p{Ll}/u.test(t.text) && !/^\p{Lu}+-\p{Lu}/u.test(t.text)) return false;
  return true;
}

export function isPlaceName(lowerName: string): boolean {
  return PLACES.has(lowerName) || PLACE_PHRASES.has(lowerName.replace(/^the /, ''));
}

export function isAcronym(name: string): boolean {
  return /^(?:\p{Lu}[\p{Lu}\d]{1,6}(?:[/&-]\p{Lu}[\p{Lu}\d]*)*|(?:\p{Lu}\.){2,})$/u.test(name);
}

/** Lower-case words of the document: a capitalized word also seen lower-case is a common word. */
export function lowerCaseVocabulary(text: Text): Set<string> {
  const vocabulary = new Set<string>();
  for (const t of text.tokens) if (t.kind === 'word' && /^\p{Ll}/u.test(t.text)) vocabulary.add(t.text);
  return vocabulary;
}

function orgKindOfWords(lowers: string[]): OrgKind | undefined {
  const last = lowers[lowers.length - 1] ?? '';
  const head = ORG_HEADS.get(last);
  if (head) return head;
  const of = lowers.indexOf('of');
  if (of > 0) {
    const lead = lowers[of - 1] ?? '';
    const kind = ORG_HEADS.get(lead);
    if (kind) return kind;
    if (ORG_LEADS.has(lead)) return 'OTHER';
  }
  for (const w of lowers) {
    const kind = ORG_HEADS.get(w);
    if (kind && kind !== 'NGO' && kind !== 'MEDIA') return kind;
  }
  return undefined;
}

function classify(text: Text, chunk: NameChunk): void {
  const tokens = text.tokens.slice(chunk.first, chunk.last + 1);
  const lowers = tokens.map((t) => t.lower);
  const name = chunk.name;
  const lowerName = name.toLowerCase();
  if (GOVERNMENT_SEATS.has(lowerName)) {
    Object.assign(chunk, { type: 'organization', orgKind: 'GOVERNMENT', evidence: 2 });
    return;
  }
  if (tokens.length > 1 && LAW_HEADS.has(lowers[lowers.length - 1] ?? '')) {
    Object.assign(chunk, { type: 'law', evidence: 2 });
    return;
  }
  if (isPlaceName(lowerName) || lowers.every((w) => PLACES.has(w) || NATIONALITIES.has(w) || PLACE_ACRONYMS.has(w) || NAME_PARTICLES.has(w) || NATIONALITIES.has(w.replace(/s$/, '')))) {
    Object.assign(chunk, { type: 'place', evidence: 2 });
    return;
  }
  const kind = orgKindOfWords(lowers);
  if (kind) {
    Object.assign(chunk, { type: 'organization', orgKind: kind, evidence: 2 });
    return;
  }
  if (isAcronym(name) && !PLACE_ACRONYMS.has(lowerName)) {
    Object.assign(chunk, { type: 'organization', orgKind: 'OTHER', evidence: 1 });
    return;
  }
  if (chunk.roleBefore) {
    Object.assign(chunk, { type: 'person', evidence: 1 });
    return;
  }
  const nameLike = tokens.filter((t) => t.kind === 'word' || t.kind === 'punct' || t.kind === 'acronym');
  if (tokens.length >= 2 && tokens.length <= 5 && nameLike.length === tokens.length) {
    Object.assign(chunk, { type: 'person', evidence: 0 });
    return;
  }
  chunk.type = 'unknown';
}

/** Capitalized runs of every sentence that is not a heading, classified. */
export function findNameChunks(text: Text): NameChunk[] {
  const vocabulary = lowerCaseVocabulary(text);
  const chunks: NameChunk[] = [];
  for (const sentence of text.sentences) {
    if (sentence.heading) continue;
    const tokens = sentence.tokens;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (!isNameToken(t)) {
        i++;
        continue;
      }
      let j = i;
      for (;;) {
        const next = tokens[j + 1];
        if (!next) break;
        if (isNameToken(next)) {
          j++;
          continue;
        }
        const current = tokens[j]!;
        // An initial or an abbreviated title: "J. Smith", "Mr. Severin".
        if (next.text === '.' && (/^\p{Lu}$/u.test(current.text) || HONORIFICS.has(current.lower)) && isNameToken(tokens[j + 2])) {
          j += 1;
          continue;
        }
        const after = tokens[j + 2];
        if (NAME_PARTICLES.has(next.text) && next.kind === 'word') {
          let p = j + 1;
          while (tokens[p] && NAME_PARTICLES.has(tokens[p]!.text) && p - j <= 3) p++;
          if (isNameToken(tokens[p])) {
            j = p;
            continue;
          }
        }
        // "Council of Europe", "Department of the Treasury", "Procter & Gamble".
        if (LOWER_TITLE_WORDS.has(next.text) && next.text !== 'and' && next.text !== 'the') {
          const words = tokens.slice(i, j + 1).map((w) => w.lower);
          const orgLike = words.some((w) => ORG_LEADS.has(w) || ORG_HEADS.has(w)) || next.text === '&';
          const target = after?.text === 'the' ? tokens[j + 3] : after;
          if (orgLike && isNameToken(target) && !MONTHS.has(target!.lower) && !WEEKDAYS.has(target!.lower)) {
            j = tokens.indexOf(target!);
            continue;
          }
        }
        break;
      }
      addChunk(text, tokens.slice(i, j + 1), vocabulary, chunks);
      i = j + 1;
    }
  }
  return chunks;
}

function addChunk(text: Text, run: Token[], vocabulary: Set<string>, out: NameChunk[]): void {
  let first = 0;
  let last = run.length - 1;
  const sentenceStart = text.sentences[run[0]!.sentence]!.tokens[0]!;
  const opensSentence = (t: Token) => {
    const prev = text.tokens[t.index - 1];
    return t === sentenceStart || (prev !== undefined && prev.sentence === t.sentence && (prev.kind === 'quote' || prev.text === ':'));
  };
  // A capitalized common word opening a sentence ("Relations between…", "The report").
  while (first <= last) {
    const t = run[first]!;
    if (t.lower === 'the' || (opensSentence(t) && (COMMON_CAPITALIZED.has(t.lower) || GROUP_NOUNS.has(t.lower) || vocabulary.has(t.lower)))) first++;
    else break;
  }
  // "Opposition leader Marek Hollis": a capitalized modifier opening the sentence.
  const following = text.tokens[run[last]!.index + 1];
  if (first === last && opensSentence(run[first]!) && following && following.sentence === run[first]!.sentence && /^\p{Ll}/u.test(following.text) && (PERSON_ROLES.has(following.lower) || ORG_DESCRIPTORS.has(following.lower)) && !GOVERNMENT_SEATS.has(run[first]!.lower) && !isAcronym(run[first]!.text)) return;
  // Dates: "December 26", "Monday".
  while (first <= last && (MONTHS.has(run[first]!.lower) || WEEKDAYS.has(run[first]!.lower))) first++;
  while (last >= first && (MONTHS.has(run[last]!.lower) || WEEKDAYS.has(run[last]!.lower))) last--;
  if (first > last) return;
  // Titles before a personal name: "President Vladimir Putin", "Russian Foreign Minister Sergei Lavrov".
  let roleStart = -1;
  let k = first;
  while (k < last && (HONORIFICS.has(run[k]!.lower) || PERSON_ROLES.has(run[k]!.lower) || run[k]!.text === '.' || (k === first && NATIONALITIES.has(run[k]!.lower)))) k++;
  if (k > first && k <= last) {
    const rest = run.slice(k, last + 1).map((t) => t.lower);
    const titleWords = run.slice(first, k).map((t) => t.lower);
    if (!orgKindOfWords(rest) && titleWords.some((w) => HONORIFICS.has(w) || PERSON_ROLES.has(w))) {
      // "Mr." is no role; "Finance Minister" is.
      if (!titleWords.every((w) => /^(mr|mrs|ms|miss|mx|dr|sir|dame|\.)$/.test(w))) roleStart = first;
      first = k;
    }
  }
  if (first > last) return;
  const head = run[first]!;
  const tail = run[last]!;
  const before = text.tokens[head.index - 1];
  const after = text.tokens[tail.index + 1];
  const sameSentence = (t: Token | undefined) => t !== undefined && t.sentence === head.sentence;
  // "Kestrian gas magnate", "Valdorian banks": a nationality adjective, not a name.
  if (first === last && /(?:ian|ean|ese|ish|ic|an|i)$/.test(head.text) && sameSentence(after) && after!.kind === 'word' && /^\p{Ll}/u.test(after!.text) && !/^(and|or|of|said|says|has|have|had|was|is|will|would|in|on|for)$/.test(after!.lower)) return;
  // Dateline: "VELMORA, Valdoria (Northbridge Wire) —".
  let capsEnd = sentenceStart.index;
  while (/^[\p{Lu}.'-]{2,}$/u.test(text.tokens[capsEnd]?.text ?? '') && capsEnd - sentenceStart.index < 4) capsEnd++;
  const dateline = capsEnd > sentenceStart.index && text.tokens[capsEnd]?.text === ',';
  if (dateline && (head.index < capsEnd || (before?.text === ',' && before.index === capsEnd))) return;
  const chunk: NameChunk = {
    first: head.index,
    last: tail.index,
    start: head.start,
    end: tail.end,
    name: text.norm.slice(head.start, tail.end),
    type: 'unknown',
    evidence: 0,
    sentence: head.sentence,
  };
  if (roleStart >= 0) chunk.roleBefore = [run[roleStart]!.index, run[first - 1]!.index];
  if (roleStart >= 0 && run[first - 1]!.text === '.') chunk.roleBefore = undefined;
  else {
    // "Chechen leader Ramzan Kadyrov", "lawyer Jane Doe": a lower-case role noun just before.
    const prev = text.tokens[head.index - 1];
    if (prev && prev.sentence === head.sentence && PERSON_ROLES.has(prev.lower) && /^\p{Ll}/u.test(prev.text)) {
      let from = prev.index;
      while (from > 0) {
        const p = text.tokens[from - 1]!;
        if (p.sentence !== head.sentence) break;
        if (p.kind === 'word' && (p.capitalized || /^\p{Ll}/u.test(p.text)) && !['the', 'a', 'an', 'and', 'of', 'by', 'to', 'with', 'from', 'said', 'says'].includes(p.lower) && from > prev.index - 3) from--;
        else break;
      }
      chunk.roleBefore = [from, prev.index];
    }
  }
  classify(text, chunk);
  if (before?.text === '(' && after?.text === ')' && text.tokens[tail.index + 2]?.kind === 'dash') {
    Object.assign(chunk, { type: 'organization', orgKind: 'MEDIA', evidence: 2 });
  }
  // "Valdoria's Finance Ministry": the country possessive belongs to the institution's name.
  if (chunk.type === 'organization' && before?.kind === 'possessive' && sameSentence(before)) {
    const owner = out.at(-1);
    if (owner && owner.last === before.index - 1 && owner.first === owner.last) {
      out.pop();
      chunk.first = owner.first;
      chunk.start = owner.start;
      chunk.name = text.norm.slice(owner.start, chunk.end);
    }
  }
  // "Lumen Pay, a subsidiary of …": an organization descriptor in apposition.
  if (chunk.type === 'unknown' || (chunk.type === 'person' && chunk.evidence === 0)) {
    if (after?.text === ',' && sameSentence(after)) {
      const words = text.tokens.slice(after.index + 1, after.index + 6);
      if (/^(a|an|the|its)$/.test(words[0]?.lower ?? '')) {
        const noun = words.slice(1).find((w) => /^\p{Ll}/u.test(w.text) && ORG_DESCRIPTORS.has(w.lower));
        const stop = words.slice(1).findIndex((w) => w.text === ',' || w.lower === 'of' || w.lower === 'who');
        if (noun && (stop < 0 || words.indexOf(noun) <= stop + 1)) Object.assign(chunk, { type: 'organization', orgKind: ORG_DESCRIPTORS.get(noun.lower), evidence: 1 });
      }
    }
  }
  // An organization descriptor right before ("newspaper Novaya Gazeta", "networks Facebook and Instagram").
  if (chunk.type === 'unknown' || (chunk.type === 'person' && chunk.evidence === 0)) {
    const descriptor = descriptorBefore(text, head.index);
    if (descriptor) Object.assign(chunk, { type: 'organization', orgKind: descriptor, evidence: 1 });
  }
  out.push(chunk);
}

/** "social media networks Facebook and Instagram": the descriptor's kind for each listed name. */
function descriptorBefore(text: Text, index: number): OrgKind | undefined {
  let i = index - 1;
  // Skip back over a coordination of names: "networks Facebook, Twitter and Instagram".
  while (i >= 0) {
    const t = text.tokens[i]!;
    if (t.text === ',' || t.lower === 'and' || isNameToken(t)) i--;
    else break;
    if (i < index - 8) return undefined;
  }
  const t = text.tokens[i];
  if (!t || t.sentence !== text.tokens[index]!.sentence || !/^\p{Ll}/u.test(t.text)) return undefined;
  return ORG_DESCRIPTORS.get(t.lower);
}
