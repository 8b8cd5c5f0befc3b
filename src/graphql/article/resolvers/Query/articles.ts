import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { containsText, page } from '../../../arguments.ts';

export const articles: QueryResolvers['articles'] = (_parent, args, { db, provider }) =>
  db.article.findMany({
    where: {
      ...(args.text && { OR: [{ title: containsText(provider, args.text) }, { body: containsText(provider, args.text) }] }),
      ...(args.outlet && { outlet: args.outlet }),
    },
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    ...page(args),
  });
