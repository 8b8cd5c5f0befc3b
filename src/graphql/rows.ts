// The database rows GraphQL types resolve from (codegen `mappers`): a resolver's
// parent is the row, never a hand-made copy of it.
import type { Connection, Edge } from './connections.ts';
import type {
  Affiliation,
  Article,
  LegalBasis,
  Mention,
  Organization,
  Person,
  Sanction,
  Statement,
  UnnamedSource,
} from '../db/generated/sqlite/client.ts';

export type {
  Affiliation as AffiliationRow,
  Article as ArticleRow,
  LegalBasis as LegalBasisRow,
  Mention as MentionRow,
  Organization as OrganizationRow,
  Person as PersonRow,
  Sanction as SanctionRow,
  Statement as StatementRow,
  UnnamedSource as UnnamedSourceRow,
};

/** Start, end and text of a stretch of an article body. */
export interface SpanRow {
  start: number;
  end: number;
  text: string;
}

/** A row where the schema has an abstract type carries its type name (see typename.ts). */
export type Typed<Row, Name extends string> = Row & { __typename: Name };

/** A person or an organization, as the Entity interface. */
export type EntityRow = Typed<Person, 'Person'> | Typed<Organization, 'Organization'>;

/** One search hit, as the search index found it (search/searchIndex.ts). */
export interface SearchResultRow {
  type: 'Statement' | 'Article';
  /** Id of the statement or article. */
  id: number;
  articleId: number;
  score: number;
  /** The article's title (article hits; else empty) with the matched words marked. */
  titleMarked: string;
  /** The statement's words or the article's body with the matched words marked. */
  textMarked: string;
}

export type ArticleConnectionRow = Connection<Article>;
export type ArticleEdgeRow = Edge<Article>;
export type AffiliationConnectionRow = Connection<Affiliation>;
export type AffiliationEdgeRow = Edge<Affiliation>;
export type EntityConnectionRow = Connection<EntityRow>;
export type EntityEdgeRow = Edge<EntityRow>;
export type LegalBasisConnectionRow = Connection<LegalBasis>;
export type LegalBasisEdgeRow = Edge<LegalBasis>;
export type MentionConnectionRow = Connection<Mention>;
export type MentionEdgeRow = Edge<Mention>;
export type OrganizationConnectionRow = Connection<Organization>;
export type OrganizationEdgeRow = Edge<Organization>;
export type PersonConnectionRow = Connection<Person>;
export type PersonEdgeRow = Edge<Person>;
export type SanctionConnectionRow = Connection<Sanction>;
export type SanctionEdgeRow = Edge<Sanction>;
export type SearchResultConnectionRow = Connection<SearchResultRow>;
export type SearchResultEdgeRow = Edge<SearchResultRow>;
export type StatementConnectionRow = Connection<Statement>;
export type StatementEdgeRow = Edge<Statement>;
