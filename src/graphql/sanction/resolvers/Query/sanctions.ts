import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { queriedConnection } from '../../../connections.ts';
import { sanctionOrderBy, sanctionWhere } from '../../filters.ts';

export const sanctions: QueryResolvers['sanctions'] = (_parent, { filter, orderBy: order, ...args }, { db }) => {
  const where = sanctionWhere(filter);
  const orderBy = sanctionOrderBy(order);
  return queriedConnection(args, {
    count: () => db.sanction.count({ where }),
    page: (skip, take) => db.sanction.findMany({ where, orderBy, skip, take }),
  });
};
