// Sanctions: who imposed which measures on whom, under which law. A sanction is found
// from its verb ("imposed sanctions on", "hit him with … sanctions", "blacklisted",
// "froze the assets of", "blocked the accounts of") or from a nominal report ("their
// disabling of accounts belonging to …"); its authority is the subject, its target the
// object, its measures the words around.
import type { Entity } from './coreference.ts';
import { LAW_HEADS, SANCTION_MEASURES } from './lexicon.ts';
import { resolvePronoun } from './coreference.ts';
import { coordinatedSubject, interpret, nounPhraseAfter, speakerOf, type Context, type SpeakerRef } from './quotes.ts';
import type { Sentence, Text, Token } from './text.ts';

export type Measure = 'FINANCIAL' | 'ASSET_FREEZE' | 'TRAVEL' | 'VISA_BAN' | 'TRADE' | 'ACCOUNT_BLOCK' | 'OTHER';

export interface SanctionDraft {
  authority: SpeakerRef;
  target: SpeakerRef;
  measures: Measure[];
  span: [number, number];
  legalBasis?: number;
  dateText?: [number, number];
}

export interface Law {
  id: number;
  name: string;
  year?: number;
  description?: string;
  mentions: [number, number][];
}

const SANCTION_NOUN = /^(sanctions?|blacklist|embargo(?:es)?|freezes?|bans?|restrictions?|penalties|measures)$/;
const IMPOSE = /^(impose[sd]?|imposing|slap(?:ped|s)?|levie[sd]|levy|announce[sd]?|introduce[sd]?|extende?d?|extends|place[sd]?|put|puts|adopt(?:ed|s)?|approve[sd]?|unveil(?:ed|s)?|expand(?:ed|s)?|widen(?:ed|s)?)$/;
const DIRECT_SANCTION = /^(sanction(?:ed|s)?|blacklist(?:ed|s)?|designate[sd]?)$/;
const HIT = /^(hit|hits|target(?:ed|s)?|punish(?:ed|es)?)$/;
const FREEZE = /^(froze|freezes|freeze|frozen)$/;
const ACCOUNT_VERB = /^(block(?:ed|s)?|suspend(?:ed|s)?|disable[sd]?|deactivate[sd]?|remove[sd]?|delete[sd]?|ban(?:ned|s)?|shut|closed?|restrict(?:ed|s)?|took|taken)$/;
const ACCOUNT_NOUN = /^(accounts?|pages?|profiles?|channels?|handles?)$/;
const ACCOUNT_NOMINAL = /^(disabling|blocking|suspension|suspending|removal|banning|deactivation|deleting|deletion|closure|closing)$/;

function measuresIn(text: Text, start: number, end: number): Measure[] {
  const slice = text.norm.slice(start, end);
  const out: Measure[] = [];
  for (const [re, kind] of SANCTION_MEASURES) if (re.test(slice) && !out.includes(kind)) out.push(kind);
  return out;
}

/** Laws named in the text ("the Magnitsky Act", "Executive Order 13818"), with "a 2012 law" appositives. */
export function findLaws(text: Text): Law[] {
  const laws: Law[] = [];
  const re = /\b((?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,6}(?:Act|Law|Regulation|Decree|Directive|Statute|Code|Treaty|Convention)|Executive Order\s+\d+)\b/g;
  for (let m = re.exec(text.norm); m; m = re.exec(text.norm)) {
    let name = m[1]!.replace(/^the\s+/, '');
    let start = m.index + (m[1]!.length - name.length);
    // Drop sentence-initial words that are not part of the name ("Under the … Act").
    const words = name.split(/\s+/);
    while (words.length > 2 && /^(The|Under|In|By|A|An|With|Its|This|That|Under)$/.test(words[0]!)) {
      start += words[0]!.length + 1;
      words.shift();
      name = words.join(' ');
    }
    const existing = laws.find((l) => l.name === name);
    const law = existing ?? { id: laws.length, name, mentions: [] };
    law.mentions.push([start, start + name.length]);
    if (!existing) laws.push(law);
    // "the Magnitsky Act -- a 2012 law that aims to …" / "…, a 2012 law …,"
    const after = text.norm.slice(start + name.length, start + name.length + 300);
    const appositive = /^\s*(?:,|--|\u2014)\s*((?:a|an|the)\s+(?:(\d{4})\s+)?(?:[\w-]+\s+){0,3}?(?:law|act|statute|legislation|regulation)\b[^\u2014]*?)(?=\s*(?:--|\u2014|,\s*(?:which|and)\b|[.;]|$))/.exec(after);
    if (appositive && !law.description) {
      law.description = appositive[1]!.trim();
      if (appositive[2]) law.year = Number(appositive[2]);
    }
    const year = /^\s*of\s+(\d{4})\b/.exec(after);
    if (year && !law.year) law.year = Number(year[1]);
  }
  return laws;
}

export function findSanctions(ctx: Context, laws: Law[]): SanctionDraft[] {
  const { text } = ctx;
  const out: SanctionDraft[] = [];
  for (const sentence of text.sentences) {
    if (sentence.heading) continue;
    for (const t of sentence.tokens) {
      const found = sanctionAt(ctx, sentence, t);
      for (const s of found) {
        const duplicate = out.find((o) => o.authority.entity === s.authority.entity && o.target.entity === s.target.entity);
        if (duplicate) {
          for (const m of s.measures) if (!duplicate.measures.includes(m)) duplicate.measures.push(m);
        } else out.push(s);
      }
    }
  }
  linkLaws(text, out, laws);
  return out;
}

function sanctionAt(ctx: Context, sentence: Sentence, t: Token): SanctionDraft[] {
  const { text } = ctx;
  const tokens = text.tokens;
  const last = sentence.tokens.at(-1)!.index;
  const window = (from: number, n: number) => tokens.slice(from, Math.min(from + n, last + 1));

  // AUTH imposed sanctions on TARGET / AUTH imposed an asset freeze and a travel ban against TARGET
  if (IMPOSE.test(t.lower)) {
    const w = window(t.index + 1, 12);
    const noun = w.findIndex((x) => SANCTION_NOUN.test(x.lower));
    if (noun < 0 || !/sanction|embargo|freeze|ban|blacklist/.test(w.map((x) => x.lower).join(' '))) return [];
    const prep = w.findIndex((x, i) => i > noun && /^(on|against)$/.test(x.lower));
    if (prep < 0) return [];
    return build(ctx, sentence, t, w[prep]!.index + 1, 'active');
  }
  // AUTH hit TARGET with … sanctions
  if (HIT.test(t.lower)) {
    const w = window(t.index + 1, 14);
    const withAt = w.findIndex((x) => x.lower === 'with');
    if (withAt < 0 || !w.slice(withAt).some((x) => SANCTION_NOUN.test(x.lower) && /sanction|ban|freeze|embargo/.test(x.lower))) return [];
    return build(ctx, sentence, t, t.index + 1, 'active', tokens[t.index + withAt + 1]!.index);
  }
  // AUTH sanctioned TARGET / TARGET was sanctioned by AUTH
  if (DIRECT_SANCTION.test(t.lower) && t.lower !== 'sanctions' && t.lower !== 'sanction') {
    const prev = tokens[t.index - 1];
    if (prev && /^(was|were|been|being|is|are|be|get|got)$/.test(prev.lower)) return build(ctx, sentence, t, t.index + 1, 'passive');
    if (prev && /^(the|a|an|its|their|his|her)$/.test(prev.lower)) return [];
    return build(ctx, sentence, t, t.index + 1, 'active');
  }
  // AUTH froze the assets of TARGET / AUTH froze TARGET's assets
  if (FREEZE.test(t.lower)) {
    const w = window(t.index + 1, 8);
    if (!w.some((x) => /^(assets|funds|accounts|property|holdings)$/.test(x.lower))) return [];
    const of = w.findIndex((x) => x.lower === 'of' || x.lower === 'belonging');
    const from = of >= 0 ? w[of]!.index + (w[of]!.lower === 'belonging' ? 2 : 1) : t.index + 1;
    return build(ctx, sentence, t, from, 'active', undefined, ['ASSET_FREEZE']);
  }
  // AUTH blocked TARGET's accounts / AUTH suspended the accounts of TARGET
  if (ACCOUNT_VERB.test(t.lower)) {
    const w = window(t.index + 1, 7);
    const noun = w.findIndex((x) => ACCOUNT_NOUN.test(x.lower));
    if (noun < 0) {
      // AUTH banned TARGET from entering the country
      if (/^ban(?:ned|s)?$/.test(t.lower)) {
        const from = w.findIndex((x) => x.lower === 'from');
        if (from >= 0 && /^(entering|travel|travelling|traveling|visiting|the)$/.test(w[from + 1]?.lower ?? '')) {
          return build(ctx, sentence, t, t.index + 1, 'active', w[from]!.index, ['TRAVEL']);
        }
      }
      return [];
    }
    return accountBlock(ctx, sentence, t, t.index + 1, noun + t.index + 1);
  }
  // their disabling of accounts belonging to TARGET
  if (ACCOUNT_NOMINAL.test(t.lower)) {
    const w = window(t.index + 1, 5);
    const noun = w.findIndex((x) => ACCOUNT_NOUN.test(x.lower));
    if (noun < 0) return [];
    return accountBlock(ctx, sentence, t, t.index + 1, noun + t.index + 1);
  }
  return [];
}

function accountBlock(ctx: Context, sentence: Sentence, verb: Token, from: number, nounIndex: number): SanctionDraft[] {
  const { text } = ctx;
  const tokens = text.tokens;
  let target: SpeakerRef | undefined;
  // "accounts belonging to X" / "accounts of X"
  const after = tokens[nounIndex + 1];
  if (after && (after.lower === 'of' || after.lower === 'belonging')) {
    const np = nounPhraseAfter(text, nounIndex + (after.lower === 'belonging' ? 3 : 2), sentence);
    if (np) target = interpret(ctx, np[0], np[1])[0];
  }
  if (!target) {
    // "X's accounts" / "his pages"
    for (let k = from; k < nounIndex; k++) {
      const tk = tokens[k]!;
      if (/^(his|her)$/.test(tk.lower)) {
        const e = resolvePronoun(ctx, tk.start, 'person', tk.lower);
        if (e) target = { entity: e.id, start: tk.start, end: tk.end };
      }
      const m = ctx.registry.mentions.find((mm) => mm.first === k);
      if (m && tokens[m.last + 1]?.kind === 'possessive') target = { entity: m.entity, start: m.start, end: m.end };
    }
  }
  if (!target) return [];
  const authorities = authorityOf(ctx, sentence, verb);
  const end = Math.max(target.end, tokens[nounIndex]!.end);
  return authorities
    .filter((a) => a.entity !== target!.entity && ctx.registry.entities[a.entity]!.type === 'organization')
    .map((authority) => ({
      authority,
      target: target!,
      measures: ['ACCOUNT_BLOCK' as Measure],
      span: [Math.min(authority.start, verb.start), end] as [number, number],
    }));
}

/** The subject of the sanction verb, or the possessor of a nominal ("their disabling"). */
function authorityOf(ctx: Context, sentence: Sentence, verb: Token): SpeakerRef[] {
  const prev = ctx.text.tokens[verb.index - 1];
  if (prev && /^(their|its)$/.test(prev.lower)) {
    return coordinatedBefore(ctx, prev.start).map((e) => ({ entity: e.id, start: prev.start, end: prev.end }));
  }
  if (prev?.kind === 'possessive') {
    const m = ctx.registry.mentions.find((mm) => mm.last === prev.index - 1);
    return m ? [{ entity: m.entity, start: m.start, end: m.end }] : [];
  }
  const subject = coordinatedSubject(ctx, sentence, verb, []) ?? speakerOf(ctx, sentence, verb);
  return subject.filter((r) => ctx.registry.entities[r.entity]!.type !== 'unnamed');
}

/** "Facebook and Instagram … their": the organizations most recently named together. */
function coordinatedBefore(ctx: Context, offset: number): Entity[] {
  const mentions = ctx.registry.mentions.filter((m) => m.end <= offset);
  for (let i = mentions.length - 1; i > 0; i--) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    const between = ctx.text.norm.slice(a.end, b.start);
    if (/^\s*(?:,|and|&)\s*$|^\s*,?\s*and\s*$/.test(between) && a.entity !== b.entity) {
      const ea = ctx.registry.entities[a.entity]!;
      const eb = ctx.registry.entities[b.entity]!;
      if (ea.type === 'organization' && eb.type === 'organization') return [ea, eb];
    }
  }
  const e = resolvePronoun(ctx, offset, 'organization');
  return e ? [e] : [];
}

function build(
  ctx: Context,
  sentence: Sentence,
  verb: Token,
  targetFrom: number,
  voice: 'active' | 'passive',
  targetUntil?: number,
  measures?: Measure[],
): SanctionDraft[] {
  const { text } = ctx;
  const tokens = text.tokens;
  const np = nounPhraseAfter(text, targetFrom, sentence);
  if (!np) return [];
  let [a, b] = np;
  if (targetUntil !== undefined) b = Math.min(b, targetUntil - 1);
  // Cut the target phrase at a preposition that starts the measures or the reason.
  for (let k = a; k <= b; k++) if (/^(with|for|over|from|under|after|in|on|by|to)$/.test(tokens[k]!.lower)) {
    b = k - 1;
    break;
  }
  if (b < a) return [];
  let targets = interpret(ctx, a, b);
  // "her husband, Igor Petrov": the name in apposition.
  if (targets.length === 0 && tokens[b + 1]?.text === ',') {
    const m = ctx.registry.mentions.find((mm) => mm.first === b + 2);
    if (m) targets = [{ entity: m.entity, start: m.start, end: m.end }];
  }
  if (targets.length === 0 && a === b && /^(him|her)$/.test(tokens[a]!.lower)) {
    const e = resolvePronoun(ctx, tokens[a]!.start, 'person', tokens[a]!.lower);
    if (e) targets = [{ entity: e.id, start: tokens[a]!.start, end: tokens[a]!.end }];
  }
  targets = targets.filter((r) => ctx.registry.entities[r.entity]!.type !== 'unnamed');
  if (targets.length === 0) return [];
  // "on Varga and two other commission members, Petr Halloran and Sabine Mercadier": a list.
  if (voice === 'active') {
    const last = sentence.tokens.at(-1)!.index;
    let k = b + 1;
    while (k <= last) {
      const t = tokens[k]!;
      if (/^(for|over|after|because|in|on|under|with|from|by|to|which|who|that|saying|subjecting|freezing|banning)$/.test(t.lower) || t.kind === 'dash' || t.text === ';' || t.text === '.') break;
      const m = ctx.registry.mentions.find((mm) => mm.first === k);
      if (m && ctx.registry.entities[m.entity]!.type !== 'unnamed' && !targets.some((x) => x.entity === m.entity)) {
        if (tokens[m.last + 1]?.kind === 'possessive') break;
        targets.push({ entity: m.entity, start: m.start, end: m.end });
        k = m.last + 1;
        continue;
      }
      if (t.text === ',' && tokens[k + 1]?.lower && /^(a|an|the|its|his|her|which|who)$/.test(tokens[k + 1]!.lower) && !/^(and)$/.test(tokens[k - 1]?.lower ?? '')) {
        // An appositive ("Severgaz Trading, a subsidiary of …") ends the list.
        const next = ctx.registry.mentions.find((mm) => mm.first > k && mm.first <= k + 6);
        if (!next || /subsidiary|unit|arm|owner|parent|division/.test(text.norm.slice(tokens[k]!.start, next.start))) break;
      }
      k++;
    }
  }
  let authorities: SpeakerRef[];
  if (voice === 'passive') {
    const by = tokens.slice(b + 1, sentence.tokens.at(-1)!.index + 1).findIndex((x) => x.lower === 'by');
    if (by < 0) return [];
    const agent = nounPhraseAfter(text, b + 2 + by, sentence);
    authorities = agent ? interpret(ctx, agent[0], agent[1]) : [];
    // The sentence's subject was the target.
    targets = speakerOf(ctx, sentence, tokens[verb.index - 1]!).length ? speakerOf(ctx, sentence, tokens[verb.index - 1]!) : targets;
  } else authorities = authorityOf(ctx, sentence, verb);
  authorities = authorities.filter((r) => ctx.registry.entities[r.entity]!.type === 'organization');
  if (authorities.length === 0) return [];
  const clauseEnd = measureEnd(text, verb.index, sentence);
  const found = measures ?? measuresIn(text, verb.start, measureScopeEnd(text, verb, sentence));
  const end = Math.max(...targets.map((x) => x.end), clauseEnd);
  const out: SanctionDraft[] = [];
  for (const authority of authorities) {
    for (const target of targets) {
      if (authority.entity === target.entity) continue;
      out.push({
        authority,
        target,
        measures: found.length > 0 ? found : ['OTHER'],
        span: [Math.min(authority.start, target.start), end],
      });
    }
  }
  return out;
}

/** Measures of one sanction: up to the next sanction verb or the sentence end. */
function measureScopeEnd(text: Text, verb: Token, sentence: Sentence): number {
  for (const t of sentence.tokens) {
    if (t.index <= verb.index) continue;
    if (t.lower === 'and' && IMPOSE.test(text.tokens[t.index + 1]?.lower ?? '')) return t.start;
    if ((DIRECT_SANCTION.test(t.lower) && !/^sanctions?$/.test(t.lower)) || (IMPOSE.test(t.lower) && text.tokens[t.index - 1]?.lower === 'and')) return t.start;
  }
  return sentence.end;
}

/** Where the words reporting the measures end: the sanction noun, else the clause. */
function measureEnd(text: Text, from: number, sentence: Sentence): number {
  const last = sentence.tokens.at(-1)!.index;
  let end = text.tokens[from]!.end;
  for (let k = from; k <= last && k < from + 16; k++) {
    const t = text.tokens[k]!;
    if (t.text === ',' || t.text === ';' || (t.lower === 'and' && k > from + 12)) break;
    if (SANCTION_NOUN.test(t.lower) || /^(assets|funds|freeze|ban)$/.test(t.lower)) end = t.end;
  }
  return end;
}

/** A law named in the sanction's sentence, else the one the article ties to sanctions elsewhere. */
function linkLaws(text: Text, sanctions: SanctionDraft[], laws: Law[]): void {
  if (laws.length === 0) return;
  const sanctionLaws = laws.filter((law) =>
    law.mentions.some(([s]) => {
      const before = text.norm.slice(Math.max(0, s - 120), s);
      return /sanction|blacklist|freeze|ban/i.test(before) && /\b(under|by|of|through|per|pursuant to)\s+(the\s+)?$/.test(before);
    }),
  );
  for (const sanction of sanctions) {
    if (sanction.measures.every((m) => m === 'ACCOUNT_BLOCK')) continue;
    const sentence = text.sentences.find((s) => s.start <= sanction.span[0] && sanction.span[0] < s.end);
    const inSentence = laws.find((l) => l.mentions.some(([s]) => sentence && s >= sentence.start && s < sentence.end));
    const law = inSentence ?? (sanctionLaws.length === 1 ? sanctionLaws[0] : undefined);
    if (law) sanction.legalBasis = law.id;
  }
}

export function isLawWord(word: string): boolean {
  return LAW_HEADS.has(word.toLowerCase());
}
