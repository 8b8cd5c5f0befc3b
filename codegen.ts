// Resolver types generated from the SDL: `npm run codegen`. The output is committed;
// CI regenerates it and fails if anything changes.
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
  },
};

export default config;
