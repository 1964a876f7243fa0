// Per-document caches for the steps that run over every document after the
// site is built (phrase index extraction, export records), so that a rebuild
// after one document changed redoes the work for that document only.
//
// An entry is found by the SHA-256 of the step's version and of the input the
// step reads: a changed input or a new version (bumped with the code that
// fills the cache) is a miss, never a stale hit. A cache is one file,
// <cacheDir>/<name>.jsonl, of "key<TAB>JSON" lines: one read and one write
// per build instead of two file operations per document, which cost more
// than the work they saved. A build that computed few entries appends them
// (a later line wins over an earlier one with the same key); otherwise the
// file is written to a temporary file and renamed into place, keeping only the
// entries this build asked for, so the cache holds one corpus, not every one
// seen, and at most a quarter of its lines are ones no build asked for last.
// An interrupted build leaves the old cache, the new one or a torn last line;
// a line that does not parse is a miss. The file is held as its bytes and an
// entry's text is decoded when it is read: a run that asks for a few entries of
// a large cache (ingest's one-file run over 200 MB of results) does not decode
// every one, and an entry kept as it was (`keep`) is saved from its bytes.
import { createHash } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../fs/write-atomic.ts';

/** Characters written at a time by save(). */
const CHUNK = 1 << 22;

export interface CacheStats {
  hits: number;
  misses: number;
}

export class BuildCache<T> {
  readonly file: string;
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private readonly version: string;
  /** The file's bytes; an entry of the file is read from them by its place. */
  private readonly bytes: Buffer;
  /** Key → the place of its entry's JSON in `bytes` (the last line with the key). */
  private readonly stored: Map<string, Place>;
  /** Lines in the file that had a key, repeated keys included. */
  private readonly lines: number;
  /** The file ends inside a line (an interrupted append): the next append starts a new one. */
  private readonly torn: boolean;
  /**
   * What this build used or computed; a function gives its JSON when asked (an
   * entry kept elsewhere until the save), a place is the file's own entry kept as it is.
   */
  private readonly used = new Map<string, string | (() => string) | Place>();

  private constructor(file: string, version: string, bytes: Buffer, stored: Map<string, Place>, lines: number, torn: boolean) {
    this.file = file;
    this.version = version;
    this.bytes = bytes;
    this.stored = stored;
    this.lines = lines;
    this.torn = torn;
  }

  /** `version` names the code that fills the cache: change it when that code's output changes. */
  static async open<T>(cacheDir: string, name: string, version: string): Promise<BuildCache<T>> {
    const file = path.join(cacheDir, `${name}.jsonl`);
    const stored = new Map<string, Place>();
    // Line by line from the bytes: the whole file as one string would exceed V8's
    // string length limit (~512 MiB) for a large corpus.
    const bytes = await readFile(file).catch(() => Buffer.alloc(0));
    let lines = 0;
    for (let start = 0; start < bytes.length; ) {
      const newline = bytes.indexOf(10, start);
      const end = newline === -1 ? bytes.length : newline;
      if (end - start > 64 && bytes[start + 64] === 9) {
        stored.set(bytes.toString('latin1', start, start + 64), { start: start + 65, end });
        lines++;
      }
      start = end + 1;
    }
    return new BuildCache<T>(file, version, bytes, stored, lines, bytes.length > 0 && bytes.at(-1) !== 10);
  }

  /** The key of one input: the SHA-256 of the version and the input's bytes. */
  key(input: string | Uint8Array): string {
    return createHash('sha256').update(this.version).update('\u0000').update(input).digest('hex');
  }

  /** The cached value for this key, or what `compute` gives (then kept for save()). */
  get(key: string, compute: () => T): T {
    const json = this.read(key);
    if (json !== undefined) {
      try {
        const value = JSON.parse(json) as T;
        this.stats.hits++;
        this.keep(key);
        return value;
      } catch {
        // A damaged entry is a miss.
      }
    }
    this.stats.misses++;
    const value = compute();
    this.write(key, JSON.stringify(value));
    return value;
  }

  /** The entry's JSON as stored, unchecked; it is kept only if written back (or `keep`). */
  read(key: string): string | undefined {
    const json = this.used.get(key) ?? this.stored.get(key);
    return json === undefined ? undefined : this.textOf(json);
  }

  /** The length in UTF-8 of the entry's JSON as the file holds it, without reading it (undefined: not in the file, or replaced this build). */
  storedBytes(key: string): number | undefined {
    const place = this.used.get(key) ?? this.stored.get(key);
    return typeof place === 'object' ? place.end - place.start : undefined;
  }

  /** Keeps the entry as read (the file's own, or what this build wrote) for save(), without its text. */
  keep(key: string): boolean {
    if (this.used.has(key)) return true;
    const place = this.stored.get(key);
    if (place) this.used.set(key, place);
    return place !== undefined;
  }

  private textOf(json: string | (() => string) | Place): string {
    return typeof json === 'string' ? json : typeof json === 'function' ? json() : this.bytes.toString('utf8', json.start, json.end);
  }

  /**
   * Keeps this JSON as the key's entry for save(); given as a function, it is
   * asked for the JSON when read or saved, so that a caller keeping the text
   * elsewhere (ingest's result store, on disk) does not keep it here too.
   */
  write(key: string, json: string | (() => string)): void {
    this.used.set(key, json);
  }

  /** Writes the entries this build asked for: appends the new ones, or replaces the file at once. */
  async save(): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    // A key the file did not hold is fresh without reading its JSON.
    // An entry kept as the file holds it is not fresh, nor is one written with the same text.
    const fresh = [...this.used].filter(([key, json]) => {
      if (typeof json === 'object') return false;
      const stored = this.stored.get(key);
      return stored === undefined || this.textOf(stored) !== this.textOf(json);
    });
    const lines = this.lines + fresh.length;
    if (lines - this.used.size <= lines / 4) {
      if (fresh.length > 0) await writeLines(this.file, 'a', fresh, (json) => this.textOf(json), this.torn ? '\n' : '');
      return;
    }
    await writeAtomic(this.file, (temporary) => writeLines(temporary, 'w', this.used, (json) => this.textOf(json)));
  }
}

/** Where an entry's JSON is in the cache file's bytes. */
interface Place {
  start: number;
  end: number;
}

/** Writes "key<TAB>JSON" lines in chunks, for the same string length limit as open(). */
async function writeLines<J>(file: string, flags: 'a' | 'w', entries: Iterable<[string, J]>, textOf: (json: J) => string, start = ''): Promise<void> {
  const handle = await open(file, flags);
  try {
    let chunk = start;
    // writeFile, not write: write() returns a short count instead of failing when the disk fills.
    for (const [key, json] of entries) {
      chunk += `${key}\t${textOf(json)}\n`;
      if (chunk.length < CHUNK) continue;
      await handle.writeFile(chunk);
      chunk = '';
    }
    await handle.writeFile(chunk);
  } finally {
    await handle.close();
  }
}
