// Per-document caches for the steps that run over every document after the
// site is built (phrase index extraction, export records), so that a rebuild
// after one document changed redoes the work for that document only.
//
// An entry is one JSON file under <cacheDir>/<name>/, named by the SHA-256 of
// the step's version and of the input the step reads: a changed input or a
// new version (bumped with the code that fills the cache) is a miss, never a
// stale hit. Entries are written to a temporary file and renamed into place,
// so an interrupted build leaves a whole entry or none; an entry that does not
// parse is a miss and is written again. Entries no build asked for since the
// last prune are deleted, so the cache holds one corpus, not every one seen.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface CacheStats {
  hits: number;
  misses: number;
}

export class BuildCache<T> {
  readonly dir: string;
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private readonly version: string;
  private readonly used = new Set<string>();
  private ready: Promise<unknown> | undefined;

  /** `version` names the code that fills the cache: change it when that code's output changes. */
  constructor(cacheDir: string, name: string, version: string) {
    this.dir = path.join(cacheDir, name);
    this.version = version;
  }

  /** The key of one input: the SHA-256 of the version and the input's bytes. */
  key(input: string | Uint8Array): string {
    return createHash('sha256').update(this.version).update('\u0000').update(input).digest('hex');
  }

  /** The cached value for this key, or what `compute` gives (then stored). */
  async get(key: string, compute: () => T | Promise<T>): Promise<T> {
    this.used.add(key);
    const file = this.fileOf(key);
    try {
      const value = JSON.parse(await readFile(file, 'utf8')) as { v: T };
      if (value && typeof value === 'object' && 'v' in value) {
        this.stats.hits++;
        return value.v;
      }
    } catch {
      // Missing or unreadable: a miss.
    }
    this.stats.misses++;
    const value = await compute();
    await (this.ready ??= mkdir(this.dir, { recursive: true }));
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temp, JSON.stringify({ v: value }));
    await rename(temp, file);
    return value;
  }

  /** Deletes the entries (and leftover temporary files) this build did not ask for. */
  async prune(): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const stale = names.filter((n) => !this.used.has(n.slice(0, 64)) || !n.endsWith('.json') || n.length !== 69);
    await Promise.all(stale.map((n) => rm(path.join(this.dir, n), { force: true })));
    return stale.length;
  }

  private fileOf(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }
}
