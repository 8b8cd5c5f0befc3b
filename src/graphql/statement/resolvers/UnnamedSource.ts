import type { UnnamedSourceResolvers } from '../../generated/resolvers.ts';

export const UnnamedSource: UnnamedSourceResolvers = {
  id: (source) => String(source.id),
  statements: (source, _args, { loaders }) => loaders.statementsBySpeakerSourceId.load(source.id),
};
