// Full-text search over HTTP, the same cases on SQLite (FTS5) and PostgreSQL (tsvector and
// GIN): which hits, in which order, with snippets and highlights whose offsets point into
// the article body, and an index that follows every write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../src/db/client.ts';
import { searchQueries } from '../../src/graphql/search/searchIndex.ts';
import { ArticleBuilder } from '../helpers/factories.ts';
import { persistNewsroom } from '../helpers/newsroom.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedsDir: null });
  await persistNewsroom(server.db);
});
afterAll(() => server?.close());

interface Result {
  score: number;
  hit: { __typename: 'Statement'; text: string; span: { start: number } } | { __typename: 'Article'; title: string };
  article: { title: string; body: string };
  snippet: { start: number; end: number; text: string };
  highlights: { start: number; end: number; text: string }[];
  titleHighlights: { start: number; end: number; text: string }[];
  highlightedSnippet: string;
}

const RESULT = `score
  hit { __typename ... on Statement { text span { start } } ... on Article { title } }
  article { title body }
  snippet { start end text }
  highlights { start end text }
  titleHighlights { start end text }
  highlightedSnippet(open: "<<", close: ">>")`;

interface Search {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  results: Result[];
}

async function search(query: string, more: Record<string, unknown> = {}): Promise<Search> {
  const { body } = await server.query(
    `query($query: String!, $kinds: [SearchHitKind!], $first: Int, $after: String) {
      search(query: $query, kinds: $kinds, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${RESULT} } }
      }
    }`,
    { query, first: 20, ...more },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const { totalCount, pageInfo, edges } = body.data.search;
  return { totalCount, pageInfo, results: edges.map((e: { node: Result }) => e.node) };
}

const label = (r: Result) => (r.hit.__typename === 'Article' ? `article: ${r.hit.title}` : `statement: ${r.hit.text}`);

describe('search', () => {
  it('ranks a headline and repeated matches above a single match in a long body', async () => {
    const { totalCount, results } = await search('pipeline');
    expect(totalCount).toBe(4);
    expect(results.map(label)).toEqual([
      'article: Pipeline inspectors find pipeline corrosion',
      'article: Valmora fines Brightline over pipeline leak',
      'statement: The pipeline leak was entirely preventable.',
      'article: Harbour traffic report',
    ]);
    const scores = results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(new Set(scores).size).toBe(scores.length);
  });

  it('ranks a short statement that matches above an article that mentions the word in passing', async () => {
    const { results } = await search('sanctions');
    expect(results.map(label)).toEqual(['statement: Further sanctions remain possible.', 'article: Ostland responds to the fine']);
  });

  it('finds every form of a word, ignoring case', async () => {
    const { results } = await search('FINED');
    expect(results.map(label)).toEqual([
      'article: Ostland responds to the fine',
      'article: Valmora fines Brightline over pipeline leak',
      'statement: We will appeal the fine.',
      'statement: the fine was far too small',
    ]);
    expect(results.flatMap((r) => r.highlights.map((h) => h.text.toLowerCase()))).toEqual(
      expect.arrayContaining(['fine', 'fines']),
    );
  });

  it('ignores accents', async () => {
    const { results } = await search('elodie marchetti');
    expect(results.map(label).sort()).toEqual([
      'article: Ostland responds to the fine',
      'article: Valmora fines Brightline over pipeline leak',
    ]);
    for (const result of results) expect(result.highlights.map((h) => h.text)).toContain('Élodie Marchetti');
  });

  it('requires every word, and quoted words as a phrase', async () => {
    expect((await search('pipeline corrosion')).results.map(label)).toEqual([
      'article: Pipeline inspectors find pipeline corrosion',
    ]);
    expect((await search('"pipeline leak"')).results.map(label)).toEqual([
      'article: Valmora fines Brightline over pipeline leak',
      'statement: The pipeline leak was entirely preventable.',
    ]);
    expect((await search('"leak pipeline"')).totalCount).toBe(0);
    expect((await search('pipeline zebra')).totalCount).toBe(0);
  });

  it('searches only the kinds asked for', async () => {
    const statements = await search('fine', { kinds: ['STATEMENT'] });
    expect(statements.results.map((r) => r.hit.__typename)).toEqual(['Statement', 'Statement']);
    const articles = await search('fine', { kinds: ['ARTICLE'] });
    expect(articles.results.map((r) => r.hit.__typename)).toEqual(['Article', 'Article']);
    expect((await search('fine', { kinds: [] })).totalCount).toBe(0);
  });

  it('gives snippets and highlights as offsets into the article body', async () => {
    const { results } = await search('pipeline leak');
    expect(results).toHaveLength(2);
    for (const result of results) {
      const { body, title } = result.article;
      expect(body.slice(result.snippet.start, result.snippet.end)).toBe(result.snippet.text);
      expect(result.snippet.text.length).toBeLessThanOrEqual(200);
      expect(result.highlights.length).toBeGreaterThan(0);
      for (const h of result.highlights) {
        expect(body.slice(h.start, h.end)).toBe(h.text);
        expect(h.start).toBeGreaterThanOrEqual(result.snippet.start);
        expect(h.end).toBeLessThanOrEqual(result.snippet.end);
      }
      for (const h of result.titleHighlights) expect(title.slice(h.start, h.end)).toBe(h.text);
    }
    const [article, statement] = results;
    expect(article!.highlights.map((h) => h.text)).toEqual(['pipeline leak', 'pipeline leak']); // headline line and statement
    expect(article!.titleHighlights.map((h) => h.text)).toEqual(['pipeline leak']);
    expect(statement!.snippet.text).toBe('The pipeline leak was entirely preventable.');
    expect(statement!.highlightedSnippet).toBe('The <<pipeline leak>> was entirely preventable.');
    expect(statement!.snippet.start).toBe((statement!.hit as { span: { start: number } }).span.start);
  });

  it('cuts a snippet of a long text around the first match, at word boundaries', async () => {
    const { results } = await search('jetty');
    expect(results).toHaveLength(1);
    const [harbour] = results;
    expect(harbour!.snippet.text.length).toBeLessThanOrEqual(200);
    expect(harbour!.snippet.text).toMatch(/^\S.*\S$/s);
    expect(harbour!.highlightedSnippet).toContain('<<jetty>>');
    const body = harbour!.article.body;
    expect(body[harbour!.snippet.start - 1]).toMatch(/\s/);
  });

  it('pages through hits without gaps or repeats', async () => {
    const all = await search('pipeline OR fine');
    const everything = await search('pipeline');
    const first = await search('pipeline', { first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await search('pipeline', { first: 3, after: first.pageInfo.endCursor });
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...first.results, ...rest.results].map(label)).toEqual(everything.results.map(label));
    expect(all.totalCount).toBe(0); // "or" is a word like any other: no text has all three.
  });

  it('takes query syntax as plain words', async () => {
    for (const query of ['pipeline*', 'NEAR(pipeline leak)', 'pipeline -leak', "pipeline's", 'title:pipeline', '"pipeline']) {
      const { body } = await server.query(`query($q: String!) { search(query: $q) { totalCount } }`, { q: query });
      expect(body.errors, query).toBeUndefined();
    }
  });

  it('refuses a query without words', async () => {
    const { body } = await server.query(`{ search(query: " -- !! ") { totalCount } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/word/);
  });
});

describe('the search index', () => {
  const count = async (query: string) => (await search(query)).totalCount;
  const article = (text: string) =>
    new ArticleBuilder('index-sync', { title: 'Zephyrine report', publishedAt: '2024-06-01' })
      .person('speaker', 'Ada Quill')
      .statement({ speaker: 'speaker', verb: 'said', kind: 'DIRECT', text });

  it('follows articles and statements as they are written, rewritten and deleted', async () => {
    await article('The zephyrine contract is void.').persist(server.db);
    expect(await count('zephyrine')).toBe(2);
    expect(await count('void')).toBe(2);

    const rewritten = await article('The contract stands.').persist(server.db);
    expect(rewritten.status).toBe('updated');
    expect(await count('void')).toBe(0);
    expect(await count('stands')).toBe(2);
    expect(await count('zephyrine')).toBe(1); // the headline

    await server.db.article.delete({ where: { id: rewritten.articleId } });
    expect(await count('zephyrine')).toBe(0);
    expect(await count('stands')).toBe(0);
  });

  it.runIf(process.env.WHOSAID_TEST_PROVIDER === 'postgresql')('is what PostgreSQL plans the search with', async () => {
    const sql = searchQueries('postgresql').count([['pipeline']], ['Statement', 'Article']);
    const plan = await server.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      return tx.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN ${sql}`);
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toContain('Statement_text_search_idx');
    expect(text).toContain('Article_search_idx');
  });
});
