import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { containsText, page } from '../../../arguments.ts';

export const statements: QueryResolvers['statements'] = (_parent, args, { db, provider }) =>
  db.statement.findMany({
    where: {
      ...(args.text && { text: containsText(provider, args.text) }),
      ...(args.verb && { verb: args.verb }),
      ...(args.kind && { kind: args.kind }),
    },
    orderBy: [{ articleId: 'asc' }, { start: 'asc' }, { id: 'asc' }],
    ...page(args),
  });
