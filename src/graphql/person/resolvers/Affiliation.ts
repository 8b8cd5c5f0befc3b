import type { AffiliationResolvers } from '../../generated/resolvers.ts';
import { globalId } from '../../globalIds.ts';
import { present } from '../../typename.ts';

export const Affiliation: AffiliationResolvers = {
  id: (affiliation) => globalId('Affiliation', affiliation.id),
  person: async (affiliation, _args, { loaders }) =>
    present(await loaders.personById.load(affiliation.personId), `person ${affiliation.personId}`),
  organization: (affiliation, _args, { loaders }) =>
    affiliation.organizationId === null ? null : loaders.organizationById.load(affiliation.organizationId),
  span: ({ start, end, role }) => ({ start, end, text: role }),
  article: async (affiliation, _args, { loaders }) =>
    present(await loaders.articleById.load(affiliation.articleId), `article ${affiliation.articleId}`),
};
