// Generated from the SDL by `npm run codegen`: the resolver types, and the typed client
// (every operation in src/client/operations/ as a typed document). The output is
// committed; CI regenerates it and fails if anything changes.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'src/graphql/**/schema.graphql',
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
          Affiliation: '../rows.ts#AffiliationRow',
          Article: '../rows.ts#ArticleRow',
          LegalBasis: '../rows.ts#LegalBasisRow',
          Mention: '../rows.ts#MentionRow',
          Organization: '../rows.ts#OrganizationRow',
          Person: '../rows.ts#PersonRow',
          Sanction: '../rows.ts#SanctionRow',
          Span: '../rows.ts#SpanRow',
          Statement: '../rows.ts#StatementRow',
          UnnamedSource: '../rows.ts#UnnamedSourceRow',
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
