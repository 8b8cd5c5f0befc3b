// Builds annotated documents in code, with every span computed from the text it
// builds, so tests can make as many articles, speakers and statements as they need.
import type { Db } from '../../src/db/client.ts';
import type { Annotation } from '../../src/ingest/annotationSchema.ts';
import { contentHash, type NewsDocument } from '../../src/ingest/document.ts';
import { persistArticle, type PersistResult } from '../../src/ingest/persist.ts';

export interface SyntheticArticleOptions {
  key: string;
  /** Number of statements; speakers take turns. */
  statements: number;
  /** Number of distinct speaking persons (named "<prefix> Speaker N"). */
  speakers?: number;
  prefix?: string;
  outlet?: string;
  publishedAt?: string;
}

export function syntheticArticle(options: SyntheticArticleOptions): { doc: NewsDocument; annotation: Annotation } {
  const { key, statements, speakers = 3, prefix = 'Test', outlet = 'Test Wire', publishedAt = '2024-05-01' } = options;
  const title = `Synthetic report ${key}`;
  let body = `${title}\n\n`;
  const personName = (i: number) => `${prefix} Speaker ${i}`;
  const annotation: Annotation = {
    article: { outlet, contributors: [] },
    entities: [
      ...Array.from({ length: speakers }, (_, i) => ({
        key: `speaker-${i}`,
        type: 'person' as const,
        name: personName(i),
        aliases: [],
      })),
      { key: 'board', type: 'organization' as const, name: `${prefix} Sanctions Board`, kind: 'GOVERNMENT_AGENCY' as const, aliases: [] },
    ],
    legalBases: [{ key: 'act', name: `${prefix} Accountability Act`, year: 2020 }],
    mentions: [],
    affiliations: [],
    statements: [],
    sanctions: [],
  };
  for (let i = 0; i < statements; i++) {
    const speaker = i % speakers;
    const about = (i + 1) % speakers;
    const name = personName(speaker);
    const quote = `Statement number ${i} concerns ${personName(about)}.`;
    const sentence = `${name} said: "${quote}"`;
    const start = body.length;
    body += `${sentence}\n\n`;
    annotation.mentions.push({ entity: `speaker-${speaker}`, start, text: name });
    annotation.statements.push({
      speaker: `speaker-${speaker}`,
      speakerSpan: { start, text: name },
      verb: 'said',
      kind: 'DIRECT',
      content: { start: start + name.length + ' said: "'.length, text: quote },
      sentence: { start, text: sentence },
      about: [`speaker-${about}`],
      date: publishedAt,
    });
  }
  const sanction = `The ${prefix} Sanctions Board froze the assets of ${personName(0)} under the ${prefix} Accountability Act.`;
  const sanctionStart = body.length;
  body += sanction;
  annotation.sanctions.push({
    authority: 'board',
    target: 'speaker-0',
    targetSpan: { start: sanctionStart + sanction.indexOf(personName(0)), text: personName(0) },
    measures: ['ASSET_FREEZE'],
    legalBasis: 'act',
    span: { start: sanctionStart, text: sanction },
  });
  const doc: NewsDocument = {
    file: `${key}.txt`,
    key,
    title,
    body,
    outlet,
    url: null,
    publishedAt: new Date(`${publishedAt}T00:00:00Z`),
  };
  return { doc, annotation };
}

export function persistSynthetic(db: Db, options: SyntheticArticleOptions): Promise<PersistResult> {
  const { doc, annotation } = syntheticArticle(options);
  return persistArticle(db, {
    doc,
    annotation,
    factSource: 'CURATED',
    contentHash: contentHash(doc.body, JSON.stringify(annotation)),
  });
}
