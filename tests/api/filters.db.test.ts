// Every filter and ordering of the root connections, over HTTP, on the newsroom articles
// (tests/helpers/newsroom.ts): what each condition keeps, and in which order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persistNewsroom } from '../helpers/newsroom.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
/** Global IDs by name (persons, organizations, unnamed sources, laws) and by article key. */
const id: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ seedsDir: null });
  await persistNewsroom(server.db);
  const all = await data(`{
    persons(first: 100) { nodes { id name } }
    organizations(first: 100) { nodes { id name } }
    legalBases { nodes { id name } }
    articles(first: 100) { nodes { id key } }
    statements(first: 100) { nodes { speaker { ... on UnnamedSource { id label } } } }
  }`);
  for (const { id: gid, name } of [...all.persons.nodes, ...all.organizations.nodes, ...all.legalBases.nodes]) id[name] = gid;
  for (const { id: gid, key } of all.articles.nodes) id[key] = gid;
  for (const { speaker } of all.statements.nodes) if (speaker.label) id[speaker.label] = speaker.id;
});
afterAll(() => server?.close());

async function data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { body } = await server.query<T>(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

async function statements(filter: Record<string, unknown>, orderBy?: Record<string, unknown>): Promise<string[]> {
  const result = await data(
    `query($filter: StatementFilter, $orderBy: StatementOrder) {
      statements(filter: $filter, orderBy: $orderBy, first: 100) { totalCount nodes { text } }
    }`,
    { filter, ...(orderBy && { orderBy }) },
  );
  expect(result.statements.totalCount).toBe(result.statements.nodes.length);
  return result.statements.nodes.map((s: { text: string }) => s.text);
}

const A1 = 'The pipeline leak was entirely preventable.';
const A2 = 'Brightline had ignored the warnings';
const A3 = 'the fine was far too small';
const B1 = 'We will appeal the fine.';
const B2 = 'Further sanctions remain possible.';
const B3 = 'Brightline Shipping of hiding inspection reports';
const C1 = 'the inspections were overdue';
const C2 = 'the company would cooperate';
const D1 = 'ferry operators had met every safety requirement';

describe('statements', () => {
  it('come in article order by default', async () => {
    expect(await statements({})).toEqual([A1, A2, A3, B1, B2, B3, C1, C2, D1]);
  });

  it.each([
    ['a person speaker by ID', () => ({ speaker: id['Tomas Rieger'] }), [A2, B1, C2]],
    ['an organization speaker by ID', () => ({ speaker: id['Valmora Energy Regulator'] }), [B2, D1]],
    ['an unnamed speaker by ID', () => ({ speaker: id['environmental groups'] }), [A3, C1]],
    ['a speaker by alias', () => ({ speakerName: 'Marchetti' }), [A1, B3]],
    ['a speaker by name, ignoring case and accents', () => ({ speakerName: 'ELODIE marchetti' }), [A1, B3]],
    ['an organization speaker by alias', () => ({ speakerName: 'The Energy Watchdog' }), [B2, D1]],
    ['an unnamed speaker by label', () => ({ speakerName: 'Environmental Groups' }), [A3, C1]],
    ['a speaker nobody is', () => ({ speakerName: 'Nobody' }), []],
    ['what they are about, by ID', () => ({ about: id['Brightline'] }), [A1, A2, C1]],
    ['what they are about, by alias', () => ({ aboutName: 'marchetti' }), [A2]],
    ['an organization they are about, by alias', () => ({ aboutName: 'energy watchdog' }), [A3, B1, C2]],
    ['the reporting verb', () => ({ verb: 'said' }), [A1, A3, B1, D1]],
    ['direct quotes', () => ({ kind: 'DIRECT' }), [A1, B1, B2]],
    ['paraphrases', () => ({ kind: 'INDIRECT' }), [A2, A3, B3, C1, C2, D1]],
    ['the article', () => ({ article: id['newsroom-b'] }), [B1, B2, B3]],
    ['dates from a day on', () => ({ dateFrom: '2024-04-01' }), [B1, B2, C1, C2]],
    ['dates up to a day, that day included', () => ({ dateTo: '2024-03-10' }), [A1, A2]],
    ['a date range', () => ({ dateFrom: '2024-03-10', dateTo: '2024-04-01' }), [A2, B1]],
    ['words in the text, ignoring case', () => ({ text: 'FAR TOO' }), [A3]],
    ['several conditions at once', () => ({ speakerName: 'Rieger', kind: 'DIRECT' }), [B1]],
  ])('filter by %s', async (_what, filter, expected) => {
    expect(await statements(filter())).toEqual(expected);
  });

  it.each([
    [{ field: 'ARTICLE', direction: 'DESC' }, [D1, C2, C1, B3, B2, B1, A3, A2, A1]],
    [{ field: 'DATE', direction: 'ASC' }, [A1, A2, B1, B2, C1, C2, A3, B3, D1]],
    [{ field: 'DATE', direction: 'DESC' }, [C2, C1, B2, B1, A2, A1, D1, B3, A3]],
  ])('order by %j', async (orderBy, expected) => {
    expect(await statements({}, orderBy)).toEqual(expected);
  });

  it('refuse an ID that is not one, or names an object of the wrong type', async () => {
    for (const filter of [{ speaker: 'nonsense' }, { about: id['newsroom-a'] }, { article: id['Brightline'] }]) {
      const { body } = await server.query(`query($filter: StatementFilter) { statements(filter: $filter) { totalCount } }`, {
        filter,
      });
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('persons and organizations', () => {
  const persons = async (args: string) =>
    (await data(`{ persons(first: 100, ${args}) { nodes { name } } }`)).persons.nodes.map((p: { name: string }) => p.name);
  const organizations = async (args: string) =>
    (await data(`{ organizations(first: 100, ${args}) { nodes { name } } }`)).organizations.nodes.map((o: { name: string }) => o.name);

  it('filter by part of a name or alias, ignoring case and accents', async () => {
    expect(await persons(`filter: { name: "MARC" }`)).toEqual(['Élodie Marchetti']);
    expect(await persons(`filter: { name: "elodie" }`)).toEqual(['Élodie Marchetti']);
    expect(await organizations(`filter: { name: "watchdog" }`)).toEqual(['Valmora Energy Regulator']);
    expect(await organizations(`filter: { name: "bright" }`)).toEqual(['Brightline', 'Brightline Shipping']);
  });

  it('filter by kind and country', async () => {
    expect(await persons(`filter: { country: "Ostland" }`)).toEqual(['Tomas Rieger']);
    expect(await organizations(`filter: { kind: COMPANY }`)).toEqual(['Brightline', 'Brightline Shipping']);
    expect(await organizations(`filter: { country: "Valmora" }`)).toEqual(['Valmora Energy Regulator']);
    expect(await organizations(`filter: { kind: COMPANY, name: "shipping" }`)).toEqual(['Brightline Shipping']);
  });

  it('order by name, ignoring accents, either way', async () => {
    expect(await persons(``)).toEqual(['Élodie Marchetti', 'Tomas Rieger']);
    expect(await persons(`orderBy: { field: NAME, direction: DESC }`)).toEqual(['Tomas Rieger', 'Élodie Marchetti']);
    expect(await organizations(``)).toEqual(['Brightline', 'Brightline Shipping', 'North Wire', 'Valmora Energy Regulator']);
  });

  it('order by number of statements made, then by name', async () => {
    expect(await persons(`orderBy: { field: STATEMENT_COUNT, direction: DESC }`)).toEqual(['Tomas Rieger', 'Élodie Marchetti']);
    expect(await persons(`orderBy: { field: STATEMENT_COUNT, direction: ASC }`)).toEqual(['Élodie Marchetti', 'Tomas Rieger']);
    expect(await organizations(`orderBy: { field: STATEMENT_COUNT, direction: DESC }`)).toEqual([
      'Valmora Energy Regulator',
      'Brightline',
      'Brightline Shipping',
      'North Wire',
    ]);
  });

  it('show the counts a client puts next to a name', async () => {
    const { persons } = await data(`{
      persons(orderBy: { field: NAME }) {
        nodes { name statements { totalCount } statementsAbout { totalCount } sanctions { totalCount } }
      }
    }`);
    expect(persons.nodes).toEqual([
      { name: 'Élodie Marchetti', statements: { totalCount: 2 }, statementsAbout: { totalCount: 1 }, sanctions: { totalCount: 0 } },
      { name: 'Tomas Rieger', statements: { totalCount: 3 }, statementsAbout: { totalCount: 0 }, sanctions: { totalCount: 1 } },
    ]);
  });
});

describe('sanctions', () => {
  const sanctions = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>) =>
    (
      await data(
        `query($filter: SanctionFilter, $orderBy: SanctionOrder) {
          sanctions(filter: $filter, orderBy: $orderBy) { nodes { target { name } } }
        }`,
        { filter, ...(orderBy && { orderBy }) },
      )
    ).sanctions.nodes.map((s: { target: { name: string } }) => s.target.name);

  it.each([
    ['nothing', () => ({}), ['Brightline', 'Tomas Rieger', 'Brightline Shipping']],
    ['authority', () => ({ authority: id['Valmora Energy Regulator'] }), ['Brightline', 'Tomas Rieger', 'Brightline Shipping']],
    ['an authority that imposed none', () => ({ authority: id['Brightline'] }), []],
    ['a person target', () => ({ target: id['Tomas Rieger'] }), ['Tomas Rieger']],
    ['an organization target', () => ({ target: id['Brightline'] }), ['Brightline']],
    ['legal basis', () => ({ legalBasis: id['Pipeline Safety Act'] }), ['Brightline', 'Brightline Shipping']],
    ['measure', () => ({ measure: 'TRAVEL' }), ['Tomas Rieger']],
    ['article', () => ({ article: id['newsroom-c'] }), ['Brightline Shipping']],
    ['dates from a day on', () => ({ dateFrom: '2024-04-01' }), ['Tomas Rieger']],
    ['dates up to a day', () => ({ dateTo: '2024-03-31' }), ['Brightline']],
  ])('filter by %s', async (_what, filter, expected) => {
    expect(await sanctions(filter())).toEqual(expected);
  });

  it('order by date, undated last, or by article, either way', async () => {
    expect(await sanctions({}, { field: 'DATE', direction: 'DESC' })).toEqual(['Tomas Rieger', 'Brightline', 'Brightline Shipping']);
    expect(await sanctions({}, { field: 'DATE' })).toEqual(['Brightline', 'Tomas Rieger', 'Brightline Shipping']);
    expect(await sanctions({}, { field: 'ARTICLE', direction: 'DESC' })).toEqual([
      'Brightline Shipping',
      'Tomas Rieger',
      'Brightline',
    ]);
  });
});

describe('articles', () => {
  const articles = async (args: string) =>
    (await data(`{ articles(first: 100, ${args}) { nodes { key } } }`)).articles.nodes.map((a: { key: string }) => a.key);

  it('come newest first by default, undated last', async () => {
    expect(await articles(``)).toEqual(['newsroom-c', 'newsroom-b', 'newsroom-a', 'newsroom-d']);
    expect(await articles(`orderBy: { field: PUBLISHED_AT, direction: ASC }`)).toEqual([
      'newsroom-a',
      'newsroom-b',
      'newsroom-c',
      'newsroom-d',
    ]);
    expect(await articles(`orderBy: { field: TITLE }`)).toEqual(['newsroom-d', 'newsroom-b', 'newsroom-c', 'newsroom-a']);
  });

  it('filter by outlet, publication dates and the entities they mention', async () => {
    expect(await articles(`filter: { outlet: "North Wire" }`)).toEqual(['newsroom-c', 'newsroom-a']);
    expect(await articles(`filter: { publishedFrom: "2024-04-01" }`)).toEqual(['newsroom-c', 'newsroom-b']);
    expect(await articles(`filter: { publishedTo: "2024-04-02" }`)).toEqual(['newsroom-b', 'newsroom-a']);
    expect(await articles(`filter: { mentions: "${id['Élodie Marchetti']}" }`)).toEqual(['newsroom-b', 'newsroom-a']);
    expect(await articles(`filter: { mentions: "${id['Brightline']}", outlet: "North Wire" }`)).toEqual(['newsroom-a']);
  });
});
