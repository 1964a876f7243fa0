// The result cache as one ingest run uses it: a save that fills the disk
// fails naming the cache folder and removes its half-written file, and a run
// over a subset (--only) reads the cache without rewriting it, since a save
// keeps only the entries its own run used.
import { guardWrites } from '../../core/fs/disk-full.ts';
import { ResultCache } from './cache.ts';

export class RunCache extends ResultCache {
  readonly #readOnly: boolean;
  /** Bytes of the entries this run computed: what a save appends at least. */
  #bytes = 0;
  #entries = 0;

  constructor(root: string, version: string, options: { readOnly: boolean; name?: string }) {
    super(root, version, options.name);
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
    // A failed rewrite removes its temporary file itself (core/fs/write-atomic.ts).
    await guardWrites(this.dir, [this.#bytes], `saving ${this.#entries} new entries to the ingest cache`, () => super.save());
  }
}
