// Every operation of the typed client, sent by the client itself to a real server on the
// seeded database: the documents match the schema and the data is what the page relies on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArticleStatementsDocument,
  ArticleTextDocument,
  OrganizationViewDocument,
  PersonViewDocument,
  SanctionsDocument,
  SearchDocument,
  WhoSaidWhatAboutDocument,
} from '../../src/client/generated/graphql.ts';
import { createClient, GraphQLRequestError, type Request } from '../../src/client/request.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let request: Request;
beforeAll(async () => {
  server = await startTestServer();
  request = createClient({ endpoint: server.url });
});
afterAll(() => server?.close());

describe('the example operations, with their default variables', () => {
  it('WhoSaidWhatAbout: statements by and about Kadyrov', async () => {
    const { person } = await request(WhoSaidWhatAboutDocument);
    expect(person?.name).toBe('Ramzan Kadyrov');
    expect(person?.statements.nodes.map((s) => s.verb)).toContain('accused');
    expect(person?.statementsAbout.totalCount).toBeGreaterThan(0);
  });

  it('Sanctions: authority, target, measures and legal basis', async () => {
    const { sanctions } = await request(SanctionsDocument);
    expect(sanctions.nodes).toContainEqual(
      expect.objectContaining({
        authority: { name: 'U.S. Treasury Department' },
        target: { __typename: 'Person', name: 'Ramzan Kadyrov' },
        measures: ['FINANCIAL', 'TRAVEL'],
        legalBasis: expect.objectContaining({ name: 'Magnitsky Act', year: 2012 }),
      }),
    );
  });

  it('ArticleStatements: spans that index the article body', async () => {
    const [article] = (await request(ArticleStatementsDocument)).articles.nodes;
    const body = (await request(ArticleTextDocument, { id: article!.id })).article!.body;
    expect(article!.statements.nodes.length).toBeGreaterThan(0);
    for (const statement of article!.statements.nodes) {
      for (const span of [statement.span, statement.sentence, statement.speakerSpan]) {
        expect(body.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });

  it('Search: the persons a name names and the statements matching it', async () => {
    const { persons, search } = await request(SearchDocument, { text: 'Kadyrov' });
    expect(persons.nodes.map((p) => p.name)).toEqual(['Ramzan Kadyrov']);
    expect(persons.nodes[0]!.statements.nodes.length).toBeGreaterThan(0);
    expect(search.totalCount).toBeGreaterThan(0);
    for (const { hit } of search.nodes) {
      expect(hit.__typename === 'Statement' && hit.text.toLowerCase()).toContain('kadyrov');
    }
  });
});

describe("the page's views", () => {
  it('PersonView and OrganizationView by id', async () => {
    const { persons, organizations } = await request(SearchDocument, { text: 'Roskomnadzor' });
    expect(persons.nodes).toEqual([]);
    const { organization } = await request(OrganizationViewDocument, { id: organizations.nodes[0]!.id });
    expect(organization?.name).toBe('Roskomnadzor');
    expect(organization?.statements.totalCount).toBeGreaterThan(0);

    const kadyrov = (await request(SearchDocument, { text: 'Kadyrov' })).persons.nodes[0]!;
    const { person } = await request(PersonViewDocument, { id: kadyrov.id });
    expect(person?.sanctions.nodes.map((s) => s.authority.name)).toContain('U.S. Treasury Department');
  });

  it('reports an ID of nothing and a malformed ID with error codes the page can tell apart', async () => {
    const code = (id: string) =>
      request(PersonViewDocument, { id }).then(
        () => null,
        (error: unknown) => (error instanceof GraphQLRequestError ? error.errors[0]?.extensions?.code : error),
      );
    expect(await code(Buffer.from('Person:999999').toString('base64'))).toBe('NOT_FOUND');
    expect(await code('nope')).toBe('BAD_USER_INPUT');
  });
});
