import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { knownAs } from '../../../arguments.ts';
import { BadUserInputError, found } from '../../../errors.ts';
import { parseRowId } from '../../../globalIds.ts';
import { nameKey } from '../../../../ingest/keys.ts';

export const person: QueryResolvers['person'] = async (_parent, { id, name }, { db, loaders }) => {
  if ((id == null) === (name == null)) throw new BadUserInputError('give exactly one of id and name');
  if (id != null) return found(await loaders.personById.load(parseRowId('Person', id)), 'person', id);
  // The canonical name wins over an alias another person may share.
  return (
    (await db.person.findUnique({ where: { nameKey: nameKey(name!) } })) ??
    (await db.person.findFirst({ where: knownAs(name!), orderBy: { id: 'asc' } }))
  );
};
