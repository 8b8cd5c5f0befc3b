// Coreference inside one article: name chunks grouped into entities (a surname to the
// full name, an acronym or a shortened name to the organization), organizations
// introduced by description ("Russia's telecommunications watchdog") and the definite
// descriptions and pronouns that point back to an entity.
import { isAcronym, type NameChunk } from './names.ts';
import {
  DESCRIPTOR_QUALIFIERS,
  NATIONALITIES,
  ORG_DESCRIPTORS,
  PERSON_ROLES,
  PLACES,
  type OrgKind,
} from './lexicon.ts';
import type { Text, Token } from './text.ts';

export interface Mention {
  start: number;
  end: number;
  entity: number;
  /** First and last token of the mention. */
  first: number;
  last: number;
  /** Named (a proper name), described ("the watchdog") or a pronoun. */
  form: 'name' | 'description' | 'pronoun';
}

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
  mentions: Mention[];
}

export class EntityRegistry {
  readonly entities: Entity[] = [];
  /** Every mention of every entity, in text order once `sort` ran. */
  mentions: Mention[] = [];

  add(type: Entity['type'], name: string, kind?: OrgKind): Entity {
    const entity: Entity = { id: this.entities.length, type, name, aliases: new Set(), descriptors: new Set(), mentions: [] };
    if (kind) entity.kind = kind;
    this.entities.push(entity);
    return entity;
  }

  mention(entity: Entity, first: Token, last: Token, form: Mention['form']): Mention {
    const existing = this.mentions.find((m) => m.start === first.start && m.end === last.end);
    if (existing) return existing;
    const mention: Mention = { start: first.start, end: last.end, entity: entity.id, first: first.index, last: last.index, form };
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
    const key = nameKey(name);
    return this.entities.find((e) => nameKey(e.name) === key || [...e.aliases].some((a) => nameKey(a) === key));
  }
}

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’']s$/u, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Groups the chunks into entities; chunks of places and laws are left out. */
export function resolveNames(text: Text, chunks: NameChunk[], registry: EntityRegistry): void {
  const byKey = new Map<string, Entity>();
  const chunkEntity = new Map<NameChunk, Entity>();
  const link = (chunk: NameChunk, entity: Entity) => {
    chunkEntity.set(chunk, entity);
    byKey.set(nameKey(chunk.name), entity);
    if (chunk.name !== entity.name) entity.aliases.add(chunk.name);
    registry.mention(entity, text.tokens[chunk.first]!, text.tokens[chunk.last]!, 'name');
  };

  // Full personal names and named organizations first, longest names first, so that a
  // later "Kadyrov" or "Treasury" finds the entity it shortens.
  const firm = chunks
    .filter((c) => (c.type === 'person' && (c.last > c.first || c.evidence > 0)) || c.type === 'organization')
    .sort((a, b) => b.last - b.first - (a.last - a.first) || a.start - b.start);
  for (const chunk of firm) {
    const key = nameKey(chunk.name);
    const same = byKey.get(key);
    if (same && same.type === chunk.type) {
      link(chunk, same);
      continue;
    }
    const longer = chunk.type === 'person' ? findPersonFor(chunk, registry) : findOrgFor(chunk, registry);
    if (longer) {
      link(chunk, longer);
      continue;
    }
    const entity = registry.add(chunk.type as 'person' | 'organization', chunk.name, chunk.orgKind);
    link(chunk, entity);
  }

  // Single words whose kind the name alone does not tell.
  for (const chunk of chunks) {
    if (chunkEntity.has(chunk) || chunk.type === 'place' || chunk.type === 'law') continue;
    const key = nameKey(chunk.name);
    const known = byKey.get(key) ?? findPersonFor(chunk, registry) ?? findOrgFor(chunk, registry);
    if (known) link(chunk, known);
  }

  // What is left: capitalized words met in no other name. Several cues decide.
  const leftovers = new Map<string, NameChunk[]>();
  for (const chunk of chunks) {
    if (chunkEntity.has(chunk) || chunk.type !== 'unknown') continue;
    const key = nameKey(chunk.name);
    leftovers.set(key, [...(leftovers.get(key) ?? []), chunk]);
  }
  for (const group of leftovers.values()) {
    const type = guessType(text, group);
    if (!type) continue;
    const entity = registry.add(type, group[0]!.name, type === 'organization' ? 'OTHER' : undefined);
    for (const chunk of group) link(chunk, entity);
  }
}

function findPersonFor(chunk: NameChunk, registry: EntityRegistry): Entity | undefined {
  const words = chunk.name.split(/\s+/);
  if (words.length > 2) return undefined;
  const key = nameKey(chunk.name);
  return registry.entities.find((e) => {
    if (e.type !== 'person' || e.name === chunk.name) return false;
    const parts = e.name.split(/\s+/).map(nameKey);
    // "Kadyrov" → "Ramzan Kadyrov"; "Mr Smith" already lost its title.
    return parts.length > 1 && (parts[parts.length - 1] === key || (words.length === 2 && nameKey(e.name).endsWith(' ' + key)));
  });
}

function findOrgFor(chunk: NameChunk, registry: EntityRegistry): Entity | undefined {
  const key = nameKey(chunk.name);
  return registry.entities.find((e) => {
    if (e.type !== 'organization' || e.name === chunk.name) return false;
    if (isAcronym(chunk.name) && initials(e.name) === chunk.name.replace(/[^\p{Lu}]/gu, '')) return true;
    const full = nameKey(e.name).split(' ');
    const part = key.split(' ');
    // "Treasury" in "U.S. Treasury Department", "Amnesty" in "Amnesty International".
    return part.length < full.length && part.every((w) => full.includes(w)) && !PLACES.has(key) && !NATIONALITIES.has(key);
  });
}

const LOCATIVE = new Set(['in', 'across', 'throughout', 'near', 'inside', 'outside', 'around', 'into', 'within']);
const HUMAN_VERBS = new Set(['said', 'says', 'told', 'added', 'appointed', 'died', 'was', 'is', 'has', 'had', 'wrote', 'accused', 'denied', 'met', 'signed', 'called', 'ordered', 'insisted', 'argued', 'warned']);

/** Person, organization, or neither (a place) for capitalized words the name alone leaves open. */
function guessType(text: Text, group: NameChunk[]): 'person' | 'organization' | undefined {
  let place = 0;
  let org = 0;
  let person = 0;
  for (const chunk of group) {
    const before = text.tokens[chunk.first - 1];
    const after = text.tokens[chunk.last + 1];
    const after2 = text.tokens[chunk.last + 2];
    if (before && LOCATIVE.has(before.lower)) place += 2;
    if (before?.lower === 'from' || before?.lower === 'to') place += 0.5;
    if (after?.kind === 'possessive' && after2 && PERSON_ROLES.has(after2.lower)) place += 1;
    if (after?.kind === 'possessive' && after2 && /^(wife|husband|son|daughter|mother|father|family|brother|sister)$/.test(after2.lower)) person += 2;
    if (after && /^(management|account|accounts|users|platform|shares|headquarters|employees|spokesman|spokeswoman|spokesperson)$/.test(after.lower)) org += 2;
    if (after && HUMAN_VERBS.has(after.lower)) person += 0.5;
    if (chunk.evidence > 0 && chunk.type === 'organization') org += 2;
  }
  const name = group[0]!.name;
  if (PLACES.has(name.toLowerCase())) return undefined;
  if (place > org && place >= person) return undefined;
  if (org > 0) return 'organization';
  // A surname-like word used as a subject ("Putin appointed him").
  if (person > 0) return 'person';
  return 'organization';
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/**
 * Organizations named by description: "Russia's telecommunications watchdog" makes one,
 * "the watchdog" points back to it, "the newspaper Novaya Gazeta" teaches the descriptor.
 */
export function resolveDescriptions(text: Text, registry: EntityRegistry): void {
  registry.sort();
  for (const sentence of text.sentences) {
    if (sentence.heading) continue;
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const head = tokens[i]!;
      const kind = ORG_DESCRIPTORS.get(head.lower);
      if (!kind || !/^\p{Ll}/u.test(head.text)) continue;
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
        if (modifiers.length === 0 && !PLACES.has(ownerName.toLowerCase()) && !NATIONALITIES.has(ownerName.toLowerCase())) continue;
        const phrase = text.norm.slice(first.start, head.end);
        const existing = registry.byName(phrase) ?? describedEntity(registry, head.lower, first.start);
        const entity = existing ?? registry.add('organization', phrase, kindWith(modifiers, kind));
        entity.descriptors.add(head.lower);
        if (!existing && (PLACES.has(ownerName.toLowerCase()) || NATIONALITIES.has(ownerName.toLowerCase()))) entity.country = ownerName;
        if (existing && existing.name !== phrase) existing.aliases.add(phrase);
        registry.mention(entity, first, head, existing ? 'description' : 'name');
        registry.sort();
      } else if (before.lower === 'the' && modifiers.every((m) => !NATIONALITIES.has(m.lower))) {
        // "the watchdog": the last organization so described.
        const entity = describedEntity(registry, head.lower, before.start);
        if (entity) {
          registry.mention(entity, before, head, 'description');
          registry.sort();
        }
      }
    }
  }
}

function kindWith(modifiers: Token[], kind: OrgKind): OrgKind {
  for (const m of modifiers) {
    const k = DESCRIPTOR_QUALIFIERS.get(m.lower);
    if (k) return k;
  }
  return kind;
}

/** The most recent organization before the offset that the descriptor fits. */
function describedEntity(registry: EntityRegistry, descriptor: string, before: number): Entity | undefined {
  let best: Entity | undefined;
  let bestAt = -1;
  for (const e of registry.entities) {
    if (e.type !== 'organization' || !e.descriptors.has(descriptor)) continue;
    const at = e.mentions.filter((m) => m.start < before).at(-1)?.start ?? -1;
    if (at > bestAt) {
      best = e;
      bestAt = at;
    }
  }
  if (best) return best;
  // "the ministry" for "the Foreign Ministry": the name's head word is the descriptor;
  // "the company" for a company named earlier.
  const kind = ORG_DESCRIPTORS.get(descriptor);
  for (const e of registry.entities) {
    if (e.type !== 'organization') continue;
    const words = nameKey(e.name).split(' ');
    if (words.includes(descriptor) || (kind !== undefined && e.kind === kind && e.mentions.some((m) => m.form === 'name'))) {
      const at = e.mentions.filter((m) => m.start < before).at(-1)?.start ?? -1;
      if (at > bestAt) {
        best = e;
        bestAt = at;
      }
    }
  }
  return best;
}
