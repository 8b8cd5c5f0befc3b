import type { PersonResolvers } from '../../generated/resolvers.ts';

export const Person: PersonResolvers = {
  id: (person) => String(person.id),
  aliases: async (person, _args, { loaders }) =>
    (await loaders.aliasesByPersonId.load(person.id)).map((a) => a.alias),
  statements: (person, _args, { loaders }) => loaders.statementsBySpeakerPersonId.load(person.id),
  statementsAbout: async (person, _args, { loaders }) =>
    (await loaders.statementsAboutPersonId.load(person.id)).map((link) => link.statement),
  sanctions: (person, _args, { loaders }) => loaders.sanctionsByTargetPersonId.load(person.id),
  affiliations: (person, _args, { loaders }) => loaders.affiliationsByPersonId.load(person.id),
  mentions: (person, _args, { loaders }) => loaders.mentionsByPersonId.load(person.id),
};
