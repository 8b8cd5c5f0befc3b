/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ArticleStatements($id: ID! = \"1\") {\n  article(id: $id) {\n    title\n    outlet\n    publishedAt\n    statements {\n      speakerSpan {\n        start\n        end\n        text\n      }\n      verb\n      kind\n      span {\n        start\n        end\n        text\n      }\n      sentence {\n        start\n        end\n        text\n      }\n    }\n  }\n}": typeof types.ArticleStatementsDocument,
    "query ArticleText($id: ID!) {\n  article(id: $id) {\n    id\n    title\n    outlet\n    url\n    publishedAt\n    body\n  }\n}": typeof types.ArticleTextDocument,
    "query OrganizationView($id: ID!) {\n  organization(id: $id) {\n    ...EntityName\n    description\n    country\n    aliases\n    kind\n    statements {\n      ...StatementCard\n    }\n    statementsAbout {\n      ...StatementCard\n    }\n    sanctionsImposed {\n      ...SanctionCard\n    }\n    sanctionsReceived {\n      ...SanctionCard\n    }\n  }\n}": typeof types.OrganizationViewDocument,
    "query PersonView($id: ID!) {\n  person(id: $id) {\n    ...EntityName\n    description\n    country\n    aliases\n    affiliations {\n      role\n      organization {\n        id\n        name\n      }\n    }\n    statements {\n      ...StatementCard\n    }\n    statementsAbout {\n      ...StatementCard\n    }\n    sanctions {\n      ...SanctionCard\n    }\n  }\n}": typeof types.PersonViewDocument,
    "query Sanctions($first: Int = 100) {\n  sanctions(first: $first) {\n    authority {\n      name\n    }\n    target {\n      __typename\n      name\n    }\n    measures\n    legalBasis {\n      name\n      year\n      description\n    }\n    dateText\n    text\n    article {\n      title\n    }\n  }\n}": typeof types.SanctionsDocument,
    "query Search($text: String! = \"Kadyrov\") {\n  persons(name: $text, first: 10) {\n    ...EntityName\n    statements {\n      ...StatementCard\n    }\n  }\n  organizations(name: $text, first: 10) {\n    ...EntityName\n    statements {\n      ...StatementCard\n    }\n  }\n  statements(text: $text, first: 50) {\n    ...StatementCard\n  }\n}": typeof types.SearchDocument,
    "query WhoSaidWhatAbout($name: String! = \"Kadyrov\") {\n  person(name: $name) {\n    name\n    description\n    statementsAbout {\n      speaker {\n        ... on Person {\n          name\n        }\n        ... on Organization {\n          name\n        }\n        ... on UnnamedSource {\n          label\n        }\n      }\n      verb\n      kind\n      text\n      article {\n        title\n        publishedAt\n      }\n    }\n    statements {\n      verb\n      kind\n      text\n      about {\n        name\n      }\n    }\n  }\n}": typeof types.WhoSaidWhatAboutDocument,
    "fragment EntityName on Entity {\n  __typename\n  id\n  name\n}\n\nfragment StatementCard on Statement {\n  id\n  speaker {\n    __typename\n    ... on Person {\n      id\n      name\n    }\n    ... on Organization {\n      id\n      name\n    }\n    ... on UnnamedSource {\n      id\n      label\n    }\n  }\n  verb\n  kind\n  text\n  span {\n    start\n    end\n  }\n  sentence {\n    start\n    end\n    text\n  }\n  date\n  dateText\n  article {\n    id\n    title\n    outlet\n    publishedAt\n  }\n}\n\nfragment SanctionCard on Sanction {\n  id\n  authority {\n    id\n    name\n  }\n  target {\n    ...EntityName\n  }\n  measures\n  legalBasis {\n    name\n    year\n  }\n  date\n  dateText\n  text\n  article {\n    id\n    title\n    outlet\n    publishedAt\n  }\n}": typeof types.EntityNameFragmentDoc,
};
const documents: Documents = {
    "query ArticleStatements($id: ID! = \"1\") {\n  article(id: $id) {\n    title\n    outlet\n    publishedAt\n    statements {\n      speakerSpan {\n        start\n        end\n        text\n      }\n      verb\n      kind\n      span {\n        start\n        end\n        text\n      }\n      sentence {\n        start\n        end\n        text\n      }\n    }\n  }\n}": types.ArticleStatementsDocument,
    "query ArticleText($id: ID!) {\n  article(id: $id) {\n    id\n    title\n    outlet\n    url\n    publishedAt\n    body\n  }\n}": types.ArticleTextDocument,
    "query OrganizationView($id: ID!) {\n  organization(id: $id) {\n    ...EntityName\n    description\n    country\n    aliases\n    kind\n    statements {\n      ...StatementCard\n    }\n    statementsAbout {\n      ...StatementCard\n    }\n    sanctionsImposed {\n      ...SanctionCard\n    }\n    sanctionsReceived {\n      ...SanctionCard\n    }\n  }\n}": types.OrganizationViewDocument,
    "query PersonView($id: ID!) {\n  person(id: $id) {\n    ...EntityName\n    description\n    country\n    aliases\n    affiliations {\n      role\n      organization {\n        id\n        name\n      }\n    }\n    statements {\n      ...StatementCard\n    }\n    statementsAbout {\n      ...StatementCard\n    }\n    sanctions {\n      ...SanctionCard\n    }\n  }\n}": types.PersonViewDocument,
    "query Sanctions($first: Int = 100) {\n  sanctions(first: $first) {\n    authority {\n      name\n    }\n    target {\n      __typename\n      name\n    }\n    measures\n    legalBasis {\n      name\n      year\n      description\n    }\n    dateText\n    text\n    article {\n      title\n    }\n  }\n}": types.SanctionsDocument,
    "query Search($text: String! = \"Kadyrov\") {\n  persons(name: $text, first: 10) {\n    ...EntityName\n    statements {\n      ...StatementCard\n    }\n  }\n  organizations(name: $text, first: 10) {\n    ...EntityName\n    statements {\n      ...StatementCard\n    }\n  }\n  statements(text: $text, first: 50) {\n    ...StatementCard\n  }\n}": types.SearchDocument,
    "query WhoSaidWhatAbout($name: String! = \"Kadyrov\") {\n  person(name: $name) {\n    name\n    description\n    statementsAbout {\n      speaker {\n        ... on Person {\n          name\n        }\n        ... on Organization {\n          name\n        }\n        ... on UnnamedSource {\n          label\n        }\n      }\n      verb\n      kind\n      text\n      article {\n        title\n        publishedAt\n      }\n    }\n    statements {\n      verb\n      kind\n      text\n      about {\n        name\n      }\n    }\n  }\n}": types.WhoSaidWhatAboutDocument,
    "fragment EntityName on Entity {\n  __typename\n  id\n  name\n}\n\nfragment StatementCard on Statement {\n  id\n  speaker {\n    __typename\n    ... on Person {\n      id\n      name\n    }\n    ... on Organization {\n      id\n      name\n    }\n    ... on UnnamedSource {\n      id\n      label\n    }\n  }\n  verb\n  kind\n  text\n  span {\n    start\n    end\n  }\n  sentence {\n    start\n    end\n    text\n  }\n  date\n  dateText\n  article {\n    id\n    title\n    outlet\n    publishedAt\n  }\n}\n\nfragment SanctionCard on Sanction {\n  id\n  authority {\n    id\n    name\n  }\n  target {\n    ...EntityName\n  }\n  measures\n  legalBasis {\n    name\n    year\n  }\n  date\n  dateText\n  text\n  article {\n    id\n    title\n    outlet\n    publishedAt\n  }\n}": types.EntityNameFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleStatements($id: ID! = \"1\") {\n  article(id: $id) {\n    title\n    outlet\n    publishedAt\n    statements {\n      speakerSpan {\n        start\n        end\n        text\n      }\n      verb\n      kind\n      span {\n        start\n        end\n        text\n      }\n      sentence {\n        start\n        end\n        text\n      }\n    }\n  }\n}"): typeof import('./graphql.ts').ArticleStatementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleText($id: ID!) {\n  article(id: $id) {\n    id\n    title\n    outlet\n    url\n    publishedAt\n    body\n  }\n}"): typeof import('./graphql.ts').ArticleTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationView($id: ID!) {\n  organization(id: $id) {\n    ...EntityName\n    description\n    country\n    aliases\n    kind\n    statements {\n      ...StatementCard\n    }\n    statementsAbout {\n      ...StatementCard\n    }\n    sanctionsImposed {\n      ...SanctionCard\n    }\n    sanctionsReceived {\n      ...SanctionCard\n    }\n  }\n}"): typeof import('./graphql.ts').OrganizationViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonView($id: ID!) {\n  person(id: $id) {\n    ...EntityName\n    description\n    country\n    aliases\n    affiliations {\n      role\n      organization {\n        id\n        name\n      }\n    }\n    statements {\n      ...StatementCard\n    }\n    statementsAbout {\n      ...StatementCard\n    }\n    sanctions {\n      ...SanctionCard\n    }\n  }\n}"): typeof import('./graphql.ts').PersonViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Sanctions($first: Int = 100) {\n  sanctions(first: $first) {\n    authority {\n      name\n    }\n    target {\n      __typename\n      name\n    }\n    measures\n    legalBasis {\n      name\n      year\n      description\n    }\n    dateText\n    text\n    article {\n      title\n    }\n  }\n}"): typeof import('./graphql.ts').SanctionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String! = \"Kadyrov\") {\n  persons(name: $text, first: 10) {\n    ...EntityName\n    statements {\n      ...StatementCard\n    }\n  }\n  organizations(name: $text, first: 10) {\n    ...EntityName\n    statements {\n      ...StatementCard\n    }\n  }\n  statements(text: $text, first: 50) {\n    ...StatementCard\n  }\n}"): typeof import('./graphql.ts').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoSaidWhatAbout($name: String! = \"Kadyrov\") {\n  person(name: $name) {\n    name\n    description\n    statementsAbout {\n      speaker {\n        ... on Person {\n          name\n        }\n        ... on Organization {\n          name\n        }\n        ... on UnnamedSource {\n          label\n        }\n      }\n      verb\n      kind\n      text\n      article {\n        title\n        publishedAt\n      }\n    }\n    statements {\n      verb\n      kind\n      text\n      about {\n        name\n      }\n    }\n  }\n}"): typeof import('./graphql.ts').WhoSaidWhatAboutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EntityName on Entity {\n  __typename\n  id\n  name\n}\n\nfragment StatementCard on Statement {\n  id\n  speaker {\n    __typename\n    ... on Person {\n      id\n      name\n    }\n    ... on Organization {\n      id\n      name\n    }\n    ... on UnnamedSource {\n      id\n      label\n    }\n  }\n  verb\n  kind\n  text\n  span {\n    start\n    end\n  }\n  sentence {\n    start\n    end\n    text\n  }\n  date\n  dateText\n  article {\n    id\n    title\n    outlet\n    publishedAt\n  }\n}\n\nfragment SanctionCard on Sanction {\n  id\n  authority {\n    id\n    name\n  }\n  target {\n    ...EntityName\n  }\n  measures\n  legalBasis {\n    name\n    year\n  }\n  date\n  dateText\n  text\n  article {\n    id\n    title\n    outlet\n    publishedAt\n  }\n}"): typeof import('./graphql.ts').EntityNameFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
