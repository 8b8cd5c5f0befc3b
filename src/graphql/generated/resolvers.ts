import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AffiliationRow, ArticleRow, LegalBasisRow, MentionRow, OrganizationRow, PersonRow, SanctionRow, SpanRow, StatementRow, UnnamedSourceRow } from '../rows.ts';
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
export type Affiliation = {
  __typename?: 'Affiliation';
  /** The article that gives the role. */
  article: Article;
  /** Identifier of the affiliation. */
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

/** A news article, with its text exactly as in its source document. */
export type Article = {
  __typename?: 'Article';
  /** Roles of people as the article gives them, in text order. */
  affiliations: Array<Affiliation>;
  /** The text exactly as in the document (front matter removed); every span indexes into it. */
  body: Scalars['String']['output'];
  /** News agencies credited with reporting ("With reporting by TASS and Interfax"). */
  contributors: Array<Organization>;
  /** Whether the facts come from a curated annotation or from automatic extraction. */
  factSource: FactSource;
  /** Identifier of the article. */
  id: Scalars['ID']['output'];
  /** Stable identity of the source document: its URL, else its file name without extension. */
  key: Scalars['String']['output'];
  /** Every place in the text that names a person or an organization, in text order. */
  mentions: Array<Mention>;
  /** Publisher, where known. */
  outlet?: Maybe<Scalars['String']['output']>;
  /** Publication time, where known. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Sanctions the article reports, in text order. */
  sanctions: Array<Sanction>;
  /** Attributed statements, in text order. */
  statements: Array<Statement>;
  /** Headline. */
  title: Scalars['String']['output'];
  /** Address of the article, where known. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A person or an organization: something that can be named, speak, be spoken about and be sanctioned. */
export type Entity = {
  /** Every name the entity is known by in the articles, the canonical one included. */
  aliases: Array<Scalars['String']['output']>;
  /** Country, where an article states it. */
  country?: Maybe<Scalars['String']['output']>;
  /** Description or role as the articles give it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Identifier of the entity, unique within its type. */
  id: Scalars['ID']['output'];
  /** Places in articles that name the entity. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Statements the entity made, in article order. */
  statements: Array<Statement>;
  /** Statements about the entity, in article order. */
  statementsAbout: Array<Statement>;
  /** Wikidata QID, where known. */
  wikidataId?: Maybe<Scalars['String']['output']>;
};

/** Where an article's facts came from. */
export type FactSource =
  /** Written by a person in an annotation file. */
  | 'CURATED'
  /** Found by whosaid's extractor. */
  | 'EXTRACTED';

/** A law or regulation sanctions are imposed under (\"Magnitsky Act\", 2012). */
export type LegalBasis = {
  __typename?: 'LegalBasis';
  /** What the law does, as the articles describe it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Identifier of the law. */
  id: Scalars['ID']['output'];
  /** Name of the law. */
  name: Scalars['String']['output'];
  /** Sanctions imposed under the law. */
  sanctions: Array<Sanction>;
  /** Year the law was passed, where given. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** A place in an article that names a person or an organization. */
export type Mention = {
  __typename?: 'Mention';
  /** The article. */
  article: Article;
  /** The person or organization named. */
  entity: Entity;
  /** Identifier of the mention. */
  id: Scalars['ID']['output'];
  /** Where the words stand in the article body. */
  span: Span;
  /** The words as they stand in the article. */
  text: Scalars['String']['output'];
};

/** An organization named in the news: a government body, a company, a newsroom, an NGO… */
export type Organization = Entity & {
  __typename?: 'Organization';
  /** Every name the organization is known by ("Russia's telecommunications watchdog"), the canonical one included. */
  aliases: Array<Scalars['String']['output']>;
  /** Organizations owned by or part of this one. */
  children: Array<Organization>;
  /** Country, where an article states it. */
  country?: Maybe<Scalars['String']['output']>;
  /** Description, as the articles give it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Identifier of the organization. */
  id: Scalars['ID']['output'];
  /** What kind of organization it is. */
  kind: OrganizationKind;
  /** People who hold a role in the organization. */
  members: Array<Affiliation>;
  /** Places in articles that name the organization. */
  mentions: Array<Mention>;
  /** Canonical name ("Roskomnadzor"). */
  name: Scalars['String']['output'];
  /** The organization that owns or contains this one (Instagram → Facebook). */
  parent?: Maybe<Organization>;
  /** Sanctions the organization imposed. */
  sanctionsImposed: Array<Sanction>;
  /** Sanctions imposed on the organization. */
  sanctionsReceived: Array<Sanction>;
  /** Statements the organization made, in article order. */
  statements: Array<Statement>;
  /** Statements about the organization, in article order. */
  statementsAbout: Array<Statement>;
  /** Wikidata QID, where known. */
  wikidataId?: Maybe<Scalars['String']['output']>;
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

/** A person named in the news. */
export type Person = Entity & {
  __typename?: 'Person';
  /** Roles the person holds, as the articles give them. */
  affiliations: Array<Affiliation>;
  /** Every name the person is known by in the articles ("Kadyrov"), the canonical one included. */
  aliases: Array<Scalars['String']['output']>;
  /** Country, where an article states it. */
  country?: Maybe<Scalars['String']['output']>;
  /** Description or role as the articles give it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Identifier of the person. */
  id: Scalars['ID']['output'];
  /** Places in articles that name the person. */
  mentions: Array<Mention>;
  /** Canonical name ("Ramzan Kadyrov"). */
  name: Scalars['String']['output'];
  /** Sanctions imposed on the person. */
  sanctions: Array<Sanction>;
  /** Statements the person made, in article order. */
  statements: Array<Statement>;
  /** Statements about the person, in article order. */
  statementsAbout: Array<Statement>;
  /** Wikidata QID, where known. */
  wikidataId?: Maybe<Scalars['String']['output']>;
};

/** Entry points into the news graph. */
export type Query = {
  __typename?: 'Query';
  /** The article with this id, or null. */
  article?: Maybe<Article>;
  /** Articles, newest first, whose title or body contains `text` (case-insensitive). */
  articles: Array<Article>;
  /** Laws sanctions are imposed under, by name. */
  legalBases: Array<LegalBasis>;
  /** The organization with this id, or the organization whose name or alias is `name`; null if none. */
  organization?: Maybe<Organization>;
  /** Organizations in name order whose name or an alias contains `name` (case- and accent-insensitive). */
  organizations: Array<Organization>;
  /** The person with this id, or the person whose name or alias is `name`; null if none. */
  person?: Maybe<Person>;
  /** Persons in name order whose name or an alias contains `name` (case- and accent-insensitive). */
  persons: Array<Person>;
  /** The sanction with this id, or null. */
  sanction?: Maybe<Sanction>;
  /** Sanctions in article order, filtered. */
  sanctions: Array<Sanction>;
  /** The statement with this id, or null. */
  statement?: Maybe<Statement>;
  /** Statements in article order, filtered. */
  statements: Array<Statement>;
};


/** Entry points into the news graph. */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the news graph. */
export type QueryArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  outlet?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points into the news graph. */
export type QueryOrganizationArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points into the news graph. */
export type QueryOrganizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points into the news graph. */
export type QueryPersonArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points into the news graph. */
export type QueryPersonsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points into the news graph. */
export type QuerySanctionArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the news graph. */
export type QuerySanctionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  measure?: InputMaybe<SanctionMeasure>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points into the news graph. */
export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the news graph. */
export type QueryStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<StatementKind>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  verb?: InputMaybe<Scalars['String']['input']>;
};

/** Who imposed what measures on whom, under which legal basis, when, per which article. */
export type Sanction = {
  __typename?: 'Sanction';
  /** The article that reports the sanction. */
  article: Article;
  /** The organization that imposed the sanction. */
  authority: Organization;
  /** The date of the sanction, where the text pins it down. */
  date?: Maybe<Scalars['Date']['output']>;
  /** The date as the text states it. */
  dateText?: Maybe<Scalars['String']['output']>;
  /** Identifier of the sanction. */
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

/**
 * A stretch of an article's body. Offsets are UTF-16 code unit indexes (as JavaScript
 * indexes strings), end exclusive: `article.body.slice(start, end) === text`.
 */
export type Span = {
  __typename?: 'Span';
  /** Offset just past the last character. */
  end: Scalars['Int']['output'];
  /** Offset of the first character. */
  start: Scalars['Int']['output'];
  /** The characters of the article body between start and end. */
  text: Scalars['String']['output'];
};

/** Who made a statement: a person, an organization, or a group the text does not name. */
export type Speaker = Organization | Person | UnnamedSource;

/** One attributed utterance: who said it, how, in which words, where in which article. */
export type Statement = {
  __typename?: 'Statement';
  /** The persons and organizations the statement is about. */
  about: Array<Entity>;
  /** The article the statement comes from. */
  article: Article;
  /** The date of the statement, where the text pins it down. */
  date?: Maybe<Scalars['Date']['output']>;
  /** The date as the text states it ("On December 26"). */
  dateText?: Maybe<Scalars['String']['output']>;
  /** Identifier of the statement. */
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

/** Direct quote or paraphrase. */
export type StatementKind =
  /** The speaker's own words, in quotation marks (whole or partial quote). */
  | 'DIRECT'
  /** Reported speech: the article's words for what the speaker said. */
  | 'INDIRECT';

/** A speaker the text names only as a group (\"Human rights groups\", \"relatives and rights activists\"). */
export type UnnamedSource = {
  __typename?: 'UnnamedSource';
  /** Identifier of the source. */
  id: Scalars['ID']['output'];
  /** How the text names the group. */
  label: Scalars['String']['output'];
  /** Statements attributed to the group, in article order. */
  statements: Array<Statement>;
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
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Affiliation: ResolverTypeWrapper<AffiliationRow>;
  Article: ResolverTypeWrapper<ArticleRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  FactSource: FactSource;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LegalBasis: ResolverTypeWrapper<LegalBasisRow>;
  Mention: ResolverTypeWrapper<MentionRow>;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationKind: OrganizationKind;
  Person: ResolverTypeWrapper<PersonRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Sanction: ResolverTypeWrapper<SanctionRow>;
  SanctionMeasure: SanctionMeasure;
  Span: ResolverTypeWrapper<SpanRow>;
  Speaker: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Speaker']>;
  Statement: ResolverTypeWrapper<StatementRow>;
  StatementKind: StatementKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UnnamedSource: ResolverTypeWrapper<UnnamedSourceRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Affiliation: AffiliationRow;
  Article: ArticleRow;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LegalBasis: LegalBasisRow;
  Mention: MentionRow;
  Organization: OrganizationRow;
  Person: PersonRow;
  Query: Record<PropertyKey, never>;
  Sanction: SanctionRow;
  Span: SpanRow;
  Speaker: ResolversUnionTypes<ResolversParentTypes>['Speaker'];
  Statement: StatementRow;
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
};

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contributors?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  factSource?: Resolver<ResolversTypes['FactSource'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  outlet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sanctions?: Resolver<Array<ResolversTypes['Sanction']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type LegalBasisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalBasis'] = ResolversParentTypes['LegalBasis']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sanctions?: Resolver<Array<ResolversTypes['Sanction']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  span?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  sanctionsImposed?: Resolver<Array<ResolversTypes['Sanction']>, ParentType, ContextType>;
  sanctionsReceived?: Resolver<Array<ResolversTypes['Sanction']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  statementsAbout?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sanctions?: Resolver<Array<ResolversTypes['Sanction']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  statementsAbout?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first' | 'offset'>>;
  legalBases?: Resolver<Array<ResolversTypes['LegalBasis']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, Partial<QueryOrganizationArgs>>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first' | 'offset'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, Partial<QueryPersonArgs>>;
  persons?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonsArgs, 'first' | 'offset'>>;
  sanction?: Resolver<Maybe<ResolversTypes['Sanction']>, ParentType, ContextType, RequireFields<QuerySanctionArgs, 'id'>>;
  sanctions?: Resolver<Array<ResolversTypes['Sanction']>, ParentType, ContextType, RequireFields<QuerySanctionsArgs, 'first' | 'offset'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first' | 'offset'>>;
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
  about?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
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
};

export type UnnamedSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnnamedSource'] = ResolversParentTypes['UnnamedSource']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Affiliation?: AffiliationResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  LegalBasis?: LegalBasisResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Sanction?: SanctionResolvers<ContextType>;
  Span?: SpanResolvers<ContextType>;
  Speaker?: SpeakerResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  UnnamedSource?: UnnamedSourceResolvers<ContextType>;
};

