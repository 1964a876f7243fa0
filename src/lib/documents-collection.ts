// The documents collection's schema and loader, apart from src/content.config.ts
// (whose `astro:content` import only Astro's build can resolve) so that the
// one-file rebuild (scripts/build/onefast.ts) syncs the collection with the
// same code in a plain Node process.
import { z } from 'astro/zod';
import { documentSchema, person } from '../../core/schema.ts';
import { renderedDocuments } from './documents-loader.ts';

export const documentsSchema = documentSchema.extend({
  /** Documents ingested before the field have none. */
  people: z.array(person).default([]),
  /** Derived by the loader: the first line that says something, for lists and the feed. */
  excerpt: z.string(),
});

// DOCUMENTS_DIR lets tests and benchmarks build the site over another generated corpus.
export const documentsLoader = () => renderedDocuments({ base: process.env.DOCUMENTS_DIR ?? './content/documents' });
