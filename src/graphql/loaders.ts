// One set of DataLoaders per request: every relation of the graph is loaded through
// one of these, so a query costs a number of SQL statements that grows with its
// depth, not with the number of rows it returns.
import DataLoader from 'dataloader';
import type { Db } from '../db/client.ts';
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
const textOrder = [{ articleId: 'asc' as const }, { start: 'asc' as const }, { id: 'asc' as const }];

/**
 * DataLoader dispatches a batch at the end of the current microtask queue. Resolvers
 * at one depth of a query reach their loads after different numbers of awaits (a
 * row already in a cache resolves sooner than one still loading), so that would
 * split one level into several batches. Waiting for the next turn of the event
 * loop gathers every load of a level into one batch.
 */
const options = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch) };

export function createLoaders(db: Db) {
  const one = <R extends { id: number }>(find: (keys: readonly number[]) => Promise<R[]>) =>
    new DataLoader<number, R | null>(async (keys) => mapTo(keys, await find(keys), (row) => row.id), options);
  const many = <R>(find: (keys: readonly number[]) => Promise<R[]>, keyOf: (row: R) => number | null) =>
    new DataLoader<number, R[]>(async (keys) => mapToMany(keys, await find(keys), keyOf), options);

  const articleById = one<ArticleRow>((keys) => db.article.findMany({ where: { id: ids(keys) } }));
  const personById = one<PersonRow>((keys) => db.person.findMany({ where: { id: ids(keys) } }));
  const organizationById = one<OrganizationRow>((keys) => db.organization.findMany({ where: { id: ids(keys) } }));
  const unnamedSourceById = one<UnnamedSourceRow>((keys) => db.unnamedSource.findMany({ where: { id: ids(keys) } }));
  const legalBasisById = one<LegalBasisRow>((keys) => db.legalBasis.findMany({ where: { id: ids(keys) } }));
  const statementById = one<StatementRow>((keys) => db.statement.findMany({ where: { id: ids(keys) } }));
  const sanctionById = one<SanctionRow>((keys) => db.sanction.findMany({ where: { id: ids(keys) } }));

  /** Loads statements and lets later single lookups of the same rows hit the cache. */
  const primed =
    <R extends { id: number }>(loader: DataLoader<number, R | null>) =>
    (rows: R[]) => {
      for (const row of rows) loader.prime(row.id, row);
      return rows;
    };
  const primeStatements = primed(statementById);
  const primeSanctions = primed(sanctionById);
  const primeOrganizations = primed(organizationById);
  const primePersons = primed(personById);

  return {
    articleById,
    personById,
    organizationById,
    unnamedSourceById,
    legalBasisById,
    statementById,
    sanctionById,

    aliasesByPersonId: many(
      (keys) => db.personAlias.findMany({ where: { personId: ids(keys) }, orderBy: { id: 'asc' } }),
      (row) => row.personId,
    ),
    aliasesByOrganizationId: many(
      (keys) => db.organizationAlias.findMany({ where: { organizationId: ids(keys) }, orderBy: { id: 'asc' } }),
      (row) => row.organizationId,
    ),

    statementsByArticleId: many(
      async (keys) => primeStatements(await db.statement.findMany({ where: { articleId: ids(keys) }, orderBy: textOrder })),
      (row) => row.articleId,
    ),
    statementsBySpeakerPersonId: many(
      async (keys) =>
        primeStatements(await db.statement.findMany({ where: { speakerPersonId: ids(keys) }, orderBy: textOrder })),
      (row) => row.speakerPersonId,
    ),
    statementsBySpeakerOrganizationId: many(
      async (keys) =>
        primeStatements(
          await db.statement.findMany({ where: { speakerOrganizationId: ids(keys) }, orderBy: textOrder }),
        ),
      (row) => row.speakerOrganizationId,
    ),
    statementsBySpeakerSourceId: many(
      async (keys) =>
        primeStatements(await db.statement.findMany({ where: { speakerSourceId: ids(keys) }, orderBy: textOrder })),
      (row) => row.speakerSourceId,
    ),
    statementsAboutPersonId: many(
      async (keys) => {
        const links = await db.statementAboutPerson.findMany({
          where: { personId: ids(keys) },
          include: { statement: true },
          orderBy: [{ statement: { articleId: 'asc' } }, { statement: { start: 'asc' } }, { statementId: 'asc' }],
        });
        primeStatements(links.map((link) => link.statement));
        return links;
      },
      (link) => link.personId,
    ),
    statementsAboutOrganizationId: many(
      async (keys) => {
        const links = await db.statementAboutOrganization.findMany({
          where: { organizationId: ids(keys) },
          include: { statement: true },
          orderBy: [{ statement: { articleId: 'asc' } }, { statement: { start: 'asc' } }, { statementId: 'asc' }],
        });
        primeStatements(links.map((link) => link.statement));
        return links;
      },
      (link) => link.organizationId,
    ),
    aboutPersonsByStatementId: many(
      async (keys) => {
        const links = await db.statementAboutPerson.findMany({
          where: { statementId: ids(keys) },
          include: { person: true },
          orderBy: { personId: 'asc' },
        });
        primePersons(links.map((link) => link.person));
        return links;
      },
      (link) => link.statementId,
    ),
    aboutOrganizationsByStatementId: many(
      async (keys) => {
        const links = await db.statementAboutOrganization.findMany({
          where: { statementId: ids(keys) },
          include: { organization: true },
          orderBy: { organizationId: 'asc' },
        });
        primeOrganizations(links.map((link) => link.organization));
        return links;
      },
      (link) => link.statementId,
    ),

    sanctionsByArticleId: many(
      async (keys) => primeSanctions(await db.sanction.findMany({ where: { articleId: ids(keys) }, orderBy: textOrder })),
      (row) => row.articleId,
    ),
    sanctionsByTargetPersonId: many(
      async (keys) =>
        primeSanctions(await db.sanction.findMany({ where: { targetPersonId: ids(keys) }, orderBy: textOrder })),
      (row) => row.targetPersonId,
    ),
    sanctionsByTargetOrganizationId: many(
      async (keys) =>
        primeSanctions(await db.sanction.findMany({ where: { targetOrganizationId: ids(keys) }, orderBy: textOrder })),
      (row) => row.targetOrganizationId,
    ),
    sanctionsByAuthorityId: many(
      async (keys) => primeSanctions(await db.sanction.findMany({ where: { authorityId: ids(keys) }, orderBy: textOrder })),
      (row) => row.authorityId,
    ),
    sanctionsByLegalBasisId: many(
      async (keys) => primeSanctions(await db.sanction.findMany({ where: { legalBasisId: ids(keys) }, orderBy: textOrder })),
      (row) => row.legalBasisId,
    ),
    measuresBySanctionId: many(
      (keys) => db.sanctionMeasure.findMany({ where: { sanctionId: ids(keys) }, orderBy: { measure: 'asc' } }),
      (row) => row.sanctionId,
    ),

    mentionsByArticleId: many<MentionRow>(
      (keys) => db.mention.findMany({ where: { articleId: ids(keys) }, orderBy: textOrder }),
      (row) => row.articleId,
    ),
    mentionsByPersonId: many<MentionRow>(
      (keys) => db.mention.findMany({ where: { personId: ids(keys) }, orderBy: textOrder }),
      (row) => row.personId,
    ),
    mentionsByOrganizationId: many<MentionRow>(
      (keys) => db.mention.findMany({ where: { organizationId: ids(keys) }, orderBy: textOrder }),
      (row) => row.organizationId,
    ),
    contributorsByArticleId: many(
      async (keys) => {
        const links = await db.articleContributor.findMany({
          where: { articleId: ids(keys) },
          include: { organization: true },
          orderBy: { organizationId: 'asc' },
        });
        primeOrganizations(links.map((link) => link.organization));
        return links;
      },
      (link) => link.articleId,
    ),
    affiliationsByArticleId: many<AffiliationRow>(
      (keys) => db.affiliation.findMany({ where: { articleId: ids(keys) }, orderBy: textOrder }),
      (row) => row.articleId,
    ),
    affiliationsByPersonId: many<AffiliationRow>(
      (keys) => db.affiliation.findMany({ where: { personId: ids(keys) }, orderBy: textOrder }),
      (row) => row.personId,
    ),
    affiliationsByOrganizationId: many<AffiliationRow>(
      (keys) => db.affiliation.findMany({ where: { organizationId: ids(keys) }, orderBy: textOrder }),
      (row) => row.organizationId,
    ),
    childrenByOrganizationId: many<OrganizationRow>(
      async (keys) =>
        primeOrganizations(await db.organization.findMany({ where: { parentId: ids(keys) }, orderBy: { name: 'asc' } })),
      (row) => row.parentId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
