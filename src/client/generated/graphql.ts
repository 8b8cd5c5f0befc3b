/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Kinds of organization. */
export type OrganizationKind =
  /** A company. */
  | 'COMPANY'
  /** A court or tribunal. */
  | 'COURT'
  /** A national or regional government, or its leadership ("the Kremlin"). */
  | 'GOVERNMENT'
  /** A ministry, department, regulator or agency. */
  | 'GOVERNMENT_AGENCY'
  /** An intergovernmental organization ("Council of Europe"). */
  | 'INTERNATIONAL_ORGANIZATION'
  /** A parliament or assembly. */
  | 'LEGISLATURE'
  /** A newspaper, broadcaster or news site. */
  | 'MEDIA'
  /** A news agency. */
  | 'NEWS_AGENCY'
  /** A non-governmental organization. */
  | 'NGO'
  /** Anything else. */
  | 'OTHER'
  /** Police, army or security service. */
  | 'POLICE_OR_MILITARY'
  /** A political party. */
  | 'POLITICAL_PARTY';

/** Kinds of sanction measure. */
export type SanctionMeasure =
  /** Accounts blocked or disabled by a platform. */
  | 'ACCOUNT_BLOCK'
  /** Assets frozen. */
  | 'ASSET_FREEZE'
  /** Financial sanctions: blocked property, barred transactions. */
  | 'FINANCIAL'
  /** Any other measure. */
  | 'OTHER'
  /** Trade restrictions: embargo, export or import bans. */
  | 'TRADE'
  /** Travel restrictions. */
  | 'TRAVEL'
  /** Visa ban. */
  | 'VISA_BAN';

/** Direct quote or paraphrase. */
export type StatementKind =
  /** The speaker's own words, in quotation marks (whole or partial quote). */
  | 'DIRECT'
  /** Reported speech: the article's words for what the speaker said. */
  | 'INDIRECT';

export type ArticleStatementsQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleStatementsQuery = { articles: { nodes: Array<{ id: string, title: string, outlet: string | null, publishedAt: string | null, statements: { totalCount: number, nodes: Array<{ verb: string, kind: StatementKind, speakerSpan: { start: number, end: number, text: string }, span: { start: number, end: number, text: string }, sentence: { start: number, end: number, text: string } }> } }> } };

export type ArticleTextQueryVariables = Exact<{
  id: string | number;
}>;


export type ArticleTextQuery = { article: { id: string, title: string, outlet: string | null, url: string | null, publishedAt: string | null, body: string } | null };

export type OrganizationViewQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationViewQuery = { organization: { __typename: 'Organization', description: string | null, country: string | null, aliases: Array<string>, kind: OrganizationKind, id: string, name: string, statements: { totalCount: number, nodes: Array<{ id: string, verb: string, kind: StatementKind, text: string, date: string | null, dateText: string | null, speaker:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'UnnamedSource', id: string, label: string }
        , span: { start: number, end: number }, sentence: { start: number, end: number, text: string }, article: { id: string, title: string, outlet: string | null, publishedAt: string | null } }> }, statementsAbout: { totalCount: number, nodes: Array<{ id: string, verb: string, kind: StatementKind, text: string, date: string | null, dateText: string | null, speaker:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'UnnamedSource', id: string, label: string }
        , span: { start: number, end: number }, sentence: { start: number, end: number, text: string }, article: { id: string, title: string, outlet: string | null, publishedAt: string | null } }> }, sanctionsImposed: { totalCount: number, nodes: Array<{ id: string, measures: Array<SanctionMeasure>, date: string | null, dateText: string | null, text: string, authority: { id: string, name: string }, target:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , legalBasis: { name: string, year: number | null } | null, article: { id: string, title: string, outlet: string | null, publishedAt: string | null } }> }, sanctionsReceived: { totalCount: number, nodes: Array<{ id: string, measures: Array<SanctionMeasure>, date: string | null, dateText: string | null, text: string, authority: { id: string, name: string }, target:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , legalBasis: { name: string, year: number | null } | null, article: { id: string, title: string, outlet: string | null, publishedAt: string | null } }> } } | null };

export type PersonViewQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonViewQuery = { person: { __typename: 'Person', description: string | null, country: string | null, aliases: Array<string>, id: string, name: string, affiliations: { nodes: Array<{ role: string, organization: { id: string, name: string } | null }> }, statements: { totalCount: number, nodes: Array<{ id: string, verb: string, kind: StatementKind, text: string, date: string | null, dateText: string | null, speaker:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'UnnamedSource', id: string, label: string }
        , span: { start: number, end: number }, sentence: { start: number, end: number, text: string }, article: { id: string, title: string, outlet: string | null, publishedAt: string | null } }> }, statementsAbout: { totalCount: number, nodes: Array<{ id: string, verb: string, kind: StatementKind, text: string, date: string | null, dateText: string | null, speaker:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'UnnamedSource', id: string, label: string }
        , span: { start: number, end: number }, sentence: { start: number, end: number, text: string }, article: { id: string, title: string, outlet: string | null, publishedAt: string | null } }> }, sanctions: { totalCount: number, nodes: Array<{ id: string, measures: Array<SanctionMeasure>, date: string | null, dateText: string | null, text: string, authority: { id: string, name: string }, target:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , legalBasis: { name: string, year: number | null } | null, article: { id: string, title: string, outlet: string | null, publishedAt: string | null } }> } } | null };

export type SanctionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type SanctionsQuery = { sanctions: { totalCount: number, nodes: Array<{ measures: Array<SanctionMeasure>, dateText: string | null, text: string, authority: { name: string }, target:
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
      , legalBasis: { name: string, year: number | null, description: string | null } | null, article: { title: string } }> } };

export type SearchQueryVariables = Exact<{
  text?: string;
}>;


export type SearchQuery = { persons: { nodes: Array<{ __typename: 'Person', id: string, name: string, statements: { nodes: Array<{ id: string, verb: string, kind: StatementKind, text: string, date: string | null, dateText: string | null, speaker:
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'UnnamedSource', id: string, label: string }
          , span: { start: number, end: number }, sentence: { start: number, end: number, text: string }, article: { id: string, title: string, outlet: string | null, publishedAt: string | null } }> } }> }, organizations: { nodes: Array<{ __typename: 'Organization', id: string, name: string, statements: { nodes: Array<{ id: string, verb: string, kind: StatementKind, text: string, date: string | null, dateText: string | null, speaker:
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'UnnamedSource', id: string, label: string }
          , span: { start: number, end: number }, sentence: { start: number, end: number, text: string }, article: { id: string, title: string, outlet: string | null, publishedAt: string | null } }> } }> }, search: { totalCount: number, nodes: Array<{ hit:
        | { __typename: 'Article' }
        | { __typename: 'Statement', id: string, verb: string, kind: StatementKind, text: string, date: string | null, dateText: string | null, speaker:
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'UnnamedSource', id: string, label: string }
          , span: { start: number, end: number }, sentence: { start: number, end: number, text: string }, article: { id: string, title: string, outlet: string | null, publishedAt: string | null } }
       }> } };

export type WhoSaidWhatAboutQueryVariables = Exact<{
  name?: string;
}>;


export type WhoSaidWhatAboutQuery = { person: { name: string, description: string | null, statementsAbout: { totalCount: number, nodes: Array<{ verb: string, kind: StatementKind, text: string, speaker:
          | { name: string }
          | { name: string }
          | { label: string }
        , article: { title: string, publishedAt: string | null } }> }, statements: { totalCount: number, nodes: Array<{ verb: string, kind: StatementKind, text: string, about: { nodes: Array<
            | { name: string }
            | { name: string }
          > } }> } } | null };

type EntityName_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type EntityName_Person_Fragment = { __typename: 'Person', id: string, name: string };

export type EntityNameFragment =
  | EntityName_Organization_Fragment
  | EntityName_Person_Fragment
;

export type StatementCardFragment = { id: string, verb: string, kind: StatementKind, text: string, date: string | null, dateText: string | null, speaker:
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'UnnamedSource', id: string, label: string }
  , span: { start: number, end: number }, sentence: { start: number, end: number, text: string }, article: { id: string, title: string, outlet: string | null, publishedAt: string | null } };

export type SanctionCardFragment = { id: string, measures: Array<SanctionMeasure>, date: string | null, dateText: string | null, text: string, authority: { id: string, name: string }, target:
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
  , legalBasis: { name: string, year: number | null } | null, article: { id: string, title: string, outlet: string | null, publishedAt: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const StatementCardFragmentDoc = new TypedDocumentString(`
    fragment StatementCard on Statement {
  id
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organization {
      id
      name
    }
    ... on UnnamedSource {
      id
      label
    }
  }
  verb
  kind
  text
  span {
    start
    end
  }
  sentence {
    start
    end
    text
  }
  date
  dateText
  article {
    id
    title
    outlet
    publishedAt
  }
}
    `, {"fragmentName":"StatementCard"}) as unknown as TypedDocumentString<StatementCardFragment, unknown>;
export const EntityNameFragmentDoc = new TypedDocumentString(`
    fragment EntityName on Entity {
  __typename
  id
  name
}
    `, {"fragmentName":"EntityName"}) as unknown as TypedDocumentString<EntityNameFragment, unknown>;
export const SanctionCardFragmentDoc = new TypedDocumentString(`
    fragment SanctionCard on Sanction {
  id
  authority {
    id
    name
  }
  target {
    ...EntityName
  }
  measures
  legalBasis {
    name
    year
  }
  date
  dateText
  text
  article {
    id
    title
    outlet
    publishedAt
  }
}
    fragment EntityName on Entity {
  __typename
  id
  name
}`, {"fragmentName":"SanctionCard"}) as unknown as TypedDocumentString<SanctionCardFragment, unknown>;
export const ArticleStatementsDocument = new TypedDocumentString(`
    query ArticleStatements {
  articles(first: 1) {
    nodes {
      id
      title
      outlet
      publishedAt
      statements(first: 100) {
        totalCount
        nodes {
          speakerSpan {
            start
            end
            text
          }
          verb
          kind
          span {
            start
            end
            text
          }
          sentence {
            start
            end
            text
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArticleStatementsQuery, ArticleStatementsQueryVariables>;
export const ArticleTextDocument = new TypedDocumentString(`
    query ArticleText($id: ID!) {
  article(id: $id) {
    id
    title
    outlet
    url
    publishedAt
    body
  }
}
    `) as unknown as TypedDocumentString<ArticleTextQuery, ArticleTextQueryVariables>;
export const OrganizationViewDocument = new TypedDocumentString(`
    query OrganizationView($id: ID!) {
  organization(id: $id) {
    ...EntityName
    description
    country
    aliases
    kind
    statements(first: 100) {
      totalCount
      nodes {
        ...StatementCard
      }
    }
    statementsAbout(first: 100) {
      totalCount
      nodes {
        ...StatementCard
      }
    }
    sanctionsImposed(first: 100) {
      totalCount
      nodes {
        ...SanctionCard
      }
    }
    sanctionsReceived(first: 100) {
      totalCount
      nodes {
        ...SanctionCard
      }
    }
  }
}
    fragment EntityName on Entity {
  __typename
  id
  name
}
fragment StatementCard on Statement {
  id
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organization {
      id
      name
    }
    ... on UnnamedSource {
      id
      label
    }
  }
  verb
  kind
  text
  span {
    start
    end
  }
  sentence {
    start
    end
    text
  }
  date
  dateText
  article {
    id
    title
    outlet
    publishedAt
  }
}
fragment SanctionCard on Sanction {
  id
  authority {
    id
    name
  }
  target {
    ...EntityName
  }
  measures
  legalBasis {
    name
    year
  }
  date
  dateText
  text
  article {
    id
    title
    outlet
    publishedAt
  }
}`) as unknown as TypedDocumentString<OrganizationViewQuery, OrganizationViewQueryVariables>;
export const PersonViewDocument = new TypedDocumentString(`
    query PersonView($id: ID!) {
  person(id: $id) {
    ...EntityName
    description
    country
    aliases
    affiliations(first: 20) {
      nodes {
        role
        organization {
          id
          name
        }
      }
    }
    statements(first: 100) {
      totalCount
      nodes {
        ...StatementCard
      }
    }
    statementsAbout(first: 100) {
      totalCount
      nodes {
        ...StatementCard
      }
    }
    sanctions(first: 100) {
      totalCount
      nodes {
        ...SanctionCard
      }
    }
  }
}
    fragment EntityName on Entity {
  __typename
  id
  name
}
fragment StatementCard on Statement {
  id
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organization {
      id
      name
    }
    ... on UnnamedSource {
      id
      label
    }
  }
  verb
  kind
  text
  span {
    start
    end
  }
  sentence {
    start
    end
    text
  }
  date
  dateText
  article {
    id
    title
    outlet
    publishedAt
  }
}
fragment SanctionCard on Sanction {
  id
  authority {
    id
    name
  }
  target {
    ...EntityName
  }
  measures
  legalBasis {
    name
    year
  }
  date
  dateText
  text
  article {
    id
    title
    outlet
    publishedAt
  }
}`) as unknown as TypedDocumentString<PersonViewQuery, PersonViewQueryVariables>;
export const SanctionsDocument = new TypedDocumentString(`
    query Sanctions($first: Int = 100) {
  sanctions(first: $first) {
    totalCount
    nodes {
      authority {
        name
      }
      target {
        __typename
        name
      }
      measures
      legalBasis {
        name
        year
        description
      }
      dateText
      text
      article {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SanctionsQuery, SanctionsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String! = "Kadyrov") {
  persons(filter: {name: $text}, first: 10) {
    nodes {
      ...EntityName
      statements(first: 50) {
        nodes {
          ...StatementCard
        }
      }
    }
  }
  organizations(filter: {name: $text}, first: 10) {
    nodes {
      ...EntityName
      statements(first: 50) {
        nodes {
          ...StatementCard
        }
      }
    }
  }
  search(query: $text, kinds: [STATEMENT], first: 50) {
    totalCount
    nodes {
      hit {
        __typename
        ... on Statement {
          ...StatementCard
        }
      }
    }
  }
}
    fragment EntityName on Entity {
  __typename
  id
  name
}
fragment StatementCard on Statement {
  id
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organization {
      id
      name
    }
    ... on UnnamedSource {
      id
      label
    }
  }
  verb
  kind
  text
  span {
    start
    end
  }
  sentence {
    start
    end
    text
  }
  date
  dateText
  article {
    id
    title
    outlet
    publishedAt
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const WhoSaidWhatAboutDocument = new TypedDocumentString(`
    query WhoSaidWhatAbout($name: String! = "Kadyrov") {
  person(name: $name) {
    name
    description
    statementsAbout(first: 50) {
      totalCount
      nodes {
        speaker {
          ... on Person {
            name
          }
          ... on Organization {
            name
          }
          ... on UnnamedSource {
            label
          }
        }
        verb
        kind
        text
        article {
          title
          publishedAt
        }
      }
    }
    statements(first: 50) {
      totalCount
      nodes {
        verb
        kind
        text
        about {
          nodes {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WhoSaidWhatAboutQuery, WhoSaidWhatAboutQueryVariables>;