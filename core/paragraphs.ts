// The paragraph record of a generated document: written by ingest beside the
// MDX (`<id>.mdx` and `<id>.paragraphs.json`, one pair per document, so a
// re-ingest rewrites only a changed document's pair and a build's per-document
// caches keep their keys), read by every build step that needs the text. The
// record names the SHA-256 of the MDX it was written with; one that does not
// match its MDX (a file edited by hand, a record from an older ingest) is not
// used, and the reader parses the MDX instead.
import { createHash } from 'node:crypto';
import { documentParagraphsSchema, type DocumentMeta, type DocumentParagraphs, type ParagraphKind } from './schema.ts';

export const PARAGRAPHS_SUFFIX = '.paragraphs.json';

export const paragraphsFileOf = (id: string) => `${id}${PARAGRAPHS_SUFFIX}`;

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Drops undefined values, as the frontmatter does. */
const defined = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The record's JSON text for a document: its metadata (the cleaning log left out), anchored blocks and MDX. */
export function paragraphsJson(meta: DocumentMeta, paragraphs: readonly { id: string; kind: ParagraphKind; text: string }[], mdx: string): string {
  const { removed: _removed, ...rest } = meta;
  const record: DocumentParagraphs = { v: 1, mdx: sha256(mdx), meta: defined(rest), paragraphs: paragraphs.map(({ id, kind, text }) => ({ id, kind, text })) };
  return JSON.stringify(record) + '\n';
}

/** The record if it is whole, valid and written with `mdx`; otherwise undefined. */
export function parseParagraphs(json: string | undefined, mdx: string | Uint8Array): DocumentParagraphs | undefined {
  if (json === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  const parsed = documentParagraphsSchema.safeParse(value);
  return parsed.success && parsed.data.mdx === sha256(mdx) ? parsed.data : undefined;
}
