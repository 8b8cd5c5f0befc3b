// Writing one annotated document into the database, in one transaction.
//
// Entities (persons, organizations, unnamed sources, laws) are shared by all
// articles and found by their natural keys; everything else belongs to one article
// and is replaced as a whole when the article's content hash changes. An unchanged
// hash writes nothing, so re-running a seed or an ingest changes nothing.
import type { Db, Prisma } from '../db/client.ts';
import type { Annotation } from './annotationSchema.ts';
import type { NewsDocument } from './document.ts';
import { nameKey } from './keys.ts';

type Tx = Prisma.TransactionClient;
type FactSource = 'CURATED' | 'EXTRACTED';

export interface PersistInput {
  doc: NewsDocument;
  annotation: Annotation;
  factSource: FactSource;
  contentHash: string;
}

export interface PersistResult {
  /** created: new article; updated: its facts replaced; unchanged: same content already stored. */
  status: 'created' | 'updated' | 'unchanged';
  articleId: number;
  entities: number;
  newEntities: number;
  mentions: number;
  statements: number;
  sanctions: number;
}

/** How long a writer keeps retrying after losing a race to another writer. */
const RETRY_FOR_MS = 30_000;
const MAX_UNIQUE_RETRIES = 5;

/**
 * Stores a document and its annotation. Concurrent writers of the same entities or
 * the same article collide on unique keys; the loser retries and then finds the
 * winner's rows, so twenty concurrent ingests still leave one copy.
 */
export async function persistArticle(db: Db, input: PersistInput): Promise<PersistResult> {
  const deadline = Date.now() + RETRY_FOR_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => writeArticle(tx, input), { maxWait: 60_000, timeout: 120_000 });
    } catch (error) {
      if (Date.now() > deadline || !isRetryable(error, attempt)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(500, 10 * attempt) + Math.random() * 50));
    }
  }
}

function isRetryable(error: unknown, attempt: number): boolean {
  const code = (error as { code?: string }).code;
  const message = String((error as Error).message ?? '');
  // Waiting for a lock or a serialization conflict: the other writer finishes soon.
  if (code === 'P2034' || /SQLITE_BUSY|database is locked|could not serialize|deadlock/i.test(message)) return true;
  // A unique key another writer took first: a few retries find its row. A key that
  // still clashes after that is this document's own mistake.
  return code === 'P2002' && attempt < MAX_UNIQUE_RETRIES;
}

function day(date: string | undefined): Date | null {
  return date === undefined ? null : new Date(`${date}T00:00:00.000Z`);
}

async function writeArticle(tx: Tx, { doc, annotation, factSource, contentHash }: PersistInput): Promise<PersistResult> {
  const counts = {
    entities: annotation.entities.length,
    mentions: annotation.mentions.length,
    statements: annotation.statements.length,
    sanctions: annotation.sanctions.length,
  };
  const existing = await tx.article.findFirst({
    where: { OR: [{ key: doc.key }, { contentHash }] },
    select: { id: true, contentHash: true, factSource: true, body: true },
  });
  // Curated facts win over extracted ones for the same text.
  const keepCurated = existing?.factSource === 'CURATED' && factSource === 'EXTRACTED' && existing.body === doc.body;
  if (existing && (existing.contentHash === contentHash || keepCurated)) {
    return { status: 'unchanged', articleId: existing.id, newEntities: 0, ...counts };
  }

  const meta = annotation.article;
  const fields = {
    key: doc.key,
    contentHash,
    title: meta.title ?? doc.title,
    body: doc.body,
    outlet: doc.outlet ?? meta.outlet ?? null,
    url: doc.url ?? meta.url ?? null,
    publishedAt: doc.publishedAt ?? day(meta.publishedAt),
    factSource,
  };
  let articleId: number;
  if (existing) {
    articleId = existing.id;
    const where = { articleId };
    // Statements and sanctions take their about-links and measures with them (cascade).
    await tx.mention.deleteMany({ where });
    await tx.affiliation.deleteMany({ where });
    await tx.statement.deleteMany({ where });
    await tx.sanction.deleteMany({ where });
    await tx.articleContributor.deleteMany({ where });
    await tx.article.update({ where: { id: articleId }, data: fields });
  } else {
    articleId = (await tx.article.create({ data: fields, select: { id: true } })).id;
  }

  const entities = await upsertEntities(tx, annotation);
  const id = (key: string) => {
    const found = entities.ids.get(key);
    if (found === undefined) throw new Error(`annotation key "${key}" has no row`);
    return found;
  };
  const typeOf = new Map(annotation.entities.map((e) => [e.key, e.type]));
  const isPerson = (key: string) => typeOf.get(key) === 'person';

  await tx.articleContributor.createMany({
    data: [...new Set(meta.contributors)].map((key) => ({ articleId, organizationId: id(key) })),
  });
  await tx.mention.createMany({
    data: annotation.mentions.map((m) => ({
      articleId,
      start: m.start,
      end: m.start + m.text.length,
      text: m.text,
      personId: isPerson(m.entity) ? id(m.entity) : null,
      organizationId: isPerson(m.entity) ? null : id(m.entity),
    })),
  });
  await tx.affiliation.createMany({
    data: annotation.affiliations.map((a) => ({
      articleId,
      personId: id(a.person),
      organizationId: a.organization === undefined ? null : id(a.organization),
      role: a.role.text,
      start: a.role.start,
      end: a.role.start + a.role.text.length,
    })),
  });

  await tx.statement.createMany({
    data: annotation.statements.map((s) => {
      const type = typeOf.get(s.speaker);
      return {
        articleId,
        speakerPersonId: type === 'person' ? id(s.speaker) : null,
        speakerOrganizationId: type === 'organization' ? id(s.speaker) : null,
        speakerSourceId: type === 'unnamed' ? id(s.speaker) : null,
        speakerText: s.speakerSpan.text,
        speakerStart: s.speakerSpan.start,
        speakerEnd: s.speakerSpan.start + s.speakerSpan.text.length,
        verb: s.verb,
        kind: s.kind,
        text: s.content.text,
        start: s.content.start,
        end: s.content.start + s.content.text.length,
        sentence: s.sentence.text,
        sentenceStart: s.sentence.start,
        sentenceEnd: s.sentence.start + s.sentence.text.length,
        date: day(s.date),
        dateText: s.dateText ?? null,
      };
    }),
  });
  const statementRows = await tx.statement.findMany({
    where: { articleId },
    select: { id: true, start: true, end: true, speakerStart: true },
  });
  const statementId = new Map(statementRows.map((r) => [`${r.start}:${r.end}:${r.speakerStart}`, r.id]));
  const aboutPersons: { statementId: number; personId: number }[] = [];
  const aboutOrganizations: { statementId: number; organizationId: number }[] = [];
  for (const s of annotation.statements) {
    const sid = statementId.get(`${s.content.start}:${s.content.start + s.content.text.length}:${s.speakerSpan.start}`)!;
    for (const key of new Set(s.about)) {
      if (isPerson(key)) aboutPersons.push({ statementId: sid, personId: id(key) });
      else aboutOrganizations.push({ statementId: sid, organizationId: id(key) });
    }
  }
  await tx.statementAboutPerson.createMany({ data: aboutPersons });
  await tx.statementAboutOrganization.createMany({ data: aboutOrganizations });

  await tx.sanction.createMany({
    data: annotation.sanctions.map((s) => ({
      articleId,
      authorityId: id(s.authority),
      targetPersonId: isPerson(s.target) ? id(s.target) : null,
      targetOrganizationId: isPerson(s.target) ? null : id(s.target),
      legalBasisId: s.legalBasis === undefined ? null : id(s.legalBasis),
      text: s.span.text,
      start: s.span.start,
      end: s.span.start + s.span.text.length,
      targetText: s.targetSpan.text,
      targetStart: s.targetSpan.start,
      targetEnd: s.targetSpan.start + s.targetSpan.text.length,
      date: day(s.date),
      dateText: s.dateText ?? null,
    })),
  });
  const sanctionRows = await tx.sanction.findMany({
    where: { articleId },
    select: { id: true, start: true, end: true, authorityId: true, targetStart: true },
  });
  const sanctionId = new Map(sanctionRows.map((r) => [`${r.start}:${r.end}:${r.authorityId}:${r.targetStart}`, r.id]));
  await tx.sanctionMeasure.createMany({
    data: annotation.sanctions.flatMap((s) => {
      const sid = sanctionId.get(
        `${s.span.start}:${s.span.start + s.span.text.length}:${id(s.authority)}:${s.targetSpan.start}`,
      )!;
      return [...new Set(s.measures)].map((measure) => ({ sanctionId: sid, measure }));
    }),
  });

  return { status: existing ? 'updated' : 'created', articleId, newEntities: entities.created, ...counts };
}

interface EntityIds {
  /** Annotation key → row id (persons, organizations, unnamed sources and laws). */
  ids: Map<string, number>;
  created: number;
}

async function upsertEntities(tx: Tx, annotation: Annotation): Promise<EntityIds> {
  const ids = new Map<string, number>();
  let created = 0;
  const persons = annotation.entities.filter((e) => e.type === 'person');
  const organizations = annotation.entities.filter((e) => e.type === 'organization');
  const sources = annotation.entities.filter((e) => e.type === 'unnamed');

  // Persons: by canonical name, else by an alias only one person carries.
  const personKeys = persons.map((p) => nameKey(p.name));
  const knownPersons = await tx.person.findMany({
    where: { OR: [{ nameKey: { in: personKeys } }, { aliases: { some: { aliasKey: { in: personKeys } } } }] },
    select: { id: true, nameKey: true, description: true, country: true, aliases: { select: { aliasKey: true } } },
  });
  for (const p of persons) {
    const key = nameKey(p.name);
    const row = pick(knownPersons, key);
    if (row) {
      ids.set(p.key, row.id);
      if ((!row.description && p.description) || (!row.country && p.country)) {
        await tx.person.update({
          where: { id: row.id },
          data: { description: row.description ?? p.description, country: row.country ?? p.country },
        });
      }
    } else {
      const fresh = await tx.person.create({
        data: { name: p.name, nameKey: key, description: p.description, country: p.country, wikidataId: p.wikidataId },
        select: { id: true },
      });
      ids.set(p.key, fresh.id);
      created++;
    }
  }
  await addAliases(
    tx.personAlias,
    'personId',
    persons.map((p) => ({ id: ids.get(p.key)!, names: [p.name, ...p.aliases] })),
  );

  const organizationKeys = organizations.map((o) => nameKey(o.name));
  const knownOrganizations = await tx.organization.findMany({
    where: {
      OR: [{ nameKey: { in: organizationKeys } }, { aliases: { some: { aliasKey: { in: organizationKeys } } } }],
    },
    select: { id: true, nameKey: true, description: true, country: true, aliases: { select: { aliasKey: true } } },
  });
  for (const o of organizations) {
    const key = nameKey(o.name);
    const row = pick(knownOrganizations, key);
    if (row) {
      ids.set(o.key, row.id);
      if ((!row.description && o.description) || (!row.country && o.country)) {
        await tx.organization.update({
          where: { id: row.id },
          data: { description: row.description ?? o.description, country: row.country ?? o.country },
        });
      }
    } else {
      const fresh = await tx.organization.create({
        data: {
          name: o.name,
          nameKey: key,
          kind: o.kind,
          description: o.description,
          country: o.country,
          wikidataId: o.wikidataId,
        },
        select: { id: true },
      });
      ids.set(o.key, fresh.id);
      created++;
    }
  }
  for (const o of organizations) {
    if (o.parent !== undefined) {
      await tx.organization.update({ where: { id: ids.get(o.key)! }, data: { parentId: ids.get(o.parent)! } });
    }
  }
  await addAliases(
    tx.organizationAlias,
    'organizationId',
    organizations.map((o) => ({ id: ids.get(o.key)!, names: [o.name, ...o.aliases] })),
  );

  for (const s of sources) {
    const labelKey = nameKey(s.label);
    const row = await tx.unnamedSource.upsert({
      where: { labelKey },
      create: { label: s.label, labelKey },
      update: {},
      select: { id: true },
    });
    ids.set(s.key, row.id);
  }
  for (const l of annotation.legalBases) {
    const key = nameKey(l.name);
    const row = await tx.legalBasis.upsert({
      where: { nameKey: key },
      create: { name: l.name, nameKey: key, year: l.year, description: l.description },
      update: {},
      select: { id: true, year: true, description: true },
    });
    if ((row.year === null && l.year) || (row.description === null && l.description)) {
      await tx.legalBasis.update({
        where: { id: row.id },
        data: { year: row.year ?? l.year, description: row.description ?? l.description },
      });
    }
    ids.set(l.key, row.id);
  }
  return { ids, created };
}

/** The row whose name is `key`, else the only row that has `key` as an alias. */
function pick<T extends { nameKey: string; aliases: { aliasKey: string }[] }>(rows: T[], key: string): T | undefined {
  const byName = rows.find((r) => r.nameKey === key);
  if (byName) return byName;
  const byAlias = rows.filter((r) => r.aliases.some((a) => a.aliasKey === key));
  return byAlias.length === 1 ? byAlias[0] : undefined;
}

interface AliasTable<Owner extends string> {
  findMany(args: {
    where: Record<Owner, { in: number[] }>;
    select: { aliasKey: true } & Record<Owner, true>;
  }): Promise<(Record<Owner, number> & { aliasKey: string })[]>;
  createMany(args: { data: (Record<Owner, number> & { alias: string; aliasKey: string })[] }): Promise<unknown>;
}

/** Adds the names an entity is not yet known by; every spelling, the canonical one too. */
async function addAliases<Owner extends 'personId' | 'organizationId'>(
  table: AliasTable<Owner>,
  owner: Owner,
  entities: { id: number; names: string[] }[],
): Promise<void> {
  const ownerIds = entities.map((e) => e.id);
  const existing = await table.findMany({
    where: { [owner]: { in: ownerIds } } as Record<Owner, { in: number[] }>,
    select: { aliasKey: true, [owner]: true } as { aliasKey: true } & Record<Owner, true>,
  });
  const seen = new Set(existing.map((a) => `${a[owner]}:${a.aliasKey}`));
  const data: (Record<Owner, number> & { alias: string; aliasKey: string })[] = [];
  for (const { id, names } of entities) {
    for (const alias of names) {
      const aliasKey = nameKey(alias);
      if (seen.has(`${id}:${aliasKey}`)) continue;
      seen.add(`${id}:${aliasKey}`);
      data.push({ [owner]: id, alias, aliasKey } as Record<Owner, number> & { alias: string; aliasKey: string });
    }
  }
  if (data.length) await table.createMany({ data });
}
