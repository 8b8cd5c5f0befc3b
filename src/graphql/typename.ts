// Rows returned where the schema has an abstract type (Speaker, Entity) carry their
// __typename, which graphql-js reads to pick the concrete type.
import type { OrganizationRow, PersonRow, UnnamedSourceRow } from './rows.ts';

export const asPerson = (row: PersonRow) => ({ ...row, __typename: 'Person' as const });
export const asOrganization = (row: OrganizationRow) => ({ ...row, __typename: 'Organization' as const });
export const asUnnamedSource = (row: UnnamedSourceRow) => ({ ...row, __typename: 'UnnamedSource' as const });

/** A loaded row that must exist: foreign keys guarantee it, so a miss is a server bug. */
export function present<T>(row: T | null, what: string): T {
  if (row === null) throw new Error(`${what} is missing`);
  return row;
}
