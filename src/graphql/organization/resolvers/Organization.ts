import type { OrganizationResolvers } from '../../generated/resolvers.ts';

export const Organization: OrganizationResolvers = {
  id: (organization) => String(organization.id),
  aliases: async (organization, _args, { loaders }) =>
    (await loaders.aliasesByOrganizationId.load(organization.id)).map((a) => a.alias),
  parent: (organization, _args, { loaders }) =>
    organization.parentId === null ? null : loaders.organizationById.load(organization.parentId),
  children: (organization, _args, { loaders }) => loaders.childrenByOrganizationId.load(organization.id),
  members: (organization, _args, { loaders }) => loaders.affiliationsByOrganizationId.load(organization.id),
  statements: (organization, _args, { loaders }) => loaders.statementsBySpeakerOrganizationId.load(organization.id),
  statementsAbout: async (organization, _args, { loaders }) =>
    (await loaders.statementsAboutOrganizationId.load(organization.id)).map((link) => link.statement),
  sanctionsImposed: (organization, _args, { loaders }) => loaders.sanctionsByAuthorityId.load(organization.id),
  sanctionsReceived: (organization, _args, { loaders }) =>
    loaders.sanctionsByTargetOrganizationId.load(organization.id),
  mentions: (organization, _args, { loaders }) => loaders.mentionsByOrganizationId.load(organization.id),
};
