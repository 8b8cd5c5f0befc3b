import type { UnnamedSourceResolvers } from '../../generated/resolvers.ts';
import { globalId } from '../../globalIds.ts';
import { relations } from '../../relations.ts';

export const UnnamedSource: UnnamedSourceResolvers = {
  id: (source) => globalId('UnnamedSource', source.id),
  statements: (source, args, { loaders }) => loaders.connection(relations.statementsBySpeakerSource, source.id, args),
};
