// A document's paragraph record (core/paragraphs.ts), written beside its MDX:
// the anchored blocks ingest already holds, with the text the MDX reads back
// as (assertRoundTrip in serialize.ts proves it for every block), so that the
// build reads them instead of parsing the MDX again.
import { paragraphsJson } from '../../core/paragraphs.ts';
import { blockText } from './serialize.ts';
import type { Block, DocumentMeta } from './types.ts';

export function paragraphRecord(meta: DocumentMeta, blocks: readonly Block[], mdx: string): string {
  // Only anchored blocks: they are the paragraphs the page, the exports and the indexes name.
  const anchored = blocks.flatMap((block) => (block.id ? [{ id: block.id, kind: block.kind, text: blockText(block) }] : []));
  return paragraphsJson(meta, anchored, mdx);
}
