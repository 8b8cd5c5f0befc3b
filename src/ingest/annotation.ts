// Reading a curated annotation file and checking it against its document: every key
// it refers to is declared, every entity has the type its role needs, and every span
// is found verbatim at its offset in the body.
import { parse as parseYaml } from 'yaml';
import { annotationSchema, type Annotation, type Span } from './annotationSchema.ts';
import { DocumentError, type NewsDocument } from './document.ts';

/** `seeds/foo.txt` → `seeds/foo.annotations.yaml` */
export function annotationPathFor(documentPath: string): string {
  return documentPath.replace(/\.[^./]+$/, '') + '.annotations.yaml';
}

export function parseAnnotation(file: string, text: string): Annotation {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new DocumentError(file, `not valid YAML: ${(error as Error).message}`);
  }
  const parsed = annotationSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((i) => `  ${formatPath(i.path)}: ${i.message}`);
    throw new DocumentError(file, `does not follow the annotation format:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** Line and column (both from 1) of an offset, for messages a person can follow. */
function lineColumn(body: string, offset: number): string {
  const before = body.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * Every problem of an annotation against its document, as `path: message` lines.
 * An empty list means the annotation can be written as it is.
 */
export function checkAnnotation(doc: NewsDocument, annotation: Annotation): string[] {
  const problems: string[] = [];
  const typeOf = new Map<string, string>();
  const declare = (key: string, type: string, path: string) => {
    if (typeOf.has(key)) problems.push(`${path}: key "${key}" is declared twice`);
    typeOf.set(key, type);
  };
  annotation.entities.forEach((e, i) => declare(e.key, e.type, `entities[${i}]`));
  annotation.legalBases.forEach((l, i) => declare(l.key, 'legalBasis', `legalBases[${i}]`));

  const expect = (key: string | undefined, types: string[], path: string) => {
    if (key === undefined) return;
    const type = typeOf.get(key);
    if (type === undefined) problems.push(`${path}: "${key}" is not declared`);
    else if (!types.includes(type)) problems.push(`${path}: "${key}" is a ${type}, expected ${types.join(' or ')}`);
  };
  const span = (s: Span, path: string) => {
    const found = doc.body.slice(s.start, s.start + s.text.length);
    if (found !== s.text) {
      problems.push(
        `${path}: expected ${JSON.stringify(s.text)} at offset ${s.start} (${lineColumn(doc.body, s.start)}), ` +
          `found ${JSON.stringify(found)}`,
      );
    }
  };
  const within = (inner: Span, outer: Span, path: string) => {
    if (inner.start < outer.start || inner.start + inner.text.length > outer.start + outer.text.length) {
      problems.push(`${path}: lies outside its sentence`);
    }
  };

  annotation.article.contributors.forEach((k, i) => expect(k, ['organization'], `article.contributors[${i}]`));
  annotation.entities.forEach((e, i) => {
    if (e.type === 'organization') expect(e.parent, ['organization'], `entities[${i}].parent`);
  });
  annotation.mentions.forEach((m, i) => {
    expect(m.entity, ['person', 'organization'], `mentions[${i}].entity`);
    span(m, `mentions[${i}]`);
  });
  annotation.affiliations.forEach((a, i) => {
    expect(a.person, ['person'], `affiliations[${i}].person`);
    expect(a.organization, ['organization'], `affiliations[${i}].organization`);
    span(a.role, `affiliations[${i}].role`);
  });
  annotation.statements.forEach((s, i) => {
    const path = `statements[${i}]`;
    expect(s.speaker, ['person', 'organization', 'unnamed'], `${path}.speaker`);
    s.about.forEach((k, j) => expect(k, ['person', 'organization'], `${path}.about[${j}]`));
    span(s.speakerSpan, `${path}.speakerSpan`);
    span(s.content, `${path}.content`);
    span(s.sentence, `${path}.sentence`);
    within(s.content, s.sentence, `${path}.content`);
  });
  const unique = (keys: string[], what: string) => {
    const seen = new Map<string, number>();
    keys.forEach((key, i) => {
      const first = seen.get(key);
      if (first !== undefined) problems.push(`${what}[${i}]: repeats ${what}[${first}]`);
      else seen.set(key, i);
    });
  };
  // The database keeps one row per span (and speaker, authority, target): repeats are mistakes.
  unique(annotation.mentions.map((m) => `${m.start}:${m.text.length}`), 'mentions');
  unique(annotation.affiliations.map((a) => `${a.person}:${a.role.start}:${a.role.text.length}`), 'affiliations');
  unique(
    annotation.statements.map((s) => `${s.content.start}:${s.content.text.length}:${s.speakerSpan.start}`),
    'statements',
  );
  unique(
    annotation.sanctions.map((s) => `${s.span.start}:${s.span.text.length}:${s.authority}:${s.targetSpan.start}`),
    'sanctions',
  );

  annotation.sanctions.forEach((s, i) => {
    const path = `sanctions[${i}]`;
    expect(s.authority, ['organization'], `${path}.authority`);
    expect(s.target, ['person', 'organization'], `${path}.target`);
    expect(s.legalBasis, ['legalBasis'], `${path}.legalBasis`);
    span(s.span, `${path}.span`);
    span(s.targetSpan, `${path}.targetSpan`);
  });
  return problems;
}
