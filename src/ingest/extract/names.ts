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
  NEWS_OUTLETS,
  WORD_ACRONYMS,
  ORG_DESCRIPTORS,
  ORG_HEADS,
  ORG_LEADS,
  PERSON_ROLES,
  PLACE_ACRONYMS,
  REPORTING_VERBS,
  WEEKDAYS,
  type OrgKind,
} from './lexicon.ts';
import { isCity } from './cities.ts';
import type { Places } from './places.ts';
import { dateline, type Text, type Token } from './text.ts';

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
  /** A descriptor noun the text gives the organization ("the video app Chatterly", "Brightwave Media, a marketing firm"). */
  descriptor?: string;
  /** The possessor kept in the name ("Northern Union" in "Northern Union's General Court"). */
  ownerName?: string;
  sentence: number;
}

/** "Regulators", "Lawmakers", "Companies": the plural of a descriptor or a role. */
function isPluralNoun(lower: string): boolean {
  if (!/[^s]s$/.test(lower)) return false;
  const singular = lower.replace(/ies$/, 'y').replace(/s$/, '');
  return ORG_DESCRIPTORS.has(singular) || PERSON_ROLES.has(singular);
}

/** Countries whose names are also persons' names ("Michael Jordan"). */
const GIVEN_NAME_COUNTRIES = new Set(['jordan', 'georgia', 'chad', 'israel', 'france', 'kenya', 'india', 'niger', 'cuba', 'peru']);

/** Last words of names of things that are neither persons nor organizations. */
const NON_ENTITY_HEADS = new Set([
  'list', 'register', 'index', 'prize', 'award', 'awards', 'cup', 'championship', 'championships', 'olympics', 'games',
  'festival', 'summit', 'war', 'crisis', 'election', 'elections', 'agreement', 'accord', 'plan', 'protocol', 'day',
  'street', 'square', 'avenue', 'river', 'sea', 'ocean', 'mountains', 'island', 'islands', 'airport', 'station', 'bridge',
  'hall', 'park', 'stadium', 'arena', 'strait', 'straits', 'bay', 'canal', 'peninsula', 'valley', 'desert', 'coast',
  'province', 'region', 'county', 'district', 'oblast', 'krai', 'governorate', 'lake', 'mountain', 'gulf', 'channel',
  'revolution', 'uprising', 'protests', 'offensive', 'terrorist', 'terrorists', 'nationals', 'regime', 'programme',
  'program',
]);

const LOWER_TITLE_WORDS = new Set(['of', 'for', 'on', 'and', 'the', '&', 'de', 'du', 'des']);

function isNameToken(t: Token | undefined): boolean {
  // "SFr100", "US$1.1": amounts, not names.
  if (t && /^\p{Lu}\p{L}{0,3}\$?\d/u.test(t.text)) return false;
  // "al-Mutlaq", "bin-Salman": an Arabic particle before a capitalized name.
  if (t?.kind === 'word' && /^(?:al|el|bin|ibn|abu|ad|as|ash|at|az|ar|ud)-\p{Lu}/u.test(t.text)) return true;
  if (!t || !t.capitalized || t.text === 'I') return false;
  // "D-Mass.", "R-Fla.": a party and a state after a legislator's name.
  if (/^[A-Z]-[A-Z][a-z.]{0,12}$/.test(t.text)) return false;
  // "You’ve", "We’re": contractions open sentences, they name no one.
  if (/['’](?:ve|re|ll|d|m)$/i.test(t.text) || /n['’]t$/i.test(t.text)) return false;

  // "Kremlin-backed", "Russian-language": adjectives, not names; "Joon-seok", "Seo-yeon":
  // given names of two syllables.
  if (t.kind === 'word' && /-\p{Ll}/u.test(t.text) && !/^\p{Lu}+-\p{Lu}/u.test(t.text)) return syllableName(t.text);
  return true;
}

/** Hyphenated given names ("Joon-seok", "Xiao-ming"), not compound adjectives ("Kremlin-backed"). */
function syllableName(word: string): boolean {
  const m = /^\p{Lu}\p{Ll}{1,4}-(\p{Ll}{2,5})$/u.exec(word);
  return m !== null && !/^(backed|based|led|owned|run|born|made|style|linked|held|bound|wide|free|era|type|like|class|level|scale|area|zone|made)$/.test(m[1]!);
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

export function orgKindOfWords(lowers: string[]): OrgKind | undefined {
  const last = lowers[lowers.length - 1] ?? '';
  const head = ORG_HEADS.get(last);
  if (head) return head;
  // "Council of Europe", "Center for Strategic and International Studies"
  const ofAt = lowers.indexOf('of');
  const of = ofAt > 0 ? ofAt : lowers.indexOf('for');
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
  // "Microsystems", "Gazprombank", "Sovcomflot": a company's head grown into its last word.
  if (COMPANY_ENDINGS.test(last)) return 'COMPANY';
  // "Roskomnadzor", "Rosselkhoznadzor": Russian supervisory agencies.
  if (/^\p{L}{3,}nadzor$/u.test(last)) return 'GOVERNMENT_AGENCY';
  return undefined;
}

/** Endings of one-word company names that no personal name has. */
const COMPANY_ENDINGS = /^\p{L}{3,}(?:systems|technologies|tech|soft|bank|telecom|pharma|pharm|chem|energo|neft|prom|zavod|export|flot|logistics|shipping|holding|invest|werke|werk)$/u;

function classify(text: Text, chunk: NameChunk, places: Places): void {
  const tokens = text.tokens.slice(chunk.first, chunk.last + 1);
  const lowers = tokens.map((t) => t.lower);
  const name = chunk.name;
  const lowerName = name.toLowerCase();
  if (GOVERNMENT_SEATS.has(lowerName)) {
    Object.assign(chunk, { type: 'organization', orgKind: 'GOVERNMENT', evidence: 2 });
    return;
  }
  const known = WORD_ACRONYMS.get(lowerName);
  if (known) {
    Object.assign(chunk, { type: 'organization', orgKind: known, evidence: 2 });
    return;
  }
  const outlet = NEWS_OUTLETS.get(lowerName);
  if (outlet) {
    Object.assign(chunk, { type: 'organization', orgKind: outlet, evidence: 2 });
    return;
  }
  if (tokens.length > 1 && LAW_HEADS.has(lowers[lowers.length - 1] ?? '') && !ORG_LEADS.has(lowers[0] ?? '')) {
    Object.assign(chunk, { type: 'law', evidence: 2 });
    return;
  }
  // "the Entity List", "the Nobel Prize", "the World Cup": names of no one; "Conservative MPs": people.
  if ((tokens.length > 1 && NON_ENTITY_HEADS.has(lowers[lowers.length - 1] ?? '')) || /^\p{Lu}{2,}s$/u.test(tokens.at(-1)!.text)) {
    Object.assign(chunk, { type: 'unknown', evidence: -1 });
    return;
  }
  if (places.has(lowerName) || lowers.every((w) => places.has(w) || NATIONALITIES.has(w) || PLACE_ACRONYMS.has(w) || NAME_PARTICLES.has(w) || NATIONALITIES.has(w.replace(/s$/, '')))) {
    Object.assign(chunk, { type: 'place', evidence: 2 });
    return;
  }
  const kind = orgKindOfWords(lowers);
  if (kind) {
    Object.assign(chunk, { type: 'organization', orgKind: kind, evidence: 2 });
    return;
  }
  // "Petrolera Monagas del Sur", "Banco Nacional", "Instituto Meridiano": a body's name in
  // another language opens with its kind.
  if (tokens.length > 1 && FOREIGN_ORG_LEADS.has(lowers[0]!)) {
    Object.assign(chunk, { type: 'organization', orgKind: FOREIGN_ORG_LEADS.get(lowers[0]!)!, evidence: 2 });
    return;
  }
  // "Port Sudan", "North Darfur": a place, even when its last word is a country's name.
  if (tokens.length > 1 && PLACE_LEADS.has(lowers[0]!) && !chunk.roleBefore) {
    Object.assign(chunk, { type: 'place', evidence: 1 });
    return;
  }
  // "wrote on X", "said on Telegram": the medium of a statement, not a party to it.
  const beforeOn = text.tokens[chunk.first - 1];
  if (beforeOn?.lower === 'on' && REPORTING_VERBS.has(text.tokens[chunk.first - 2]?.lower ?? '') && tokens.length === 1) {
    Object.assign(chunk, { type: 'unknown', evidence: -1 });
    return;
  }
  // "Global Affairs Canada", "Statistics Norway", "Air India": a body named after its country.
  const lastWord = lowers[lowers.length - 1] ?? '';
  // "Athletics Kenya", "Cycling Jordan": a field's name before a country that is also a given name.
  const field = /^\p{Lu}\p{Ll}+(?:ics|ing|tion|ment|ism|ball)$/u.test(tokens[0]!.text) && tokens[0]!.text.length >= 6;
  if (tokens.length > 1 && places.isCountry(lastWord) && (!GIVEN_NAME_COUNTRIES.has(lastWord) || field)) {
    // A field's national body is a federation.
    Object.assign(chunk, { type: 'organization', orgKind: field ? 'NGO' : 'OTHER', evidence: 1 });
    return;
  }
  if (isAcronym(name) && !PLACE_ACRONYMS.has(lowerName)) {
    // "VPN", "GDP", "CEO": acronyms of things and titles, not of bodies.
    if (THING_ACRONYMS.has(lowerName)) Object.assign(chunk, { type: 'unknown', evidence: -1 });
    else Object.assign(chunk, { type: 'organization', orgKind: 'OTHER', evidence: 1 });
    return;
  }
  // "The Speaker, Margit Olsson-Dahl,": a title alone names no one.
  if (tokens.length === 1 && (HONORIFICS.has(lowerName) || PERSON_ROLES.has(lowerName))) {
    Object.assign(chunk, { type: 'unknown', evidence: -1 });
    return;
  }
  // "NightCrane", "PayPal": a capital inside one word names a brand.
  if (tokens.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u.test(name) && !/^(Mc|Mac|O')/.test(name)) {
    Object.assign(chunk, { type: 'organization', orgKind: 'COMPANY', evidence: 1 });
    return;
  }
  // "B sample", "Plan B": a letter names nothing.
  if (/^\p{Lu}$/u.test(name) || NON_ENTITY_WORDS.has(lowerName)) {
    Object.assign(chunk, { type: 'unknown', evidence: -1 });
    return;
  }
  // "BBC Sport", "CNN International", "World Athletics": an acronym or a world-wide lead in a
  // name of several words makes it a body's.
  const bodyAcronym = (t: Token) => (t.kind === 'acronym' || (t.kind === 'word' && isAcronym(t.text))) && !PLACE_ACRONYMS.has(t.lower) && !THING_ACRONYMS.has(t.lower) && !HONORIFICS.has(t.lower) && !PERSON_ROLES.has(t.lower);
  const thingAfter = THING_NOUNS.has(text.tokens[chunk.last + 1]?.lower ?? '');
  if (tokens.length > 1 && !chunk.roleBefore && !thingAfter && (tokens.some(bodyAcronym) || /^(world|global|international)$/.test(lowers[0]!))) {
    Object.assign(chunk, { type: 'organization', orgKind: 'OTHER', evidence: 1 });
    return;
  }
  if (chunk.roleBefore) {
    Object.assign(chunk, { type: 'person', evidence: 1 });
    return;
  }
  const nameLike = tokens.filter((t) => t.kind === 'word' || t.kind === 'punct' || t.kind === 'acronym');
  if (tokens.length >= 2 && tokens.length <= 5 && nameLike.length === tokens.length) {
    const before = text.tokens[chunk.first - 1];
    const after = text.tokens[chunk.last + 1];
    const beforeBefore = text.tokens[chunk.first - 2];
    // "Reform and Growth Facility", "Early Detection and Exclusion System": the end of a
    // programme's name after "and", not a person.
    if (INSTITUTIONAL_NOUNS.has(lowers[lowers.length - 1]!)) {
      Object.assign(chunk, { type: 'unknown', evidence: -1 });
      return;
    }
    // "North Darfur", "Port Sudan", "in El Fasher", "the city of Goma", "El Paso": places.
    if (
      PLACE_LEADS.has(lowers[0]!) ||
      isCity(lowerName) ||
      (before?.sentence === chunk.sentence && /^(in|near|outside|across|into|throughout)$/.test(before.lower)) ||
      (before?.lower === 'of' && /^(city|town|village|region|province|district|state|port|capital|area|mayor|governor|outskirts|residents|people|centre|center)$/.test(beforeBefore?.lower ?? ''))
    ) {
      Object.assign(chunk, { type: 'place', evidence: 1 });
      return;
    }
    // "the Specially Designated Nationals list", "the Global Magnitsky sanctions programme":
    // the name of a thing's kind, not of a person.
    const afterBrackets = after?.text === '(' && text.tokens[chunk.last + 3]?.text === ')' ? text.tokens[chunk.last + 4] : after;
    if (afterBrackets?.sentence === chunk.sentence && THING_NOUNS.has(afterBrackets.lower)) {
      Object.assign(chunk, { type: 'unknown', evidence: -1 });
      return;
    }
    // "the Sudan Civilian Protection Monitor", "the Nairobi-based Harbour Trust": a person's
    // name takes no article.
    const article = before?.lower === 'the' || (/^\p{L}+-based$/u.test(before?.text ?? '') && beforeBefore?.lower === 'the');
    const described = after?.sentence === chunk.sentence && /^\p{Ll}/u.test(after.text) && (ORG_DESCRIPTORS.has(after.lower) || ORG_HEADS.has(after.lower));
    if (article && !described && before?.sentence === chunk.sentence) {
      Object.assign(chunk, { type: 'organization', orgKind: 'OTHER', evidence: 0 });
      return;
    }
    // "Reporters Without Borders": a capitalized preposition inside a body's name.
    if (tokens.some((t, n) => n > 0 && /^(Without|Against|For|Of|To)$/.test(t.text))) {
      Object.assign(chunk, { type: 'organization', orgKind: 'NGO', evidence: 1 });
      return;
    }
    // "Liberal Forward leader Tobias Renholm", "Halvik founder Arkady Velichko": the body
    // whose role the named person holds.
    const holder = text.tokens[chunk.last + 2];
    if (after?.sentence === chunk.sentence && /^\p{Ll}/u.test(after.text) && BODY_ROLES.has(after.lower) && holder?.capitalized && holder.kind === 'word') {
      Object.assign(chunk, { type: 'organization', orgKind: 'OTHER', evidence: 1 });
      return;
    }
    Object.assign(chunk, { type: 'person', evidence: 0 });
    return;
  }
  chunk.type = 'unknown';
}

/** Letters after a person's name: honours, ranks at the bar, seats. */
const POSTNOMINALS = new Set(['kc', 'qc', 'sc', 'mp', 'msp', 'mep', 'obe', 'cbe', 'mbe', 'phd']);

/** Nouns that end names of programmes, policies and fields, never persons' names. */
const INSTITUTIONAL_NOUNS = new Set([
  'facility', 'system', 'systems', 'policy', 'financing', 'detection', 'programme', 'program', 'fund', 'mechanism', 'initiative',
  'strategy', 'framework', 'agreement', 'partnership', 'development', 'reform', 'security', 'protection', 'prevention',
  'control', 'information', 'sports', 'youth', 'culture', 'affairs', 'relations', 'justice', 'defence', 'defense',
  'intelligence', 'enforcement', 'compliance', 'registry', 'trade', 'industry', 'energy', 'finance', 'economy', 'health',
  'education', 'transport', 'infrastructure', 'agriculture', 'innovation', 'cooperation', 'integration', 'planning',
]);

/** Roles held in a body, named after it: "Liberal Forward leader X". */
const BODY_ROLES = new Set(['leader', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'founder', 'president', 'director', 'chief', 'head', 'secretary-general', 'lawmaker', 'deputy', 'member', 'candidate', 'chair']);

/**
 * The end of ", Trade and Industry" from the comma at `comma`: capitalized single words
 * joined by commas and a final "and"; undefined when the tokens are no such list.
 */
function fieldListEnd(tokens: Token[], comma: number): number | undefined {
  let k = comma;
  for (let n = 0; n < 5; n++) {
    if (tokens[k]?.text !== ',' || !isNameToken(tokens[k + 1])) return undefined;
    k += 1;
    if (tokens[k + 1]?.text === 'and' && isNameToken(tokens[k + 2])) return k + 2;
    k += 1;
  }
  return undefined;
}

/** Acronyms of things, titles and terms rather than of organizations. */
const THING_ACRONYMS = new Set([
  'sdn', 'sdgt', 'vpn', 'gdp', 'ceo', 'cfo', 'coo', 'cto', 'ai', 'it', 'pr', 'vip', 'dna', 'tv', 'gps', 'lng', 'lpg', 'ipo', 'faq', 'sms', 'pdf',
  'usd', 'eur', 'gbp', 'bbl', 'kg', 'km', 'mp', 'mps', 'mep', 'meps', 'ngo', 'ngos', 'ceos', 'gmt', 'utc', 'covid', 'covid-19',
]);

/** Capitalized words that name no person and no organization. */
const NON_ENTITY_WORDS = new Set(['source', 'sanctions', 'measures', 'brent', 'wti', 'urals crude', 'brexit', 'internet', 'covid', 'covid-19', 'urals', 'holocaust', 'ramadan', 'christmas', 'easter']);

/** First words of bodies' names in Spanish, Portuguese, French, Italian and German. */
const FOREIGN_ORG_LEADS = new Map<string, OrgKind>([
  ...['banco', 'banque', 'banca', 'grupo', 'groupe', 'gruppo', 'compañía', 'compania', 'companhia', 'compagnie', 'empresa', 'empresas',
    'sociedad', 'société', 'societe', 'corporación', 'corporacion', 'petrolera', 'minera', 'industrias', 'casa', 'aerolíneas',
    'transportes', 'inversiones', 'comercializadora', 'distribuidora', 'constructora', 'naviera'].map((w): [string, OrgKind] => [w, 'COMPANY']),
  ...['instituto', 'institut', 'istituto', 'fundación', 'fundacion', 'fundação', 'fondation', 'fondazione', 'asociación', 'asociacion',
    'associação', 'stiftung', 'verein'].map((w): [string, OrgKind] => [w, 'NGO']),
  ...['partido', 'parti', 'partito', 'partei'].map((w): [string, OrgKind] => [w, 'POLITICAL_PARTY']),
  ...['ministerio', 'ministère', 'ministero', 'ministerium', 'secretaría', 'secretaria', 'tribunal', 'tribunale', 'corte', 'cour', 'consejo', 'conseil', 'bundesamt'].map((w): [string, OrgKind] => [w, 'GOVERNMENT_AGENCY']),
]);

/** First words of place names. */
const PLACE_LEADS = new Set(['far', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'port', 'lake', 'mount', 'fort', 'cape', 'san', 'santa', 'saint', 'upper', 'lower', 'greater']);

/** Nouns a name may modify that make it the name of a thing: "the Entity List rules". */
const THING_NOUNS = new Set([
  'list', 'lists', 'sanctions', 'programme', 'program', 'regime', 'act', 'law', 'laws', 'rules', 'regulations', 'scheme',
  'framework', 'legislation', 'designation', 'designations', 'listing', 'listings', 'sanction', 'authority', 'powers',
]);

/** Capitalized runs of every sentence that is not a heading, classified. */
export function findNameChunks(text: Text, places: Places): NameChunk[] {
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
        // Not "on X. He said": a pronoun or a common word opens the next sentence.
        if (next.text === '.' && (/^\p{Lu}$/u.test(current.text) || HONORIFICS.has(current.lower)) && isNameToken(tokens[j + 2]) && !COMMON_CAPITALIZED.has(tokens[j + 2]!.lower)) {
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
        // "Valdoria's Finance Ministry", "Norlandic Shipowners' Association", "the Northern
        // Union's General Court": a country, a plural or a body owning an institution.
        if (next.kind === 'possessive' && isNameToken(after)) {
          let e = j + 2;
          // The owned name ends at its head: "the President's Office Iryna Sydorenko".
          while (isNameToken(tokens[e + 1]) && !ORG_HEADS.has(tokens[e]!.lower)) e++;
          const owner = tokens.slice(i, j + 1).filter((w) => w.lower !== 'the');
          const ownerName = owner.map((w) => w.lower).join(' ');
          const ownerLast = owner.at(-1)?.lower ?? '';
          const ownedBy =
            places.has(ownerName) ||
            /^(st|st\.|saint)\b/.test(ownerName) ||
            next.text === "'" ||
            /(?:men|people|children)$/.test(ownerLast) ||
            (ORG_HEADS.has(ownerLast) && INSTITUTION_HEADS.has(tokens[e]!.lower)) ||
            // "the President's Office", "the Prime Minister's Office"
            (/^(president|minister|chancellor|premier|king|governor|mayor)$/.test(ownerLast) && /^(office|administration|cabinet)$/.test(tokens[e]!.lower));
          if (owner.length > 0 && ownedBy && ORG_HEADS.has(tokens[e]!.lower)) {
            j = e;
            continue;
          }
        }
        // "The Ethics and Anti-Corruption Commission", "Meridia's Media and Communications
        // Commission": one name when a determiner or an owner opens it and only the part
        // after "and" has an organization's head (a single word may be a head by itself).
        const owned = tokens.slice(i, j + 1).findLastIndex((w) => w.kind === 'possessive');
        const own = owned >= 0 ? i + owned + 1 : tokens[i]!.lower === 'the' ? i + 1 : i;
        const ownerBefore = tokens[i - 1]?.kind === 'possessive';
        const determined = own > i || tokens[i - 1]?.lower === 'the' || ownerBefore;
        const ownKind = (owned >= 0 || ownerBefore) && j === own ? undefined : orgKindOfWords(tokens.slice(own, j + 1).map((w) => w.lower));
        if (next.text === 'and' && isNameToken(after) && determined && j - own < 2 && !ownKind) {
          let e = j + 2;
          while (isNameToken(tokens[e + 1])) e++;
          if (ORG_HEADS.has(tokens[e]!.lower)) {
            j = e;
            continue;
          }
        }
        // "Ministry of Trade and Industry", "Department of Health and Human Services": the
        // fields of a body's name joined by "and".
        if (next.text === 'and' && isNameToken(after)) {
          const run = tokens.slice(i, j + 1).map((w) => w.lower);
          // ("Center for Strategic and International Studies", "Agency for Regulation and Development")
          const of = run.findLastIndex((w) => w === 'of' || w === 'for');
          const bodyOf = of > 0 && (ORG_LEADS.has(run[of - 1]!) || ORG_HEADS.has(run[of - 1]!)) && j - (i + of) <= 2;
          let e = j + 2;
          if (isNameToken(tokens[e + 1]) && !isNameToken(tokens[e + 2])) e++;
          // ("… Regulation and Development of the Financial Market": the name goes on after "of".)
          const ofAfter = tokens[e + 1]?.lower === 'of' && (isNameToken(tokens[e + 2]) || (tokens[e + 2]?.lower === 'the' && isNameToken(tokens[e + 3])));
          // ("Health and Human Services said", "Strategic and International Studies said": a plural field.)
          const field = /^\p{Lu}\p{Ll}{3,}s$/u.test(tokens[e]!.text) || ORG_HEADS.has(tokens[e]!.lower);
          const endsName = ofAfter || (!isNameToken(tokens[e + 1]) && (field || !REPORTING_VERBS.has(tokens[e + 1]?.lower ?? '')) && tokens[e + 1]?.kind !== 'possessive');
          if (bodyOf && endsName) {
            j = e;
            continue;
          }
        }
        // "Ministry of Economy, Trade and Industry", "Economy, Trade and Industry Minister
        // Kenji Aramaki": a list of fields inside a name.
        if (next.text === ',') {
          const listEnd = fieldListEnd(tokens, j + 1);
          if (listEnd !== undefined) {
            const run = tokens.slice(i, j + 1).map((w) => w.lower);
            const ofBody = run.includes('of') && run.some((w) => ORG_LEADS.has(w) || ORG_HEADS.has(w));
            const beforeTitle = isNameToken(tokens[listEnd + 1]) && (HONORIFICS.has(tokens[listEnd + 1]!.lower) || ORG_HEADS.has(tokens[listEnd + 1]!.lower));
            if (ofBody || beforeTitle) {
              j = listEnd;
              continue;
            }
          }
        }
        // "China's Mission to the EU", "the EU Delegation to Ukraine", "the Russian Embassy in Tokyo"
        if ((next.text === 'to' || (next.text === 'in' && /^(embassy|consulate)$/.test(current.lower))) && /^(mission|delegation|embassy|consulate|ambassador|envoy)$/.test(current.lower)) {
          const target = after?.text === 'the' ? tokens[j + 3] : after;
          if (isNameToken(target)) {
            let e = target!.index - tokens[0]!.index;
            while (isNameToken(tokens[e + 1])) e++;
            j = e;
            continue;
          }
        }
        // "Council of Europe", "Department of the Treasury", "Procter & Gamble".
        if (LOWER_TITLE_WORDS.has(next.text) && next.text !== 'and' && next.text !== 'the') {
          const words = tokens.slice(i, j + 1).map((w) => w.lower);
          // Not "Kunlun Skyward Aviation Technology of Xi'an": a company and its city.
          const lastWord = words[words.length - 1] ?? '';
          const company = ORG_HEADS.get(lastWord) === 'COMPANY' && !ORG_LEADS.has(lastWord) && next.text === 'of';
          // Not "Republican Senator Wade Hollister of Ohio": a titled person and the state.
          const titled = words.some((w) => HONORIFICS.has(w) && !ORG_LEADS.has(w) && !ORG_HEADS.has(w));
          const orgLike = (words.some((w) => ORG_LEADS.has(w) || ORG_HEADS.has(w)) && !company && !titled) || next.text === '&';
          const target = after?.text === 'the' ? tokens[j + 3] : after;
          if (orgLike && isNameToken(target) && !MONTHS.has(target!.lower) && !WEEKDAYS.has(target!.lower)) {
            j = tokens.indexOf(target!);
            continue;
          }
        }
        break;
      }
      // "the President's Office Iryna Sydorenko": a body's name, then the person holding a role in it.
      const bodyEnd = tokens.slice(i, j - 1).findIndex((w, k) => /^(office|ministry|department|council|service|agency|committee|bureau)$/.test(w.lower) && tokens[i + k - 1]?.kind === 'possessive');
      const rest = bodyEnd >= 0 ? tokens.slice(i + bodyEnd + 1, j + 1) : [];
      if (bodyEnd >= 0 && rest.length >= 2 && rest.length <= 4 && rest.every((w) => w.kind === 'word' && isNameToken(w) && !ORG_HEADS.has(w.lower) && !ORG_LEADS.has(w.lower))) {
        addChunk(text, tokens.slice(i, i + bodyEnd + 1), vocabulary, places, chunks);
        addChunk(text, rest, vocabulary, places, chunks);
      } else addChunk(text, tokens.slice(i, j + 1), vocabulary, places, chunks);
      i = j + 1;
    }
  }
  return chunks;
}

function addChunk(text: Text, run: Token[], vocabulary: Set<string>, places: Places, out: NameChunk[]): void {
  let first = 0;
  let last = run.length - 1;
  const sentenceStart = text.sentences[run[0]!.sentence]!.tokens[0]!;
  const opensSentence = (t: Token) => {
    const prev = text.tokens[t.index - 1];
    return t === sentenceStart || (prev !== undefined && prev.sentence === t.sentence && (prev.kind === 'quote' || prev.text === ':' || prev.kind === 'dash' || prev.text === '-'));
  };
  // A capitalized common word opening a sentence ("Relations between…", "The report").
  while (first <= last) {
    const t = run[first]!;
    // "Mr. Holm", "Trade Minister Hugo Bellweather": a title or the field of one stays.
    const title = (HONORIFICS.has(t.lower) && run[first + 1] !== undefined) || (first + 1 <= last && HONORIFICS.has(run[first + 1]!.lower) && first + 2 <= last);
    // ("Reporters Without Borders": the plural opens the name.)
    const namedBody = /^(Without|Against|For)$/.test(run[first + 1]?.text ?? '');
    if (/^(the|a|an)$/.test(t.lower) || (opensSentence(t) && !title && !namedBody && (COMMON_CAPITALIZED.has(t.lower) || GROUP_NOUNS.has(t.lower) || vocabulary.has(t.lower) || isPluralNoun(t.lower)))) first++;
    else break;
  }
  if (first <= last && opensSentence(run[first]!) && (first === last || !orgKindOfWords(run.slice(first, last + 1).map((t) => t.lower))) && opensNounPhrase(text, run[first]!, run[last]!)) return;
  // "Jonathan Sefton KC", "Jane Hale MP": letters after a person's name.
  let postnominal = false;
  while (last > first && POSTNOMINALS.has(run[last]!.lower)) {
    last--;
    postnominal = true;
  }
  // Dates: "December 26", "Monday".
  while (first <= last && (MONTHS.has(run[first]!.lower) || WEEKDAYS.has(run[first]!.lower))) first++;
  while (last >= first && (MONTHS.has(run[last]!.lower) || WEEKDAYS.has(run[last]!.lower))) last--;
  if (first > last) return;
  // Titles before a personal name: "President Vladimir Putin", "Russian Foreign Minister Sergei Lavrov".
  let roleStart = -1;
  let k = first;
  const titleWord = (i: number) => HONORIFICS.has(run[i]!.lower) || PERSON_ROLES.has(run[i]!.lower);
  // "Trade Minister", "Health Secretary": a field word before a title belongs to it.
  const fieldOfTitle = (i: number) => i + 1 < last && run[i]!.capitalized && titleWord(i + 1);
  // "Economy, Trade and Industry Minister": a list of fields before the title.
  const fieldList = (i: number) => (run[i]!.text === ',' || run[i]!.lower === 'and' || run[i]!.capitalized) && run.slice(i + 1, last).some((x) => HONORIFICS.has(x.lower)) && run.slice(first, last).some((x) => x.text === ',');
  while (k < last && (titleWord(k) || fieldOfTitle(k) || fieldList(k) || run[k]!.text === '.' || (k === first && NATIONALITIES.has(run[k]!.lower)))) k++;
  if (k > first && k <= last && run[k]!.kind !== 'possessive') {
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
  if (first === last && /(?:ian|ean|ese|ish|ic|an|i)$/.test(head.text) && sameSentence(after) && after!.kind === 'word' && /^\p{Ll}/u.test(after!.text) && !/^(and|or|of|in|on|for)$/.test(after!.lower) && !looksLikeVerb(after) && !REPORTING_VERBS.has(after!.lower)) return;
  // Dateline: "VELMORA, Valdoria (Northbridge Wire) —": places, not names.
  const place = dateline(text, text.sentences[head.sentence]!);
  const capsEnd = sentenceStart.index + (place?.city ?? 0);
  if (place && (head.index < capsEnd || (before?.text === ',' && before.index === capsEnd))) return;
  const chunk: NameChunk = {
    first: head.index,
    last: tail.index,
    start: head.start,
    end: tail.end,
    name: text.body.slice(head.start, tail.end),
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
        if (p.kind === 'word' && !/^(the|a|an|and|or|of|by|to|with|from|on|in|at|for|against|said|says|that|who|which|as|well)$/.test(p.lower) && !looksLikeVerb(p) && !(p.capitalized && p.index === text.sentences[p.sentence]!.tokens[0]!.index && COMMON_CAPITALIZED.has(p.lower)) && from > prev.index - 3) from--;
        else break;
      }
      chunk.roleBefore = [from, prev.index];
    }
  }
  classify(text, chunk, places);
  if (postnominal && chunk.evidence < 2) Object.assign(chunk, { type: 'person', evidence: 1, orgKind: undefined });
  if (before?.text === '(' && after?.text === ')' && (text.tokens[tail.index + 2]?.kind === 'dash' || text.tokens[tail.index + 2]?.text === '-')) {
    Object.assign(chunk, { type: 'organization', orgKind: 'MEDIA', evidence: 2 });
  }
  const possessive = tokensOf(text, chunk).find((t) => t.kind === 'possessive');
  if (possessive) chunk.ownerName = text.norm.slice(chunk.start, possessive.start);
  // "Lumen Pay, a subsidiary of …", "Stellan Orvik, the group's founder": the head noun of an
  // appositive tells a person from an organization.
  const appositive = after?.text === ',' && sameSentence(after) ? appositiveHead(text, after.index + 1) : undefined;
  if (appositive && (chunk.type === 'unknown' || chunk.evidence === 0)) {
    if (PERSON_ROLES.has(appositive.lower)) Object.assign(chunk, { type: 'person', evidence: 1 });
    else if (ORG_DESCRIPTORS.has(appositive.lower)) Object.assign(chunk, { type: 'organization', orgKind: ORG_DESCRIPTORS.get(appositive.lower), evidence: 1 });
  }
  // An organization descriptor right before ("newspaper Novaya Gazeta", "networks Facebook and Instagram").
  // (Not "the Beirut exchange house Jaber owns": the name opens a relative clause.)
  const descriptor = /^(owns|owned|runs|controls|controlled|heads|headed|manages|managed|chairs|founded|co-founded)$/.test(after?.lower ?? '') ? undefined : descriptorBefore(text, head.index);
  if (descriptor && (chunk.type === 'unknown' || (chunk.type === 'person' && chunk.evidence === 0))) {
    Object.assign(chunk, { type: 'organization', orgKind: ORG_DESCRIPTORS.get(descriptor), evidence: 1 });
  }
  // "the ruling Georgian Dream party", "the Tass news agency": a descriptor right after the name.
  const following = after?.kind === 'word' && sameSentence(after) && /^\p{Ll}/u.test(after.text) ? after : undefined;
  const descriptorAfter = following && (ORG_DESCRIPTORS.has(following.lower) ? following.lower : ORG_DESCRIPTORS.has(text.tokens[following.index + 1]?.lower ?? '') && /^(news|media|state)$/.test(following.lower) ? text.tokens[following.index + 1]!.lower : undefined);
  if (descriptorAfter && before?.lower === 'the' || (descriptorAfter && /^(party|agency|group|movement|coalition)$/.test(descriptorAfter))) {
    if (chunk.type === 'unknown' || (chunk.type === 'person' && chunk.evidence === 0)) Object.assign(chunk, { type: 'organization', orgKind: ORG_DESCRIPTORS.get(descriptorAfter!), evidence: 1 });
  }
  if (chunk.type === 'organization') {
    const noun = descriptor ?? (appositive && ORG_DESCRIPTORS.has(appositive.lower) ? appositive.lower : undefined);
    if (noun) chunk.descriptor = noun;
  }
  out.push(chunk);
}

/** Heads of institution names that a country or a parent body may own ("Norland's Supreme Court"). */
const INSTITUTION_HEADS = new Set([
  'court', 'council', 'ministry', 'commission', 'parliament', 'assembly', 'agency', 'authority', 'office', 'tribunal',
  'committee', 'board', 'bank', 'department', 'service', 'government', 'army', 'police', 'navy', 'senate', 'inspectorate',
]);

function tokensOf(text: Text, chunk: NameChunk): Token[] {
  return text.tokens.slice(chunk.first, chunk.last + 1);
}

/**
 * A sentence-opening capitalized word that only modifies what follows: "Double world
 * champion Lukas Brandvold", "Opposition leader Marek Hollis", "Privacy advocates",
 * "Separately, …".
 */
function opensNounPhrase(text: Text, word: Token, last: Token): boolean {
  if (GOVERNMENT_SEATS.has(word.lower) || isAcronym(word.text)) return false;
  const next = text.tokens[last.index + 1];
  if (!next || next.sentence !== word.sentence) return false;
  if (word === last && next.text === ',' && /\p{Ll}ly$/u.test(word.text)) {
    // "Separately, …" opens a clause; "Chatterly, a subsidiary of …" is named, and a name
    // comes back inside sentences.
    const elsewhere = text.tokens.some((t) => t.text === word.text && t.index !== text.sentences[t.sentence]!.tokens[0]!.index);
    const head = appositiveHead(text, next.index + 1);
    // "Chatterly, a subsidiary of …": an appositive about the name, not a clause ("Separately, the regulator fined …").
    const described = head !== undefined && (ORG_DESCRIPTORS.has(head.lower) || PERSON_ROLES.has(head.lower)) && !looksLikeVerb(text.tokens[head.index + 1]);
    return !elsewhere && !described;
  }
  // A single word may modify the noun through other modifiers ("Double world champion");
  // a longer run only directly ("Triple Olympic medallist").
  const reach = word === last ? 3 : 1;
  // "Liberal Forward leader Tobias Renholm": a body's name before a role and its holder.
  const role = text.tokens[last.index + 1];
  if (word !== last && role && BODY_ROLES.has(role.lower) && text.tokens[last.index + 2]?.capitalized) return false;
  for (let k = last.index + 1; k <= last.index + reach; k++) {
    const t = text.tokens[k];
    if (!t || t.sentence !== word.sentence || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
    if (PERSON_ROLES.has(t.lower) || ORG_DESCRIPTORS.has(t.lower) || GROUP_NOUNS.has(t.lower)) return true;
    if (FUNCTION_WORDS.has(t.lower) || COMMON_VERBS.has(t.lower) || REPORTING_VERBS.has(t.lower) || /(?:ed|ing)$/.test(t.lower)) return false;
  }
  return false;
}

/** Frequent verbs of news text that follow a subject's name ("Putin met officials"). */
const COMMON_VERBS = new Set([
  'met', 'meets', 'visited', 'named', 'appointed', 'fired', 'hired', 'sacked', 'thanked', 'praised', 'backed', 'joined',
  'left', 'became', 'saw', 'gave', 'took', 'made', 'won', 'lost', 'beat', 'faced', 'hit', 'sued', 'fined', 'led', 'sent',
  'got', 'put', 'set', 'cut', 'paid', 'sold', 'bought', 'held', 'kept', 'let', 'ran', 'became', 'began', 'brought',
  'thanks', 'meets', 'leads', 'wants', 'needs', 'faces', 'hits', 'sues', 'fines', 'tells', 'gets', 'pays', 'sells',
  'buys', 'holds', 'keeps', 'runs', 'urges', 'backs', 'joins', 'names', 'appoints', 'fires', 'hires',
  'froze', 'freezes', 'rose', 'fell', 'fled', 'sought', 'spoke', 'wrote', 'chose', 'drove', 'struck', 'bore',
  'frozen', 'taken', 'given', 'written', 'chosen', 'spoken', 'driven', 'begun', 'shown', 'known', 'drawn', 'thrown',
  'broken', 'stolen', 'sworn', 'withdrawn', 'forbidden', 'hidden', 'seen', 'done', 'gone', 'been',
]);

const FUNCTION_WORDS = new Set([
  'and', 'or', 'of', 'said', 'says', 'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'in', 'on', 'at',
  'for', 'to', 'by', 'with', 'from', 'the', 'a', 'an', 'that', 'which', 'who', 'did', 'does', 'could', 'should', 'may',
]);

/**
 * The head noun of an appositive starting at `from` ("a marketing firm that …" → firm,
 * "the group's founder" → founder, "Kestria's second-largest lender" → lender), or
 * undefined when the words there are no appositive noun phrase.
 */
export function appositiveHead(text: Text, from: number): Token | undefined {
  const first = text.tokens[from];
  if (!first) return undefined;
  const opensWithOwner = first.capitalized && text.tokens[from + 1]?.kind === 'possessive';
  if (!/^(a|an|the|its|his|her|their)$/.test(first.lower) && !opensWithOwner) return undefined;
  let head: Token | undefined;
  for (let k = from + 1; k < from + 9; k++) {
    const t = text.tokens[k];
    if (!t || t.sentence !== first.sentence) break;
    if (t.text === ',' || t.kind === 'dash' || t.text === '(' || t.text === ')' || t.text === '.' || t.text === ';') break;
    if (/^(of|at|in|for|with|that|which|who|whose|from|on|to|and|based|since)$/.test(t.lower)) break;
    if (t.kind === 'possessive') {
      head = undefined;
      continue;
    }
    if (looksLikeVerb(t)) break;
    // "the law firm representing Mr Tselikov": a participle after the head starts a modifier.
    if (head && /^\p{Ll}+ing$/u.test(t.text) && !ORG_DESCRIPTORS.has(t.lower) && !PERSON_ROLES.has(t.lower)) break;
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text)) head = t;
  }
  return head;
}

/** A finite verb or an auxiliary by its form: "fined", "said", "has", "will". */
export function looksLikeVerb(t: Token | undefined): boolean {
  // "state-owned", "Kremlin-backed": adjectives; "the ruling council": a participle.
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || t.text.includes('-') || t.lower.endsWith('ing')) return false;
  // Reporting verbs by their past forms only: "state", "report", "call" are nouns as often.
  return /ed$/.test(t.lower) || COMMON_VERBS.has(t.lower) || /^(said|says|told|tells|wrote|found)$/.test(t.lower) || FINITE_AUXILIARIES.has(t.lower);
}

const FINITE_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do']);

/** "social media networks Facebook and Instagram": the descriptor noun before each listed name. */
/**
 * Whether the body noun at `index` completes a role ("Speaker of parliament Ansel Korr",
 * "the chairman of Varnia's election commission, Oleg Strand"): the name after it is the
 * person holding the role.
 */
function roleOfBody(text: Text, index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 6; k--) {
    const t = text.tokens[k]!;
    if (t.sentence !== text.tokens[index]!.sentence) return false;
    if (t.lower === 'of') {
      const role = text.tokens[k - 1];
      return role !== undefined && (PERSON_ROLES.has(role.lower) || HONORIFICS.has(role.lower));
    }
    if (!(t.kind === 'word' || t.kind === 'possessive') || /^(and|or|said|says|by|to|with|from|for|in|on|at)$/.test(t.lower)) return false;
  }
  return false;
}

function descriptorBefore(text: Text, index: number): string | undefined {
  let i = index - 1;
  // Skip back over a coordination of names: "networks Facebook, Twitter and Instagram"; a
  // list broken by other words ("…, the leader of the G9 gang alliance, and X") has none.
  while (i >= 0) {
    const t = text.tokens[i]!;
    if (t.text === ',' || t.lower === 'and') {
      const previous = text.tokens[i - 1];
      // "the national federation, Athletics Arvenia": the descriptor in apposition.
      if (t.text === ',' && previous && ORG_DESCRIPTORS.has(previous.lower) && /^\p{Ll}/u.test(previous.text)) {
        i--;
        break;
      }
      if (!isNameToken(previous)) return undefined;
      i--;
    } else if (isNameToken(t)) i--;
    else break;
    if (i < index - 8) return undefined;
  }
  // "chipmakers including Intel and Nvidia", "firms such as Acme".
  // "The companies include X and Y": a plural descriptor as the subject of "include".
  if (/^(including|like|include|includes|included)$/.test(text.tokens[i]?.lower ?? '')) i--;
  else if (text.tokens[i]?.lower === 'as' && text.tokens[i - 1]?.lower === 'such') i -= 2;
  const t = text.tokens[i];
  const opening = t !== undefined && t.index === text.sentences[t.sentence]!.tokens[0]!.index;
  if (!t || t.sentence !== text.tokens[index]!.sentence || (!/^\p{Ll}/u.test(t.text) && !opening)) return undefined;
  if (ORG_DESCRIPTORS.has(t.lower) && roleOfBody(text, i)) return undefined;
  if (ORG_DESCRIPTORS.has(t.lower)) return t.lower;
  // A plural ("companies", "chipmakers", "banks"): the singular descriptor, or a maker of something.
  const singular = t.lower.replace(/ies$/, 'y').replace(/s$/, '');
  if (singular !== t.lower && (ORG_DESCRIPTORS.has(singular) || /maker$/.test(singular))) return ORG_DESCRIPTORS.has(singular) ? singular : 'maker';
  return undefined;
}
