// Seeding a real database: every span verbatim, re-runs change nothing, a bad
// document is reported with file, position and text while the others land.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { persistArticle } from '../../src/ingest/persist.ts';
import { seedDirectory } from '../../src/ingest/seed.ts';
import { createTestDatabase } from '../helpers/databases.ts';
import { syntheticArticle } from '../helpers/factories.ts';
import { testProvider } from '../helpers/server.ts';

const SEED = '000_984c4992309c9591';
let db: Db;
let drop: () => Promise<void>;
let dir: string;

beforeEach(async () => {
  const database = await createTestDatabase(testProvider());
  drop = database.drop;
  await migrate(database.url);
  db = await openDb(database.url);
  dir = await mkdtemp(join(tmpdir(), 'whosaid-seeds-'));
});
afterEach(async () => {
  await db.$disconnect();
  await drop();
  await rm(dir, { recursive: true, force: true });
});

/** Every row of every table, to compare two states of the database. */
async function snapshot() {
  const byId = { orderBy: { id: 'asc' as const } };
  return {
    articles: await db.article.findMany(byId),
    persons: await db.person.findMany(byId),
    organizations: await db.organization.findMany(byId),
    personAliases: await db.personAlias.findMany(byId),
    organizationAliases: await db.organizationAlias.findMany(byId),
    sources: await db.unnamedSource.findMany(byId),
    laws: await db.legalBasis.findMany(byId),
    mentions: await db.mention.findMany(byId),
    affiliations: await db.affiliation.findMany(byId),
    statements: await db.statement.findMany(byId),
    sanctions: await db.sanction.findMany(byId),
    measures: await db.sanctionMeasure.findMany({ orderBy: [{ sanctionId: 'asc' }, { measure: 'asc' }] }),
    aboutPersons: await db.statementAboutPerson.findMany({ orderBy: [{ statementId: 'asc' }, { personId: 'asc' }] }),
    aboutOrganizations: await db.statementAboutOrganization.findMany({
      orderBy: [{ statementId: 'asc' }, { organizationId: 'asc' }],
    }),
    contributors: await db.articleContributor.findMany({ orderBy: [{ articleId: 'asc' }, { organizationId: 'asc' }] }),
  };
}

describe('seeding seeds/', () => {
  it('stores every annotated document with every span verbatim', async () => {
    const outcomes = await seedDirectory(db, 'seeds');
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(outcomes.map((o) => o.ok && o.result.status)).toEqual(outcomes.map(() => 'created'));
    const articles = await db.article.findMany({
      include: { statements: true, mentions: true, sanctions: true, affiliations: true },
    });
    const seed = articles.find((a) => a.key === SEED)!;
    expect(seed.body).toBe(await readFile(`seeds/${SEED}.txt`, 'utf8'));
    expect(seed.statements.length).toBeGreaterThan(10);
    expect(seed.sanctions.length).toBeGreaterThanOrEqual(1);
    for (const a of articles) {
      for (const s of a.statements) {
        expect(a.body.slice(s.start, s.end)).toBe(s.text);
        expect(a.body.slice(s.sentenceStart, s.sentenceEnd)).toBe(s.sentence);
        expect(a.body.slice(s.speakerStart, s.speakerEnd)).toBe(s.speakerText);
      }
      for (const m of a.mentions) expect(a.body.slice(m.start, m.end)).toBe(m.text);
      for (const s of a.sanctions) {
        expect(a.body.slice(s.start, s.end)).toBe(s.text);
        expect(a.body.slice(s.targetStart, s.targetEnd)).toBe(s.targetText);
      }
      for (const f of a.affiliations) expect(a.body.slice(f.start, f.end)).toBe(f.role);
    }
  });

  it('changes nothing when run again', async () => {
    await seedDirectory(db, 'seeds');
    const before = await snapshot();
    const again = await seedDirectory(db, 'seeds');
    expect(again.every((o) => o.ok && o.result.status === 'unchanged')).toBe(true);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a bad document', () => {
  beforeEach(async () => {
    await cp(`seeds/${SEED}.txt`, join(dir, 'a_good.txt'));
    await cp(`seeds/${SEED}.annotations.yaml`, join(dir, 'a_good.annotations.yaml'));
  });

  it('is reported with file, position and offending text, and the others land', async () => {
    const annotation = await readFile(`seeds/${SEED}.annotations.yaml`, 'utf8');
    await writeFile(join(dir, 'b_bad.txt'), (await readFile(`seeds/${SEED}.txt`, 'utf8')).replace('Kremlin-backed', 'Kremlin-supported'));
    await writeFile(join(dir, 'b_bad.annotations.yaml'), annotation);
    const outcomes = await seedDirectory(db, dir);
    const bad = outcomes.find((o) => o.file.endsWith('b_bad.txt'));
    expect(bad?.ok).toBe(false);
    const error = bad && !bad.ok ? bad.error : '';
    expect(error).toContain(join(dir, 'b_bad.annotations.yaml'));
    expect(error).toMatch(/affiliations\[\d+\]\.role: expected "the Kremlin-backed leader of Chechnya" at offset \d+ \(line 5, column \d+\), found "the Kremlin-supported leader of/);
    expect(outcomes.find((o) => o.file.endsWith('a_good.txt'))?.ok).toBe(true);
    expect(await db.article.count()).toBe(1);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /is empty/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
    ['a file that is not UTF-8', Buffer.from('Caf\xe9 society', 'latin1'), /not valid UTF-8/],
  ])('%s is refused with its name', async (_what, bytes, message) => {
    await writeFile(join(dir, 'c_broken.txt'), bytes);
    await writeFile(join(dir, 'c_broken.annotations.yaml'), 'entities: []\n');
    const outcomes = await seedDirectory(db, dir);
    const broken = outcomes.find((o) => o.file.endsWith('c_broken.txt'))!;
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error).toMatch(message);
    expect(!broken.ok && broken.error).toContain('c_broken.txt');
  });

  it('with an annotation that breaks the format names the field', async () => {
    await writeFile(join(dir, 'd_format.txt'), 'Headline\n\nSomebody said something.');
    await writeFile(join(dir, 'd_format.annotations.yaml'), 'entities:\n  - key: x\n    type: person\n');
    const outcomes = await seedDirectory(db, dir);
    const broken = outcomes.find((o) => o.file.endsWith('d_format.txt'))!;
    expect(!broken.ok && broken.error).toMatch(/d_format\.annotations\.yaml: does not follow the annotation format:\n\s+entities\[0\]\.name/);
  });

  it('that fails inside the database leaves nothing behind', async () => {
    const { doc, annotation } = syntheticArticle({ key: 'dup', statements: 2 });
    annotation.statements.push(annotation.statements[0]!);
    await expect(
      persistArticle(db, { doc, annotation, factSource: 'CURATED', contentHash: 'dup' }),
    ).rejects.toThrow();
    expect(await db.article.count()).toBe(0);
    expect(await db.person.count()).toBe(0);
  });
});

describe('an edited document', () => {
  it('replaces its own facts without duplicating entities', async () => {
    await cp(`seeds/${SEED}.txt`, join(dir, `${SEED}.txt`));
    const annotation = await readFile(`seeds/${SEED}.annotations.yaml`, 'utf8');
    await writeFile(join(dir, `${SEED}.annotations.yaml`), annotation);
    await seedDirectory(db, dir);
    const before = await snapshot();
    // Drop the last statement of the annotation.
    const lastStatement = annotation.lastIndexOf('\n  - speaker:');
    const nextSection = annotation.indexOf('\nsanctions:', lastStatement);
    await writeFile(join(dir, `${SEED}.annotations.yaml`), annotation.slice(0, lastStatement) + annotation.slice(nextSection));
    const [outcome] = await seedDirectory(db, dir);
    expect(outcome?.ok && outcome.result.status).toBe('updated');
    const after = await snapshot();
    expect(after.articles.map((a) => a.id)).toEqual(before.articles.map((a) => a.id));
    expect(after.statements).toHaveLength(before.statements.length - 1);
    expect(after.persons).toEqual(before.persons);
    expect(after.organizations).toEqual(before.organizations);
    expect(after.personAliases).toEqual(before.personAliases);
  });
});

