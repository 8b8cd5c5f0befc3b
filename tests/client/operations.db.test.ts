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
    expect(person?.statements.map((s) => s.verb)).toContain('accused');
    expect(person?.statementsAbout.length).toBeGreaterThan(0);
  });

  it('Sanctions: authority, target, measures and legal basis', async () => {
    const { sanctions } = await request(SanctionsDocument);
    expect(sanctions).toContainEqual(
      expect.objectContaining({
        authority: { name: 'U.S. Treasury Department' },
        target: { __typename: 'Person', name: 'Ramzan Kadyrov' },
        measures: ['FINANCIAL', 'TRAVEL'],
        legalBasis: expect.objectContaining({ name: 'Magnitsky Act', year: 2012 }),
      }),
    );
  });

  it('ArticleStatements: spans that index the article body', async () => {
    const { article } = await request(ArticleStatementsDocument);
    const text = await request(ArticleTextDocument, { id: '1' });
    const body = text.article!.body;
    expect(article?.statements.length).toBeGreaterThan(0);
    for (const statement of article!.statements) {
      for (const span of [statement.span, statement.sentence, statement.speakerSpan]) {
        expect(body.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });

  it('Search: the persons a name names and the statements containing it', async () => {
    const { persons, statements } = await request(SearchDocument, { text: 'Kadyrov' });
    expect(persons.map((p) => p.name)).toEqual(['Ramzan Kadyrov']);
    expect(persons[0]!.statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s.text.toLowerCase().includes('kadyrov'))).toBe(true);
  });
});

describe("the page's views", () => {
  it('PersonView and OrganizationView by id', async () => {
    const { persons, organizations } = await request(SearchDocument, { text: 'Roskomnadzor' });
    expect(persons).toEqual([]);
    const { organization } = await request(OrganizationViewDocument, { id: organizations[0]!.id });
    expect(organization?.name).toBe('Roskomnadzor');
    expect(organization?.statements.length).toBeGreaterThan(0);

    const kadyrov = (await request(SearchDocument, { text: 'Kadyrov' })).persons[0]!;
    const { person } = await request(PersonViewDocument, { id: kadyrov.id });
    expect(person?.sanctions.map((s) => s.authority.name)).toContain('U.S. Treasury Department');
  });

  it('a missing record is null, a malformed id a coded error', async () => {
    expect((await request(PersonViewDocument, { id: '999999' })).person).toBeNull();
    const error = await request(PersonViewDocument, { id: 'nope' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
