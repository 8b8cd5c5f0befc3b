// Places of one article: the gazetteer of the lexicon plus what the article itself tells
// about places it names — the dateline ("OSTBY, Norland (Petrolink Daily) --"), a name
// next to its demonym ("Kestria" beside "Kestrian"), the owner of a government
// institution ("Solvania's Energy Ministry"). Places are never persons or organizations,
// and countries among them give organizations and persons their country.
import { CAPITALS, COUNTRIES, COUNTRY_PHRASES, NATIONALITIES, ORG_HEADS, PLACE_ACRONYMS, PLACE_PHRASES, PLACES } from './lexicon.ts';
import { dateline, type Text } from './text.ts';

/** Demonym endings, longest first: "Kestr-ian", "Norland-ic", "Meridia-n". */
const DEMONYM_ENDINGS = ['ian', 'ean', 'ese', 'ish', 'ic', 'an', 'n', 'i'];

/** Institutions whose possessor is a country: "Norland's Supreme Court". */
const STATE_INSTITUTIONS = new Set([
  'ministry', 'government', 'parliament', 'court', 'army', 'navy', 'police', 'cabinet', 'presidency', 'senate',
  'treasury', 'embassy', 'legislature', 'assembly', 'guard', 'forces', 'office', 'authority', 'regulator',
  'commission', 'council', 'agency', 'department', 'bank', 'military', 'prosecutor', 'tribunal', 'service',
]);

/** Lower-case institutions that only a state has: "X's foreign ministry" makes X a country. */
const STATE_ONLY = new Set(['ministry', 'government', 'parliament', 'regulator', 'cabinet', 'army', 'navy', 'embassy', 'military', 'presidency', 'treasury', 'legislature']);

/** A few irregular demonyms of the lexicon's countries. */
const IRREGULAR_DEMONYMS = new Map([
  ['french', 'France'], ['british', 'United Kingdom'], ['english', 'England'], ['dutch', 'Netherlands'], ['chinese', 'China'],
  ['swiss', 'Switzerland'], ['greek', 'Greece'], ['spanish', 'Spain'], ['turkish', 'Turkey'], ['polish', 'Poland'],
  ['danish', 'Denmark'], ['swedish', 'Sweden'], ['finnish', 'Finland'], ['irish', 'Ireland'], ['welsh', 'Wales'],
  ['scottish', 'Scotland'], ['american', 'United States'], ['u.s.', 'United States'], ['us', 'United States'],
  ['usa', 'United States'], ['uk', 'United Kingdom'], ['u.k.', 'United Kingdom'], ['saudi', 'Saudi Arabia'],
  ['israeli', 'Israel'], ['iraqi', 'Iraq'], ['pakistani', 'Pakistan'], ['afghan', 'Afghanistan'], ['thai', 'Thailand'],
  ['ukrainian', 'Ukraine'], ['filipino', 'Philippines'], ['czech', 'Czech Republic'], ['slovak', 'Slovakia'],
  ['serbian', 'Serbia'], ['croatian', 'Croatia'], ['kazakh', 'Kazakhstan'], ['uzbek', 'Uzbekistan'],
  ['norwegian', 'Norway'], ['peruvian', 'Peru'], ['argentine', 'Argentina'], ['vietnamese', 'Vietnam'],
  ['japanese', 'Japan'], ['portuguese', 'Portugal'], ['lebanese', 'Lebanon'], ['sudanese', 'Sudan'],
  ['chechen', 'Russia'], ['uae', 'United Arab Emirates'],
]);

/** Other names of countries, to one name per country. */
const COUNTRY_ALIASES = new Map([
  ['britain', 'United Kingdom'], ['great britain', 'United Kingdom'], ['holland', 'Netherlands'], ['burma', 'Myanmar'],
  ['turkiye', 'Turkey'], ['czechia', 'Czech Republic'], ['united states of america', 'United States'],
  ['kyrgyz republic', 'Kyrgyzstan'], ['slovak republic', 'Slovakia'], ['republic of korea', 'South Korea'],
]);

export interface Places {
  /** Whether a lower-case name (or phrase) names a place. */
  has(lowerName: string): boolean;
  /**
   * The country a country's name, a demonym ("Kestrian", "Russian") or a dateline city
   * stands for; with `guess`, also a demonym of a country the article never names
   * ("Ostranian" → Ostrania).
   */
  countryOf(word: string, guess?: boolean): string | undefined;
  /** Whether a lower-case name names a country (not a city or a region). */
  isCountry(lowerName: string): boolean;
  /** The country the article's dateline gives, if any. */
  readonly datelineCountry: string | undefined;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());

export function learnPlaces(text: Text): Places {
  const countries = new Map<string, string>(); // lower-case → as written
  const cities = new Map<string, string | undefined>(); // lower-case city → its country
  const capitalized = new Map<string, string>();
  for (const t of text.tokens) if (t.capitalized && t.kind === 'word') capitalized.set(t.lower, t.text);

  // Datelines: "PORT CALLIS, 4 June (…) -", "VELMORA, Valdoria (…) —".
  let datelineCountry: string | undefined;
  for (const sentence of text.sentences) {
    const place = dateline(text, sentence);
    if (!place) continue;
    const tokens = sentence.tokens;
    const k = place.city;
    const city = text.norm.slice(tokens[0]!.start, tokens[k - 1]!.end).toLowerCase();
    // The region or country after the comma, when it is a name rather than a date.
    let c = k + 1;
    while (c < tokens.length && tokens[c]!.capitalized && tokens[c]!.kind === 'word' && c - k <= 3) c++;
    const after = tokens[c];
    let country: string | undefined;
    if (tokens[k]?.text === ',' && c > k + 1 && after && (after.text === '(' || after.kind === 'dash' || after.text === ',' || after.text === '-')) {
      const region = text.norm.slice(tokens[k + 1]!.start, tokens[c - 1]!.end);
      if (!/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(region)) {
        country = region;
        countries.set(region.toLowerCase(), region);
      }
    }
    // "TBILISI --", "WASHINGTON (AP) —": a capital gives its country.
    if (!country && CAPITALS.has(city)) country = CAPITALS.get(city);
    cities.set(city, country);
    datelineCountry ??= country;
  }

  // A capitalized word beside its demonym.
  const demonyms = new Map<string, string>();
  for (const lower of capitalized.keys()) {
    for (const ending of DEMONYM_ENDINGS) {
      if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
      const base = lower.slice(0, -ending.length);
      const place = capitalized.get(base) ?? capitalized.get(base + 'a') ?? capitalized.get(base + 'ia');
      if (place !== undefined) {
        // "Europe" beside "European" is a region, not a country.
        const region = PLACES.has(place.toLowerCase()) && !COUNTRIES.has(place.toLowerCase());
        if (!cities.has(place.toLowerCase()) && !region) countries.set(place.toLowerCase(), place);
        demonyms.set(lower, place);
        break;
      }
    }
  }

  // The owner of a state institution: "Norland's Supreme Court", "Arvenia's Interior Ministry".
  const tokens = text.tokens;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'possessive') continue;
    const owner = tokens[i - 1]!;
    // Not an acronym ("the EU's Council"): those name organizations.
    if (!owner.capitalized || owner.kind !== 'word' || tokens[i - 2]?.capitalized || /^\p{Lu}+$/u.test(owner.text)) continue;
    if (ORG_HEADS.has(owner.lower)) continue;
    let j = i + 1;
    while (tokens[j]?.capitalized && tokens[j]!.sentence === t.sentence && j - i <= 4) j++;
    const head = tokens[j - 1];
    if (j > i + 1 && head && STATE_INSTITUTIONS.has(head.lower) && !cities.has(owner.lower)) countries.set(owner.lower, owner.text);
    // "Valdoria's broadcasting regulator", "Qelva's foreign ministry": only a state owns these.
    if (j === i + 1) {
      let k = i + 1;
      while (k - i <= 3 && tokens[k]?.kind === 'word' && /^\p{Ll}/u.test(tokens[k]!.text) && !STATE_ONLY.has(tokens[k]!.lower)) k++;
      if (tokens[k] && tokens[k]!.sentence === t.sentence && STATE_ONLY.has(tokens[k]!.lower) && !cities.has(owner.lower)) countries.set(owner.lower, owner.text);
    }
  }
  if (datelineCountry === undefined) {
    for (const country of cities.values()) datelineCountry ??= country;
  }

  const has = (lowerName: string): boolean => {
    const name = lowerName.replace(/^the /, '');
    return PLACES.has(name) || PLACE_PHRASES.has(name) || countries.has(name) || cities.has(name);
  };
  return {
    has,
    datelineCountry,
    isCountry(lowerName: string): boolean {
      const name = lowerName.replace(/^the /, '');
      return countries.has(name) || COUNTRIES.has(name) || COUNTRY_PHRASES.has(name) || COUNTRY_ALIASES.has(name);
    },
    countryOf(word: string, guess = false): string | undefined {
      const lower = word.toLowerCase().replace(/^the /, '');
      if (countries.has(lower)) return countries.get(lower);
      if (cities.has(lower)) return cities.get(lower);
      if (demonyms.has(lower)) return demonyms.get(lower);
      // A demonym of a country the article names, met only in a compound ("Tovarian-registered").
      for (const ending of DEMONYM_ENDINGS) {
        if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
        const base = lower.slice(0, -ending.length);
        for (const candidate of [base, base + 'a', base + 'ia']) if (countries.has(candidate)) return countries.get(candidate);
      }
      if (IRREGULAR_DEMONYMS.has(lower)) return IRREGULAR_DEMONYMS.get(lower);
      if (PLACE_ACRONYMS.has(lower)) return IRREGULAR_DEMONYMS.get(lower);
      if (COUNTRY_ALIASES.has(lower)) return COUNTRY_ALIASES.get(lower);
      if (COUNTRIES.has(lower) || COUNTRY_PHRASES.has(lower)) return titleCase(lower);
      if (NATIONALITIES.has(lower)) {
        for (const ending of DEMONYM_ENDINGS) {
          if (!lower.endsWith(ending)) continue;
          const base = lower.slice(0, -ending.length);
          for (const candidate of [base, base + 'a', base + 'ia', base + 'e', base + 'y']) if (COUNTRIES.has(candidate)) return titleCase(candidate);
        }
        return undefined;
      }
      // An adjective of a country the article never names: "the Ostranian government".
      if (guess && /^\p{Lu}/u.test(word) && /[ie]an$/.test(lower)) return word.slice(0, -1);
      return undefined;
    },
  };
}
