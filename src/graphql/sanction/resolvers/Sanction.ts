import type { SanctionResolvers } from '../../generated/resolvers.ts';
import { globalId } from '../../globalIds.ts';
import { loadEntity, present } from '../../typename.ts';

export const Sanction: SanctionResolvers = {
  id: (sanction) => globalId('Sanction', sanction.id),
  authority: async (s, _args, { loaders }) =>
    present(await loaders.organizationById.load(s.authorityId), `organization ${s.authorityId}`),
  target: (s, _args, { loaders }) => loadEntity(loaders, s.targetPersonId, s.targetOrganizationId),
  targetSpan: (s) => ({ start: s.targetStart, end: s.targetEnd, text: s.targetText }),
  measures: async (s, _args, { loaders }) => (await loaders.measuresBySanctionId.load(s.id)).map((m) => m.measure),
  legalBasis: (s, _args, { loaders }) => (s.legalBasisId === null ? null : loaders.legalBasisById.load(s.legalBasisId)),
  span: (s) => ({ start: s.start, end: s.end, text: s.text }),
  article: async (s, _args, { loaders }) => present(await loaders.articleById.load(s.articleId), `article ${s.articleId}`),
};
