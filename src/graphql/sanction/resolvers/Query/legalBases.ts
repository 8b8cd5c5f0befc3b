import type { QueryResolvers } from '../../../generated/resolvers.ts';

export const legalBases: QueryResolvers['legalBases'] = (_parent, _args, { db }) =>
  db.legalBasis.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] });
