import { describe, expect, it } from 'vitest';
import { entityLines, extract, nameOf, sanctionLines, statementLines } from './helpers.ts';

describe('sanctions', () => {
  it('reads "hit him with financial and travel sanctions"', () => {
    const a = extract('Businessman Oleg Varin was named. The Treasury Department hit him with financial and travel sanctions.');
    expect(sanctionLines(a)).toEqual(['Treasury Department -> Oleg Varin | TRAVEL,FINANCIAL']);
    expect(a.sanctions[0]!.targetSpan.text).toBe('him');
  });

  it('reads "imposed sanctions on" and an asset freeze in the same sentence', () => {
    const a = extract('The European Council imposed sanctions on Dmitri Kasparek, freezing his assets.');
    expect(sanctionLines(a)).toEqual(['European Council -> Dmitri Kasparek | ASSET_FREEZE']);
  });

  it('reads "blacklisted" and a visa ban', () => {
    const a = extract('The Foreign Office blacklisted Anya Petrov and imposed a visa ban on her husband, Igor Petrov.');
    expect(sanctionLines(a)).toEqual(['Foreign Office -> Anya Petrov | OTHER', 'Foreign Office -> Igor Petrov | VISA_BAN']);
  });

  it('reads "froze the assets of" and links a law named in another sentence', () => {
    const a = extract(
      'The Finance Ministry froze the assets of Orel Holdings. The freeze was ordered under the Clean Money Act, a 2019 law that targets graft.',
    );
    expect(sanctionLines(a)).toEqual(['Finance Ministry -> Orel Holdings | ASSET_FREEZE']);
    expect(a.sanctions[0]!.legalBasis).toBe('clean-money-act');
    expect(a.legalBases).toEqual([
      { key: 'clean-money-act', name: 'Clean Money Act', year: 2019, description: 'a 2019 law that targets graft' },
    ]);
  });

  it('reads platforms blocking accounts as account blocks', () => {
    const a = extract('Streaming sites Vidora and Clipster blocked the accounts of activist Mara Jens.');
    expect(sanctionLines(a)).toEqual(['Vidora -> Mara Jens | ACCOUNT_BLOCK', 'Clipster -> Mara Jens | ACCOUNT_BLOCK']);
  });
});

describe('sanctions reported without an active verb', () => {
  it('reads a later sentence naming the targets of an earlier measure', () => {
    for (const [body, lines] of [
      [
        'Tovaria’s Economy Ministry has banned imports of fertiliser from two Kelmish producers. The ban covers Ostra Chemicals and its trading arm Ostra Export.',
        ['Tovaria’s Economy Ministry -> Ostra Chemicals | TRADE', 'Tovaria’s Economy Ministry -> Ostra Export | TRADE'],
      ],
      [
        'The Eastern League on Tuesday blacklisted three shipping firms. The sanctions, which also freeze their assets, target Halvard Lines, Brisk Freight and the smaller Nordmar Shipping.',
        ['Eastern League -> Halvard Lines | ASSET_FREEZE', 'Eastern League -> Brisk Freight | ASSET_FREEZE', 'Eastern League -> Nordmar Shipping | ASSET_FREEZE'],
      ],
      [
        'The Council imposed sanctions on four officials of the Kelmish army. The measures apply to General Ivo Ranek and Colonel Sasha Dorn.',
        ['Council -> Ivo Ranek | OTHER', 'Council -> Sasha Dorn | OTHER'],
      ],
    ] as const) {
      expect(sanctionLines(extract(body))).toEqual(lines);
    }
  });

  it('reads passive reports, crediting the organization the sentence names', () => {
    for (const [body, line] of [
      [
        'Swimmer Kaja Lund has been banned from competition for two years, the Aquatics Integrity Unit said on Monday.',
        'Aquatics Integrity Unit -> Kaja Lund | OTHER',
      ],
      ['Businessman Tarik Osei was blacklisted by the Tovarian Treasury in May.', 'Tovarian Treasury -> Tarik Osei | OTHER'],
      [
        'The Finance Ministry froze the assets of Luka Brenner on Monday. Brenner was also placed under a travel ban.',
        'Finance Ministry -> Luka Brenner | ASSET_FREEZE,TRAVEL',
      ],
    ] as const) {
      expect(sanctionLines(extract(body))).toEqual([line]);
    }
  });

  it('reads frozen assets named by their owner', () => {
    for (const [body, line] of [
      [
        'The court freed Anna Sorel. Her assets, frozen since June, must be returned unless the Trade Commission appeals.',
        'Trade Commission -> Anna Sorel | ASSET_FREEZE',
      ],
      ['The Treasury imposed sanctions on Kiran Vale in March. His accounts were frozen the same day.', 'Treasury -> Kiran Vale | ASSET_FREEZE'],
      [
        'The Sanctions Office said it had frozen all funds held in Tovaria by Marrow Capital, a subsidiary of Gull Group, and by Teo Brandt, its owner.',
        'Sanctions Office -> Marrow Capital | ASSET_FREEZE',
      ],
    ] as const) {
      expect(sanctionLines(extract(body))).toContain(line);
    }
    expect(
      sanctionLines(extract('The Sanctions Office said it had frozen all funds held in Tovaria by Marrow Capital, a subsidiary of Gull Group, and by Teo Brandt, its owner.')),
    ).toEqual(['Sanctions Office -> Marrow Capital | ASSET_FREEZE', 'Sanctions Office -> Teo Brandt | ASSET_FREEZE']);
  });
});

describe('other sanction verbs', () => {
  it('reads fines, closures and ordered account suspensions', () => {
    for (const [body, lines] of [
      ['The Data Protection Authority fined the app Snapwell 12 million euros on Friday.', ['Data Protection Authority -> Snapwell | FINANCIAL']],
      [
        'Tovaria’s Health Ministry ordered the Lindqvist Clinic closed and froze its bank accounts.',
        ['Tovaria’s Health Ministry -> Lindqvist Clinic | OTHER,ASSET_FREEZE'],
      ],
      [
        'The Media Regulator ordered Streamly to suspend 40 accounts run by Ardent News, a site it said spread fakes.',
        ['Media Regulator -> Ardent News | ACCOUNT_BLOCK'],
      ],
    ] as const) {
      expect(sanctionLines(extract(body))).toEqual(lines);
    }
  });

  it('takes listed names as targets, not the names inside their appositives', () => {
    for (const [body, lines] of [
      [
        'The Council froze the assets of Dara Energy, a unit of Kovo Holdings, and blacklisted its chief executive, Piotr Hale.',
        ['Council -> Dara Energy | ASSET_FREEZE', 'Council -> Piotr Hale | OTHER'],
      ],
      [
        'The Treasury imposed sanctions on Ilya Marek, the chairman of Severn Bank, and on his brother, Oleg Marek.',
        ['Treasury -> Ilya Marek | OTHER', 'Treasury -> Oleg Marek | OTHER'],
      ],
      [
        'The ministry of Kelm is not named here. The Foreign Office imposed a visa ban on Ada Voss and two aides, Lev Orin and Nina Sayer.',
        ['Foreign Office -> Ada Voss | VISA_BAN', 'Foreign Office -> Lev Orin | VISA_BAN', 'Foreign Office -> Nina Sayer | VISA_BAN'],
      ],
    ] as const) {
      expect(sanctionLines(extract(body))).toEqual(lines);
    }
  });

  it('does not read upheld, lifted or contemplated measures as sanctions', () => {
    for (const body of [
      'The General Court upheld sanctions on Arno Vell, rejecting his appeal.',
      'Diplomats say the Kelmish government is weighing a ban on Tovarian grain.',
      'The Council lifted the sanctions on Mira Holt in June.',
      'The fine is the largest yet under the Online Safety Act.',
    ]) {
      expect(extract(body).sanctions).toEqual([]);
    }
  });
});

describe('sanction lists and measures in participles', () => {
  it('reads "added X to its sanctions list" and the measures that follow for them', () => {
    for (const [body, lines] of [
      [
        'The European Union on Friday added Russian banker Oleg Tarn and his son to its sanctions list, freezing their assets and banning them from travelling in the bloc.',
        ['European Union -> Oleg Tarn | ASSET_FREEZE,TRAVEL'],
      ],
      ['The Treasury put Kovo Shipping on its blacklist in June.', ['Treasury -> Kovo Shipping | OTHER']],
      ['The Commerce Department added the Marel Group and two of its units to the entity list.', ['Commerce Department -> Marel Group | OTHER']],
      ['The club added Ivo Sand to its list of players.', []],
    ] as const) {
      expect(sanctionLines(extract(body))).toEqual(lines);
    }
  });

  it('reads a ban for a stated time as a sanction', () => {
    for (const [body, line] of [
      ['Cyclist Rui Lopes has been banned for four years, the Cycling Integrity Agency said.', 'Cycling Integrity Agency -> Rui Lopes | OTHER'],
      ['The Football Federation said Tomas Berg was banned for life.', 'Football Federation -> Tomas Berg | OTHER'],
    ] as const) {
      expect(sanctionLines(extract(body))).toEqual([line]);
    }
  });
});

describe('states as authorities and targets', () => {
  it('reads a country acting and a country targeted as their states, and "those targeted include"', () => {
    const a = extract(
      'Japan on Friday imposed sanctions on Russia, freezing the assets of 11 people, the government said. Those targeted include Sovcomflot, a state-owned shipping company, and its chief executive Igor Marin.',
    );
    expect(sanctionLines(a)).toEqual([
      'Japan government -> Russia government | ASSET_FREEZE',
      'Japan government -> Sovcomflot | ASSET_FREEZE',
      'Japan government -> Igor Marin | ASSET_FREEZE',
    ]);
    expect(a.statements.map((s) => `${nameOf(a, s.speaker)} [${s.speakerSpan.text}]`)).toEqual(['Japan government [the government]']);
  });

  it('does not take a city for a state', () => {
    expect(extract('KELVIK, Tovaria -- Ships from Kelvik left at dawn. Kelvik said nothing.').entities.map((e) => e.key)).not.toContain('tovaria-government');
  });
});

describe('passive reports with an appositive subject', () => {
  it('reads the name in apposition to a description as the target', () => {
    const a = extract('The contractor, Sino-Kenya Builders, was barred from public tenders for ten years by the Public Procurement Authority in March.');
    expect(sanctionLines(a)).toEqual(['Public Procurement Authority -> Sino-Kenya Builders | OTHER']);
    expect(a.sanctions[0]!.dateText).toBe('in March');
  });
});

describe('measures and spans of coordinated clauses', () => {
  it('adds the measures of a participle or coordinated clause to the same targets', () => {
    for (const [body, line] of [
      ['The Council imposed sanctions on Ivo Rask in March, freezing his assets and imposing a visa ban.', 'Council -> Ivo Rask | ASSET_FREEZE,VISA_BAN'],
      ['The Treasury blacklisted Orma Shipping and imposed an export ban.', 'Treasury -> Orma Shipping | TRADE'],
    ] as const) {
      expect(sanctionLines(extract(body))).toEqual([line]);
    }
  });

  it('spans a coordinated clause from its verb', () => {
    const a = extract('The Kelmish Finance Ministry froze the assets of Orma Shipping and blacklisted its owner, Ivo Rask.');
    expect(a.sanctions.map((s) => s.span.text)).toEqual(['The Kelmish Finance Ministry froze the assets of Orma Shipping', 'blacklisted its owner, Ivo Rask']);
  });
});

describe('targets named in a later sentence or a longer list', () => {
  it('reads "The companies include X and Y" after a measure on "31 companies"', () => {
    const a = extract('The Commerce Department added 31 Chinese companies to a trade blacklist. The companies include Lumo Tech and Vantar Ltd.');
    expect(sanctionLines(a)).toEqual(['Commerce Department -> Lumo Tech | TRADE', 'Commerce Department -> Vantar Ltd | TRADE']);
    expect(sanctionLines(extract('The Treasury blacklisted 12 firms. The firms denied any wrongdoing, and Lumo Tech said so.'))).toEqual([]);
  });

  it('continues a list past "as well as"', () => {
    const a = extract('The measures, imposed by the Treasury on Monday, target Ivo Rask and Lena Dorn, as well as former senator Paul Orr.');
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual(['Treasury -> Ivo Rask', 'Treasury -> Lena Dorn', 'Treasury -> Paul Orr']);
  });
});

describe('measures in force and plural descriptions', () => {
  it('reads "the sanctions on X" after a reported measure, not upheld or proposed ones', () => {
    const a = extract(
      'Australia on Wednesday imposed financial sanctions on two Myanmar banks. Penny Wong said the sanctions on Myanma Economic Bank and Myanma Trade Bank would cut off the junta. Britain and Canada have already sanctioned both banks.',
    );
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual([
      'Australia government -> Myanma Economic Bank',
      'Australia government -> Myanma Trade Bank',
      'United Kingdom government -> Myanma Trade Bank',
      'United Kingdom government -> Myanma Economic Bank',
      'Canada government -> Myanma Trade Bank',
      'Canada government -> Myanma Economic Bank',
    ]);
    for (const body of [
      'The Treasury froze the assets of Ivo Rask. The court upheld the sanctions on Lena Dorn.',
      'The Treasury froze the assets of Ivo Rask. Lawmakers urged new sanctions on Lena Dorn.',
    ]) {
      expect(sanctionLines(extract(body))).toEqual(['Treasury -> Ivo Rask | ASSET_FREEZE']);
    }
  });

  it('reads participles as modifiers inside a list of targets', () => {
    const a = extract('The Treasury sanctioned five members of the ruling council, including its vice chairman, Soe Win.');
    expect(sanctionLines(a)).toEqual(['Treasury -> Soe Win | OTHER']);
  });
});

describe('targets an authority names after the measure', () => {
  it('reads "X named A, B and C" after a measure on people it did not name', () => {
    const a = extract(
      'The Office of Foreign Assets Control on Tuesday sanctioned three businessmen it said had funneled money to militants. OFAC named Karim Saad and Omar Fakih, along with a firm they control, Delta Trading LLC.',
    );
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual([
      'Office of Foreign Assets Control -> Karim Saad',
      'Office of Foreign Assets Control -> Omar Fakih',
      'Office of Foreign Assets Control -> Delta Trading LLC',
    ]);
    expect(statementLines(a)).toEqual(['Office of Foreign Assets Control | said | INDIRECT | had funneled money to militants']);
  });

  it('reads "Among those listed are X and Y"', () => {
    const a = extract('The Council on Monday adopted new sanctions against Russia. Among those listed are the state miner Alrosa and its chief executive, Pavel Marin.');
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual(['Council -> Russia government', 'Council -> Alrosa', 'Council -> Pavel Marin']);
  });
});

describe('members suspended and persons among those sanctioned', () => {
  it('reads a body suspending a member and "X was also among those sanctioned"', () => {
    const a = extract(
      'The International Chess Federation, FIDE, has suspended the Chess Federation of Arvania. FIDE said the federation had broken its rules.',
    );
    expect(sanctionLines(a)).toEqual(['International Chess Federation -> Chess Federation of Arvania | OTHER']);
    expect(statementLines(a)).toEqual(['International Chess Federation | said | INDIRECT | the federation had broken its rules']);
    const b = extract('Britain on Thursday sanctioned five security officials. Ivo Rask, head of the special police, was also among those sanctioned.');
    expect(sanctionLines(b)).toEqual(['United Kingdom government -> Ivo Rask | OTHER']);
    expect(extract('The airline suspended flights to Kelvik.').sanctions).toEqual([]);
  });
});

describe('measures reported around their targets', () => {
  it('reads "The entry bans cover X" after a measure, and "Also designated was X"', () => {
    const a = extract(
      'Canada imposed entry bans on Friday on four officials. The entry bans cover the police chief, Colonel Ravi Tamsin, and two judges. ' +
        'Also designated was the Harlow Trust.',
    );
    expect(sanctionLines(a)).toEqual(['Canada government -> Ravi Tamsin | TRAVEL', 'Canada government -> Harlow Trust | TRAVEL']);
  });

  it('credits accounts taken down on an order to the one who ordered it', () => {
    const a = extract('The Digital Services Authority ordered the platform Vexa to take down accounts linked to the Amberline Group.');
    expect(sanctionLines(a)).toEqual(['Digital Services Authority -> Amberline Group | ACCOUNT_BLOCK']);
  });

  it('reads "banned X from buying …" as a measure', () => {
    const a = extract('The Electoral Authority banned the Amberline Group from buying political advertising for two years.');
    expect(sanctionLines(a)).toEqual(['Electoral Authority -> Amberline Group | OTHER']);
  });
});

describe('targets in apposition', () => {
  it('takes the name in apposition to a role "of" a body, and names after "two of his companies"', () => {
    const a = extract(
      "The Northern Union imposed visa bans on the chairman of Varnia's election commission, Oleg Strand. " +
        'Canada froze the assets of tycoon Ivo Marsh and two of his companies, Kestrel Freight and Dunmore Shipping Group.',
    );
    expect(sanctionLines(a)).toEqual([
      'Northern Union -> Oleg Strand | VISA_BAN',
      'Canada government -> Ivo Marsh | ASSET_FREEZE',
      'Canada government -> Kestrel Freight | ASSET_FREEZE',
      'Canada government -> Dunmore Shipping Group | ASSET_FREEZE',
    ]);
  });

  it('still leaves out the body a subsidiary belongs to when it is named in apposition', () => {
    const a = extract("Canada froze the assets of Pellar Oil, a subsidiary of Marsh's holding company, Dunmore Shipping Group.");
    expect(sanctionLines(a)).toEqual(['Canada government -> Pellar Oil | ASSET_FREEZE']);
  });
});

describe('bans for a stated time', () => {
  it('reads "banned X for two years" as a measure on X', () => {
    const a = extract('The Global Cycling Union banned rider Tom Vessel for two years on Friday.');
    expect(sanctionLines(a)).toEqual(['Global Cycling Union -> Tom Vessel | OTHER']);
  });
});

describe('licences, relative clauses and long appositives', () => {
  it('reads "revoked the licence of X" and "pulled X\'s permit"', () => {
    const a = extract('The Audiovisual Council revoked the licence of Channel Four on Thursday. The Port Authority pulled Bellmar Ferries\' permit.');
    expect(sanctionLines(a)).toEqual(['Audiovisual Council -> Channel Four | OTHER', 'Port Authority -> Bellmar Ferries | OTHER']);
  });

  it('reads "X, whose assets were frozen by the Treasury," with its agent', () => {
    const a = extract('The bank moved money for a dealer, Viktor Sorel, whose assets were frozen by the National Treasury last year.');
    expect(sanctionLines(a)).toEqual(['National Treasury -> Viktor Sorel | ASSET_FREEZE']);
  });

  it('reads "banned its president, X, from any …" past a long appositive', () => {
    const a = extract('The Global Rowing Union banned its president, Marko Vulic, from any rowing activity for five years.');
    expect(sanctionLines(a)).toEqual(['Global Rowing Union -> Marko Vulic | OTHER']);
  });
});

describe('points and listed bodies', () => {
  it('reads "deducted six points from X" as a measure', () => {
    const a = extract('The National Rugby League deducted six points from Harbury Rovers on Friday.');
    expect(sanctionLines(a)).toEqual(['National Rugby League -> Harbury Rovers | OTHER']);
  });

  it('reads "The companies include X and Y" after a measure on "four drone manufacturers"', () => {
    const a = extract('The U.S. Commerce Department added four drone manufacturers to its Entity List. The companies include Skyward Aero and Lanfeng Robotics.');
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual(['U.S. Commerce Department -> Skyward Aero', 'U.S. Commerce Department -> Lanfeng Robotics']);
    expect(entityLines(a)).toContain('organization: Skyward Aero');
  });
});

describe('entry bans past an appositive', () => {
  it('finds "from entering" after the target and its role', () => {
    const a = extract(
      "The Trade Ministry acted on Monday. The ministry also barred Halvik's founder and chairman, Arkady Velichko, from entering Tessaly and froze his accounts at Tessalian banks.",
    );
    expect(sanctionLines(a)).toEqual(['Trade Ministry -> Arkady Velichko | TRAVEL,ASSET_FREEZE']);
  });
});

describe('passive listings after an action without named targets', () => {
  it('takes the authority from the body acting in a sentence before', () => {
    const a = extract(
      'The Treasury Department on Monday targeted a network of shipping firms. Acme Shipping was added to the Specially Designated Nationals list. Its owner, Ivan Petrov, was also designated.',
    );
    expect(sanctionLines(a)).toEqual(['Treasury Department -> Acme Shipping | OTHER', 'Treasury Department -> Ivan Petrov | OTHER']);
  });

  it('reads visa restrictions imposed on listed officials', () => {
    const a = extract('The State Department imposed visa restrictions on three Hong Kong officials, including Security Secretary Chris Wong.');
    expect(sanctionLines(a)).toEqual(['State Department -> Chris Wong | VISA_BAN']);
  });
});

describe('long target lists', () => {
  it('reads targets past appositives, after "along with" and after a time phrase', () => {
    const a = extract(
      "The department's Office of Foreign Assets Control added Kourosh Abbasian-Rad, a Tehran trader, and his company, Kavir Pishro Engineering Co., to its Specially Designated Nationals list, along with Golden Crescent Avionics FZE, a distributor in Sharjah, and Shenzhen Lanbo Precision Electronics Co. The State Department also designated on Tuesday Pars Rotor Aviation Industries, an Isfahan manufacturer.",
    );
    expect(sanctionLines(a)).toEqual([
      'Office of Foreign Assets Control -> Kourosh Abbasian-Rad | OTHER',
      'Office of Foreign Assets Control -> Kavir Pishro Engineering Co | OTHER',
      'Office of Foreign Assets Control -> Golden Crescent Avionics FZE | OTHER',
      'Office of Foreign Assets Control -> Shenzhen Lanbo Precision Electronics Co | OTHER',
      'State Department -> Pars Rotor Aviation Industries | OTHER',
    ]);
  });
});

describe('verbs in a series and assets one has had frozen', () => {
  it('gives a verb after a comma the clause subject, and reads "has had his assets frozen"', () => {
    const a = extract(
      'The Foreign Office said Arkady Tselikov had used a web of companies. On Tuesday it froze the UK assets of Mr Tselikov and his firm, Thamesgate Maritime Holdings, banned him from entering the country and disqualified him. Yevgeny Kholmin, a Cyprus-based banker, has had his assets frozen and been banned from travelling to the UK.',
    );
    expect(sanctionLines(a)).toEqual([
      'Foreign Office -> Arkady Tselikov | ASSET_FREEZE,TRAVEL',
      'Foreign Office -> Thamesgate Maritime Holdings | ASSET_FREEZE',
      'Foreign Office -> Yevgeny Kholmin | ASSET_FREEZE,TRAVEL',
    ]);
  });
});

describe('more of a measure just imposed, named lists and titles inside targets', () => {
  it('credits a passive report on the same target to the authority that just listed it', () => {
    const a = extract(
      "Japan put firms on a watch list. China's Commerce Ministry added Shinonome Aerospace to its unreliable entity list. Under the listing, Shinonome is banned from import and export activities related to China.",
    );
    expect(sanctionLines(a)).toEqual(["China's Commerce Ministry -> Shinonome Aerospace | TRADE"]);
  });

  it('reads a target after an appositive opening with "the", an editor in chief and a named list', () => {
    const a = extract(
      "The US Treasury Department designated Tahir Garsila, the group's commander in North Darfur, and his deputy, Mohamed Barqo. The court also fined the outlet's editor in chief, Nadezhda Sokolinskaya. Wada added Gregory Tallis, a coach, to its Prohibited Association List.",
    );
    expect(sanctionLines(a)).toEqual([
      'US Treasury Department -> Tahir Garsila | OTHER',
      'US Treasury Department -> Mohamed Barqo | OTHER',
      'Wada -> Gregory Tallis | OTHER',
    ]);
  });
});

describe('adverbs and contrasting clauses', () => {
  it('reads "has separately added" and the subject of a clause after ", while"', () => {
    const a = extract(
      'Gregory Tallis is a coach. Wada has separately added Tallis to its Prohibited Association List. The Foreign Office froze the assets of Arkady Tselikov. Ruslan Bekhterev has been added to the UK sanctions list, while Yevgeny Kholmin, a banker, has had his assets frozen.',
    );
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual([
      'Wada -> Gregory Tallis',
      'Foreign Office -> Arkady Tselikov',
      'Foreign Office -> Ruslan Bekhterev',
      'Foreign Office -> Yevgeny Kholmin',
    ]);
  });
});

describe('measures named before their verb, and blocked holdings', () => {
  it('reads "the sanctions X imposed on him" and "blocked his American holdings"', () => {
    const a = extract('Viktor Zalessky lost his case. The sanctions the Foreign Office imposed on him were upheld. The US Treasury blocked his American holdings later that year.');
    expect(sanctionLines(a)).toEqual(['Foreign Office -> Viktor Zalessky | OTHER', 'US Treasury -> Viktor Zalessky | ASSET_FREEZE']);
  });
});

describe('measures spoken of and measures owned', () => {
  it('reads "the council first imposed sanctions on Pyongyang", not "violations of sanctions on Pyongyang"', () => {
    const a = extract('The UN Security Council met. The council first imposed sanctions on Pyongyang after its first nuclear test. The panel tracked violations of sanctions on Pyongyang.');
    expect(sanctionLines(a)).toEqual(['UN Security Council -> North Korea government | OTHER']);
  });
});

describe('fines a body is hit with', () => {
  it('reads "hit it with a $310 million fine" on a company the text calls an app', () => {
    const a = extract('Loopline is an app. On Friday, the Federal Trade Commission hit it with a $310 million fine.');
    expect(sanctionLines(a)).toEqual(['Federal Trade Commission -> Loopline | FINANCIAL']);
  });
});

describe('measures described in a later sentence', () => {
  it('takes the agent of "drawn up by" in the subject, not a "by" later in the sentence, and reads countermeasures', () => {
    const a = extract(
      "China's foreign ministry on Friday slapped sanctions on three American defence contractors. The countermeasures, announced under the Anti-Foreign Sanctions Law, target Halberd Dynamics and Corvane Aerospace, which the ministry said had taken part in a sale approved by the US State Department.",
    );
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual(["China's foreign ministry -> Halberd Dynamics", "China's foreign ministry -> Corvane Aerospace"]);
    const b = extract('Qarvan cracked down. The entry bans, drawn up by the Foreign Ministry, cover General Haldun Serak.');
    expect(sanctionLines(b).map((l) => l.split(' | ')[0])).toEqual(['Foreign Ministry -> Haldun Serak']);
  });

  it('keeps a name modifying a noun out of the targets, and reads a clause after an "-ing" introduction', () => {
    const a = extract("Eskeland's Foreign Ministry acted against Casimir Ondrasek. Citing intelligence reports, the ministry froze his assets, barred him from the country and froze the accounts of his Varhaven investment firm, Ondrasek Capital.");
    expect(sanctionLines(a).map((l) => l.split(' | ')[0]!.split(' -> ')[1])).toEqual(['Casimir Ondrasek', 'Ondrasek Capital']);
  });
});

describe('sanctions in passing', () => {
  it('reads "under U.S. sanctions", "already blacklisted by the EU", "announced the blacklisting of" and a passive imposition', () => {
    const a = extract(
      'Oleg Markin, who is under U.S. sanctions, declined to comment. Ivo Rask, already blacklisted by the EU, owns the firm. The Treasury on Tuesday announced the blacklisting of Acme Shipping. Sanctions were also imposed on Lena Dorn, a banker.',
    );
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual([
      'United States government -> Oleg Markin',
      'EU -> Ivo Rask',
      'Treasury -> Acme Shipping',
      'Treasury -> Lena Dorn',
    ]);
  });

  it('leaves out listings spoken of or annulled', () => {
    const a = extract('The Treasury froze the assets of Ivo Rask. Lena Dorn said the listing of Red Sands mattered more. The judges annulled the listing of his wife, Irina Rask.');
    expect(sanctionLines(a)).toEqual(['Treasury -> Ivo Rask | ASSET_FREEZE']);
  });
});

describe('several states acting together', () => {
  it('gives every state of a list its own sanction', () => {
    const a = extract('The US, UK and Canada jointly sanctioned Myanmar Steel Corp on Friday.');
    expect(sanctionLines(a).map((l) => l.split(' -> ')[0])).toEqual(['United States government', 'United Kingdom government', 'Canada government']);
  });
});

describe('lists of targets in longer copy', () => {
  it('reads semicolon lists, "along with" after a relative clause, bracketed list names and entry bans without "from"', () => {
    const a = extract(
      'Canada froze the assets of Hossein Rahbarian, a commander in the province; Ali Shafiei, the police chief; and Farzaneh Ghaffari, a judge. ' +
        'The Office of Foreign Assets Control designated Ruben Esquivel, whom officials described as the "chief accountant," along with Casa Vertice. ' +
        'OFAC also added Navimar Caribe SA to its Specially Designated Nationals (SDN) list. ' +
        'The State Department said it was barring Iryna Matskevich, a judge, under its visa restrictions policy.',
    );
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual([
      'Canada government -> Hossein Rahbarian',
      'Canada government -> Ali Shafiei',
      'Canada government -> Farzaneh Ghaffari',
      'Office of Foreign Assets Control -> Ruben Esquivel',
      'Office of Foreign Assets Control -> Casa Vertice',
      'Office of Foreign Assets Control -> Navimar Caribe SA',
      'State Department -> Iryna Matskevich',
    ]);
  });
});

describe('measures already in force and renewed', () => {
  it('reads "subject to", "under a US visa ban", "already sanctioned by", renewals and bans for life', () => {
    const a = extract(
      'Thet Paing Oo, already subject to a European Union asset freeze and travel ban since 2023, runs the firm. ' +
        'Davit Meskhishvili, a deputy head of Georgia’s State Security Service, who is already under a US visa ban, was listed. ' +
        'The Council extended by a year the asset freeze and travel ban imposed in 2024 on Igor Kolesnik. ' +
        'Andrei Lapshin and Yelena Vorobyova were already sanctioned by Britain in March. ' +
        "FIFA banned Ivan Velkov for life and banned the union's former general secretary, Radoslav Petkanov, for 10 years.",
    );
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual([
      'European Union -> Thet Paing Oo',
      'United States government -> Davit Meskhishvili',
      'Council -> Igor Kolesnik',
      'United Kingdom government -> Andrei Lapshin',
      'United Kingdom government -> Yelena Vorobyova',
      'FIFA -> Ivan Velkov',
      'FIFA -> Radoslav Petkanov',
    ]);
    expect(a.sanctions.at(-2)!.span.text).toBe('FIFA banned Ivan Velkov for life');
  });
});

describe('measures owned or described by their authority', () => {
  it('reads "Ottawa\'s measures … cover X", "The bloc’s designation of X" and "the Foreign Office said the measures target X"', () => {
    const a = extract(
      "Canada sanctioned three officers on Monday. Ottawa's measures, made under the Special Economic Measures Act, also cover Colonel Hla Win Naing, commander of the air base. " +
        'The European Union sanctioned two officials. The bloc’s designation of Major General Oleg Zharkov was expected. ' +
        'Britain sanctioned Oleg Markin. The Foreign Office said the measures target Dragan Vukotic, a mayor.',
    );
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual([
      'Canada government -> Hla Win Naing',
      'European Union -> Oleg Zharkov',
      'United Kingdom government -> Oleg Markin',
      'Foreign Office -> Dragan Vukotic',
    ]);
  });
});

describe('authorities are bodies', () => {
  it('drops a measure whose subject is a person or pair of persons, and reads the bloc, North Korea and Wada', () => {
    const a = extract(
      'Andrei Lapshin and Yelena Vorobyova were listed, and they banned them from entering. The EU acted: the bloc froze his assets. The UN Security Council imposed sanctions on North Korea. Gregory Tallis is a coach. Wada banned him for life.',
    );
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual(['EU -> Andrei Lapshin', 'UN Security Council -> North Korea government', 'Wada -> Gregory Tallis']);
  });
});

describe('cut off from the financial system, and measures an unnamed source describes', () => {
  it('reads "cut X off from the US financial system" and "people familiar … said the restrictions cover X"', () => {
    const a = extract(
      'OFAC cut Zhejiang Hengtai Commercial Bank off from the US financial system. The State Department imposed visa restrictions on officials it accused of repression. Two people familiar with the matter said the restrictions cover Vincent Lam, a deputy commissioner, and Dorothy Ip.',
    );
    expect(sanctionLines(a)).toEqual([
      'OFAC -> Zhejiang Hengtai Commercial Bank | FINANCIAL',
      'State Department -> Vincent Lam | VISA_BAN',
      'State Department -> Dorothy Ip | VISA_BAN',
    ]);
  });
});

describe('measures after an introduction and of the same sentence', () => {
  it('reads "In Serbia, the measures target X" and credits "X, who is under a US visa ban, faces a freeze, the Foreign Office said" to the speaker', () => {
    const a = extract(
      'The UK has imposed sanctions on three officials. Davit Meskhishvili, a deputy head of Georgia’s State Security Service, who is already under a US visa ban, faces an asset freeze and a travel ban, the Foreign Office said on Thursday. In Serbia, the measures target Dragan Vukotic, a former roads official.',
    );
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual([
      'United States government -> Davit Meskhishvili',
      'Foreign Office -> Davit Meskhishvili',
      'United Kingdom government -> Dragan Vukotic',
    ]);
  });
});

describe('blocked access', () => {
  it('reads "blocked access to the site" as an account block on the outlet the text called a site', () => {
    const a = extract('Kamerton, an independent news site, published the report. The media regulator Roskomnadzor has blocked access to the site.');
    expect(sanctionLines(a)).toEqual(['Roskomnadzor -> Kamerton | ACCOUNT_BLOCK']);
  });
});

describe('more measures in longer copy', () => {
  it('reads "the measures freeze the assets of", appositives with a relative clause before "from", imports suspended and bodies in their city', () => {
    const a = extract(
      'Britain sanctioned settlers on Tuesday. The measures freeze the assets of settlers Eliav Shimron and Noa Berkovitz. ' +
        'The Commission also barred Morava Gradnja, a construction firm that won three of the contracts, from EU-funded tenders. ' +
        'Rosselkhoznadzor said it had suspended imports from the Arshaluys Brandy Company. ' +
        'The Pervomaisky District Court in Bishkek fined Temir Press 1.5 million soms.',
    );
    expect(sanctionLines(a).map((l) => l.split(' | ')[0])).toEqual([
      'United Kingdom government -> Eliav Shimron',
      'United Kingdom government -> Noa Berkovitz',
      'Commission -> Morava Gradnja',
      'Rosselkhoznadzor -> Arshaluys Brandy Company',
      'Pervomaisky District Court -> Temir Press',
    ]);
  });
});

describe('exclusions', () => {
  it('reads a fund excluding a company on its ethics council\'s advice, not any exclusion', () => {
    const a = extract("Norges Bank, which manages the fund, said on Thursday it had excluded Andaman Bay Holdings on the recommendation of the fund's Council on Ethics. The Treasury excluded Ivo Rask from the meeting.");
    expect(sanctionLines(a)).toEqual(['Norges Bank -> Andaman Bay Holdings | OTHER']);
  });
});
