import type { MentionResolvers } from '../../generated/resolvers.ts';
import { globalId } from '../../globalIds.ts';
import { loadEntity, present } from '../../typename.ts';

export const Mention: MentionResolvers = {
  id: (mention) => globalId('Mention', mention.id),
  span: ({ start, end, text }) => ({ start, end, text }),
  article: async (mention, _args, { loaders }) =>
    present(await loaders.articleById.load(mention.articleId), `article ${mention.articleId}`),
  entity: (mention, _args, { loaders }) => loadEntity(loaders, mention.personId, mention.organizationId),
};
