import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { found } from '../../../errors.ts';
import { parseRowId } from '../../../globalIds.ts';

export const article: QueryResolvers['article'] = async (_parent, { id }, { loaders }) =>
  found(await loaders.articleById.load(parseRowId('Article', id)), 'article', id);
