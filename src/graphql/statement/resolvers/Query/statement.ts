import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { found } from '../../../errors.ts';
import { parseRowId } from '../../../globalIds.ts';

export const statement: QueryResolvers['statement'] = async (_parent, { id }, { loaders }) =>
  found(await loaders.statementById.load(parseRowId('Statement', id)), 'statement', id);
