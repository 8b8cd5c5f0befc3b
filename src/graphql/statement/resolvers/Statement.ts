import type { StatementResolvers } from '../../generated/resolvers.ts';
import { asOrganization, asPerson, asUnnamedSource, present } from '../../typename.ts';

export const Statement: StatementResolvers = {
  id: (statement) => String(statement.id),
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
  about: async (statement, _args, { loaders }) => {
    const [persons, organizations] = await Promise.all([
      loaders.aboutPersonsByStatementId.load(statement.id),
      loaders.aboutOrganizationsByStatementId.load(statement.id),
    ]);
    return [
      ...persons.map((link) => asPerson(link.person)),
      ...organizations.map((link) => asOrganization(link.organization)),
    ];
  },
  article: async (statement, _args, { loaders }) =>
    present(await loaders.articleById.load(statement.articleId), `article ${statement.articleId}`),
};
