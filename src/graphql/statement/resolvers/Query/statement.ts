import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { parseId } from '../../../arguments.ts';

export const statement: QueryResolvers['statement'] = (_parent, { id }, { loaders }) =>
  loaders.statementById.load(parseId(id));
