import { describe, expect, it } from 'vitest';
import { extract, statementLines } from './helpers.ts';

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
