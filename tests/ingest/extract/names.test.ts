import { describe, expect, it } from 'vitest';
import { entityLines, extract, sanctionLines, statementLines } from './helpers.ts';

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

describe('places the article itself tells', () => {
  it('takes the dateline city and region for places, not persons', () => {
    for (const body of [
      'SAN MARELLO, Tovaria (Eastgate Wire) -- Mayor Pia Lunardi opened the port. Ships from San Marello left at dawn.',
      'KELVIK, 3 May (Nordsea Report) - The harbour closed. Fishermen in Kelvik said catches fell.',
      'NOVA BRESCA, Ostrania -- Exports rose. Traders in Nova Bresca cheered the rise in Ostrania.',
    ]) {
      // Groups may be labelled by where they are ("Fishermen in Kelvik"); named entities not.
      const lines = entityLines(extract(body)).filter((l) => !l.startsWith('unnamed'));
      expect(lines.join()).not.toMatch(/San Marello|Kelvik|Nova Bresca|Tovaria|Ostrania/);
    }
  });

  it('takes a name beside its demonym for a country', () => {
    for (const [body, country] of [
      ['Tovarian troops crossed the border. Tovaria denied it.', 'Tovaria'],
      ['The Ostranian navy sailed. Diplomats in Ostrania were alarmed.', 'Ostrania'],
      ['Kelmish farmers protested while Kelm stayed silent.', 'Kelm'],
    ] as const) {
      const lines = entityLines(extract(body));
      expect(lines).not.toContain(`person: ${country}`);
      expect(lines).not.toContain(`organization: ${country}`);
    }
  });

  it('reads a country acting as its state', () => {
    for (const [body, line] of [
      ['Britain on Monday imposed sanctions on Ivo Rask.', 'United Kingdom government -> Ivo Rask'],
      ['The United States said it had frozen the assets of Dara Kell.', 'United States government -> Dara Kell'],
      ['Tovarian troops crossed the border. Tovaria imposed a travel ban on Lea Moss.', 'Tovaria government -> Lea Moss'],
    ] as const) {
      expect(sanctionLines(extract(body)).map((l) => l.split(' | ')[0])).toEqual([line]);
    }
  });

  it('keeps the owner of a state institution out of the entities but in the institution name', () => {
    const a = extract("Dravonia's Health Ministry banned the drug. Dravonia's Supreme Court upheld the ban.");
    expect(entityLines(a)).toEqual(["organization: Dravonia's Health Ministry", "organization: Dravonia's Supreme Court"]);
  });
});

describe('one type per name', () => {
  it('lets the best-attested mention decide for every mention of a name', () => {
    for (const body of [
      'The shipping group Halvard Lines was fined. Halvard Lines declined to comment.',
      'Cordelia Systems, a software firm, was hacked. Investors sold Cordelia Systems shares.',
      'The union backed Brenner Works, an engineering company. Brenner Works said nothing.',
    ]) {
      const a = extract(body);
      expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
      expect(a.entities.filter((e) => e.type === 'organization')).toHaveLength(1);
    }
  });

  it('reads the head of an appositive: a person role wins over an organization noun before it', () => {
    for (const [body, name] of [
      ['The fund was run by Marta Ilves, the group’s chief executive.', 'Marta Ilves'],
      ['“We acted lawfully,” said Joran Vestby, the agency’s director general.', 'Joran Vestby'],
      ['Assets of Petra Holm, the company’s founder, were frozen.', 'Petra Holm'],
    ] as const) {
      expect(entityLines(extract(body))).toContain(`person: ${name}`);
    }
  });

  it('names an organization from a descriptor in apposition before it', () => {
    for (const [body, name] of [
      ['Players and the national federation, Cycling Ostrania, protested.', 'Cycling Ostrania'],
      ['The league, Volley Nordica, suspended the club.', 'Volley Nordica'],
      ['Critics and the sector’s association, Harbour Pilots United, objected.', 'Harbour Pilots United'],
    ] as const) {
      expect(entityLines(extract(body))).toContain(`organization: ${name}`);
    }
  });
});

describe('capitalized words that open a sentence', () => {
  it('does not take modifiers of a title, a group or an adverb for names', () => {
    for (const body of [
      'Triple Olympic medallist Henrik Sand retired. Privacy campaigners welcomed the law.',
      'Separately, the regulator fined a bank. Former world champion Ada Kolb protested.',
      'Veteran defence analysts doubted it. Notably, prices fell.',
    ]) {
      const lines = entityLines(extract(body)).filter((l) => !l.startsWith('unnamed'));
      expect(lines.join()).not.toMatch(/Triple|Olympic|Privacy|Separately|Former|Veteran|Notably/);
    }
  });
});

describe('names that open a sentence', () => {
  it('keeps a name before its verb and its object', () => {
    for (const [body, line] of [
      ['Ilse Brandt told reporters the plan was dead.', 'person: Ilse Brandt'],
      ['Okonjo met union leaders on Monday. Okonjo said talks would resume.', 'person: Okonjo'],
      ['Finance Minister Rada Voss told lawmakers she would resign.', 'person: Rada Voss'],
    ] as const) {
      expect(entityLines(extract(body))).toContain(line);
    }
  });
});

describe('organizations inside organization names', () => {
  it('keeps a plural possessive inside a name', () => {
    for (const [body, name] of [
      ["The Tovarian Truckers' Federation called a strike.", "Tovarian Truckers' Federation"],
      ['Members of the Coastal Fishermen’s Union voted.', 'Coastal Fishermen’s Union'],
      ["The Independent Pharmacists' Association objected.", "Independent Pharmacists' Association"],
    ] as const) {
      const a = extract(body);
      const org = a.entities.find((e) => e.type === 'organization');
      expect(org && org.type === 'organization' ? org.name.replace('’', "'") : undefined).toBe(name.replace('’', "'"));
      expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
    }
  });

  it('makes the body after "of" and a possessing body the parent', () => {
    const a = extract(
      'The Assembly of the Eastern League met. The Eastern League’s Appeals Court then ruled. The League said nothing.',
    );
    const league = a.entities.find((e) => e.type === 'organization' && e.name === 'Eastern League');
    expect(league).toBeDefined();
    for (const child of ['Assembly of the Eastern League', 'Eastern League’s Appeals Court']) {
      const e = a.entities.find((x) => x.type === 'organization' && x.name.replace("'", '’') === child);
      expect(e && e.type === 'organization' ? e.parent : undefined).toBe(league!.key);
    }
    expect(a.mentions.find((m) => m.text === 'League')?.entity).toBe(league!.key);
  });
});

describe('credits', () => {
  it('takes news agencies credited with reporting as contributors, reporters and editors as persons', () => {
    const a = extract(
      'The talks failed.\n\n(Reporting by Dana Holt in Corvanne and Reuters; Additional reporting by Ivo de Marr; Editing by Kim Lee)\n\nWith reporting by TASS and Interfax',
    );
    expect(entityLines(a)).toEqual([
      'person: Dana Holt',
      'organization: Reuters',
      'person: Ivo de Marr',
      'person: Kim Lee',
      'organization: TASS',
      'organization: Interfax',
    ]);
    expect(a.article.contributors).toEqual(['reuters', 'tass', 'interfax']);
  });
});

describe('wire-copy names', () => {
  it('leaves out party-state tags, names of lists and prizes, and capitalized adjectives opening quotes', () => {
    const a = extract(
      '"Foreign chips are a risk," Sen. Ana Ruiz, D-Ore., said. Four firms were added to the Entity List. "Unilateral controls fail," said Ivo Marr, who won the Nobel Prize.',
    );
    expect(entityLines(a)).toEqual(['person: Ana Ruiz', 'person: Ivo Marr']);
  });

  it('reads names listed after a plural descriptor as organizations', () => {
    for (const body of [
      'Chipmakers including Tessara and Quantel warned of shortages. Tessara said demand was strong.',
      'Banks such as Norbank and Crestline cut rates. Crestline said margins were thin.',
      'A spokeswoman for Quantel said the company complied with the rules.',
    ]) {
      expect(extract(body).entities.filter((e) => e.type === 'person')).toEqual([]);
    }
  });

  it('links a given name alone to the only person of the article who bears it', () => {
    const a = extract('Activist Olga Varna was jailed. "Olga did nothing wrong," her lawyer said.');
    expect(a.entities.filter((e) => e.type !== 'unnamed')).toHaveLength(1);
    expect(a.mentions.map((m) => m.text)).toEqual(['Olga Varna', 'Olga']);
  });
});

describe('organization names with brackets and "and"', () => {
  it('takes an acronym in brackets for the name before it', () => {
    const a = extract('The State Secretariat for Economic Affairs (SECO) said it had blocked 15 properties. SECO officials declined to comment.');
    expect(entityLines(a)).toEqual(['organization: State Secretariat for Economic Affairs']);
    expect(statementLines(a)).toEqual(['State Secretariat for Economic Affairs | said | INDIRECT | it had blocked 15 properties']);
  });

  it('keeps "and" inside a name that a determiner opens and only its end makes an organization', () => {
    expect(entityLines(extract('The Ethics and Anti-Corruption Commission welcomed the verdict.'))).toEqual([
      'organization: Ethics and Anti-Corruption Commission',
    ]);
    expect(entityLines(extract('The Kelda Foundation and Orman Trust merged.'))).toEqual(['organization: Kelda Foundation', 'organization: Orman Trust']);
  });
});

describe('more organization cues', () => {
  it('does not carry a descriptor across an appositive into a list', () => {
    const a = extract('The sanctions target Ivo Rask, the leader of the Blue gang alliance, and Tomas Vell.');
    expect(entityLines(a)).toContain('person: Tomas Vell');
  });

  it('reads a body named after its country and a capitalized name before a comma as no dateline', () => {
    const a = extract('Ottawa said so, according to Global Affairs Canada.\n\nUEFA, European football’s governing body, declined to comment.');
    // "Ottawa said": the capital speaks for its government.
    expect(entityLines(a)).toEqual(['organization: Global Affairs Canada', 'organization: UEFA', 'organization: Canada government']);
  });

  it('merges a described organization with the named one whose words it uses, and reads "known as"', () => {
    const a = extract(
      "Greece's football federation banned him. The disciplinary committee of the Hellenic Football Federation, known as EPO, also fined the club. EPO said the case was closed.",
    );
    expect(entityLines(a)).toEqual(['organization: Hellenic Football Federation']);
    expect(statementLines(a)).toEqual(['Hellenic Football Federation | said | INDIRECT | the case was closed']);
  });

  it('takes a shortened company name for the company, not a person', () => {
    const a = extract('Regulators fined Hangzhou Vision Technologies. Hangzhou Vision said it would appeal.');
    expect(entityLines(a)).toEqual(['organization: Hangzhou Vision Technologies']);
  });
});

describe('names in possessives and as modifiers', () => {
  it('keeps a saint’s possessive inside a name and leaves out names only modifying a noun', () => {
    expect(entityLines(extract("She worked at St James's University Hospital in 2021."))).toEqual(["organization: St James's University Hospital"]);
    expect(entityLines(extract('Belgium, home to the Antwerp diamond hub, had pushed for the ban.'))).toEqual(['organization: Belgium government']);
  });
});

describe('a descriptor after a name', () => {
  it('reads "the X party" and "the X news agency" as organizations', () => {
    expect(entityLines(extract("Georgia's ruling Georgian Dream party called the move blackmail."))).toEqual(['organization: Georgian Dream']);
    expect(entityLines(extract('He told the Tass news agency it was political.'))).toEqual(['organization: Tass']);
  });
});

describe('organization heads', () => {
  it('reads a confederation as an organization and "the confederation" as the one just named', () => {
    const a = extract('The Pacific Rugby Confederation met on Monday. The confederation said it would vote in May.');
    expect(entityLines(a)).toEqual(['organization: Pacific Rugby Confederation']);
    expect(statementLines(a)).toEqual(['Pacific Rugby Confederation | said | INDIRECT | it would vote in May']);
  });
});

describe('bodies named with "and" and described by a qualifier', () => {
  it('keeps "X\'s Media and Communications Commission" one name', () => {
    const a = extract("Kestria's Media and Communications Commission fined the broadcaster.");
    expect(entityLines(a)).toContain('organization: Media and Communications Commission');
    expect(entityLines(a)).not.toContain('organization: Media');
  });

  it('reads "the presidential office" as a body of its own beside a named commission', () => {
    const a = extract('The Broadcasting Commission fined the channel. The presidential office said the fine was fair.');
    expect(statementLines(a)).toEqual(['The presidential office | said | INDIRECT | the fine was fair']);
  });
});

describe('dateline dashes', () => {
  it('does not take a capitalized article after a dateline hyphen for a name', () => {
    const a = extract('ADDIS KETEMA, 9 October (Horn Ledger) - A reporter told the court the charges were false.');
    expect(entityLines(a)).toEqual(['organization: Horn Ledger']);
  });
});

describe('roles of a body before a name', () => {
  it('reads the name after "Speaker of parliament" or "the chairman of the commission," as a person', () => {
    expect(entityLines(extract('Speaker of parliament Ansel Korr welcomed the move.'))).toEqual(['person: Ansel Korr']);
    expect(entityLines(extract('They met the chairman of the election commission, Oleg Strand, on Monday.'))).toEqual(['person: Oleg Strand']);
  });
});

describe('organizations without a body noun', () => {
  it('reads a field before a country that is also a given name as a body, and plural trades as companies', () => {
    expect(entityLines(extract('Athletics Kenya said it would appeal.'))).toEqual(['organization: Athletics Kenya']);
    expect(entityLines(extract('Kenya Otieno said he would appeal.'))).toEqual(['person: Kenya Otieno']);
    expect(entityLines(extract('Greyhaven Tankers said it would appeal.'))).toEqual(['organization: Greyhaven Tankers']);
  });
});

describe('research firms', () => {
  it('reads "X Research" as a company', () => {
    expect(entityLines(extract('Paul Dent, an analyst at Harrow Research, said the fine was small.'))).toContain('organization: Harrow Research');
  });
});

describe('owners of state institutions', () => {
  it('takes the owner of "X\'s broadcasting regulator" for a country, not an organization', () => {
    const a = extract("The channel was popular. Tarvelia's broadcasting regulator revoked the licence of Channel Nine, the country's last independent station.");
    expect(entityLines(a)).toEqual(['organization: Channel Nine', "organization: Tarvelia's broadcasting regulator"]);
  });
});

describe('lists of fields inside names', () => {
  it('reads "Ministry of Economy, Trade and Industry" as one body, its acronym and a title with the same list', () => {
    const a = extract(
      "The move followed a decision by Japan's Ministry of Economy, Trade and Industry. METI on Tuesday added Hengtai Precision Machinery and Kunlun Skyward Aviation Technology of Xi'an to its End User List. \"We will not allow it,\" Economy, Trade and Industry Minister Kenji Aramaki told reporters.",
    );
    expect(entityLines(a).sort()).toEqual([
      'organization: Hengtai Precision Machinery',
      "organization: Japan's Ministry of Economy, Trade and Industry",
      'organization: Kunlun Skyward Aviation Technology',
      'person: Kenji Aramaki',
    ]);
    const ministry = a.entities.find((e) => e.type === 'organization' && e.name.startsWith("Japan's Ministry"));
    expect(a.mentions.find((m) => m.text === 'METI')?.entity).toBe(ministry?.key);
    expect(statementLines(a)).toEqual(['Kenji Aramaki | told | DIRECT | We will not allow it']);
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual([
      "Japan's Ministry of Economy, Trade and Industry -> Hengtai Precision Machinery",
      "Japan's Ministry of Economy, Trade and Industry -> Kunlun Skyward Aviation Technology",
    ]);
  });
});

describe('bylines, parties and described embassies', () => {
  it('reads writers and outlets of bylines, parties before a title and a nationality-named embassy', () => {
    const a = extract(
      'UK sanctions tycoons\n\nBy Joanna Pryce-Ellis\nBusiness reporter, BBC News\n\nLabour MP Rhiannon Hale welcomed the move. In a statement, the Russian embassy in London called it "hostile".\n\nHARUKA OGIWARA, Nikkei staff writer',
    );
    expect(entityLines(a).sort()).toEqual([
      'organization: BBC News',
      'organization: Labour Party',
      'organization: Nikkei',
      'organization: Russian embassy in London',
      'person: Haruka Ogiwara',
      'person: Joanna Pryce-Ellis',
      'person: Rhiannon Hale',
    ]);
    expect(a.mentions.map((m) => m.text)).toContain('HARUKA OGIWARA');
    expect(statementLines(a)).toEqual(['Russian embassy in London | called | DIRECT | hostile']);
  });
});

describe('bodies by their words, and words that name nothing', () => {
  it('types names with an acronym or a world-wide lead as bodies, and leaves out letters, term acronyms and events', () => {
    const a = extract(
      'Ifeoma Adebanjo told BBC Sport her B sample was mishandled. World Athletics said it would not comment. Readers use a VPN since Brexit. Ana Ruiz wrote on X. He replied.',
    );
    expect(entityLines(a).sort()).toEqual(['organization: BBC Sport', 'organization: World Athletics', 'person: Ana Ruiz', 'person: Ifeoma Adebanjo']);
  });
});

describe('titles that are acronyms', () => {
  it('strips "Green MEP" from a name and keeps names of sanction programmes out', () => {
    const a = extract('Green MEP Ansgar Holmqvist said the fine was fair. It acted under the Global Magnitsky sanctions programme.');
    expect(entityLines(a)).toEqual(['person: Ansgar Holmqvist']);
  });
});

describe('fields of a body joined by "and"', () => {
  it('reads "Ministry of Trade and Industry" as one name and "Trade Ministry" as its short form', () => {
    const a = extract("Tessaly's Ministry of Trade and Industry has added two chipmakers to its list. Trade Ministry spokeswoman Lene Marchetti said it was right.");
    expect(entityLines(a)).toEqual(["organization: Tessaly's Ministry of Trade and Industry", 'person: Lene Marchetti']);
  });
});

describe('bodies before a role and its holder', () => {
  it('reads "Liberal Forward leader Tobias Renholm" as a body and its leader, and a lone title as no one', () => {
    const a = extract("Liberal Forward leader Tobias Renholm said the measures were 'too little'. The Speaker, Margit Olsson-Dahl, called for order over the Varno Strait.");
    expect(entityLines(a)).toEqual(['organization: Liberal Forward', 'person: Tobias Renholm', 'person: Margit Olsson-Dahl']);
  });
});

describe('letters after names and bracketed parts of laws', () => {
  it('reads "Jonathan Sefton KC" as a person and "Russia (Sanctions) (EU Exit) Regulations 2019" as a law', () => {
    const a = extract(
      "Viktor Zalessky was designated under the Russia (Sanctions) (EU Exit) Regulations 2019. At a hearing in February, Mr Zalessky's barrister, Jonathan Sefton KC, told the court his client had done nothing. A Foreign, Commonwealth and Development Office spokesperson said: 'We welcome it.'",
    );
    expect(entityLines(a).sort()).toEqual(['organization: Foreign, Commonwealth and Development Office', 'person: Jonathan Sefton', 'person: Viktor Zalessky']);
    expect(a.legalBases.map((l) => l.name)).toEqual(['Russia (Sanctions) (EU Exit) Regulations 2019']);
    expect(statementLines(a)).toEqual([
      'Jonathan Sefton | told | INDIRECT | his client had done nothing',
      'Foreign, Commonwealth and Development Office | said | DIRECT | We welcome it',
    ]);
  });
});

describe('outlets, two-syllable given names and offices', () => {
  it('knows news outlets, Korean given names, the President\'s Office and a source line', () => {
    const a = extract(
      "South Korea's ambassador, Hwang Joon-seok, spoke. \"Every strike,\" Deputy Head of the President's Office Iryna Sydorenko wrote, \"is a reminder.\" A Kremlin-backed official was quoted by Al Jazeera.\n\nSource: Al Jazeera and news agencies",
    );
    expect(entityLines(a).sort()).toEqual(['organization: Al Jazeera', "organization: President's Office", 'person: Hwang Joon-seok', 'person: Iryna Sydorenko']);
  });
});

describe('places, media of statements and common-noun uses of names', () => {
  it('leaves out "Port Sudan", "wrote on Telegram", "a schoolteacher from Kutaisi", "organize a Maidan" and "the Rose Revolution"', () => {
    const a = extract(
      'Sudan\'s Foreign Ministry operates from Port Sudan. Irina Volkova wrote on Telegram that Moscow would respond. A schoolteacher from Kutaisi said he was afraid. Ivo Rask accused activists of trying to "organize a Maidan" after the Rose Revolution. He cited Section 212(a)(3)(C) of the Immigration and Nationality Act.',
    );
    expect(entityLines(a).sort()).toEqual(['organization: Russia government', "organization: Sudan's Foreign Ministry", 'person: Irina Volkova', 'person: Ivo Rask']);
  });
});

describe('gazetteers of cities, demonyms and foreign body names', () => {
  it('reads cities, demonyms and bodies named in other languages, and no amounts', () => {
    const a = extract(
      'The DEA office in El Paso said Tijuana and Guadalajara were hubs. A Cypriot court acted. OFAC revoked a licence of Petrolera Monagas del Sur and Instituto Meridiano, fined SFr100 by the Specially Designated Nationals (SDN) list rules. The Kyrgyz Republic objected.',
    );
    expect(entityLines(a).sort()).toEqual([
      'organization: DEA',
      'organization: Instituto Meridiano',
      'organization: Kyrgyzstan government',
      'organization: OFAC',
      'organization: Petrolera Monagas del Sur',
    ]);
  });
});

describe('datelines of two cities, fields after "for" and sign-off lines', () => {
  it('reads "WASHINGTON/HONG KONG" as a dateline, "Center for Strategic and International Studies" as one body and "(dpa, Reuters)" as credits', () => {
    const a = extract('WASHINGTON/HONG KONG, Sept 16 (Reuters) - The Center for Strategic and International Studies said so.\n\n(dpa, Reuters)');
    expect(entityLines(a).sort()).toEqual(['organization: Center for Strategic and International Studies', 'organization: Reuters', 'organization: dpa']);
    expect(a.article.contributors).toContain('dpa');
  });
});

describe('owners after a descriptor and names of regimes', () => {
  it('keeps "the exchange house Jaber owns" a person\'s, and "Sidra Currency Exchange" a company', () => {
    const a = extract(
      'The Treasury designated Mahmoud Fawaz Jaber. Sanctions were imposed on Sidra Currency Exchange, the Beirut exchange house Jaber owns, under the EU Global Human Rights Sanctions Regime.',
    );
    expect(entityLines(a).sort()).toEqual(['organization: Sidra Currency Exchange', 'organization: Treasury', 'person: Mahmoud Fawaz Jaber']);
  });
});

describe('more bylines', () => {
  it('reads a lower-case "by", a name with its desk, and an FT-style "in City" credit', () => {
    const a = extract('Headline here\n\nby Yaryna Ostapchuk\nMarch 14, 2025 6:52 PM\n\nThe story.\n\nOliver Pettigrew in London and Eleni Markou in Nicosia\n\nHelena Strachan Diplomatic editor');
    expect(entityLines(a).sort()).toEqual(['person: Eleni Markou', 'person: Helena Strachan', 'person: Oliver Pettigrew', 'person: Yaryna Ostapchuk']);
  });
});

describe('programme names, brands and companies in other languages', () => {
  it('leaves out the ends of programme names and reads brands, -werke and Reporters Without Borders as bodies', () => {
    const a = extract(
      'The Commission froze funds under the Reform and Growth Facility and the Early Detection and Exclusion System. NightCrane demanded a ransom. Halberg Motorenwerke and Aurelia Motori were fined. Reporters Without Borders said so. The Treasury Department\'s Office of Foreign Assets Control acted.',
    );
    expect(entityLines(a).sort()).toEqual([
      'organization: Aurelia Motori',
      'organization: Commission',
      'organization: Halberg Motorenwerke',
      'organization: NightCrane',
      'organization: Reporters Without Borders',
      "organization: Treasury Department's Office of Foreign Assets Control",
    ]);
    const ofac = a.entities.find((e) => e.type === 'organization' && e.name.endsWith('Office of Foreign Assets Control'));
    expect(ofac && 'aliases' in ofac ? ofac.aliases : []).toContain('Office of Foreign Assets Control');
  });
});

describe('other names given with "known as"', () => {
  it('takes a quoted nickname and a name "known locally as" for the same entity', () => {
    const a = extract('The Office of Foreign Assets Control designated Wilson Désir, known as “Ti Mapou,” who leads a gang. Aizada Tokonova told RFE/RL\'s Kyrgyz Service, known locally as Azattyk, that she would appeal.');
    expect(entityLines(a).sort()).toEqual(['organization: Office of Foreign Assets Control', "organization: RFE/RL's Kyrgyz Service", 'person: Aizada Tokonova', 'person: Wilson Désir']);
  });
});
