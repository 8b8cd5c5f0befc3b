import { describe, expect, it } from 'vitest';
import { extract, sanctionLines } from './helpers.ts';

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
