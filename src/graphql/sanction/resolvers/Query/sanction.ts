import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { parseId } from '../../../arguments.ts';

export const sanction: QueryResolvers['sanction'] = (_parent, { id }, { loaders }) =>
  loaders.sanctionById.load(parseId(id));
