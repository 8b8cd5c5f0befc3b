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

type EntityInput = Annotation['entities'][number];
type OrganizationKind = Extract<EntityInput, { type: 'organization' }>['kind'];
type Measure = Annotation['sanctions'][number]['measures'][number];

/**
 * Writes an article sentence by sentence and annotates each sentence as it goes, so a
 * test states the facts it needs ("X denied that ...") and every span comes out right.
 */
export class ArticleBuilder {
  private body: string;
  private readonly annotation: Annotation;
  private readonly names = new Map<string, string>();

  constructor(
    private readonly key: string,
    private readonly meta: { title: string; outlet?: string; publishedAt?: string },
  ) {
    this.body = `${meta.title}\n\n`;
    this.annotation = {
      article: { outlet: meta.outlet, publishedAt: meta.publishedAt, contributors: [] },
      entities: [],
      legalBases: [],
      mentions: [],
      affiliations: [],
      statements: [],
      sanctions: [],
    };
  }

  person(key: string, name: string, more: { aliases?: string[]; country?: string; description?: string } = {}): this {
    this.annotation.entities.push({ key, type: 'person', name, aliases: more.aliases ?? [], ...more });
    this.names.set(key, name);
    return this;
  }

  organization(
    key: string,
    name: string,
    kind: OrganizationKind,
    more: { aliases?: string[]; country?: string; parent?: string } = {},
  ): this {
    this.annotation.entities.push({ key, type: 'organization', name, kind, aliases: more.aliases ?? [], ...more });
    this.names.set(key, name);
    return this;
  }

  unnamed(key: string, label: string): this {
    this.annotation.entities.push({ key, type: 'unnamed', label });
    this.names.set(key, label);
    return this;
  }

  law(key: string, name: string, year?: number): this {
    this.annotation.legalBases.push({ key, name, year });
    return this;
  }

  contributor(key: string): this {
    this.annotation.article.contributors.push(key);
    return this;
  }

  /** Text that states no fact. */
  paragraph(text: string): this {
    this.body += `${text}\n\n`;
    return this;
  }

  /** `<speaker> <verb>: "<text>"` (DIRECT) or `<speaker> <verb> that <text>.` (INDIRECT). */
  statement(s: { speaker: string; verb: string; kind: 'DIRECT' | 'INDIRECT'; text: string; about?: string[]; date?: string }): this {
    const speakerText = this.nameOf(s.speaker);
    const [lead, tail] = s.kind === 'DIRECT' ? [`${speakerText} ${s.verb}: "`, '"'] : [`${speakerText} ${s.verb} that `, '.'];
    const start = this.body.length;
    const sentence = `${lead}${s.text}${tail}`;
    this.body += `${sentence}\n\n`;
    this.mention(s.speaker, start);
    this.annotation.statements.push({
      speaker: s.speaker,
      speakerSpan: { start, text: speakerText },
      verb: s.verb,
      kind: s.kind,
      content: { start: start + lead.length, text: s.text },
      sentence: { start, text: sentence },
      about: s.about ?? [],
      date: s.date,
    });
    return this;
  }

  /** `<authority> imposed <measures> on <target>[ under the <law>].` */
  sanction(s: { authority: string; target: string; measures: Measure[]; legalBasis?: string; date?: string }): this {
    const authority = this.nameOf(s.authority);
    const target = this.nameOf(s.target);
    const law = s.legalBasis && this.annotation.legalBases.find((l) => l.key === s.legalBasis)!.name;
    const text = `${authority} imposed ${s.measures.join(' and ').toLowerCase()} measures on ${target}${law ? ` under the ${law}` : ''}`;
    const start = this.body.length;
    this.body += `${text}.\n\n`;
    this.mention(s.authority, start);
    const targetStart = start + text.indexOf(` on ${target}`) + 4;
    this.mention(s.target, targetStart);
    this.annotation.sanctions.push({
      authority: s.authority,
      target: s.target,
      targetSpan: { start: targetStart, text: target },
      measures: s.measures,
      legalBasis: s.legalBasis,
      span: { start, text },
      date: s.date,
    });
    return this;
  }

  /** `<person> is the <role>.`, the role naming the organization if given. */
  affiliation(person: string, role: string, organization?: string): this {
    const name = this.nameOf(person);
    const start = this.body.length;
    this.body += `${name} is the ${role}.\n\n`;
    this.mention(person, start);
    this.annotation.affiliations.push({
      person,
      organization,
      role: { start: start + `${name} is the `.length, text: role },
    });
    return this;
  }

  build(): { doc: NewsDocument; annotation: Annotation } {
    const { key, meta, body, annotation } = this;
    const doc: NewsDocument = {
      file: `${key}.txt`,
      key,
      title: meta.title,
      body,
      outlet: meta.outlet ?? null,
      url: null,
      publishedAt: meta.publishedAt ? new Date(`${meta.publishedAt}T00:00:00Z`) : null,
    };
    return { doc, annotation: structuredClone(annotation) };
  }

  persist(db: Db): Promise<PersistResult> {
    const { doc, annotation } = this.build();
    return persistArticle(db, {
      doc,
      annotation,
      factSource: 'CURATED',
      contentHash: contentHash(doc.body, JSON.stringify(annotation)),
    });
  }

  private nameOf(key: string): string {
    const name = this.names.get(key);
    if (name === undefined) throw new Error(`ArticleBuilder: declare ${key} before using it`);
    return name;
  }

  private mention(key: string, start: number): void {
    const entity = this.annotation.entities.find((e) => e.key === key);
    if (entity && entity.type !== 'unnamed') this.annotation.mentions.push({ entity: key, start, text: this.nameOf(key) });
  }
}
