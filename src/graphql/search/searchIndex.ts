// Full-text search over the indexes the migrations build (prisma/**/migrations/*_full_text_search):
// SQLite's FTS5 table, or PostgreSQL's GIN indexes over tsvectors. Both index a
// statement's words and an article's headline and body, stem English words, ignore case
// and accents; each ranks with its own measure (bm25, ts_rank) and marks the matched
// words of a hit (highlight(), ts_headline()) with two private-use characters, which
// highlights.ts turns into offsets.
import type { Provider } from '../../config.ts';
import { Prisma, type Db } from '../../db/client.ts';
import { BadUserInputError } from '../errors.ts';
import type { SearchResultRow } from '../rows.ts';

/** Marks put around matched words in the texts a search returns (never in news text). */
export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';

export type SearchHitType = SearchResultRow['type'];

/**
 * The words of a query, grouped into phrases: each double-quoted part is one phrase, every
 * other word a phrase of its own. Only letters and digits count (as both indexes tokenize),
 * so nothing the client types reaches either query language as syntax.
 */
export function parseSearchQuery(query: string): string[][] {
  const phrases: string[][] = [];
  const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const parts = query.split(/["“”]/);
  parts.forEach((part, i) => {
    // Odd parts were between quotes (an unclosed quote runs to the end).
    if (i % 2 === 1) {
      const phrase = words(part);
      if (phrase.length) phrases.push(phrase);
    } else {
      for (const word of words(part)) phrases.push([word]);
    }
  });
  if (!phrases.length) throw new BadUserInputError('query must contain at least one word', 'query');
  return phrases;
}

export interface SearchIndex {
  count(phrases: string[][], types: SearchHitType[]): Promise<number>;
  /** Hits, best first (ties by type, then id), with their texts marked. */
  page(phrases: string[][], types: SearchHitType[], skip: number, take: number): Promise<SearchResultRow[]>;
}

interface HitRow {
  type: SearchHitType;
  id: number | bigint;
  articleId: number | bigint;
  score: number;
  titleMarked: string | null;
  textMarked: string | null;
}

const toResult = (row: HitRow): SearchResultRow => ({
  type: row.type,
  id: Number(row.id),
  articleId: Number(row.articleId),
  score: Number(row.score),
  titleMarked: row.titleMarked ?? '',
  textMarked: row.textMarked ?? '',
});

export function searchIndex(db: Db, provider: Provider): SearchIndex {
  const index = searchQueries(provider);
  return {
    async count(phrases, types) {
      if (!types.length) return 0;
      const [row] = await db.$queryRaw<{ total: number | bigint }[]>(index.count(phrases, types));
      return Number(row?.total ?? 0);
    },
    async page(phrases, types, skip, take) {
      if (!types.length || take <= 0) return [];
      return (await db.$queryRaw<HitRow[]>(index.page(phrases, types, skip, take))).map(toResult);
    },
  };
}

/** The SQL of a search, for one provider. */
export function searchQueries(provider: Provider): Dialect {
  return provider === 'sqlite' ? sqliteSearch : postgresSearch;
}

export interface Dialect {
  count(phrases: string[][], types: SearchHitType[]): Prisma.Sql;
  page(phrases: string[][], types: SearchHitType[], skip: number, take: number): Prisma.Sql;
}

/**
 * FTS5: the phrases as quoted strings, all required. The table's rowid is the
 * statement id * 2, or the article id * 2 + 1; bm25 weighs a headline match 4 times a
 * body match and is better the lower it is.
 */
const sqliteSearch: Dialect = {
  count: (phrases, types) => Prisma.sql`
    SELECT COUNT(*) AS total FROM "search_index"
    WHERE "search_index" MATCH ${ftsQuery(phrases)} AND "type" IN (${Prisma.join(types)})`,
  page: (phrases, types, skip, take) => Prisma.sql`
    SELECT "type",
           CASE WHEN "type" = 'Statement' THEN rowid / 2 ELSE (rowid - 1) / 2 END AS id,
           "articleId",
           -bm25("search_index", 4.0, 1.0) AS score,
           highlight("search_index", 0, ${MATCH_OPEN}, ${MATCH_CLOSE}) AS "titleMarked",
           highlight("search_index", 1, ${MATCH_OPEN}, ${MATCH_CLOSE}) AS "textMarked"
    FROM "search_index"
    WHERE "search_index" MATCH ${ftsQuery(phrases)} AND "type" IN (${Prisma.join(types)})
    ORDER BY bm25("search_index", 4.0, 1.0), "type", rowid
    LIMIT ${take} OFFSET ${skip}`,
};

function ftsQuery(phrases: string[][]): string {
  return phrases.map((phrase) => `"${phrase.join(' ')}"`).join(' AND ');
}

/**
 * PostgreSQL: each phrase through phraseto_tsquery, all required, under the "whosaid"
 * configuration the migration creates. The documents are the expressions of the two GIN
 * indexes, written exactly as the migration writes them so that the planner uses them.
 * ts_rank weighs a headline match (weight A) 4 times any other (a statement's words carry
 * no weight label: D), like bm25 above, and its normalization 1 divides by the log of the
 * document length, so a long article does not outrank a statement for being long. ts_headline (the whole text, HighlightAll)
 * runs on the page's rows only.
 */
const STATEMENT_DOCUMENT = Prisma.raw(`to_tsvector('whosaid', s."text")`);
const ARTICLE_DOCUMENT = Prisma.raw(
  `(setweight(to_tsvector('whosaid', a."title"), 'A') || setweight(to_tsvector('whosaid', a."body"), 'B'))`,
);

const RANK_WEIGHTS = Prisma.raw(`'{0.25, 0.25, 0.25, 1.0}'`);

/** Every hit of the query among `types`: type, id, article id, score. */
function postgresHits(phrases: string[][], types: SearchHitType[]): Prisma.Sql {
  const query = Prisma.sql`(SELECT ${tsQuery(phrases)} AS query) q`;
  const branches = types.map((type) =>
    type === 'Statement'
      ? Prisma.sql`SELECT 'Statement' AS "type", s."id", s."articleId", ts_rank(${RANK_WEIGHTS}, ${STATEMENT_DOCUMENT}, q.query, 1) AS score
          FROM "Statement" s, ${query} WHERE ${STATEMENT_DOCUMENT} @@ q.query`
      : Prisma.sql`SELECT 'Article' AS "type", a."id", a."id" AS "articleId", ts_rank(${RANK_WEIGHTS}, ${ARTICLE_DOCUMENT}, q.query, 1) AS score
          FROM "Article" a, ${query} WHERE ${ARTICLE_DOCUMENT} @@ q.query`,
  );
  return Prisma.join(branches, ' UNION ALL ');
}

const postgresSearch: Dialect = {
  count: (phrases, types) => Prisma.sql`
    SELECT CAST(COUNT(*) AS INTEGER) AS total FROM (${postgresHits(phrases, types)}) hit`,
  page: (phrases, types, skip, take) => {
    const options = `HighlightAll=true, StartSel="${MATCH_OPEN}", StopSel="${MATCH_CLOSE}"`;
    return Prisma.sql`
      SELECT hit."type", hit."id", hit."articleId", CAST(hit.score AS DOUBLE PRECISION) AS score,
             CASE WHEN hit."type" = 'Article' THEN ts_headline('whosaid', a."title", q.query, ${options}) END AS "titleMarked",
             ts_headline('whosaid', COALESCE(s."text", a."body"), q.query, ${options}) AS "textMarked"
      FROM (
        SELECT * FROM (${postgresHits(phrases, types)}) ranked
        ORDER BY score DESC, "type", "id"
        LIMIT ${take} OFFSET ${skip}
      ) hit
      CROSS JOIN (SELECT ${tsQuery(phrases)} AS query) q
      LEFT JOIN "Statement" s ON hit."type" = 'Statement' AND s."id" = hit."id"
      LEFT JOIN "Article" a ON hit."type" = 'Article' AND a."id" = hit."id"
      ORDER BY hit.score DESC, hit."type", hit."id"`;
  },
};

function tsQuery(phrases: string[][]): Prisma.Sql {
  return Prisma.join(
    phrases.map((phrase) => Prisma.sql`phraseto_tsquery('whosaid', ${phrase.join(' ')})`),
    ' && ',
  );
}
