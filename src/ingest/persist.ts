// Writing one annotated document into the database, in one transaction.
//
// Entities (persons, organizations, unnamed sources, laws) are shared by all
// articles and found by their natural keys; everything else belongs to one article
// and is replaced as a whole when the article's content hash changes. An unchanged
// hash writes nothing, so re-running a seed or an ingest changes nothing.
import type { Db, Prisma } from '../db/client.ts';
import { insertRows, insertRowsReturning } from '../db/insertRows.ts';
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
  /**
   * created: new article; updated: its facts replaced; unchanged: the same content is
   * stored already, and the counts below are zero, as nothing was written.
   */
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

export function unchanged(articleId: number): PersistResult {
  return { status: 'unchanged', articleId, entities: 0, newEntities: 0, mentions: 0, statements: 0, sanctions: 0 };
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
    return unchanged(existing.id);
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

  await insertRows(
    tx,
    'ArticleContributor',
    [...new Set(meta.contributors)].map(
      (key) => ({ articleId, organizationId: id(key) }) satisfies Prisma.ArticleContributorCreateManyInput,
    ),
  );
  await insertRows(
    tx,
    'Mention',
    annotation.mentions.map((m) => ({
      articleId,
      start: m.start,
      end: m.start + m.text.length,
      text: m.text,
      personId: isPerson(m.entity) ? id(m.entity) : null,
      organizationId: isPerson(m.entity) ? null : id(m.entity),
    }) satisfies Prisma.MentionCreateManyInput),
  );
  await insertRows(
    tx,
    'Affiliation',
    annotation.affiliations.map((a) => ({
      articleId,
      personId: id(a.person),
      organizationId: a.organization === undefined ? null : id(a.organization),
      role: a.role.text,
      start: a.role.start,
      end: a.role.start + a.role.text.length,
    }) satisfies Prisma.AffiliationCreateManyInput),
  );

  const statementRows = await insertRowsReturning(
    tx,
    'Statement',
    annotation.statements.map((s) => {
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
      } satisfies Prisma.StatementCreateManyInput;
    }),
    ['id', 'start', 'end', 'speakerStart'],
  );
  const statementId = new Map(statementRows.map((r) => [`${r.start}:${r.end}:${r.speakerStart}`, r.id]));
  const aboutPersons: Prisma.StatementAboutPersonCreateManyInput[] = [];
  const aboutOrganizations: Prisma.StatementAboutOrganizationCreateManyInput[] = [];
  for (const s of annotation.statements) {
    const sid = statementId.get(`${s.content.start}:${s.content.start + s.content.text.length}:${s.speakerSpan.start}`)!;
    for (const key of new Set(s.about)) {
      if (isPerson(key)) aboutPersons.push({ statementId: sid, personId: id(key) });
      else aboutOrganizations.push({ statementId: sid, organizationId: id(key) });
    }
  }
  await insertRows(tx, 'StatementAboutPerson', aboutPersons);
  await insertRows(tx, 'StatementAboutOrganization', aboutOrganizations);

  const sanctionRows = await insertRowsReturning(
    tx,
    'Sanction',
    annotation.sanctions.map((s) => ({
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
    }) satisfies Prisma.SanctionCreateManyInput),
    ['id', 'start', 'end', 'authorityId', 'targetStart'],
  );
  const sanctionId = new Map(sanctionRows.map((r) => [`${r.start}:${r.end}:${r.authorityId}:${r.targetStart}`, r.id]));
  await insertRows(
    tx,
    'SanctionMeasure',
    annotation.sanctions.flatMap((s) => {
      const sid = sanctionId.get(
        `${s.span.start}:${s.span.start + s.span.text.length}:${id(s.authority)}:${s.targetSpan.start}`,
      )!;
      return [...new Set(s.measures)].map(
        (measure) => ({ sanctionId: sid, measure }) satisfies Prisma.SanctionMeasureCreateManyInput,
      );
    }),
  );

  return { status: existing ? 'updated' : 'created', articleId, newEntities: entities.created, ...counts };
}

interface EntityIds {
  /** Annotation key → row id (persons, organizations, unnamed sources and laws). */
  ids: Map<string, number>;
  created: number;
}

/** What persons and organizations have in common for matching and filling in. */
interface EntityRow {
  id: number;
  nameKey: string;
  description: string | null;
  country: string | null;
  aliases: { aliasKey: string }[];
}

interface Declared {
  key: string;
  name: string;
  aliases: string[];
  description?: string;
  country?: string;
}

/** Only the fields the entity tables share, so one routine serves persons and organizations. */
interface EntityTable<Create> {
  findMany(args: {
    where: { OR: [{ nameKey: { in: string[] } }, { aliases: { some: { aliasKey: { in: string[] } } } }] };
    select: { id: true; nameKey: true; description: true; country: true; aliases: { select: { aliasKey: true } } };
  }): Promise<EntityRow[]>;
  createManyAndReturn(args: { data: Create[]; select: { id: true; nameKey: true } }): Promise<{ id: number; nameKey: string }[]>;
  update(args: { where: { id: number }; data: { description: string | null; country: string | null } }): Promise<unknown>;
}

/**
 * Finds each declared entity by its canonical name, else by an alias only one row
 * carries; creates the rest in one statement; fills in a description or country the
 * stored row lacks. Returns annotation key → id and how many rows were created.
 */
async function upsertByName<D extends Declared, Create>(
  table: EntityTable<Create>,
  declared: D[],
  toCreate: (entity: D, nameKey: string) => Create,
): Promise<{ ids: Map<string, number>; created: number }> {
  const ids = new Map<string, number>();
  if (declared.length === 0) return { ids, created: 0 };
  const keys = declared.map((e) => nameKey(e.name));
  const known = await table.findMany({
    where: { OR: [{ nameKey: { in: keys } }, { aliases: { some: { aliasKey: { in: keys } } } }] },
    select: { id: true, nameKey: true, description: true, country: true, aliases: { select: { aliasKey: true } } },
  });
  const missing = new Map<string, D>();
  for (const entity of declared) {
    const key = nameKey(entity.name);
    const row = pick(known, key);
    if (!row) {
      missing.set(key, missing.get(key) ?? entity);
      continue;
    }
    ids.set(entity.key, row.id);
    if ((!row.description && entity.description) || (!row.country && entity.country)) {
      const data = { description: row.description ?? entity.description ?? null, country: row.country ?? entity.country ?? null };
      await table.update({ where: { id: row.id }, data });
      Object.assign(row, data);
    }
  }
  if (missing.size) {
    const rows = await table.createManyAndReturn({
      data: [...missing].map(([key, entity]) => toCreate(entity, key)),
      select: { id: true, nameKey: true },
    });
    const idOf = new Map(rows.map((r) => [r.nameKey, r.id]));
    for (const entity of declared) if (!ids.has(entity.key)) ids.set(entity.key, idOf.get(nameKey(entity.name))!);
  }
  return { ids, created: missing.size };
}

async function upsertEntities(tx: Tx, annotation: Annotation): Promise<EntityIds> {
  const persons = annotation.entities.filter((e) => e.type === 'person');
  const organizations = annotation.entities.filter((e) => e.type === 'organization');
  const sources = annotation.entities.filter((e) => e.type === 'unnamed');

  const p = await upsertByName(tx.person, persons, (e, key) => ({
    name: e.name,
    nameKey: key,
    description: e.description,
    country: e.country,
    wikidataId: e.wikidataId,
  }));
  const o = await upsertByName(tx.organization, organizations, (e, key) => ({
    name: e.name,
    nameKey: key,
    kind: e.kind,
    description: e.description,
    country: e.country,
    wikidataId: e.wikidataId,
  }));
  const ids = new Map([...p.ids, ...o.ids]);

  for (const org of organizations) {
    if (org.parent !== undefined) {
      const parentId = ids.get(org.parent)!;
      await tx.organization.updateMany({
        // Spelled out: NOT (parentId = x) is not true for a NULL parentId in SQL.
        where: { id: ids.get(org.key)!, OR: [{ parentId: null }, { parentId: { not: parentId } }] },
        data: { parentId },
      });
    }
  }
  await addAliases(tx.personAlias, 'personId', persons.map((e) => ({ id: ids.get(e.key)!, names: [e.name, ...e.aliases] })));
  await addAliases(
    tx.organizationAlias,
    'organizationId',
    organizations.map((e) => ({ id: ids.get(e.key)!, names: [e.name, ...e.aliases] })),
  );

  // Unnamed sources and laws: one row per normalized label or name.
  if (sources.length) {
    const labelKeys = [...new Set(sources.map((s) => nameKey(s.label)))];
    const known = await tx.unnamedSource.findMany({ where: { labelKey: { in: labelKeys } }, select: { id: true, labelKey: true } });
    const fresh = labelKeys.filter((key) => !known.some((k) => k.labelKey === key));
    const made = fresh.length
      ? await tx.unnamedSource.createManyAndReturn({
          data: fresh.map((labelKey) => ({ labelKey, label: sources.find((s) => nameKey(s.label) === labelKey)!.label })),
          select: { id: true, labelKey: true },
        })
      : [];
    const idOf = new Map([...known, ...made].map((r) => [r.labelKey, r.id]));
    for (const s of sources) ids.set(s.key, idOf.get(nameKey(s.label))!);
  }
  const laws = annotation.legalBases;
  if (laws.length) {
    const lawKeys = [...new Set(laws.map((l) => nameKey(l.name)))];
    const known = await tx.legalBasis.findMany({ where: { nameKey: { in: lawKeys } } });
    for (const row of known) {
      const law = laws.find((l) => nameKey(l.name) === row.nameKey)!;
      if ((row.year === null && law.year) || (row.description === null && law.description)) {
        await tx.legalBasis.update({
          where: { id: row.id },
          data: { year: row.year ?? law.year, description: row.description ?? law.description },
        });
      }
    }
    const fresh = lawKeys.filter((key) => !known.some((k) => k.nameKey === key));
    const made = fresh.length
      ? await tx.legalBasis.createManyAndReturn({
          data: fresh.map((key) => {
            const law = laws.find((l) => nameKey(l.name) === key)!;
            return { name: law.name, nameKey: key, year: law.year, description: law.description };
          }),
          select: { id: true, nameKey: true },
        })
      : [];
    const idOf = new Map([...known, ...made].map((r) => [r.nameKey, r.id]));
    for (const l of laws) ids.set(l.key, idOf.get(nameKey(l.name))!);
  }
  return { ids, created: p.created + o.created };
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
  if (entities.length === 0) return;
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
