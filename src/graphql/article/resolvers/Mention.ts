import type { MentionResolvers } from '../../generated/resolvers.ts';
import { globalId } from '../../globalIds.ts';
import { asOrganization, asPerson, present } from '../../typename.ts';

export const Mention: MentionResolvers = {
  id: (mention) => globalId('Mention', mention.id),
  span: ({ start, end, text }) => ({ start, end, text }),
  article: async (mention, _args, { loaders }) =>
    present(await loaders.articleById.load(mention.articleId), `article ${mention.articleId}`),
  entity: async (mention, _args, { loaders }) =>
    mention.personId !== null
      ? asPerson(present(await loaders.personById.load(mention.personId), `person ${mention.personId}`))
      : asOrganization(
          present(await loaders.organizationById.load(mention.organizationId!), `organization ${mention.organizationId}`),
        ),
};
