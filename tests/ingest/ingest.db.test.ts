// Ingesting documents nobody annotated: through the command a user runs, and
// through the module under concurrency, against a real database.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { MAX_DOCUMENT_BYTES } from '../../src/ingest/document.ts';
import { ingestFile } from '../../src/ingest/ingest.ts';
import { seedDirectory } from '../../src/ingest/seed.ts';
import { createTestDatabase } from '../helpers/databases.ts';
import { startTestServer, testProvider } from '../helpers/server.ts';

const run = promisify(execFile);

const ARTICLE = `---
title: Regulator fines shipping firm over sanctions breach
outlet: Harbour Wire
publishedAt: 2024-03-14
---
Regulator fines shipping firm over sanctions breach

The Maritime Authority of Norvania imposed a fine on Ostrava Lines on Thursday, saying the company had shipped cargo to a blacklisted port.

"We will not tolerate sanctions evasion," said Helena Brandt, the authority's director.

The Norvanian Finance Ministry froze the assets of Ostrava Lines under the Maritime Security Act.

Ostrava Lines denied any wrongdoing.
`;

let db: Db;
let url: string;
let drop: () => Promise<void>;
let dir: string;

beforeEach(async () => {
  const database = await createTestDatabase(testProvider());
  ({ url, drop } = database);
  await migrate(url);
  db = await openDb(url);
  dir = await mkdtemp(join(tmpdir(), 'whosaid-ingest-'));
});
afterEach(async () => {
  await db.$disconnect();
  await drop();
  await rm(dir, { recursive: true, force: true });
});

describe('ingestFile', () => {
  it('extracts an unannotated article with spans that slice back to the text', async () => {
    await writeFile(join(dir, 'fine.md'), ARTICLE);
    const result = await ingestFile(db, join(dir, 'fine.md'));
    expect(result).toMatchObject({ status: 'created', factSource: 'EXTRACTED' });
    const article = await db.article.findFirstOrThrow({ include: { statements: true, mentions: true } });
    expect(article.title).toBe('Regulator fines shipping firm over sanctions breach');
    expect(article.statements.length).toBeGreaterThan(0);
    for (const s of article.statements) expect(article.body.slice(s.start, s.end)).toBe(s.text);
    for (const m of article.mentions) expect(article.body.slice(m.start, m.end)).toBe(m.text);
    const brandt = await db.person.findFirst({ where: { name: 'Helena Brandt' }, include: { statements: true } });
    expect(brandt?.statements.map((s) => s.text)).toContain('We will not tolerate sanctions evasion');
    expect((await ingestFile(db, join(dir, 'fine.md'))).status).toBe('unchanged');
  });

  it('merges the same person and organization across articles, and replaces an edited article in place', async () => {
    await writeFile(join(dir, 'fine.md'), ARTICLE);
    await writeFile(
      join(dir, 'appeal.txt'),
      'Shipping firm appeals asset freeze\n\n' +
        'Ostrava Lines said on Monday it would appeal the freeze.\n\n' +
        '"The decision was a mistake," Helena Brandt, the director of the Maritime Authority of Norvania, told reporters. ' +
        'Brandt said the authority would defend its ruling.\n',
    );
    await ingestFile(db, join(dir, 'fine.md'));
    await ingestFile(db, join(dir, 'appeal.txt'));
    const brandt = await db.person.findMany({ where: { nameKey: 'helena brandt' }, include: { aliases: true, statements: true } });
    expect(brandt).toHaveLength(1);
    expect(brandt[0]!.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['Helena Brandt', 'Brandt']));
    expect(new Set(brandt[0]!.statements.map((st) => st.articleId)).size).toBe(2);
    expect(await db.organization.count({ where: { nameKey: 'ostrava lines' } })).toBe(1);

    const persons = await db.person.count();
    const organizations = await db.organization.count();
    const before = await db.article.findFirstOrThrow({ where: { key: 'fine' } });
    await writeFile(join(dir, 'fine.md'), ARTICLE.replace('Ostrava Lines denied any wrongdoing.', 'Ostrava Lines denied any wrongdoing on Friday.'));
    expect((await ingestFile(db, join(dir, 'fine.md'))).status).toBe('updated');
    const after = await db.article.findFirstOrThrow({ where: { key: 'fine' }, include: { statements: true } });
    expect(after.id).toBe(before.id);
    expect(after.statements.map((st) => st.text)).toContain('any wrongdoing on Friday');
    expect(await db.article.count()).toBe(2);
    expect(await db.person.count()).toBe(persons);
    expect(await db.organization.count()).toBe(organizations);
  });

  it('keeps curated facts over extracted ones for the same text', async () => {
    await seedDirectory(db, 'seeds');
    const statements = await db.statement.count();
    await cp('seeds/000_984c4992309c9591.txt', join(dir, '000_984c4992309c9591.txt'));
    const result = await ingestFile(db, join(dir, '000_984c4992309c9591.txt'));
    expect(result.status).toBe('unchanged');
    expect(await db.statement.count()).toBe(statements);
    expect((await db.article.findFirstOrThrow({ where: { key: '000_984c4992309c9591' } })).factSource).toBe('CURATED');
  });

  it('leaves exactly one copy after twenty concurrent ingests of the same article', async () => {
    await writeFile(join(dir, 'fine.md'), ARTICLE);
    const clients = await Promise.all(Array.from({ length: 20 }, () => openDb(url)));
    try {
      const results = await Promise.all(clients.map((client) => ingestFile(client, join(dir, 'fine.md'))));
      expect(results.filter((r) => r.status === 'created')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'unchanged')).toHaveLength(19);
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
    }
    expect(await db.article.count()).toBe(1);
    const persons = await db.person.findMany({ select: { nameKey: true } });
    expect(new Set(persons.map((p) => p.nameKey)).size).toBe(persons.length);
  });
});

describe('the ingest command', () => {
  it('ingests a folder, refuses bad files by name, and exits non-zero', async () => {
    await writeFile(join(dir, 'a_fine.md'), ARTICLE);
    await writeFile(join(dir, 'b_empty.txt'), '');
    await writeFile(join(dir, 'c_binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x02]));
    await writeFile(join(dir, 'd_latin1.txt'), Buffer.from('R\xe9sum\xe9 of the talks', 'latin1'));
    await writeFile(join(dir, 'e_huge.txt'), 'x'.repeat(MAX_DOCUMENT_BYTES + 1));
    const env = { ...process.env, DATABASE_URL: url };
    const failed = await run('npx', ['tsx', 'src/cli/ingest.ts', dir], { env }).catch((error) => error);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`${join(dir, 'b_empty.txt')}: the file is empty`);
    expect(failed.stderr).toContain(`${join(dir, 'c_binary.txt')}: the file is binary`);
    expect(failed.stderr).toContain(`${join(dir, 'd_latin1.txt')}: the file is not valid UTF-8`);
    expect(failed.stderr).toMatch(/e_huge\.txt: the file has \d+ bytes, more than the limit/);
    expect(failed.stdout).toMatch(/Documents: 5 \(1 new, 0 updated, 0 already known, 4 failed/);
    expect(await db.article.count()).toBe(1);

    await rm(join(dir, 'b_empty.txt'));
    await rm(join(dir, 'c_binary.txt'));
    await rm(join(dir, 'd_latin1.txt'));
    await rm(join(dir, 'e_huge.txt'));
    const again = await run('npx', ['tsx', 'src/cli/ingest.ts', dir], { env });
    expect(again.stdout).toMatch(/Documents: 1 \(0 new, 0 updated, 1 already known, 0 failed/);
  });

  it('explains itself with --help', async () => {
    const { stdout } = await run('npx', ['tsx', 'src/cli/ingest.ts', '--help']);
    expect(stdout).toMatch(/Usage: ingest \[options\] <paths\.\.\.>/);
  });
});


describe('an ingested article in GraphQL', () => {
  it('shows its speakers, statements, spans and sanctions', async () => {
    const server = await startTestServer({ seedsDir: null });
    try {
      await writeFile(join(dir, 'fine.md'), ARTICLE);
      await ingestFile(server.db, join(dir, 'fine.md'));
      const { body } = await server.query(`{
        articles(first: 1) { nodes {
          title body factSource
          statements { nodes { text span { start end text } speaker { ... on Person { name } ... on Organization { name } } } }
          sanctions { nodes { authority { name } target { name } measures span { start end text } } }
        } }
      }`);
      expect(body.errors).toBeUndefined();
      const [article] = body.data.articles.nodes;
      expect(article).toMatchObject({ title: 'Regulator fines shipping firm over sanctions breach', factSource: 'EXTRACTED' });
      expect(article.statements.nodes).toContainEqual(
        expect.objectContaining({ text: 'We will not tolerate sanctions evasion', speaker: { name: 'Helena Brandt' } }),
      );
      for (const s of article.statements.nodes) expect(article.body.slice(s.span.start, s.span.end)).toBe(s.span.text);
      for (const s of article.sanctions.nodes) expect(article.body.slice(s.span.start, s.span.end)).toBe(s.span.text);
      expect(article.sanctions.nodes).toContainEqual(
        expect.objectContaining({
          authority: { name: 'Norvanian Finance Ministry' },
          target: { name: 'Ostrava Lines' },
          measures: ['ASSET_FREEZE'],
        }),
      );
    } finally {
      await server.close();
    }
  });
});
