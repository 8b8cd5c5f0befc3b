import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { parseId } from '../../../arguments.ts';
import { BadUserInputError } from '../../../errors.ts';
import { nameKey } from '../../../../ingest/keys.ts';

export const person: QueryResolvers['person'] = async (_parent, { id, name }, { db, loaders }) => {
  if ((id == null) === (name == null)) throw new BadUserInputError('give exactly one of id and name');
  if (id != null) return loaders.personById.load(parseId(id));
  const key = nameKey(name!);
  // The canonical name wins over an alias another person may share.
  return (
    (await db.person.findUnique({ where: { nameKey: key } })) ??
    (await db.person.findFirst({ where: { aliases: { some: { aliasKey: key } } }, orderBy: { id: 'asc' } }))
  );
};
