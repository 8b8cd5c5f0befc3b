// The curated annotation format: a YAML file beside a document
// (`seeds/foo.txt` → `seeds/foo.annotations.yaml`) listing the document's entities,
// mentions, statements and sanctions. Entities are declared once under a local key
// and referred to by that key everywhere else in the file.
//
// A span is the exact text and its start offset in the document body (UTF-16 code
// units, as JavaScript indexes strings); the seed checks body.slice(start, start +
// text.length) === text for every span.
import { z } from 'zod';

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'keys are lower-case words joined by "-"');

export const spanSchema = z.strictObject({
  start: z.int().nonnegative(),
  text: z.string().min(1),
});

/** A calendar date (YYYY-MM-DD) for facts whose date the text pins down. */
const isoDate = z.iso.date();

export const organizationKinds = [
  'GOVERNMENT',
  'GOVERNMENT_AGENCY',
  'LEGISLATURE',
  'COURT',
  'POLICE_OR_MILITARY',
  'POLITICAL_PARTY',
  'COMPANY',
  'MEDIA',
  'NEWS_AGENCY',
  'NGO',
  'INTERNATIONAL_ORGANIZATION',
  'OTHER',
] as const;

export const sanctionMeasureKinds = [
  'FINANCIAL',
  'ASSET_FREEZE',
  'TRAVEL',
  'VISA_BAN',
  'TRADE',
  'ACCOUNT_BLOCK',
  'OTHER',
] as const;

const personSchema = z.strictObject({
  key,
  type: z.literal('person'),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1).optional(),
  country: z.string().min(1).optional(),
  wikidataId: z.string().regex(/^Q\d+$/).optional(),
});

const organizationSchema = z.strictObject({
  key,
  type: z.literal('organization'),
  name: z.string().min(1),
  kind: z.enum(organizationKinds),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1).optional(),
  country: z.string().min(1).optional(),
  /** Key of the parent organization (Instagram → facebook). */
  parent: key.optional(),
  wikidataId: z.string().regex(/^Q\d+$/).optional(),
});

const unnamedSourceSchema = z.strictObject({
  key,
  type: z.literal('unnamed'),
  /** How the text names the group ("Human rights groups"). */
  label: z.string().min(1),
});

export const entitySchema = z.discriminatedUnion('type', [
  personSchema,
  organizationSchema,
  unnamedSourceSchema,
]);

export const annotationSchema = z.strictObject({
  article: z
    .strictObject({
      title: z.string().min(1).optional(),
      outlet: z.string().min(1).optional(),
      url: z.url().optional(),
      publishedAt: isoDate.optional(),
      /** Keys of the agencies credited with reporting. */
      contributors: z.array(key).default([]),
    })
    .default({ contributors: [] }),
  entities: z.array(entitySchema).min(1),
  legalBases: z
    .array(
      z.strictObject({
        key,
        name: z.string().min(1),
        year: z.int().min(1000).max(2999).optional(),
        description: z.string().min(1).optional(),
      }),
    )
    .default([]),
  /** Every span that names a person or organization. */
  mentions: z.array(spanSchema.extend({ entity: key })).default([]),
  affiliations: z
    .array(
      z.strictObject({
        person: key,
        organization: key.optional(),
        /** The role exactly as the text gives it. */
        role: spanSchema,
      }),
    )
    .default([]),
  statements: z
    .array(
      z.strictObject({
        /** Key of a person, organization or unnamed source. */
        speaker: key,
        /** The words naming the speaker here ("the watchdog’s press service", "he"). */
        speakerSpan: spanSchema,
        verb: z.string().min(1),
        kind: z.enum(['DIRECT', 'INDIRECT']),
        /** The quoted or paraphrased words. */
        content: spanSchema,
        /** The sentence(s) the statement sits in. */
        sentence: spanSchema,
        /** Keys of the persons and organizations the statement is about. */
        about: z.array(key).default([]),
        date: isoDate.optional(),
        dateText: z.string().min(1).optional(),
      }),
    )
    .default([]),
  sanctions: z
    .array(
      z.strictObject({
        authority: key,
        target: key,
        /** The words naming the target here ("him"). */
        targetSpan: spanSchema,
        measures: z.array(z.enum(sanctionMeasureKinds)).min(1),
        legalBasis: key.optional(),
        /** The words that report the sanction. */
        span: spanSchema,
        date: isoDate.optional(),
        dateText: z.string().min(1).optional(),
      }),
    )
    .default([]),
});

export type Annotation = z.infer<typeof annotationSchema>;
export type Span = z.infer<typeof spanSchema>;
