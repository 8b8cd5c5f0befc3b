// Rows returned where the schema has an abstract type (Node, Entity, Speaker, SearchHit)
// carry their __typename, which graphql-js reads to pick the concrete type.
import type { NodeType } from './globalIds.ts';
import type { RowLoaders } from './loaders.ts';
import type { OrganizationRow, PersonRow, Typed, UnnamedSourceRow } from './rows.ts';

export const typed = <Row, Name extends NodeType>(name: Name, row: Row): Typed<Row, Name> => ({ ...row, __typename: name });

export const asPerson = (row: PersonRow) => typed('Person', row);
export const asOrganization = (row: OrganizationRow) => typed('Organization', row);
export const asUnnamedSource = (row: UnnamedSourceRow) => typed('UnnamedSource', row);

/** A loaded row that must exist: foreign keys guarantee it, so a miss is a server bug. */
export function present<T>(row: T | null, what: string): T {
  if (row === null) throw new Error(`${what} is missing`);
  return row;
}

/**
 * The person or the organization a row points at through a pair of foreign keys of
 * which exactly one is set (a mention's entity, a sanction's target).
 */
export async function loadEntity(loaders: Pick<RowLoaders, 'personById' | 'organizationById'>, personId: number | null, organizationId: number | null) {
  if (personId !== null) return asPerson(present(await loaders.personById.load(personId), `person ${personId}`));
  return asOrganization(present(await loaders.organizationById.load(organizationId!), `organization ${organizationId}`));
}
