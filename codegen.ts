// Generated from the SDL by `npm run codegen`: the resolver types, and the typed client
// (every operation in src/client/operations/ as a typed document). The output is
// committed; CI regenerates it and fails if anything changes.
import type { CodegenConfig } from '@graphql-codegen/cli';

const rows = (name: string) => `../rows.ts#${name}`;
const connectionTypes = [
  'Affiliation',
  'Article',
  'Entity',
  'LegalBasis',
  'Mention',
  'Organization',
  'Person',
  'Sanction',
  'SearchResult',
  'Statement',
];

const config: CodegenConfig = {
  // The domain SDL files, not the printed whole they make (src/graphql/printed/).
  schema: ['src/graphql/schema.graphql', 'src/graphql/*/schema.graphql', '!src/graphql/printed/**'],
  generates: {
    'src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.ts#Context',
        scalars: { DateTime: 'Date', Date: 'Date' },
        // Union members and interface implementations carry __typename, so graphql-js
        // resolves abstract types without a hand-written __resolveType.
        resolversNonOptionalTypename: { unionMember: true, interfaceImplementingType: true },
        mappers: {
          Affiliation: rows('AffiliationRow'),
          Article: rows('ArticleRow'),
          LegalBasis: rows('LegalBasisRow'),
          Mention: rows('MentionRow'),
          Organization: rows('OrganizationRow'),
          Person: rows('PersonRow'),
          Sanction: rows('SanctionRow'),
          SearchResult: rows('SearchResultRow'),
          Span: rows('SpanRow'),
          Statement: rows('StatementRow'),
          UnnamedSource: rows('UnnamedSourceRow'),
          ...Object.fromEntries(
            connectionTypes.flatMap((type) => [
              [`${type}Connection`, rows(`${type}ConnectionRow`)],
              [`${type}Edge`, rows(`${type}EdgeRow`)],
            ]),
          ),
        },
      },
    },
    'src/client/generated/': {
      documents: 'src/client/operations/*.graphql',
      preset: 'client',
      // Results are plain data: no fragment masking, no runtime beyond fetch.
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        importExtension: '.ts',
        useTypeImports: true,
        enumsAsTypes: true,
        // Scalars arrive as JSON strings.
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;
