// The README's questions, asked of a real server over HTTP on the seeded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  const { articles } = await data(`{ articles(first: 100) { id key } }`);
  return articles.find((a: { key: string }) => a.key === SEED_KEY).id;
}

describe('who said what', () => {
  it('answers who said what about Kadyrov, finding him by surname', async () => {
    const { person } = await data(`{
      person(name: "Kadyrov") {
        name aliases
        statements { verb kind text }
        statementsAbout { text speaker { __typename ... on Person { name } ... on UnnamedSource { label } } }
      }
    }`);
    expect(person.name).toBe('Ramzan Kadyrov');
    expect(person.aliases).toContain('Kadyrov');
    expect(person.statements.map((s: { verb: string }) => s.verb)).toEqual(
      expect.arrayContaining(['accused', 'said', 'denied']),
    );
    expect(person.statementsAbout).toContainEqual({
      text: 'Kadyrov has used threats and abuses to maintain control over Chechnya, the site of two post-Soviet separatist wars and years of insurgent violence stemming from the conflicts since Putin appointed him to head the region in 2007',
      speaker: { __typename: 'UnnamedSource', label: 'Human rights groups' },
    });
  });

  it('gives the sanctions on Kadyrov with authority, measures and law', async () => {
    const { person } = await data(`{
      person(name: "Ramzan Kadyrov") {
        sanctions { authority { name } measures legalBasis { name year } target { name } }
      }
    }`);
    expect(person.sanctions).toContainEqual({
      authority: { name: 'U.S. Treasury Department' },
      measures: ['FINANCIAL', 'TRAVEL'],
      legalBasis: { name: 'Magnitsky Act', year: 2012 },
      target: { name: 'Ramzan Kadyrov' },
    });
    expect(person.sanctions.filter((s: { measures: string[] }) => s.measures.includes('ACCOUNT_BLOCK'))).toHaveLength(2);
  });

  it('lists every statement of the seed article, each span slicing the body exactly', async () => {
    const id = await seedArticleId();
    const { article } = await data(
      `query($id: ID!) { article(id: $id) {
        title outlet body contributors { name kind }
        statements {
          verb kind text date dateText
          span { start end text } sentence { start end text } speakerSpan { start end text }
          speaker { __typename ... on Person { name } ... on Organization { name } ... on UnnamedSource { label } }
        }
        mentions { text span { start end text } entity { __typename name } }
      } }`,
      { id },
    );
    expect(article.title).toBe(
      'Russian Telecoms Watchdog Demands Explanation From Facebook, Instagram Over Blocked Kadyrov Accounts',
    );
    expect(article.outlet).toBe('RFE/RL');
    expect(article.contributors.map((c: { name: string }) => c.name).sort()).toEqual(['Interfax', 'TASS']);
    expect(article.statements.length).toBeGreaterThan(10);
    for (const s of article.statements) {
      for (const span of [s.span, s.sentence, s.speakerSpan]) {
        expect(article.body.slice(span.start, span.end)).toBe(span.text);
      }
      expect(s.span.text).toBe(s.text);
    }
    for (const m of article.mentions) expect(article.body.slice(m.span.start, m.span.end)).toBe(m.text);
    const watchdog = article.statements.find((s: { speakerSpan: { text: string } }) =>
      s.speakerSpan.text.includes('press service'),
    );
    expect(watchdog).toMatchObject({
      kind: 'DIRECT',
      verb: 'said',
      dateText: 'On December 26',
      speaker: { __typename: 'Organization', name: 'Roskomnadzor' },
      speakerSpan: { text: 'the watchdog’s press service' },
    });
    const denials = article.statements.filter((s: { verb: string }) => s.verb === 'denied');
    expect(denials.map((s: { speaker: { name: string } }) => s.speaker.name).sort()).toEqual(['Kremlin', 'Ramzan Kadyrov']);
  });

  it('walks the graph in both directions', async () => {
    const { organization } = await data(`{
      organization(name: "U.S. Treasury") {
        name kind country
        sanctionsImposed {
          target { ... on Person { name statements { article { sanctions { authority { name } } } } } }
          article { key }
        }
      }
    }`);
    expect(organization.name).toBe('U.S. Treasury Department');
    const [sanction] = organization.sanctionsImposed;
    expect(sanction.article.key).toBe(SEED_KEY);
    expect(sanction.target.name).toBe('Ramzan Kadyrov');
    expect(sanction.target.statements[0].article.sanctions.map((s: { authority: { name: string } }) => s.authority.name)).toContain(
      'U.S. Treasury Department',
    );
    const { organization: instagram } = await data(`{ organization(name: "Instagram") { parent { name children { name } } } }`);
    expect(instagram.parent.name).toBe('Facebook');
    expect(instagram.parent.children.map((c: { name: string }) => c.name)).toContain('Instagram');
    const { person } = await data(`{ person(name: "Dzhambulat Umarov") { affiliations { role span { text } article { key } } } }`);
    expect(person.affiliations[0]).toMatchObject({ role: "Chechnya's press and information minister", article: { key: SEED_KEY } });
  });

  it('finds persons and organizations by part of a name or alias, ignoring case and accents', async () => {
    const { persons } = await data(`{ persons(name: "KADYROV") { name } }`);
    expect(persons.map((p: { name: string }) => p.name)).toContain('Ramzan Kadyrov');
    const { organizations } = await data(`{ organizations(name: "watchdog") { name } }`);
    expect(organizations.map((o: { name: string }) => o.name)).toEqual(['Roskomnadzor']);
    const { statements } = await data(`{ statements(text: "VILE SABOTAGE", first: 5) { text kind speaker { ... on Person { name } } } }`);
    expect(statements).toEqual([{ text: 'vile sabotage cyberattack', kind: 'DIRECT', speaker: { name: 'Dzhambulat Umarov' } }]);
  });

  it('returns null for a missing record', async () => {
    expect(await data(`{ article(id: "999999") { id } person(name: "Nobody Atall") { id } }`)).toEqual({
      article: null,
      person: null,
    });
  });
});

describe('bad input', () => {
  it.each([
    ['a malformed id', `{ article(id: "abc") { id } }`],
    ['a page size above the limit', `{ statements(first: 1000) { id } }`],
    ['a negative offset', `{ persons(offset: -1) { id } }`],
    ['both id and name', `{ person(id: "1", name: "Kadyrov") { id } }`],
  ])('%s is a BAD_USER_INPUT error', async (_what, query) => {
    const { body } = await server.query(query);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a wrong argument type and an unknown field are rejected with their codes', async () => {
    const typed = await server.query(`{ statements(first: "ten") { id } }`);
    expect(typed.status).toBe(400);
    expect(typed.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const parse = await server.query(`{ statements { `);
    expect(parse.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('production mode', () => {
  let production: TestServer;
  beforeAll(async () => {
    production = await startTestServer({ seedsDir: null, production: true });
  });
  afterAll(() => production?.close());

  it('shows no stack trace for bad input', async () => {
    const { body } = await production.query(`{ article(id: "-1") { id } }`);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('hides internal errors behind a generic message', async () => {
    // A table gone from under the server makes the database fail the query.
    await production.db.$executeRawUnsafe('DROP TABLE "SanctionMeasure"');
    await production.db.$executeRawUnsafe('DROP TABLE "Sanction"');
    const { body } = await production.query(`{ sanctions(first: 1) { id } }`);
    expect(body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(body)).not.toMatch(/stack|prisma|SELECT|no such table|does not exist/i);
  });
});
