// The documents collection: the MDX that `npm run ingest` writes, validated
// against the frontmatter contract of scripts/ingest/types.ts, plus the
// excerpt the loader derives from the body (src/lib/documents-loader.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { renderedDocuments } from './lib/documents-loader.ts';

const rawInfo = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  script: z.enum(['simplified', 'traditional']),
});
const dateString = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const dateKind = z.enum(['delivered', 'published', 'issued']);
const source = z.strictObject({
  name: z.string().optional(),
  url: z.url().optional(),
  authors: z.array(z.string()).optional(),
  published: z.string().optional(),
});

const documents = defineCollection({
  // DOCUMENTS_DIR lets tests and benchmarks build the site over another generated corpus.
  loader: renderedDocuments({ base: process.env.DOCUMENTS_DIR ?? './content/documents' }),
  schema: z.strictObject({
    id: z.string().regex(/^[0-9a-f]{12}$/),
    title: z.string().min(1),
    titleSource: z.enum(['found', 'derived']),
    type: z.enum(['speech', 'interview', 'report', 'notice', 'article']),
    date: dateString.optional(),
    dateKind: dateKind.optional(),
    otherDates: z.array(z.strictObject({ date: dateString, kind: dateKind })).optional(),
    year: z.number().int().min(1949).max(2100).optional(),
    region: z
      .strictObject({
        province: z.string(),
        city: z.string().optional(),
        county: z.string().optional(),
        code: z.string().regex(/^\d{6}$/).optional(),
      })
      .optional(),
    speakers: z.array(z.strictObject({ name: z.string().min(1), role: z.string().optional() })),
    /** People the text names with their posts (other than the speakers); absent in documents ingested before the field. */
    people: z.array(z.strictObject({ name: z.string().min(1), post: z.string() })).default([]),
    occasion: z.string().optional(),
    source,
    raw: rawInfo,
    reposts: z.array(z.strictObject({ raw: rawInfo, source, date: dateString.optional() })).optional(),
    slogans: z.array(z.string()),
    warnings: z.array(z.string()),
    removed: z.array(z.strictObject({ stage: z.string(), rule: z.string().optional(), reason: z.string(), text: z.string() })),
    overridden: z.array(z.string()).optional(),
    /** Derived by the loader: the first line that says something, for lists and the feed. */
    excerpt: z.string(),
  }),
});

// Curated descriptions of slogans: each extends the generated
// glossary entry of `slogan` (src/lib/slogans.ts); the MDX body is the text.
const slogans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/slogans' }),
  schema: z.strictObject({
    slogan: z.string().min(1),
    /** One line for the glossary table. */
    summary: z.string().min(1),
    /** Where the description's facts come from. */
    references: z.array(z.strictObject({ title: z.string(), url: z.url().optional() })).optional(),
  }),
});

export const collections = { documents, slogans };
