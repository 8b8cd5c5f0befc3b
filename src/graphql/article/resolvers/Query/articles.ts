import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { queriedConnection } from '../../../connections.ts';
import { articleOrderBy, articleWhere } from '../../filters.ts';

export const articles: QueryResolvers['articles'] = (_parent, args, { db }) => {
  const where = articleWhere(args.filter);
  const orderBy = articleOrderBy(args.orderBy);
  return queriedConnection(args, {
    count: () => db.article.count({ where }),
    page: (skip, take) => db.article.findMany({ where, orderBy, skip, take }),
  });
};
