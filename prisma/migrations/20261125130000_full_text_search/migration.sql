-- Full-text search over statements and articles (src/graphql/search/searchIndex.ts).
--
-- One FTS5 table holds both, so that bm25 ranks them against each other: a statement's
-- quoted or paraphrased words in "text", an article's headline in "title" and its body
-- in "text". Its rowid names the source row (statement id * 2, article id * 2 + 1), so
-- the triggers below find an entry without a scan. The porter stemmer and
-- remove_diacritics make "Sanctioned" find "sanctions" and "Gazprom" find "Gázprom".
--
-- Prisma does not model this table: it and its shadow tables are listed in
-- externalTables() (src/db/schemaEngine.ts) and prisma.config.ts, so diffs leave them alone.
CREATE VIRTUAL TABLE "search_index" USING fts5(
    "title",
    "text",
    "type" UNINDEXED,
    "articleId" UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO "search_index" (rowid, "title", "text", "type", "articleId")
SELECT "id" * 2, '', "text", 'Statement', "articleId" FROM "Statement";

INSERT INTO "search_index" (rowid, "title", "text", "type", "articleId")
SELECT "id" * 2 + 1, "title", "body", 'Article', "id" FROM "Article";

CREATE TRIGGER "search_index_statement_insert" AFTER INSERT ON "Statement" BEGIN
    INSERT INTO "search_index" (rowid, "title", "text", "type", "articleId")
    VALUES (NEW."id" * 2, '', NEW."text", 'Statement', NEW."articleId");
END;

CREATE TRIGGER "search_index_statement_update" AFTER UPDATE OF "text", "articleId" ON "Statement" BEGIN
    DELETE FROM "search_index" WHERE rowid = OLD."id" * 2;
    INSERT INTO "search_index" (rowid, "title", "text", "type", "articleId")
    VALUES (NEW."id" * 2, '', NEW."text", 'Statement', NEW."articleId");
END;

CREATE TRIGGER "search_index_statement_delete" AFTER DELETE ON "Statement" BEGIN
    DELETE FROM "search_index" WHERE rowid = OLD."id" * 2;
END;

CREATE TRIGGER "search_index_article_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "search_index" (rowid, "title", "text", "type", "articleId")
    VALUES (NEW."id" * 2 + 1, NEW."title", NEW."body", 'Article', NEW."id");
END;

CREATE TRIGGER "search_index_article_update" AFTER UPDATE OF "title", "body" ON "Article" BEGIN
    DELETE FROM "search_index" WHERE rowid = OLD."id" * 2 + 1;
    INSERT INTO "search_index" (rowid, "title", "text", "type", "articleId")
    VALUES (NEW."id" * 2 + 1, NEW."title", NEW."body", 'Article', NEW."id");
END;

CREATE TRIGGER "search_index_article_delete" AFTER DELETE ON "Article" BEGIN
    DELETE FROM "search_index" WHERE rowid = OLD."id" * 2 + 1;
END;
