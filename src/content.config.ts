// The documents collection: the MDX that `npm run ingest` writes, validated
// against the document contract (core/schema.ts), plus the excerpt the loader
// derives from the body (src/lib/documents-loader.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { documentSchema, person } from '../core/schema.ts';
import { renderedDocuments } from './lib/documents-loader.ts';

const documents = defineCollection({
  // DOCUMENTS_DIR lets tests and benchmarks build the site over another generated corpus.
  loader: renderedDocuments({ base: process.env.DOCUMENTS_DIR ?? './content/documents' }),
  schema: documentSchema.extend({
    /** Documents ingested before the field have none. */
    people: z.array(person).default([]),
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
