import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { queriedConnection } from '../../../connections.ts';

export const legalBases: QueryResolvers['legalBases'] = (_parent, args, { db }) =>
  queriedConnection(args, {
    count: () => db.legalBasis.count(),
    page: (skip, take) => db.legalBasis.findMany({ orderBy: [{ nameKey: 'asc' }, { id: 'asc' }], skip, take }),
  });
