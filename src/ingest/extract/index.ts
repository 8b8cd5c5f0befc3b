// The automatic extractor: a document body (and its publication date) in, an Annotation
// out, in the curated format. Pure, deterministic and offline: the steps are text →
// places and names → coreference (names, genders, states, descriptions) → roles and
// countries → statements and sanctions → dates, keys and spans.
import type { Annotation } from '../annotationSchema.ts';
import { nameKey } from '../keys.ts';
import { assignCountries, findAffiliations } from './affiliations.ts';
import { EntityRegistry, learnGenders, resolveDescriptions, resolveNames, resolvePronoun, resolveStates, type Entity } from './coreference.ts';
import { findDateText, resolveDate } from './dates.ts';
import { NEWS_OUTLETS, PRONOUNS_PERSON, REPORTING_VERBS } from './lexicon.ts';
import { findNameChunks, orgKindOfWords, type NameChunk } from './names.ts';
import { datelineEnd, findStatements, makeContext, type Context, type StatementDraft } from './quotes.ts';
import { learnPlaces } from './places.ts';
import { findLaws, findSanctions } from './sanctions.ts';
import { analyzeText, findQuotes, inQuote, span, type Text, type Token } from './text.ts';

export { analyzeText } from './text.ts';

export interface ExtractOptions {
  /** The article's publication date, against which weekdays and days without a year are read. */
  publishedAt?: Date | null;
}

export function extractAnnotation(body: string, options: ExtractOptions = {}): Annotation {
  const text = analyzeText(body);
  const laws = findLaws(text);
  const inLaw = (c: NameChunk) => laws.some((l) => l.mentions.some(([s, e]) => c.start < e && s < c.end));
  const places = learnPlaces(text);
  const chunks = findNameChunks(text, places).filter((c) => !inLaw(c));
  const quotes = findQuotes(text);
  const registry = new EntityRegistry(text);
  resolveNames(text, chunks, registry, places);
  learnGenders(text, registry);
  resolveStates(text, registry, places);
  resolveDescriptions(text, registry, places, quotes);
  mentionInHeadings(text, registry);
  registry.sort();
  const contributors = findContributors(text, registry);
  findBylines(text, registry);
  findPartyLabels(text, registry);
  registry.sort();
  const affiliations = findAffiliations(text, chunks, registry, quotes);
  assignCountries(text, chunks, registry, places, affiliations);
  const ctx = makeContext(text, registry, quotes, places);
  const statements = findStatements(ctx);
  const sanctions = findSanctions(ctx, laws);

  // Keys: every entity that is mentioned, speaks, or is sanctioned.
  const used = new Set<number>();
  for (const e of registry.entities) if (e.mentions.length > 0) used.add(e.id);
  for (const s of statements) used.add(s.speaker.entity);
  for (const s of sanctions) {
    used.add(s.authority.entity);
    used.add(s.target.entity);
  }
  const keys = new Map<number, string>();
  const taken = new Set<string>();
  for (const e of registry.entities) {
    if (!used.has(e.id)) continue;
    const base = slug(e.name);
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    keys.set(e.id, key);
  }
  const keyOf = (id: number) => keys.get(id)!;

  const lawKeys = new Map<number, string>();
  for (const law of laws) {
    let key = slug(law.name);
    for (let n = 2; [...lawKeys.values()].includes(key); n++) key = `${slug(law.name)}-${n}`;
    lawKeys.set(law.id, key);
  }

  const entities: Annotation['entities'] = [];
  for (const e of registry.entities) {
    if (!keys.has(e.id)) continue;
    entities.push(toEntity(e, (id) => keys.get(id)));
  }
  if (entities.length === 0) entities.push({ key: 'unknown', type: 'unnamed', label: 'unknown' });

  return {
    article: { contributors: contributors.filter((id) => keys.has(id)).map(keyOf) },
    entities,
    legalBases: laws.map((law) => ({
      key: lawKeys.get(law.id)!,
      name: law.name,
      ...(law.year !== undefined && law.year >= 1000 && law.year <= 2999 ? { year: law.year } : {}),
      ...(law.description ? { description: law.description } : {}),
    })),
    mentions: registry.mentions
      .filter((m) => m.form !== 'pronoun' && keys.has(m.entity) && registry.entities[m.entity]!.type !== 'unnamed')
      .map((m) => ({ ...span(text, m.start, m.end), entity: keyOf(m.entity) })),
    affiliations: affiliations.map((a) => ({
      person: keyOf(a.person),
      ...(a.organization !== undefined && keys.has(a.organization) ? { organization: keyOf(a.organization) } : {}),
      role: span(text, a.role[0], a.role[1]),
    })),
    statements: statements.map((s) => {
      const dateText = dateWords(text, statementDate(text, s), options.publishedAt);
      return {
        speaker: keyOf(s.speaker.entity),
        speakerSpan: span(text, s.speaker.start, s.speaker.end),
        verb: s.verb,
        kind: s.kind,
        content: span(text, s.content[0], s.content[1]),
        sentence: span(text, s.sentences[0], s.sentences[1]),
        about: [...new Set([...(s.antecedent !== undefined ? [s.antecedent] : []), ...aboutOf(ctx, s.content[0], s.content[1])])]
          .filter((id) => keys.has(id) && registry.entities[id]!.type !== 'unnamed')
          .map(keyOf),
        ...dateText,
      };
    }),
    sanctions: sanctions.map((s) => ({
      authority: keyOf(s.authority.entity),
      target: keyOf(s.target.entity),
      targetSpan: span(text, s.target.start, s.target.end),
      measures: s.measures,
      ...(s.legalBasis !== undefined ? { legalBasis: lawKeys.get(s.legalBasis)! } : {}),
      span: span(text, s.span[0], s.span[1]),
      ...dateWords(text, s.dateText, options.publishedAt),
    })),
  };
}

/**
 * The date words of a statement: in its sentence but neither in the reported words (a
 * date there is the reported event's) nor in a dateline, and not in another clause
 * before the attribution (", and …") or after the report (", and said on Tuesday").
 */
function statementDate(text: Text, s: StatementDraft): [number, number] | undefined {
  const verb = text.tokens[s.verbToken]!;
  const sentence = text.sentences[verb.sentence]!;
  const outside: [number, number][] = [s.content, [sentence.start, text.tokens[datelineEnd(text, sentence)]?.start ?? sentence.start]];
  const attribution = Math.min(s.speaker.start, verb.start);
  // Before the attribution: only within its clause.
  const clause = text.tokens.slice(sentence.tokens[0]!.index, tokenIndexAt(text, attribution)).findLast((t) => t.text === ';' || (t.lower === 'and' && text.tokens[t.index - 1]?.text === ','));
  if (clause) outside.push([s.sentences[0], clause.end]);
  // After the report: up to another reporting verb.
  if (s.content[1] > verb.end) {
    const next = text.tokens.find((t) => t.start >= s.content[1] && t.start < s.sentences[1] && REPORTING_VERBS.has(t.lower));
    if (next) outside.push([next.start, s.sentences[1]]);
  }
  const found = findDateText(text, s.sentences[0], s.sentences[1], s.verbToken, outside);
  // A quotation's own date ("On December 26, we sent …") when the attribution gives none.
  return found ?? (s.kind === 'DIRECT' ? findDateText(text, s.content[0], s.content[1], s.verbToken) : undefined);
}

function tokenIndexAt(text: Text, offset: number): number {
  return text.tokens.find((t) => t.start >= offset)?.index ?? text.tokens.length;
}

/** The date words of a range as written, and the calendar day when they pin one down. */
function dateWords(text: Text, range: [number, number] | undefined, publishedAt?: Date | null): { dateText?: string; date?: string } {
  if (!range) return {};
  const words = text.body.slice(range[0], range[1]);
  const date = resolveDate(text.norm.slice(range[0], range[1]), publishedAt);
  return { ...(date ? { date } : {}), dateText: words };
}

function toEntity(e: Entity, keyOf: (id: number) => string | undefined): Annotation['entities'][number] {
  const key = keyOf(e.id)!;
  if (e.type === 'unnamed') return { key, type: 'unnamed', label: e.name };
  const aliases = [...e.aliases].filter((a) => a !== e.name);
  const common = {
    key,
    name: e.name,
    aliases,
    ...(e.description ? { description: e.description } : {}),
    ...(e.country ? { country: e.country } : {}),
  };
  if (e.type === 'person') return { ...common, type: 'person' };
  return {
    ...common,
    type: 'organization',
    kind: e.kind ?? 'OTHER',
    ...(e.parent !== undefined && keyOf(e.parent) !== undefined ? { parent: keyOf(e.parent) } : {}),
  };
}

export function slug(name: string): string {
  const s = nameKey(name).replace(/\s+/g, '-').replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return s === '' ? 'entity' : s;
}

/** Names of known entities in headings, where capitalization tells nothing. */
function mentionInHeadings(text: Text, registry: EntityRegistry): void {
  const names = new Map<string, Entity>();
  for (const e of registry.entities) {
    if (e.type === 'unnamed') continue;
    for (const n of [e.name, ...e.aliases]) if (!/^the\s/i.test(n)) names.set(n, e);
  }
  const sorted = [...names.keys()].sort((a, b) => b.length - a.length);
  for (const sentence of text.sentences) {
    if (!sentence.heading) continue;
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      for (const name of sorted) {
        const t = tokens[i]!;
        if (!text.norm.startsWith(name, t.start)) continue;
        const endOffset = t.start + name.length;
        const last = tokens.find((x) => x.end === endOffset);
        if (!last) continue;
        registry.mention(names.get(name)!, t, last, 'name');
        i = last.index - tokens[0]!.index;
        break;
      }
    }
  }
}

/**
 * Credit lines: "With reporting by TASS and Interfax" (agencies, returned as the article's
 * contributors), "(Reporting by Mara Oyelaran-Pike in Corvanne; Editing by Petra Vance)"
 * (reporters and editors, persons of the article).
 */
function findContributors(text: Text, registry: EntityRegistry): number[] {
  const out: number[] = [];
  const re =
    /\b(?:with (?:additional )?reporting (?:by|from)|(?:additional )?reporting (?:by|from)|compiled (?:by|from)|contributed by|(?:editing|writing|written|edited|graphics|fact-checking) by|^source:)\s+([^\n.;)]+)/gim;
  // "(dpa, Reuters)", "ab/rc (AFP, dpa)": the agencies of a sign-off line.
  const signOff = /^[ \t]*(?:[a-z]{2,3}\/[a-z]{2,3}[ \t]*)?\(([^()\n]+)\)[ \t]*$/gm;
  for (let m = signOff.exec(text.norm); m; m = signOff.exec(text.norm)) {
    const listStart = m.index + m[0].indexOf(m[1]!);
    for (const part of m[1]!.matchAll(/[^,;&]+/g)) {
      const name = part[0].trim();
      if (!NEWS_OUTLETS.has(name.toLowerCase())) continue;
      const offset = listStart + part.index! + part[0].indexOf(name);
      const first = text.tokens.find((t) => t.start === offset);
      const last = text.tokens.find((t) => t.end === offset + name.length);
      if (!first || !last) continue;
      const entity = registry.byName(name) ?? registry.add('organization', name, 'NEWS_AGENCY');
      entity.credited = true;
      registry.mention(entity, first, last, 'name');
      if (!out.includes(entity.id)) out.push(entity.id);
    }
  }
  for (let m = re.exec(text.norm); m; m = re.exec(text.norm)) {
    const listStart = m.index + m[0].length - m[1]!.length;
    const list = m[1]!;
    const partRe = /[^,;&]+?(?=\s*(?:,|;|&|\band\b|$))/g;
    for (let p = partRe.exec(list); p; p = partRe.exec(list)) {
      const raw = p[0].replace(/^\s*(?:and\s+)?/, '');
      if (!raw.trim()) continue;
      const offset = listStart + p.index + (p[0].length - raw.length);
      // "Mara Oyelaran-Pike in Corvanne": the reporter without the place.
      const name = raw.trim().replace(/\s+(?:in|from|at)\s+.*$/, '');
      if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 4) continue;
      const first = text.tokens.find((t) => t.start === offset);
      const last = text.tokens.find((t) => t.end === offset + name.length);
      if (!first || !last) continue;
      // Agencies are one word, an acronym or a name with an organization's head
      // ("Agence France-Presse"); two to four other words are a reporter or an editor.
      const words = name.split(/\s+/);
      const known = registry.byName(name);
      if (words.length > 1 && !orgKindOfWords(words.map((w) => w.toLowerCase())) && known?.type !== 'organization') {
        if (words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|van|von|da|di|al|bin|le|la)$/.test(w))) {
          registry.mention(known ?? registry.add('person', name), first, last, 'name');
        }
        continue;
      }
      const entity = known ?? registry.add('organization', name, 'NEWS_AGENCY');
      if (entity.type === 'organization') entity.kind = 'NEWS_AGENCY';
      entity.credited = true;
      registry.mention(entity, first, last, 'name');
      if (!out.includes(entity.id)) out.push(entity.id);
    }
  }
  return out;
}

const BYLINE_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin|da|di|le|la)){1,3}`;
const STAFF_ROLE = /^(?:(?:senior|chief|staff|business|political|economics|security|foreign|diplomatic|legal|technology|sports?|energy|europe|asia|africa|middle east|moscow|washington|london|brussels|beijing)\s+)*(?:reporter|correspondent|writer|editor|journalist|analyst|staff writer|staff)$/i;

const BY_LINE = new RegExp(String.raw`^(?:By|BY|by)\s+(${BYLINE_NAME})(?:\s*(?:,|and|&)\s*(${BYLINE_NAME}))?(?:\s*(?:,|\||—|-)\s*(.+))?$`, 'u');
const CAPS_LINE = new RegExp(String.raw`^(${BYLINE_NAME}),\s+(?:(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+)?((?:\p{Ll}+\s+)*(?:reporter|correspondent|writer|editor|journalist))$`, 'u');
// "Helena Strachan Diplomatic editor": a name and its desk on one line.
const DESK_LINE = new RegExp(String.raw`^(\p{Lu}\p{Ll}[\p{L}'’-]*\s+\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}+\s+)*(?:reporter|correspondent|writer|editor|journalist)$`, 'u');
// "Oliver Pettigrew in London and Eleni Markou in Nicosia": an FT-style credit.
const IN_CITY_LINE = new RegExp(String.raw`^(${BYLINE_NAME})\s+in\s+\p{Lu}[\p{L}'’ -]*?(?:\s+and\s+(${BYLINE_NAME})\s+in\s+\p{Lu}[\p{L}'’ -]*)?$`, 'u');

/**
 * Bylines: "By Joanna Pryce-Ellis" (and the "Business reporter, BBC News" line under it),
 * "HARUKA OGIWARA, Nikkei staff writer": the writers as persons, their outlet as media.
 */
function findBylines(text: Text, registry: EntityRegistry): void {
  const lineRe = /^[ \t]*(.+?)[ \t]*$/gmu;
  const lines: { start: number; text: string }[] = [];
  for (let m = lineRe.exec(text.norm); m; m = lineRe.exec(text.norm)) lines.push({ start: m.index + m[0].indexOf(m[1]!), text: m[1]! });
  for (const [n, line] of lines.entries()) {
    if (line.text.length > 90) continue;
    const by = BY_LINE.exec(line.text) ?? IN_CITY_LINE.exec(line.text);
    const desk = by ? undefined : DESK_LINE.exec(line.text);
    const caps = by || desk ? undefined : CAPS_LINE.exec(line.text);
    if (!by && !caps && !desk) continue;
    if (caps && !/^[\p{Lu}\s'’.-]+$/u.test(caps[1]!)) continue;
    const names = by ? [by[1], by[2]].filter((x): x is string => x !== undefined) : desk ? [desk[1]!] : [caps![1]!];
    let from = 0;
    for (const name of names) {
      const offset = line.start + line.text.indexOf(name, from);
      from = offset - line.start + name.length;
      const person = /\s(?:and|&)\s/.test(name) ? undefined : name;
      if (!person) continue;
      const titled = /^[\p{Lu}\s'’.-]+$/u.test(person) ? person.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase()) : person;
      mentionSpan(text, registry, registry.byName(titled) ?? registry.add('person', titled), offset, person);
    }
    // The outlet: "Nikkei staff writer", "| Reuters", and "Business reporter, BBC News" on the next line.
    let outlet: { offset: number; name: string } | undefined;
    if (caps?.[2]) outlet = { offset: line.start + line.text.lastIndexOf(caps[2], line.text.length - caps[3]!.length), name: caps[2] };
    const next = lines[n + 1];
    const roleLine = next && /^(.+?),\s+(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})$/u.exec(next.text);
    if (by && roleLine && STAFF_ROLE.test(roleLine[1]!)) outlet = { offset: next!.start + next!.text.lastIndexOf(roleLine[2]!), name: roleLine[2]! };
    if (outlet) {
      const entity = registry.byName(outlet.name) ?? registry.add('organization', outlet.name, 'MEDIA');
      mentionSpan(text, registry, entity, outlet.offset, outlet.name);
    }
  }
}

/** Mentions the words at `offset` when they start and end on token boundaries. */
function mentionSpan(text: Text, registry: EntityRegistry, entity: Entity, offset: number, words: string): void {
  const first = text.tokens.find((t) => t.start === offset);
  const last = text.tokens.find((t) => t.end === offset + words.length);
  if (!first || !last) return;
  entity.credited = true;
  if (words !== entity.name) entity.aliases.add(words);
  registry.mention(entity, first, last, 'name');
}

/** Parties named by the adjective before a politician's title: "Labour MP Rhiannon Hale". */
const PARTY_LABELS = new Map([
  ['labour', 'Labour Party'],
  ['conservative', 'Conservative Party'],
  ['tory', 'Conservative Party'],
  ['republican', 'Republican Party'],
  ['democratic', 'Democratic Party'],
  ['democrat', 'Democratic Party'],
]);
const POLITICIANS = /^(mp|mps|lawmaker|lawmakers|senator|senators|sen|rep|representative|congressman|congresswoman|leader|politician|councillor|peer|mep|meps|member|members|candidate|party)$/;

function findPartyLabels(text: Text, registry: EntityRegistry): void {
  for (const t of text.tokens) {
    const party = PARTY_LABELS.get(t.lower);
    if (!party || !/^\p{Lu}\p{Ll}/u.test(t.text) || registry.mentionAtToken(t.index)) continue;
    const next = text.tokens[t.index + 1];
    if (!next || next.sentence !== t.sentence || !POLITICIANS.test(next.lower)) continue;
    if (text.sentences[t.sentence]!.heading) continue;
    const entity = registry.byName(party) ?? registry.add('organization', party, 'POLITICAL_PARTY');
    entity.aliases.add(t.text);
    registry.mention(entity, t, t, 'name');
  }
}

/**
 * Whether a token opens a clause of the content ("it would comply", "… and that it was
 * cooperating"): "it" there is a subject, and refers, where elsewhere it is often empty
 * ("it is time").
 */
function opensClause(text: Text, t: Token, contentStart: number): boolean {
  const prev = text.tokens[t.index - 1];
  const next = text.tokens[t.index + 1];
  const opening = t.start === contentStart || /^(that|and|but|,)$/.test(prev?.lower ?? '');
  return opening && !/^(is|was|'s|seems|seemed|appears|appeared)$/.test(next?.lower ?? '');
}

/** Persons and organizations a content span refers to, by name, description or pronoun. */
function aboutOf(ctx: Context, start: number, end: number): number[] {
  const { registry, text } = ctx;
  const out: number[] = [];
  const push = (id: number | undefined) => {
    if (id === undefined) return;
    if (registry.entities[id]!.type === 'unnamed') return;
    if (!out.includes(id)) out.push(id);
  };
  for (const t of text.tokens) {
    if (t.start < start || t.end > end) continue;
    const m = registry.mentions.find((mm) => mm.start === t.start);
    if (m) push(m.entity);
    else if (PRONOUNS_PERSON.has(t.lower) && !inQuote(ctx.quotes, t.start)) push(resolvePronoun(ctx, t.start, 'person', t.lower)?.id);
    else if (t.lower === 'its' || (t.lower === 'it' && opensClause(text, t, start))) push(resolvePronoun(ctx, t.start, 'organization', t.lower)?.id);
  }
  return out;
}
