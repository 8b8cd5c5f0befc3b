import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/ingest/annotationSchema.ts';
import { extract, nameOf } from './helpers.ts';

const roles = (a: Annotation) =>
  a.affiliations.map((x) => `${nameOf(a, x.person)} | ${x.role.text} | ${x.organization ? nameOf(a, x.organization) : '-'}`);
const countryOf = (a: Annotation, name: string) => {
  const e = a.entities.find((x) => x.type !== 'unnamed' && x.name === name);
  return e && e.type !== 'unnamed' ? e.country : 'missing';
};

describe('roles', () => {
  it('reads a role in apposition before the name', () => {
    for (const [body, line] of [
      ['Her lawyer, Tomas Ilves, said she would appeal.', 'Tomas Ilves | Her lawyer | -'],
      ['The Harbour Authority fined the firm. The authority’s director, Lina Berg, defended the fine.', 'Lina Berg | The authority’s director | Harbour Authority'],
      ['Prosecutors questioned his wife, Dana Ruus, on Monday.', 'Dana Ruus | his wife | -'],
    ] as const) {
      expect(roles(extract(body))).toEqual([line]);
    }
  });

  it('reads several roles after a name, past an age', () => {
    const a = extract('Pavla Ring, 61, a former mayor of Kelvik and the leader of the Green Alliance, resigned.');
    expect(roles(a)).toEqual(['Pavla Ring | a former mayor of Kelvik | -', 'Pavla Ring | the leader of the Green Alliance | Green Alliance']);
    const b = extract('Omar Salim, chief economist at the Coastal Bank, disagreed.');
    expect(roles(b)).toEqual(['Omar Salim | chief economist at the Coastal Bank | Coastal Bank']);
  });

  it('ties a title to the institution it heads', () => {
    for (const [body, line] of [
      ['The Health Ministry banned the drug. Health Minister Ana Petre said it was unsafe.', 'Ana Petre | Health Minister | Health Ministry'],
      ['The Supreme Court ruled on Monday. "The law is clear," Chief Justice Ivo Marr said.', 'Ivo Marr | Chief Justice | Supreme Court'],
      ['Deputy Trade Minister Kai Lund said the Trade Ministry would act.', 'Kai Lund | Deputy Trade Minister | Trade Ministry'],
    ] as const) {
      expect(roles(extract(body))).toEqual([line]);
    }
  });
});

describe('countries', () => {
  it('gives organizations the country in their name, seat or appositive', () => {
    const a = extract(
      'Tovaria’s Energy Ministry and Kelmish Rail objected. The Kremlin agreed. Dorn Shipping, a Tovarian-registered firm, and Lenz Clinic, a clinic in the Kelmish capital, declined. Kelm stayed silent.',
    );
    expect(countryOf(a, 'Tovaria’s Energy Ministry')).toBe('Tovaria');
    expect(countryOf(a, 'Kelmish Rail')).toBe('Kelm');
    expect(countryOf(a, 'Kremlin')).toBe('Russia');
    expect(countryOf(a, 'Dorn Shipping')).toBe('Tovaria');
    expect(countryOf(a, 'Lenz Clinic')).toBe('Kelm');
  });

  it('gives a state body named without a country the dateline’s, and not an international one', () => {
    const a = extract('BRENVIK, Ostrania (Coastal Wire) -- The Finance Ministry and the Council of Northern States met.');
    expect(countryOf(a, 'Finance Ministry')).toBe('Ostrania');
    expect(countryOf(a, 'Council of Northern States')).toBeUndefined();
  });

  it('gives persons the country of a demonym in their role or of the state body they serve', () => {
    const a = extract(
      'BRENVIK, Ostrania -- Tovarian tycoon Ari Vell met Finance Minister Lea Storm. The Finance Ministry said so. Ivo Kask, an analyst at the Brenvik Institute in Brenvik, doubted it.',
    );
    expect(countryOf(a, 'Ari Vell')).toBe('Tovaria');
    expect(countryOf(a, 'Lea Storm')).toBe('Ostrania');
    expect(countryOf(a, 'Ivo Kask')).toBeUndefined();
  });
});
