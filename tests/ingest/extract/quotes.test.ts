import { describe, expect, it } from 'vitest';
import { extract, nameOf, statementLines } from './helpers.ts';

describe('statements', () => {
  it('reads a direct quote before the attribution, with curly quotes', () => {
    const a = extract('Rail operator Nordline cut services. \u201cWe had no choice,\u201d the company said in a statement.');
    expect(statementLines(a)).toEqual(['Nordline | said | DIRECT | We had no choice']);
    expect(a.statements[0]!.speakerSpan.text).toBe('the company');
  });

  it('reads a direct quote after the attribution and an inverted "said X"', () => {
    const a = extract('Senator Paula Reyes said: "This bill is dead." "It never lived," said Omar Haddad, a lobbyist.');
    expect(statementLines(a)).toEqual([
      'Paula Reyes | said | DIRECT | This bill is dead',
      'Omar Haddad | said | DIRECT | It never lived',
    ]);
  });

  it('takes a quoted label as the content of "called"', () => {
    const a = extract('Trade envoy Lena Fisk called the tariffs a "reckless gamble" by the Elbonian government.');
    expect(statementLines(a)).toEqual(['Lena Fisk | called | DIRECT | reckless gamble']);
  });

  it('reads indirect speech: said that, accused X of, concluded, denied', () => {
    const a = extract(
      'Greta Lind said that the port would reopen. Lind accused the Harbor Authority of hiding the damage. ' +
        'A Senate inquiry concluded the warnings were ignored. The Harbor Authority denied the claims.',
    );
    expect(statementLines(a)).toEqual([
      'Greta Lind | said | INDIRECT | the port would reopen',
      'Greta Lind | accused | INDIRECT | the Harbor Authority of hiding the damage',
      'Senate | concluded | INDIRECT | the warnings were ignored',
      'Harbor Authority | denied | INDIRECT | the claims',
    ]);
  });

  it('gives one statement per speaker of a coordinated subject', () => {
    const a = extract('Mayor Ivo Brandt and the Interior Ministry have rejected the accusations.');
    expect(statementLines(a)).toEqual([
      'Ivo Brandt | rejected | INDIRECT | the accusations',
      'Interior Ministry | rejected | INDIRECT | the accusations',
    ]);
  });

  it('makes unnamed groups speakers', () => {
    const a = extract('Human rights groups say the elections were rigged. Local officials said turnout was low.');
    expect(statementLines(a)).toEqual([
      'Human rights groups | said | INDIRECT | the elections were rigged',
      'Local officials | said | INDIRECT | turnout was low',
    ]);
  });

  it('keeps a quote that runs over two sentences in one statement', () => {
    const a = extract('Coach Dana Mills spoke after the loss. "We were slow. We were careless," Mills said.');
    expect(statementLines(a)).toEqual(['Dana Mills | said | DIRECT | We were slow. We were careless']);
    expect(a.statements[0]!.sentence.text).toBe('"We were slow. We were careless," Mills said.');
  });

  it('resolves a relative pronoun to its antecedent and splits "and that" clauses', () => {
    const a = extract(
      'The report was confirmed by Amnesty International, which said the raids began in May and that "they were planned."',
    );
    expect(statementLines(a)).toEqual([
      'Amnesty International | said | INDIRECT | the raids began in May',
      'Amnesty International | said | DIRECT | they were planned',
    ]);
  });

  it('reads British single quotes and an attribution with a role appositive', () => {
    const a = extract("'The market is rigged,' said Jonas Weber, chief economist at Altbank. Weber, 61, denied any conflict.");
    expect(statementLines(a)).toEqual(['Jonas Weber | said | DIRECT | The market is rigged', 'Jonas Weber | denied | INDIRECT | any conflict']);
  });

  it('shares the subject with a coordinated reporting verb', () => {
    const a = extract('Halvorsen Group said that its plants were safe and accused regulators of bias.');
    expect(statementLines(a)).toEqual([
      'Halvorsen Group | said | INDIRECT | its plants were safe',
      'Halvorsen Group | accused | INDIRECT | regulators of bias',
    ]);
  });

  it('reads "by saying" and "what X say was"', () => {
    const a = extract(
      'Rafael Soto answered the charges by saying he had done nothing wrong. Investigators cited what analysts say was a "coordinated campaign" online.',
    );
    expect(statementLines(a)).toEqual([
      'Rafael Soto | said | INDIRECT | he had done nothing wrong',
      'analysts | said | DIRECT | coordinated campaign',
    ]);
  });
});

describe('speakers of participles and coordinated verbs', () => {
  it('gives ", saying …" the subject of its clause, not the nearest name', () => {
    for (const [body, line] of [
      [
        'The Harbour Authority on Monday fined the ferry operator Baltline 2 million crowns, saying it had ignored safety rules.',
        'Harbour Authority | said | INDIRECT | it had ignored safety rules',
      ],
      [
        'BRENVIK, Ostrania (Coastal Wire) -- Ostrania’s Labour Ministry suspended the licence of Kovar Staffing, accusing it of underpaying workers.',
        'Ostrania’s Labour Ministry | accused | INDIRECT | it of underpaying workers',
      ],
      [
        'The Supreme Court upheld the verdict against Lena Ruud, rejecting her claim that the evidence was forged.',
        'Supreme Court | rejected | INDIRECT | her claim that the evidence was forged',
      ],
      [
        'Tamsin Oil appealed to the Appeals Court. But the judges annulled the fine, finding that the regulator had exceeded its powers.',
        'Appeals Court | found | INDIRECT | the regulator had exceeded its powers',
      ],
    ] as const) {
      expect(statementLines(extract(body))).toEqual([line]);
    }
  });

  it('gives ", adding that …" the speakers of the statement before it', () => {
    for (const [body, speaker] of [
      ['“We are reviewing the decision,” a Norvia Air spokeswoman said, adding that flights would continue.', 'Norvia Air'],
      ['‘I did nothing wrong,’ Pavla Sedlak said on Tuesday, adding that she would appeal.', 'Pavla Sedlak'],
      ['Union leader Rik Oosten said talks had failed, adding that a strike was likely.', 'Rik Oosten'],
    ] as const) {
      const a = extract(body);
      const added = a.statements.find((s) => s.verb === 'added');
      expect(added && nameOf(a, added.speaker)).toBe(speaker);
    }
  });

  it('gives a verb after "and" or "but" the whole coordinated subject of the clause', () => {
    const a = extract('Consumer groups and the Tovarian Retailers’ Association welcomed the law but said it came too late.');
    expect(statementLines(a)).toEqual([
      'Consumer groups | said | INDIRECT | it came too late',
      'Tovarian Retailers’ Association | said | INDIRECT | it came too late',
    ]);
    const b = extract('Kelda Shipping and its parent, Orman Holdings, both denied the report and said they would sue.');
    expect(statementLines(b).map((l) => l.split(' | ')[0])).toEqual(['Kelda Shipping', 'Orman Holdings', 'Kelda Shipping', 'Orman Holdings']);
  });
});

describe('subjects before appositives and inverted attributions', () => {
  it('reads the subject past one or more appositives', () => {
    for (const [body, speaker] of [
      ['Marek Dolan, 52, a former mayor of Velk and the head of the Green Alliance, said he would run again.', 'Marek Dolan'],
      ['His spokeswoman, Ina Varro, told reporters the minister was ill.', 'Ina Varro'],
      ['A Treasury spokesman, asked about the leak on Friday, said the inquiry was under way.', 'Treasury'],
      ['Separately, the Energy Ministry, which oversees the grid, said prices would fall.', 'Energy Ministry'],
    ] as const) {
      const a = extract(body);
      expect(a.statements.map((s) => nameOf(a, s.speaker))).toEqual([speaker]);
    }
  });

  it('takes the phrase after an inverted verb only when it ends the clause', () => {
    expect(statementLines(extract('"It is over," said Bruno Saldi, the team\'s owner.'))).toEqual(['Bruno Saldi | said | DIRECT | It is over']);
    const a = extract('Chatwell Media, a unit of Arno Group, said it would comply with the order.');
    expect(statementLines(a)).toEqual(['Chatwell Media | said | INDIRECT | it would comply with the order']);
    const b = extract('His lawyer, Anja Petek, told the court the deal was legal.');
    expect(statementLines(b)).toEqual(['Anja Petek | told | INDIRECT | the deal was legal']);
  });

  it('reads a group with its relative clause and a body after "of" or "from" as speakers', () => {
    expect(statementLines(extract('Economists who track the sector said demand had peaked.'))).toEqual([
      'Economists who track the sector | said | INDIRECT | demand had peaked',
    ]);
    expect(statementLines(extract('Inspectors from the Atomic Safety Agency said the reactor was stable.'))).toEqual([
      'Atomic Safety Agency | said | INDIRECT | the reactor was stable',
    ]);
    expect(extract('The levy applies to firms in Union member states from May.').statements).toEqual([]);
  });
});

describe('reports around the attribution', () => {
  it('reads a report placed before its attribution', () => {
    for (const [body, line] of [
      [
        'Cyclist Tomas Brek has been suspended for two years, the Velo Integrity Unit announced on Friday.',
        'Velo Integrity Unit | announced | INDIRECT | Cyclist Tomas Brek has been suspended for two years',
      ],
      ['The talks will resume next week, the Foreign Ministry said.', 'Foreign Ministry | said | INDIRECT | The talks will resume next week'],
      ['Prices rose 4 per cent in May, the Statistics Office said in a statement.', 'Statistics Office | said | INDIRECT | Prices rose 4 per cent in May'],
    ] as const) {
      expect(statementLines(extract(body))).toEqual([line]);
    }
  });

  it('continues a quotation in the next sentence with the same speaker', () => {
    for (const body of [
      '"We did our job," Coach Ana Reis said. "Now the players must do theirs."',
      '‘The rules are clear,’ said Judge Piet Holm. ‘Nobody is above them.’',
      'The minister, Lars Eide, said: "We will not pay." "Not now, not ever."',
    ]) {
      const a = extract(body);
      expect(a.statements).toHaveLength(2);
      expect(new Set(a.statements.map((s) => s.speaker)).size).toBe(1);
      expect(a.statements[1]!.sentence.text).toBe(body.slice(a.statements[0]!.sentence.start));
    }
  });

  it('ends a report where another speaker’s attribution begins', () => {
    for (const [body, first, second] of [
      [
        'Diplomats say talks have stalled, and analysts said a deal was unlikely.',
        'talks have stalled',
        'a deal was unlikely',
      ],
      [
        'Unions warned that jobs would go, and Petra Lang, an economist at Norbank, said growth would slow.',
        'jobs would go',
        'growth would slow',
      ],
      ['The Coastal League said it backed the referee but urged the clubs to stay calm.', 'it backed the referee', 'the clubs to stay calm'],
    ] as const) {
      expect(extract(body).statements.map((s) => s.content.text)).toEqual([first, second]);
    }
  });

  it('does not take questions, infinitives or negated verbs for statements', () => {
    for (const body of [
      'The council agreed on Monday to close the plant.',
      'Asked about the merger, the bank declined to comment.',
      'Olsen, who founded the firm in 1990, has not commented in public.',
      'The spokesman did not say when the talks would resume.',
    ]) {
      expect(extract(body).statements).toEqual([]);
    }
  });

  it('skips the listener of "told" and a place before "that"', () => {
    for (const [body, content] of [
      ['Mayor Ilse Horn told the Tribune the budget was balanced.', 'the budget was balanced'],
      ['Chief executive Dan Ruiz told analysts in Oslo that sales would recover.', 'sales would recover'],
      ['Ruiz told her the deal was off.', 'the deal was off'],
    ] as const) {
      expect(extract(body).statements.map((s) => s.content.text)).toEqual([content]);
    }
  });
});

describe('speakers named by description', () => {
  it('reads "the businessman", "the 27-year-old Nigerian" as the person the text has named', () => {
    for (const [body, speaker] of [
      ['Tycoon Boris Lenk lost his appeal. The businessman said he would fight on.', 'Boris Lenk'],
      ['Sprinter Ada Obi was suspended. The 24-year-old Nigerian denied cheating.', 'Ada Obi'],
      ['Mayor Eva Holm met Omar Diallo. The mayor said the talks went well.', 'Eva Holm'],
    ] as const) {
      const a = extract(body);
      expect(a.statements.map((s) => nameOf(a, s.speaker))).toEqual([speaker]);
    }
  });

  it('reads "a spokesman for X" as X', () => {
    for (const [body, speaker] of [
      ['Ivo Tamm was charged. A spokesman for the businessman said he was innocent.', 'Ivo Tamm'],
      ['A spokeswoman for the Tovarian Rail Company said trains would run.', 'Tovarian Rail Company'],
      ['Lawyers for Nina Kross said she would appeal.', 'Nina Kross'],
    ] as const) {
      const a = extract(body);
      expect(a.statements.map((s) => nameOf(a, s.speaker))).toEqual([speaker]);
    }
  });

  it('splits a report at a participle that reports again', () => {
    expect(statementLines(extract('Finance Minister Ole Dahl criticized the decision, saying it would hurt farmers.'))).toEqual([
      'Ole Dahl | criticized | INDIRECT | the decision',
      'Ole Dahl | said | INDIRECT | it would hurt farmers',
    ]);
  });

  it('reads an AP-style attribution with a bare weekday after the verb', () => {
    const a = extract('Swimmer Lea Kron has been banned for two years, the Aquatics Integrity Unit said Tuesday.');
    expect(statementLines(a)).toEqual(['Aquatics Integrity Unit | said | INDIRECT | Swimmer Lea Kron has been banned for two years']);
    expect(a.statements[0]!.dateText).toBe('Tuesday');
  });
});

describe('groups and collectives as speakers', () => {
  it('reads a group named by a collective or a plural role', () => {
    for (const [body, speaker] of [
      ['A bipartisan group of senators on Thursday urged the ministry to act.', 'bipartisan group of senators'],
      ['Prosecutors said the evidence was strong.', 'Prosecutors'],
      ['Senators on Monday said the bill was dead.', 'Senators'],
    ] as const) {
      const a = extract(body);
      expect(a.statements.map((s) => nameOf(a, s.speaker))).toEqual([speaker]);
    }
  });

  it('does not take a capitalized name inside a sentence for a verb', () => {
    expect(extract('The European Union and the United States have imposed sanctions on Ivo Rask.').statements).toEqual([]);
  });
});

describe('more attributions', () => {
  it('reads the name after "a spokesman for X," and skips a listener without a determiner', () => {
    const a = extract('A spokesman for the junta, Zaw Min Tun, told state media the sanctions were unjust.');
    expect(statementLines(a)).toEqual(['Zaw Min Tun | told | INDIRECT | the sanctions were unjust']);
  });

  it('lets a gender guessed from a given name give way to the only person at hand', () => {
    for (const body of [
      'Foreign Minister Penny Wong announced the measures. "The military must stop," she said.',
      'Chief executive Aoife Byrne apologized. "We let our customers down," she told RTE radio.',
    ]) {
      const a = extract(body);
      expect(a.statements.map((s) => s.speakerSpan.text)).toEqual(['she']);
    }
  });

  it('takes "X, or ACR," for one body and "Commission for … Regulation" for a body, not a law', () => {
    const a = extract('The Commission for Communications Regulation, or ComReg, said Telcomax had failed. ComReg fined it.');
    expect(statementLines(a)).toEqual(['Commission for Communications Regulation | said | INDIRECT | Telcomax had failed']);
    expect(a.legalBases).toEqual([]);
  });
});

describe('speakers from context', () => {
  it('reads "a spokesman said" as the organization the text is about, and "X\'s family" as a group', () => {
    const a = extract('Leeds Teaching Hospitals NHS Trust reviewed its staffing. "Patient safety is our priority," a spokesman said.');
    expect(statementLines(a)).toEqual(['Leeds Teaching Hospitals NHS Trust | said | DIRECT | Patient safety is our priority']);
    const b = extract('Khalil Haddad was sanctioned. Haddad\'s family denied the accusations.');
    expect(statementLines(b)).toEqual(["Haddad's family | denied | INDIRECT | the accusations"]);
  });

  it('does not take the agency of a dateline for what a pronoun stands for', () => {
    const a = extract('OTTAWA, Nov 21 (Reuters) - Canada imposed sanctions on gang leaders it accused of financing armed groups.');
    expect(a.statements.map((s) => nameOf(a, s.speaker))).toEqual(['Canada government']);
  });
});

describe('attributions around the content', () => {
  it('reads both segments of a quote split by "told the court" or "told reporters"', () => {
    const a = extract('"The inspectors," defence lawyer Rana Odeh told the court, "were never shown the ledgers."');
    expect(statementLines(a)).toEqual(['Rana Odeh | told | DIRECT | The inspectors', 'Rana Odeh | told | DIRECT | were never shown the ledgers']);
    const b = extract('"We waited a year," union leader Piet Maris told reporters, "and nothing changed."');
    expect(statementLines(b)).toEqual(['Piet Maris | told | DIRECT | We waited a year', 'Piet Maris | told | DIRECT | and nothing changed']);
  });

  it('reads "according to X" before or after the clause it credits', () => {
    const a = extract('Harbour pilot Ines Calloway was questioned. According to Calloway, the ferry left without clearance.');
    expect(statementLines(a)).toEqual(['Ines Calloway | said | INDIRECT | the ferry left without clearance']);
    const b = extract('The Green Harbour Party met on Friday. The vote was delayed again, according to a statement from the Green Harbour Party.');
    expect(statementLines(b)).toEqual(['Green Harbour Party | said | INDIRECT | The vote was delayed again']);
  });

  it('leaves a trailing "according to" out of a clause another verb reports', () => {
    const a = extract('Farmers said the subsidies had never arrived, according to a letter from the Rural Alliance.');
    expect(statementLines(a)).toEqual(['Farmers | said | INDIRECT | the subsidies had never arrived']);
  });
});

describe('groups and listeners', () => {
  it('reads "Diplomats in Vienna said" as a group labelled by its place', () => {
    const a = extract('Diplomats in Vienna said other governments were preparing similar measures.');
    expect(statementLines(a)).toEqual(['Diplomats in Vienna | said | INDIRECT | other governments were preparing similar measures']);
  });

  it('skips "on Monday" after the listener of "told"', () => {
    const a = extract('Reporter Ayla Demir is on trial. Demir told the court on Monday that the charges were revenge.');
    expect(statementLines(a)).toEqual(['Ayla Demir | told | INDIRECT | the charges were revenge']);
  });
});

describe('quotes continued and bodies described', () => {
  it('continues a quote in a following paragraph that is nothing but a quotation', () => {
    const a = extract('"Fares will rise," transport chief Lina Osei said on Monday.\n\n"There is no other way to pay for the line."\n\nThe union objected.');
    expect(statementLines(a)).toEqual([
      'Lina Osei | said | DIRECT | Fares will rise',
      'Lina Osei | said | DIRECT | There is no other way to pay for the line',
    ]);
  });

  it('reads "the federation" as a field\'s national body named before', () => {
    const a = extract('Cycling Jordan backed the rider. The federation argued that the samples had been mishandled.');
    expect(statementLines(a)).toEqual(['Cycling Jordan | argued | INDIRECT | the samples had been mishandled']);
  });
});

describe('participles after a list of names', () => {
  it('gives ", saying …" the subject of the sentence when ", and" only lists one more name', () => {
    const a = extract(
      'The Northern Union imposed visa bans on the mayor, Ivo Brask, and the head of the state broadcaster, Nina Roos, saying they had rigged the vote.',
    );
    expect(statementLines(a)).toEqual(['Northern Union | said | INDIRECT | they had rigged the vote']);
  });
});

describe('role appositives around the speaker', () => {
  it('reads a quote before "its director, X, said" as DIRECT, and continues it', () => {
    const a = extract('The Harbour Trust objected. "The port is unsafe," its director, Ama Osei, said. "Nobody listens."');
    expect(statementLines(a)).toEqual(['Ama Osei | said | DIRECT | The port is unsafe', 'Ama Osei | said | DIRECT | Nobody listens']);
  });

  it('takes the titled name in apposition to "A spokesman for X"', () => {
    const a = extract('Norland imposed sanctions. A spokesman for the army, Colonel Ivo Brask, said the measures were unfair.');
    expect(statementLines(a)).toEqual(['Ivo Brask | said | INDIRECT | the measures were unfair']);
  });
});

describe('inverted attributions and possessed listeners', () => {
  it('takes the name in apposition to the role of an inverted "said its chief executive, X"', () => {
    const a = extract('The Supporters Network objected. "Fines alone change nothing," said its chief executive, Amira Haddad.');
    expect(statementLines(a)).toEqual(['Amira Haddad | said | DIRECT | Fines alone change nothing']);
  });

  it('skips a listener the named one owns ("told the club\'s website that")', () => {
    const a = extract('Harbury Rovers chairman Colin Radley told the Harbury Rovers\' website that the offenders had been banned.');
    expect(statementLines(a)).toEqual(['Colin Radley | told | INDIRECT | the offenders had been banned']);
  });
});

describe('possessed bodies as speakers', () => {
  it('reads "Her party said" as the party the text has named', () => {
    const a = extract('Mirela Dascu heads the Civic Renewal party. Her party said it would appeal.');
    expect(statementLines(a)).toEqual(['Civic Renewal | said | INDIRECT | it would appeal']);
  });
});

describe('statements issued', () => {
  it('reads "issued a statement saying …" as what the issuer said', () => {
    const a = extract('The Justice Ministry issued a statement saying the verdict was fair.');
    expect(statementLines(a)).toEqual(['Justice Ministry | said | INDIRECT | the verdict was fair']);
  });
});

describe('unnamed sources and surnames before "told"', () => {
  it('keeps a source unnamed whatever body its modifiers or complement name', () => {
    const a = extract(
      'The Kremlin said nothing. A senior EU diplomat said more listings were coming. ' +
        'Two people familiar with the decision said it was final. Sources close to the Kremlin said the list was long. ' +
        'An EU spokesperson said the bloc was united.',
    );
    expect(statementLines(a)).toEqual([
      'senior EU diplomat | said | INDIRECT | more listings were coming',
      'Two people familiar with the decision | said | INDIRECT | it was final',
      'Sources close to the Kremlin | said | INDIRECT | the list was long',
      'EU | said | INDIRECT | the bloc was united',
    ]);
  });

  it('reads a surname ending like a demonym as a name before a verb, and skips "on Telegram"', () => {
    const a = extract(
      'Nasser Kanani was angry. "This is terrorism," Kanani told reporters. Kanani wrote on Telegram that Tehran would respond.',
    );
    expect(statementLines(a)).toEqual([
      'Nasser Kanani | told | DIRECT | This is terrorism',
      'Nasser Kanani | wrote | INDIRECT | Tehran would respond',
    ]);
  });
});

describe('participles with their own clause', () => {
  it('does not give "warning that" the quote before it', () => {
    const a = extract('In a statement, the AU Commission said it "takes note" of the sanctions, warning that "unilateral measures" risked complicating mediation.');
    expect(statementLines(a)).toEqual([
      'AU Commission | said | INDIRECT | it "takes note" of the sanctions',
      'AU Commission | warned | INDIRECT | "unilateral measures" risked complicating mediation',
    ]);
  });
});

describe('titled speakers and listeners of "told"', () => {
  it('takes the person after a party and a title, and never the listener of "told" as the speaker', () => {
    const a = extract(
      'Nadezhda Sokolinskaya is the editor. "The hearing lasted 40 minutes," Sokolinskaya, who left Russia in 2022, told RFE/RL\'s Russian Service. ' +
        "Labour MP Rhiannon Hale, who sits on the Treasury Committee, welcomed the move but said it was 'extraordinary'. " +
        'Republican Senator Wade Hollister of Ohio accused the Commission of overreach.',
    );
    expect(statementLines(a)).toEqual([
      'Nadezhda Sokolinskaya | told | DIRECT | The hearing lasted 40 minutes',
      "Rhiannon Hale | said | INDIRECT | it was 'extraordinary'",
      'Wade Hollister | accused | INDIRECT | the Commission of overreach',
    ]);
  });
});

describe('labels after "as", promises and quotes resumed after an appositive', () => {
  it('reads "welcomed X as "…"", a vow with its infinitive and a quote split by a long appositive', () => {
    const a = extract(
      "Sudan's Foreign Ministry, which operates from Port Sudan, welcomed the designations as \"a long-overdue step\" and demanded that Washington act. " +
        'Rhiannon Hale welcomed the move. Ifeoma Adebanjo said she was innocent. She vowed to appeal. The Security Council has maintained an arms embargo on Darfur. ' +
        '"Designations raise the cost," said Elise Kornfeld, a researcher at the Center for Export Enforcement Studies in Arlington, Virginia, "but networks adapt."',
    );
    expect(statementLines(a)).toEqual([
      "Sudan's Foreign Ministry | welcomed | DIRECT | a long-overdue step",
      "Sudan's Foreign Ministry | demanded | INDIRECT | Washington act",
      'Ifeoma Adebanjo | said | INDIRECT | she was innocent',
      'Ifeoma Adebanjo | vowed | INDIRECT | to appeal',
      'Elise Kornfeld | said | DIRECT | Designations raise the cost',
      'Elise Kornfeld | said | DIRECT | but networks adapt',
    ]);
    expect(a.sanctions).toEqual([]);
  });
});

describe('reports inside relative clauses and adverbs before the verb', () => {
  it('ends a report inside a relative clause with the clause', () => {
    const a = extract(
      'The Foreign Office acted. Ruslan Bekhterev, a trader who the Foreign Office says arranged sales of crude, has been added to the UK sanctions list.',
    );
    expect(statementLines(a)).toEqual(['Foreign Office | said | INDIRECT | arranged sales of crude']);
  });
});

describe('quotations over several paragraphs', () => {
  it('continues a quote left open at the end of its paragraph, and takes a role up to the name after it', () => {
    const a = extract(
      'Nadezhda Sokolinskaya is the editor.\n\n"The hearing lasted 40 minutes," Sokolinskaya told the Russian Service. "The judge read out a decision printed before we arrived.\n\n"We are not going to pay."\n\n' +
        "Marta Kveldsen works at Wada. 'Athletes need to know the rules,' said Wada's director of intelligence and investigations, Marta Kveldsen.",
    );
    expect(statementLines(a).sort()).toEqual([
      'Marta Kveldsen | said | DIRECT | Athletes need to know the rules',
      'Nadezhda Sokolinskaya | told | DIRECT | The hearing lasted 40 minutes',
      'Nadezhda Sokolinskaya | told | DIRECT | The judge read out a decision printed before we arrived',
      'Nadezhda Sokolinskaya | told | DIRECT | We are not going to pay',
    ]);
  });
});

describe('someone described by a relative clause', () => {
  it('keeps "a man who answered the phone at X" unnamed', () => {
    const a = extract("Lanbo Electronics is a firm. A man who answered the phone at Lanbo Electronics's office said the company sold only to civilians.");
    expect(statementLines(a)).toEqual(["man who answered the phone at Lanbo Electronics's office | said | INDIRECT | the company sold only to civilians"]);
  });
});

describe('Arabic particles, sources of a body and persons of a firm', () => {
  it('reads "Faisal al-Mutlaq", "Three OPEC+ sources" and "Jorge Villalba of Strand Commodity Advisers"', () => {
    const a = extract(
      '"The market needs us," Saudi Deputy Energy Minister Faisal al-Mutlaq told reporters. Three OPEC+ sources told Reuters the deal was close. Jorge Villalba of Strand Commodity Advisers said prices could fall.',
    );
    expect(statementLines(a)).toEqual([
      'Faisal al-Mutlaq | told | DIRECT | The market needs us',
      'Three OPEC+ sources | told | INDIRECT | the deal was close',
      'Jorge Villalba | said | INDIRECT | prices could fall',
    ]);
  });
});

describe('counterparts, missions and single-quoted passages over paragraphs', () => {
  it('reads both of "X and his counterpart, Y," a mission to a body, and a single quote left open at a paragraph end', () => {
    const a = extract(
      "Estonian Foreign Minister Kaarel Männik and his Lithuanian counterpart, Ieva Jankauskaitė, accused Budapest of delay.\n\n‘This package is not symbolic,’ Männik said. ‘It closes the loopholes.\n\n‘Every week counts.’\n\nChina’s Mission to the EU said it ‘firmly opposes’ the listings.",
    );
    expect(statementLines(a).sort()).toEqual([
      'China’s Mission to the EU | said | INDIRECT | it ‘firmly opposes’ the listings',
      'Ieva Jankauskaitė | accused | INDIRECT | Budapest of delay',
      'Kaarel Männik | accused | INDIRECT | Budapest of delay',
      'Kaarel Männik | said | DIRECT | Every week counts',
      'Kaarel Männik | said | DIRECT | It closes the loopholes',
      'Kaarel Männik | said | DIRECT | This package is not symbolic',
    ]);
  });
});

describe('pairs of officials and long introductions', () => {
  it('reads "X\'s ambassador, A, and his counterpart, B, both said", "ambassador to the UN, A," and a long introduction', () => {
    const a = extract(
      "South Korea’s ambassador, Hwang Joon-seok, and his Japanese counterpart, Kenji Morisawa, both said the vote changed nothing. Russia’s ambassador to the UN, Gennady Sokolin, told the council that the panel was biased. A delegate from a Gulf producer said members had been warned. At a Senate hearing that stretched past four hours, Loopline CEO Marcus Vandermeer apologized, but insisted the company had done enough.",
    );
    expect(statementLines(a)).toEqual([
      'Hwang Joon-seok | said | INDIRECT | the vote changed nothing',
      'Kenji Morisawa | said | INDIRECT | the vote changed nothing',
      'Gennady Sokolin | told | INDIRECT | the panel was biased',
      'delegate from a Gulf producer | said | INDIRECT | members had been warned',
      'Marcus Vandermeer | insisted | INDIRECT | the company had done enough',
    ]);
  });
});

describe('double surnames, two-word places and parentheses after the verb', () => {
  it('reads "Valdivieso" for "Rodrigo Valdivieso Mena", "the Hong Kong government", "repeated, however, that" and "a diplomat in Bishkek"', () => {
    const a = extract(
      "Rodrigo Valdivieso Mena leads it. Valdivieso called the ban 'an attack'. The Hong Kong government said it 'strongly condemns' the move. Mexico's Foreign Ministry spoke. It repeated, however, that Mexico would not yield. A Western diplomat in Bishkek, who spoke on condition of anonymity, said Washington had raised concerns.",
    );
    expect(statementLines(a)).toEqual([
      'Rodrigo Valdivieso Mena | called | DIRECT | an attack',
      "Hong Kong government | said | INDIRECT | it 'strongly condemns' the move",
      "Mexico's Foreign Ministry | repeated | INDIRECT | Mexico would not yield",
      'Western diplomat in Bishkek | said | INDIRECT | Washington had raised concerns',
    ]);
  });
});

describe('reports inside relative clauses about a target', () => {
  it('takes the speaker after "who" and what follows "described as"', () => {
    const a = extract(
      'The Treasury Department acted. Sanctions were also imposed on Yahya al-Qurashi, a businessman who the Treasury said manages fuel revenue. The State Department designated Hussein Ali Makki, whom it described as a senior procurement official, under the same order.',
    );
    expect(statementLines(a)).toEqual([
      'Treasury Department | said | INDIRECT | manages fuel revenue',
      'State Department | described | INDIRECT | a senior procurement official',
    ]);
  });
});

describe('reports before a "told" attribution and persons of a party', () => {
  it('reads the clause before "X told the Assembly on Wednesday, in a statement that …" and "X of the nationalist Y party argued"', () => {
    const a = extract(
      'Brenmark will bar eleven Qarvani officials and freeze the assets of a state mining company, Foreign Minister Ingrid Falk-Ameri told the National Assembly on Wednesday, in a statement that did little to cool the debate. Kasper Lindahl of the nationalist Brenmark First party argued that sanctions had never worked.',
    );
    expect(statementLines(a)).toEqual([
      'Ingrid Falk-Ameri | told | INDIRECT | Brenmark will bar eleven Qarvani officials and freeze the assets of a state mining company',
      'Kasper Lindahl | argued | INDIRECT | sanctions had never worked',
    ]);
    expect(a.sanctions.map((s) => nameOf(a, s.target))).not.toContain('Ingrid Falk-Ameri');
  });
});

describe('spokesmen in apposition, lawyers in a place and ministries of other states', () => {
  it('reads the spokesman named after a ministry, "X\'s lawyer in Brussels, Y," and keeps Serbia\'s ministry apart from Georgia\'s', () => {
    const a = extract(
      "Iran’s foreign ministry spokesman, Nasser Jalalipour, condemned the sanctions as ‘illegal’. Marwan Qassouh was listed. Qassouh's lawyer in Brussels, Thomas Verbeke, said his client would appeal. Georgia's Foreign Ministry spoke. Serbia’s foreign ministry said it had not been notified. Russia's embassy in Bern said Switzerland had erred.",
    );
    expect(statementLines(a)).toEqual([
      'Nasser Jalalipour | condemned | DIRECT | illegal',
      'Thomas Verbeke | said | INDIRECT | his client would appeal',
      "Serbia's foreign ministry | said | INDIRECT | it had not been notified",
      "Russia's embassy in Bern | said | INDIRECT | Switzerland had erred",
    ]);
  });
});

describe('roles of two nouns before a name', () => {
  it('reads "Opposition leader X of the Y coalition welcomed …, saying …"', () => {
    const a = extract('Opposition leader Daniela Sarmiento of the Unitary Platform coalition welcomed the decision, saying Washington had acted.');
    expect(statementLines(a)).toEqual(['Daniela Sarmiento | said | INDIRECT | Washington had acted']);
  });
});

describe('people around a person, and "telling" after another report', () => {
  it('keeps "X\'s lawyers" unnamed and ends a report before ", telling the judge that"', () => {
    const a = extract(
      'Casimir Ondrasek is a banker. Casimir Ondrasek’s lawyers on Thursday urged the court to lift the sanctions, telling the judge that the case was weak.',
    );
    expect(statementLines(a)).toEqual([
      'Casimir Ondrasek’s lawyers | urged | INDIRECT | the court to lift the sanctions',
      'Casimir Ondrasek’s lawyers | told | INDIRECT | the case was weak',
    ]);
  });
});

describe('country acronyms as subjects of participles', () => {
  it('reads "The UK has sanctioned …, accusing them of …"', () => {
    const a = extract('The UK has sanctioned two settlers, accusing them of a campaign of intimidation.');
    expect(statementLines(a)).toEqual(['United Kingdom government | accused | INDIRECT | them of a campaign of intimidation']);
  });
});

describe('a second speaker after "though"', () => {
  it('ends a report where ", though X rejected …" begins', () => {
    const a = extract('The European Commission fined the firm. Two people familiar with the case said the firm had lobbied hard, though the Commission rejected any suggestion that the amount had been negotiated.');
    expect(statementLines(a)).toEqual([
      'Two people familiar with the case | said | INDIRECT | the firm had lobbied hard',
      'European Commission | rejected | INDIRECT | any suggestion that the amount had been negotiated',
    ]);
  });
});
