import { describe, expect, it } from 'vitest';
import { entityLines, extract } from './helpers.ts';

describe('names and organizations', () => {
  it('finds people with initials, particles and titles, without the title', () => {
    const a = extract('Prime Minister Ana de la Vega met J. K. Osei and Dr. Ludwig van Berg in Lisbon on Monday.');
    expect(entityLines(a)).toEqual(expect.arrayContaining(['person: Ana de la Vega', 'person: J. K. Osei', 'person: Ludwig van Berg']));
    expect(entityLines(a).join()).not.toMatch(/Lisbon|Monday/);
  });

  it('finds organizations by their head word, acronym and a descriptor before the name', () => {
    const a = extract(
      'The Ministry of Foreign Affairs, the Baltic Shipping Company and NATO were named. The broadcaster Radio Solano and the bank Corvina also were.',
    );
    const lines = entityLines(a);
    for (const name of ['Ministry of Foreign Affairs', 'Baltic Shipping Company', 'NATO', 'Radio Solano', 'Corvina']) {
      expect(lines).toContain(`organization: ${name}`);
    }
  });

  it('keeps a country possessive in an institution name and links "the ministry" to it', () => {
    const a = extract("Ostrava's Interior Ministry issued new rules. The ministry said they take effect in May.");
    const ministry = a.entities.find((e) => e.type === 'organization' && e.name === "Ostrava's Interior Ministry");
    expect(ministry).toBeDefined();
    expect(a.mentions.filter((m) => m.entity === ministry!.key).map((m) => m.text)).toEqual([
      "Ostrava's Interior Ministry",
      'The ministry',
    ]);
  });

  it('reads an organization introduced by description and its definite description', () => {
    const a = extract("Brazil's aviation regulator grounded the jets. The regulator gave no reason.");
    const org = a.entities.find((e) => e.type === 'organization' && e.name === "Brazil's aviation regulator");
    expect(org).toBeDefined();
    expect(a.mentions.filter((m) => m.entity === org!.key).map((m) => m.text)).toEqual(["Brazil's aviation regulator", 'The regulator']);
  });

  it('takes roles from titles and appositives', () => {
    const a = extract(
      'Veteran diplomat Sara Okafor flew home. Tomas Rilke, the embattled mayor of Halden, resigned.',
    );
    expect(a.affiliations.map((x) => x.role.text)).toEqual(['Veteran diplomat', 'the embattled mayor of Halden']);
  });

  it('sets the parent of a subsidiary', () => {
    const a = extract('Lumen Pay, a subsidiary of Arcturus Group, froze the accounts.');
    const child = a.entities.find((e) => e.type === 'organization' && e.name === 'Lumen Pay');
    const parent = a.entities.find((e) => e.type === 'organization' && e.name === 'Arcturus Group');
    expect(child && child.type === 'organization' ? child.parent : undefined).toBe(parent?.key);
  });

  it('does not take nationality adjectives, datelines or capitalized sentence openers for names', () => {
    const a = extract('DRAVOS, Velia (Coastline Wire) \u2014 Officials said Velian farmers protested. Relations remain tense.');
    const lines = entityLines(a);
    expect(lines).toContain('organization: Coastline Wire');
    expect(lines.join()).not.toMatch(/DRAVOS|Velian|Relations|Officials \(/);
  });
});
