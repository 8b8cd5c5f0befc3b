-- CreateEnum
CREATE TYPE "FactSource" AS ENUM ('CURATED', 'EXTRACTED');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('GOVERNMENT', 'GOVERNMENT_AGENCY', 'LEGISLATURE', 'COURT', 'POLICE_OR_MILITARY', 'POLITICAL_PARTY', 'COMPANY', 'MEDIA', 'NEWS_AGENCY', 'NGO', 'INTERNATIONAL_ORGANIZATION', 'OTHER');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('DIRECT', 'INDIRECT');

-- CreateEnum
CREATE TYPE "SanctionMeasureKind" AS ENUM ('FINANCIAL', 'ASSET_FREEZE', 'TRAVEL', 'VISA_BAN', 'TRADE', 'ACCOUNT_BLOCK', 'OTHER');

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "publishedAt" TIMESTAMP(3),
    "factSource" "FactSource" NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleContributor" (
    "articleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,

    CONSTRAINT "ArticleContributor_pkey" PRIMARY KEY ("articleId","organizationId")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "description" TEXT,
    "country" TEXT,
    "wikidataId" TEXT,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAlias" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "aliasKey" TEXT NOT NULL,

    CONSTRAINT "PersonAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "description" TEXT,
    "country" TEXT,
    "parentId" INTEGER,
    "wikidataId" TEXT,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationAlias" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "aliasKey" TEXT NOT NULL,

    CONSTRAINT "OrganizationAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnnamedSource" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    "labelKey" TEXT NOT NULL,

    CONSTRAINT "UnnamedSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalBasis" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "year" INTEGER,
    "description" TEXT,

    CONSTRAINT "LegalBasis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "personId" INTEGER,
    "organizationId" INTEGER,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Affiliation" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "organizationId" INTEGER,
    "role" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "Affiliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "speakerPersonId" INTEGER,
    "speakerOrganizationId" INTEGER,
    "speakerSourceId" INTEGER,
    "speakerText" TEXT NOT NULL,
    "speakerStart" INTEGER NOT NULL,
    "speakerEnd" INTEGER NOT NULL,
    "verb" TEXT NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    "sentenceStart" INTEGER NOT NULL,
    "sentenceEnd" INTEGER NOT NULL,
    "date" TIMESTAMP(3),
    "dateText" TEXT,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementAboutPerson" (
    "statementId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,

    CONSTRAINT "StatementAboutPerson_pkey" PRIMARY KEY ("statementId","personId")
);

-- CreateTable
CREATE TABLE "StatementAboutOrganization" (
    "statementId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,

    CONSTRAINT "StatementAboutOrganization_pkey" PRIMARY KEY ("statementId","organizationId")
);

-- CreateTable
CREATE TABLE "Sanction" (
    "id" SERIAL NOT NULL,
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
    "date" TIMESTAMP(3),
    "dateText" TEXT,

    CONSTRAINT "Sanction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SanctionMeasure" (
    "sanctionId" INTEGER NOT NULL,
    "measure" "SanctionMeasureKind" NOT NULL,

    CONSTRAINT "SanctionMeasure_pkey" PRIMARY KEY ("sanctionId","measure")
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

-- AddForeignKey
ALTER TABLE "ArticleContributor" ADD CONSTRAINT "ArticleContributor_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleContributor" ADD CONSTRAINT "ArticleContributor_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonAlias" ADD CONSTRAINT "PersonAlias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationAlias" ADD CONSTRAINT "OrganizationAlias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerPersonId_fkey" FOREIGN KEY ("speakerPersonId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerOrganizationId_fkey" FOREIGN KEY ("speakerOrganizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerSourceId_fkey" FOREIGN KEY ("speakerSourceId") REFERENCES "UnnamedSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementAboutPerson" ADD CONSTRAINT "StatementAboutPerson_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementAboutPerson" ADD CONSTRAINT "StatementAboutPerson_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementAboutOrganization" ADD CONSTRAINT "StatementAboutOrganization_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementAboutOrganization" ADD CONSTRAINT "StatementAboutOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sanction" ADD CONSTRAINT "Sanction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sanction" ADD CONSTRAINT "Sanction_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sanction" ADD CONSTRAINT "Sanction_targetPersonId_fkey" FOREIGN KEY ("targetPersonId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sanction" ADD CONSTRAINT "Sanction_targetOrganizationId_fkey" FOREIGN KEY ("targetOrganizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sanction" ADD CONSTRAINT "Sanction_legalBasisId_fkey" FOREIGN KEY ("legalBasisId") REFERENCES "LegalBasis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SanctionMeasure" ADD CONSTRAINT "SanctionMeasure_sanctionId_fkey" FOREIGN KEY ("sanctionId") REFERENCES "Sanction"("id") ON DELETE CASCADE ON UPDATE CASCADE;
