// Checking and unpacking arguments the schema's types cannot check by themselves.
import { BadUserInputError } from './errors.ts';
import type { Provider } from '../config.ts';

export const MAX_PAGE_SIZE = 100;

/** Row ids are positive integers; any other ID is the client's mistake, not a miss. */
export function parseId(id: string, argument = 'id'): number {
  if (!/^[1-9]\d{0,15}$/.test(id)) throw new BadUserInputError(`"${id}" is not a valid id`, argument);
  return Number(id);
}

export function page(args: { first?: number | null; offset?: number | null }): { take: number; skip: number } {
  const take = args.first ?? 20;
  const skip = args.offset ?? 0;
  if (take < 0 || take > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${take}`, 'first');
  }
  if (skip < 0) throw new BadUserInputError(`offset must not be negative, got ${skip}`, 'offset');
  return { take, skip };
}

/**
 * A case-insensitive substring filter. SQLite's LIKE ignores case already;
 * PostgreSQL needs Prisma's `mode`, which the SQLite client does not accept.
 */
export function containsText(provider: Provider, text: string): { contains: string } {
  return provider === 'postgresql'
    ? ({ contains: text, mode: 'insensitive' } as { contains: string })
    : { contains: text };
}
