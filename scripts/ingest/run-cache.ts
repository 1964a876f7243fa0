// The result cache as one ingest run uses it: a save that fills the disk
// fails naming the cache folder and removes its half-written file, and a run
// over a subset (--only) reads the cache without rewriting it, since a save
// keeps only the entries its own run used.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { guardWrites } from '../../core/fs/disk-full.ts';
import { ResultCache } from './cache.ts';

export class RunCache extends ResultCache {
  readonly #readOnly: boolean;
  /** Bytes of the entries this run computed: what a save appends at least. */
  #bytes = 0;
  #entries = 0;

  constructor(root: string, version: string, options: { readOnly: boolean }) {
    super(root, version);
    this.#readOnly = options.readOnly;
  }

  override set(key: string, json: string): void {
    // A line is the 64-digit key, a tab, the JSON and a newline.
    this.#bytes += Buffer.byteLength(json) + 66;
    this.#entries++;
    super.set(key, json);
  }

  override async save(): Promise<void> {
    if (this.#readOnly) return;
    try {
      await guardWrites(this.dir, [this.#bytes], `saving ${this.#entries} new entries to the ingest cache`, () => super.save());
    } catch (error) {
      // A rewrite goes through a temporary file beside the cache file (core/cache/build-cache.ts).
      const names = await readdir(this.dir).catch(() => [] as string[]);
      await Promise.all(names.filter((n) => n.endsWith(`.${process.pid}.tmp`)).map((n) => rm(path.join(this.dir, n), { force: true })));
      throw error;
    }
  }
}
