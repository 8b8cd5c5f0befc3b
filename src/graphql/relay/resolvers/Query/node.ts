import type { QueryResolvers } from '../../../generated/resolvers.ts';
import { parseGlobalId } from '../../../globalIds.ts';
import { loadNode } from '../../loadNode.ts';

export const node: QueryResolvers['node'] = (_parent, { id }, { loaders }) => loadNode(loaders, parseGlobalId(id));
