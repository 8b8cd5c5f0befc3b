import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { page } from '../../../arguments.ts';
import { nameKey } from '../../../../ingest/keys.ts';

export const persons: QueryResolvers['persons'] = (_parent, args, { db }) => {
  const key = args.name ? nameKey(args.name) : null;
  return db.person.findMany({
    where: key ? { aliases: { some: { aliasKey: { contains: key } } } } : {},
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    ...page(args),
  });
};
