// Per-document caches for the steps that run over every document after the
// site is built (phrase index extraction, export records), so that a rebuild
// after one document changed redoes the work for that document only.
//
// An entry is found by the SHA-256 of the step's version and of the input the
// step reads: a changed input or a new version (bumped with the code that
// fills the cache) is a miss, never a stale hit. A cache is one file,
// <cacheDir>/<name>.jsonl, of "key<TAB>JSON" lines: one read and one write
// per build instead of two file operations per document, which cost more
// than the work they saved. It is written to a temporary file and renamed
// into place, so an interrupted build leaves the old cache or the new one; a
// line that does not parse is a miss. Saving keeps only the entries this
// build asked for, so the cache holds one corpus, not every one seen.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface CacheStats {
  hits: number;
  misses: number;
}

export class BuildCache<T> {
  readonly file: string;
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private readonly version: string;
  /** Key → entry JSON: what the file held, then what this build used or computed. */
  private readonly stored: Map<string, string>;
  private readonly used = new Map<string, string>();

  private constructor(file: string, version: string, stored: Map<string, string>) {
    this.file = file;
    this.version = version;
    this.stored = stored;
  }

  /** `version` names the code that fills the cache: change it when that code's output changes. */
  static async open<T>(cacheDir: string, name: string, version: string): Promise<BuildCache<T>> {
    const file = path.join(cacheDir, `${name}.jsonl`);
    const stored = new Map<string, string>();
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab === 64) stored.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return new BuildCache<T>(file, version, stored);
  }

  /** The key of one input: the SHA-256 of the version and the input's bytes. */
  key(input: string | Uint8Array): string {
    return createHash('sha256').update(this.version).update('\u0000').update(input).digest('hex');
  }

  /** The cached value for this key, or what `compute` gives (then kept for save()). */
  get(key: string, compute: () => T): T {
    const json = this.used.get(key) ?? this.stored.get(key);
    if (json !== undefined) {
      try {
        const value = JSON.parse(json) as T;
        this.stats.hits++;
        this.used.set(key, json);
        return value;
      } catch {
        // A damaged entry is a miss.
      }
    }
    this.stats.misses++;
    const value = compute();
    this.used.set(key, JSON.stringify(value));
    return value;
  }

  /** Writes the entries this build asked for, replacing the file at once. */
  async save(): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    await writeFile(temp, [...this.used].map(([key, json]) => `${key}\t${json}\n`).join(''));
    await rename(temp, this.file);
  }
}
