import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { parseId } from '../../../arguments.ts';

export const article: QueryResolvers['article'] = (_parent, { id }, { loaders }) =>
  loaders.articleById.load(parseId(id));
