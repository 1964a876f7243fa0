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

  /** With the JSON as a function, `bytes` is its length in UTF-8 (else it is read to be measured). */
  override set(key: string, json: string | (() => string), bytes = Buffer.byteLength(typeof json === 'string' ? json : json())): void {
    // A line is the 64-digit key, a tab, the JSON and a newline.
    this.#bytes += bytes + 66;
    this.#entries++;
    super.set(key, json);
  }

  override async save(): Promise<void> {
    if (this.#readOnly) return;
    // A failed rewrite removes its temporary file itself (core/fs/write-atomic.ts).
    await guardWrites(this.dir, [this.#bytes], `saving ${this.#entries} new entries to the ingest cache`, () => super.save());
  }
}
