import type { StatementResolvers } from '../../generated/resolvers.ts';
import { globalId } from '../../globalIds.ts';
import { relations } from '../../relations.ts';
import { asOrganization, asPerson, asUnnamedSource, present } from '../../typename.ts';

export const Statement: StatementResolvers = {
  id: (statement) => globalId('Statement', statement.id),
  speaker: async (s, _args, { loaders }) => {
    if (s.speakerPersonId !== null) {
      return asPerson(present(await loaders.personById.load(s.speakerPersonId), `person ${s.speakerPersonId}`));
    }
    if (s.speakerOrganizationId !== null) {
      const row = await loaders.organizationById.load(s.speakerOrganizationId);
      return asOrganization(present(row, `organization ${s.speakerOrganizationId}`));
    }
    const row = await loaders.unnamedSourceById.load(s.speakerSourceId!);
    return asUnnamedSource(present(row, `unnamed source ${s.speakerSourceId}`));
  },
  speakerSpan: (s) => ({ start: s.speakerStart, end: s.speakerEnd, text: s.speakerText }),
  span: (s) => ({ start: s.start, end: s.end, text: s.text }),
  sentence: (s) => ({ start: s.sentenceStart, end: s.sentenceEnd, text: s.sentence }),
  about: (statement, args, { loaders }) => loaders.connection(relations.aboutByStatement, statement.id, args),
  article: async (statement, _args, { loaders }) =>
    present(await loaders.articleById.load(statement.articleId), `article ${statement.articleId}`),
};
