import { describe, expect, it } from 'vitest';
import { extract, nameOf, sanctionLines, statementLines } from './helpers.ts';

describe('coreference', () => {
  it('links a surname to the full name and "he" to the last person', () => {
    const a = extract('Opposition leader Marek Hollis was detained on Friday. Hollis said he would appeal.');
    const hollis = a.entities.filter((e) => e.type === 'person');
    expect(hollis).toHaveLength(1);
    expect(a.mentions.map((m) => m.text)).toEqual(['Marek Hollis', 'Hollis']);
    expect(statementLines(a)).toEqual(['Marek Hollis | said | INDIRECT | he would appeal']);
    expect(a.statements[0]!.about).toEqual([hollis[0]!.key]);
  });

  it('keeps a seat of government as an organization', () => {
    const a = extract('The Kremlin rejected the report. The White House declined to comment.');
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.type === 'organization' && e.name).sort()).toEqual([
      'Kremlin',
      'White House',
    ]);
  });

  it('resolves "she" past a sentence that mentions no person', () => {
    const a = extract('Judge Ines Carvalho heard the case. The hearing lasted hours. "It is closed," she said.');
    expect(statementLines(a)).toEqual(['Ines Carvalho | said | DIRECT | It is closed']);
    expect(a.statements[0]!.speakerSpan.text).toBe('she');
  });
});

describe('salient antecedents', () => {
  it('resolves "the company" to the subject of the previous sentence, not a name in a relative clause', () => {
    for (const [body, expected] of [
      [
        'Marlow Foods, which is owned by the holding company Tessel Capital, denied the claims. The company said it would appeal.',
        'Marlow Foods',
      ],
      ['Ostra Mining rejected the fine imposed on its partner Belcor Metals. The company called it unfair.', 'Ostra Mining'],
      ['Harlan Rail, a unit of Vossberg Group, cut jobs. In a statement, the company blamed costs.', 'Harlan Rail'],
    ] as const) {
      const a = extract(body);
      const mention = a.mentions.find((m) => /^the company$/i.test(m.text));
      expect(nameOf(a, mention!.entity)).toBe(expected);
    }
  });

  it('prefers an organization whose name has the described head word', () => {
    for (const [body, description, expected] of [
      [
        'The Athletics Appeals Tribunal banned Rui Costa. He said he would go to the Sports Arbitration Court. His lawyer said the tribunal erred.',
        'the tribunal',
        'Athletics Appeals Tribunal',
      ],
      ['The Energy Office fined Norvik Power, a unit of the Trade Ministry. The office said it would publish its evidence.', 'The office', 'Energy Office'],
      ['Lenz Clinic, a private laboratory, closed. The laboratory had falsified records.', 'The laboratory', 'Lenz Clinic'],
    ] as const) {
      const a = extract(body);
      const mention = a.mentions.find((m) => m.text === description);
      expect(nameOf(a, mention!.entity)).toBe(expected);
    }
  });

  it('reads "the trading house" as the company whose name has the word "trading"', () => {
    const a = extract('The ministry froze the assets of Kaspi Trading, a unit of Orsk Holding Group, and blacklisted the trading house’s founder.');
    expect(nameOf(a, a.mentions.find((m) => m.text === 'the trading house')!.entity)).toBe('Kaspi Trading');
  });

  it('does not give "he" a person the text calls a woman', () => {
    for (const [body, he] of [
      ['Stig Aalto founded the firm. His spokeswoman, Liv Berge, said he was abroad.', 'Stig Aalto'],
      ['Mrs. Dana Holm met Karl Brenner. Mrs. Holm said he had been late.', 'Karl Brenner'],
      ['Omar Saleh hired Nadia Karam as chairwoman. Karam said he had chosen well.', 'Omar Saleh'],
    ] as const) {
      const a = extract(body);
      expect(a.statements.at(-1)!.about.map((k) => nameOf(a, k))).toEqual([he]);
    }
  });

  it('resolves "it" to the subject of its sentence before a name in an object', () => {
    for (const [body, speaker, about] of [
      ['Chatwell, a unit of Norcross Media, said it would comply.', 'Chatwell', 'Chatwell'],
      ['The Port Authority ordered Dalton Freight to suspend 12 routes run by Brisk Lines, a firm that it said had forged logs.', 'Port Authority', 'Brisk Lines'],
      ['Velta Bank rejected the offer from Corran Capital. It said the price was too low for its shareholders.', 'Velta Bank', 'Velta Bank'],
    ] as const) {
      const a = extract(body);
      const last = a.statements.at(-1)!;
      expect(nameOf(a, last.speaker)).toBe(speaker);
      expect(last.about.map((k) => nameOf(a, k))).toContain(about);
    }
  });

  it('makes "the Ostranian government" and "Tovarian authorities" the state of that country', () => {
    for (const [body, country] of [
      ['Ostranian banks froze. The Ostranian government blamed traders.', 'Ostrania'],
      ['Tovarian authorities arrested him, and Tovaria later released him.', 'Tovaria'],
      ['Officials said U.S. authorities had asked for the data.', 'United States'],
    ] as const) {
      const a = extract(body);
      const state = a.entities.find((e) => e.type === 'organization' && e.kind === 'GOVERNMENT');
      expect(state && state.type === 'organization' ? state.country : undefined).toBe(country);
    }
  });
});

describe('shortened names', () => {
  it('shortens only a name met before', () => {
    const a = extract('The Foreign Ministry said talks went well. Kelmish envoy Ivo Rast met officials of Tovaria’s Foreign Ministry.');
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.type === 'organization' && e.name)).toEqual([
      'Tovaria’s Foreign Ministry',
      'Foreign Ministry',
    ]);
    const b = extract('Tovaria’s Foreign Ministry summoned the envoy. The Foreign Ministry said talks went well.');
    expect(b.entities.filter((e) => e.type === 'organization')).toHaveLength(1);
  });
});

describe('capitals standing for their governments', () => {
  it('reads a capital acting or owning a policy as its state, not a capital as a place', () => {
    const a = extract(
      'WASHINGTON (AP) — The Treasury sanctioned three firms over the drones Tehran has been supplying to Russia. In Tehran, officials were angry. Reza Farahmandi called it "a continuation of Washington\'s failed policy." Minsk would respond, he said. Paris is lovely in spring.',
    );
    const states = a.entities.filter((e) => e.type === 'organization' && e.kind === 'GOVERNMENT').map((e) => (e.type === 'organization' ? e.name : ''));
    expect(states).toEqual(['Iran government', 'United States government', 'Belarus government']);
    expect(a.mentions.filter((m) => ['Tehran', 'Washington', 'Minsk', 'Paris'].includes(m.text)).map((m) => m.start)).toEqual([
      70,
      185,
      214,
    ]);
  });
});

describe('bylines and pronouns', () => {
  it('never takes an outlet named only in the byline for "it"', () => {
    const a = extract('UK sanctions tycoons\n\nBy Joanna Pryce-Ellis\nBusiness reporter, BBC News\n\nThe government has imposed sanctions on three businessmen it accuses of helping Moscow.');
    expect(statementLines(a)).toEqual([]);
  });
});

describe('dateline agencies and pronouns', () => {
  it('never takes the agency of a dateline for "it"', () => {
    const a = extract('WASHINGTON (AP) — Loopline is an app. On Friday, the Federal Trade Commission hit it with a $310 million fine.');
    expect(a.sanctions.map((s) => nameOf(a, s.target))).toEqual(['Loopline']);
  });
});

describe('genders from attributions', () => {
  it('counts a pronoun attribution for the subject only, across a quotation', () => {
    const a = extract(
      'Marcus Vandermeer testified. That drew a rebuke from Sen. Ellen Ashcroft-Reyes.\n\n"You invested in public relations. You did not invest in children," she said.\n\nSen. Travis Holloway, who rarely agrees with Ashcroft-Reyes, said the two agreed. He accused Vandermeer of hiding.',
    );
    expect(statementLines(a)).toEqual([
      'Ellen Ashcroft-Reyes | said | DIRECT | You invested in public relations. You did not invest in children',
      'Travis Holloway | said | INDIRECT | the two agreed',
      'Travis Holloway | accused | INDIRECT | Vandermeer of hiding',
    ]);
  });
});

describe('persons by the role the text gave them', () => {
  it('takes "the judge" for "Mr Justice Calloway" and the pronoun after it', () => {
    const a = extract(
      "Viktor Zalessky lost. On Wednesday Mr Justice Calloway dismissed his claim. Mr Zalessky's barrister, Jonathan Sefton KC, said it was unfair. In his judgment, the judge said the court's role was limited. 'The claimant has offered assurances,' he wrote.",
    );
    expect(statementLines(a).slice(2)).toEqual(["Calloway | said | INDIRECT | the court's role was limited", 'Calloway | wrote | DIRECT | The claimant has offered assurances']);
  });
});

describe('the government of the dateline', () => {
  it('takes "the government" in a story from a capital for that country\'s, not the state named last', () => {
    const a = extract(
      "TBILISI, May 14 -- Georgia's parliament passed the law. Russia's Foreign Ministry welcomed it. A teacher said he no longer believed a word from the government. A law lets the government fine anyone.",
    );
    const government = a.mentions.filter((m) => m.text === 'the government').map((m) => nameOf(a, m.entity));
    expect(government).toEqual(['Georgia government']);
  });
});

describe('governments a relation is with', () => {
  it('reads capitals after "warnings from", "ties between" and "pressure from" as governments, Brussels as the EU', () => {
    const a = extract(
      'The law passed despite warnings from Brussels and Washington. The move will strain ties between Washington and Beijing. Bern has come under pressure from Washington. Officials in Washington said nothing.',
    );
    expect(a.mentions.map((m) => `${m.text}: ${nameOf(a, m.entity)}`)).toEqual([
      'Brussels: European Union',
      'Washington: United States government',
      'Washington: United States government',
      'Beijing: China government',
      'Bern: Switzerland government',
      'Washington: United States government',
    ]);
  });
});

describe('pronouns opening a sentence', () => {
  it('continue the subject of the sentence before, over a body mentioned more often', () => {
    const a = extract(
      "The Treasury Department on Tuesday sanctioned two companies. The department said the firms were fronts. The department's Office of Foreign Assets Control added Ryonghwa Corp. to its Specially Designated Nationals list. It also designated Gao Wenjie.",
    );
    expect(a.sanctions.map((s) => `${nameOf(a, s.authority)} -> ${nameOf(a, s.target)}`)).toEqual([
      'Office of Foreign Assets Control -> Ryonghwa Corp',
      'Office of Foreign Assets Control -> Gao Wenjie',
    ]);
  });
});

describe('governments addressed and title-case datelines', () => {
  it('reads "Sofia (AFP) -" as a dateline, capitals accused or urged, a protest with a capital and "the government in Quito"', () => {
    const a = extract(
      'Sofia (AFP) - The ministry acted. Lawmakers accused the government of failing. Two ministers accused Budapest and Bratislava of delay. Tokyo had lodged a protest with Beijing through diplomatic channels. She urged Bishkek to act. The IOC said the government in Quito had erred. He spoke in Budapest on Wednesday.',
    );
    expect(a.mentions.filter((m) => a.entities.find((e) => e.key === m.entity)?.type === 'organization' && /government|Budapest|Bratislava|Tokyo|Beijing|Bishkek/.test(m.text)).map((m) => `${m.text}: ${nameOf(a, m.entity)}`)).toEqual([
      'the government: Bulgaria government',
      'Budapest: Hungary government',
      'Bratislava: Slovakia government',
      'Tokyo: Japan government',
      'Beijing: China government',
      'Bishkek: Kyrgyzstan government',
      'the government in Quito: Ecuador government',
    ]);
  });
});

describe('a description and the name in apposition to it', () => {
  it('makes "Russia\'s agricultural watchdog, Rosselkhoznadzor," one body', () => {
    const a = extract("Russia's agricultural watchdog, Rosselkhoznadzor, said it had suspended imports from the Arshaluys Brandy Company.");
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => (e.type === 'organization' ? e.name : '')).sort()).toEqual(['Arshaluys Brandy Company', 'Rosselkhoznadzor']);
    expect(sanctionLines(a)).toEqual(['Rosselkhoznadzor -> Arshaluys Brandy Company | TRADE']);
  });
});
