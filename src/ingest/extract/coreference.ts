// Coreference inside one article: name chunks grouped into entities (a surname to the
// full name, an acronym or a shortened name to the organization), organizations
// introduced by description ("Russia's telecommunications watchdog") and the definite
// descriptions and pronouns that point back to an entity.
import { isAcronym, type NameChunk } from './names.ts';
import {
  DESCRIPTOR_QUALIFIERS,
  CAPITALS,
  GOVERNMENT_SEATS,
  INSTITUTION_QUALIFIERS,
  REPORTING_VERBS,
  NATIONALITIES,
  ORG_DESCRIPTORS,
  PERSON_ROLES,
  type OrgKind,
} from './lexicon.ts';
import { nameKey } from '../keys.ts';
import { looksLikeVerb, orgKindOfWords } from './names.ts';
import { isCity } from './cities.ts';
import type { Places } from './places.ts';
import { dateline, inQuote, type Quote, type Text, type Token } from './text.ts';

export interface Mention {
  start: number;
  end: number;
  entity: number;
  /** First and last token of the mention. */
  first: number;
  last: number;
  /** Named (a proper name), described ("the watchdog") or a pronoun. */
  form: 'name' | 'description' | 'pronoun';
  sentence: number;
  /** What the mention is in its clause, as far as the words around it tell; see mentionRole. */
  role: Role;
}

export type Role = 'subject' | 'object' | 'oblique';

export interface Entity {
  id: number;
  type: 'person' | 'organization' | 'unnamed';
  name: string;
  aliases: Set<string>;
  kind?: OrgKind;
  description?: string;
  country?: string;
  parent?: number;
  /** Descriptor nouns the article uses for the entity ("watchdog", "newspaper"). */
  descriptors: Set<string>;
  /** For persons, when the text tells it ("his spokeswoman, Hedda Lunde") or the given name suggests it. */
  gender?: 'male' | 'female';
  /** Whether the text tells the gender, rather than the given name suggesting it. */
  genderTold?: boolean;
  /** Named only as a byline or a credit ("By Joanna Pryce-Ellis", "With reporting by TASS"): no antecedent of a pronoun. */
  credited?: boolean;
  mentions: Mention[];
}

export class EntityRegistry {
  readonly entities: Entity[] = [];
  /** Every mention of every entity, in text order once `sort` ran. */
  mentions: Mention[] = [];

  constructor(readonly text: Text) {}

  add(type: Entity['type'], name: string, kind?: OrgKind): Entity {
    const entity: Entity = { id: this.entities.length, type, name, aliases: new Set(), descriptors: new Set(), mentions: [] };
    if (kind) entity.kind = kind;
    this.entities.push(entity);
    return entity;
  }

  mention(entity: Entity, first: Token, last: Token, form: Mention['form']): Mention {
    const existing = this.mentions.find((m) => m.start === first.start && m.end === last.end);
    if (existing) return existing;
    // "The department's Office of Foreign Assets Control added …": the owner is no subject.
    const role = this.text.tokens[last.index + 1]?.kind === 'possessive' ? 'oblique' : mentionRole(this.text, first);
    const mention: Mention = { start: first.start, end: last.end, entity: entity.id, first: first.index, last: last.index, form, sentence: first.sentence, role };
    entity.mentions.push(mention);
    this.mentions.push(mention);
    return mention;
  }

  sort(): void {
    this.mentions.sort((a, b) => a.start - b.start);
    for (const e of this.entities) e.mentions.sort((a, b) => a.start - b.start);
  }

  /** The mention covering a token, if any. */
  mentionAtToken(index: number): Mention | undefined {
    return this.mentions.find((m) => m.first <= index && index <= m.last);
  }

  byName(name: string): Entity | undefined {
    const key = nameWords(name);
    return this.entities.find((e) => nameWords(e.name) === key || [...e.aliases].some((a) => nameWords(a) === key));
  }
}

/**
 * The words that identify a name, for comparing the names of one article with each other:
 * the project's nameKey, then a possessive ending and punctuation dropped, so that "U.S."
 * and "US", "Gazprom's" and "Gazprom" compare equal. Not a database key (nameKey is): the
 * extractor needs looser equality than the one that decides whether two rows are one.
 */
export function nameWords(name: string): string {
  return memo(nameWordsCache, name, () =>
    nameKey(name)
      .replace(/'s?$/u, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
}

// Names come back again and again while entities are compared: their words are kept,
// up to a bound so that a long ingest does not grow them without end.
const nameWordsCache = new Map<string, string>();
const ownWordsCache = new Map<string, string[]>();

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size > 20_000) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Groups the chunks into entities; chunks of places and laws are left out. */
export function resolveNames(text: Text, chunks: NameChunk[], registry: EntityRegistry, places: Places): void {
  decideTypes(chunks);
  const byKey = new Map<string, Entity>();
  const chunkEntity = new Map<NameChunk, Entity>();
  const link = (chunk: NameChunk, entity: Entity) => {
    chunkEntity.set(chunk, entity);
    byKey.set(nameWords(chunk.name), entity);
    // "The State Secretariat for Economic Affairs (SECO)", "…, known as EPO": the name's acronym.
    const next = text.tokens[chunk.last + 1];
    // ("…, known locally as Azattyk", "…, known as “Ti Mapou,”": the other name, quoted or not.)
    let as = chunk.last + 3;
    if (/^(locally|widely|also|popularly)$/.test(text.tokens[as]?.lower ?? '')) as++;
    const knownAs = next?.text === ',' && text.tokens[chunk.last + 2]?.lower === 'known' && text.tokens[as]?.lower === 'as';
    const quoted = knownAs && text.tokens[as + 1]?.kind === 'quote' ? 1 : 0;
    const or = next?.text === ',' && text.tokens[chunk.last + 2]?.lower === 'or' && text.tokens[chunk.last + 4]?.text === ',';
    // "The International Chess Federation, FIDE, has …": an acronym in apposition.
    const apposed = next?.text === ',' && isAcronym(text.tokens[chunk.last + 2]?.text ?? '') && text.tokens[chunk.last + 3]?.text === ',';
    const acronym = text.tokens[knownAs ? as + 1 + quoted : chunk.last + (or ? 3 : 2)];
    if (knownAs && acronym) {
      // A name of several words: the whole chunk there.
      const other = chunks.find((c) => c.first === acronym.index && c !== chunk);
      if (other && !byKey.has(nameWords(other.name))) byKey.set(nameWords(other.name), entity);
    }
    const bracketed = (next?.text === '(' && text.tokens[chunk.last + 3]?.text === ')') || apposed;
    const short = acronym !== undefined && (isAcronym(acronym.text) || /^\p{Lu}\p{L}+$/u.test(acronym.text));
    if ((bracketed || knownAs || or) && short && !byKey.has(nameWords(acronym!.text))) {
      byKey.set(nameWords(acronym!.text), entity);
    }
    if (chunk.name !== entity.name) entity.aliases.add(chunk.name);
    if (chunk.descriptor) entity.descriptors.add(chunk.descriptor);
    registry.mention(entity, text.tokens[chunk.first]!, text.tokens[chunk.last]!, 'name');
  };

  // Full personal names and named organizations first, longest names first, so that a
  // later "Kadyrov" or "Treasury" finds the entity it shortens.
  const firm = chunks
    .filter((c) => (c.type === 'person' && (c.last > c.first || c.evidence > 0)) || c.type === 'organization')
    .sort((a, b) => b.last - b.first - (a.last - a.first) || a.start - b.start);
  let parentsFound = false;
  for (const chunk of firm) {
    if (!parentsFound && chunk.first === chunk.last) {
      // Before single words, which may shorten a parent's name ("the Union").
      findParents(chunks, chunkEntity, registry, places);
      parentsFound = true;
    }
    const key = nameWords(chunk.name);
    const same = byKey.get(key);
    if (same && same.type === chunk.type) {
      link(chunk, same);
      continue;
    }
    // A two-word name the words alone call a person may shorten an organization's ("Hangzhou Vision").
    const longer = chunk.type === 'person' ? ((chunk.evidence === 0 ? findOrgFor(chunk, registry) : undefined) ?? findPersonFor(chunk, registry)) : findOrgFor(chunk, registry);
    if (longer) {
      link(chunk, longer);
      continue;
    }
    const entity = registry.add(chunk.type as 'person' | 'organization', chunk.name, chunk.orgKind);
    // "the Treasury Department's Office of Foreign Assets Control": also known without its owner.
    if (chunk.ownerName && !places.has(chunk.ownerName.toLowerCase()) && !places.countryOf(chunk.ownerName)) {
      const own = chunk.name.replace(/^.*['\u2019]s?\s+(?=\p{Lu})/u, '');
      if (own !== chunk.name && own.split(/\s+/).length >= 2) entity.aliases.add(own);
    }
    link(chunk, entity);
  }

  if (!parentsFound) findParents(chunks, chunkEntity, registry, places);


  // Single words whose kind the name alone does not tell.
  for (const chunk of chunks) {
    if (chunkEntity.has(chunk) || chunk.type === 'place' || chunk.type === 'law') continue;
    const key = nameWords(chunk.name);
    const known = byKey.get(key) ?? findPersonFor(chunk, registry) ?? findOrgFor(chunk, registry);
    if (known) link(chunk, known);
  }

  // What is left: capitalized words met in no other name. Several cues decide.
  const leftovers = new Map<string, NameChunk[]>();
  for (const chunk of chunks) {
    if (chunkEntity.has(chunk) || chunk.type !== 'unknown' || chunk.evidence < 0) continue;
    const key = nameWords(chunk.name);
    leftovers.set(key, [...(leftovers.get(key) ?? []), chunk]);
  }
  for (const group of leftovers.values()) {
    const type = guessType(text, group, places);
    if (!type) continue;
    const entity = registry.add(type, group[0]!.name, type === 'organization' ? 'OTHER' : undefined);
    for (const chunk of group) link(chunk, entity);
  }
}

/**
 * One type per name: every chunk of a name takes the type of its best-attested chunk, so
 * that "the Nordic conglomerate Pinewood Interactive" decides what a later bare
 * "Pinewood Interactive" is.
 */
function decideTypes(chunks: NameChunk[]): void {
  const best = new Map<string, NameChunk>();
  for (const c of chunks) {
    if (c.type !== 'person' && c.type !== 'organization') continue;
    const key = nameWords(c.name);
    const current = best.get(key);
    if (!current || c.evidence > current.evidence) best.set(key, c);
  }
  for (const c of chunks) {
    if (c.type === 'law') continue;
    const b = best.get(nameWords(c.name));
    if (!b || b === c || b.evidence <= c.evidence) continue;
    c.type = b.type;
    c.evidence = b.evidence;
    if (b.orgKind) c.orgKind = b.orgKind;
    else delete c.orgKind;
  }
}

/**
 * Parent bodies named inside a name: "Council of the Northern Union" and "the Northern
 * Union's General Court" belong to the Northern Union, which they make an entity when the
 * article has not named it alone.
 */
function findParents(chunks: NameChunk[], chunkEntity: Map<NameChunk, Entity>, registry: EntityRegistry, places: Places): void {
  const parentNamed = (name: string): Entity | undefined => {
    const words = name.split(/\s+/).map((w) => w.toLowerCase());
    if (places.has(name.toLowerCase()) || orgKindOfWords(words) === undefined) return undefined;
    return registry.byName(name) ?? findOrgFor(name, registry) ?? registry.add('organization', name, orgKindOfWords(words));
  };
  for (const chunk of chunks) {
    const entity = chunkEntity.get(chunk);
    if (!entity || entity.type !== 'organization' || entity.parent !== undefined) continue;
    const of = / of (?:the )?(.+)$/.exec(chunk.name);
    const parentName = chunk.ownerName ?? of?.[1];
    if (!parentName) continue;
    const parent = parentNamed(parentName);
    if (parent && parent !== entity) entity.parent = parent.id;
  }
}

function findPersonFor(chunk: NameChunk, registry: EntityRegistry): Entity | undefined {
  const words = chunk.name.split(/\s+/);
  if (words.length > 2) return undefined;
  const key = nameWords(chunk.name);
  return registry.entities.find((e) => {
    if (e.type !== 'person' || e.name === chunk.name) return false;
    const parts = e.name.split(/\s+/).map(nameWords);
    // "Kadyrov" → "Ramzan Kadyrov"; "Mr Smith" already lost its title.
    return parts.length > 1 && (parts[parts.length - 1] === key || (words.length === 2 && nameWords(e.name).endsWith(' ' + key)));
  }) ??
    // "Valdivieso" → "Rodrigo Valdivieso Mena": the first of two surnames.
    (words.length === 1 ? registry.entities.find((e) => e.type === 'person' && e.name.split(/\s+/).length === 3 && nameWords(e.name.split(/\s+/)[1]!) === key && !/^(de|da|del|van|von|al|bin)$/i.test(e.name.split(/\s+/)[1]!)) : undefined) ??
    byGivenName(key, registry);
}

/** "Olga" for "Olga Petrova", when one person of the article has that given name. */
function byGivenName(key: string, registry: EntityRegistry): Entity | undefined {
  if (key.includes(' ')) return undefined;
  const persons = registry.entities.filter((e) => e.type === 'person' && e.name.includes(' ') && nameWords(e.name.split(/\s+/)[0]!) === key);
  return persons.length === 1 ? persons[0] : undefined;
}

function findOrgFor(chunk: NameChunk | string, registry: EntityRegistry): Entity | undefined {
  const name = typeof chunk === 'string' ? chunk : chunk.name;
  const key = nameWords(name);
  // A shortened name follows the full one: "the Foreign Ministry" before "Russia's Foreign
  // Ministry" is another country's.
  const after = typeof chunk === 'string' ? Infinity : chunk.start;
  return registry.entities.find((e) => {
    if (e.type !== 'organization' || e.name === name) return false;
    // "METI" for "Japan's Ministry of Economy, Trade and Industry": with or without its owner,
    // and before the full name too ("… imposed by OFSI" in a standfirst).
    const letters = name.replace(/[^\p{Lu}]/gu, '');
    if (isAcronym(name) && letters.length >= 3 && (initials(e.name) === letters || initials(e.name.replace(/^.*?['’]s\s+/, '')) === letters)) return true;
    if (e.mentions.length > 0 && e.mentions[0]!.start > after) return false;
    if (isAcronym(name) && (initials(e.name) === letters || initials(e.name.replace(/^.*?['’]s\s+/, '')) === letters)) return true;
    const full = ownWords(e.name);
    const part = key.split(' ');
    // "Trade Ministry" for "Tessaly's Ministry of Trade and Industry": the field before the head.
    const of = /^(.*?)\s+of\s+(?:the\s+)?(.*)$/.exec(e.name.replace(/^.*['\u2019]s?\s+(?=\p{Lu})/u, ''));
    if (of && part.length >= 2 && nameWords(of[1]!).split(' ').includes(part.at(-1)!) && part.slice(0, -1).every((w) => nameWords(of[2]!).split(' ').includes(w))) return true;
    // "Treasury" in "U.S. Treasury Department", "Amnesty" in "Amnesty International".
    return part.length <= full.length && part.every((w) => full.includes(w)) && !NATIONALITIES.has(key);
  });
}

/**
 * The words of an organization's name that name it rather than its owner or parent:
 * "foreign ministry" of "Kestria's Foreign Ministry", "council" of "Council of the Northern
 * Union". A shortened name is made of these.
 */
function ownWords(name: string): string[] {
  return memo(ownWordsCache, name, () => {
    const own = name.replace(/^.*['\u2019]s?\s+(?=\p{Lu})/u, '').replace(/\s+of\s+(?:the\s+)?.*$/, '');
    return nameWords(own).split(' ');
  });
}

/** Nouns whose "of"-complement is a place. */
const PLACE_OF = new Set([
  'mayor', 'governor', 'city', 'town', 'village', 'province', 'region', 'capital', 'residents', 'outskirts', 'centre',
  'center', 'north', 'south', 'east', 'west', 'suburbs', 'port', 'streets', 'people', 'citizens', 'coast', 'island',
]);
const LOCATIVE = new Set(['in', 'across', 'throughout', 'near', 'inside', 'outside', 'around', 'into', 'within']);
const HUMAN_VERBS = new Set(['said', 'says', 'told', 'added', 'appointed', 'died', 'was', 'is', 'has', 'had', 'wrote', 'accused', 'denied', 'met', 'signed', 'called', 'ordered', 'insisted', 'argued', 'warned']);

/** Person, organization, or neither (a place) for capitalized words the name alone leaves open. */
function guessType(text: Text, group: NameChunk[], places: Places): 'person' | 'organization' | undefined {
  let place = 0;
  let org = 0;
  let person = 0;
  let modifier = 0;
  for (const chunk of group) {
    const before = text.tokens[chunk.first - 1];
    const after = text.tokens[chunk.last + 1];
    const after2 = text.tokens[chunk.last + 2];
    if (before && LOCATIVE.has(before.lower)) place += 2;
    // "the Antwerp diamond hub": a name only modifying a noun says nothing of itself.
    if (before?.lower === 'the' && after?.kind === 'word' && /^\p{Ll}/u.test(after.text) && !looksLikeVerb(after) && chunk.first === chunk.last) modifier++;
    // "the mayor of Kelvik", "the outskirts of Brenvik".
    if (before?.lower === 'of' && PLACE_OF.has(text.tokens[chunk.first - 2]?.lower ?? '')) place += 2;
    if (before?.lower === 'from' || before?.lower === 'to') place += 0.25;
    // "a schoolteacher from Kutaisi": where a person is from.
    const noun = text.tokens[chunk.first - 2];
    if (before?.lower === 'from' && noun?.kind === 'word' && /^\p{Ll}+$/u.test(noun.text) && !looksLikeVerb(noun) && !/(?:ed|ing)$/.test(noun.lower) && noun.sentence === chunk.sentence) place += 2;
    // "organize a Maidan": a name used as a common noun.
    if (/^(a|an)$/.test(before?.lower ?? '') && chunk.first === chunk.last) modifier++;
    if (after?.kind === 'possessive' && after2 && PERSON_ROLES.has(after2.lower)) place += 1;
    if (after?.kind === 'possessive' && after2 && /^(wife|husband|son|daughter|mother|father|family|brother|sister)$/.test(after2.lower)) person += 2;
    if (after && /^(management|account|accounts|users|platform|shares|headquarters|employees|spokesman|spokeswoman|spokesperson|ceo|cfo|coo|board|shareholders|founder|executives|subscribers|app|website)$/.test(after.lower)) org += 2;
    // "Loopline is an app", "Kamerton, an independent outlet,"
    const copula = after?.lower === 'is' || after?.lower === 'was' || after?.text === ',' ? text.tokens.slice(chunk.last + 2, chunk.last + 6) : [];
    if (/^(a|an|the)$/.test(copula[0]?.lower ?? '')) {
      const head = copula.slice(1).find((t) => !(/^\p{Ll}/u.test(t.text) && !ORG_DESCRIPTORS.has(t.lower) && !PERSON_ROLES.has(t.lower) && t.kind === 'word'));
      if (head && ORG_DESCRIPTORS.has(head.lower)) org += 2;
      else if (head && PERSON_ROLES.has(head.lower)) person += 2;
    }
    if (after && HUMAN_VERBS.has(after.lower)) person += 0.5;
    if (chunk.evidence > 0 && chunk.type === 'organization') org += 2;
    // "a spokeswoman for Intel"
    if (before?.lower === 'for' && /^(spokesman|spokeswoman|spokesperson|representative)$/.test(text.tokens[chunk.first - 2]?.lower ?? '')) org += 2;
  }
  // A word met only opening sentences or quotations and before a noun ("Unilateral controls
  // push …") is a capitalized adjective; a name there goes on with a verb ("Nvidia declined").
  const opener = (c: NameChunk) => {
    const prev = text.tokens[c.first - 1];
    return c.first === text.sentences[c.sentence]!.tokens[0]!.index || prev?.kind === 'quote' || prev?.kind === 'dash';
  };
  if (group.every((c) => c.first === c.last && opener(c))) {
    const next = text.tokens[group[0]!.last + 1];
    if (next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !looksLikeVerb(next) && !HUMAN_VERBS.has(next.lower)) return undefined;
  }
  const name = group[0]!.name;
  if (places.has(name.toLowerCase()) || (isCity(name.toLowerCase()) && org === 0)) return undefined;
  if (modifier === group.length && org === 0 && person === 0) return undefined;
  if (place >= 1 && place > org && place >= person) return undefined;
  if (org > 0) return 'organization';
  // A surname-like word used as a subject ("Putin appointed him").
  if (person > 0) return 'person';
  return 'organization';
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/**
 * Organizations named by description: "Russia's telecommunications watchdog" and "the
 * Kestrian government" make one, "the watchdog" points back to one, "the newspaper Novaya
 * Gazeta" teaches the descriptor.
 */
export function resolveDescriptions(text: Text, registry: EntityRegistry, places: Places, quotes: Quote[]): void {
  registry.sort();
  for (const sentence of text.sentences) {
    if (sentence.heading) continue;
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const head = tokens[i]!;
      if (!/^\p{Ll}/u.test(head.text)) continue;
      if (STATE_NOUNS.has(head.lower)) {
        if (stateDescription(text, registry, places, tokens, i)) continue;
      }
      const kind = ORG_DESCRIPTORS.get(head.lower);
      if (!kind) continue;
      const next = tokens[i + 1];
      if (next && registry.mentionAtToken(next.index)) {
        // "the newspaper Novaya Gazeta": the descriptor is the named one's.
        registry.entities[registry.mentionAtToken(next.index)!.entity]!.descriptors.add(head.lower);
        continue;
      }
      if (next && /^\p{Ll}/u.test(next.text) && ORG_DESCRIPTORS.has(next.lower)) continue;
      if (registry.mentionAtToken(head.index)) continue;
      // Walk back over modifiers to the determiner or the possessor.
      let j = i - 1;
      const modifiers: Token[] = [];
      while (j >= 0) {
        const t = tokens[j]!;
        if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !DETERMINERS.has(t.lower) && !/^(and|or|of|by|to|for|with|from|on|in|at|that|which|who|has|have|had|was|were|is|are|be|been|said|says)$/.test(t.lower) && modifiers.length < 3) {
          modifiers.unshift(t);
          j--;
        } else break;
      }
      const before = tokens[j];
      if (!before) continue;
      // "the Russian embassy in London", "the Iranian foreign ministry": a state's body named
      // by its nationality; "in London" belongs to an embassy's name.
      if (before.capitalized && tokens[j - 1]?.lower === 'the' && STATE_BODY_KINDS.has(kind) && !registry.mentionAtToken(before.index)) {
        const country = places.countryOf(before.text, true);
        if (country && (NATIONALITIES.has(before.lower) || /(?:an|ese|ish|ic|i|ch)$/.test(before.lower))) {
          let last = head;
          const at = tokens[i + 1];
          if (/^(embassy|consulate|mission)$/.test(head.lower) && at?.lower === 'in' && tokens[i + 2]?.capitalized) last = tokens[i + 2]!;
          const the = tokens[j - 1]!;
          const phrase = text.norm.slice(before.start, last.end);
          const entity = registry.byName(phrase) ?? registry.add('organization', phrase, kind);
          entity.country = country;
          entity.descriptors.add(head.lower);
          entity.aliases.add(text.norm.slice(the.start, last.end));
          registry.mention(entity, the, last, 'description');
          registry.sort();
          continue;
        }
      }
      // "Kestria's last independent television station", "the first court": not a name.
      if (modifiers.some((m) => /^(last|first|only|next|other|former|new|second|third)$|est$|^(second|third)-/.test(m.lower))) continue;
      if (before.kind === 'possessive') {
        // "Russia's telecommunications watchdog": a new organization, unless it names
        // what a known one already is.
        const owner = tokens[j - 1];
        if (!owner) continue;
        // "the watchdog's press service", "Facebook's board": a part of a known entity.
        if (registry.mentionAtToken(owner.index) || !owner.capitalized) continue;
        let ownerStart = owner.index;
        while (ownerStart > sentence.tokens[0]!.index && text.tokens[ownerStart - 1]!.capitalized) ownerStart--;
        const first = text.tokens[ownerStart]!;
        const ownerName = text.norm.slice(first.start, owner.end);
        if (modifiers.length === 0 && !places.has(ownerName.toLowerCase()) && !NATIONALITIES.has(ownerName.toLowerCase())) continue;
        // "Russia's embassy in Bern": the city belongs to an embassy's name.
        let headEnd = head;
        if (/^(embassy|consulate|mission)$/.test(head.lower) && tokens[i + 1]?.lower === 'in' && tokens[i + 2]?.capitalized) headEnd = tokens[i + 2]!;
        const phrase = text.norm.slice(first.start, headEnd.end);
        // "Greece's football federation" for the "Hellenic Football Federation" the text names.
        const heads = DESCRIPTION_HEADS[head.lower] ?? [head.lower];
        // (Of the same country: "Serbia's foreign ministry" is not Georgia's.)
        const ownerCountry = places.countryOf(ownerName);
        const named =
          modifiers.length > 0
            ? registry.entities.find(
                (e) =>
                  e.type === 'organization' &&
                  (!e.country || !ownerCountry || e.country === ownerCountry) &&
                  !otherOwner(e.name, ownerName) &&
                  modifiers.every((m) => ownWords(e.name).includes(m.lower)) &&
                  ownWords(e.name).some((w) => w === head.lower || heads.includes(w)),
              )
            : undefined;
        // "Russia's agricultural watchdog, Rosselkhoznadzor, said": the body named in apposition.
        const apposed = tokens[i + 1]?.text === ',' ? registry.mentionAtToken(tokens[i + 2]?.index ?? -1) : undefined;
        const apposedEntity = apposed && registry.entities[apposed.entity]!.type === 'organization' ? registry.entities[apposed.entity] : undefined;
        const existing = registry.byName(phrase) ?? named ?? apposedEntity;
        const entity = existing ?? registry.add('organization', phrase, kindWith(modifiers, kind));
        entity.descriptors.add(head.lower);
        if (!existing || !existing.country) entity.country = places.countryOf(ownerName);
        if (existing && existing.name !== phrase) existing.aliases.add(phrase);
        registry.mention(entity, first, headEnd, existing ? 'description' : 'name');
        registry.sort();
      } else if (before.lower === 'the' && head.lower === 'government' && /^(lets|let|allows|allow|enables|enable|empowers|requires|gives|obliges)$/.test(tokens[j - 1]?.lower ?? '')) {
        // "a law that lets the government freeze …": any government, in general.
        continue;
      } else if (before.lower === 'the' && modifiers.length === 0 && head.lower === 'government' && tokens[i + 1]?.lower === 'in' && CAPITALS.has(tokens[i + 2]?.lower ?? '')) {
        // "the government in Quito": the state whose capital it is.
        const country = CAPITALS.get(tokens[i + 2]!.lower)!;
        stateOf(registry, country, `${country} government`, before, tokens[i + 2]!);
      } else if (before.lower === 'the' && modifiers.length === 0 && head.lower === 'government' && places.datelineCountry && !inQuote(quotes, head.start)) {
        // "the government" in a story from Tbilisi: Georgia's, whichever state was named last.
        stateOf(registry, places.datelineCountry, `${places.datelineCountry} government`, before, head);
      } else if (before.lower === 'the' && modifiers.every((m) => !NATIONALITIES.has(m.lower))) {
        // "the watchdog": the organization so described that the text is about.
        let entity = resolveDescription(registry, quotes, head.lower, modifiers.map((m) => m.lower), before.start);
        // "the presidential office" beside a named commission: a qualifier the named body's
        // words do not have describes another body.
        const qualifier = modifiers.find((m) => INSTITUTION_QUALIFIERS.has(m.lower));
        if (qualifier && (!entity || !ownWords(entity.name).some((w) => w.slice(0, 5) === qualifier.lower.slice(0, 5)))) {
          const phrase = text.norm.slice(before.start, head.end);
          entity = registry.byName(phrase) ?? registry.add('organization', phrase, kindWith(modifiers, kind));
          entity.descriptors.add(head.lower);
        }
        if (entity) {
          registry.mention(entity, before, head, 'description');
          registry.sort();
        }
      }
    }
  }
}

/** Whether a name is owned by someone else than `owner`: "Georgia's Foreign Ministry" for Serbia. */
function otherOwner(name: string, owner: string): boolean {
  const m = /^(.*?)['\u2019]s\s/u.exec(name);
  return m !== null && nameWords(m[1]!) !== nameWords(owner);
}

/** Kinds of the bodies of a state that a nationality adjective names ("the Russian embassy"). */
const STATE_BODY_KINDS = new Set<OrgKind>(['GOVERNMENT_AGENCY', 'LEGISLATURE', 'COURT', 'POLICE_OR_MILITARY']);

/** Nouns that, after a country's adjective or name, stand for its state: "the Kestrian government". */
const STATE_NOUNS = new Map<string, OrgKind>([
  ['government', 'GOVERNMENT'],
  ['authorities', 'GOVERNMENT'],
  ['administration', 'GOVERNMENT'],
  ['regime', 'GOVERNMENT'],
]);

/**
 * "the Kestrian government", "U.S. authorities": the state of a country, one organization
 * per country whatever the noun. Returns whether the words were such a description.
 */
function stateDescription(text: Text, registry: EntityRegistry, places: Places, tokens: Token[], i: number): boolean {
  const head = tokens[i]!;
  let adjective = tokens[i - 1];
  if (!adjective || !adjective.capitalized || registry.mentionAtToken(adjective.index)) return false;
  let country = places.countryOf(adjective.text, true);
  // "the Hong Kong government": a place of two words.
  const pair = tokens[i - 2]?.capitalized ? text.norm.slice(tokens[i - 2]!.start, adjective.end) : undefined;
  if (!country && pair && places.has(pair.toLowerCase())) {
    country = pair;
    adjective = tokens[i - 2]!;
  }
  if (!country) return false;
  const determiner = tokens[adjective.index - tokens[0]!.index - 1]?.lower === 'the' ? tokens[adjective.index - tokens[0]!.index - 1]! : adjective;
  stateOf(registry, country, text.body.slice(adjective.start, head.end), determiner, head);
  return true;
}

/**
 * Countries acting ("Japan on Friday imposed sanctions", "The United States said") are their
 * states: organizations the later steps can take for speakers and authorities, and that
 * "the government" can point back to.
 */
export function resolveStates(text: Text, registry: EntityRegistry, places: Places): void {
  const tokens = text.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalized || text.sentences[t.sentence]!.heading || registry.mentionAtToken(i)) continue;
    const two = tokens[i + 1]?.capitalized && tokens[i + 1]!.sentence === t.sentence ? text.norm.slice(t.start, tokens[i + 1]!.end) : undefined;
    const [name, last] = two && places.has(two.toLowerCase()) ? [two, tokens[i + 1]!] : [t.text, t];
    if (capitalActing(text, registry, tokens, i, name, last)) {
      i = last.index;
      continue;
    }
    if (!places.isCountry(name.toLowerCase()) || /^(in|from|to|of|at|on|with|for|by|into|across|against)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    const country = places.countryOf(name);
    if (!country) continue;
    let k = last.index + 1;
    // "Belgium, home to the Antwerp diamond hub, had pushed …": past the appositive.
    if (tokens[k]?.text === ',') {
      const close = tokens.slice(k + 1, k + 12).find((x) => x.text === ',' || x.sentence !== t.sentence);
      if (close?.text === ',') k = close.index + 1;
    }
    while (tokens[k] && /^(has|have|had|also|will|would|on|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|then|later|now)$/.test(tokens[k]!.lower)) k++;
    const verb = tokens[k];
    if (!verb || verb.sentence !== t.sentence || !(looksLikeVerb(verb) || /^(says|said|imposes|imposed|sanctions|bans|froze)$/.test(verb.lower))) continue;
    stateOf(registry, country, text.body.slice(t.start, last.end), t, last);
    i = last.index;
  }
}

/**
 * "Tehran has been supplying", "Minsk would respond", "Washington's failed policy": a capital
 * standing for its government, as the subject of a verb or the owner of a policy; not a
 * place ("in Tehran", "Moscow's Red Square") nor a dateline.
 */
function capitalActing(text: Text, registry: EntityRegistry, tokens: Token[], i: number, name: string, last: Token): boolean {
  const lower = name.toLowerCase();
  const country = CAPITALS.get(lower);
  const t = tokens[i]!;
  if ((!country && lower !== 'brussels') || /^\p{Lu}+$/u.test(t.text) || dateline(text, text.sentences[t.sentence]!)?.city === i - text.sentences[t.sentence]!.tokens[0]!.index + 1) return false;
  const next = tokens[last.index + 1];
  if (!next || next.sentence !== t.sentence) return false;
  const owning = next.kind === 'possessive' && tokens[last.index + 2]?.kind === 'word' && /^\p{Ll}/u.test(tokens[last.index + 2]!.text);
  // "warnings from Brussels and Washington", "ties between Washington and Beijing",
  // "pressure from Washington": governments a relation is with.
  const listed = (k: number) => (tokens[k]?.lower === 'and' ? k - 2 : k);
  const p = listed(i - 1);
  const related = /^(from|between|with)$/.test(tokens[p]?.lower ?? '') && RELATION_NOUNS.test(tokens[p - 1]?.lower ?? '');
  const relation = related && !tokens[last.index + 1]?.capitalized;
  // "accused Budapest and Bratislava of …", "urged Bishkek to …": the government addressed.
  const addressed = /^(accused|urged|pressed|warned|criticised|criticized|condemned|blamed|asked|told|called|lobbied)$/.test(tokens[p]?.lower ?? '') && /^(of|to|that|over|for|on|and|,)$/.test(tokens[last.index + 1]?.lower ?? '');
  if (relation || addressed) {
    governmentOf(registry, country, name, t, last);
    return true;
  }
  if (!owning && /^(in|from|to|of|at|on|with|for|by|into|across|against|near|outside|via|between|through|around)$/.test(tokens[i - 1]?.lower ?? '')) return false;
  let k = last.index + 1;
  while (tokens[k] && /^(has|have|had|also|will|would|could|may|might|should|must|can|on|last|this|once|again|then|later|now|still|already|never|not)$/.test(tokens[k]!.lower) && tokens[k]!.sentence === t.sentence) k++;
  // "Washington is pushing", not "Paris is lovely".
  if (/^(is|was|are|were)$/.test(tokens[k]?.lower ?? '')) k = /^\p{Ll}+(?:ing|ed)$/u.test(tokens[k + 1]?.text ?? '') ? k + 1 : -1;
  const verb = k >= 0 ? tokens[k] : undefined;
  const acting = k > last.index + 1 ? verb !== undefined && verb.kind === 'word' && /^\p{Ll}/u.test(verb.text) : k >= 0 && looksLikeVerb(next);
  if (!acting && !owning) return false;
  governmentOf(registry, country, name, t, last);
  return true;
}

/** Nouns of a relation with a government: "warnings from Washington", "ties between …". */
const RELATION_NOUNS = /^(warnings?|pressure|ties|relations|criticism|calls|demands|talks|objections|requests?|support|opposition|protests?|threats?|condemnation|backing|approval|sanctions|aid|assistance|dialogue|message|letter|complaint|note|deal|agreement)$/;

/** The government a capital stands for; Brussels stands for the European Union. */
function governmentOf(registry: EntityRegistry, country: string | undefined, name: string, first: Token, last: Token): void {
  if (country) {
    stateOf(registry, country, name, first, last);
    return;
  }
  const eu = registry.entities.find((e) => e.type === 'organization' && /^(eu|european union|the european union)$/i.test(e.name)) ?? registry.add('organization', 'European Union', 'INTERNATIONAL_ORGANIZATION');
  eu.aliases.add(name);
  registry.mention(eu, first, last, eu.mentions.length > 0 ? 'description' : 'name');
  registry.sort();
}

/**
 * The state of a country as one organization (its government), met as "the Kestrian
 * government", "U.S. authorities" or a country acting ("Britain imposed sanctions"): the
 * words given are a mention of it.
 */
export function stateOf(registry: EntityRegistry, country: string, words: string, first: Token, last: Token): Entity {
  // One state per country; a seat of government ("the Kremlin") stays its own organization.
  const existing = registry.entities.find((e) => e.type === 'organization' && e.kind === 'GOVERNMENT' && e.country === country && !GOVERNMENT_SEATS.has(e.name.toLowerCase()));
  const entity = existing ?? registry.add('organization', /government|authorities|administration|regime/i.test(words) ? words : `${country} government`, 'GOVERNMENT');
  entity.country = country;
  if (entity.name !== words) entity.aliases.add(words);
  registry.mention(entity, first, last, existing ? 'description' : 'name');
  registry.sort();
  return entity;
}

function kindWith(modifiers: Token[], kind: OrgKind): OrgKind {
  for (const m of modifiers) {
    const k = DESCRIPTOR_QUALIFIERS.get(m.lower);
    if (k) return k;
  }
  return kind;
}

// ——— salience ———

const PREPOSITIONS = new Set([
  'of', 'by', 'in', 'from', 'to', 'with', 'for', 'on', 'at', 'about', 'against', 'under', 'over', 'after', 'before',
  'between', 'among', 'into', 'through', 'during', 'without', 'via', 'than', 'like', 'including', 'behind', 'toward',
  'towards', 'across', 'near', 'since', 'until', 'within', 'upon', 'onto', 'off',
]);
const NP_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those']);

/**
 * The mention's place in its clause from the words before its noun phrase: after a
 * preposition it is oblique ("by Greywater"), opening the sentence or a clause after a
 * short introduction it is the subject ("In a statement, the company said"), else an object.
 */
export function mentionRole(text: Text, first: Token): Role {
  const sentence = text.sentences[first.sentence]!;
  const sentenceFirst = sentence.tokens[0]!.index;
  // Back over the noun phrase's own words: "the state holding company Kestrian Industrial Holdings".
  let k = first.index - 1;
  while (k >= sentenceFirst) {
    const t = text.tokens[k]!;
    if (t.kind === 'possessive' || t.capitalized || t.kind === 'number' || ORG_DESCRIPTORS.has(t.lower) || PERSON_ROLES.has(t.lower)) {
      k--;
      continue;
    }
    if (NP_DETERMINERS.has(t.lower)) {
      k--;
      break;
    }
    // Lower-case modifiers count when a determiner opens them within three words.
    let d = k;
    while (d >= sentenceFirst && d > k - 3 && text.tokens[d]!.kind === 'word' && /^\p{Ll}/u.test(text.tokens[d]!.text) && !NP_DETERMINERS.has(text.tokens[d]!.lower) && !PREPOSITIONS.has(text.tokens[d]!.lower) && !looksLikeVerb(text.tokens[d])) d--;
    if (d >= sentenceFirst && NP_DETERMINERS.has(text.tokens[d]!.lower)) {
      k = d - 1;
      break;
    }
    break;
  }
  const before = k >= sentenceFirst ? text.tokens[k] : undefined;
  if (!before || before.kind === 'quote' || before.kind === 'dash' || before.text === ':' || before.text === '(' || before.text === ';') return 'subject';
  if (PREPOSITIONS.has(before.lower)) return 'oblique';
  if (/^(and|but|or)$/.test(before.lower)) {
    const previous = text.tokens[k - 1];
    return previous?.text === ',' || previous?.text === ';' ? 'subject' : mentionRoleBefore(text, k);
  }
  if (before.text === ',') {
    // "Separately, the Finance Ministry …", "In a statement, the company said …".
    const words = text.tokens.slice(sentenceFirst, k);
    const intro = words.length <= 5 && !words.some((t) => t.capitalized && t.index !== sentenceFirst);
    return intro ? 'subject' : 'object';
  }
  return 'object';
}

/** The role of whatever noun phrase ends just before the coordinating word at k. */
function mentionRoleBefore(text: Text, k: number): Role {
  let j = k - 1;
  while (j >= 0 && text.tokens[j]!.sentence === text.tokens[k]!.sentence && (text.tokens[j]!.capitalized || text.tokens[j]!.kind === 'possessive')) j--;
  const first = text.tokens[j + 1];
  return first && j + 1 < k ? mentionRole(text, first) : 'object';
}

const ROLE_WEIGHT: Record<Role, number> = { subject: 80, object: 50, oblique: 40 };

/**
 * How prominent an entity is at an offset (after Lappin and Leass): each of its mentions
 * in the last sentences counts for its recency and its role, halved per sentence back.
 * Mentions inside a quotation count only for references inside one.
 */
export function salience(registry: EntityRegistry, quotes: Quote[], entity: Entity, offset: number, sentence: number): number {
  const quoted = inQuote(quotes, offset) !== undefined;
  let total = 0;
  for (const m of entity.mentions) {
    if (m.start >= offset) break;
    const distance = sentence - m.sentence;
    if (distance > 3) continue;
    if (!quoted && inQuote(quotes, m.start)) continue;
    // Headlines and datelines name what the article is about and who reports it, not what was just said.
    const sentenceOfMention = registry.text.sentences[m.sentence]!;
    if (sentenceOfMention.heading) continue;
    const opening = dateline(registry.text, sentenceOfMention);
    if (opening && m.first < opening.end) continue;
    total += (100 + ROLE_WEIGHT[m.role]) / 2 ** distance;
  }
  void registry;
  return total;
}

/** The most salient candidate; past the salience window, the most recently mentioned one. */
function mostSalient(registry: EntityRegistry, quotes: Quote[], candidates: Entity[], offset: number, bonus: (e: Entity) => number = () => 0): Entity | undefined {
  const sentence = sentenceIndexAt(registry.text, offset);
  let best: Entity | undefined;
  let bestScore = 0;
  let bestAt = -1;
  for (const e of candidates) {
    const last = e.mentions.filter((m) => m.start < offset && (inQuote(quotes, offset) || !inQuote(quotes, m.start))).at(-1);
    if (!last) continue;
    const score = salience(registry, quotes, e, offset, sentence) + bonus(e);
    if (score > bestScore || (score === bestScore && last.start > bestAt)) {
      best = e;
      bestScore = score;
      bestAt = last.start;
    }
  }
  return best;
}

function sentenceIndexAt(text: Text, offset: number): number {
  const t = text.tokens.find((x) => x.end > offset);
  return t ? t.sentence : text.sentences.length - 1;
}

const FEMALE_WORDS = new Set([
  'she', 'her', 'mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'spokeswoman', 'chairwoman', 'businesswoman', 'congresswoman',
  'wife', 'mother', 'daughter', 'sister', 'widow', 'queen', 'princess', 'actress', 'grandmother', 'aunt', 'niece',
]);
const MALE_WORDS = new Set([
  'he', 'him', 'his', 'mr', 'sir', 'lord', 'spokesman', 'chairman', 'businessman', 'congressman', 'husband', 'father',
  'son', 'brother', 'widower', 'king', 'prince', 'actor', 'grandfather', 'uncle', 'nephew',
]);
/** Common given names against the rule that names ending in -a are women's. */
const MALE_NAMES_IN_A = new Set(['nikita', 'ilya', 'luca', 'andrea', 'joshua', 'sasha', 'misha', 'mustafa', 'musa', 'hamza', 'yahya', 'kosta', 'jonah', 'noah', 'ezra', 'elijah', 'juma', 'issa', 'aliya', 'dima', 'vanya', 'kolya', 'zhenya', 'bala', 'krishna', 'shiva', 'jiva']);
const FEMALE_NAMES = new Set([
  'agnes', 'ines', 'ilse', 'sabine', 'mathilde', 'marit', 'ingrid', 'karin', 'claire', 'marie', 'anne', 'jane', 'elizabeth',
  'catherine', 'sarah', 'rachel', 'ruth', 'esther', 'alice', 'grace', 'hannah', 'margaret', 'helen', 'ellen', 'louise',
  'charlotte', 'caroline', 'isabel', 'isabelle', 'nicole', 'michelle', 'christine', 'kirsten', 'astrid', 'sigrid', 'gudrun',
  'hedwig', 'yvonne', 'simone', 'madeleine', 'susan', 'karen', 'carol', 'ann', 'joan', 'kate', 'emily', 'lucy', 'amy',
  'beatrice', 'irene', 'ingeborg', 'liv', 'elif', 'mei', 'yuki', 'aylin', 'miriam', 'judith', 'edith', 'ursula', 'heidi',
]);

/** Genders the text gives persons: titles and role nouns beside their names, then the given name. */
export function learnGenders(text: Text, registry: EntityRegistry): void {
  for (const e of registry.entities) {
    if (e.type !== 'person') continue;
    let female = 0;
    let male = 0;
    for (const m of e.mentions) {
      const words: Token[] = [];
      for (let k = m.first - 1; k >= Math.max(0, m.first - 3) && text.tokens[k]!.sentence === m.sentence; k--) words.push(text.tokens[k]!);
      if (text.tokens[m.last + 1]?.text === ',') for (let k = m.last + 2; k <= m.last + 6 && text.tokens[k]?.sentence === m.sentence && text.tokens[k]!.text !== ','; k++) words.push(text.tokens[k]!);
      for (const w of words) {
        if (w.lower === 'her' || w.lower === 'his' || w.lower === 'he' || w.lower === 'she') continue; // those are other persons'
        if (FEMALE_WORDS.has(w.lower)) female++;
        if (MALE_WORDS.has(w.lower)) male++;
      }
    }
    // The next attribution by a pronoun, with no other person named between: "Penny Wong
    // said … "…," she said".
    // Only a subject's: "Holloway, who rarely agrees with Ashcroft-Reyes, said … He accused"
    // is Holloway's pronoun. A quotation may hold the attribution off a sentence further.
    for (const m of e.mentions) {
      if (m.role !== 'subject' && !/^(from|by)$/.test(text.tokens[m.first - 1]?.lower ?? '') && text.tokens[m.first - 2]?.lower !== 'from') continue;
      const next = registry.mentions.find((o) => o.start > m.end && registry.entities[o.entity]!.type === 'person');
      const following = text.sentences[m.sentence + 1];
      const reach = following && /^["“‘']/.test(text.norm.slice(following.start, following.start + 1)) ? 2 : 1;
      for (let k = m.last + 1; k < text.tokens.length && (!next || k < next.first) && text.tokens[k]!.sentence <= m.sentence + reach; k++) {
        const w = text.tokens[k]!.lower;
        if (!/^(she|he)$/.test(w) || !REPORTING_VERBS.has(text.tokens[k + 1]?.lower ?? '')) continue;
        if (w === 'she') female += 0.5;
        else male += 0.5;
        break;
      }
    }
    if (female !== male) {
      e.gender = female > male ? 'female' : 'male';
      e.genderTold = true;
      continue;
    }
    const given = e.name.split(/\s+/)[0]!.toLowerCase();
    if (e.name.includes(' ')) {
      if (FEMALE_NAMES.has(given) || (/a$/.test(given) && !MALE_NAMES_IN_A.has(given))) e.gender = 'female';
      else if (given.length > 2) e.gender = 'male';
    }
  }
}

/** The entity a pronoun stands for: the most salient one of its type and gender. */
export function resolvePronoun(
  ctx: { registry: EntityRegistry; quotes: Quote[] },
  offset: number,
  type: 'person' | 'organization',
  pronoun = '',
  exclude: ReadonlySet<number> = new Set(),
): Entity | undefined {
  const gender = /^(she|her|hers|herself)$/.test(pronoun) ? 'female' : /^(he|him|his|himself)$/.test(pronoun) ? 'male' : undefined;
  const fits = (e: Entity, strict: boolean) =>
    e.type === type &&
    !exclude.has(e.id) &&
    !(e.credited && e.mentions.every((m) => m.form === 'name' && creditLine(ctx.registry.text, m))) &&
    !(e.mentions.length > 0 && e.mentions.every((m) => datelineAgency(ctx.registry.text, m))) &&
    (!gender || !e.gender || e.gender === gender || (!strict && !e.genderTold));
  // "… Office of Foreign Assets Control added X. It also designated Y": a pronoun opening a
  // sentence continues its predecessor's subject.
  const sentence = sentenceIndexAt(ctx.registry.text, offset);
  const text = ctx.registry.text;
  const opening = text.sentences[sentence]?.tokens[0]?.start === offset;
  const continues = (e: Entity) => (opening && e.mentions.some((m) => m.sentence === sentence - 1 && m.role === 'subject' && m.first === firstSubjectToken(sentence - 1, ctx.registry)) ? 100 : 0);
  const best = mostSalient(ctx.registry, ctx.quotes, ctx.registry.entities.filter((e) => fits(e, true)), offset, continues);
  // A gender only guessed from the given name gives way when no one else is at hand.
  if (best && salience(ctx.registry, ctx.quotes, best, offset, sentence) > 0) return best;
  const relaxed = mostSalient(ctx.registry, ctx.quotes, ctx.registry.entities.filter((e) => fits(e, false)), offset);
  return relaxed && salience(ctx.registry, ctx.quotes, relaxed, offset, sentence) > 0 ? relaxed : best;
}

/** The first token of the first subject mention of a sentence, past owners ("The department's"). */
function firstSubjectToken(sentence: number, registry: EntityRegistry): number | undefined {
  return registry.mentions.find((m) => m.sentence === sentence && m.role === 'subject')?.first;
}

/** Whether a mention sits in a credit or byline line rather than in the story. */
/** "WASHINGTON (AP) —": the agency of a dateline. */
function datelineAgency(text: Text, m: Mention): boolean {
  return text.norm[m.start - 1] === '(' && /^\)\s*(?:[—–-]|--)/.test(text.norm.slice(m.end, m.end + 5));
}

function creditLine(text: Text, m: Mention): boolean {
  const lineStart = text.norm.lastIndexOf('\n', m.start) + 1;
  const lineEnd = text.norm.indexOf('\n', m.end);
  const line = text.norm.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  return line.length <= 120 && /\b(?:by|reporter|correspondent|writer|editor|editing|reporting)\b/i.test(line);
}

/** Name heads a description may stand for: "the agency" for an "… Authority". */
const DESCRIPTION_HEADS: Record<string, string[]> = {
  agency: ['agency', 'authority', 'office', 'service', 'bureau', 'administration', 'commission'],
  regulator: ['authority', 'commission', 'agency', 'regulator', 'watchdog', 'office', 'board', 'bank'],
  watchdog: ['authority', 'commission', 'agency', 'regulator', 'watchdog', 'office', 'board', 'watch'],
  bloc: ['union', 'alliance', 'community', 'bloc', 'league', 'organization', 'organisation', 'eu', 'nato', 'asean', 'opec'],
  court: ['court', 'tribunal'],
  tribunal: ['tribunal', 'court'],
  clinic: ['clinic', 'laboratory', 'hospital', 'lab'],
  laboratory: ['laboratory', 'lab', 'clinic'],
  judges: ['court', 'tribunal'],
  government: ['government', 'administration', 'cabinet', 'kremlin'],
  body: ['authority', 'agency', 'commission', 'council', 'committee', 'board', 'federation', 'association', 'union'],
};

/** Descriptions any organization of a kind may take: "the company" is no name's head. */
const CLASS_NOUNS = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'operator', 'conglomerate', 'giant', 'house', 'platform', 'network']);

/**
 * The organization a definite description ("the ministry", "the trading house") stands
 * for: the most salient one the description fits, by its name's head word, a descriptor
 * the text gave it, or its kind; modifiers that are words of its name help ("trading").
 */
export function resolveDescription(
  registry: EntityRegistry,
  quotes: Quote[],
  descriptor: string,
  modifiers: string[],
  offset: number,
): Entity | undefined {
  const heads = DESCRIPTION_HEADS[descriptor] ?? [descriptor];
  const kind = ORG_DESCRIPTORS.get(descriptor);
  const specific = !CLASS_NOUNS.has(descriptor);
  const fit = (e: Entity): number => {
    if (e.type !== 'organization') return 0;
    const own = ownWords(e.name);
    if (specific && own.includes(descriptor)) return 3;
    if (specific && (own.some((w) => heads.includes(w)) || e.descriptors.has(descriptor))) return 2;
    if (e.descriptors.has(descriptor) || (kind !== undefined && e.kind === kind) || own.some((w) => heads.includes(w))) return 1;
    return 0;
  };
  const organizations = registry.entities.filter((e) => fit(e) > 0);
  // Names whose head is the description's word are what it means, when there are any.
  const best = Math.max(0, ...organizations.map(fit));
  const candidates = organizations.filter((e) => fit(e) === best);
  const inName = (e: Entity) => (modifiers.some((m) => nameWords(e.name).split(' ').includes(m)) ? 60 : 0);
  return mostSalient(registry, quotes, candidates, offset, inName);
}
