// Shared checks for the extractor tests: every span slices back to its text, and a
// small way to read statements and sanctions by entity name.
import { expect } from 'vitest';
import type { Annotation, Span } from '../../../src/ingest/annotationSchema.ts';
import { annotationSchema } from '../../../src/ingest/annotationSchema.ts';
import { extractAnnotation } from '../../../src/ingest/extract/index.ts';

export function spansOf(annotation: Annotation): Span[] {
  return [
    ...annotation.mentions,
    ...annotation.affiliations.map((a) => a.role),
    ...annotation.statements.flatMap((s) => [s.speakerSpan, s.content, s.sentence]),
    ...annotation.sanctions.flatMap((s) => [s.span, s.targetSpan]),
  ];
}

/** Extracts, checks the schema and that every span slices back to its text. */
export function extract(body: string): Annotation {
  const annotation = extractAnnotation(body);
  expect(annotationSchema.safeParse(annotation).success).toBe(true);
  for (const span of spansOf(annotation)) expect(body.slice(span.start, span.start + span.text.length)).toBe(span.text);
  return annotation;
}

export function nameOf(annotation: Annotation, key: string): string {
  const e = annotation.entities.find((x) => x.key === key);
  if (!e) return `?${key}`;
  return e.type === 'unnamed' ? e.label : e.name;
}

/** Statements as "speaker | verb | kind | content" lines, for readable assertions. */
export function statementLines(annotation: Annotation): string[] {
  return annotation.statements.map((s) => `${nameOf(annotation, s.speaker)} | ${s.verb} | ${s.kind} | ${s.content.text}`);
}

export function sanctionLines(annotation: Annotation): string[] {
  return annotation.sanctions.map(
    (s) => `${nameOf(annotation, s.authority)} -> ${nameOf(annotation, s.target)} | ${s.measures.join(',')}`,
  );
}

export function entityLines(annotation: Annotation): string[] {
  return annotation.entities.map((e) => (e.type === 'unnamed' ? `unnamed: ${e.label}` : `${e.type}: ${e.name}`));
}
