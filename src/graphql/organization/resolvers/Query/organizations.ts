import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { entityOrderBy, knownAsPartly } from '../../../arguments.ts';
import { queriedConnection } from '../../../connections.ts';
import type { Prisma } from '../../../../db/client.ts';

export const organizations: QueryResolvers['organizations'] = (_parent, { filter, orderBy: order, ...args }, { db }) => {
  const where: Prisma.OrganizationWhereInput = {
    ...(filter?.name ? knownAsPartly(filter.name) : {}),
    ...(filter?.kind && { kind: filter.kind }),
    ...(filter?.country != null && { country: filter.country }),
  };
  const orderBy = entityOrderBy(order);
  return queriedConnection(args, {
    count: () => db.organization.count({ where }),
    page: (skip, take) => db.organization.findMany({ where, orderBy, skip, take }),
  });
};
