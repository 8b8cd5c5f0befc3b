-- Full-text search over statements and articles (src/graphql/search/searchIndex.ts).
--
-- Two GIN expression indexes: one over a statement's quoted or paraphrased words, one
-- over an article's headline (weight A) and body (weight B). Being indexes, they are kept
-- up to date by PostgreSQL itself. A query uses them when it repeats the indexed
-- expression exactly, so searchIndex.ts spells both expressions the same way.
--
-- The "whosaid" configuration stems English words without dropping stop words and folds
-- accents, like the SQLite index (FTS5 with porter and remove_diacritics), so both
-- providers find the same rows for the same query.
--
-- Prisma's schema diff does not compare expression indexes, extensions or text search
-- configurations (the drift test checks the diff stays empty). The migration tooling
-- applies this file through a driver that splits scripts at every semicolon, so none may
-- appear except at the end of a statement, not even in a comment.
CREATE EXTENSION IF NOT EXISTS "unaccent";

CREATE TEXT SEARCH DICTIONARY "whosaid_english_stem" (TEMPLATE = snowball, LANGUAGE = english);

CREATE TEXT SEARCH CONFIGURATION "whosaid" (COPY = simple);

ALTER TEXT SEARCH CONFIGURATION "whosaid"
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH "unaccent", "whosaid_english_stem";

CREATE INDEX "Statement_text_search_idx" ON "Statement" USING GIN (to_tsvector('whosaid', "text"));

CREATE INDEX "Article_search_idx" ON "Article" USING GIN (
    (setweight(to_tsvector('whosaid', "title"), 'A') || setweight(to_tsvector('whosaid', "body"), 'B'))
);
