// The executable schema: every domain's SDL file with its resolvers.
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { printSchema } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { connectionResolvers } from './connections.ts';
import type { Resolvers } from './generated/resolvers.ts';
import type {
  AffiliationRow,
  ArticleRow,
  EntityRow,
  LegalBasisRow,
  MentionRow,
  OrganizationRow,
  PersonRow,
  SanctionRow,
  SearchResultRow,
  StatementRow,
} from './rows.ts';
import { Article } from './article/resolvers/Article.ts';
import { Mention } from './article/resolvers/Mention.ts';
import { article } from './article/resolvers/Query/article.ts';
import { articles } from './article/resolvers/Query/articles.ts';
import { Affiliation } from './person/resolvers/Affiliation.ts';
import { Person } from './person/resolvers/Person.ts';
import { person } from './person/resolvers/Query/person.ts';
import { persons } from './person/resolvers/Query/persons.ts';
import { Organization } from './organization/resolvers/Organization.ts';
import { organization } from './organization/resolvers/Query/organization.ts';
import { organizations } from './organization/resolvers/Query/organizations.ts';
import { node } from './relay/resolvers/Query/node.ts';
import { nodes } from './relay/resolvers/Query/nodes.ts';
import { Statement } from './statement/resolvers/Statement.ts';
import { UnnamedSource } from './statement/resolvers/UnnamedSource.ts';
import { statement } from './statement/resolvers/Query/statement.ts';
import { statements } from './statement/resolvers/Query/statements.ts';
import { LegalBasis } from './sanction/resolvers/LegalBasis.ts';
import { Sanction } from './sanction/resolvers/Sanction.ts';
import { legalBases } from './sanction/resolvers/Query/legalBases.ts';
import { sanction } from './sanction/resolvers/Query/sanction.ts';
import { sanctions } from './sanction/resolvers/Query/sanctions.ts';
import { SearchResult } from './search/resolvers/SearchResult.ts';
import { search } from './search/resolvers/Query/search.ts';

export const SDL_FILES = [
  'schema.graphql',
  'relay/schema.graphql',
  'article/schema.graphql',
  'person/schema.graphql',
  'organization/schema.graphql',
  'statement/schema.graphql',
  'sanction/schema.graphql',
  'search/schema.graphql',
];

export const typeDefs = SDL_FILES.map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'));

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Date: DateResolver,
  Query: {
    node,
    nodes,
    article,
    articles,
    person,
    persons,
    organization,
    organizations,
    statement,
    statements,
    sanction,
    sanctions,
    legalBases,
    search,
  },
  Article,
  Mention,
  Person,
  Affiliation,
  Organization,
  Statement,
  UnnamedSource,
  Sanction,
  LegalBasis,
  SearchResult,
  AffiliationConnection: connectionResolvers<AffiliationRow>(),
  ArticleConnection: connectionResolvers<ArticleRow>(),
  EntityConnection: connectionResolvers<EntityRow>(),
  LegalBasisConnection: connectionResolvers<LegalBasisRow>(),
  MentionConnection: connectionResolvers<MentionRow>(),
  OrganizationConnection: connectionResolvers<OrganizationRow>(),
  PersonConnection: connectionResolvers<PersonRow>(),
  SanctionConnection: connectionResolvers<SanctionRow>(),
  SearchResultConnection: connectionResolvers<SearchResultRow>(),
  StatementConnection: connectionResolvers<StatementRow>(),
};

export const schema = makeExecutableSchema({ typeDefs, resolvers });

/** The served schema as SDL: the contract clients build on, committed at PRINTED_SCHEMA_FILE. */
export const printedSchema = () => `${printSchema(schema)}\n`;

/** Written by `npm run schema:print`; a test fails when it differs from the served schema. */
export const PRINTED_SCHEMA_FILE = new URL('printed/schema.graphql', import.meta.url);
