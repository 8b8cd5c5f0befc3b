-- Full-text search over statements and articles (src/graphql/search/searchIndex.ts).
--
-- "search_index" holds one tsvector per statement (its quoted or paraphrased words) and
-- per article (headline weighted A, body B), under a GIN index; triggers keep it in step
-- with "Statement" and "Article". The text itself stays in those tables.
--
-- The "whosaid" configuration stems English words without dropping stop words and folds
-- accents, like the SQLite index (FTS5 with porter and remove_diacritics), so both
-- providers find the same rows for the same query.
--
-- Prisma does not model this table: it is listed in externalTables() (src/db/schemaEngine.ts)
-- and prisma.config.ts, so diffs leave it alone. Functions, triggers and text search
-- configurations are not compared.
CREATE EXTENSION IF NOT EXISTS "unaccent";

CREATE TEXT SEARCH DICTIONARY "whosaid_english_stem" (TEMPLATE = snowball, LANGUAGE = english);

CREATE TEXT SEARCH CONFIGURATION "whosaid" (COPY = simple);

ALTER TEXT SEARCH CONFIGURATION "whosaid"
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH "unaccent", "whosaid_english_stem";

CREATE TABLE "search_index" (
    "type" TEXT NOT NULL,
    "id" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "document" TSVECTOR NOT NULL,

    CONSTRAINT "search_index_pkey" PRIMARY KEY ("type", "id")
);

CREATE INDEX "search_index_document_idx" ON "search_index" USING GIN ("document");

CREATE FUNCTION "search_index_statement"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "search_index" WHERE "type" = 'Statement' AND "id" = OLD."id";
        RETURN OLD;
    END IF;
    INSERT INTO "search_index" ("type", "id", "articleId", "document")
    VALUES ('Statement', NEW."id", NEW."articleId", to_tsvector('whosaid', NEW."text"))
    ON CONFLICT ("type", "id") DO UPDATE SET "articleId" = EXCLUDED."articleId", "document" = EXCLUDED."document";
    RETURN NEW;
END
$$;

CREATE FUNCTION "search_index_article"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "search_index" WHERE "type" = 'Article' AND "id" = OLD."id";
        RETURN OLD;
    END IF;
    INSERT INTO "search_index" ("type", "id", "articleId", "document")
    VALUES ('Article', NEW."id", NEW."id",
            setweight(to_tsvector('whosaid', NEW."title"), 'A') || setweight(to_tsvector('whosaid', NEW."body"), 'B'))
    ON CONFLICT ("type", "id") DO UPDATE SET "document" = EXCLUDED."document";
    RETURN NEW;
END
$$;

CREATE TRIGGER "search_index_statement"
    AFTER INSERT OR UPDATE OF "text", "articleId" OR DELETE ON "Statement"
    FOR EACH ROW EXECUTE FUNCTION "search_index_statement"();

CREATE TRIGGER "search_index_article"
    AFTER INSERT OR UPDATE OF "title", "body" OR DELETE ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "search_index_article"();

INSERT INTO "search_index" ("type", "id", "articleId", "document")
SELECT 'Statement', "id", "articleId", to_tsvector('whosaid', "text") FROM "Statement";

INSERT INTO "search_index" ("type", "id", "articleId", "document")
SELECT 'Article', "id", "id", setweight(to_tsvector('whosaid', "title"), 'A') || setweight(to_tsvector('whosaid', "body"), 'B')
FROM "Article";
