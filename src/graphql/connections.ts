// Relay cursor connections over any ordered list.
//
// A cursor is the position of an item in the whole ordered list, made opaque with
// graphql-relay's `offsetToCursor`. Every list is ordered totally (ties broken by id),
// so a position names one item for as long as the list does not change. What a client
// asks for (`first`/`after`/`last`/`before`) is a `Window`; `range` turns it into the
// positions it selects once the length of the list is known. The same arithmetic runs in
// SQL for nested lists (relations.ts), where every parent's list has its own length.
import { cursorToOffset, offsetToCursor } from 'graphql-relay';
import { BadUserInputError } from './errors.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A page request in positions (0-based) of the whole list. */
export interface Window {
  /** Only positions greater than this. */
  after: number | null;
  /** Only positions smaller than this. */
  before: number | null;
  /** Then the first n of those... */
  first: number | null;
  /** ...then the last n of those. */
  last: number | null;
}

function pageSize(value: number | null | undefined, argument: 'first' | 'last'): number | null {
  if (value == null) return null;
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`${argument} must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`, argument);
  }
  return value;
}

function position(cursor: string | null | undefined, argument: 'after' | 'before'): number | null {
  if (cursor == null) return null;
  const offset = cursorToOffset(cursor);
  // cursorToOffset parses leniently; only a cursor this server could have made is one.
  if (!Number.isSafeInteger(offset) || offset < 0 || offsetToCursor(offset) !== cursor) {
    throw new BadUserInputError(`${argument} is not a valid cursor: "${cursor}"`, argument);
  }
  return offset;
}

/** Checks the pagination arguments; without `first` and `last`, the first page of the default size. */
export function parseWindow(args: ConnectionArgs): Window {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  return {
    after: position(args.after, 'after'),
    before: position(args.before, 'before'),
    first: first === null && last === null ? DEFAULT_PAGE_SIZE : first,
    last,
  };
}

/** The positions [start, end) a window selects from a list of `total` items. */
export function range(window: Window, total: number): { start: number; end: number } {
  let start = window.after === null ? 0 : window.after + 1;
  let end = window.before === null ? total : Math.min(window.before, total);
  if (window.first !== null) end = Math.min(end, start + window.first);
  if (window.last !== null) start = Math.max(start, end - window.last);
  return { start, end: Math.max(start, end) };
}

export interface Edge<Node> {
  cursor: string;
  node: Node;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** An item of a list with its position in the whole list. */
export interface Positioned<Node> {
  position: number;
  node: Node;
}

/** A list a connection pages through. */
export interface ListSource<Node> {
  /** Length of the whole list. */
  count(): Promise<number>;
  /** The items at the positions the window selects, in list order. */
  slice(window: Window): Promise<Positioned<Node>[]>;
}

/**
 * A connection, resolved lazily: `totalCount` and `pageInfo` need only the length of the
 * list, `edges` and `nodes` need the items. Each is loaded at most once.
 */
export class Connection<Node> {
  #count?: Promise<number>;
  #slice?: Promise<Positioned<Node>[]>;

  constructor(
    private readonly source: ListSource<Node>,
    private readonly window: Window,
  ) {}

  totalCount(): Promise<number> {
    this.#count ??= this.source.count();
    return this.#count;
  }

  async pageInfo(): Promise<PageInfo> {
    const total = await this.totalCount();
    const { start, end } = range(this.window, total);
    return {
      hasPreviousPage: start > 0 && total > 0,
      hasNextPage: end < total,
      startCursor: start < end ? offsetToCursor(start) : null,
      endCursor: start < end ? offsetToCursor(end - 1) : null,
    };
  }

  async edges(): Promise<Edge<Node>[]> {
    this.#slice ??= this.source.slice(this.window);
    return (await this.#slice).map(({ position, node }) => ({ cursor: offsetToCursor(position), node }));
  }

  async nodes(): Promise<Node[]> {
    return (await this.edges()).map((edge) => edge.node);
  }
}

/** A list read with a count and an offset query (the root fields, through Prisma). */
export function queriedList<Node>(query: {
  count(): Promise<number>;
  page(skip: number, take: number): Promise<Node[]>;
}): ListSource<Node> {
  let count: Promise<number> | undefined;
  const total = () => (count ??= query.count());
  return {
    count: total,
    async slice(window) {
      // Without `last` or `before`, where the page starts does not depend on the length.
      const known = window.last === null && window.before === null;
      const { start, end } = range(window, known ? Number.MAX_SAFE_INTEGER : await total());
      if (end <= start) return [];
      const rows = await query.page(start, end - start);
      return rows.map((node, i) => ({ position: start + i, node }));
    },
  };
}

/** A connection over a list read with a count and an offset query. */
export function queriedConnection<Node>(
  args: ConnectionArgs,
  query: { count(): Promise<number>; page(skip: number, take: number): Promise<Node[]> },
): Connection<Node> {
  return new Connection(queriedList(query), parseWindow(args));
}

/** Resolvers shared by every connection type: each field asks the connection. */
export function connectionResolvers<Node>() {
  return {
    totalCount: (connection: Connection<Node>) => connection.totalCount(),
    pageInfo: (connection: Connection<Node>) => connection.pageInfo(),
    edges: (connection: Connection<Node>) => connection.edges(),
    nodes: (connection: Connection<Node>) => connection.nodes(),
  };
}
