// The N+1 rule: SQL statements per request grow with the depth of the query, not
// with the number of rows it returns.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { persistSynthetic } from '../helpers/factories.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedsDir: null });
  for (let i = 0; i < 50; i++) {
    await persistSynthetic(server.db, { key: `batch-${String(i).padStart(2, '0')}`, statements: 4, speakers: 4, prefix: `P${i % 7}` });
  }
});
afterAll(() => server?.close());

async function sqlFor(query: string, first: number): Promise<number> {
  server.resetSqlCount();
  const { body } = await server.query(query, { first });
  expect(body.errors).toBeUndefined();
  return server.sqlCount();
}

const nestedQueries = {
  'article → statements → speaker → statements → about': `query($first: Int) {
    articles(first: $first) {
      title
      statements {
        text
        speaker { ... on Person { name aliases statements { text about { name } } } }
        about { name }
      }
    }
  }`,
  'statement → speaker → sanctions → authority → sanctionsImposed': `query($first: Int) {
    statements(first: $first) {
      speaker { ... on Person { sanctions { measures legalBasis { name } authority { name sanctionsImposed { target { name } } } } } }
      article { title contributors { name } }
    }
  }`,
  'person → statementsAbout → article → mentions → entity': `query($first: Int) {
    persons(first: $first) {
      name
      statementsAbout { speaker { ... on Person { name } } article { mentions { entity { name } } } }
      mentions { article { title } }
      affiliations { role }
    }
  }`,
  'organization → sanctionsImposed → target → statements': `query($first: Int) {
    organizations(first: $first) {
      name
      sanctionsImposed { target { ... on Person { statements { article { title } } } } legalBasis { sanctions { id } } }
      members { person { name } }
      children { name }
      parent { name }
    }
  }`,
};

// Fifty rows may need fewer statements than one: rows a level loads for all parents
// can already hold what a deeper level asks for (the loaders prime each other).
it.each(Object.entries(nestedQueries))('%s: no more SQL for first: 50 than for first: 1', async (_name, query) => {
  const one = await sqlFor(query, 1);
  const fifty = await sqlFor(query, 50);
  expect(one).toBeGreaterThan(3);
  expect(fifty).toBeLessThanOrEqual(one);
});

it('returns 50 rows when asked for 50', async () => {
  const { body } = await server.query(`{ articles(first: 50) { statements { id } } }`);
  expect(body.data.articles).toHaveLength(50);
  expect(body.data.articles.every((a: { statements: unknown[] }) => a.statements.length === 4)).toBe(true);
});
