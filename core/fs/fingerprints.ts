// What each file was at the last run — its size, times, inode and the
// SHA-256 of its bytes — so that a run finds an unchanged file's cache key with
// one stat instead of reading and hashing every file of the archive: ingest's
// raw files, and the build steps' generated MDX and raw files (each step
// keeps its own list in its cache folder).
//
// A stat can only vouch for bytes that were settled before the stat was
// taken: a file written again within the file system's clock tick keeps its
// times (git's "racily clean" entries). So a file is recorded only when it had
// not changed for RACY_NS before the run that recorded it began; one changed
// later than that is read and hashed again next time.
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type BigIntStats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from './write-atomic.ts';

/** How long before a run's start a file must have been left alone for its stat to be trusted later. */
const RACY_NS = 2_000_000_000n;

/** size, mtime (ns), ctime (ns), inode, SHA-256 hex. */
type Entry = [number, string, string, string, string];

interface Saved {
  files: { [path: string]: Entry };
}

export interface RawFile {
  sha256: string;
  /** The bytes, when they had to be read to find the hash. */
  bytes?: Buffer;
}

export class Fingerprints {
  readonly #file: string;
  readonly #previous: Map<string, Entry>;
  readonly #current = new Map<string, Entry>();
  readonly #startedNs: bigint;
  /** Files whose bytes were read this run (their stat did not vouch for them). */
  read = 0;

  private constructor(file: string, previous: Map<string, Entry>, startedNs: bigint) {
    this.#file = file;
    this.#previous = previous;
    this.#startedNs = startedNs;
  }

  /** The fingerprints saved in `file` by the last run (none when it is missing or damaged), for a run that began at `startedNs`. */
  static async open(file: string, startedNs = BigInt(Date.now()) * 1_000_000n): Promise<Fingerprints> {
    const previous = new Map<string, Entry>();
    try {
      const saved = JSON.parse(await readFile(file, 'utf8')) as Saved;
      for (const [rel, record] of Object.entries(saved.files)) if (Array.isArray(record) && record.length === 5) previous.set(rel, record);
    } catch {
      // No fingerprints yet, or a damaged file: every file is read once.
    }
    return new Fingerprints(file, previous, startedNs);
  }

  /** The hash of `root/rel`: from the last run's record when the file's stat matches it, else from its bytes. */
  async hash(root: string, rel: string): Promise<RawFile> {
    const file = path.join(root, rel);
    const before = await stat(file, { bigint: true });
    const known = this.#known(rel, before);
    if (known) return known;
    this.read++;
    const bytes = await readFile(file);
    return this.#record(rel, before, bytes, await stat(file, { bigint: true }));
  }

  /**
   * hash(), synchronously: for the build steps in worker threads, where each asynchronous stat or read
   * costs several times the CPU and waits behind the build's own files (src/lib/output-files.ts).
   */
  hashSync(root: string, rel: string): RawFile {
    const file = path.join(root, rel);
    const before = statSync(file, { bigint: true });
    const known = this.#known(rel, before);
    if (known) return known;
    this.read++;
    const bytes = readFileSync(file);
    return this.#record(rel, before, bytes, statSync(file, { bigint: true }));
  }

  #known(rel: string, before: BigIntStats): RawFile | undefined {
    const known = this.#previous.get(rel);
    if (!known || !seenOf(before).every((value, i) => known[i] === value)) return undefined;
    this.#keep(rel, known, before.ctimeNs);
    return { sha256: known[4] };
  }

  // A file that changed while it was read is recorded by its stat after the read, or not at all.
  #record(rel: string, before: BigIntStats, bytes: Buffer, after: BigIntStats): RawFile {
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (after.ctimeNs === before.ctimeNs && Number(after.size) === bytes.length) this.#keep(rel, [...seenOf(before), digest], after.ctimeNs);
    return { sha256: digest, bytes };
  }

  #keep(rel: string, record: Entry, ctimeNs: bigint): void {
    if (ctimeNs + RACY_NS < this.#startedNs) this.#current.set(rel, record);
  }

  /**
   * Writes the records of this run's files (those it was asked for, settled
   * before it began). A failed write is not the run's failure: without the
   * file, the next run reads every file once, as a first run does.
   */
  async save(): Promise<void> {
    const files = Object.fromEntries([...this.#current].sort(([a], [b]) => (a < b ? -1 : 1)));
    await writeAtomic(this.#file, JSON.stringify({ files } satisfies Saved)).catch(() => undefined);
  }
}

const seenOf = (s: BigIntStats) => [Number(s.size), String(s.mtimeNs), String(s.ctimeNs), String(s.ino)] as const;
