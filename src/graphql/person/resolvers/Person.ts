import type { PersonResolvers } from '../../generated/resolvers.ts';
import { globalId } from '../../globalIds.ts';
import { relations } from '../../relations.ts';

export const Person: PersonResolvers = {
  id: (person) => globalId('Person', person.id),
  aliases: async (person, _args, { loaders }) =>
    (await loaders.aliasesByPersonId.load(person.id)).map((a) => a.alias),
  statements: (person, args, { loaders }) => loaders.connection(relations.statementsBySpeakerPerson, person.id, args),
  statementsAbout: (person, args, { loaders }) => loaders.connection(relations.statementsAboutPerson, person.id, args),
  sanctions: (person, args, { loaders }) => loaders.connection(relations.sanctionsByTargetPerson, person.id, args),
  affiliations: (person, args, { loaders }) => loaders.connection(relations.affiliationsByPerson, person.id, args),
  mentions: (person, args, { loaders }) => loaders.connection(relations.mentionsByPerson, person.id, args),
};
