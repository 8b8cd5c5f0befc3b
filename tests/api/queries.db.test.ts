// The README's questions, asked of a real server over HTTP on the seeded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from 'graphql-relay';
import { persistSynthetic } from '../helpers/factories.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SEED_KEY = '000_984c4992309c9591';

async function data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { status, body } = await server.query<T>(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data!;
}

async function seedArticleId(): Promise<string> {
  const { articles } = await data(`{ articles(first: 100) { nodes { id key } } }`);
  return articles.nodes.find((a: { key: string }) => a.key === SEED_KEY).id;
}

describe('who said what', () => {
  it('answers who said what about Kadyrov and who sanctioned him, in one query, finding him by surname', async () => {
    const { person } = await data(`{
      person(name: "Kadyrov") {
        name aliases
        statements(first: 100) { totalCount nodes { verb kind text } }
        statementsAbout(first: 100) {
          totalCount
          nodes { text speaker { __typename ... on Person { name } ... on UnnamedSource { label } } }
        }
        sanctions(first: 100) {
          totalCount
          nodes { authority { name } legalBasis { name year } measures target { name } }
        }
      }
    }`);
    expect(person.name).toBe('Ramzan Kadyrov');
    expect(person.aliases).toContain('Kadyrov');
    expect(person.statements.totalCount).toBe(person.statements.nodes.length);
    expect(person.statements.nodes.map((s: { verb: string }) => s.verb)).toEqual(
      expect.arrayContaining(['accused', 'said', 'denied']),
    );
    expect(person.statementsAbout.nodes).toContainEqual({
      text: 'Kadyrov has used threats and abuses to maintain control over Chechnya, the site of two post-Soviet separatist wars and years of insurgent violence stemming from the conflicts since Putin appointed him to head the region in 2007',
      speaker: { __typename: 'UnnamedSource', label: 'Human rights groups' },
    });
    expect(person.sanctions.nodes).toContainEqual({
      authority: { name: 'U.S. Treasury Department' },
      measures: ['FINANCIAL', 'TRAVEL'],
      legalBasis: { name: 'Magnitsky Act', year: 2012 },
      target: { name: 'Ramzan Kadyrov' },
    });
    const blocks = person.sanctions.nodes.filter((s: { measures: string[] }) => s.measures.includes('ACCOUNT_BLOCK'));
    expect(blocks).toHaveLength(2);
  });

  it('lists every statement of the seed article, each span slicing the body exactly', async () => {
    const id = await seedArticleId();
    const { article } = await data(
      `query($id: ID!) { article(id: $id) {
        title outlet body contributors { nodes { name kind } }
        statements(first: 100) { totalCount nodes {
          verb kind text date dateText
          span { start end text } sentence { start end text } speakerSpan { start end text }
          speaker { __typename ... on Person { name } ... on Organization { name } ... on UnnamedSource { label } }
        } }
        mentions(first: 100) { nodes { text span { start end text } entity { __typename name } } }
      } }`,
      { id },
    );
    expect(article.title).toBe(
      'Russian Telecoms Watchdog Demands Explanation From Facebook, Instagram Over Blocked Kadyrov Accounts',
    );
    expect(article.outlet).toBe('RFE/RL');
    expect(article.contributors.nodes.map((c: { name: string }) => c.name)).toEqual(['Interfax', 'TASS']);
    const statements = article.statements.nodes;
    expect(statements.length).toBeGreaterThan(10);
    expect(article.statements.totalCount).toBe(statements.length);
    for (const s of statements) {
      for (const span of [s.span, s.sentence, s.speakerSpan]) {
        expect(article.body.slice(span.start, span.end)).toBe(span.text);
      }
      expect(s.span.text).toBe(s.text);
    }
    // Text order.
    const starts = statements.map((s: { span: { start: number } }) => s.span.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (const m of article.mentions.nodes) expect(article.body.slice(m.span.start, m.span.end)).toBe(m.text);
    const watchdog = statements.find((s: { speakerSpan: { text: string } }) => s.speakerSpan.text.includes('press service'));
    expect(watchdog).toMatchObject({
      kind: 'DIRECT',
      verb: 'said',
      dateText: 'On December 26',
      speaker: { __typename: 'Organization', name: 'Roskomnadzor' },
      speakerSpan: { text: 'the watchdog’s press service' },
    });
    const denials = statements.filter((s: { verb: string }) => s.verb === 'denied');
    expect(denials.map((s: { speaker: { name: string } }) => s.speaker.name).sort()).toEqual(['Kremlin', 'Ramzan Kadyrov']);
  });

  it('walks the graph in both directions', async () => {
    const { organization } = await data(`{
      organization(name: "U.S. Treasury") {
        name kind country
        sanctionsImposed { nodes {
          target { ... on Person { name statements(first: 1) { nodes { article { sanctions { nodes { authority { name } } } } } } } }
          article { key }
        } }
      }
    }`);
    expect(organization.name).toBe('U.S. Treasury Department');
    const sanction = organization.sanctionsImposed.nodes.find((s: { article: { key: string } }) => s.article.key === SEED_KEY);
    expect(sanction.target.name).toBe('Ramzan Kadyrov');
    const authorities = sanction.target.statements.nodes[0].article.sanctions.nodes.map(
      (s: { authority: { name: string } }) => s.authority.name,
    );
    expect(authorities).toContain('U.S. Treasury Department');
    const { organization: instagram } = await data(
      `{ organization(name: "Instagram") { parent { name children { nodes { name } } } } }`,
    );
    expect(instagram.parent.name).toBe('Facebook');
    expect(instagram.parent.children.nodes.map((c: { name: string }) => c.name)).toContain('Instagram');
    const { person } = await data(
      `{ person(name: "Dzhambulat Umarov") { affiliations { nodes { role span { text } article { key } } } } }`,
    );
    expect(person.affiliations.nodes[0]).toMatchObject({
      role: "Chechnya's press and information minister",
      article: { key: SEED_KEY },
    });
  });

  it('finds persons, organizations and statements by part of a name, an alias or the words', async () => {
    const { persons } = await data(`{ persons(filter: { name: "KADYROV" }) { nodes { name } } }`);
    expect(persons.nodes.map((p: { name: string }) => p.name)).toContain('Ramzan Kadyrov');
    const { organizations } = await data(`{ organizations(filter: { name: "telecommunications watchdog" }) { nodes { name } } }`);
    expect(organizations.nodes.map((o: { name: string }) => o.name)).toEqual(['Roskomnadzor']);
    const { statements } = await data(
      `{ statements(filter: { text: "VILE SABOTAGE" }, first: 5) { nodes { text kind speaker { ... on Person { name } } } } }`,
    );
    expect(statements.nodes).toEqual([{ text: 'vile sabotage cyberattack', kind: 'DIRECT', speaker: { name: 'Dzhambulat Umarov' } }]);
  });

  it('finds statements and articles by full-text search, with the words highlighted', async () => {
    const { search } = await data(`{
      search(query: "sabotage", first: 5) {
        nodes { hit { __typename } highlightedSnippet(open: "*", close: "*") article { key } }
      }
    }`);
    expect(search.nodes[0]).toEqual({
      hit: { __typename: 'Statement' },
      highlightedSnippet: 'vile *sabotage* cyberattack',
      article: { key: SEED_KEY },
    });
  });

  it('returns null for a name of no one, and NOT_FOUND for an ID of nothing', async () => {
    expect(await data(`{ person(name: "Nobody Atall") { id } }`)).toEqual({ person: null });
    const { body } = await server.query(`{ article(id: "${toGlobalId('Article', '999999')}") { id } }`);
    expect(body.data).toEqual({ article: null });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('bad input', () => {
  it.each([
    ['a malformed id', `{ article(id: "abc") { id } }`],
    ['a page size above the limit', `{ statements(first: 1000) { totalCount } }`],
    ['a negative page size', `{ persons(last: -1) { totalCount } }`],
    ['both id and name', `{ person(id: "1", name: "Kadyrov") { id } }`],
  ])('%s is a BAD_USER_INPUT error, without a stack trace', async (_what, query) => {
    const { body } = await server.query(query);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\s+at /);
  });

  it('a wrong argument type and an unknown field are rejected with their codes, without a stack trace', async () => {
    const typed = await server.query(`{ statements(first: "ten") { totalCount } }`);
    expect(typed.status).toBe(400);
    expect(typed.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    const unknown = await server.query(`{ nope }`);
    expect(unknown.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    const parse = await server.query(`{ statements { `);
    expect(parse.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('a body that is not JSON is a BAD_REQUEST GraphQL error, without a stack trace', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('production mode', () => {
  let production: TestServer;
  beforeAll(async () => {
    production = await startTestServer({ seedsDir: null, production: true });
    await persistSynthetic(production.db, { key: 'production', statements: 2 });
  });
  afterAll(() => production?.close());

  it('shows no stack trace for bad input or a missing object', async () => {
    const bad = await production.query(`{ article(id: "-1") { id } }`);
    expect(bad.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
    const missing = await production.query(`{ statement(id: "${toGlobalId('Statement', '5')}") { id } }`);
    expect(missing.body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', argument: 'id' });
  });

  it('hides internal errors behind a generic message', async () => {
    // A table gone from under the server makes the database fail the query.
    await production.db.$executeRawUnsafe('DROP TABLE "SanctionMeasure"');
    await production.db.$executeRawUnsafe('DROP TABLE "Sanction"');
    for (const query of [`{ sanctions(first: 1) { totalCount } }`, `{ articles { nodes { sanctions { totalCount } } } }`]) {
      const { body } = await production.query(query);
      expect(body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(body)).not.toMatch(/stack|prisma|SELECT|no such table|does not exist/i);
    }
  });
});
