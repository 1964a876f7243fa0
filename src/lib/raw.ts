// The raw file behind a document, decoded exactly as ingest read it: written
// beside the document's page as UTF-8 text (rawTextFile), which is the raw view.
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import iconv from 'iconv-lite';

/** Where the raw inputs live; RAW_DIR goes with DOCUMENTS_DIR when the site is built over another corpus. */
export const rawDir = () => resolve(process.env.RAW_DIR ?? 'content/raw');

/** One decoder per label: a TextDecoder keeps no state between whole (non-streaming) decodes. */
const decoders = new Map<string, TextDecoder | null>();

/**
 * Decodes bytes with the encoding ingest recorded: a WHATWG label (utf-8,
 * gb18030, big5 …) through TextDecoder; the few labels a detector may give
 * that the web platform lacks (utf-32, iso-2022-cn …) through iconv-lite.
 */
export function decodeRaw(bytes: Uint8Array, encoding: string): string {
  let decoder = decoders.get(encoding);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(encoding);
    } catch {
      decoder = null;
    }
    decoders.set(encoding, decoder);
  }
  if (decoder) return decoder.decode(bytes);
  if (iconv.encodingExists(encoding)) return iconv.decode(Buffer.from(bytes), encoding);
  throw new Error(`raw text: unknown encoding label "${encoding}"`);
}

/** <dir>/<path>; a path that leaves the folder is refused: paths come from generated frontmatter. */
export function rawFile(path: string, dir: string): string {
  const file = resolve(dir, path);
  if (!file.startsWith(dir + sep)) throw new Error(`raw text: ${path} is outside ${dir}`);
  return file;
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The raw text's file in the built site, relative to its root; the page links to it as /documents/<id>/raw.txt. */
export const rawTextFile = (id: string) => `documents/${id}/raw.txt`;

/**
 * The raw file as UTF-8 text, or undefined when it is not there. It starts
 * with a byte order mark: a browser then reads it as UTF-8 whatever charset
 * the server names, or none (static hosts serve .txt without one).
 */
export async function rawText(path: string, encoding: string, dir = rawDir()): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(rawFile(path, dir));
  } catch (error) {
    if (missing(error)) return undefined;
    throw error;
  }
  return rawTextOf(bytes, encoding);
}

/** rawText of the raw file's bytes, already read (the exports read each raw file once, to hash and to decode). */
export const rawTextOf = (bytes: Uint8Array, encoding: string) => `\uFEFF${decodeRaw(bytes, encoding)}`;
