import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { entityOrderBy, knownAsPartly } from '../../../arguments.ts';
import { queriedConnection } from '../../../connections.ts';
import type { Prisma } from '../../../../db/client.ts';

export const persons: QueryResolvers['persons'] = (_parent, { filter, orderBy: order, ...args }, { db }) => {
  const where: Prisma.PersonWhereInput = {
    ...(filter?.name ? knownAsPartly(filter.name) : {}),
    ...(filter?.country != null && { country: filter.country }),
  };
  const orderBy = entityOrderBy(order);
  return queriedConnection(args, {
    count: () => db.person.count({ where }),
    page: (skip, take) => db.person.findMany({ where, orderBy, skip, take }),
  });
};
