import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { page } from '../../../arguments.ts';
import { nameKey } from '../../../../ingest/keys.ts';

export const organizations: QueryResolvers['organizations'] = (_parent, args, { db }) => {
  const key = args.name ? nameKey(args.name) : null;
  return db.organization.findMany({
    where: {
      ...(key && { aliases: { some: { aliasKey: { contains: key } } } }),
      ...(args.kind && { kind: args.kind }),
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    ...page(args),
  });
};
