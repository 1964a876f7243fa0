// The documents collection: the MDX that `npm run ingest` writes, validated
// against the document contract (core/schema.ts), plus the excerpt the loader
// derives from the body (src/lib/documents-loader.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { documentsLoader, documentsSchema } from './lib/documents-collection.ts';

const documents = defineCollection({
  loader: documentsLoader(),
  schema: documentsSchema,
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
