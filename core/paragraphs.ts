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

/**
 * The record's JSON text for a document: its metadata, anchored blocks and MDX. The cleaning log
 * (`removed`) is a field of its own, outside `meta`, which the indexes and exports read as the
 * document's metadata: only the site's content loader takes it, so that it reads no YAML
 * (src/lib/documents-loader.ts).
 */
export function paragraphsJson(meta: DocumentMeta, paragraphs: readonly { id: string; kind: ParagraphKind; text: string }[], mdx: string): string {
  const { removed, ...rest } = meta;
  const record: DocumentParagraphs = {
    v: 1,
    mdx: sha256(mdx),
    meta: defined(rest),
    paragraphs: paragraphs.map(({ id, kind, text }) => ({ id, kind, text })),
    ...(removed ? { removed: defined(removed) } : {}),
  };
  return JSON.stringify(record) + '\n';
}

/** The record if it is whole, valid and written with `mdx`; otherwise undefined. */
export function parseParagraphs(json: string | undefined, mdx: string | Uint8Array): DocumentParagraphs | undefined {
  const value = parseJson(json);
  if (value === undefined) return undefined;
  const parsed = documentParagraphsSchema.safeParse(value);
  return parsed.success && parsed.data.mdx === sha256(mdx) ? parsed.data : undefined;
}

/**
 * The frontmatter of `mdx` as its record holds it (metadata and cleaning log), or undefined when the
 * record is missing, stale or from an older ingest (no cleaning log). Unvalidated, as a YAML parse of
 * the frontmatter is: the caller validates it. For the site's content loader, which needs only this
 * of the record and validates every field itself (src/lib/documents-loader.ts).
 */
export function frontmatterOfRecord(json: string | undefined, mdx: string | Uint8Array): Record<string, unknown> | undefined {
  const value = parseJson(json);
  if (typeof value !== 'object' || value === null) return undefined;
  const { v, mdx: digest, meta, removed } = value as Partial<Record<keyof DocumentParagraphs, unknown>>;
  if (v !== 1 || digest !== sha256(mdx) || typeof meta !== 'object' || meta === null || Array.isArray(meta) || !Array.isArray(removed)) return undefined;
  return { ...(meta as Record<string, unknown>), removed };
}

/** JSON.parse of a record file, undefined for a missing or unreadable one (a torn write reads as a miss). */
function parseJson(json: string | undefined): unknown {
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
