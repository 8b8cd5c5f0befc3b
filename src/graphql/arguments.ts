// Checking and unpacking arguments the schema's types cannot check by themselves.
import type { Provider } from '../config.ts';
import type { EntityOrder, OrderDirection } from './generated/resolvers.ts';
import { nameKey } from '../ingest/keys.ts';

/**
 * A case-insensitive substring filter. SQLite's LIKE ignores case already;
 * PostgreSQL needs Prisma's `mode`, which the SQLite client does not accept.
 */
export function containsText(provider: Provider, text: string): { contains: string } {
  return provider === 'postgresql'
    ? ({ contains: text, mode: 'insensitive' } as { contains: string })
    : { contains: text };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A filter on a date or time column for the days from `from` to `to`, both included
 * (UTC days, as the Date scalar gives them); undefined when neither is given.
 */
export function daysBetween(from?: Date | null, to?: Date | null): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  return { ...(from && { gte: from }), ...(to && { lt: new Date(to.getTime() + DAY_MS) }) };
}

/** Prisma's sort order for a GraphQL one. */
export const sortOrder = (direction: OrderDirection = 'ASC'): 'asc' | 'desc' => (direction === 'DESC' ? 'desc' : 'asc');

/**
 * Whether a person or organization has this name or alias, under the normalized keys
 * ingest stores (src/ingest/keys.ts).
 */
export function knownAs(name: string) {
  const key = nameKey(name);
  return { OR: [{ nameKey: key }, { aliases: { some: { aliasKey: key } } }] };
}

/** Whether a person or organization has a name or alias containing `name`, under the normalized keys. */
export function knownAsPartly(name: string) {
  const key = nameKey(name);
  return { OR: [{ nameKey: { contains: key } }, { aliases: { some: { aliasKey: { contains: key } } } }] };
}

/**
 * Prisma's orderBy for persons or organizations: by name (the normalized key, so case
 * and accents do not matter) or by number of statements made, then by name and ID.
 */
export function entityOrderBy(order: EntityOrder) {
  const sort = sortOrder(order.direction);
  return order.field === 'NAME'
    ? [{ nameKey: sort }, { id: sort }]
    : [{ statements: { _count: sort } }, { nameKey: 'asc' as const }, { id: 'asc' as const }];
}
