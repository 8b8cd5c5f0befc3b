import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { parseId } from '../../../arguments.ts';
import { BadUserInputError } from '../../../errors.ts';
import { nameKey } from '../../../../ingest/keys.ts';

export const organization: QueryResolvers['organization'] = async (_parent, { id, name }, { db, loaders }) => {
  if ((id == null) === (name == null)) throw new BadUserInputError('give exactly one of id and name');
  if (id != null) return loaders.organizationById.load(parseId(id));
  const key = nameKey(name!);
  return (
    (await db.organization.findUnique({ where: { nameKey: key } })) ??
    (await db.organization.findFirst({ where: { aliases: { some: { aliasKey: key } } }, orderBy: { id: 'asc' } }))
  );
};
