// Global IDs over HTTP: every object's id fetches it again through node(id:) and
// nodes(ids:); lookups by ID say NOT_FOUND or null as documented, and a malformed ID is
// the client's error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from 'graphql-relay';
import { persistNewsroom } from '../helpers/newsroom.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedsDir: null });
  await persistNewsroom(server.db);
});
afterAll(() => server?.close());

async function data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { body } = await server.query<T>(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/** One object of every type, each with a field that shows it is that object. */
async function oneOfEach(): Promise<{ __typename: string; id: string; [field: string]: unknown }[]> {
  const { articles } = await data(`{
    articles(first: 1, orderBy: { field: PUBLISHED_AT, direction: ASC }) { nodes {
      __typename id title
      mentions(first: 1) { nodes { __typename id text } }
      affiliations(first: 1) { nodes { __typename id role } }
      sanctions(first: 1) { nodes { __typename id text legalBasis { __typename id name } } }
      statements(first: 100) { nodes {
        __typename id text
        speaker { __typename ... on Person { id name } ... on Organization { id name } ... on UnnamedSource { id label } }
      } }
    } }
  }`);
  const article = articles.nodes[0];
  const { mentions, affiliations, sanctions, statements, ...rest } = article;
  const [sanction] = sanctions.nodes;
  const { legalBasis, ...sanctionFields } = sanction;
  const speakers = new Map<string, object>();
  for (const s of statements.nodes) speakers.set(s.speaker.__typename, s.speaker);
  const organization = (await data(`{ organizations(first: 1) { nodes { __typename id name } } }`)).organizations.nodes[0];
  const statement = { ...statements.nodes[0] };
  delete statement.speaker;
  return [
    rest,
    mentions.nodes[0],
    affiliations.nodes[0],
    sanctionFields,
    legalBasis,
    statement,
    speakers.get('Person'),
    speakers.get('UnnamedSource'),
    organization,
  ];
}

const FIELDS = `__typename id
  ... on Article { title } ... on Mention { text } ... on Affiliation { role } ... on Sanction { text }
  ... on LegalBasis { name } ... on Statement { text } ... on Person { name } ... on UnnamedSource { label }
  ... on Organization { name }`;

describe('node', () => {
  it('fetches an object of every type again by its global ID', async () => {
    const objects = await oneOfEach();
    expect(new Set(objects.map((o) => o.__typename))).toEqual(
      new Set(['Article', 'Mention', 'Affiliation', 'Sanction', 'LegalBasis', 'Statement', 'Person', 'UnnamedSource', 'Organization']),
    );
    for (const object of objects) {
      const { node } = await data(`query($id: ID!) { node(id: $id) { ${FIELDS} } }`, { id: object.id });
      expect(node).toEqual(object);
    }
  });

  it('fetches many at once, in order, with null for IDs of no object', async () => {
    const objects = await oneOfEach();
    const missing = toGlobalId('Statement', '999999');
    const ids = [objects[3]!.id, missing, objects[0]!.id, objects[6]!.id];
    server.resetSqlCount();
    const { nodes } = await data(`query($ids: [ID!]!) { nodes(ids: $ids) { ${FIELDS} } }`, { ids });
    expect(nodes).toEqual([objects[3], null, objects[0], objects[6]]);
    // One statement per table, not one per ID.
    expect(server.sqlCount()).toBeLessThanOrEqual(4);
  });

  it('gives null for a well-formed ID of no object', async () => {
    expect(await data(`{ node(id: "${toGlobalId('Person', '999999')}") { id } }`)).toEqual({ node: null });
  });

  it('gives IDs that differ between types for the same row number', async () => {
    const { node: person } = await data(`{ node(id: "${toGlobalId('Person', '1')}") { id __typename } }`);
    const { node: organization } = await data(`{ node(id: "${toGlobalId('Organization', '1')}") { id __typename } }`);
    expect(person).toEqual({ id: toGlobalId('Person', '1'), __typename: 'Person' });
    expect(organization).toEqual({ id: toGlobalId('Organization', '1'), __typename: 'Organization' });
  });

  it.each([
    ['not base64', '%%%'],
    ['a bare row number', '1'],
    ['an unknown type', toGlobalId('Planet', '1')],
    ['a row id that is not a number', toGlobalId('Person', 'abc')],
    ['a row id of zero', toGlobalId('Person', '0')],
  ])('refuses an ID that is %s', async (_what, id) => {
    const { body } = await server.query(`query($id: ID!) { node(id: $id) { id } }`, { id });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain('not a valid ID');
  });

  it('refuses more than 100 IDs at once', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => toGlobalId('Person', String(i + 1)));
    const { body } = await server.query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/at most 100/);
  });
});

describe('root fields that take an ID', () => {
  it.each(['article', 'statement', 'sanction', 'person', 'organization'])(
    '%s(id:) of no object is a NOT_FOUND error',
    async (field) => {
      const type = field[0]!.toUpperCase() + field.slice(1);
      const { body } = await server.query(`{ ${field}(id: "${toGlobalId(type, '999999')}") { id } }`);
      expect(body.data).toEqual({ [field]: null });
      expect(body.errors?.[0]).toMatchObject({ path: [field], extensions: { code: 'NOT_FOUND' } });
    },
  );

  it('an ID of another type is a BAD_USER_INPUT error that names both types', async () => {
    const { body } = await server.query(`{ article(id: "${toGlobalId('Person', '1')}") { id } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/Person.*Article/);
  });

  it('a name of no one gives null, without an error', async () => {
    const { body } = await server.query(`{ person(name: "Nobody Atall") { id } organization(name: "Nothing Inc") { id } }`);
    expect(body).toEqual({ data: { person: null, organization: null } });
  });

  it('find what node finds', async () => {
    const { person } = await data(`{ person(name: "Marchetti") { id name } }`);
    expect(await data(`query($id: ID!) { person(id: $id) { id name } }`, { id: person.id })).toEqual({ person });
  });
});
