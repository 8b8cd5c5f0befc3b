import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { found } from '../../../errors.ts';
import { parseRowId } from '../../../globalIds.ts';

export const sanction: QueryResolvers['sanction'] = async (_parent, { id }, { loaders }) =>
  found(await loaders.sanctionById.load(parseRowId('Sanction', id)), 'sanction', id);
