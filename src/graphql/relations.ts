// The lists nested under an object (a person's statements, an article's mentions...) and
// the SQL that pages through them for many parents at once.
//
// One page of a nested connection, for every parent in a batch, is one statement: the
// rows of all parents are numbered per parent with ROW_NUMBER() OVER (PARTITION BY
// parent ORDER BY ...), counted per parent with COUNT(*) OVER (...), and the window's
// positions are picked out with the same arithmetic as `range` in connections.ts. It
// returns ids only; the rows themselves come from the by-id loaders, in one more
// statement per table. totalCount is one GROUP BY statement. Window functions need
// SQLite 3.25 or later, and PostgreSQL.
//
// Table and column names below are written for both providers (quoted identifiers as
// Prisma creates them); they are code, never input.
import { Prisma } from '../db/client.ts';
import type { Window } from './connections.ts';
import type { RowLoaders } from './loaders.ts';
import type { NodeType } from './globalIds.ts';
import type {
  AffiliationRow,
  EntityRow,
  MentionRow,
  OrganizationRow,
  StatementRow,
} from './rows.ts';
import { asOrganization, asPerson } from './typename.ts';

/** A row of a nested list: which parent it belongs to, which row it is, and where in the list. */
export interface RelatedRef {
  parent: number;
  id: number;
  /** Set for lists of several types (Statement.about). */
  type: NodeType | null;
  position: number;
}

export interface Relation<Node> {
  /** Distinguishes the relation's loaders. */
  name: string;
  /** The FROM clause; `parent`, `id`, `type` and `orderBy` are expressions over it. */
  from: string;
  parent: string;
  id: string;
  type?: string;
  /** A total order: the last expression must be unique within a parent. */
  orderBy: string[];
  /** The node a row id stands for, through a by-id loader; null if it vanished meanwhile. */
  load(loaders: RowLoaders, ref: RelatedRef): Promise<Node | null>;
}

const raw = (sql: string) => Prisma.raw(sql);
const int = (n: number) => Prisma.sql`CAST(${n} AS INTEGER)`;
const min = (a: Prisma.Sql, b: Prisma.Sql) => Prisma.sql`CASE WHEN ${a} < ${b} THEN ${a} ELSE ${b} END`;
const max = (a: Prisma.Sql, b: Prisma.Sql) => Prisma.sql`CASE WHEN ${a} > ${b} THEN ${a} ELSE ${b} END`;

/**
 * The positions [start, end) of a window as SQL over a parent's `total`: `range` of
 * connections.ts, with the list length known only inside the query.
 */
function rangeSql(window: Window): { start: Prisma.Sql; end: Prisma.Sql } {
  const total = raw('total');
  const after = window.after === null ? 0 : window.after + 1;
  let start = int(after);
  let end = window.before === null ? total : min(total, int(window.before));
  if (window.first !== null) end = min(end, int(after + window.first));
  if (window.last !== null) start = max(start, Prisma.sql`${end} - ${int(window.last)}`);
  return { start, end };
}

interface RefRow {
  parent: number | bigint;
  id: number | bigint;
  type: string | null;
  position: number | bigint;
}

/** The page `window` of the relation's list under each of `parents`. */
export function pageQuery(relation: Relation<unknown>, parents: readonly number[], window: Window): Prisma.Sql {
  const { start, end } = rangeSql(window);
  return Prisma.sql`
    SELECT parent, id, type, position FROM (
      SELECT CAST(${raw(relation.parent)} AS INTEGER) AS parent,
             CAST(${raw(relation.id)} AS INTEGER) AS id,
             ${raw(relation.type ?? 'NULL')} AS type,
             CAST(ROW_NUMBER() OVER (PARTITION BY ${raw(relation.parent)} ORDER BY ${raw(relation.orderBy.join(', '))}) - 1 AS INTEGER) AS position,
             CAST(COUNT(*) OVER (PARTITION BY ${raw(relation.parent)}) AS INTEGER) AS total
      FROM ${raw(relation.from)}
      WHERE ${raw(relation.parent)} IN (${Prisma.join([...parents])})
    ) ranked
    WHERE position >= ${start} AND position < ${end}
    ORDER BY parent, position`;
}

export function refsOf(rows: RefRow[]): RelatedRef[] {
  return rows.map((row) => ({
    parent: Number(row.parent),
    id: Number(row.id),
    type: row.type as NodeType | null,
    position: Number(row.position),
  }));
}

interface CountRow {
  parent: number | bigint;
  total: number | bigint;
}

/** The length of the relation's list under each of `parents` (absent when 0). */
export function countQuery(relation: Relation<unknown>, parents: readonly number[]): Prisma.Sql {
  return Prisma.sql`
    SELECT CAST(${raw(relation.parent)} AS INTEGER) AS parent, CAST(COUNT(*) AS INTEGER) AS total
    FROM ${raw(relation.from)}
    WHERE ${raw(relation.parent)} IN (${Prisma.join([...parents])})
    GROUP BY ${raw(relation.parent)}`;
}

export function countsOf(rows: CountRow[]): Map<number, number> {
  return new Map(rows.map((row) => [Number(row.parent), Number(row.total)]));
}

// --- The relations -----------------------------------------------------------------------

/** Rows of one table listed in text order: by article, then place in the article. */
function inTextOrder<Node>(
  name: string,
  table: string,
  parentColumn: string,
  load: (loaders: RowLoaders, id: number) => Promise<Node | null>,
): Relation<Node> {
  return {
    name,
    from: `"${table}" t`,
    parent: `t."${parentColumn}"`,
    id: 't."id"',
    orderBy: ['t."articleId"', 't."start"', 't."id"'],
    load: (loaders, ref) => load(loaders, ref.id),
  };
}

const statement = (loaders: RowLoaders, id: number) => loaders.statementById.load(id);
const sanction = (loaders: RowLoaders, id: number) => loaders.sanctionById.load(id);
const mention = (loaders: RowLoaders, id: number) => loaders.mentionById.load(id);
const affiliation = (loaders: RowLoaders, id: number) => loaders.affiliationById.load(id);
const organization = (loaders: RowLoaders, id: number) => loaders.organizationById.load(id);

/** Statements linked to an entity through a join table, in text order. */
function statementsAbout(name: string, table: string, entityColumn: string): Relation<StatementRow> {
  return {
    name,
    from: `"${table}" l JOIN "Statement" t ON t."id" = l."statementId"`,
    parent: `l."${entityColumn}"`,
    id: 't."id"',
    orderBy: ['t."articleId"', 't."start"', 't."id"'],
    load: (loaders, ref) => statement(loaders, ref.id),
  };
}

export const relations = {
  statementsByArticle: inTextOrder('statementsByArticle', 'Statement', 'articleId', statement),
  statementsBySpeakerPerson: inTextOrder('statementsBySpeakerPerson', 'Statement', 'speakerPersonId', statement),
  statementsBySpeakerOrganization: inTextOrder(
    'statementsBySpeakerOrganization',
    'Statement',
    'speakerOrganizationId',
    statement,
  ),
  statementsBySpeakerSource: inTextOrder('statementsBySpeakerSource', 'Statement', 'speakerSourceId', statement),
  statementsAboutPerson: statementsAbout('statementsAboutPerson', 'StatementAboutPerson', 'personId'),
  statementsAboutOrganization: statementsAbout(
    'statementsAboutOrganization',
    'StatementAboutOrganization',
    'organizationId',
  ),

  sanctionsByArticle: inTextOrder('sanctionsByArticle', 'Sanction', 'articleId', sanction),
  sanctionsByTargetPerson: inTextOrder('sanctionsByTargetPerson', 'Sanction', 'targetPersonId', sanction),
  sanctionsByTargetOrganization: inTextOrder(
    'sanctionsByTargetOrganization',
    'Sanction',
    'targetOrganizationId',
    sanction,
  ),
  sanctionsByAuthority: inTextOrder('sanctionsByAuthority', 'Sanction', 'authorityId', sanction),
  sanctionsByLegalBasis: inTextOrder('sanctionsByLegalBasis', 'Sanction', 'legalBasisId', sanction),

  mentionsByArticle: inTextOrder<MentionRow>('mentionsByArticle', 'Mention', 'articleId', mention),
  mentionsByPerson: inTextOrder<MentionRow>('mentionsByPerson', 'Mention', 'personId', mention),
  mentionsByOrganization: inTextOrder<MentionRow>('mentionsByOrganization', 'Mention', 'organizationId', mention),

  affiliationsByArticle: inTextOrder<AffiliationRow>('affiliationsByArticle', 'Affiliation', 'articleId', affiliation),
  affiliationsByPerson: inTextOrder<AffiliationRow>('affiliationsByPerson', 'Affiliation', 'personId', affiliation),
  affiliationsByOrganization: inTextOrder<AffiliationRow>(
    'affiliationsByOrganization',
    'Affiliation',
    'organizationId',
    affiliation,
  ),

  contributorsByArticle: {
    name: 'contributorsByArticle',
    from: '"ArticleContributor" l JOIN "Organization" o ON o."id" = l."organizationId"',
    parent: 'l."articleId"',
    id: 'o."id"',
    orderBy: ['o."nameKey"', 'o."id"'],
    load: (loaders, ref) => organization(loaders, ref.id),
  } satisfies Relation<OrganizationRow>,

  childrenByOrganization: {
    name: 'childrenByOrganization',
    from: '"Organization" o',
    parent: 'o."parentId"',
    id: 'o."id"',
    orderBy: ['o."nameKey"', 'o."id"'],
    load: (loaders, ref) => organization(loaders, ref.id),
  } satisfies Relation<OrganizationRow>,

  /** Persons and organizations a statement is about, together, by name. */
  aboutByStatement: {
    name: 'aboutByStatement',
    from: `(
      SELECT l."statementId" AS "statementId", 'Person' AS type, p."id" AS id, p."nameKey" AS "nameKey"
      FROM "StatementAboutPerson" l JOIN "Person" p ON p."id" = l."personId"
      UNION ALL
      SELECT l."statementId" AS "statementId", 'Organization' AS type, o."id" AS id, o."nameKey" AS "nameKey"
      FROM "StatementAboutOrganization" l JOIN "Organization" o ON o."id" = l."organizationId"
    ) a`,
    parent: 'a."statementId"',
    id: 'a.id',
    type: 'a.type',
    orderBy: ['a."nameKey"', 'a.type', 'a.id'],
    load: async (loaders, ref) => {
      if (ref.type === 'Person') {
        const row = await loaders.personById.load(ref.id);
        return row && asPerson(row);
      }
      const row = await loaders.organizationById.load(ref.id);
      return row && asOrganization(row);
    },
  } satisfies Relation<EntityRow>,
};
