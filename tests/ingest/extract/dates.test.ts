import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../src/ingest/extract/dates.ts';
import { extractAnnotation } from '../../../src/ingest/extract/index.ts';

describe('calendar dates', () => {
  const wednesday = new Date('2024-05-15');

  it('reads a weekday as the last such day on or before publication', () => {
    expect(resolveDate('on Monday', wednesday)).toBe('2024-05-13');
    expect(resolveDate('on Wednesday', wednesday)).toBe('2024-05-15');
    expect(resolveDate('Thursday', wednesday)).toBe('2024-05-09');
    expect(resolveDate('yesterday', wednesday)).toBe('2024-05-14');
  });

  it('reads a day without a year in the year of publication, or the year before when it is still to come', () => {
    expect(resolveDate('on May 2', wednesday)).toBe('2024-05-02');
    expect(resolveDate('December 26', wednesday)).toBe('2023-12-26');
    expect(resolveDate('4 June', wednesday)).toBe('2023-06-04');
    expect(resolveDate('Jan. 5, 2021', wednesday)).toBe('2021-01-05');
  });

  it('leaves months, relative words and undated articles without a calendar day', () => {
    expect(resolveDate('in March', wednesday)).toBeUndefined();
    expect(resolveDate('last week', wednesday)).toBeUndefined();
    expect(resolveDate('on Monday', null)).toBeUndefined();
    expect(resolveDate('March 3, 2020', null)).toBe('2020-03-03');
  });
});

describe('dates of statements and sanctions', () => {
  const publishedAt = new Date('2023-09-08'); // a Friday

  it('takes the date of the attribution, not of the reported event or the dateline', () => {
    for (const [body, dateText, date] of [
      ['KELVIK, 4 June (Nordsea Report) - The Fisheries Office said on Tuesday that catches fell in May.', 'on Tuesday', '2023-09-05'],
      ['Ilse Voss accused the board of selling the plant on March 3.', undefined, undefined],
      ['The Dockworkers Union called the offer "an insult" and said on Thursday that it would strike.', undefined, undefined],
      ['"On Monday we filed the appeal," the Harbour Authority said.', 'On Monday', '2023-09-04'],
    ] as const) {
      const s = extractAnnotation(body, { publishedAt }).statements[0]!;
      expect([s.dateText, s.date]).toEqual([dateText, date]);
    }
  });

  it('gives a sanction the date of its own sentence, else of the same authority’s earlier report', () => {
    const a = extractAnnotation(
      'The Treasury on Wednesday froze the assets of two shipping firms. It also blacklisted Dorn Marine, their parent. The Council imposed sanctions on Lev Orin in May.',
      { publishedAt },
    );
    expect(a.sanctions.map((s) => [s.target, s.dateText, s.date])).toEqual([
      ['dorn-marine', 'on Wednesday', '2023-09-06'],
      ['lev-orin', 'in May', undefined],
    ]);
  });
});

describe('headlines', () => {
  it('reads a first line without a full stop as a headline, in any case', () => {
    const a = extractAnnotation('Regulator fines Snapwell over location data\n\nThe Data Authority fined Snapwell on Monday.');
    expect(a.sanctions.map((s) => s.span.text)).toEqual(['The Data Authority fined Snapwell']);
  });
});
