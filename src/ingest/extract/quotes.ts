// Statements: quotation marks paired into quotes, reporting verbs found outside them,
// the subject of each verb resolved to a speaker (a name, a description, a pronoun, a
// relative pronoun's antecedent, an unnamed group) and the quoted or reported words cut
// out as the content.
import { resolvePronoun, type EntityRegistry, type Entity } from './coreference.ts';
import {
  GROUP_NOUNS,
  NOMINAL_REPORTING,
  PERSON_ROLES,
  PRONOUNS_ORG,
  PRONOUNS_PERSON,
  REPORTING_VERBS,
  SPEECH_NOUNS,
} from './lexicon.ts';
import { inQuote, type Quote, type Sentence, type Text, type Token } from './text.ts';

export interface SpeakerRef {
  entity: number;
  start: number;
  end: number;
}

export interface StatementDraft {
  speaker: SpeakerRef;
  verb: string;
  kind: 'DIRECT' | 'INDIRECT';
  content: [number, number];
  sentences: [number, number];
  /** Token index of the verb, for dates and ordering. */
  verbToken: number;
  /** In "a firm that it said had used …", the entity the relative clause is about. */
  antecedent?: number;
}

const AUXILIARIES = new Set([
  'has', 'have', 'had', 'will', 'would', 'also', 'later', 'previously', 'again', 'repeatedly', 'then', 'not',
  'did', 'does', 'do', 'could', 'may', 'might', 'should', 'must', 'can', 'reportedly', 'publicly', 'recently',
  'earlier', 'once', 'already', 'since', 'still', 'never', 'always', 'often', 'first', 'been', 'is', 'was',
]);

const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'after', 'before', 'because', 'when', 'while', 'if', 'as', 'but', 'since',
  'although', 'though', 'where', 'what', 'until', 'so', 'than', 'or', 'nor', 'to', 'by', 'in', 'on', 'at', 'for',
  'from', 'with', 'about', 'over', 'under', 'into', 'of', 'said', 'says', 'say', 'told', 'is', 'was', 'are',
  'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'also', 'not', 'then',
]);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'several', 'other', 'both']);

const PAST: Record<string, string> = {
  say: 'said', tell: 'told', write: 'wrote', find: 'found', think: 'thought', hold: 'held', make: 'made', rule: 'ruled',
};

export function pastTense(lemma: string): string {
  if (PAST[lemma]) return PAST[lemma];
  if (lemma === 'point out') return 'pointed out';
  if (/e$/.test(lemma)) return lemma + 'd';
  if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + 'ied';
  if (/^(admit|regret|commit|submit|quip|plan|stop)$/.test(lemma)) return lemma + lemma.slice(-1) + 'ed';
  return lemma + 'ed';
}

export interface Context {
  text: Text;
  registry: EntityRegistry;
  quotes: Quote[];
  /** Unnamed group entities by label, shared across statements. */
  groups: Map<string, Entity>;
}

export function makeContext(text: Text, registry: EntityRegistry, quotes: Quote[]): Context {
  return { text, registry, quotes, groups: new Map() };
}

export function findStatements(ctx: Context): StatementDraft[] {
  const { text } = ctx;
  const statements: StatementDraft[] = [];
  for (const sentence of text.sentences) {
    if (sentence.heading) continue;
    // Reported content already claimed in this sentence: verbs inside it report nothing new.
    const claimed: [number, number][] = [];
    let previous: SpeakerRef[] = [];
    for (const verb of sentence.tokens) {
      const lemma = reportingLemma(text, sentence, verb);
      if (!lemma) continue;
      if (inQuote(ctx.quotes, verb.start)) continue;
      if (claimed.some(([s, e]) => s <= verb.start && verb.start < e)) continue;
      const found = statementsAt(ctx, sentence, verb, lemma, previous);
      if (found.length > 0) previous = [...new Map(found.map((s) => [s.speaker.start, s.speaker])).values()];
      for (const s of found) {
        statements.push(s);
        claimed.push([Math.min(s.content[0], verb.start), s.content[1]]);
      }
    }
  }
  return dedupe(statements);
}

function dedupe(statements: StatementDraft[]): StatementDraft[] {
  const seen = new Set<string>();
  return statements.filter((s) => {
    const key = `${s.speaker.entity}:${s.content[0]}:${s.content[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The lemma of a reporting verb used as a verb here, or undefined. */
function reportingLemma(text: Text, sentence: Sentence, t: Token): string | undefined {
  if (t.kind !== 'word') return undefined;
  let lemma = REPORTING_VERBS.get(t.lower);
  const prev = text.tokens[t.index - 1];
  const next = text.tokens[t.index + 1];
  // "was the first to document evidence that ..."
  if (!lemma && t.lower === 'document' && next?.lower === 'evidence') lemma = 'document';
  if (!lemma && /^(demand|demanded|demands)$/.test(t.lower)) lemma = 'demand';
  if (!lemma) return undefined;
  if (prev && prev.sentence === sentence.index) {
    // A noun ("the report", "a call") or a passive ("was reported", "been denied").
    if (DETERMINERS.has(prev.lower) && prev.lower !== 'that') return undefined;
    if (/^(was|were|is|are|be|been|being|get|got)$/.test(prev.lower) && /ed$|en$/.test(t.lower)) return undefined;
    if (prev.lower === 'to' && lemma !== 'document') return undefined;
  }
  if (next && /^(to|by)$/.test(next.lower) && /ed$/.test(t.lower) && lemma !== 'call' && !(lemma === 'say' || lemma === 'tell')) {
    // "alleged to be", "reported by": a participle, not the speaker's verb.
    return undefined;
  }
  if (t.lower.endsWith('ing') && !(prev && /^(by|while|after|before|,)$/.test(prev.lower))) return undefined;
  if (lemma === 'call' && !(next && !/^(for|on|off|up)$/.test(next.lower))) return undefined;
  if (lemma === 'find' && next?.lower !== 'that') return undefined;
  return lemma;
}

function statementsAt(ctx: Context, sentence: Sentence, verb: Token, lemma: string, previous: SpeakerRef[]): StatementDraft[] {
  const { text } = ctx;
  const speakers = coordinatedSubject(ctx, sentence, verb, previous) ?? speakerOf(ctx, sentence, verb);
  if (speakers.length === 0) return [];
  const contents = contentOf(ctx, sentence, verb, lemma, speakers);
  const antecedent = relativeAntecedent(ctx, tokenAt(text, Math.min(...speakers.map((s) => s.start))));
  const out: StatementDraft[] = [];
  for (const content of contents) {
    const first = Math.min(content.range[0], ...speakers.map((s) => s.start), verb.start);
    const last = Math.max(content.range[1], verb.end);
    const s1 = sentenceOf(text, first);
    const s2 = sentenceOf(text, last - 1);
    for (const speaker of speakers) {
      out.push({
        speaker,
        verb: pastTense(lemma),
        kind: content.kind,
        content: content.range,
        sentences: [s1.start, s2.end],
        verbToken: verb.index,
        ...(antecedent !== undefined ? { antecedent } : {}),
      });
    }
  }
  return out;
}

/**
 * "Brightwave Media, a marketing firm that it said had used …": the entity a relative
 * clause opening just before the token at `index` attaches to.
 */
function relativeAntecedent(ctx: Context, index: number): number | undefined {
  const tokens = ctx.text.tokens;
  const relative = tokens[index - 1];
  if (!relative || !/^(that|which|who|whom)$/.test(relative.lower)) return undefined;
  let k = index - 2;
  const direct = ctx.registry.mentions.find((m) => m.last === k);
  if (direct) return direct.entity;
  // Back over an appositive ("…, a marketing firm that") to the name it describes.
  while (k >= 0 && tokens[k]!.sentence === relative.sentence && tokens[k]!.kind === 'word' && /^\p{Ll}/u.test(tokens[k]!.text) && index - k < 6) k--;
  if (tokens[k]?.text !== ',') return undefined;
  return ctx.registry.mentions.find((m) => m.last === k - 1)?.entity;
}

function sentenceOf(text: Text, offset: number): Sentence {
  return text.sentences.find((s) => s.start <= offset && offset < s.end) ?? text.sentences.find((s) => s.start >= offset) ?? text.sentences.at(-1)!;
}

interface Content {
  range: [number, number];
  kind: 'DIRECT' | 'INDIRECT';
}

/** Inner text of a quote, minus a comma or full stop just before the closing mark. */
function quoteContent(text: Text, q: Quote): [number, number] {
  let start = q.open + 1;
  let end = q.close;
  while (start < end && /\s/.test(text.norm[start]!)) start++;
  while (end > start && /[\s,.]/.test(text.norm[end - 1]!)) end--;
  return [start, end];
}

function contentOf(ctx: Context, sentence: Sentence, verb: Token, lemma: string, speakers: SpeakerRef[]): Content[] {
  const { text, quotes } = ctx;
  const speakerStart = Math.min(...speakers.map((s) => s.start));
  const speakerEnd = Math.max(...speakers.map((s) => s.end));
  const attributionStart = Math.min(speakerStart, verb.start);
  const attributionEnd = Math.max(speakerEnd, verb.end);

  // A quote right before the attribution: "…," the ministry said.
  const before = quotes.filter(
    (q) => q.closed && q.close >= sentence.start && q.close < attributionStart && onlyPunctuationBetween(text, q.close + 1, attributionStart),
  );
  // A quote right after it: X said: "…"  /  "…," X said, "…"
  const after = quotes.filter((q) => q.open > attributionEnd && betweenIsLinking(text, attributionEnd, q.open));
  if (before.length > 0 || after.length > 0) {
    return [...before, ...after].map((q) => ({ range: quoteContent(text, q), kind: 'DIRECT' as const }));
  }

  // Reported clause after the verb.
  let i = verb.index + 1;
  const end = sentenceEndForContent(text, sentence);
  const tokens = text.tokens;
  const skipWhile = () => {
    // "told reporters", "said in a statement", "said on Monday"
    let progressed = true;
    while (progressed && i < tokens.length && tokens[i]!.start < end) {
      progressed = false;
      const t = tokens[i]!;
      if (t.lower === 'that' || t.text === ':' || t.text === ',') {
        i++;
        progressed = true;
      } else if (lemma === 'tell' && i === verb.index + 1) {
        i = skipPhrase(text, i, end);
        progressed = true;
      } else if (/^(in|on|at|during|to|via|late|early|last|this|on)$/.test(t.lower) && phraseIsCircumstance(text, i, end)) {
        i = skipPhrase(text, i + 1, end);
        progressed = true;
      } else if (t.lower === 'evidence' && tokens[i + 1]?.lower === 'that') {
        i += 2;
        progressed = true;
      }
    }
  };
  skipWhile();
  if (i >= tokens.length || tokens[i]!.start >= end) return [];
  let start = tokens[i]!.start;

  // "what X said was Y": the content is Y.
  const whatBefore = tokens[speakers.length ? tokenAt(text, speakerStart) - 1 : -1];
  if (whatBefore?.lower === 'what') {
    const copula = tokens[i];
    if (copula && /^(was|is|were|are|had been|has been)$/.test(copula.lower)) {
      i++;
      if (i < tokens.length) start = tokens[i]!.start;
    }
    const clauseEnd = clauseEndAfter(text, i, end);
    const q = quotes.find((qq) => qq.open >= start && qq.close <= clauseEnd && tokenAt(text, qq.open) <= i + 2);
    if (q) return [{ range: quoteContent(text, q), kind: 'DIRECT' }];
    return [{ range: trimRange(text, start, clauseEnd), kind: 'INDIRECT' }];
  }

  // The content opens with a quote that fills it: X said "…".
  const opening = quotes.find((q) => q.open === start);
  if (opening && onlyPunctuationBetween(text, opening.close + 1, end)) {
    return [{ range: quoteContent(text, opening), kind: 'DIRECT' }];
  }

  // "called the issue a "vile sabotage cyberattack"": a quoted label is the content.
  if (lemma === 'call' || lemma === 'describe' || lemma === 'brand' || lemma === 'label') {
    const q = quotes.find((qq) => qq.open > verb.start && qq.close <= end && tokenAt(text, qq.open) - verb.index <= 6);
    if (q) return [{ range: quoteContent(text, q), kind: 'DIRECT' }];
    if (lemma !== 'call') return [{ range: trimRange(text, start, end), kind: 'INDIRECT' }];
    return [];
  }

  // "… lasted until April and that "it was ordered …"": a second clause of the same speaker.
  const results: Content[] = [];
  let clauseStart = start;
  for (let k = i; k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    const nextLemma = tokens[k + 1] ? REPORTING_VERBS.get(tokens[k + 1]!.lower) : undefined;
    const afterNext = tokens[k + 2];
    const secondReport =
      nextLemma !== undefined &&
      /(ed|said|told|wrote)$/.test(tokens[k + 1]!.lower) &&
      (/^(accuse|say|tell|add|warn|insist|argue|claim|vow|urge|call|describe|blame)$/.test(nextLemma) || afterNext?.lower === 'that' || afterNext?.kind === 'quote');
    if ((t.lower === 'and' || t.text === ',') && secondReport && !inQuote(quotes, t.start)) {
      results.push({ range: trimRange(text, clauseStart, t.start), kind: 'INDIRECT' });
      return results.filter((r) => r.range[1] > r.range[0]);
    }
    if (t.text === ',' && tokens[k + 1]?.lower === 'adding' && !inQuote(quotes, t.start)) {
      results.push({ range: trimRange(text, clauseStart, t.start), kind: 'INDIRECT' });
      return results.filter((r) => r.range[1] > r.range[0]);
    }
    if (t.lower === 'and' && tokens[k + 1]?.lower === 'that' && !inQuote(quotes, t.start)) {
      results.push({ range: trimRange(text, clauseStart, t.start), kind: 'INDIRECT' });
      let next = k + 2;
      const q = quotes.find((qq) => qq.open === tokens[next]?.start);
      if (q && onlyPunctuationBetween(text, q.close + 1, end)) {
        results.push({ range: quoteContent(text, q), kind: 'DIRECT' });
        return results;
      }
      clauseStart = tokens[next]?.start ?? end;
      k = next - 1;
    }
  }
  const range = trimRange(text, clauseStart, end);
  if (range[1] > range[0]) results.push({ range, kind: 'INDIRECT' });
  if (results.length === 1 && NOMINAL_REPORTING.has(lemma) === false && tokenCount(text, range) < 2) return [];
  return results;
}

function tokenCount(text: Text, [s, e]: [number, number]): number {
  return text.tokens.filter((t) => t.start >= s && t.end <= e).length;
}

function tokenAt(text: Text, offset: number): number {
  const t = text.tokens.find((tt) => tt.start >= offset);
  return t ? t.index : text.tokens.length;
}

/** End of the reported clause: the sentence end, or where the attribution resumes. */
function sentenceEndForContent(text: Text, sentence: Sentence): number {
  let end = sentence.end;
  while (end > sentence.start && /[.!?\s]/.test(text.norm[end - 1]!) && !/["']/.test(text.norm[end - 1]!)) end--;
  // "…," X said: do not include a trailing attribution here; callers handle quotes.
  return end;
}

function clauseEndAfter(text: Text, i: number, end: number): number {
  for (let k = i; k < text.tokens.length && text.tokens[k]!.start < end; k++) {
    const t = text.tokens[k]!;
    if (t.text === ';') return t.start;
  }
  return end;
}

function trimRange(text: Text, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text.norm[start]!)) start++;
  while (end > start && /[\s,;:.\u2014-]/.test(text.norm[end - 1]!)) end--;
  return [start, end];
}

function onlyPunctuationBetween(text: Text, from: number, to: number): boolean {
  return /^[\s,.:;!?\u2014-]*$/.test(text.norm.slice(from, to));
}

function betweenIsLinking(text: Text, from: number, to: number): boolean {
  const between = text.norm.slice(from, to);
  return /^[\s,:]*$/.test(between) || /^\s*(?:,|:)?\s*(?:in|on|at|during|to)\b[^"]{0,40}?[,:]?\s*$/.test(between);
}

function phraseIsCircumstance(text: Text, i: number, end: number): boolean {
  // "in a statement", "on Monday", "to reporters", "at a news conference", "last week"
  for (let k = i + 1; k < Math.min(i + 7, text.tokens.length) && text.tokens[k]!.start < end; k++) {
    const t = text.tokens[k]!;
    if (SPEECH_NOUNS.has(t.lower) || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|reporters|journalists|interview|conference|briefing|statement|television|radio|parliament)$/.test(t.lower)) {
      const n = text.tokens[k + 1];
      return !n || n.text === ',' || n.lower === 'that' || n.text === ':' || n.kind === 'quote' || n.start >= end || /^\p{Ll}/u.test(n.text);
    }
  }
  return false;
}

function skipPhrase(text: Text, i: number, end: number): number {
  let k = i;
  while (k < text.tokens.length && text.tokens[k]!.start < end) {
    const t = text.tokens[k]!;
    if (t.text === ',' || t.lower === 'that' || t.text === ':' || t.kind === 'quote') break;
    if (SPEECH_NOUNS.has(t.lower) || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|reporters|journalists|interview|conference|briefing|statement|television|radio|parliament)$/.test(t.lower)) {
      k++;
      break;
    }
    k++;
    if (k - i > 6) return i;
  }
  return k;
}

// ——— speakers ———

/** Speakers of a reporting verb: its subject, split at "and" into one speaker per entity. */
export function speakerOf(ctx: Context, sentence: Sentence, verb: Token): SpeakerRef[] {
  const { text } = ctx;
  const tokens = text.tokens;
  const first = sentence.tokens[0]!.index;
  const prev = tokens[verb.index - 1];

  // Participles: "…, by saying he …": the subject of the clause.
  if (verb.lower.endsWith('ing')) return clauseSubject(ctx, sentence, verb.index);

  // Inverted: "…," said the minister.
  const next = tokens[verb.index + 1];
  if (prev && (prev.text === ',' || prev.kind === 'quote') && next && next.sentence === sentence.index) {
    const np = nounPhraseAfter(text, verb.index + 1, sentence);
    // The phrase ends the clause ("…," said Ivo Castellane, an analyst): not the subject of
    // a reported clause ("…, said he was abroad").
    const after = np ? tokens[np[1] + 1] : undefined;
    const endsClause = !after || after.sentence !== sentence.index || /^[,.;:!?]$/.test(after.text) || after.kind === 'quote' || after.kind === 'dash' || /^(in|on|at|during|after|as|when|via|while|before)$/.test(after.lower);
    if (np && endsClause) {
      const refs = interpret(ctx, np[0], np[1]);
      if (refs.length > 0) return refs;
    }
  }

  let k = verb.index - 1;
  for (;;) {
    while (k >= first && AUXILIARIES.has(tokens[k]!.lower)) k--;
    // "The ministry on Tuesday imposed": a time adverbial between subject and verb.
    if (k - 1 >= first && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)$/.test(tokens[k]!.lower) && /^(on|last|this|next)$/.test(tokens[k - 1]!.lower)) k -= 2;
    else break;
  }
  // "was the first to document": look through "was the first to".
  if (tokens[k]?.lower === 'to' && tokens[k - 1]?.lower === 'first') {
    k -= 2;
    while (k >= first && /^(the|was|were|is|are)$/.test(tokens[k]!.lower)) k--;
  }
  if (k < first) return [];
  if (tokens[k]!.text === ',') {
    // "Her lawyer, Daniel Okonkwo-Feld, said": the name alone; "Severin, 58, denied": the name before.
    let c = k - 1;
    while (c > first && tokens[c]!.text !== ',') c--;
    if (tokens[c]?.text !== ',') return [];
    const inside = ctx.registry.mentions.filter((m) => m.first > c && m.last < k && ctx.registry.entities[m.entity]!.type !== 'unnamed');
    if (inside.length > 0 && ctx.registry.entities[inside[0]!.entity]!.type === 'person') {
      const m = inside[0]!;
      return [{ entity: m.entity, start: m.start, end: m.end }];
    }
    const m = ctx.registry.mentions.find((mm) => mm.last === c - 1);
    if (m) {
      let start = m.start;
      while (start > 0 && first <= m.first - 1 && inNounPhrase(tokens[m.first - 1]!) && tokens[m.first - 1]!.capitalized) break;
      return [{ entity: m.entity, start, end: m.end }];
    }
    return [];
  }
  const end = k;
  let start = end;
  const inPhrase = (index: number) => inNounPhrase(tokens[index]!) || ctx.registry.mentionAtToken(index) !== undefined;
  while (start - 1 >= first && inPhrase(start - 1)) start--;
  if (!inPhrase(end)) return [];
  // ", and relatives and rights activists said": the conjunction joins clauses, not names.
  while (start < end && /^(and|but|or|nor|then|so)$/.test(tokens[start]!.lower)) start++;
  // "Human Rights Watch, which said": the antecedent.
  if (start === end && /^(which|who)$/.test(tokens[end]!.lower)) {
    const comma = tokens[end - 1];
    if (comma?.text === ',') {
      const m = ctx.registry.mentions.find((mm) => mm.last === end - 2);
      if (m) return [{ entity: m.entity, start: m.start, end: m.end }];
    }
    return [];
  }
  // "Dzhambulat Umarov, Chechnya's press and information minister has called": the
  // subject is the name before the appositive.
  const comma = tokens[start - 1];
  if (comma?.text === ',' && isRolePhrase(text, start, end)) {
    const m = ctx.registry.mentions.find((mm) => mm.last === start - 2);
    if (m && ctx.registry.entities[m.entity]!.type === 'person') return [{ entity: m.entity, start: m.start, end: m.end }];
  }
  return interpret(ctx, start, end);
}

function isRolePhrase(text: Text, start: number, end: number): boolean {
  for (let k = start; k <= end; k++) if (PERSON_ROLES.has(text.tokens[k]!.lower)) return true;
  return false;
}

function inNounPhrase(t: Token): boolean {
  if (t.kind === 'possessive' || t.kind === 'acronym') return true;
  if (t.kind === 'punct') return t.text === '/' || t.text === '.' || t.text === '&';
  if (t.kind !== 'word' && t.kind !== 'number') return false;
  if (CLAUSE_WORDS.has(t.lower) && t.lower !== 'that') return t.lower === 'which' || t.lower === 'who' ? true : false;
  if (t.lower === 'that') return false;
  return true;
}

export function nounPhraseAfter(text: Text, i: number, sentence: Sentence): [number, number] | undefined {
  const last = sentence.tokens.at(-1)!.index;
  let k = i;
  while (k <= last && inNounPhrase(text.tokens[k]!) && !/^(in|on|at|during|adding|according)$/.test(text.tokens[k]!.lower)) k++;
  return k > i ? [i, k - 1] : undefined;
}

/** Whom a noun phrase (tokens start..end) names: entities, one per coordinated part. */
export function interpret(ctx: Context, start: number, end: number): SpeakerRef[] {
  const { text, registry } = ctx;
  const tokens = text.tokens;
  // Split at "and" when both sides name something.
  const parts: [number, number][] = [];
  let s = start;
  for (let k = start; k <= end; k++) {
    if (tokens[k]!.lower === 'and' && k > s && k < end) {
      parts.push([s, k - 1]);
      s = k + 1;
    }
  }
  parts.push([s, end]);
  if (parts.length > 1) {
    const refs = parts.map(([a, b]) => interpretOne(ctx, a, b, false));
    if (refs.every((r) => r !== undefined)) return refs as SpeakerRef[];
    const whole = interpretOne(ctx, start, end, true);
    return whole ? [whole] : [];
  }
  const one = interpretOne(ctx, start, end, true);
  void registry;
  return one ? [one] : [];
}

function interpretOne(ctx: Context, start: number, end: number, allowGroup: boolean): SpeakerRef | undefined {
  const { text, registry } = ctx;
  const tokens = text.tokens;
  const first = tokens[start]!;
  const last = tokens[end]!;
  // Drop a leading clause remnant the noun phrase walk may have picked up.
  const spanStart = first.start;
  const spanEnd = last.end;
  if (start === end && PRONOUNS_PERSON.has(first.lower)) {
    const e = resolvePronoun(ctx, first.start, 'person', first.lower);
    return e ? { entity: e.id, start: spanStart, end: spanEnd } : undefined;
  }
  if (start === end && PRONOUNS_ORG.has(first.lower)) {
    const e = resolvePronoun(ctx, first.start, 'organization', first.lower);
    return e ? { entity: e.id, start: spanStart, end: spanEnd } : undefined;
  }
  // A name or description inside the phrase: the possessor when there is one
  // ("the watchdog's press service"), else the head ("A Council of Europe investigation").
  const mentions = registry.mentions.filter((m) => m.start >= spanStart && m.end <= spanEnd);
  if (mentions.length > 0) {
    const head = mentions.at(-1)!;
    const trailing = tokens.slice(head.last + 1, end + 1);
    const group = trailing.some((t) => GROUP_NOUNS.has(t.lower));
    if (!group || !allowGroup) return { entity: head.entity, start: spanStart, end: spanEnd };
  }
  if (!allowGroup) return undefined;
  // "Human rights groups", "U.S. intelligence agencies": an unnamed group.
  if (GROUP_NOUNS.has(last.lower)) {
    let from = start;
    while (from < end && DETERMINERS.has(tokens[from]!.lower)) from++;
    const label = text.body.slice(tokens[from]!.start, spanEnd);
    const key = label.toLowerCase();
    let entity = ctx.groups.get(key);
    if (!entity) {
      entity = registry.add('unnamed', label);
      ctx.groups.set(key, entity);
    }
    return { entity: entity.id, start: tokens[from]!.start, end: spanEnd };
  }
  return undefined;
}

/** The last person (or organization) mentioned before the offset, outside quotes. */
/**
 * "… and said he would appeal", "summoned the ambassador and warned that": a verb
 * coordinated with an earlier one shares its subject.
 */
export function coordinatedSubject(ctx: Context, sentence: Sentence, verb: Token, previous: SpeakerRef[]): SpeakerRef[] | undefined {
  const tokens = ctx.text.tokens;
  let k = verb.index - 1;
  while (k > sentence.tokens[0]!.index && AUXILIARIES.has(tokens[k]!.lower)) k--;
  if (tokens[k]?.lower === 'to') {
    // "agreed on Thursday to impose": the subject of the clause.
  } else if (tokens[k]?.lower !== 'and' && tokens[k]?.lower !== 'but') return undefined;
  else if (previous.length > 0) return previous;
  // The subject of the sentence: the first name or pronoun not governed by a preposition.
  const first = sentence.tokens[0]!.index;
  for (let i = first; i < k; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev && i > first && /^(by|of|to|from|in|on|with|under|after|for|at|about|against)$/.test(prev.lower)) continue;
    if (/^(he|she)$/.test(t.lower)) {
      const e = resolvePronoun(ctx, t.start, 'person', t.lower);
      return e ? [{ entity: e.id, start: t.start, end: t.end }] : undefined;
    }
    const m = ctx.registry.mentions.find((mm) => mm.first === i);
    if (m) {
      let start = m.start;
      if (prev?.lower === 'the' && prev.index >= first) start = prev.start;
      return [{ entity: m.entity, start, end: m.end }];
    }
    if (t.text === ',') return undefined;
  }
  return undefined;
}

/** Subject of the clause holding a participle: the nearest name or pronoun not after a preposition. */
function clauseSubject(ctx: Context, sentence: Sentence, index: number): SpeakerRef[] {
  const { text, registry } = ctx;
  const first = sentence.tokens[0]!.index;
  for (let k = index - 1; k >= first; k--) {
    const t = text.tokens[k]!;
    // Skip a parenthetical between dashes: "the Magnitsky Act -- a 2012 law … --".
    if (t.kind === 'dash') {
      let d = k - 1;
      while (d >= first && text.tokens[d]!.kind !== 'dash') d--;
      if (d >= first) k = d;
      continue;
    }
    const prev = text.tokens[k - 1];
    if (prev && /^(by|of|to|from|in|on|with|under|after|for|at|about|against)$/.test(prev.lower)) continue;
    if (PRONOUNS_PERSON.has(t.lower) && /^(he|she)$/.test(t.lower)) {
      const e = resolvePronoun(ctx, t.start, 'person', t.lower);
      if (e) return [{ entity: e.id, start: t.start, end: t.end }];
    }
    const m = registry.mentions.find((mm) => mm.last === k);
    if (m && !(prev && prev.lower === 'the' && registry.entities[m.entity]!.type !== 'organization')) {
      return [{ entity: m.entity, start: m.start, end: m.end }];
    }
  }
  return [];
}
