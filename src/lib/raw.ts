// The raw file behind a document, decoded for display exactly as ingest read it.
import { readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import iconv from 'iconv-lite';

/** Where the raw inputs live; RAW_DIR goes with DOCUMENTS_DIR when the site is built over another corpus. */
export const rawDir = () => resolve(process.env.RAW_DIR ?? 'content/raw');

/**
 * Decodes bytes with the encoding ingest recorded: a WHATWG label (utf-8,
 * gb18030, big5 …) through TextDecoder; the few labels a detector may give
 * that the web platform lacks (utf-32, iso-2022-cn …) through iconv-lite.
 */
export function decodeRaw(bytes: Uint8Array, encoding: string): string {
  let decoder: TextDecoder | undefined;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    if (iconv.encodingExists(encoding)) return iconv.decode(Buffer.from(bytes), encoding);
    throw new Error(`raw text: unknown encoding label "${encoding}"`);
  }
  return decoder.decode(bytes);
}

/** <dir>/<path>; a path that leaves the folder is refused: paths come from generated frontmatter. */
function rawFile(path: string, dir: string): string {
  const file = resolve(dir, path);
  if (!file.startsWith(dir + sep)) throw new Error(`raw text: ${path} is outside ${dir}`);
  return file;
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Reads <dir>/<path>; undefined when the file is not there (a site built over
 * a generated corpus without its raw folder), so the page can say so.
 */
export function readRaw(path: string, encoding: string, dir = rawDir()): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(rawFile(path, dir));
  } catch (error) {
    if (missing(error)) return undefined;
    throw error;
  }
  return decodeRaw(bytes, encoding);
}

/** Where, how large and how recent the raw file is (null when absent): what the raw page's cache key needs beyond the frontmatter. */
export function rawStamp(path: string, dir = rawDir()): string | null {
  const file = rawFile(path, dir);
  try {
    const { size, mtimeMs } = statSync(file);
    return `${file}:${size}:${mtimeMs}`;
  } catch (error) {
    if (missing(error)) return null;
    throw error;
  }
}
