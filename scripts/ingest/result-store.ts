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
// A result whose kept part is known already (the kept index: a cache entry's
// kept part recorded when it was first parsed) is stored without its text,
// read from the cache when asked: a one-file run neither parses nor copies
// the archive's results.
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { learnableLines, siteOf } from './boilerplate.ts';
import type { IngestResult } from './pipeline.ts';

type DocumentResult = Extract<IngestResult, { kind: 'document' }>;

/** What the report and the summary read of a document (its fields of the metadata and its findings). */
export interface Fact {
  path: string;
  meta: Pick<DocumentResult['meta'], 'id' | 'title' | 'titleSource' | 'date' | 'region' | 'type' | 'speakers'>;
  findings: DocumentResult['findings'];
}

export const factOf = (d: DocumentResult): Fact => {
  const { id, title, titleSource, date, region, type, speakers } = d.meta;
  return { path: d.path, meta: { id, title, titleSource, date, region, type, speakers }, findings: d.findings };
};

/**
 * What the whole-batch steps read of every result without loading it; `sha`
 * is the SHA-256 of the result's JSON text, so that two results with the same
 * `sha` make the same files (output.ts); `lines` are the short lines the
 * learned templates count (boilerplate.ts, learnableLines).
 */
export type Kept =
  | { kind: 'document'; path: string; id: string; site: string; sketch: Uint32Array; lines: string[] | undefined; fact: Fact; sha: string }
  | { kind: 'quarantined'; path: string; reason: string; sha: string };

/**
 * A result's kept part as the kept index holds it (JSON: the sketch as
 * numbers, no lines as null), with its text's length in UTF-8.
 */
export interface Known {
  bytes: number;
  kept: (Omit<Extract<Kept, { kind: 'document' }>, 'sketch' | 'lines'> & { sketch: number[]; lines: string[] | null }) | Extract<Kept, { kind: 'quarantined' }>;
}

/** A kept part as the kept index holds it. */
export const knownOf = (kept: Kept, bytes: number): Known => ({
  bytes,
  kept: kept.kind === 'document' ? { ...kept, sketch: Array.from(kept.sketch), lines: kept.lines ?? null } : kept,
});

const shaOf = (json: string) => createHash('sha256').update(json).digest('hex');

export function keptOf(result: IngestResult, json: string): Kept {
  const sha = shaOf(json);
  if (result.kind === 'quarantined') return { kind: 'quarantined', path: result.path, reason: result.reason, sha };
  return { kind: 'document', path: result.path, id: result.meta.id, site: siteOf(result), sketch: Uint32Array.from(result.sketch), lines: learnableLines(result.blocks), fact: factOf(result), sha };
}

const keptOfKnown = (known: Known): Kept =>
  known.kept.kind === 'document' ? { ...known.kept, sketch: Uint32Array.from(known.kept.sketch), lines: known.kept.lines ?? undefined } : known.kept;

/** A known (kept index) entry that a result of `path` can be stored from. */
export function isKnown(value: unknown, path: string): value is Known {
  const known = value as Partial<Known> | null;
  if (typeof known !== 'object' || known === null || typeof known.bytes !== 'number' || typeof known.kept !== 'object' || known.kept === null) return false;
  const kept = known.kept as Partial<Record<string, unknown>>;
  if (kept.path !== path || typeof kept.sha !== 'string') return false;
  return kept.kind === 'quarantined' ? typeof kept.reason === 'string' : kept.kind === 'document' && Array.isArray(kept.sketch) && (kept.lines === null || Array.isArray(kept.lines)) && typeof kept.fact === 'object' && typeof kept.id === 'string' && typeof kept.site === 'string';
}

export class ResultStore {
  /** Each result's kept part, by input index. */
  readonly kept: Kept[];
  readonly #dir: string;
  readonly #fd: number;
  /** Each text written, by its ref: its byte offset and length in the file (a replaced one stays readable). */
  readonly #at: number[] = [];
  readonly #bytes: number[] = [];
  /** A text stored without being written here (setKnown), by its ref: the function that reads it and the digest it must have. */
  readonly #elsewhere = new Map<number, { text: () => string; sha: string; path: string }>();
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
    this.kept[index] = keptOf(parsed, json);
    return { ref, bytes: bytes.length };
  }

  /**
   * Stores result `index` from its kept part, known already, and a function
   * that reads its text (`bytes` long in UTF-8) when a step loads it: the same
   * result as `set` of that text, neither parsed nor copied here.
   */
  setKnown(index: number, text: () => string, known: Known): { ref: number; bytes: number } {
    const ref = this.#at.length;
    this.#at.push(-1);
    this.#bytes.push(known.bytes);
    this.#elsewhere.set(ref, { text, sha: known.kept.sha, path: known.kept.path });
    this.#refOf[index] = ref;
    this.kept[index] = keptOfKnown(known);
    return { ref, bytes: known.bytes };
  }

  /** Result `index`'s kept part as the kept index holds it. */
  known(index: number): Known {
    return knownOf(this.kept[index]!, this.#bytes[this.#refOf[index]!]!);
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
    const elsewhere = this.#elsewhere.get(ref);
    if (elsewhere) {
      // The kept index checked the entry's length only: a line damaged at the same length is caught when read.
      const text = elsewhere.text();
      if (shaOf(text) !== elsewhere.sha) throw new Error(`ingest: the cached result of ${elsewhere.path} is not what the kept index recorded (a damaged cache); delete the ingest cache folder (INGEST_CACHE_DIR) and run again`);
      return text;
    }
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
