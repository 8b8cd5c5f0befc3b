// Pagination arithmetic and argument checks, without a database.
import { offsetToCursor } from 'graphql-relay';
import { describe, expect, it } from 'vitest';
import { Connection, MAX_PAGE_SIZE, parseWindow, queriedList, range, type ConnectionArgs } from '../../src/graphql/connections.ts';

const LIST = Array.from({ length: 10 }, (_, i) => `item ${i}`);
const list = () => {
  const calls: string[] = [];
  const source = queriedList({
    count: async () => (calls.push('count'), LIST.length),
    page: async (skip, take) => (calls.push(`page ${skip} ${take}`), LIST.slice(skip, skip + take)),
  });
  return { source, calls };
};
const page = async (args: ConnectionArgs) => {
  const connection = new Connection(list().source, parseWindow(args));
  return { nodes: await connection.nodes(), pageInfo: await connection.pageInfo(), totalCount: await connection.totalCount() };
};

describe('parseWindow', () => {
  it('defaults to the first 20', () => {
    expect(parseWindow({})).toEqual({ first: 20, after: null, last: null, before: null });
    expect(parseWindow({ last: 3 })).toEqual({ first: null, after: null, last: 3, before: null });
  });

  it.each([
    [{ first: MAX_PAGE_SIZE + 1 }, /first must be between 0 and 100, got 101/],
    [{ last: -1 }, /last must be between 0 and 100/],
    [{ after: 'nope' }, /after is not a valid cursor/],
    [{ before: offsetToCursor(-2) }, /before is not a valid cursor/],
    [{ after: offsetToCursor(1.5) }, /after is not a valid cursor/],
  ])('refuses %j as BAD_USER_INPUT', (args, message) => {
    expect(() => parseWindow(args)).toThrow(message);
    try {
      parseWindow(args);
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('range', () => {
  const window = (w: Partial<ReturnType<typeof parseWindow>>) => ({ first: null, after: null, last: null, before: null, ...w });
  it.each([
    [{ first: 3 }, 0, 3],
    [{ first: 3, after: 2 }, 3, 6],
    [{ first: 30, after: 8 }, 9, 10],
    [{ first: 3, after: 12 }, 13, 13],
    [{ last: 3 }, 7, 10],
    [{ last: 3, before: 5 }, 2, 5],
    [{ last: 30, before: 5 }, 0, 5],
    [{ last: 3, before: 50 }, 7, 10],
    [{ first: 5, after: 1, before: 4 }, 2, 4],
    [{ first: 5, last: 2 }, 3, 5],
    [{ first: 0 }, 0, 0],
  ])('%j of 10 items is [%i, %i)', (w, start, end) => {
    expect(range(window(w), 10)).toEqual({ start, end });
  });
});

describe('Connection over a queried list', () => {
  it('pages forwards with cursors that continue where the page ended', async () => {
    const first = await page({ first: 4 });
    expect(first.nodes).toEqual(LIST.slice(0, 4));
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: offsetToCursor(0), endCursor: offsetToCursor(3) });
    const second = await page({ first: 4, after: first.pageInfo.endCursor });
    expect(second.nodes).toEqual(LIST.slice(4, 8));
    expect(second.pageInfo.hasPreviousPage).toBe(true);
  });

  it('pages backwards from the end', async () => {
    const last = await page({ last: 4 });
    expect(last.nodes).toEqual(LIST.slice(6));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = await page({ last: 4, before: last.pageInfo.startCursor });
    expect(before.nodes).toEqual(LIST.slice(2, 6));
  });

  it('counts only when asked for the count, or when paging backwards needs it', async () => {
    const forwards = list();
    await new Connection(forwards.source, parseWindow({ first: 2, after: offsetToCursor(1) })).nodes();
    expect(forwards.calls).toEqual(['page 2 2']);
    const backwards = list();
    await new Connection(backwards.source, parseWindow({ last: 2 })).nodes();
    expect(backwards.calls).toEqual(['count', 'page 8 2']);
  });

  it('loads once whatever is asked', async () => {
    const { source, calls } = list();
    const connection = new Connection(source, parseWindow({ last: 3 }));
    await Promise.all([connection.edges(), connection.nodes(), connection.totalCount(), connection.pageInfo()]);
    expect(calls).toEqual(['count', 'page 7 3']);
  });
});
