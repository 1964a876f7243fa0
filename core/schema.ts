// The document contract, written once: the frontmatter ingest writes, the
// content collection validates (src/content.config.ts), archivists correct
// (scripts/ingest/stages/overrides.ts) and the exports publish
// (public/data/document.schema.json, generated from `documentRecordSchema` by
// core/json-schema.ts). The TypeScript types are inferred from it.
import { z } from 'zod';
import { ANCHOR_ID_SOURCE } from './anchor.ts';
import { MAX_YEAR, MIN_YEAR } from './dates/range.ts';

export const DOCUMENT_TYPES = ['speech', 'interview', 'report', 'notice', 'article'] as const;
export const SCRIPTS = ['simplified', 'traditional'] as const;
export const DATE_KINDS = ['delivered', 'published', 'issued'] as const;

export { MAX_YEAR, MIN_YEAR };

export const documentType = z.enum(DOCUMENT_TYPES);
export const script = z.enum(SCRIPTS);
export const dateKind = z.enum(DATE_KINDS).meta({ id: 'dateKind' });
/** As far as the text establishes it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const dateString = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).meta({ id: 'date' });
export const documentId = z
  .string()
  .regex(/^[0-9a-f]{12}$/)
  .describe('Stable id: the first 12 hex digits of the SHA-256 of the raw file; the same input gives the same id on every run.');
export const anchorId = z
  .string()
  .regex(new RegExp(`^${ANCHOR_ID_SOURCE}$`))
  .describe('Anchor id, stable across re-ingests: derived from the paragraph text.');

export const rawInfo = z
  .strictObject({
    /** Path relative to the input folder, with forward slashes. */
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encoding: z.string(),
    script,
  })
  .meta({ id: 'raw', description: 'Provenance of the raw scraped file.' });

export const source = z
  .strictObject({
    name: z.string().optional(),
    url: z.url().optional(),
    authors: z.array(z.string()).optional(),
    published: z.string().optional(),
  })
  .meta({ id: 'source' });

export const region = z
  .strictObject({
    province: z.string(),
    city: z.string().optional(),
    county: z.string().optional(),
    code: z.string().regex(/^\d{6}$/, 'must be a six-digit GB/T 2260 code').optional(),
  })
  .describe('Standard full names of the administrative divisions; code is the GB/T 2260 code of the most specific level.');

export const speaker = z.strictObject({ name: z.string().min(1), role: z.string().optional() });

/** A person the text names with an official post (县委书记张三, 陈世尧镇长), other than a speaker. */
export const person = z.strictObject({
  name: z.string().min(1),
  /** The post as the text gives it next to the name. */
  post: z.string(),
});

/** Text a stage took out of the document, kept for provenance. */
export const removedSpan = z.strictObject({
  stage: z.string(),
  /** The id of the rule that removed it (a chrome rule's id, `learned-template` …), when a rule did. */
  rule: z.string().optional(),
  reason: z.string(),
  text: z.string(),
});

/**
 * What cleaning could not repair, as the stage that found it said it: a VFile
 * message's reason, rule id and stage. A content folder written when warnings
 * were plain strings is not converted on read: ingest's cache is keyed by the
 * code of scripts/ingest/ and core/, which this shape is part of, so the next
 * `npm run ingest` (which `npm run build` runs first) re-runs and rewrites
 * every document, and one shape is all the site and the exports need to read.
 */
export const warning = z
  .strictObject({
    reason: z.string().min(1).describe('What the stage found, in English, with the text it concerns.'),
    ruleId: z.string().min(1).describe('The id of the rule that found it (damage, watermark, repeat, region-unsure …).'),
    source: z.string().min(1).describe('The pipeline stage that found it.'),
  })
  .meta({ id: 'warning' });

export const repost = z.strictObject({ raw: rawInfo, source, date: dateString.optional() });

/** The frontmatter of a generated document. */
export const documentSchema = z.strictObject({
  id: documentId,
  title: z.string().min(1),
  titleSource: z.enum(['found', 'derived']).describe('found: the source has this title; derived: made from the first sentence.'),
  type: documentType,
  date: dateString.optional(),
  dateKind: dateKind.optional(),
  /** Other dates the document carries, e.g. the issue date of a cover notice. */
  otherDates: z.array(z.strictObject({ date: dateString, kind: dateKind })).optional(),
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR).optional(),
  region: region.optional(),
  speakers: z.array(speaker),
  /** Always written by ingest; optional so that documents ingested before the field existed still read. */
  people: z.array(person).optional().describe('People the text names with their official posts, other than the speakers.'),
  occasion: z.string().optional(),
  source,
  raw: rawInfo,
  /** Further copies of the same text (reposts) merged into this document, earliest first. */
  reposts: z.array(repost).optional().describe('Further copies of the same text merged into this document, earliest first.'),
  slogans: z.array(z.string().min(1)).describe('Numbered policy formulas found in the text, normalised (see /slogans/).'),
  warnings: z.array(warning).describe('What cleaning could not repair, for readers, in the order the stages found it.'),
  removed: z.array(removedSpan),
  overridden: z.array(z.string()).optional().describe('Fields corrected by hand in content/overrides/<id>.yml.'),
});

/** The fields an archivist may correct (content/overrides/<id>.yml). */
export const CORRECTABLE = ['title', 'date', 'dateKind', 'type', 'region', 'speakers', 'occasion', 'source'] as const;

/** One anchored paragraph, heading or interview turn of an export record. */
export const paragraphRecordSchema = z.strictObject({
  id: anchorId,
  url: z.url().describe("permalink + '#' + id."),
  text: z.string(),
  shared: z
    .array(z.string().regex(new RegExp(`^[0-9a-f]{12}#${ANCHOR_ID_SOURCE}$`)))
    .min(1)
    .optional()
    .describe(
      'Paragraphs of other documents that this one also stands as, verbatim or with a few characters changed (a place, a date, a number), as <document id>#<paragraph id>, earliest document first; absent when there are none. Group or drop near-duplicate text by it.',
    ),
});

/** How an anchored block of a generated document reads: a heading, a paragraph or an interview turn. */
export const paragraphKind = z.enum(['heading', 'paragraph', 'turn']);

/**
 * A generated document's paragraphs as ingest wrote them (`<id>.paragraphs.json`
 * beside `<id>.mdx`, core/paragraphs.ts), so that the build's later steps —
 * phrase index, Pagefind records, exports, shared passages, slogans glossary —
 * read the text without parsing the MDX or the built page again.
 */
export const documentParagraphsSchema = z.strictObject({
  v: z.literal(1),
  /** SHA-256 (hex) of the MDX file this record was written with: a record beside another MDX is stale. */
  mdx: z.string().regex(/^[0-9a-f]{64}$/),
  /** The frontmatter as the MDX holds it, without the cleaning log. */
  meta: documentSchema.omit({ removed: true }),
  /** Every anchored block in reading order, with its text as the page shows it (a turn with its speaker label). */
  paragraphs: z.array(z.strictObject({ id: anchorId, kind: paragraphKind, text: z.string() })),
  /** The frontmatter's cleaning log, for the site's content loader; absent in records of an older ingest. */
  removed: z.array(removedSpan).optional(),
});

/** What an export record's `metadata` holds: the frontmatter without its provenance and cleaning log. */
export const metadataSchema = documentSchema.omit({ id: true, source: true, raw: true, reposts: true, removed: true });

/** One line of /data/documents.jsonl and the content of /data/documents/<id>.json. */
export const documentRecordSchema = z
  .strictObject({
    id: documentId,
    permalink: z
      .url()
      .regex(/\/documents\/[0-9a-f]{12}\/$/)
      // A pattern check takes the place of the url format in the JSON Schema: restated.
      .meta({ format: 'uri', description: 'Permanent URL of the document page.' }),
    metadata: metadataSchema,
    paragraphs: z
      .array(paragraphRecordSchema)
      .describe('Every anchored paragraph, heading and interview turn in reading order, with the text exactly as the page shows it (a redaction in the source is the text *).'),
    raw: rawInfo,
    source,
    reposts: documentSchema.shape.reposts,
  })
  .meta({
    title: 'Speech archive document record',
    description:
      'One line of /data/documents.jsonl and the content of /data/documents/<id>.json: a cleaned document with its metadata, paragraphs with permanent links, and the provenance of its raw source.',
  });

export type DocumentType = z.infer<typeof documentType>;
export type Script = z.infer<typeof script>;
export type DateKind = z.infer<typeof dateKind>;
export type RemovedSpan = z.infer<typeof removedSpan>;
export type Warning = z.infer<typeof warning>;
export type Region = z.infer<typeof region>;
export type Speaker = z.infer<typeof speaker>;
export type Person = z.infer<typeof person>;
export type Source = z.infer<typeof source>;
export type RawInfo = z.infer<typeof rawInfo>;
export type Repost = z.infer<typeof repost>;
export type DocumentMeta = z.infer<typeof documentSchema>;
export type ParagraphRecord = z.infer<typeof paragraphRecordSchema>;
export type DocumentRecord = z.infer<typeof documentRecordSchema>;
export type ParagraphKind = z.infer<typeof paragraphKind>;
export type DocumentParagraphs = z.infer<typeof documentParagraphsSchema>;
