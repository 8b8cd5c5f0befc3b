import type { LegalBasisResolvers } from '../../generated/resolvers.ts';

export const LegalBasis: LegalBasisResolvers = {
  id: (law) => String(law.id),
  sanctions: (law, _args, { loaders }) => loaders.sanctionsByLegalBasisId.load(law.id),
};
