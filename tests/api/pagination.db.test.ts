// Relay pagination over HTTP: walking a list forwards and backwards page by page visits
// every item once, in order; nested connections page each parent's list on its own;
// bad cursors and page sizes are the client's error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persistSynthetic } from '../helpers/factories.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedsDir: null });
  // Articles with 0 to 7 statements: nested lists of every length around the page sizes.
  for (let i = 0; i < 8; i++) {
    await persistSynthetic(server.db, { key: `page-${i}`, statements: i, speakers: 1, prefix: `Pager ${i % 3}` });
  }
});
afterAll(() => server?.close());

async function data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { body } = await server.query<T>(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE = `totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
const ids = (page: Page) => page.edges.map((edge) => edge.node.id);

const statementsPage = async (args: Record<string, unknown>): Promise<Page> =>
  (
    await data(
      `query($first: Int, $after: String, $last: Int, $before: String) {
        statements(first: $first, after: $after, last: $last, before: $before) { ${PAGE} }
      }`,
      args,
    )
  ).statements;

describe('a root connection', () => {
  let all: Page;
  beforeAll(async () => {
    all = await statementsPage({ first: 100 });
  });

  it('holds every statement once, with a totalCount that counts them', () => {
    expect(all.totalCount).toBe(28);
    expect(new Set(ids(all)).size).toBe(28);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('pages forwards across page boundaries without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(20);
      const page: Page = await statementsPage({ first: 5, after });
      expect(page.totalCount).toBe(28);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(5);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids(all));
  });

  it('pages backwards from the end without gaps or repeats', async () => {
    const seen: string[][] = [];
    let before: string | null = null;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(20);
      const page: Page = await statementsPage({ last: 6, before });
      seen.unshift(ids(page));
      expect(page.pageInfo.hasNextPage).toBe(before !== null);
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(seen.flat()).toEqual(ids(all));
    expect(seen[0]).toHaveLength(28 % 6);
  });

  it('turns back from a page to the one before it', async () => {
    const third = await statementsPage({ first: 4, after: all.edges[7]!.cursor });
    expect(ids(third)).toEqual(ids(all).slice(8, 12));
    const second = await statementsPage({ last: 4, before: third.pageInfo.startCursor });
    expect(ids(second)).toEqual(ids(all).slice(4, 8));
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it('gives cursors that are opaque and the same for the same place', async () => {
    const page = await statementsPage({ first: 3, after: all.edges[1]!.cursor });
    expect(page.edges.map((e) => e.cursor)).toEqual(all.edges.slice(2, 5).map((e) => e.cursor));
    for (const { cursor } of all.edges) expect(cursor).not.toMatch(/^\d+$/);
  });

  it('takes the default page of 20 when neither first nor last is given', async () => {
    const page = await statementsPage({});
    expect(ids(page)).toEqual(ids(all).slice(0, 20));
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('answers first: 0 and a cursor past the end with an empty page', async () => {
    const none = await statementsPage({ first: 0 });
    expect(none).toMatchObject({ totalCount: 28, edges: [], pageInfo: { hasNextPage: true, startCursor: null, endCursor: null } });
    const past = await statementsPage({ first: 5, after: all.pageInfo.endCursor });
    expect(past).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });
});

describe('nested connections', () => {
  const NESTED = `query($first: Int, $after: String, $last: Int, $before: String) {
    articles(first: 100, orderBy: { field: TITLE }) {
      nodes { key statements(first: $first, after: $after, last: $last, before: $before) { ${PAGE} } }
    }
  }`;

  /** What a window selects from a list, as the Relay spec describes it. */
  function expected(list: Page['edges'], window: { first?: number; after?: number; last?: number; before?: number }) {
    let start = window.after === undefined ? 0 : window.after + 1;
    let end = window.before === undefined ? list.length : Math.min(window.before, list.length);
    if (window.first !== undefined) end = Math.min(end, start + window.first);
    if (window.last !== undefined) start = Math.max(start, end - window.last);
    end = Math.max(start, end);
    return {
      ids: list.slice(start, end).map((edge) => edge.node.id),
      hasPreviousPage: start > 0 && list.length > 0,
      hasNextPage: end < list.length,
    };
  }

  it('page every parent’s list by its own length, whatever the window', async () => {
    const full: { key: string; statements: Page }[] = (await data(NESTED, { first: 100 })).articles.nodes;
    expect(full.map((a) => a.statements.totalCount).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // Cursors are positions, so any list's cursor at position i names position i in every list.
    const longest = full.find((a) => a.statements.totalCount === 7)!.statements.edges;
    const windows = [
      { first: 2 },
      { first: 3, after: 1 },
      { first: 2, after: 4 },
      { last: 2 },
      { last: 3, before: 4 },
      { last: 2, before: 6 },
      { first: 4, before: 3 },
      { last: 4, after: 1 },
      { first: 2, after: 0, before: 5 },
      { first: 5, after: 2, last: 2 },
    ];
    for (const window of windows) {
      const variables = {
        ...window,
        after: window.after === undefined ? undefined : longest[window.after]!.cursor,
        before: window.before === undefined ? undefined : longest[window.before]!.cursor,
      };
      const paged: { key: string; statements: Page }[] = (await data(NESTED, variables)).articles.nodes;
      for (const [i, article] of paged.entries()) {
        const want = expected(full[i]!.statements.edges, window);
        const context = `${article.key} ${JSON.stringify(window)}`;
        expect(ids(article.statements), context).toEqual(want.ids);
        expect(article.statements.totalCount, context).toBe(full[i]!.statements.totalCount);
        expect(article.statements.pageInfo, context).toMatchObject({
          hasPreviousPage: want.hasPreviousPage,
          hasNextPage: want.hasNextPage,
        });
      }
    }
  });

  it('page backwards through a nested list to the start', async () => {
    const query = `query($before: String) { person(name: "Pager 1 Speaker 0") { statements(last: 2, before: $before) { ${PAGE} } } }`;
    const all: Page = (await data(`{ person(name: "Pager 1 Speaker 0") { statements(first: 100) { ${PAGE} } } }`)).person
      .statements;
    expect(all.totalCount).toBeGreaterThan(4);
    const seen: string[][] = [];
    let before: string | null = null;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(20);
      const page: Page = (await data(query, { before })).person.statements;
      seen.unshift(ids(page));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(seen.flat()).toEqual(ids(all));
  });
});

describe('bad pagination arguments', () => {
  it.each([
    ['first above the limit', `{ statements(first: 101) { totalCount } }`, /first.*100/],
    ['last above the limit', `{ persons(last: 500) { totalCount } }`, /last.*100/],
    ['a negative first', `{ articles(first: -1) { totalCount } }`, /first/],
    ['a nested first above the limit', `{ articles(first: 1) { nodes { statements(first: 1000) { totalCount } } } }`, /first.*100/],
    ['a cursor that is not one', `{ statements(after: "not-a-cursor") { totalCount } }`, /after/],
    ['a global ID as a cursor', `{ statements(before: "UGVyc29uOjE=") { totalCount } }`, /before/],
    ['a cursor with a negative position', `{ statements(after: "YXJyYXljb25uZWN0aW9uOi0x") { totalCount } }`, /after/],
  ])('%s is a BAD_USER_INPUT error that says what is wrong', async (_what, query, message) => {
    const { body } = await server.query(query);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
  });
});
