import type { LegalBasisResolvers } from '../../generated/resolvers.ts';
import { globalId } from '../../globalIds.ts';
import { relations } from '../../relations.ts';

export const LegalBasis: LegalBasisResolvers = {
  id: (law) => globalId('LegalBasis', law.id),
  sanctions: (law, args, { loaders }) => loaders.connection(relations.sanctionsByLegalBasis, law.id, args),
};
