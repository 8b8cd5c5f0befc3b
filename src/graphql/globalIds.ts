// Global IDs: every object's `id` names its type and its row (graphql-relay's encoding),
// so `node(id:)` can fetch any object again and an ID of one type cannot be taken for
// another's.
import { fromGlobalId, toGlobalId } from 'graphql-relay';
import { BadUserInputError } from './errors.ts';

export const NODE_TYPES = [
  'Affiliation',
  'Article',
  'LegalBasis',
  'Mention',
  'Organization',
  'Person',
  'Sanction',
  'Statement',
  'UnnamedSource',
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

export interface NodeRef<T extends NodeType = NodeType> {
  type: T;
  id: number;
}

export function globalId(type: NodeType, id: number): string {
  return toGlobalId(type, String(id));
}

const isNodeType = (type: string): type is NodeType => (NODE_TYPES as readonly string[]).includes(type);

/** The type and row id a global ID names; BAD_USER_INPUT if it is not one this server makes. */
export function parseGlobalId(id: string, argument = 'id'): NodeRef {
  const { type, id: rowId } = fromGlobalId(id);
  // fromGlobalId decodes leniently: accept only what globalId() would have produced.
  if (!isNodeType(type) || !/^[1-9]\d{0,14}$/.test(rowId) || toGlobalId(type, rowId) !== id) {
    throw new BadUserInputError(`"${id}" is not a valid ID`, argument);
  }
  return { type, id: Number(rowId) };
}

/** The row id of a global ID that must name one of `types`. */
export function parseGlobalIdOf<T extends NodeType>(types: readonly T[], id: string, argument = 'id'): NodeRef<T> {
  const ref = parseGlobalId(id, argument);
  if (!(types as readonly NodeType[]).includes(ref.type)) {
    throw new BadUserInputError(`"${id}" is the ID of a ${ref.type}, not of a ${types.join(' or ')}`, argument);
  }
  return ref as NodeRef<T>;
}

/** The row id of a global ID of one type. */
export function parseRowId(type: NodeType, id: string, argument = 'id'): number {
  return parseGlobalIdOf([type], id, argument).id;
}
