import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AffiliationRow, ArticleRow, LegalBasisRow, MentionRow, OrganizationRow, PersonRow, SanctionRow, SearchResultRow, SpanRow, StatementRow, UnnamedSourceRow, AffiliationConnectionRow, AffiliationEdgeRow, ArticleConnectionRow, ArticleEdgeRow, EntityConnectionRow, EntityEdgeRow, LegalBasisConnectionRow, LegalBasisEdgeRow, MentionConnectionRow, MentionEdgeRow, OrganizationConnectionRow, OrganizationEdgeRow, PersonConnectionRow, PersonEdgeRow, SanctionConnectionRow, SanctionEdgeRow, SearchResultConnectionRow, SearchResultEdgeRow, StatementConnectionRow, StatementEdgeRow } from '../rows.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, as an ISO 8601 string (2017-12-26). */
  Date: { input: Date; output: Date; }
  /** An instant in time, as an ISO 8601 string with time zone (2017-12-27T10:00:00.000Z). */
  DateTime: { input: Date; output: Date; }
};

/** A role a person holds, as an article gives it (\"Chechnya's press and information minister\"). */
export type Affiliation = Node & {
  __typename?: 'Affiliation';
  /** The article that gives the role. */
  article: Article;
  /** Global ID of the affiliation. */
  id: Scalars['ID']['output'];
  /** The organization the role is in, where the article names one. */
  organization?: Maybe<Organization>;
  /** The person holding the role. */
  person: Person;
  /** The role in the article's words. */
  role: Scalars['String']['output'];
  /** Where the role stands in the article body. */
  span: Span;
};

/** A page of affiliations, with the cursors to fetch the pages around it. */
export type AffiliationConnection = {
  __typename?: 'AffiliationConnection';
  /** The affiliations of this page, each with its cursor. */
  edges: Array<AffiliationEdge>;
  /** The affiliations of this page, without cursors. */
  nodes: Array<Affiliation>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of affiliations in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of affiliations, with its cursor. */
export type AffiliationEdge = {
  __typename?: 'AffiliationEdge';
  /** Opaque position of this item in the list, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Affiliation;
};

/** A news article, with its text exactly as in its source document. */
export type Article = Node & {
  __typename?: 'Article';
  /** Roles of people as the article gives them, in text order. */
  affiliations: AffiliationConnection;
  /** The text exactly as in the document (front matter removed); every span indexes into it. */
  body: Scalars['String']['output'];
  /** News agencies credited with reporting ("With reporting by TASS and Interfax"), by name. */
  contributors: OrganizationConnection;
  /** Whether the facts come from a curated annotation or from automatic extraction. */
  factSource: FactSource;
  /** Global ID of the article. */
  id: Scalars['ID']['output'];
  /** Stable identity of the source document: its URL, else its file name without extension. */
  key: Scalars['String']['output'];
  /** Every place in the text that names a person or an organization, in text order. */
  mentions: MentionConnection;
  /** Publisher, where known. */
  outlet?: Maybe<Scalars['String']['output']>;
  /** Publication time, where known. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Sanctions the article reports, in text order. */
  sanctions: SanctionConnection;
  /** Attributed statements, in text order. */
  statements: StatementConnection;
  /** Headline. */
  title: Scalars['String']['output'];
  /** Address of the article, where known. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A news article, with its text exactly as in its source document. */
export type ArticleAffiliationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article, with its text exactly as in its source document. */
export type ArticleContributorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article, with its text exactly as in its source document. */
export type ArticleMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article, with its text exactly as in its source document. */
export type ArticleSanctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article, with its text exactly as in its source document. */
export type ArticleStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of articles, with the cursors to fetch the pages around it. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles of this page, each with its cursor. */
  edges: Array<ArticleEdge>;
  /** The articles of this page, without cursors. */
  nodes: Array<Article>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of articles in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of articles, with its cursor. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque position of this item in the list, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Article;
};

/** Which articles to list. Every condition given must hold. */
export type ArticleFilter = {
  /** Only articles that name this person or organization (a global ID). */
  mentions?: InputMaybe<Scalars['ID']['input']>;
  /** Only articles from this outlet (exact name, as `Article.outlet` gives it). */
  outlet?: InputMaybe<Scalars['String']['input']>;
  /** Only articles published on this day or later (UTC). */
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only articles published on this day or earlier (UTC). */
  publishedTo?: InputMaybe<Scalars['Date']['input']>;
};

/** An order for articles; ties are broken by ID in the same direction. */
export type ArticleOrder = {
  /** Which way. */
  direction?: OrderDirection;
  /** What to sort by. */
  field: ArticleOrderField;
};

/** What to sort articles by. */
export type ArticleOrderField =
  /** Publication time; articles without one come last in either direction. */
  | 'PUBLISHED_AT'
  /** Headline, alphabetically. */
  | 'TITLE';

/** A person or an organization: something that can be named, speak, be spoken about and be sanctioned. */
export type Entity = {
  /** Every name the entity is known by in the articles, the canonical one included. */
  aliases: Array<Scalars['String']['output']>;
  /** Country, where an article states it. */
  country?: Maybe<Scalars['String']['output']>;
  /** Description or role as the articles give it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Global ID of the entity. */
  id: Scalars['ID']['output'];
  /** Places in articles that name the entity, in article order. */
  mentions: MentionConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Statements the entity made, in article order; `totalCount` is the number of statements made. */
  statements: StatementConnection;
  /** Statements about the entity, in article order; `totalCount` is the number of statements about it. */
  statementsAbout: StatementConnection;
  /** Wikidata QID, where known. */
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** A person or an organization: something that can be named, speak, be spoken about and be sanctioned. */
export type EntityMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or an organization: something that can be named, speak, be spoken about and be sanctioned. */
export type EntityStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or an organization: something that can be named, speak, be spoken about and be sanctioned. */
export type EntityStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of persons and organizations, with the cursors to fetch the pages around it. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The persons and organizations of this page, each with its cursor. */
  edges: Array<EntityEdge>;
  /** The persons and organizations of this page, without cursors. */
  nodes: Array<Entity>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of persons and organizations in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of persons and organizations, with its cursor. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque position of this item in the list, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Entity;
};

/** An order for persons or organizations; ties are broken by name, then by ID. */
export type EntityOrder = {
  /** Which way. */
  direction?: OrderDirection;
  /** What to sort by. */
  field: EntityOrderField;
};

/** What to sort persons or organizations by. */
export type EntityOrderField =
  /** Name, alphabetically, ignoring case and accents. */
  | 'NAME'
  /** Number of statements made. */
  | 'STATEMENT_COUNT';

/** Where an article's facts came from. */
export type FactSource =
  /** Written by a person in an annotation file. */
  | 'CURATED'
  /** Found by whosaid's extractor. */
  | 'EXTRACTED';

/** A law or regulation sanctions are imposed under (\"Magnitsky Act\", 2012). */
export type LegalBasis = Node & {
  __typename?: 'LegalBasis';
  /** What the law does, as the articles describe it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Global ID of the law. */
  id: Scalars['ID']['output'];
  /** Name of the law. */
  name: Scalars['String']['output'];
  /** Sanctions imposed under the law, in article order. */
  sanctions: SanctionConnection;
  /** Year the law was passed, where given. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A law or regulation sanctions are imposed under (\"Magnitsky Act\", 2012). */
export type LegalBasisSanctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of laws, with the cursors to fetch the pages around it. */
export type LegalBasisConnection = {
  __typename?: 'LegalBasisConnection';
  /** The laws of this page, each with its cursor. */
  edges: Array<LegalBasisEdge>;
  /** The laws of this page, without cursors. */
  nodes: Array<LegalBasis>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of laws in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of laws, with its cursor. */
export type LegalBasisEdge = {
  __typename?: 'LegalBasisEdge';
  /** Opaque position of this item in the list, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: LegalBasis;
};

/** A place in an article that names a person or an organization. */
export type Mention = Node & {
  __typename?: 'Mention';
  /** The article. */
  article: Article;
  /** The person or organization named. */
  entity: Entity;
  /** Global ID of the mention. */
  id: Scalars['ID']['output'];
  /** Where the words stand in the article body. */
  span: Span;
  /** The words as they stand in the article. */
  text: Scalars['String']['output'];
};

/** A page of mentions, with the cursors to fetch the pages around it. */
export type MentionConnection = {
  __typename?: 'MentionConnection';
  /** The mentions of this page, each with its cursor. */
  edges: Array<MentionEdge>;
  /** The mentions of this page, without cursors. */
  nodes: Array<Mention>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of mentions in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of mentions, with its cursor. */
export type MentionEdge = {
  __typename?: 'MentionEdge';
  /** Opaque position of this item in the list, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Mention;
};

/**
 * An object with a global ID: any such object can be fetched again with `node(id:)`.
 * Global IDs are opaque strings; they name the type as well as the row.
 */
export type Node = {
  /** Global ID of the object. */
  id: Scalars['ID']['output'];
};

/** Sort direction. */
export type OrderDirection =
  /** Smallest (or earliest, or first in the alphabet) first. */
  | 'ASC'
  /** Largest (or latest, or last in the alphabet) first. */
  | 'DESC';

/** An organization named in the news: a government body, a company, a newsroom, an NGO… */
export type Organization = Entity & Node & {
  __typename?: 'Organization';
  /** Every name the organization is known by ("Russia's telecommunications watchdog"), the canonical one included. */
  aliases: Array<Scalars['String']['output']>;
  /** Organizations owned by or part of this one, by name. */
  children: OrganizationConnection;
  /** Country, where an article states it. */
  country?: Maybe<Scalars['String']['output']>;
  /** Description, as the articles give it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Global ID of the organization. */
  id: Scalars['ID']['output'];
  /** What kind of organization it is. */
  kind: OrganizationKind;
  /** People who hold a role in the organization, in article order. */
  members: AffiliationConnection;
  /** Places in articles that name the organization, in article order. */
  mentions: MentionConnection;
  /** Canonical name ("Roskomnadzor"). */
  name: Scalars['String']['output'];
  /** The organization that owns or contains this one (Instagram → Facebook). */
  parent?: Maybe<Organization>;
  /** Sanctions the organization imposed, in article order. */
  sanctionsImposed: SanctionConnection;
  /** Sanctions imposed on the organization, in article order; `totalCount` is the number of sanctions received. */
  sanctionsReceived: SanctionConnection;
  /** Statements the organization made, in article order; `totalCount` is the number of statements made. */
  statements: StatementConnection;
  /** Statements about the organization, in article order; `totalCount` is the number of statements about it. */
  statementsAbout: StatementConnection;
  /** Wikidata QID, where known. */
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** An organization named in the news: a government body, a company, a newsroom, an NGO… */
export type OrganizationChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization named in the news: a government body, a company, a newsroom, an NGO… */
export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization named in the news: a government body, a company, a newsroom, an NGO… */
export type OrganizationMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization named in the news: a government body, a company, a newsroom, an NGO… */
export type OrganizationSanctionsImposedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization named in the news: a government body, a company, a newsroom, an NGO… */
export type OrganizationSanctionsReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization named in the news: a government body, a company, a newsroom, an NGO… */
export type OrganizationStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization named in the news: a government body, a company, a newsroom, an NGO… */
export type OrganizationStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organizations, with the cursors to fetch the pages around it. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organizations of this page, each with its cursor. */
  edges: Array<OrganizationEdge>;
  /** The organizations of this page, without cursors. */
  nodes: Array<Organization>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of organizations in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of organizations, with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque position of this item in the list, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Organization;
};

/** Which organizations to list. Every condition given must hold. */
export type OrganizationFilter = {
  /** Only organizations of this country (exact, as `Organization.country` gives it). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only organizations of this kind. */
  kind?: InputMaybe<OrganizationKind>;
  /** Part of the name or of an alias, ignoring case and accents ("watchdog" finds Roskomnadzor). */
  name?: InputMaybe<Scalars['String']['input']>;
};

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

/** Where a page of a connection sits in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of the page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether items come after this page (with `first`), or after `before` (with `last`). */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before this page (with `last`), or before `after` (with `first`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of the page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A person named in the news. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Roles the person holds, as the articles give them, in article order. */
  affiliations: AffiliationConnection;
  /** Every name the person is known by in the articles ("Kadyrov"), the canonical one included. */
  aliases: Array<Scalars['String']['output']>;
  /** Country, where an article states it. */
  country?: Maybe<Scalars['String']['output']>;
  /** Description or role as the articles give it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Global ID of the person. */
  id: Scalars['ID']['output'];
  /** Places in articles that name the person, in article order. */
  mentions: MentionConnection;
  /** Canonical name ("Ramzan Kadyrov"). */
  name: Scalars['String']['output'];
  /** Sanctions imposed on the person, in article order; `totalCount` is the number of sanctions received. */
  sanctions: SanctionConnection;
  /** Statements the person made, in article order; `totalCount` is the number of statements made. */
  statements: StatementConnection;
  /** Statements about the person, in article order; `totalCount` is the number of statements about them. */
  statementsAbout: StatementConnection;
  /** Wikidata QID, where known. */
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** A person named in the news. */
export type PersonAffiliationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in the news. */
export type PersonMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in the news. */
export type PersonSanctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in the news. */
export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in the news. */
export type PersonStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of persons, with the cursors to fetch the pages around it. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The persons of this page, each with its cursor. */
  edges: Array<PersonEdge>;
  /** The persons of this page, without cursors. */
  nodes: Array<Person>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of persons in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of persons, with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque position of this item in the list, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Person;
};

/** Which persons to list. Every condition given must hold. */
export type PersonFilter = {
  /** Only persons of this country (exact, as `Person.country` gives it). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name or of an alias, ignoring case and accents ("kadyrov" finds Ramzan Kadyrov). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Entry points into the news graph. */
export type Query = {
  __typename?: 'Query';
  /** The article with this global ID. An ID of no article is a NOT_FOUND error. */
  article?: Maybe<Article>;
  /** Articles, filtered and ordered, newest first unless `orderBy` says otherwise. */
  articles: ArticleConnection;
  /** Laws sanctions are imposed under, by name. */
  legalBases: LegalBasisConnection;
  /** The object with this global ID, or null if there is none. */
  node?: Maybe<Node>;
  /** The objects with these global IDs, in the same order; null for each ID that has no object. */
  nodes: Array<Maybe<Node>>;
  /**
   * The organization with this global ID, or the organization whose name or an alias is
   * `name` (ignoring case and accents). Give exactly one of the two. An ID of no
   * organization is a NOT_FOUND error; a name of none gives null.
   */
  organization?: Maybe<Organization>;
  /** Organizations, filtered and ordered, by name unless `orderBy` says otherwise. */
  organizations: OrganizationConnection;
  /**
   * The person with this global ID, or the person whose name or an alias is `name`
   * (ignoring case and accents; the canonical name wins over another person's alias).
   * Give exactly one of the two. An ID of no person is a NOT_FOUND error; a name of no one gives null.
   */
  person?: Maybe<Person>;
  /** Persons, filtered and ordered, by name unless `orderBy` says otherwise. */
  persons: PersonConnection;
  /** The sanction with this global ID. An ID of no sanction is a NOT_FOUND error. */
  sanction?: Maybe<Sanction>;
  /** Sanctions, filtered and ordered, in article order unless `orderBy` says otherwise. */
  sanctions: SanctionConnection;
  /**
   * Full-text search over statements and articles, best match first. Every word must match
   * (in any form: "sanctioned" finds "sanctions"), ignoring case and accents; words in double
   * quotes must match as a phrase (`"press service" Kadyrov`).
   */
  search: SearchResultConnection;
  /** The statement with this global ID. An ID of no statement is a NOT_FOUND error. */
  statement?: Maybe<Statement>;
  /** Statements, filtered and ordered, in article order unless `orderBy` says otherwise. */
  statements: StatementConnection;
};


/** Entry points into the news graph. */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the news graph. */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ArticleOrder>;
};


/** Entry points into the news graph. */
export type QueryLegalBasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points into the news graph. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the news graph. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Entry points into the news graph. */
export type QueryOrganizationArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points into the news graph. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Entry points into the news graph. */
export type QueryPersonArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points into the news graph. */
export type QueryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Entry points into the news graph. */
export type QuerySanctionArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the news graph. */
export type QuerySanctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SanctionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SanctionOrder>;
};


/** Entry points into the news graph. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchHitKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Entry points into the news graph. */
export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the news graph. */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
};

/** Who imposed what measures on whom, under which legal basis, when, per which article. */
export type Sanction = Node & {
  __typename?: 'Sanction';
  /** The article that reports the sanction. */
  article: Article;
  /** The organization that imposed the sanction. */
  authority: Organization;
  /** The date of the sanction, where the text pins it down. */
  date?: Maybe<Scalars['Date']['output']>;
  /** The date as the text states it. */
  dateText?: Maybe<Scalars['String']['output']>;
  /** Global ID of the sanction. */
  id: Scalars['ID']['output'];
  /** The law or regulation the sanction is imposed under, where the article names one. */
  legalBasis?: Maybe<LegalBasis>;
  /** What the sanction does. */
  measures: Array<SanctionMeasure>;
  /** Where those words stand in the article body. */
  span: Span;
  /** The person or organization sanctioned. */
  target: Entity;
  /** The words naming the target at this place ("him"). */
  targetSpan: Span;
  /** The words that report the sanction. */
  text: Scalars['String']['output'];
};

/** A page of sanctions, with the cursors to fetch the pages around it. */
export type SanctionConnection = {
  __typename?: 'SanctionConnection';
  /** The sanctions of this page, each with its cursor. */
  edges: Array<SanctionEdge>;
  /** The sanctions of this page, without cursors. */
  nodes: Array<Sanction>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of sanctions in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of sanctions, with its cursor. */
export type SanctionEdge = {
  __typename?: 'SanctionEdge';
  /** Opaque position of this item in the list, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Sanction;
};

/** Which sanctions to list. Every condition given must hold. */
export type SanctionFilter = {
  /** Only sanctions reported by this article (a global ID). */
  article?: InputMaybe<Scalars['ID']['input']>;
  /** Only sanctions imposed by this organization (a global ID). */
  authority?: InputMaybe<Scalars['ID']['input']>;
  /** Only sanctions dated on this day or later (undated sanctions are left out). */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only sanctions dated on this day or earlier (undated sanctions are left out). */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only sanctions imposed under this law (a global ID). */
  legalBasis?: InputMaybe<Scalars['ID']['input']>;
  /** Only sanctions with this measure. */
  measure?: InputMaybe<SanctionMeasure>;
  /** Only sanctions on this person or organization (a global ID). */
  target?: InputMaybe<Scalars['ID']['input']>;
};

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

/** An order for sanctions; ties are broken by ID in the same direction. */
export type SanctionOrder = {
  /** Which way. */
  direction?: OrderDirection;
  /** What to sort by. */
  field: SanctionOrderField;
};

/** What to sort sanctions by. */
export type SanctionOrderField =
  /** Article order: by article, then by place in the article's text. */
  | 'ARTICLE'
  /** The date of the sanction; undated sanctions come last in either direction, in article order. */
  | 'DATE';

/**
 * What a search hit is: a statement (its quoted or paraphrased words matched) or an
 * article (its headline or body matched).
 */
export type SearchHit = Article | Statement;

/** Kinds of search hit. */
export type SearchHitKind =
  /** Articles, searched in their headline and body. */
  | 'ARTICLE'
  /** Statements, searched in their quoted or paraphrased words. */
  | 'STATEMENT';

/** One search hit: the statement or article that matched, how well, and where the words matched. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** The article the hit is in: the statement's article, or the article itself. */
  article: Article;
  /**
   * The snippet's text with every match between `open` and `close`. The text is not
   * escaped: to build HTML, escape the pieces between `snippet` and `highlights` instead.
   */
  highlightedSnippet: Scalars['String']['output'];
  /** Every place in the snippet where the search matched, as offsets into the article body. */
  highlights: Array<Span>;
  /** The statement or article that matched. */
  hit: SearchHit;
  /** Relevance, higher is better. Comparable only between results of one search. */
  score: Scalars['Float']['output'];
  /**
   * A stretch of the article body around the first match: within the statement's words for
   * a statement, the beginning of the body for an article that matched in its headline only.
   */
  snippet: Span;
  /** Places in the article's headline where the search matched (article hits), as offsets into `Article.title`. */
  titleHighlights: Array<Span>;
};


/** One search hit: the statement or article that matched, how well, and where the words matched. */
export type SearchResultHighlightedSnippetArgs = {
  close?: Scalars['String']['input'];
  open?: Scalars['String']['input'];
};

/** A page of search results, with the cursors to fetch the pages around it. */
export type SearchResultConnection = {
  __typename?: 'SearchResultConnection';
  /** The search results of this page, each with its cursor. */
  edges: Array<SearchResultEdge>;
  /** The search results of this page, without cursors. */
  nodes: Array<SearchResult>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of search results in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of search results, with its cursor. */
export type SearchResultEdge = {
  __typename?: 'SearchResultEdge';
  /** Opaque position of this item in the list, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SearchResult;
};

/**
 * A stretch of an article's body (or of its title, where a field says so). Offsets are UTF-16
 * code unit indexes (as JavaScript indexes strings), end exclusive:
 * `article.body.slice(start, end) === text`.
 */
export type Span = {
  __typename?: 'Span';
  /** Offset just past the last character. */
  end: Scalars['Int']['output'];
  /** Offset of the first character. */
  start: Scalars['Int']['output'];
  /** The characters between start and end. */
  text: Scalars['String']['output'];
};

/** Who made a statement: a person, an organization, or a group the text does not name. */
export type Speaker = Organization | Person | UnnamedSource;

/** One attributed utterance: who said it, how, in which words, where in which article. */
export type Statement = Node & {
  __typename?: 'Statement';
  /** The persons and organizations the statement is about, by name. */
  about: EntityConnection;
  /** The article the statement comes from. */
  article: Article;
  /** The date of the statement, where the text pins it down. */
  date?: Maybe<Scalars['Date']['output']>;
  /** The date as the text states it ("On December 26"). */
  dateText?: Maybe<Scalars['String']['output']>;
  /** Global ID of the statement. */
  id: Scalars['ID']['output'];
  /** Direct quote or paraphrase. */
  kind: StatementKind;
  /** The sentence (or sentences) the statement sits in. */
  sentence: Span;
  /** Where the quoted or paraphrased words stand in the article body. */
  span: Span;
  /** Who made the statement. */
  speaker: Speaker;
  /** The words naming the speaker at this place ("the watchdog’s press service", "he"). */
  speakerSpan: Span;
  /** The quoted or paraphrased words. */
  text: Scalars['String']['output'];
  /** The reporting verb (said, accused, called, concluded, denied…). */
  verb: Scalars['String']['output'];
};


/** One attributed utterance: who said it, how, in which words, where in which article. */
export type StatementAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of statements, with the cursors to fetch the pages around it. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The statements of this page, each with its cursor. */
  edges: Array<StatementEdge>;
  /** The statements of this page, without cursors. */
  nodes: Array<Statement>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of statements in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of statements, with its cursor. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Opaque position of this item in the list, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Statement;
};

/** Which statements to list. Every condition given must hold. */
export type StatementFilter = {
  /** Only statements about this person or organization (a global ID). */
  about?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements about the person or organization with this name or alias, ignoring case and accents. */
  aboutName?: InputMaybe<Scalars['String']['input']>;
  /** Only statements from this article (a global ID). */
  article?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements dated on this day or later (undated statements are left out). */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only statements dated on this day or earlier (undated statements are left out). */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only direct quotes or only paraphrases. */
  kind?: InputMaybe<StatementKind>;
  /** Only statements by this speaker: the global ID of a person, an organization or an unnamed source. */
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements by the speaker with this name or alias, ignoring case and accents ("Kadyrov"). */
  speakerName?: InputMaybe<Scalars['String']['input']>;
  /** Only statements whose words contain this text, ignoring case ("vile sabotage"). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only statements with this reporting verb, as `Statement.verb` gives it ("denied"). */
  verb?: InputMaybe<Scalars['String']['input']>;
};

/** Direct quote or paraphrase. */
export type StatementKind =
  /** The speaker's own words, in quotation marks (whole or partial quote). */
  | 'DIRECT'
  /** Reported speech: the article's words for what the speaker said. */
  | 'INDIRECT';

/** An order for statements; ties are broken by ID in the same direction. */
export type StatementOrder = {
  /** Which way. */
  direction?: OrderDirection;
  /** What to sort by. */
  field: StatementOrderField;
};

/** What to sort statements by. */
export type StatementOrderField =
  /** Article order: by article, then by place in the article's text. */
  | 'ARTICLE'
  /** The date of the statement; undated statements come last in either direction, in article order. */
  | 'DATE';

/** A speaker the text names only as a group (\"Human rights groups\", \"relatives and rights activists\"). */
export type UnnamedSource = Node & {
  __typename?: 'UnnamedSource';
  /** Global ID of the source. */
  id: Scalars['ID']['output'];
  /** How the text names the group. */
  label: Scalars['String']['output'];
  /** Statements attributed to the group, in article order. */
  statements: StatementConnection;
};


/** A speaker the text names only as a group (\"Human rights groups\", \"relatives and rights activists\"). */
export type UnnamedSourceStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchHit:
    | ( ArticleRow & { __typename: 'Article' } )
    | ( StatementRow & { __typename: 'Statement' } )
  ;
  Speaker:
    | ( OrganizationRow & { __typename: 'Organization' } )
    | ( PersonRow & { __typename: 'Person' } )
    | ( UnnamedSourceRow & { __typename: 'UnnamedSource' } )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( OrganizationRow & { __typename: 'Organization' } )
    | ( PersonRow & { __typename: 'Person' } )
  ;
  Node:
    | ( AffiliationRow & { __typename: 'Affiliation' } )
    | ( ArticleRow & { __typename: 'Article' } )
    | ( LegalBasisRow & { __typename: 'LegalBasis' } )
    | ( MentionRow & { __typename: 'Mention' } )
    | ( OrganizationRow & { __typename: 'Organization' } )
    | ( PersonRow & { __typename: 'Person' } )
    | ( SanctionRow & { __typename: 'Sanction' } )
    | ( StatementRow & { __typename: 'Statement' } )
    | ( UnnamedSourceRow & { __typename: 'UnnamedSource' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Affiliation: ResolverTypeWrapper<AffiliationRow>;
  AffiliationConnection: ResolverTypeWrapper<AffiliationConnectionRow>;
  AffiliationEdge: ResolverTypeWrapper<AffiliationEdgeRow>;
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionRow>;
  ArticleEdge: ResolverTypeWrapper<ArticleEdgeRow>;
  ArticleFilter: ArticleFilter;
  ArticleOrder: ArticleOrder;
  ArticleOrderField: ArticleOrderField;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EntityConnection: ResolverTypeWrapper<EntityConnectionRow>;
  EntityEdge: ResolverTypeWrapper<EntityEdgeRow>;
  EntityOrder: EntityOrder;
  EntityOrderField: EntityOrderField;
  FactSource: FactSource;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LegalBasis: ResolverTypeWrapper<LegalBasisRow>;
  LegalBasisConnection: ResolverTypeWrapper<LegalBasisConnectionRow>;
  LegalBasisEdge: ResolverTypeWrapper<LegalBasisEdgeRow>;
  Mention: ResolverTypeWrapper<MentionRow>;
  MentionConnection: ResolverTypeWrapper<MentionConnectionRow>;
  MentionEdge: ResolverTypeWrapper<MentionEdgeRow>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationConnection: ResolverTypeWrapper<OrganizationConnectionRow>;
  OrganizationEdge: ResolverTypeWrapper<OrganizationEdgeRow>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<PersonConnectionRow>;
  PersonEdge: ResolverTypeWrapper<PersonEdgeRow>;
  PersonFilter: PersonFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Sanction: ResolverTypeWrapper<SanctionRow>;
  SanctionConnection: ResolverTypeWrapper<SanctionConnectionRow>;
  SanctionEdge: ResolverTypeWrapper<SanctionEdgeRow>;
  SanctionFilter: SanctionFilter;
  SanctionMeasure: SanctionMeasure;
  SanctionOrder: SanctionOrder;
  SanctionOrderField: SanctionOrderField;
  SearchHit: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchHit']>;
  SearchHitKind: SearchHitKind;
  SearchResult: ResolverTypeWrapper<SearchResultRow>;
  SearchResultConnection: ResolverTypeWrapper<SearchResultConnectionRow>;
  SearchResultEdge: ResolverTypeWrapper<SearchResultEdgeRow>;
  Span: ResolverTypeWrapper<SpanRow>;
  Speaker: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Speaker']>;
  Statement: ResolverTypeWrapper<StatementRow>;
  StatementConnection: ResolverTypeWrapper<StatementConnectionRow>;
  StatementEdge: ResolverTypeWrapper<StatementEdgeRow>;
  StatementFilter: StatementFilter;
  StatementKind: StatementKind;
  StatementOrder: StatementOrder;
  StatementOrderField: StatementOrderField;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UnnamedSource: ResolverTypeWrapper<UnnamedSourceRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Affiliation: AffiliationRow;
  AffiliationConnection: AffiliationConnectionRow;
  AffiliationEdge: AffiliationEdgeRow;
  Article: ArticleRow;
  ArticleConnection: ArticleConnectionRow;
  ArticleEdge: ArticleEdgeRow;
  ArticleFilter: ArticleFilter;
  ArticleOrder: ArticleOrder;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  EntityConnection: EntityConnectionRow;
  EntityEdge: EntityEdgeRow;
  EntityOrder: EntityOrder;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LegalBasis: LegalBasisRow;
  LegalBasisConnection: LegalBasisConnectionRow;
  LegalBasisEdge: LegalBasisEdgeRow;
  Mention: MentionRow;
  MentionConnection: MentionConnectionRow;
  MentionEdge: MentionEdgeRow;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRow;
  OrganizationConnection: OrganizationConnectionRow;
  OrganizationEdge: OrganizationEdgeRow;
  OrganizationFilter: OrganizationFilter;
  PageInfo: PageInfo;
  Person: PersonRow;
  PersonConnection: PersonConnectionRow;
  PersonEdge: PersonEdgeRow;
  PersonFilter: PersonFilter;
  Query: Record<PropertyKey, never>;
  Sanction: SanctionRow;
  SanctionConnection: SanctionConnectionRow;
  SanctionEdge: SanctionEdgeRow;
  SanctionFilter: SanctionFilter;
  SanctionOrder: SanctionOrder;
  SearchHit: ResolversUnionTypes<ResolversParentTypes>['SearchHit'];
  SearchResult: SearchResultRow;
  SearchResultConnection: SearchResultConnectionRow;
  SearchResultEdge: SearchResultEdgeRow;
  Span: SpanRow;
  Speaker: ResolversUnionTypes<ResolversParentTypes>['Speaker'];
  Statement: StatementRow;
  StatementConnection: StatementConnectionRow;
  StatementEdge: StatementEdgeRow;
  StatementFilter: StatementFilter;
  StatementOrder: StatementOrder;
  String: Scalars['String']['output'];
  UnnamedSource: UnnamedSourceRow;
};

export type AffiliationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  span?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AffiliationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AffiliationConnection'] = ResolversParentTypes['AffiliationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AffiliationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AffiliationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AffiliationEdge'] = ResolversParentTypes['AffiliationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Affiliation'], ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  affiliations?: Resolver<ResolversTypes['AffiliationConnection'], ParentType, ContextType, Partial<ArticleAffiliationsArgs>>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contributors?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<ArticleContributorsArgs>>;
  factSource?: Resolver<ResolversTypes['FactSource'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, Partial<ArticleMentionsArgs>>;
  outlet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sanctions?: Resolver<ResolversTypes['SanctionConnection'], ParentType, ContextType, Partial<ArticleSanctionsArgs>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<ArticleStatementsArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Person', ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type LegalBasisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalBasis'] = ResolversParentTypes['LegalBasis']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sanctions?: Resolver<ResolversTypes['SanctionConnection'], ParentType, ContextType, Partial<LegalBasisSanctionsArgs>>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LegalBasisConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalBasisConnection'] = ResolversParentTypes['LegalBasisConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LegalBasisEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LegalBasis']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LegalBasisEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalBasisEdge'] = ResolversParentTypes['LegalBasisEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LegalBasis'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  span?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MentionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionConnection'] = ResolversParentTypes['MentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MentionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionEdge'] = ResolversParentTypes['MentionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Affiliation' | 'Article' | 'LegalBasis' | 'Mention' | 'Organization' | 'Person' | 'Sanction' | 'Statement' | 'UnnamedSource', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<OrganizationChildrenArgs>>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['AffiliationConnection'], ParentType, ContextType, Partial<OrganizationMembersArgs>>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, Partial<OrganizationMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  sanctionsImposed?: Resolver<ResolversTypes['SanctionConnection'], ParentType, ContextType, Partial<OrganizationSanctionsImposedArgs>>;
  sanctionsReceived?: Resolver<ResolversTypes['SanctionConnection'], ParentType, ContextType, Partial<OrganizationSanctionsReceivedArgs>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<OrganizationStatementsArgs>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<OrganizationStatementsAboutArgs>>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<ResolversTypes['AffiliationConnection'], ParentType, ContextType, Partial<PersonAffiliationsArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, Partial<PersonMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sanctions?: Resolver<ResolversTypes['SanctionConnection'], ParentType, ContextType, Partial<PersonSanctionsArgs>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<PersonStatementsArgs>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<PersonStatementsAboutArgs>>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'orderBy'>>;
  legalBases?: Resolver<ResolversTypes['LegalBasisConnection'], ParentType, ContextType, Partial<QueryLegalBasesArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, Partial<QueryOrganizationArgs>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'orderBy'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, Partial<QueryPersonArgs>>;
  persons?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPersonsArgs, 'orderBy'>>;
  sanction?: Resolver<Maybe<ResolversTypes['Sanction']>, ParentType, ContextType, RequireFields<QuerySanctionArgs, 'id'>>;
  sanctions?: Resolver<ResolversTypes['SanctionConnection'], ParentType, ContextType, RequireFields<QuerySanctionsArgs, 'orderBy'>>;
  search?: Resolver<ResolversTypes['SearchResultConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'query'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'orderBy'>>;
};

export type SanctionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sanction'] = ResolversParentTypes['Sanction']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dateText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['LegalBasis']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['SanctionMeasure']>, ParentType, ContextType>;
  span?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  targetSpan?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SanctionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SanctionConnection'] = ResolversParentTypes['SanctionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SanctionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Sanction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SanctionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SanctionEdge'] = ResolversParentTypes['SanctionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Sanction'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  __resolveType: TypeResolveFn<'Article' | 'Statement', ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  highlightedSnippet?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SearchResultHighlightedSnippetArgs, 'close' | 'open'>>;
  highlights?: Resolver<Array<ResolversTypes['Span']>, ParentType, ContextType>;
  hit?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
  titleHighlights?: Resolver<Array<ResolversTypes['Span']>, ParentType, ContextType>;
};

export type SearchResultConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResultConnection'] = ResolversParentTypes['SearchResultConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchResultEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchResultEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResultEdge'] = ResolversParentTypes['SearchResultEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
};

export type SpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Span'] = ResolversParentTypes['Span']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SpeakerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Speaker'] = ResolversParentTypes['Speaker']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Person' | 'UnnamedSource', ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  about?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, Partial<StatementAboutArgs>>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dateText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
  span?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Speaker'], ParentType, ContextType>;
  speakerSpan?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verb?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type UnnamedSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnnamedSource'] = ResolversParentTypes['UnnamedSource']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<UnnamedSourceStatementsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Affiliation?: AffiliationResolvers<ContextType>;
  AffiliationConnection?: AffiliationConnectionResolvers<ContextType>;
  AffiliationEdge?: AffiliationEdgeResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  LegalBasis?: LegalBasisResolvers<ContextType>;
  LegalBasisConnection?: LegalBasisConnectionResolvers<ContextType>;
  LegalBasisEdge?: LegalBasisEdgeResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionConnection?: MentionConnectionResolvers<ContextType>;
  MentionEdge?: MentionEdgeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Sanction?: SanctionResolvers<ContextType>;
  SanctionConnection?: SanctionConnectionResolvers<ContextType>;
  SanctionEdge?: SanctionEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SearchResultConnection?: SearchResultConnectionResolvers<ContextType>;
  SearchResultEdge?: SearchResultEdgeResolvers<ContextType>;
  Span?: SpanResolvers<ContextType>;
  Speaker?: SpeakerResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  UnnamedSource?: UnnamedSourceResolvers<ContextType>;
};

