// The N+1 rule: SQL statements per request grow with the depth of the query, not with
// the number of rows it returns nor with the size of the pages of its connections.
import { Kind, parse, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
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

async function sqlFor(query: string, first: number | string[]): Promise<number> {
  server.resetSqlCount();
  const { body } = await server.query(query, Array.isArray(first) ? { ids: first } : { first });
  expect(body.errors).toBeUndefined();
  return server.sqlCount();
}

// Every nested connection takes the page size too, so a level with 50 parents pages 50
// lists of up to 50 items each.
const nestedQueries = {
  'article → statements → speaker → statements → about': `query($first: Int) {
    articles(first: $first) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes {
        title
        statements(first: $first) {
          totalCount pageInfo { hasNextPage }
          edges { cursor node {
            text
            speaker { ... on Person { name aliases statements(first: $first) { totalCount nodes { text about(first: $first) { nodes { name } } } } } }
            about(first: $first) { totalCount nodes { name } }
          } }
        }
      }
    }
  }`,
  'the same, paged backwards': `query($first: Int) {
    articles(last: $first) {
      nodes {
        statements(last: $first) {
          pageInfo { hasPreviousPage }
          nodes { speaker { ... on Person { statements(last: $first) { nodes { about(last: $first) { nodes { name } } } } } } }
        }
      }
    }
  }`,
  'statement → speaker → sanctions → authority → sanctionsImposed': `query($first: Int) {
    statements(first: $first) {
      nodes {
        speaker { ... on Person { sanctions(first: $first) { nodes { measures legalBasis { name } authority { name sanctionsImposed(first: $first) { totalCount nodes { target { name } } } } } } } }
        article { title contributors(first: $first) { nodes { name } } }
      }
    }
  }`,
  'person → statementsAbout → article → mentions → entity': `query($first: Int) {
    persons(first: $first) {
      nodes {
        name
        statementsAbout(first: $first) { nodes { speaker { ... on Person { name } } article { mentions(first: $first) { nodes { entity { name } } } } } }
        mentions(first: $first) { totalCount nodes { article { title } } }
        affiliations(first: $first) { nodes { role } }
      }
    }
  }`,
  'organization → sanctionsImposed → target → statements': `query($first: Int) {
    organizations(first: $first) {
      nodes {
        name
        sanctionsImposed(first: $first) { nodes { target { ... on Person { statements(first: $first) { nodes { article { title } } } } } legalBasis { sanctions(first: $first) { nodes { id } } } } }
        members(first: $first) { nodes { person { name } } }
        children(first: $first) { nodes { name } }
        parent { name }
      }
    }
  }`,
  'legal bases → sanctions → target → sanctions': `query($first: Int) {
    legalBases(first: $first) {
      nodes { sanctions(first: $first) { totalCount nodes { target { name ... on Person { sanctions(first: $first) { totalCount } } } } } }
    }
  }`,
  'search → hit → speaker → statements': `query($first: Int) {
    search(query: "statement number", first: $first) {
      totalCount
      nodes {
        score snippet { text } highlights { start }
        hit { ... on Statement { speaker { ... on Person { statements(first: $first) { totalCount nodes { text } } } } } }
        article { statements(first: $first) { totalCount } }
      }
    }
  }`,
};

/**
 * An upper bound on the SQL statements a query may cost that depends on its shape only:
 * at most one statement per object field (a by-id loader), and per connection one for
 * its length (totalCount, pageInfo) and two for its items (the page of ids, the rows).
 * Exceeding it means some level loads per row. Which loads of one table share a batch can
 * vary from run to run (two paths of a query reach it at about the same time, or not), so
 * the exact count is not compared between page sizes.
 */
function sqlBudget(query: string): number {
  const fields = (set: SelectionSetNode | undefined): FieldNode[] =>
    (set?.selections ?? []).flatMap((s) =>
      s.kind === Kind.FIELD ? [s] : s.kind === Kind.INLINE_FRAGMENT ? fields(s.selectionSet) : [],
    );
  const cost = (set: SelectionSetNode | undefined): number =>
    fields(set).reduce((sum, field) => {
      if (!field.selectionSet) return sum;
      const names = new Set(fields(field.selectionSet).map((f) => f.name.value));
      const connection = ['edges', 'nodes', 'totalCount', 'pageInfo'].some((name) => names.has(name));
      if (!connection) return sum + 1 + cost(field.selectionSet);
      const own = (names.has('totalCount') || names.has('pageInfo') ? 1 : 0) + (names.has('edges') || names.has('nodes') ? 2 : 0);
      return sum + own + cost(field.selectionSet);
    }, 0);
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  return cost(operation.selectionSet);
}

it.each(Object.entries(nestedQueries))('%s: the same SQL budget for pages of 1, 10 and 50', async (_name, query) => {
  const budget = sqlBudget(query);
  const counts = [await sqlFor(query, 1), await sqlFor(query, 10), await sqlFor(query, 50)];
  expect(counts[0]).toBeGreaterThan(3);
  for (const count of counts) expect(count).toBeLessThanOrEqual(budget);
});

it('counts the statements made, statements about and sanctions received of 50 persons in 4 statements', async () => {
  const query = `query($first: Int) {
    persons(first: $first) { nodes { name statements { totalCount } statementsAbout { totalCount } sanctions { totalCount } } }
  }`;
  // One for the page of persons, one GROUP BY per count.
  expect(await sqlFor(query, 50)).toBe(4);
  const { body } = await server.query(query, { first: 50 });
  const persons = body.data.persons.nodes;
  expect(persons).toHaveLength(28);
  expect(persons.reduce((sum: number, p: { statements: { totalCount: number } }) => sum + p.statements.totalCount, 0)).toBe(200);
});

it('fetches nodes of several types in one statement per type', async () => {
  const { body } = await server.query(`{ statements(first: 50) { nodes { id article { id } } } }`);
  const ids = body.data.statements.nodes.flatMap((s: { id: string; article: { id: string } }) => [s.id, s.article.id]);
  expect(await sqlFor(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, ids.slice(0, 100))).toBe(2);
});

it('returns 50 rows of 4 when asked for 50', async () => {
  const { body } = await server.query(`{ articles(first: 50) { nodes { statements { totalCount nodes { id } } } } }`);
  expect(body.data.articles.nodes).toHaveLength(50);
  expect(
    body.data.articles.nodes.every(
      (a: { statements: { totalCount: number; nodes: unknown[] } }) => a.statements.nodes.length === 4 && a.statements.totalCount === 4,
    ),
  ).toBe(true);
});
