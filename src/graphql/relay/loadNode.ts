// The object a global ID names, through the by-id loaders (so `nodes(ids:)` is one
// statement per type).
import type { ResolversInterfaceTypes, ResolversTypes } from '../generated/resolvers.ts';
import type { NodeRef } from '../globalIds.ts';
import type { RowLoaders } from '../loaders.ts';
import { typed } from '../typename.ts';

export type NodeRow = ResolversInterfaceTypes<ResolversTypes>['Node'];

export async function loadNode(loaders: RowLoaders, { type, id }: NodeRef): Promise<NodeRow | null> {
  const as = <Row, Name extends NodeRef['type']>(name: Name, row: Row | null) => row && typed(name, row);
  switch (type) {
    case 'Affiliation':
      return as(type, await loaders.affiliationById.load(id));
    case 'Article':
      return as(type, await loaders.articleById.load(id));
    case 'LegalBasis':
      return as(type, await loaders.legalBasisById.load(id));
    case 'Mention':
      return as(type, await loaders.mentionById.load(id));
    case 'Organization':
      return as(type, await loaders.organizationById.load(id));
    case 'Person':
      return as(type, await loaders.personById.load(id));
    case 'Sanction':
      return as(type, await loaders.sanctionById.load(id));
    case 'Statement':
      return as(type, await loaders.statementById.load(id));
    case 'UnnamedSource':
      return as(type, await loaders.unnamedSourceById.load(id));
  }
}
