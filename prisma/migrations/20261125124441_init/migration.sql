-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "publishedAt" DATETIME,
    "factSource" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ArticleContributor" (
    "articleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,

    PRIMARY KEY ("articleId", "organizationId"),
    CONSTRAINT "ArticleContributor_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleContributor_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "description" TEXT,
    "country" TEXT,
    "wikidataId" TEXT
);

-- CreateTable
CREATE TABLE "PersonAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "aliasKey" TEXT NOT NULL,
    CONSTRAINT "PersonAlias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT,
    "country" TEXT,
    "parentId" INTEGER,
    "wikidataId" TEXT,
    CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrganizationAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "organizationId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "aliasKey" TEXT NOT NULL,
    CONSTRAINT "OrganizationAlias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UnnamedSource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" TEXT NOT NULL,
    "labelKey" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "LegalBasis" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "year" INTEGER,
    "description" TEXT
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "personId" INTEGER,
    "organizationId" INTEGER,
    CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Mention_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Mention_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Affiliation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "organizationId" INTEGER,
    "role" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "Affiliation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Affiliation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Affiliation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "speakerPersonId" INTEGER,
    "speakerOrganizationId" INTEGER,
    "speakerSourceId" INTEGER,
    "speakerText" TEXT NOT NULL,
    "speakerStart" INTEGER NOT NULL,
    "speakerEnd" INTEGER NOT NULL,
    "verb" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    "sentenceStart" INTEGER NOT NULL,
    "sentenceEnd" INTEGER NOT NULL,
    "date" DATETIME,
    "dateText" TEXT,
    CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_speakerPersonId_fkey" FOREIGN KEY ("speakerPersonId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_speakerOrganizationId_fkey" FOREIGN KEY ("speakerOrganizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_speakerSourceId_fkey" FOREIGN KEY ("speakerSourceId") REFERENCES "UnnamedSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatementAboutPerson" (
    "statementId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,

    PRIMARY KEY ("statementId", "personId"),
    CONSTRAINT "StatementAboutPerson_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatementAboutPerson_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatementAboutOrganization" (
    "statementId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,

    PRIMARY KEY ("statementId", "organizationId"),
    CONSTRAINT "StatementAboutOrganization_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatementAboutOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Sanction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "authorityId" INTEGER NOT NULL,
    "targetPersonId" INTEGER,
    "targetOrganizationId" INTEGER,
    "legalBasisId" INTEGER,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "targetText" TEXT NOT NULL,
    "targetStart" INTEGER NOT NULL,
    "targetEnd" INTEGER NOT NULL,
    "date" DATETIME,
    "dateText" TEXT,
    CONSTRAINT "Sanction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Sanction_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Sanction_targetPersonId_fkey" FOREIGN KEY ("targetPersonId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Sanction_targetOrganizationId_fkey" FOREIGN KEY ("targetOrganizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Sanction_legalBasisId_fkey" FOREIGN KEY ("legalBasisId") REFERENCES "LegalBasis" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SanctionMeasure" (
    "sanctionId" INTEGER NOT NULL,
    "measure" TEXT NOT NULL,

    PRIMARY KEY ("sanctionId", "measure"),
    CONSTRAINT "SanctionMeasure_sanctionId_fkey" FOREIGN KEY ("sanctionId") REFERENCES "Sanction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_key_key" ON "Article"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE INDEX "Article_outlet_idx" ON "Article"("outlet");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "ArticleContributor_organizationId_idx" ON "ArticleContributor"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_nameKey_key" ON "Person"("nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "Person_wikidataId_key" ON "Person"("wikidataId");

-- CreateIndex
CREATE INDEX "PersonAlias_aliasKey_idx" ON "PersonAlias"("aliasKey");

-- CreateIndex
CREATE UNIQUE INDEX "PersonAlias_personId_aliasKey_key" ON "PersonAlias"("personId", "aliasKey");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_nameKey_key" ON "Organization"("nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_wikidataId_key" ON "Organization"("wikidataId");

-- CreateIndex
CREATE INDEX "Organization_parentId_idx" ON "Organization"("parentId");

-- CreateIndex
CREATE INDEX "Organization_kind_idx" ON "Organization"("kind");

-- CreateIndex
CREATE INDEX "OrganizationAlias_aliasKey_idx" ON "OrganizationAlias"("aliasKey");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationAlias_organizationId_aliasKey_key" ON "OrganizationAlias"("organizationId", "aliasKey");

-- CreateIndex
CREATE UNIQUE INDEX "UnnamedSource_labelKey_key" ON "UnnamedSource"("labelKey");

-- CreateIndex
CREATE UNIQUE INDEX "LegalBasis_nameKey_key" ON "LegalBasis"("nameKey");

-- CreateIndex
CREATE INDEX "Mention_personId_idx" ON "Mention"("personId");

-- CreateIndex
CREATE INDEX "Mention_organizationId_idx" ON "Mention"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Mention_articleId_start_end_key" ON "Mention"("articleId", "start", "end");

-- CreateIndex
CREATE INDEX "Affiliation_personId_idx" ON "Affiliation"("personId");

-- CreateIndex
CREATE INDEX "Affiliation_organizationId_idx" ON "Affiliation"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Affiliation_articleId_personId_start_end_key" ON "Affiliation"("articleId", "personId", "start", "end");

-- CreateIndex
CREATE INDEX "Statement_speakerPersonId_idx" ON "Statement"("speakerPersonId");

-- CreateIndex
CREATE INDEX "Statement_speakerOrganizationId_idx" ON "Statement"("speakerOrganizationId");

-- CreateIndex
CREATE INDEX "Statement_speakerSourceId_idx" ON "Statement"("speakerSourceId");

-- CreateIndex
CREATE INDEX "Statement_verb_idx" ON "Statement"("verb");

-- CreateIndex
CREATE INDEX "Statement_date_idx" ON "Statement"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_articleId_start_end_speakerStart_key" ON "Statement"("articleId", "start", "end", "speakerStart");

-- CreateIndex
CREATE INDEX "StatementAboutPerson_personId_idx" ON "StatementAboutPerson"("personId");

-- CreateIndex
CREATE INDEX "StatementAboutOrganization_organizationId_idx" ON "StatementAboutOrganization"("organizationId");

-- CreateIndex
CREATE INDEX "Sanction_authorityId_idx" ON "Sanction"("authorityId");

-- CreateIndex
CREATE INDEX "Sanction_targetPersonId_idx" ON "Sanction"("targetPersonId");

-- CreateIndex
CREATE INDEX "Sanction_targetOrganizationId_idx" ON "Sanction"("targetOrganizationId");

-- CreateIndex
CREATE INDEX "Sanction_legalBasisId_idx" ON "Sanction"("legalBasisId");

-- CreateIndex
CREATE INDEX "Sanction_date_idx" ON "Sanction"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Sanction_articleId_start_end_authorityId_targetStart_key" ON "Sanction"("articleId", "start", "end", "authorityId", "targetStart");
