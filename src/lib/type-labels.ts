// The document types as readers see them; apart from documents.ts so that
// build steps outside Astro's module graph (the Pagefind records) can read them.
import type { DocumentMeta } from '../../core/schema.ts';

export const typeLabels = {
  speech: '讲话',
  interview: '访谈',
  report: '报道',
  notice: '通知',
  article: '文章',
} as const satisfies Record<DocumentMeta['type'], string>;
