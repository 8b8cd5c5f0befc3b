import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { queriedConnection } from '../../../connections.ts';
import { statementOrderBy, statementWhere } from '../../filters.ts';

export const statements: QueryResolvers['statements'] = (_parent, { filter, orderBy: order, ...args }, { db, provider }) => {
  const where = statementWhere(filter, provider);
  const orderBy = statementOrderBy(order);
  return queriedConnection(args, {
    count: () => db.statement.count({ where }),
    page: (skip, take) => db.statement.findMany({ where, orderBy, skip, take }),
  });
};
