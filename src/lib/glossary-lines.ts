// The slogans glossary's entry lines kept from the last build (glossary-store.ts
// writes them): an entry whose inputs are unchanged is copied, as bytes, from
// the last glossary file with its page key, instead of being made into JSON,
// encoded and hashed again. Those three steps over every entry were most of
// the glossary's own work in a one-file rebuild, which changes only the
// entries of the changed document's slogans (docs/performance.md, incr,
// thirty-third session).
//
// An entry (core/slogans/glossary.ts, mergeGlossary) is a function of its
// slogan, whether it is a formula, its slug, and the documents that name or
// mention it, each by its fields, its hits of the slogan and its set of
// slogans (the co-occurrences); a document's hits are a function of its text
// (its collection digest) and of the corpus's slogan set, as the cached parts
// already assume. So an entry's inputs are keyed by the code version, the
// slogan set, the slogan, its formula flag and those documents' fields and
// digests (entryInputs); the slug is compared apart, since it depends on the
// order of the whole glossary.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../../core/fs/write-atomic.ts';

/** A document as the keys read it: the job's fields and digest, and the slogans of its hits. */
export interface InputDoc {
  id: string;
  title: string;
  date?: string;
  year?: number;
  province?: string;
  slogans: readonly string[];
  digest: string;
  hits: ReadonlyMap<string, unknown>;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Each slogan's input key: `salt` (the code version and the slogan set), the
 * slogan, its formula flag, and every document that counts for it (its own
 * formulas and its hits, as mergeGlossary counts them), in id order.
 */
export function entryInputs(docs: readonly InputDoc[], formulas: ReadonlySet<string>, salt: string): Map<string, string> {
  const tokens = new Map<string, string[]>();
  for (const doc of [...docs].sort((a, b) => byCodePoint(a.id, b.id))) {
    // Sorted: a part's hits keep the order they were found in, which differs after the slogan set grew.
    const own = [...new Set([...doc.slogans, ...doc.hits.keys()])].sort(byCodePoint);
    // The document's fields, its text (digest) and its slogans (the co-occurrences of each of them).
    const token = createHash('sha256')
      .update(JSON.stringify([doc.id, doc.title, doc.date, doc.year, doc.province, doc.digest, own]))
      .digest('base64');
    for (const slogan of own) {
      const list = tokens.get(slogan);
      if (list) list.push(token);
      else tokens.set(slogan, [token]);
    }
  }
  // One hash per slogan over its documents' tokens (base64 digests), a line each.
  return new Map(
    [...tokens].map(([slogan, list]) => [
      slogan,
      createHash('sha256')
        .update(JSON.stringify([salt, slogan, formulas.has(slogan)]))
        .update('\n')
        .update(list.join('\n'))
        .digest('hex'),
    ]),
  );
}

/** One kept line: its input key and slug, where it is in the glossary file, and its page key with the links it was made with. */
type Kept = [input: string, slug: string, start: number, length: number, links: string, key: string];

interface Saved {
  version: string;
  /** The glossary file the lines are in, by its stat: another file (a crash between the two writes) keeps nothing. */
  file: [size: string, ino: string, mtimeNs: string, ctimeNs: string];
  lines: Kept[];
}

export const LINES_FILE = 'slogans-glossary-lines.json';

const statOf = (file: string): Saved['file'] | undefined => {
  try {
    const s = statSync(file, { bigint: true });
    return [String(s.size), String(s.ino), String(s.mtimeNs), String(s.ctimeNs)];
  } catch {
    return undefined;
  }
};

/** The last build's lines, and the ones this build writes. */
export class EntryLines {
  readonly #cacheDir: string;
  readonly #version: string;
  readonly #kept = new Map<string, Kept>();
  readonly #bytes: Buffer | undefined;
  readonly #written: Kept[] = [];
  /** Lines copied from the last file (tests, the step's figures). */
  reused = 0;

  private constructor(cacheDir: string, version: string, kept: Kept[], bytes: Buffer | undefined) {
    this.#cacheDir = cacheDir;
    this.#version = version;
    this.#bytes = bytes;
    for (const line of kept) this.#kept.set(`${line[0]} ${line[1]}`, line);
  }

  /** The lines kept with `glossaryFile` in `cacheDir` by a build of `version`; none when it is another file or version. */
  static open(cacheDir: string, glossaryFile: string, version: string): EntryLines {
    try {
      const saved = JSON.parse(readFileSync(path.join(cacheDir, LINES_FILE), 'utf8')) as Saved;
      const now = statOf(path.join(cacheDir, glossaryFile));
      if (saved.version === version && now && JSON.stringify(now) === JSON.stringify(saved.file) && Array.isArray(saved.lines)) {
        const bytes = readFileSync(path.join(cacheDir, glossaryFile));
        if (String(bytes.length) === saved.file[0]) return new EntryLines(cacheDir, version, saved.lines, bytes);
      }
    } catch {
      // None yet, or damaged: every line is made.
    }
    return new EntryLines(cacheDir, version, [], undefined);
  }

  /** The line kept for this input and slug (without its newline), and its key when the links are the same; undefined when none. */
  get(input: string, slug: string, links: string): { bytes: Buffer; key?: string } | undefined {
    const kept = this.#kept.get(`${input} ${slug}`);
    if (!kept || !this.#bytes) return undefined;
    const [, , start, length, keptLinks, key] = kept;
    if (start + length > this.#bytes.length) return undefined;
    this.reused++;
    return { bytes: this.#bytes.subarray(start, start + length), ...(keptLinks === links ? { key } : {}) };
  }

  /** Records a line of the file being written. */
  add(input: string, slug: string, at: [number, number], links: string, key: string): void {
    this.#written.push([input, slug, at[0], at[1], links, key]);
  }

  /** Saves the lines written, once their file is in place as `glossaryFile`. */
  async save(glossaryFile: string): Promise<void> {
    const file = statOf(path.join(this.#cacheDir, glossaryFile));
    if (!file) return;
    await writeAtomic(path.join(this.#cacheDir, LINES_FILE), JSON.stringify({ version: this.#version, file, lines: this.#written } satisfies Saved));
  }
}
