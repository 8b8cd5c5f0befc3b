// Roles and countries: the role phrases the text gives persons ("Finance Minister",
// "Ramzan Kadyrov, the Kremlin-backed leader of Chechnya", "Her lawyer, Daniel
// Okonkwo-Feld"), the organization a role ties a person to ("the chairman of Dominion
// Credit Bank", "the agency's director general", "Finance Minister" beside a Finance
// Ministry), parents of organizations ("Instagram, a subsidiary of Facebook"), and the
// countries names, demonyms and roles give persons and organizations.
import { resolveDescription, type Entity, type EntityRegistry, type Mention } from './coreference.ts';
import { PERSON_ROLES, SEAT_COUNTRIES } from './lexicon.ts';
import { looksLikeVerb, type NameChunk } from './names.ts';
import type { Places } from './places.ts';
import type { Quote, Text } from './text.ts';

export interface AffiliationDraft {
  person: number;
  organization?: number;
  role: [number, number];
}

const DETERMINER = /^(the|a|an|his|her|their|its|our|my)$/;
const PREPOSITION = /^(of|at|in|on|by|to|with|from|for|after|before|under|over|against|about|between|among|into|through|during|without|since|until|than|like|as)$/;

/** Roles of persons and parents of organizations. */
export function findAffiliations(text: Text, chunks: NameChunk[], registry: EntityRegistry, quotes: Quote[]): AffiliationDraft[] {
  const out: AffiliationDraft[] = [];
  const add = (person: number, start: number, end: number) => {
    if (end <= start || out.some((a) => a.person === person && a.role[0] === start)) return;
    const organization = roleOrganization(text, registry, quotes, start, end);
    out.push({ person, role: [start, end], ...(organization !== undefined ? { organization } : {}) });
    const e = registry.entities[person]!;
    if (!e.description) e.description = text.body.slice(start, end);
  };
  for (const chunk of chunks) {
    const mention = registry.mentions.find((m) => m.start === chunk.start && m.end === chunk.end);
    if (!mention) continue;
    const entity = registry.entities[mention.entity]!;
    if (entity.type === 'person') {
      // "Chechen leader Ramzan Kadyrov", "Finance Minister Clara Mendoza-Holt".
      if (chunk.roleBefore) add(entity.id, text.tokens[chunk.roleBefore[0]]!.start, text.tokens[chunk.roleBefore[1]]!.end);
      // "Her lawyer, Daniel Okonkwo-Feld,": a role in apposition before the name.
      const before = roleBeforeComma(text, chunk.first);
      if (before) add(entity.id, before[0], before[1]);
      // "Ramzan Kadyrov, the Kremlin-backed leader of Chechnya": roles after the name.
      for (const [start, end] of rolesAfter(text, chunk.last)) add(entity.id, start, end);
    } else if (entity.type === 'organization') {
      findParent(text, registry, entity, chunk);
    }
  }
  // "Instagram, owned by Facebook" / "Facebook-owned Instagram"
  for (const m of registry.mentions) {
    const e = registry.entities[m.entity]!;
    if (e.type !== 'organization' || e.parent !== undefined) continue;
    const after = text.norm.slice(m.end, m.end + 60);
    const owned = /^\s*,\s*(?:which is\s+)?(?:owned by|a subsidiary of|a unit of|part of)\s+/.exec(after);
    if (owned) {
      const parent = registry.mentions.find((p) => p.start === m.end + owned[0].length);
      if (parent && parent.entity !== e.id && registry.entities[parent.entity]!.type === 'organization') e.parent = parent.entity;
    }
  }
  return out;
}

/** "Her lawyer, X", "the trading house's chief executive, X", "his wife, X": the role phrase before ", NAME". */
function roleBeforeComma(text: Text, first: number): [number, number] | undefined {
  const comma = text.tokens[first - 1];
  if (comma?.text !== ',' || text.tokens[first - 2]?.sentence !== comma.sentence) return undefined;
  const head = text.tokens[first - 2]!;
  if (!PERSON_ROLES.has(head.lower) || !/^\p{Ll}/u.test(head.text)) return undefined;
  let k = first - 2;
  while (k - 1 >= 0 && first - k < 8) {
    const t = text.tokens[k - 1]!;
    if (t.sentence !== comma.sentence) break;
    if (DETERMINER.test(t.lower)) {
      k--;
      break;
    }
    if (PREPOSITION.test(t.lower) || looksLikeVerb(t) || t.text === ',' || t.kind === 'quote' || t.kind === 'dash') break;
    k--;
  }
  // The phrase opens its clause or follows a preposition: "the listing of his wife, …".
  return [text.tokens[k]!.start, head.end];
}

/** Role phrases in apposition after a name: ", 47, a former mayor of Lirn and the leader of the Civic Renewal Party,". */
function rolesAfter(text: Text, last: number): [number, number][] {
  let comma = text.tokens[last + 1];
  if (comma?.text !== ',' || comma.sentence !== text.tokens[last]!.sentence) return [];
  // An age: "Severin, 58, …".
  if (text.tokens[comma.index + 1]?.kind === 'number' && text.tokens[comma.index + 2]?.text === ',') comma = text.tokens[comma.index + 2]!;
  const sentenceLast = text.sentences[comma.sentence]!.tokens.at(-1)!.index;
  const from = comma.index + 1;
  let k = from;
  while (k <= sentenceLast && !/^[,;:()\u2014.!?]$|^--$/.test(text.tokens[k]!.text) && text.tokens[k]!.kind !== 'quote' && !/^(who|which|whose|where|has|have|had|said|says|was|is)$/.test(text.tokens[k]!.lower)) k++;
  const tokens = text.tokens.slice(from, k);
  if (tokens.length === 0 || tokens.length > 14) return [];
  const opener = tokens[0]!;
  // "…, as well as former senator Paul Orr", "…, and …": a list goes on, no role.
  if (/^(as|and|or|but|while|including)$/.test(opener.lower)) return [];
  const opens = DETERMINER.test(opener.lower) || text.tokens[opener.index + 1]?.kind === 'possessive' || /^\p{Ll}/u.test(opener.text);
  if (!opens || !tokens.some((t) => PERSON_ROLES.has(t.lower))) return [];
  // Two roles joined by "and": "a former mayor of Lirn and the leader of the Civic Renewal Party".
  const parts: [number, number][] = [];
  let start = 0;
  tokens.forEach((t, i) => {
    if (t.lower === 'and' && DETERMINER.test(tokens[i + 1]?.lower ?? '') && tokens.slice(start, i).some((x) => PERSON_ROLES.has(x.lower))) {
      parts.push([start, i - 1]);
      start = i + 1;
    }
  });
  parts.push([start, tokens.length - 1]);
  return parts.map(([a, b]) => [tokens[a]!.start, tokens[b]!.end]);
}

/** "Lumen Pay, a subsidiary of Arcturus Group": the organization it belongs to. */
function findParent(text: Text, registry: EntityRegistry, entity: Entity, chunk: NameChunk): void {
  const comma = text.tokens[chunk.last + 1];
  if (comma?.text !== ',' || comma.sentence !== chunk.sentence) return;
  const words = text.tokens.slice(comma.index + 1, comma.index + 8);
  const of = words.findIndex((t) => t.lower === 'of');
  if (of <= 0 || !/^(subsidiary|unit|division|arm|affiliate|part|owned)$/.test(words[of - 1]!.lower)) return;
  const parent = registry.mentionAtToken(words[of + 1]?.index ?? -1);
  const possessive = text.tokens[(parent?.last ?? -2) + 1]?.kind === 'possessive';
  if (parent && parent.entity !== entity.id && !possessive && registry.entities[parent.entity]!.type === 'organization') entity.parent = parent.entity;
}

/** Titles whose holder belongs to a kind of institution: a minister to a ministry, a judge to a court. */
const TITLE_INSTITUTIONS: [RegExp, string][] = [
  [/^minister$/, 'ministry'],
  [/^(justice|judge)$/, 'court'],
];

/**
 * The organization a role ties its person to: named after "of"/"at" ("the chairman of
 * Dominion Credit Bank"), the possessor ("the agency's director general"), or for a title
 * the institution it heads ("Finance Minister" → the Finance Ministry the text names).
 */
function roleOrganization(text: Text, registry: EntityRegistry, quotes: Quote[], start: number, end: number): number | undefined {
  const inside = registry.mentions.filter((m) => m.start >= start && m.end <= end && registry.entities[m.entity]!.type === 'organization');
  for (const m of inside) {
    const determiner = text.tokens[m.first - 1]?.lower === 'the' ? 1 : 0;
    const before = text.tokens[m.first - 1 - determiner];
    const after = text.tokens[m.last + 1];
    if (before && /^(of|at|for|with)$/.test(before.lower) && before.start >= start) return m.entity;
    if (after?.kind === 'possessive' && m.start === start) return m.entity;
    if (after?.kind === 'possessive' && before && DETERMINER.test(before.lower) && before.start === start) return m.entity;
  }
  const tokens = text.tokens.filter((t) => t.start >= start && t.end <= end);
  const title = tokens.at(-1);
  if (!title) return undefined;
  for (const [re, institution] of TITLE_INSTITUTIONS) {
    if (!re.test(title.lower)) continue;
    // "Finance Minister": the organization named "… Finance Ministry".
    const field = tokens.slice(0, -1).map((t) => t.lower).filter((w) => !/^(deputy|chief|acting|former|vice|state|junior|senior)$/.test(w));
    const named = registry.entities.find((e) => {
      if (e.type !== 'organization') return false;
      const words = e.name.toLowerCase().split(/[\s']+/);
      return words.includes(institution) && field.every((w) => words.includes(w));
    });
    if (named && field.length > 0) return named.id;
    if (institution === 'court') return resolveDescription(registry, quotes, 'court', [], start)?.id;
  }
  return undefined;
}

/**
 * Countries: an organization's from a place or demonym in its name ("Valdoria's Finance
 * Ministry", "Kestrian Industrial Holdings", "Supreme Court of Norland"), its seat ("the
 * Kremlin"), its appositive ("a Solvanian-registered subsidiary", "a clinic in the Arvenian
 * capital", "Kestria's second-largest lender"), or for a state body named without one
 * ("the Finance Ministry") the dateline's; a person's from a demonym in a role ("Kestrian
 * gas magnate") or from the organization a role ties the person to.
 */
export function assignCountries(text: Text, chunks: NameChunk[], registry: EntityRegistry, places: Places, affiliations: AffiliationDraft[]): void {
  const fromWords = (words: string[], guess = false) => {
    for (const w of words) {
      if (!/^\p{Lu}/u.test(w)) continue;
      const country = places.countryOf(w, guess);
      if (country) return country;
    }
    return undefined;
  };
  for (const e of registry.entities) {
    if (e.type !== 'organization' || e.country) continue;
    const country = SEAT_COUNTRIES.get(e.name.toLowerCase()) ?? fromWords([e.name, ...e.name.split(/[\s\u2019']+(?:s\s+)?|\s+/)]);
    if (country) e.country = country;
  }
  for (const chunk of chunks) {
    const mention = registry.mentions.find((m) => m.start === chunk.start && m.end === chunk.end);
    const e = mention && registry.entities[mention.entity]!;
    if (!e || e.type !== 'organization' || e.country || text.tokens[chunk.last + 1]?.text !== ',') continue;
    const country = appositiveCountry(text, places, chunk.last + 2);
    if (country) e.country = country;
  }
  // "the Finance Ministry" in a story datelined in a country; not "the Council of Democratic
  // States" or "the Continental Court", which may be anyone's.
  const state = /^(GOVERNMENT|GOVERNMENT_AGENCY|LEGISLATURE|POLICE_OR_MILITARY)$/;
  const international = /\b(of|international|world|global|continental|european|united|nations|union|states)\b/i;
  for (const e of registry.entities) {
    if (e.type === 'organization' && !e.country && state.test(e.kind ?? '') && !international.test(e.name) && places.datelineCountry) e.country = places.datelineCountry;
  }
  for (const a of affiliations) {
    const person = registry.entities[a.person]!;
    if (person.country) continue;
    // A demonym or an office's place in the role ("Kestrian gas magnate", "a former mayor of
    // Lirn"), not where the person works ("an analyst at the Portside Institute in Velmora").
    const words = text.body
      .slice(a.role[0], a.role[1])
      .split(/[\s\u2019']+/)
      .filter((w, i, all) => (!places.has(w.toLowerCase()) || all[i - 1] === 'of') && !isOrganizationWord(registry, a, w));
    const organization = a.organization !== undefined ? registry.entities[a.organization]! : undefined;
    const stateBody = organization !== undefined && (state.test(organization.kind ?? '') || organization.kind === 'COURT');
    const country = fromWords(words, true) ?? (stateBody ? organization.country : undefined);
    if (country) person.country = country;
  }
}

/** The country an organization's appositive gives: "Kestria's …", "a Solvanian-registered …", "… in the Arvenian capital". */
function appositiveCountry(text: Text, places: Places, from: number): string | undefined {
  const first = text.tokens[from];
  if (!first) return undefined;
  if (first.capitalized && text.tokens[from + 1]?.kind === 'possessive') return places.countryOf(first.text);
  if (!DETERMINER.test(first.lower)) return undefined;
  for (let k = from + 1; k < from + 9; k++) {
    const t = text.tokens[k];
    if (!t || t.sentence !== first.sentence || t.text === ',' || /^(of|that|which|who)$/.test(t.lower)) break;
    const registered = /^(\p{Lu}[\p{L}]+)-(?:registered|based|headquartered|flagged|owned|controlled)$/u.exec(t.text);
    if (registered) return places.countryOf(registered[1]!);
    if (t.lower === 'in') {
      const place = text.tokens.slice(k + 1, k + 4).find((x) => x.capitalized);
      if (place) return places.countryOf(place.text);
    }
  }
  return undefined;
}

/** Whether a word of a role belongs to the name of an organization in it ("Kestrian" of "Kestrian Industrial Holdings"). */
function isOrganizationWord(registry: EntityRegistry, a: AffiliationDraft, word: string): boolean {
  return registry.mentions.some((m: Mention) => m.start >= a.role[0] && m.end <= a.role[1] && registry.entities[m.entity]!.name.includes(word));
}
