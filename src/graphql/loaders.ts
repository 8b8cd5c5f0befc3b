// One set of DataLoaders per request: every relation of the graph is loaded through
// one of these, so a query costs a number of SQL statements that grows with its
// depth, not with the number of rows it returns or the size of its pages.
import DataLoader from 'dataloader';
import type { Db } from '../db/client.ts';
import { Connection, parseWindow, type ConnectionArgs, type ListSource, type Window } from './connections.ts';
import { countQuery, countsOf, pageQuery, refsOf, type RelatedRef, type Relation } from './relations.ts';
import type {
  AffiliationRow,
  ArticleRow,
  LegalBasisRow,
  MentionRow,
  OrganizationRow,
  PersonRow,
  SanctionRow,
  StatementRow,
  UnnamedSourceRow,
} from './rows.ts';

/**
 * Keys per batch: far below the bound-parameter limits of SQLite (32766) and PostgreSQL
 * (65535); a larger batch is split into several statements.
 */
const MAX_BATCH = 10_000;

/**
 * DataLoader dispatches a batch at the end of the current microtask queue. Resolvers
 * at one depth of a query reach their loads after different numbers of awaits (a
 * row already in a cache resolves sooner than one still loading), so that would
 * split one level into several batches. Waiting for the next turn of the event
 * loop gathers every load of a level into one batch.
 */
const options = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch), maxBatchSize: MAX_BATCH };

/** Rows in key order, null where a key has no row (the batch function contract). */
function mapTo<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Row lists in key order, an empty list where a key has no row. */
function mapToMany<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

const ids = (keys: readonly number[]) => ({ in: [...keys] });

/** One loader per table, finding rows by primary key. */
export function createRowLoaders(db: Db) {
  const one = <R extends { id: number }>(find: (keys: readonly number[]) => Promise<R[]>) =>
    new DataLoader<number, R | null>(async (keys) => mapTo(keys, await find(keys), (row) => row.id), options);
  return {
    articleById: one<ArticleRow>((keys) => db.article.findMany({ where: { id: ids(keys) } })),
    personById: one<PersonRow>((keys) => db.person.findMany({ where: { id: ids(keys) } })),
    organizationById: one<OrganizationRow>((keys) => db.organization.findMany({ where: { id: ids(keys) } })),
    unnamedSourceById: one<UnnamedSourceRow>((keys) => db.unnamedSource.findMany({ where: { id: ids(keys) } })),
    legalBasisById: one<LegalBasisRow>((keys) => db.legalBasis.findMany({ where: { id: ids(keys) } })),
    statementById: one<StatementRow>((keys) => db.statement.findMany({ where: { id: ids(keys) } })),
    sanctionById: one<SanctionRow>((keys) => db.sanction.findMany({ where: { id: ids(keys) } })),
    mentionById: one<MentionRow>((keys) => db.mention.findMany({ where: { id: ids(keys) } })),
    affiliationById: one<AffiliationRow>((keys) => db.affiliation.findMany({ where: { id: ids(keys) } })),
  };
}

export type RowLoaders = ReturnType<typeof createRowLoaders>;

export function createLoaders(db: Db) {
  const rows = createRowLoaders(db);
  const many = <R>(find: (keys: readonly number[]) => Promise<R[]>, keyOf: (row: R) => number | null) =>
    new DataLoader<number, R[]>(async (keys) => mapToMany(keys, await find(keys), keyOf), options);

  // Nested lists: one loader per relation and page window, one per relation for counts.
  const pages = new Map<string, DataLoader<number, RelatedRef[]>>();
  const counts = new Map<string, DataLoader<number, number>>();

  function pageLoader(relation: Relation<unknown>, window: Window): DataLoader<number, RelatedRef[]> {
    const key = `${relation.name} ${JSON.stringify(window)}`;
    let loader = pages.get(key);
    if (!loader) {
      loader = many(async (parents) => refsOf(await db.$queryRaw(pageQuery(relation, parents, window))), (ref) => ref.parent);
      pages.set(key, loader);
    }
    return loader;
  }

  function countLoader(relation: Relation<unknown>): DataLoader<number, number> {
    let loader = counts.get(relation.name);
    if (!loader) {
      loader = new DataLoader<number, number>(
        async (parents) => {
          const totals = countsOf(await db.$queryRaw(countQuery(relation, parents)));
          return parents.map((parent) => totals.get(parent) ?? 0);
        },
        options,
      );
      counts.set(relation.name, loader);
    }
    return loader;
  }

  /** The list of `relation` under one parent, batched with every other parent's. */
  function related<Node>(relation: Relation<Node>, parent: number): ListSource<Node> {
    return {
      count: () => countLoader(relation).load(parent),
      async slice(window) {
        const refs = await pageLoader(relation, window).load(parent);
        const nodes = await Promise.all(refs.map((ref) => relation.load(rows, ref)));
        // A row deleted between the two statements is left out of the page.
        return refs.flatMap((ref, i) => (nodes[i] == null ? [] : [{ position: ref.position, node: nodes[i]! }]));
      },
    };
  }

  return {
    ...rows,

    /** A page of the list of `relation` under `parent`, as a connection field returns it. */
    connection<Node>(relation: Relation<Node>, parent: number, args: ConnectionArgs): Connection<Node> {
      return new Connection(related(relation, parent), parseWindow(args));
    },

    aliasesByPersonId: many(
      (keys) => db.personAlias.findMany({ where: { personId: ids(keys) }, orderBy: { id: 'asc' } }),
      (row) => row.personId,
    ),
    aliasesByOrganizationId: many(
      (keys) => db.organizationAlias.findMany({ where: { organizationId: ids(keys) }, orderBy: { id: 'asc' } }),
      (row) => row.organizationId,
    ),
    measuresBySanctionId: many(
      (keys) => db.sanctionMeasure.findMany({ where: { sanctionId: ids(keys) }, orderBy: { measure: 'asc' } }),
      (row) => row.sanctionId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
