import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { knownAs } from '../../../arguments.ts';
import { BadUserInputError, found } from '../../../errors.ts';
import { parseRowId } from '../../../globalIds.ts';
import { nameKey } from '../../../../ingest/keys.ts';

export const organization: QueryResolvers['organization'] = async (_parent, { id, name }, { db, loaders }) => {
  if ((id == null) === (name == null)) throw new BadUserInputError('give exactly one of id and name');
  if (id != null) return found(await loaders.organizationById.load(parseRowId('Organization', id)), 'organization', id);
  // The canonical name wins over an alias another organization may share.
  return (
    (await db.organization.findUnique({ where: { nameKey: nameKey(name!) } })) ??
    (await db.organization.findFirst({ where: knownAs(name!), orderBy: { id: 'asc' } }))
  );
};
