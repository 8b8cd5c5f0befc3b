import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { MAX_PAGE_SIZE } from '../../../connections.ts';
import { BadUserInputError } from '../../../errors.ts';
import { parseGlobalId } from '../../../globalIds.ts';
import { loadNode } from '../../loadNode.ts';

export const nodes: QueryResolvers['nodes'] = (_parent, { ids }, { loaders }) => {
  if (ids.length > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`ids must hold at most ${MAX_PAGE_SIZE} IDs, got ${ids.length}`, 'ids');
  }
  const refs = ids.map((id) => parseGlobalId(id, 'ids'));
  return Promise.all(refs.map((ref) => loadNode(loaders, ref)));
};
