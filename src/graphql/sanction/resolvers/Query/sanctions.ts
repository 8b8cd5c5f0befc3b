import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { page } from '../../../arguments.ts';

export const sanctions: QueryResolvers['sanctions'] = (_parent, args, { db }) =>
  db.sanction.findMany({
    where: args.measure ? { measures: { some: { measure: args.measure } } } : {},
    orderBy: [{ articleId: 'asc' }, { start: 'asc' }, { id: 'asc' }],
    ...page(args),
  });
