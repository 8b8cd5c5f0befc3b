// Statements: quotation marks paired into quotes, reporting verbs found outside them,
// the subject of each verb resolved to a speaker (a name, a description, a pronoun, a
// relative pronoun's antecedent, an unnamed group) and the quoted or reported words cut
// out as the content.
import { resolveDescription, resolvePronoun, stateOf, type EntityRegistry, type Entity } from './coreference.ts';
import type { Places } from './places.ts';
import { looksLikeVerb } from './names.ts';
import {
  GROUP_NOUNS,
  HONORIFICS,
  NATIONALITIES,
  NOMINAL_REPORTING,
  ORG_DESCRIPTORS,
  WEAK_REPORTING,
  PERSON_ROLES,
  PLACE_ACRONYMS,
  PRONOUNS_ORG,
  PRONOUNS_PERSON,
  REPORTING_VERBS,
  SPEECH_NOUNS,
} from './lexicon.ts';
import { dateline, inQuote, type Quote, type Sentence, type Text, type Token } from './text.ts';

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
  places: Places;
  /** Unnamed group entities by label, shared across statements. */
  groups: Map<string, Entity>;
}

export function makeContext(text: Text, registry: EntityRegistry, quotes: Quote[], places: Places): Context {
  return { text, registry, quotes, places, groups: new Map() };
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
    statements.push(...accordingTo(ctx, sentence, statements));
  }
  continueQuotes(ctx, statements);
  return dedupe(statements);
}

/**
 * A quotation that opens the sentence after a quoted statement and fills it, with no
 * attribution of its own, continues that statement: one more statement per speaker, its
 * sentence span running from the attribution's sentence.
 */
function continueQuotes(ctx: Context, statements: StatementDraft[]): void {
  const { text } = ctx;
  for (const q of ctx.quotes) {
    const sentence = text.sentences.find((x) => x.start === q.open);
    if (!sentence) continue;
    // A quote left open at the end of its paragraph goes on in the next one (the convention
    // for quotations over several paragraphs): its part here is a segment of its own.
    const closing = q.closed ? sentenceOf(text, q.close) : sentenceOf(text, q.close - 1);
    if (q.closed && !onlyPunctuationBetween(text, q.close + 1, closing.end)) continue;
    const previous = text.sentences[sentence.index - 1];
    if (!previous) continue;
    // A paragraph that is nothing but a quotation continues the quote ending the one before.
    const following = text.sentences[closing.index + 1];
    const wholeParagraph = previous.paragraph !== sentence.paragraph && (!following || following.paragraph !== closing.paragraph);
    if (previous.paragraph !== sentence.paragraph && !wholeParagraph) continue;
    if (statements.some((st) => st.content[0] > q.open && st.content[1] <= q.close)) continue;
    const prior = statements.filter((st) => st.kind === 'DIRECT' && st.sentences[1] === previous.end);
    const speakers = new Set<number>();
    for (const st of prior) {
      if (speakers.has(st.speaker.entity)) continue;
      speakers.add(st.speaker.entity);
      statements.push({ ...st, content: quoteContent(text, q), sentences: [st.sentences[0], closing.end] });
    }
  }
}

/**
 * "According to X, the suspension will stay …" / "…, according to a statement from X.":
 * X said the rest of the clause. A clause some verb of the sentence already reports keeps
 * its speaker and only loses the trailing credit.
 */
function accordingTo(ctx: Context, sentence: Sentence, statements: StatementDraft[]): StatementDraft[] {
  const { text } = ctx;
  const tokens = text.tokens;
  const at = sentence.tokens.find((t) => t.lower === 'according' && tokens[t.index + 1]?.lower === 'to' && !inQuote(ctx.quotes, t.start));
  if (!at) return [];
  const np = nounPhraseAfter(text, at.index + 2, sentence);
  if (!np) return [];
  let [a, b] = np;
  // "according to a statement from the party": the source of the statement speaks.
  const source = SPEECH_NOUNS.has(tokens[b]!.lower) && /^(from|by|of)$/.test(tokens[b + 1]?.lower ?? '') ? nounPhraseAfter(text, b + 2, sentence) : undefined;
  if (source) [a, b] = source;
  const speakers = interpret(ctx, a, b);
  const opening = at.index === datelineEnd(text, sentence);
  const comma = tokens[b + 1];
  let content: [number, number];
  if (opening && comma?.text === ',') {
    content = trimRange(text, tokens[comma.index + 1]!.start, sentenceEndForContent(text, sentence));
  } else if (tokens[at.index - 1]?.text === ',') {
    const end = tokens[at.index - 1]!.start;
    const reported = statements.filter((s) => s.content[0] >= sentence.start && s.content[0] < end && s.content[1] > end);
    for (const s of reported) s.content = trimRange(text, s.content[0], end);
    if (reported.length > 0 || statements.some((s) => s.content[0] >= sentence.start && s.content[1] <= sentence.end)) return [];
    content = trimRange(text, tokens[datelineEnd(text, sentence)]!.start, end);
  } else return [];
  if (content[1] <= content[0] || speakers.length === 0) return [];
  return speakers.map((speaker) => ({ speaker, verb: 'said', kind: 'INDIRECT' as const, content, sentences: [sentence.start, sentence.end] as [number, number], verbToken: at.index }));
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
  // "the United States have …": a capitalized word inside a sentence is a name.
  if (t.capitalized && t.index !== sentence.tokens[0]!.index && text.tokens[t.index - 1]?.kind !== 'quote') return undefined;
  let lemma = REPORTING_VERBS.get(t.lower);
  const prev = text.tokens[t.index - 1];
  const next = text.tokens[t.index + 1];
  // "was the first to document evidence that ..."
  if (!lemma && t.lower === 'document' && next?.lower === 'evidence') lemma = 'document';
  if (!lemma && /^(demand|demanded|demands)$/.test(t.lower)) lemma = 'demand';
  if (!lemma) return undefined;
  if (prev && prev.sentence === sentence.index) {
    // A noun ("the report", "a call") or a passive ("was reported", "been denied").
    if (DETERMINERS.has(prev.lower) && prev.lower !== 'that' && prev.lower !== 'both') return undefined;
    if (/^(was|were|is|are|be|been|being|get|got)$/.test(prev.lower) && /ed$|en$/.test(t.lower)) return undefined;
    if (prev.lower === 'to' && lemma !== 'document') return undefined;
  }
  // ("vowed to appeal", "pledged to respond": a promise reports its infinitive.)
  if (next && /^(to|by)$/.test(next.lower) && /ed$/.test(t.lower) && lemma !== 'call' && !(lemma === 'say' || lemma === 'tell') && !(next.lower === 'to' && /^(vow|pledge|promise|threaten)$/.test(lemma))) {
    // "alleged to be", "reported by": a participle, not the speaker's verb.
    return undefined;
  }
  // "issued a statement saying …": the participle reports what the statement says.
  const speech = prev !== undefined && SPEECH_NOUNS.has(prev.lower) && /^(saying|stating|warning|accusing|denying|calling|urging|demanding)$/.test(t.lower);
  if (t.lower.endsWith('ing') && !(prev && /^(by|while|after|before|,)$/.test(prev.lower)) && !speech) return undefined;
  if (lemma === 'call' && !(next && !/^(for|on|off|up)$/.test(next.lower))) return undefined;
  // "ruled on September 3 that …": a clause after a short time phrase.
  const thatSoon = text.tokens.slice(t.index + 1, t.index + 6).some((x) => x.lower === 'that') && /^(on|in|last|this)$/.test(next?.lower ?? '');
  if ((lemma === 'find' || lemma === 'rule') && next?.lower !== 'that' && !thatSoon) return undefined;
  // "has not commented", "did not say": no statement.
  for (let k = t.index - 1; k >= 0 && k >= t.index - 3 && text.tokens[k]!.sentence === sentence.index; k--) {
    const w = text.tokens[k]!.lower;
    if (w === 'not' || w === 'never' || w.endsWith("n't")) return undefined;
    if (!AUXILIARIES.has(w)) break;
  }
  return lemma;
}

function statementsAt(ctx: Context, sentence: Sentence, verb: Token, lemma: string, previous: SpeakerRef[]): StatementDraft[] {
  const { text } = ctx;
  // "…," he said, adding that …: the participle shares the statement's speakers.
  const participle = verb.lower.endsWith('ing') && text.tokens[verb.index - 1]?.text === ',' && previous.length > 0;
  const speakers = participle ? previous : (coordinatedSubject(ctx, sentence, verb, previous) ?? speakerOf(ctx, sentence, verb));
  if (speakers.length === 0) return [];
  const contents = contentOf(ctx, sentence, verb, lemma, participle ? [] : speakers);
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
  // Without speakers here (a participle sharing them), the attribution is the verb alone.
  const speakerStart = Math.min(verb.start, ...speakers.map((s) => s.start));
  const speakerEnd = Math.max(verb.end, ...speakers.map((s) => s.end));
  const attributionStart = Math.min(speakerStart, verb.start);
  const attributionEnd = Math.max(speakerEnd, verb.end);

  // A quote right before the attribution: "…," the ministry said; "…," its director, Mya Aye, said.
  // "…, warning that …", "said it "takes note" of the sanctions, warning that": a verb with
  // its own clause does not report the quote before it.
  const ownClause = text.tokens[verb.index + 1]?.lower === 'that';
  const reportsBetween = (from: number, to: number) => text.tokens.some((t) => t.start >= from && t.end <= to && REPORTING_VERBS.has(t.lower));
  const before = quotes.filter(
    (q) =>
      !ownClause &&
      q.closed &&
      !reportsBetween(q.close + 1, attributionStart) &&
      q.close >= sentence.start &&
      q.close < attributionStart &&
      (onlyPunctuationBetween(text, q.close + 1, attributionStart) || /^[\s,]*(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+,\s*$/u.test(text.norm.slice(q.close + 1, attributionStart))),
  );
  // A quote right after it: X said: "…"  /  "…," X said, "…"  /  "…," X told the court, "…"
  const listener = lemma === 'tell' && text.tokens[verb.index + 1] ? skipAudience(ctx, verb.index + 1, sentence.end) : undefined;
  const listenerEnd = listener !== undefined && listener > verb.index + 1 ? (text.tokens[listener - 1]?.end ?? attributionEnd) : attributionEnd;
  const after = quotes.filter(
    (q) => q.open > attributionEnd && (betweenIsLinking(text, attributionEnd, q.open) || (q.open > listenerEnd && betweenIsLinking(text, listenerEnd, q.open))),
  );
  if (before.length > 0 || after.length > 0) {
    return [...before, ...after].map((q) => ({ range: quoteContent(text, q), kind: 'DIRECT' as const }));
  }

  // "X has been banned …, the agency announced on Thursday.": the report before its attribution.
  const postposed = postposedReport(ctx, sentence, verb, attributionStart);
  if (postposed) return [{ range: postposed, kind: 'INDIRECT' }];

  // Reported clause after the verb.
  let i = verb.index + 1;
  let end = sentenceEndForContent(text, sentence);
  // "a trader who the Foreign Office says arranged sales, has been …": inside a relative
  // clause the report ends with the clause.
  const at = tokenAt(text, speakerStart);
  const pronoun = text.tokens.slice(Math.max(0, at - 2), verb.index).find((t) => /^(who|whom|which|that)$/.test(t.lower) && text.tokens[t.index - 1]?.kind === 'word');
  if (speakers.length > 0 && pronoun && pronoun.index < verb.index) {
    const close = text.tokens.slice(verb.index + 1).find((t) => t.start >= end || t.text === ',' || t.kind === 'dash' || t.text === ';');
    if (close && close.start < end && !inQuote(quotes, close.start)) end = close.start;
  }
  const tokens = text.tokens;
  let complementizer = false;
  const skipWhile = () => {
    // "told reporters", "said in a statement", "said on Monday"
    let progressed = true;
    while (progressed && i < tokens.length && tokens[i]!.start < end) {
      progressed = false;
      const t = tokens[i]!;
      if (t.lower === 'that' || t.text === ':' || t.text === ',') {
        if (t.text !== ',') complementizer = true;
        i++;
        progressed = true;
      } else if (/^(however|though|again|also|moreover|further|meanwhile|nevertheless)$/.test(t.lower) && tokens[i - 1]?.text === ',') {
        // "It repeated, however, that …"
        i++;
        progressed = true;
      } else if (lemma === 'tell' && i === verb.index + 1) {
        i = skipAudience(ctx, i, end);
        progressed = true;
      } else if (/^(in|on|at|during|to|via|late|early|last|this|on)$/.test(t.lower) && phraseIsCircumstance(text, i, end)) {
        i = skipPhrase(text, i + 1, end);
        progressed = true;
      } else if (/^(in|at|on|during|from|after|outside|inside|to)$/.test(t.lower)) {
        // "told reporters in Velmora that …": a place or time, then the clause.
        const that = tokens.slice(i + 1, i + 7).find((x) => x.lower === 'that' || x.text === ',' || x.kind === 'quote');
        if (that?.lower === 'that') {
          i = that.index;
          progressed = true;
        }
      } else if (t.lower === 'evidence' && tokens[i + 1]?.lower === 'that') {
        i += 2;
        complementizer = true;
        progressed = true;
      }
    }
  };
  skipWhile();
  if (i >= tokens.length || tokens[i]!.start >= end) return [];
  // "asked about the ruling", "agreed to impose": weak verbs report only a clause.
  if (WEAK_REPORTING.has(lemma) && !complementizer && !quotes.some((q) => q.open === tokens[i]!.start)) return [];
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

  // "welcomed the designations as "a long-overdue step"", "rejected it as 'without
  // foundation'": a quoted label after "as" is the content; welcoming alone says nothing.
  if (LABELLING.has(lemma)) {
    const as = tokens.slice(i, tokens.length).findIndex((x, n) => x.lower === 'as' && n <= 8 && x.start < end);
    const q = as >= 0 ? quotes.find((qq) => qq.open === tokens[i + as + 1]?.start) : undefined;
    if (q) return [{ range: quoteContent(text, q), kind: 'DIRECT' }];
    if (lemma === 'welcome') return [];
  }
  // "called the issue a "vile sabotage cyberattack"": a quoted label is the content.
  if (lemma === 'call' || lemma === 'describe' || lemma === 'brand' || lemma === 'label') {
    const q = quotes.find((qq) => qq.open > verb.start && qq.close <= end && tokenAt(text, qq.open) - verb.index <= 6);
    if (q) return [{ range: quoteContent(text, q), kind: 'DIRECT' }];
    // "whom it described as a senior procurement official, …": what follows "as", to the clause end.
    if (tokens[i]?.lower === 'as' && tokens[i + 1]) {
      const close = tokens.slice(i + 1).find((x) => x.start >= end || x.text === ',' || x.text === ';' || x.kind === 'dash');
      return [{ range: trimRange(text, tokens[i + 1]!.start, close && close.start < end ? close.start : end), kind: 'INDIRECT' }];
    }
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
    if ((t.lower === 'and' || t.lower === 'but' || t.text === ',') && secondReport && !inQuote(quotes, t.start)) {
      results.push({ range: trimRange(text, clauseStart, t.start), kind: 'INDIRECT' });
      return results.filter((r) => r.range[1] > r.range[0]);
    }
    // "…, and traders said …": another speaker's statement begins.
    if (t.text === ',' && /^(and|but|while|whereas|though|although)$/.test(tokens[k + 1]?.lower ?? '') && !inQuote(quotes, t.start) && anotherAttribution(ctx, sentence, k + 2, end)) {
      results.push({ range: trimRange(text, clauseStart, t.start), kind: 'INDIRECT' });
      return results.filter((r) => r.range[1] > r.range[0]);
    }
    if (t.text === ',' && /^(adding|saying|accusing|insisting|arguing|warning|claiming|noting|calling|describing|urging|rejecting|denying|telling|stressing|alleging|vowing|asking|citing)$/.test(tokens[k + 1]?.lower ?? '') && !inQuote(quotes, t.start)) {
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

/**
 * The clause a sentence-final attribution reports ("Brandvold has been banned …, the
 * authority announced on Thursday."): from the clause start to the comma before the
 * attribution, when nothing but circumstances follows the verb.
 */
function postposedReport(ctx: Context, sentence: Sentence, verb: Token, attributionStart: number): [number, number] | undefined {
  const { text } = ctx;
  const tokens = text.tokens;
  const comma = tokens[tokenAt(text, attributionStart) - 1];
  if (!comma || comma.text !== ',' || comma.sentence !== sentence.index || inQuote(ctx.quotes, comma.start)) return undefined;
  let rest = tokens.slice(verb.index + 1, sentence.tokens.at(-1)!.index + 1).filter((t) => !/^[.!?]$/.test(t.text));
  // "…, Foreign Minister X told the National Assembly on Wednesday, in a statement that …":
  // past the listener, and what follows a comma after the attribution.
  if (/^(told|tells)$/.test(verb.lower) && rest.length > 0) {
    const after = skipAudience(ctx, verb.index + 1, sentence.end);
    rest = rest.filter((t) => t.index >= after);
  }
  const cut = rest.findIndex((t) => t.text === ',');
  if (cut >= 0 && /^(in|with|as|after|before|during|which|adding|saying)$/.test(rest[cut + 1]?.lower ?? '')) rest = rest.slice(0, cut);
  const circumstance =
    rest.length === 0 ||
    (rest.length <= 6 &&
      /^(in|on|at|during|last|this|earlier|late|yesterday|today|after|before|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(rest[0]!.lower) &&
      !rest.some((t) => t.lower === 'that' || t.kind === 'quote'));
  if (!circumstance) return undefined;
  const start = datelineEnd(text, sentence);
  if (start >= comma.index) return undefined;
  const range = trimRange(text, tokens[start]!.start, comma.start);
  return range[1] > range[0] ? range : undefined;
}

/**
 * Whether a new clause with its own reporting verb and subject opens at token `from`
 * ("traders said …", "Anna Lindqvist-Moreau, chief economist at …, said …").
 */
function anotherAttribution(ctx: Context, sentence: Sentence, from: number, end: number): boolean {
  const tokens = ctx.text.tokens;
  for (let j = from + 1; j < from + 16 && j < tokens.length && tokens[j]!.start < end; j++) {
    const t = tokens[j]!;
    if (t.lower === 'that' || t.kind === 'quote') return false;
    if (!reportingLemma(ctx.text, sentence, t)) continue;
    const speakers = speakerOf(ctx, sentence, t);
    return speakers.length > 0 && speakers.every((s) => s.start >= tokens[from]!.start);
  }
  return false;
}

/** Past the listener of "told": "told reporters", "told the Bulletin", "told her". */
function skipAudience(ctx: Context, i: number, end: number): number {
  const tokens = ctx.text.tokens;
  const t = tokens[i]!;
  const m = ctx.registry.mentions.find((mm) => mm.first === i || (mm.first === i + 1 && /^(the|a|an)$/.test(t.lower)));
  // "told the club's website that …": past what the named one owns.
  if (m && tokens[m.last + 1]?.kind === 'possessive') return skipPhrase(ctx.text, m.last + 2, end);
  if (m) return m.last + 1;
  if (/^(him|her|them|us|me|you)$/.test(t.lower) || GROUP_NOUNS.has(t.lower)) return i + 1;
  // "told the court the deal was legal", "told state media the sanctions were …": the
  // listener ends where the clause's subject begins.
  if (/^(the|a|an|his|her|their|its)$/.test(t.lower) || (/^\p{Ll}/u.test(t.text) && t.lower !== 'that')) {
    for (let j = i + 2; j <= i + 4 && j < tokens.length && tokens[j]!.start < end; j++) {
      const w = tokens[j]!;
      // "told the court on Monday that …": the circumstance after the listener.
      if (/^(on|in|at|during|outside|after|before|via|last|this)$/.test(w.lower)) return j;
      if (/^(the|a|an|that|he|she|it|they|we|his|its|their)$/.test(w.lower) || w.capitalized || w.kind === 'quote') return j;
      if (!/^\p{Ll}/u.test(w.text)) break;
    }
  }
  return skipPhrase(ctx.text, i, end);
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
  // "said in a statement: "…"", "told reporters on Monday, "…"": a circumstance, then the quote.
  if (/^[\s,:]*$/.test(between) || (/^\s*(?:,|:)?\s*(?:in|on|at|during|to)\b[^"]{0,40}?[,:]\s*$/.test(between) && !/\bthat\b/.test(between))) return true;
  // "…," said Elise Kornfeld, a sanctions researcher at the Center … in Arlington, Virginia, "…":
  // the speaker's appositive, then the rest of the quote.
  return (
    /^\s*,\s*(?:a|an|the|his|her|its|their)\s[^"“”‘’]{0,160},\s*$/u.test(between) &&
    !text.tokens.some((t) => t.start >= from && t.end <= to && (REPORTING_VERBS.has(t.lower) || FINITE.test(t.lower)))
  );
}

/** Finite verbs that show an appositive has become a clause. */
const FINITE = /^(is|are|was|were|has|have|had|will|would|said|says|told)$/;

/** Words that end a circumstance of speaking: "in a statement", "on Monday", "to reporters". */
const CIRCUMSTANCE_ENDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|reporters|journalists|interview|conference|briefing|statement|television|radio|parliament)$/;

function endsCircumstance(t: Token): boolean {
  return SPEECH_NOUNS.has(t.lower) || CIRCUMSTANCE_ENDS.test(t.lower);
}

function phraseIsCircumstance(text: Text, i: number, end: number): boolean {
  // "in a statement", "on Monday", "to reporters", "at a news conference", "last week"
  for (let k = i + 1; k < Math.min(i + 7, text.tokens.length) && text.tokens[k]!.start < end; k++) {
    const t = text.tokens[k]!;
    if (endsCircumstance(t)) {
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
    if (endsCircumstance(t)) {
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

  // Participles: "…, by saying he …": the nearest subject; "…, saying it …": the clause's.
  if (verb.lower.endsWith('ing')) {
    if (prev?.lower === 'by' || prev?.lower === 'while' || prev?.lower === 'after' || prev?.lower === 'before') return clauseSubject(ctx, sentence, verb.index);
    return mainSubject(ctx, sentence, verb.index);
  }

  // Inverted: "…," said the minister. ("told" is never inverted: what follows it is the listener.)
  const next = tokens[verb.index + 1];
  if (prev && (prev.text === ',' || prev.kind === 'quote') && next && next.sentence === sentence.index && !/^(told|tells)$/.test(verb.lower)) {
    const np = nounPhraseAfter(text, verb.index + 1, sentence);
    // "…," said its chief executive, Amira Haddad.: the name in apposition to the role.
    // "…," said Wada's director of intelligence and investigations, Marta Kveldsen: past the
    // rest of the role to the comma before the name.
    if (np && isRolePhrase(text, np[0], np[1]) && tokens[np[1] + 1]?.text !== ',') {
      const comma = tokens.slice(np[1] + 1, np[1] + 8).find((t) => t.text === ',' || !(t.kind === 'word' && /^\p{Ll}/u.test(t.text)));
      if (comma?.text === ',' && comma.sentence === sentence.index) np[1] = comma.index - 1;
    }
    if (np && isRolePhrase(text, np[0], np[1]) && tokens[np[1] + 1]?.text === ',') {
      const m = ctx.registry.mentions.find((mm) => mm.first === np[1] + 2 && ctx.registry.entities[mm.entity]!.type === 'person');
      const end = m ? tokens[m.last + 1] : undefined;
      if (m && (!end || end.sentence !== sentence.index || /^[,.;!?]$/.test(end.text))) return [{ entity: m.entity, start: m.start, end: m.end }];
    }
    // The phrase ends the clause ("…," said Ivo Castellane, an analyst): not the subject of
    // a reported clause ("…, said he was abroad").
    const after = np ? tokens[np[1] + 1] : undefined;
    const endsClause = !after || after.sentence !== sentence.index || /^[,.;:!?]$/.test(after.text) || after.kind === 'dash' || /^(in|on|at|during|after|as|when|via|while|before)$/.test(after.lower);
    if (np && endsClause) {
      const refs = interpret(ctx, np[0], np[1]);
      if (refs.length > 0) return refs;
    }
  }

  let k = verb.index - 1;
  for (;;) {
    while (k >= first && (AUXILIARIES.has(tokens[k]!.lower) || /^(both|all|each|jointly|together)$/.test(tokens[k]!.lower) || ADVERBS.test(tokens[k]!.lower))) k--;
    // "The State Secretariat for Economic Affairs (SECO) said": past the acronym in brackets.
    if (tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' && k - 3 >= first) {
      k -= 3;
      continue;
    }
    // "The ministry on Tuesday imposed": a time adverbial between subject and verb.
    if (k - 1 >= first && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)$/.test(tokens[k]!.lower) && /^(on|last|this|next)$/.test(tokens[k - 1]!.lower)) k -= 2;
    // "the Commission in July fined", "the court on September 3 ruled"
    else if (k - 1 >= first && MONTH_NAMES.test(tokens[k]!.lower) && /^(in|on|since|until)$/.test(tokens[k - 1]!.lower)) k -= 2;
    else if (k - 2 >= first && tokens[k]!.kind === 'number' && MONTH_NAMES.test(tokens[k - 1]!.lower) && /^(on|since|until)$/.test(tokens[k - 2]!.lower)) k -= 3;
    // "Shinonome -- whose engines power … -- said": past a parenthesis between dashes.
    else if (k > first && (tokens[k]!.kind === 'dash' || tokens[k]!.text === '--')) {
      const open = tokens.slice(first, k).findLastIndex((t) => t.kind === 'dash' || t.text === '--');
      if (open <= 0) break;
      k = first + open - 1;
    } else break;
  }
  // "was the first to document": look through "was the first to".
  if (tokens[k]?.lower === 'to' && tokens[k - 1]?.lower === 'first') {
    k -= 2;
    while (k >= first && /^(the|was|were|is|are)$/.test(tokens[k]!.lower)) k--;
  }
  if (k < first) return [];
  // "Her lawyer, Daniel Okonkwo-Feld, said", "Severin, 58, denied", "A Council spokesman,
  // asked about the ruling, said": the subject stands before the appositives.
  if (tokens[k]!.text === ',') return subjectBeforeAppositives(ctx, sentence, k);
  const end = k;
  let start = end;
  const inPhrase = (index: number) => inNounPhrase(tokens[index]!) || ctx.registry.mentionAtToken(index) !== undefined;
  // "three businessmen it said had …": a pronoun is a whole subject.
  if (!/^(he|she|it|they)$/.test(tokens[end]!.lower)) while (start - 1 >= first && inPhrase(start - 1)) start--;
  if (!inPhrase(end)) return [];
  // ", and relatives and rights activists said": the conjunction joins clauses, not names.
  while (start < end && /^(and|but|or|nor|then|so)$/.test(tokens[start]!.lower)) start++;
  // "The US, UK and Canada jointly sanctioned", "Britain, Canada and Australia imposed": the
  // items of a list before the last two.
  if (tokens.slice(start, end + 1).some((t) => t.lower === 'and')) {
    while (tokens[start - 1]?.text === ',' && start - 2 >= first) {
      let s0 = start - 2;
      while (s0 - 1 >= first && tokens[s0 - 1]!.capitalized && start - s0 < 4) s0--;
      if (tokens[s0]?.lower === 'the' || (s0 - 1 >= first && tokens[s0 - 1]!.lower === 'the')) s0 = tokens[s0]!.lower === 'the' ? s0 : s0 - 1;
      const item = tokens.slice(s0, start - 1).filter((t) => t.lower !== 'the');
      const name = text.norm.slice(item[0]?.start ?? 0, item.at(-1)?.end ?? 0).toLowerCase();
      const named = item.length > 0 && (ctx.registry.mentions.some((m) => m.first === item[0]!.index && m.last === item.at(-1)!.index) || ctx.places.isCountry(name) || PLACE_ACRONYMS.has(name));
      if (!named) break;
      start = s0;
    }
  }
  // "a businessman who the Treasury said manages …": the subject of the relative clause.
  const relative = tokens.slice(start, end).findLastIndex((t) => /^(who|whom|which)$/.test(t.lower));
  if (relative >= 0 && start + relative < end && ctx.registry.mentions.some((m) => m.first > start + relative && m.last <= end)) start = start + relative + 1;
  // "Human Rights Watch, which said": the antecedent.
  if (start === end && /^(which|who)$/.test(tokens[end]!.lower)) {
    const comma = tokens[end - 1];
    if (comma?.text === ',') {
      const m = ctx.registry.mentions.find((mm) => mm.last === end - 2);
      if (m) return [{ entity: m.entity, start: m.start, end: m.end }];
    }
    return [];
  }
  // "Observers from the Council of Democratic States said": the group's or person's body;
  // "assets held in Union member states": no subject at all.
  const before = tokens[start - 1];
  // "A man who answered the phone at Shenzhen Lanbo's office said": someone unnamed, whatever
  // the relative clause names.
  const opener = tokens[clauseStart(ctx, sentence, verb.index)];
  if (opener && /^(a|an|one|another)$/.test(opener.lower) && opener.index < start) {
    const head = tokens[opener.index + 1];
    const who = tokens[opener.index + 2];
    if (head && /^(man|woman|person|official|source|resident|witness|spokesman|spokeswoman|employee|worker|neighbour|neighbor)$/.test(head.lower) && /^(who|whom)$/.test(who?.lower ?? '')) {
      return [groupRef(ctx, opener.index, end)];
    }
  }
  // "A person familiar with the matter said", "sources close to the Kremlin said": unnamed.
  if (before && /^(with|to|on|about)$/.test(before.lower) && /^(familiar|close|briefed|knowledgeable)$/.test(tokens[start - 2]?.lower ?? '')) {
    const noun = tokens[start - 3];
    if (noun && noun.sentence === sentence.index && (UNNAMED_HEADS.test(noun.lower) || isGroupNoun(noun))) {
      let from = start - 3;
      while (from - 1 >= first && inNounPhrase(tokens[from - 1]!) && !CLAUSE_WORDS.has(tokens[from - 1]!.lower)) from--;
      return [groupRef(ctx, from, end)];
    }
  }
  // "the Pervomaisky District Court in Bishkek fined": the body in its city.
  if (before && /^(in|at)$/.test(before.lower) && ctx.places.has(text.norm.slice(tokens[start]!.start, tokens[end]!.end).toLowerCase())) {
    const body = ctx.registry.mentions.find((m) => m.last === start - 2 && ctx.registry.entities[m.entity]!.type === 'organization');
    if (body) return [{ entity: body.entity, start: body.start, end: body.end }];
  }
  // "Senator Wade Hollister of Ohio accused", "Jorge Villalba of Strand Commodity Advisers
  // said": the person from the place or the body.
  const bodyAfter = ctx.registry.mentions.some((m) => m.first >= start && m.last <= end && ctx.registry.entities[m.entity]!.type === 'organization');
  if (before && /^(of|from|at)$/.test(before.lower) && (bodyAfter || ctx.places.has(text.norm.slice(tokens[start]!.start, tokens[end]!.end).toLowerCase()))) {
    const m = ctx.registry.mentions.find((mm) => mm.last === start - 2 && ctx.registry.entities[mm.entity]!.type === 'person');
    if (m) return [{ entity: m.entity, start: m.start, end: m.end }];
  }
  if (before && before.sentence === sentence.index && /^(of|from|at|in|for|with)$/.test(before.lower)) {
    const head = tokens[start - 2];
    // "Observers from …", "members of …" name people by their body; "firms in Union member
    // states" is no subject at all.
    // "Diplomats in Vienna said": a group and the place it is in, with no body to speak for it.
    const place = /^(in|at)$/.test(before.lower) && tokens.slice(start, end + 1).every((t) => t.capitalized) && !ctx.registry.mentions.some((m) => m.first >= start && m.last <= end);
    const people = head !== undefined && (GROUP_NOUNS.has(head.lower) || PERSON_ROLES.has(head.lower) || COLLECTIVES.has(head.lower) || ((/^(of|from)$/.test(before.lower) || place) && isGroupNoun(head)));
    if (!head || head.sentence !== sentence.index || !people) return [];
    let from = start - 2;
    while (from - 1 >= first && inNounPhrase(tokens[from - 1]!) && !CLAUSE_WORDS.has(tokens[from - 1]!.lower)) from--;
    if (place) return [groupRef(ctx, from, end)];
    start = from;
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

/**
 * Where the clause holding the token at `index` starts: the sentence start past a dateline
 * ("LUXEN, Oct. 5 -- ") and a leading conjunction, or just after ", and", ";" or a quotation
 * that closes before it.
 */
function clauseStart(ctx: Context, sentence: Sentence, index: number): number {
  const tokens = ctx.text.tokens;
  let start = datelineEnd(ctx.text, sentence);
  for (let k = index - 1; k > start; k--) {
    const t = tokens[k]!;
    // ", and" opens a clause when a finite verb follows; before a participle it may only list
    // one more name ("…, and the head of X, Irina Basova, saying …").
    const participle = /ing$/.test(tokens[index]?.lower ?? '') && tokens[index - 1]?.text === ',';
    // (Not ", and his Japanese counterpart, Kenji Morisawa," before the verb: a list of names.)
    const verbIn = (x: Token) => looksLikeVerb(x) || (REPORTING_VERBS.has(x.lower) && !/ing$/.test(x.lower));
    const finite = tokens.slice(k + 1, index + 1).some(verbIn) || tokens.slice(start, k).some(verbIn);
    const clause = t.lower === 'and' && tokens[k - 1]?.text === ',' && finite && (!participle || tokens.slice(k + 1, index).some((x) => /^(was|were|is|are|has|have|had|will|would|said|says|told)$/.test(x.lower) || (looksLikeVerb(x) && /ed$/.test(x.lower))));
    // "…, while Yevgeny Kholmin … has had his assets frozen": a clause of its own.
    const contrast = /^(while|whereas)$/.test(t.lower) && tokens[k - 1]?.text === ',';
    if (t.text === ';' || clause || contrast || (t.lower === 'but' && k > start)) {
      start = k + 1;
      break;
    }
    if (t.kind === 'quote' && inQuote(ctx.quotes, t.start) === undefined && tokens[k - 1] && inQuote(ctx.quotes, tokens[k - 1]!.start)) {
      start = k + 1;
      if (tokens[start]?.text === ',') start++;
      break;
    }
  }
  while (start < index && /^(but|and|yet|so)$/.test(tokens[start]!.lower)) start++;
  return start;
}

/** The first token after a dateline opening a paragraph ("PORT CALLIS, 4 June (Harbourline News) - "). */
export function datelineEnd(text: Text, sentence: Sentence): number {
  return dateline(text, sentence)?.end ?? sentence.tokens[0]!.index;
}

/**
 * The subject of a verb preceded by a comma: the clause's first noun phrase when what
 * follows it up to the verb are appositives or a participial phrase; the name in
 * apposition to a role ("Her lawyer, Daniel Okonkwo-Feld,"), and a name standing for a
 * description in a coordination ("Athletes' representatives and the national federation,
 * Athletics Arvenia,").
 */
function subjectBeforeAppositives(ctx: Context, sentence: Sentence, comma: number): SpeakerRef[] {
  const { text, registry } = ctx;
  const tokens = text.tokens;
  let from = clauseStart(ctx, sentence, comma);
  // Comma-separated segments from the clause start to the verb.
  const segments: [number, number][] = [];
  let s = from;
  for (let k = from; k <= comma; k++) {
    if (tokens[k]!.text === ',' && !inQuote(ctx.quotes, tokens[k]!.start)) {
      if (k > s) segments.push([s, k - 1]);
      s = k + 1;
    }
  }
  // An introduction: "Separately,", "In a statement,", "On Monday,".
  while (segments.length > 1) {
    const [a, b] = segments[0]!;
    const opener = tokens[a]!;
    const intro = (a === b && /ly$/.test(opener.lower)) || /^(in|on|at|after|before|during|meanwhile|however|separately|earlier|later|also|still|yet|asked|speaking|according)$/.test(opener.lower);
    if (!intro || registry.mentions.some((m) => m.first >= a && m.last <= b && !/^(in|on|at)$/.test(opener.lower))) break;
    segments.shift();
    from = segments[0]![0];
  }
  if (segments.length === 0) return [];
  const [a, b] = segments[0]!;
  const apposed = segments[1];
  const nameIn = (seg: [number, number] | undefined) => {
    if (!seg) return undefined;
    // "Major General Zaw Lin": a name with its title fills the segment too.
    // "Jonathan Sefton KC": letters after the name too.
    const ends = (mm: { last: number }) => mm.last === seg[1] || tokens.slice(mm.last + 1, seg[1] + 1).every((t) => /^(KC|QC|SC|MP|MEP|OBE|CBE|MBE|Jr|Sr|\.)$/.test(t.text));
    const m = registry.mentions.find((mm) => mm.first >= seg[0] && mm.last <= seg[1] && ends(mm) && tokens.slice(seg[0], mm.first).every((t) => t.capitalized || t.text === '.'));
    return m && registry.entities[m.entity]!.type !== 'unnamed' ? m : undefined;
  };
  const named = nameIn(apposed);
  const headNoun = tokens[b]!;
  // "Her lawyer, Daniel Okonkwo-Feld,", "A spokesman for the junta, Zaw Min Tun,".
  const roleHead = PERSON_ROLES.has(headNoun.lower) || tokens.slice(a, b + 1).some((t, i, all) => PERSON_ROLES.has(t.lower) && /^(for|of|at|to|in|on)$/.test(all[i + 1]?.lower ?? ''));
  // "South Korea's ambassador, Hwang Joon-seok, and his Japanese counterpart, Kenji
  // Morisawa, both said": role, name, and role, name.
  const third = segments[2];
  const fourth = nameIn(segments[3]);
  if (named && third && fourth && tokens[third[0]]!.lower === 'and' && isRolePhrase(text, third[0], third[1]) && isRolePhrase(text, a, b)) {
    return [named, fourth].map((m) => ({ entity: m.entity, start: m.start, end: m.end }));
  }
  if (named && registry.entities[named.entity]!.type === 'person' && roleHead) {
    // "Estonian Foreign Minister Kaarel Männik and his Lithuanian counterpart, Ieva
    // Jankauskaitė, accused": both.
    const and = tokens.slice(a, b + 1).findIndex((t) => t.lower === 'and');
    const first = and > 0 ? registry.mentions.find((m) => m.last === a + and - 1 && m.first >= a && registry.entities[m.entity]!.type === 'person') : undefined;
    const both = first ? [{ entity: first.entity, start: first.start, end: first.end }] : [];
    return [...both, { entity: named.entity, start: named.start, end: named.end }];
  }
  // "The contractor, Sino-Kenya Builders,", "… and the national federation, Athletics
  // Arvenia,": the name for the description.
  if (named && ORG_DESCRIPTORS.has(headNoun.lower) && /^\p{Ll}/u.test(headNoun.text)) {
    const and = tokens.slice(a, b + 1).findLastIndex((t) => t.lower === 'and');
    const head = and >= 0 ? interpret(ctx, a, a + and - 1) : [];
    return [...head, { entity: named.entity, start: named.start, end: named.end }];
  }
  const np = subjectPhrase(ctx, a, b);
  return np ? interpret(ctx, np[0], np[1]) : [];
}

/** The noun phrase that opens tokens a..b: through a name and its "of"-complement, up to its head. */
function subjectPhrase(ctx: Context, a: number, b: number): [number, number] | undefined {
  const tokens = ctx.text.tokens;
  let j = a;
  let last = -1;
  // Whether the current noun phrase has its head: then only a coordination or an
  // "of"-complement may follow, which opens a new phrase.
  let headed = false;
  if (/^(he|she|it|they|we|i)$/.test(tokens[a]!.lower)) return [a, a];
  while (j <= b) {
    const t = tokens[j]!;
    const m = ctx.registry.mentions.find((mm) => mm.first === j);
    if (m) {
      last = m.last;
      j = m.last + 1;
      headed = true;
      // "A Council spokesman": role or group nouns after the name belong to the phrase.
      while (j <= b && /^\p{Ll}/u.test(tokens[j]!.text) && (PERSON_ROLES.has(tokens[j]!.lower) || GROUP_NOUNS.has(tokens[j]!.lower))) last = j++;
      // "Labour MP Rhiannon Hale": the party, the title, then the person the phrase names.
      let t2 = j;
      while (t2 <= b && (HONORIFICS.has(tokens[t2]!.lower) || PERSON_ROLES.has(tokens[t2]!.lower))) t2++;
      const person = t2 > m.last + 1 ? ctx.registry.mentions.find((mm) => mm.first === t2 && ctx.registry.entities[mm.entity]!.type === 'person') : undefined;
      if (person && person.last <= b) {
        last = person.last;
        j = person.last + 1;
      }
    } else if (!headed && (isGroupNoun(t) || PERSON_ROLES.has(t.lower) || COLLECTIVES.has(t.lower) || (ORG_DESCRIPTORS.has(t.lower) && tokens[j + 1]?.lower === 'of')) && (/^\p{Ll}/u.test(t.text) || j === a)) {
      last = j++;
      headed = true;
    } else if (!headed && t.capitalized && (ctx.places.isCountry(t.lower) || PLACE_ACRONYMS.has(t.lower)) && !/^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) {
      // "Britain on Monday imposed …": a country acting.
      last = j++;
      headed = true;
    } else if (headed && PERSON_ROLES.has(tokens[last]!.lower) && PERSON_ROLES.has(t.lower) && /^\p{Ll}/u.test(t.text)) {
      // "Opposition leader": a role of two nouns.
      last = j++;
    } else if (headed && PERSON_ROLES.has(tokens[last]!.lower) && ctx.registry.mentions.some((mm) => mm.first === j && ctx.registry.entities[mm.entity]!.type === 'person')) {
      // "Opposition leader Daniela Sarmiento": the name after its role.
      const mm = ctx.registry.mentions.find((x) => x.first === j)!;
      last = mm.last;
      j = mm.last + 1;
    } else if (headed) {
      const next = tokens[j + 1];
      // "Diplomats in Brussels", "Officials at the Pentagon": a group and where it is.
      if (/^(in|at|across)$/.test(t.lower) && (isGroupNoun(tokens[last]!) || UNNAMED_HEADS.test(tokens[last]!.lower)) && next && (next.capitalized || (next.lower === 'the' && tokens[j + 2]?.capitalized))) {
        let k = next.lower === 'the' ? j + 2 : j + 1;
        while (k + 1 <= b && tokens[k + 1]!.capitalized) k++;
        last = k;
        j = k + 1;
        continue;
      }
      if (t.lower === 'and' || ((t.lower === 'of' || t.lower === 'from') && next && (next.capitalized || DETERMINERS.has(next.lower) || GROUP_NOUNS.has(next.lower)))) {
        j++;
        headed = false;
      } else break;
    } else if (t.kind === 'possessive' || t.kind === 'number' || t.kind === 'acronym' || (t.kind === 'word' && !CLAUSE_WORDS.has(t.lower) && !looksLikeVerb(t))) {
      j++;
    } else if (t.text === '.' && j > a && /^\p{Lu}\p{Ll}{0,3}$/u.test(tokens[j - 1]!.text)) {
      j++; // "Sen. Elizabeth Warren"
    } else break;
  }
  return last >= a ? [a, last] : undefined;
}

/**
 * The subject of the clause a participle or a coordinated verb belongs to ("…, saying it
 * had …", "… but said it was small"): the first noun phrase of the clause.
 */
export function mainSubject(ctx: Context, sentence: Sentence, index: number): SpeakerRef[] {
  const tokens = ctx.text.tokens;
  let from = clauseStart(ctx, sentence, index);
  // Past an introduction ("Separately, the Finance Ministry …", "At a hearing that stretched
  // past four hours, …").
  const reachIntro = /^(in|on|at|after|before|during|under|following|despite)$/.test(tokens[from]?.lower ?? '') ? 16 : 6;
  const commaAt = tokens.slice(from, Math.min(index, from + reachIntro)).find((t) => t.text === ',');
  // An introduction holds no finite verb of its own ("On Tuesday it froze …, X, banned"),
  // only inside a relative clause ("At a hearing that stretched past four hours,").
  const intro = commaAt ? tokens.slice(from, commaAt.index) : [];
  const relative = intro.findIndex((t) => /^(that|which|who|where|when)$/.test(t.lower));
  const comma = commaAt && !intro.slice(1, relative < 0 ? undefined : relative).some((t) => looksLikeVerb(t)) ? commaAt : undefined;
  if (comma) {
    const opener = tokens[from]!;
    // "Separately,", "In a statement,", "Citing intelligence reports,": an introduction.
    if ((comma.index === from + 1 && /ly$/.test(opener.lower)) || /^(in|on|at|after|before|during|meanwhile|however|earlier|later|under|following|despite)$/.test(opener.lower) || /^\p{Lu}\p{Ll}+ing$/u.test(opener.text)) from = comma.index + 1;
  }
  // "On Tuesday it froze …", "Last week the ministry …": past a time phrase without a comma.
  const time = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december)$/;
  if (/^(on|in|last|this|earlier|later)$/.test(tokens[from]?.lower ?? '') && time.test(tokens[from + 1]?.lower ?? '') && from + 2 < index && tokens[from + 2]!.text !== ',') from += 2;
  const np = subjectPhrase(ctx, from, index - 1);
  return np ? interpret(ctx, np[0], np[1]) : [];
}

function isRolePhrase(text: Text, start: number, end: number): boolean {
  for (let k = start; k <= end; k++) if (PERSON_ROLES.has(text.tokens[k]!.lower)) return true;
  return false;
}

function inNounPhrase(t: Token): boolean {
  if (t.kind === 'possessive' || t.kind === 'acronym') return true;
  if (t.kind === 'punct') return t.text === '/' || t.text === '.' || t.text === '&' || t.text === '+';
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
    if ((tokens[k]!.lower === 'and' || tokens[k]!.text === ',') && k > s && k < end) {
      parts.push([s, k - 1]);
      s = tokens[k + 1]?.lower === 'and' ? k + 2 : k + 1;
      if (s > k + 1) k++;
    }
  }
  parts.push([s, end]);
  if (parts.length > 1) {
    // Groups count as parts beside a named one ("Privacy advocates and the Parents'
    // Association"), not on their own ("relatives and rights activists" is one group).
    const named = parts.some(([a, b]) => registry.mentions.some((m) => m.first >= a && m.last <= b));
    const refs = parts.map(([a, b]) => interpretOne(ctx, a, b, named));
    if (refs.every((r) => r !== undefined)) return refs as SpeakerRef[];
    const whole = interpretOne(ctx, start, end, true);
    return whole ? [whole] : [];
  }
  const one = interpretOne(ctx, start, end, true);
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
  // "Lawyers who follow sanctions cases", "Officials who met Putin": a group with its
  // relative clause, whatever the clause names.
  const relative = tokens.slice(start + 1, end + 1).find((t) => /^(who|that)$/.test(t.lower));
  if (relative && GROUP_NOUNS.has(tokens[relative.index - 1]!.lower)) return allowGroup ? groupRef(ctx, start, end) : undefined;
  const mentions = registry.mentions.filter((m) => m.start >= spanStart && m.end <= spanEnd);
  // "A senior EU diplomat", "one Western official": someone left unnamed, whatever body the
  // modifiers name; a spokesperson speaks for the body ("an EU spokesperson").
  // "A delegate from a Gulf producer": the head before "from", "at" or "in".
  const headAt = tokens.slice(start + 1, end + 1).findIndex((t) => UNNAMED_HEADS.test(t.lower) && /^\p{Ll}/u.test(t.text));
  const place = headAt >= 0 && start + 1 + headAt < end && /^(from|at|in|with)$/.test(tokens[start + 2 + headAt]?.lower ?? '');
  const indefinite = /^(a|an|one|another)$/.test(first.lower) && ((/^\p{Ll}/u.test(last.text) && UNNAMED_HEADS.test(last.lower)) || place);
  if (indefinite && mentions.every((m) => m.last < end)) return allowGroup ? groupRef(ctx, start, end) : undefined;
  // "Casimir Ondrasek's lawyers", "his supporters": people around a person, unnamed.
  const possessed = tokens.slice(start, end).findLastIndex((t) => t.kind === 'possessive');
  if (possessed >= 0 && start + possessed + 1 === end && isGroupNoun(last) && /^\p{Ll}/u.test(last.text)) {
    const owner = mentions.find((m) => m.last === start + possessed - 1);
    if (owner && registry.entities[owner.entity]!.type === 'person') return allowGroup ? groupRef(ctx, start, end) : undefined;
  }
  if (mentions.length > 0) {
    // "Daniela Sarmiento of the Unitary Platform coalition": the person, not the body after "of".
    const of = tokens.slice(start, end + 1).findIndex((t) => /^(of|from|at)$/.test(t.lower));
    const person = of > 0 ? mentions.find((m) => m.last === start + of - 1 && registry.entities[m.entity]!.type === 'person') : undefined;
    if (person) return { entity: person.entity, start: spanStart, end: spanEnd };
    const head = mentions.at(-1)!;
    const trailing = tokens.slice(head.last + 1, end + 1);
    const group = trailing.some((t) => GROUP_NOUNS.has(t.lower));
    if (!group || !allowGroup) return { entity: head.entity, start: spanStart, end: spanEnd };
  }
  // "A report by OLAF found", "an audit by the Comptroller General's Office found": its author.
  const byAt = tokens.slice(start + 1, end).findIndex((t, n) => t.lower === 'by' && /^(report|audit|investigation|review|study|probe|inquiry|assessment|analysis)$/.test(tokens[start + n]!.lower));
  if (byAt >= 0) {
    const author = mentions.find((m) => m.first >= start + byAt + 2);
    if (author) return { entity: author.entity, start: spanStart, end: spanEnd };
  }
  // "A spokesman for the businessman": the one the spokesman speaks for.
  const forAt = tokens.slice(start + 1, end).findIndex((t) => /^(for|of)$/.test(t.lower));
  if (forAt >= 0 && PERSON_ROLES.has(tokens[start + forAt]!.lower) && /^(spokesman|spokeswoman|spokesperson|lawyer|lawyers|attorney|representative|representatives|adviser|advisers|aide|aides)$/.test(tokens[start + forAt]!.lower)) {
    const speaker = interpretOne(ctx, start + forAt + 2, end, false);
    if (speaker) return { entity: speaker.entity, start: spanStart, end: spanEnd };
  }
  // "a spokesman said": the organization the text is about.
  if (end === start + 1 && /^(a|an|the)$/.test(first.lower) && /^(spokesman|spokeswoman|spokesperson)$/.test(last.lower)) {
    const e = resolvePronoun(ctx, first.start, 'organization');
    if (e) return { entity: e.id, start: spanStart, end: spanEnd };
  }
  // "the businessman", "The 27-year-old Nigerian": a person the text has named.
  const personHead = (PERSON_ROLES.has(last.lower) && /^\p{Ll}/u.test(last.text)) || NATIONALITIES.has(last.lower);
  if (first.lower === 'the' && end > start && personHead && tokens.slice(start + 1, end).every((t) => /^\p{Ll}/u.test(t.text) || t.kind === 'number')) {
    // "the judge" for "Mr Justice Calloway": the person the text gave that role.
    const titled = personWithRole(ctx, last.lower, first.start);
    if (titled) {
      ctx.registry.mention(titled, first, last, 'description');
      ctx.registry.sort();
      return { entity: titled.id, start: spanStart, end: spanEnd };
    }
    const gender = /woman$|^(wife|mother|daughter|sister|widow)$/.test(last.lower) ? 'she' : /man$|^(husband|father|son|brother)$/.test(last.lower) ? 'he' : '';
    const e = resolvePronoun(ctx, first.start, 'person', gender);
    if (e) return { entity: e.id, start: spanStart, end: spanEnd };
  }
  // "Her party said", "His company denied": the body of that kind the text is about.
  if (end === start + 1 && /^(his|her|their)$/.test(first.lower) && ORG_DESCRIPTORS.has(last.lower) && /^\p{Ll}/u.test(last.text)) {
    const e = resolveDescription(registry, ctx.quotes, last.lower, [], first.start);
    if (e) return { entity: e.id, start: spanStart, end: spanEnd };
  }
  // "the government" of a state the text made an organization only while reading statements.
  if (end === start + 1 && first.lower === 'the' && ORG_DESCRIPTORS.has(last.lower) && /^\p{Ll}/u.test(last.text)) {
    const e = resolveDescription(registry, ctx.quotes, last.lower, [], first.start);
    if (e) {
      registry.mention(e, first, last, 'description');
      registry.sort();
      return { entity: e.id, start: spanStart, end: spanEnd };
    }
  }
  // "Britain imposed sanctions", "The United States said": a country acting is its state.
  let from = start;
  while (from < end && tokens[from]!.lower === 'the') from++;
  const phrase = text.body.slice(tokens[from]!.start, spanEnd);
  if ((ctx.places.isCountry(phrase.toLowerCase()) || PLACE_ACRONYMS.has(phrase.toLowerCase())) && tokens[from]!.capitalized) {
    const country = ctx.places.countryOf(phrase);
    if (country) {
      const state = stateOf(registry, country, phrase, tokens[from]!, last);
      return { entity: state.id, start: spanStart, end: spanEnd };
    }
  }
  if (!allowGroup) return undefined;
  // "Human rights groups", "U.S. intelligence agencies", "Senators": an unnamed group.
  if (isGroupNoun(last)) return groupRef(ctx, start, end);
  return undefined;
}

/** Verbs whose object a quoted label after "as" describes. */
const LABELLING = new Set(['welcome', 'reject', 'dismiss', 'condemn', 'denounce', 'criticize', 'decry', 'hail', 'praise', 'describe', 'brand']);

/** Adverbs between a subject and its verb: "Wada has separately added". */
const ADVERBS = /^(provisionally|temporarily|permanently|indefinitely|jointly|formally|first|last|also|separately|previously|later|earlier|recently|already|formally|officially|quickly|swiftly|immediately|publicly|reportedly|allegedly|repeatedly|unilaterally|subsequently|similarly|likewise|again|still|now|then|once|further|additionally|yesterday|today)$/;

const MONTH_NAMES = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** Role nouns and the titles and roles that hold them. */
const ROLE_SYNONYMS: Record<string, RegExp> = {
  judge: /\b(?:judge|justice|magistrate)\b/i,
  lawyer: /\b(?:lawyer|barrister|attorney|counsel|solicitor|kc|qc)\b/i,
  barrister: /\b(?:barrister|kc|qc)\b/i,
  senator: /\b(?:senator|sen)\b/i,
  minister: /\b(?:minister)\b/i,
  prosecutor: /\b(?:prosecutor)\b/i,
  ambassador: /\b(?:ambassador|envoy)\b/i,
  spokesman: /\b(?:spokesman|spokesperson)\b/i,
  spokeswoman: /\b(?:spokeswoman|spokesperson)\b/i,
  coach: /\b(?:coach)\b/i,
  president: /\b(?:president)\b/i,
};

/** The person last named before `offset` whose role the text gave with that noun ("the judge" → "Mr Justice Calloway"). */
function personWithRole(ctx: Context, noun: string, offset: number) {
  const role = ROLE_SYNONYMS[noun];
  if (!role) return undefined;
  const { registry } = ctx;
  const holders = registry.entities.filter((e) => e.type === 'person' && e.mentions.some((m) => m.start < offset) && role.test(e.description ?? ''));
  if (holders.length !== 1) return undefined;
  return holders[0];
}

/** Heads of a phrase for one unnamed source: "a senior official", "a person familiar with …". */
const UNNAMED_HEADS = /^(delegate|official|diplomat|source|person|insider|officer|lawmaker|legislator|executive|banker|trader|analyst|investigator|prosecutor|aide|adviser|advisor|minister|member|employee|staffer|expert|lawyer|activist|resident|witness)$/;

/** Nouns for a number of people, whose "of"-complement says who: "a group of senators". */
const COLLECTIVES = new Set(['group', 'panel', 'team', 'delegation', 'handful', 'number', 'majority', 'minority', 'coalition', 'caucus', 'crowd', 'chorus', 'pair', 'trio', 'dozens', 'hundreds', 'thousands']);

/** A noun naming several people or bodies: "officials", the plural of a role ("senators") or of a descriptor ("unions", "banks"). */
function isGroupNoun(t: Token): boolean {
  if (GROUP_NOUNS.has(t.lower)) return true;
  const singular = t.lower.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  return /[^s]s$/.test(t.lower) && (PERSON_ROLES.has(singular) || ORG_DESCRIPTORS.has(singular));
}

/** The unnamed group a phrase names, one entity per label. */
function groupRef(ctx: Context, start: number, end: number): SpeakerRef {
  const { text, registry } = ctx;
  const tokens = text.tokens;
  const spanEnd = tokens[end]!.end;
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

/**
 * "… and said he would appeal", "summoned the ambassador and warned that": a verb
 * coordinated with an earlier one shares its subject.
 */
export function coordinatedSubject(ctx: Context, sentence: Sentence, verb: Token, previous: SpeakerRef[]): SpeakerRef[] | undefined {
  const tokens = ctx.text.tokens;
  let k = verb.index - 1;
  while (k > sentence.tokens[0]!.index && AUXILIARIES.has(tokens[k]!.lower)) k--;
  // "froze the assets of X, banned him from entering and …": a verb in a series after a
  // comma shares the clause's subject (an object follows it, so it is no participle).
  // (Only after a finite verb: "Iran's spokesman, Nasser Jalalipour, condemned the …" is a subject.)
  const series =
    tokens[k]?.text === ',' &&
    /ed$/.test(verb.lower) &&
    /^(him|her|them|it|the|a|an|its|his|their)$/.test(tokens[verb.index + 1]?.lower ?? '') &&
    tokens.slice(sentence.tokens[0]!.index, k).some((t) => looksLikeVerb(t) && !AUXILIARIES.has(t.lower));
  if (tokens[k]?.lower === 'to' || series) {
    // "agreed on Thursday to impose": the subject of the clause.
  } else if (tokens[k]?.lower !== 'and' && tokens[k]?.lower !== 'but') return undefined;
  else if (previous.length > 0) return previous;
  const subject = mainSubject(ctx, sentence, k);
  return subject.length > 0 ? subject : undefined;
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
