import type { OrganizationResolvers } from '../../generated/resolvers.ts';
import { globalId } from '../../globalIds.ts';
import { relations } from '../../relations.ts';

export const Organization: OrganizationResolvers = {
  id: (organization) => globalId('Organization', organization.id),
  aliases: async (organization, _args, { loaders }) =>
    (await loaders.aliasesByOrganizationId.load(organization.id)).map((a) => a.alias),
  parent: (organization, _args, { loaders }) =>
    organization.parentId === null ? null : loaders.organizationById.load(organization.parentId),
  children: (organization, args, { loaders }) =>
    loaders.connection(relations.childrenByOrganization, organization.id, args),
  members: (organization, args, { loaders }) =>
    loaders.connection(relations.affiliationsByOrganization, organization.id, args),
  statements: (organization, args, { loaders }) =>
    loaders.connection(relations.statementsBySpeakerOrganization, organization.id, args),
  statementsAbout: (organization, args, { loaders }) =>
    loaders.connection(relations.statementsAboutOrganization, organization.id, args),
  sanctionsImposed: (organization, args, { loaders }) =>
    loaders.connection(relations.sanctionsByAuthority, organization.id, args),
  sanctionsReceived: (organization, args, { loaders }) =>
    loaders.connection(relations.sanctionsByTargetOrganization, organization.id, args),
  mentions: (organization, args, { loaders }) =>
    loaders.connection(relations.mentionsByOrganization, organization.id, args),
};
