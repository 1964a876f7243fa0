// The batch's per-file results on disk instead of in the main thread's heap.
// A result arrives from a worker (or the cache) as JSON text; holding every
// one parsed until the batch ends made ingest's peak memory grow with the
// archive, about 60 MB per 1,000 documents (docs/performance.md, ingestmem).
// The store appends each result's text to one temporary file as it arrives
// and keeps in memory only what the steps over the whole batch read of every
// result — its kind, path, id, site, repost sketch and the short lines the
// learned templates count (`Kept`); a step that
// needs a whole result reads it back (`load`), and a step that changes one
// appends the new text (`replace`). A result loaded is JSON.parse of the text
// the worker or the cache gave, so it is the object the batch held before.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { learnableLines, siteOf } from './boilerplate.ts';
import type { IngestResult } from './pipeline.ts';

type DocumentResult = Extract<IngestResult, { kind: 'document' }>;

/** What the whole-batch steps read of every result without loading it. */
export type Kept =
  | { kind: 'document'; path: string; id: string; site: string; sketch: Uint32Array; lines: string[] | undefined }
  | { kind: 'quarantined'; path: string; reason: string };

export function keptOf(result: IngestResult): Kept {
  if (result.kind === 'quarantined') return { kind: 'quarantined', path: result.path, reason: result.reason };
  return { kind: 'document', path: result.path, id: result.meta.id, site: siteOf(result), sketch: Uint32Array.from(result.sketch), lines: learnableLines(result.blocks) };
}

export class ResultStore {
  /** Each result's kept part, by input index. */
  readonly kept: Kept[];
  readonly #dir: string;
  readonly #fd: number;
  /** Each text written, by its ref: its byte offset and length in the file (a replaced one stays readable). */
  readonly #at: number[] = [];
  readonly #bytes: number[] = [];
  /** Each result's current text, by input index. */
  readonly #refOf: Int32Array;
  #end = 0;

  /** `dir`: where the temporary file goes (its own folder, removed by close()). */
  constructor(count: number, dir = tmpdir()) {
    this.kept = new Array<Kept>(count);
    this.#refOf = new Int32Array(count).fill(-1);
    this.#dir = mkdtempSync(path.join(dir, 'ingest-results-'));
    this.#fd = openSync(path.join(this.#dir, 'results.jsonl'), 'w+');
  }

  get length(): number {
    return this.kept.length;
  }

  /**
   * Stores result `index` from its JSON text (`parsed`, if the caller already
   * has it); returns the text's ref, which reads this text (`textAt`) even
   * after the result is replaced, and its length in UTF-8.
   */
  set(index: number, json: string, parsed: IngestResult = JSON.parse(json) as IngestResult): { ref: number; bytes: number } {
    const bytes = Buffer.from(json, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(this.#fd, bytes, written, bytes.length - written, this.#end + written);
    const ref = this.#at.length;
    this.#at.push(this.#end);
    this.#bytes.push(bytes.length);
    this.#end += bytes.length;
    this.#refOf[index] = ref;
    this.kept[index] = keptOf(parsed);
    return { ref, bytes: bytes.length };
  }

  /** Replaces result `index` (a step changed it): its new text is appended. */
  replace(index: number, result: IngestResult): void {
    this.set(index, JSON.stringify(result), result);
  }

  /** The JSON text of result `index`, as stored. */
  text(index: number): string {
    const ref = this.#refOf[index]!;
    if (ref < 0) throw new Error(`ingest: no result stored for input ${index}`);
    return this.textAt(ref);
  }

  /** The JSON text a `set` stored, by the ref it returned. */
  textAt(ref: number): string {
    const bytes = Buffer.allocUnsafe(this.#bytes[ref]!);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(this.#fd, bytes, read, bytes.length - read, this.#at[ref]! + read);
      if (n === 0) throw new Error(`ingest: a stored result is cut short`);
      read += n;
    }
    return bytes.toString('utf8');
  }

  /** Result `index`, parsed from its stored text (a new object each time). */
  load(index: number): IngestResult {
    return JSON.parse(this.text(index)) as IngestResult;
  }

  /** A document's result (the caller knows from `kept` that it is one). */
  document(index: number): DocumentResult {
    const result = this.load(index);
    if (result.kind !== 'document') throw new Error(`ingest: result ${index} (${result.path}) is not a document`);
    return result;
  }

  /** Removes the temporary file. */
  close(): void {
    closeSync(this.#fd);
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
