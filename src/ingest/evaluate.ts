// Scoring an extracted annotation against a curated one: precision, recall and F1 for
// entities, statements and sanctions, with the misses and false hits spelled out.
//
// Entities are aligned one to one first (same type, a shared name, alias or mention
// span), and statements and sanctions are compared through that alignment:
// - entity: persons and organizations; unnamed groups are aligned (they speak) but
//   not scored as entities;
// - statement: the speaker aligned to the curated speaker AND the content overlapping,
//   by token Jaccard ≥ 0.5 or by character overlap ≥ 50 % of the shorter span;
// - sanction: authority and target both aligned.
import type { Annotation, Span } from './annotationSchema.ts';
import { nameKey } from './keys.ts';

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  entities: Score;
  statements: Score;
  sanctions: Score;
  /** Of the matched statements, how many also have the curated kind and verb. */
  statementKindAgreement: number;
  statementVerbAgreement: number;
  /** Of the matched statements and sanctions, how many have the curated date words and calendar date. */
  statementDateAgreement: number;
  sanctionDateAgreement: number;
  misses: { entities: string[]; statements: string[]; sanctions: string[] };
  falseHits: { entities: string[]; statements: string[]; sanctions: string[] };
}

type Entity = Annotation['entities'][number];
type Statement = Annotation['statements'][number];
type Sanction = Annotation['sanctions'][number];

export function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

/** Sums the counts of several scores and recomputes the ratios (micro average). */
export function addScores(scores: Score[]): Score {
  const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
  return score(sum((s) => s.truePositives), sum((s) => s.falsePositives), sum((s) => s.falseNegatives));
}

function tokens(text: string): string[] {
  return nameKey(text).split(/[^\p{L}\p{N}$%]+/u).filter(Boolean);
}

/** Token Jaccard index of two texts. */
export function tokenJaccard(a: string, b: string): number {
  const x = new Set(tokens(a));
  const y = new Set(tokens(b));
  if (x.size === 0 && y.size === 0) return 1;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return common / (x.size + y.size - common);
}

/** Characters two spans share, as a share of the shorter one. */
export function spanOverlap(a: Span, b: Span): number {
  const common = Math.min(a.start + a.text.length, b.start + b.text.length) - Math.max(a.start, b.start);
  const shorter = Math.min(a.text.length, b.text.length);
  return common <= 0 || shorter === 0 ? 0 : common / shorter;
}

export function contentMatches(a: Span, b: Span): boolean {
  return tokenJaccard(a.text, b.text) >= 0.5 || spanOverlap(a, b) >= 0.5;
}

function namesOf(annotation: Annotation, entity: Entity): Set<string> {
  const names = new Set<string>();
  if (entity.type === 'unnamed') names.add(nameKey(entity.label));
  else for (const n of [entity.name, ...entity.aliases]) names.add(nameKey(n));
  for (const m of annotation.mentions) if (m.entity === entity.key) names.add(nameKey(m.text));
  names.delete('');
  return names;
}

function mentionStarts(annotation: Annotation, entity: Entity): Set<number> {
  const starts = new Set<number>();
  for (const m of annotation.mentions) if (m.entity === entity.key) starts.add(m.start);
  for (const s of annotation.statements) if (s.speaker === entity.key) starts.add(s.speakerSpan.start);
  return starts;
}

function label(entity: Entity): string {
  return entity.type === 'unnamed' ? `${entity.label} (unnamed)` : `${entity.name} (${entity.type})`;
}

/** Curated key → extracted key, one to one, by shared names and mention spans. */
export function alignEntities(gold: Annotation, predicted: Annotation): Map<string, string> {
  const candidates: { g: string; p: string; weight: number }[] = [];
  for (const g of gold.entities) {
    const gNames = namesOf(gold, g);
    const gStarts = mentionStarts(gold, g);
    for (const p of predicted.entities) {
      if ((g.type === 'unnamed') !== (p.type === 'unnamed')) {
        // A group the extractor took for an organization, or the reverse, can still speak.
      }
      let weight = 0;
      for (const n of namesOf(predicted, p)) if (gNames.has(n)) weight += 2;
      for (const s of mentionStarts(predicted, p)) if (gStarts.has(s)) weight += 1;
      if (g.type === 'unnamed' && p.type === 'unnamed' && tokenJaccard(g.label, p.label) >= 0.5) weight += 2;
      if (weight > 0 && g.type !== p.type) weight -= 0.5;
      if (weight > 0) candidates.push({ g: g.key, p: p.key, weight });
    }
  }
  candidates.sort((a, b) => b.weight - a.weight);
  const alignment = new Map<string, string>();
  const usedPredicted = new Set<string>();
  for (const c of candidates) {
    if (alignment.has(c.g) || usedPredicted.has(c.p)) continue;
    alignment.set(c.g, c.p);
    usedPredicted.add(c.p);
  }
  return alignment;
}

function describeStatement(s: Statement): string {
  const content = s.content.text.length > 70 ? s.content.text.slice(0, 67) + '…' : s.content.text;
  return `${s.speaker} [${s.speakerSpan.text}] ${s.verb} ${s.kind}: “${content}”`;
}

function describeSanction(s: Sanction): string {
  return `${s.authority} → ${s.target} [${s.measures.join(', ')}]: “${s.span.text}”`;
}

/** Greedy one-to-one matching of two lists under a predicate, first candidates first. */
function matchLists<G, P>(gold: G[], predicted: P[], matches: (g: G, p: P) => boolean): [number, number][] {
  const pairs: [number, number][] = [];
  const used = new Set<number>();
  gold.forEach((g, i) => {
    const j = predicted.findIndex((p, k) => !used.has(k) && matches(g, p));
    if (j >= 0) {
      used.add(j);
      pairs.push([i, j]);
    }
  });
  return pairs;
}

export function evaluate(gold: Annotation, predicted: Annotation): Evaluation {
  const alignment = alignEntities(gold, predicted);
  const scored = (e: Entity) => e.type !== 'unnamed';
  const goldEntities = gold.entities.filter(scored);
  const predictedEntities = predicted.entities.filter(scored);
  const alignedPredicted = new Set(alignment.values());
  const entityHits = goldEntities.filter((g) => {
    const p = alignment.get(g.key);
    return p !== undefined && predicted.entities.find((e) => e.key === p)?.type === g.type;
  });
  const hitPredicted = new Set(entityHits.map((g) => alignment.get(g.key)!));

  const same = (goldKey: string, predictedKey: string) => alignment.get(goldKey) === predictedKey;
  const statementPairs = matchLists(
    gold.statements,
    predicted.statements,
    (g, p) => same(g.speaker, p.speaker) && contentMatches(g.content, p.content),
  );
  const sanctionPairs = matchLists(
    gold.sanctions,
    predicted.sanctions,
    (g, p) => same(g.authority, p.authority) && same(g.target, p.target),
  );

  const matchedGold = (pairs: [number, number][]) => new Set(pairs.map(([g]) => g));
  const matchedPredicted = (pairs: [number, number][]) => new Set(pairs.map(([, p]) => p));
  const agreement = (f: (g: Statement, p: Statement) => boolean) =>
    statementPairs.length === 0
      ? 1
      : statementPairs.filter(([g, p]) => f(gold.statements[g]!, predicted.statements[p]!)).length / statementPairs.length;
  const sameDate = (g: { date?: string; dateText?: string }, p: { date?: string; dateText?: string }) =>
    g.date === p.date && (g.dateText ?? '').toLowerCase() === (p.dateText ?? '').toLowerCase();
  const sanctionDates =
    sanctionPairs.length === 0 ? 1 : sanctionPairs.filter(([g, p]) => sameDate(gold.sanctions[g]!, predicted.sanctions[p]!)).length / sanctionPairs.length;

  return {
    entities: score(entityHits.length, predictedEntities.length - hitPredicted.size, goldEntities.length - entityHits.length),
    statements: score(
      statementPairs.length,
      predicted.statements.length - statementPairs.length,
      gold.statements.length - statementPairs.length,
    ),
    sanctions: score(
      sanctionPairs.length,
      predicted.sanctions.length - sanctionPairs.length,
      gold.sanctions.length - sanctionPairs.length,
    ),
    statementKindAgreement: agreement((g, p) => g.kind === p.kind),
    statementVerbAgreement: agreement((g, p) => g.verb === p.verb),
    statementDateAgreement: agreement(sameDate),
    sanctionDateAgreement: sanctionDates,
    misses: {
      entities: goldEntities.filter((g) => !entityHits.includes(g)).map(label),
      statements: gold.statements.filter((_, i) => !matchedGold(statementPairs).has(i)).map(describeStatement),
      sanctions: gold.sanctions.filter((_, i) => !matchedGold(sanctionPairs).has(i)).map(describeSanction),
    },
    falseHits: {
      entities: predictedEntities.filter((p) => !hitPredicted.has(p.key)).map((p) => label(p) + (alignedPredicted.has(p.key) ? ' — wrong type' : '')),
      statements: predicted.statements.filter((_, i) => !matchedPredicted(statementPairs).has(i)).map(describeStatement),
      sanctions: predicted.sanctions.filter((_, i) => !matchedPredicted(sanctionPairs).has(i)).map(describeSanction),
    },
  };
}
