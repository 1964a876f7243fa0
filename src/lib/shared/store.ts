// The shared-passages index on disk (format.ts): written a document at a
// time by the build step (build.ts), read by the pages and the exports a
// document at a time. Neither side holds the links of the whole archive.
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../../../core/fs/write-atomic.ts';
import { parseRef, SHARED_DOCUMENTS_FILE, SHARED_FILE, type PassageRef, type SharedDocument, type SharedSource, type SharedTable, type SharedText } from './format.ts';

/** Bytes gathered before a write. */
const CHUNK = 1 << 22;

/** Writes the index into `cacheDir`: the documents in id order, then the table. */
export class SharedWriter {
  private readonly table: SharedTable = { documents: {} };
  private readonly tmp: string;
  private readonly fd: number;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private offset = 0;
  private last: string | undefined;
  private readonly cacheDir: string;

  constructor(cacheDir: string) {
    this.cacheDir = cacheDir;
    this.tmp = path.join(cacheDir, `${SHARED_DOCUMENTS_FILE}.${process.pid}.tmp`);
    this.fd = openSync(this.tmp, 'w');
  }

  /** Adds a document's entry; ids must come in increasing order, as the table lists them. */
  add(id: string, doc: SharedDocument): void {
    if (this.last !== undefined && !(this.last < id)) throw new Error(`shared passages: document ${id} written after ${this.last}`);
    this.last = id;
    const line = Buffer.from(JSON.stringify(doc) + '\n');
    const paragraphs: Record<string, SharedText> = {};
    for (const [para, { text, chars }] of Object.entries(doc.paragraphs)) paragraphs[para] = { text, chars };
    this.table.documents[id] = { at: [this.offset, line.length - 1], paragraphs };
    this.offset += line.length;
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes >= CHUNK) this.flush();
  }

  /** Documents added. */
  get size(): number {
    return Object.keys(this.table.documents).length;
  }

  private flush(): void {
    const bytes = Buffer.concat(this.pending);
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done);
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Puts the documents' file in place, then the table that points into it. */
  async finish(): Promise<void> {
    this.flush();
    closeSync(this.fd);
    renameSync(this.tmp, path.join(this.cacheDir, SHARED_DOCUMENTS_FILE));
    await writeAtomic(path.join(this.cacheDir, SHARED_FILE), JSON.stringify(this.table));
  }

  /** Drops the temporary file of an unfinished write. */
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed by finish().
    }
    rmSync(this.tmp, { force: true });
  }
}

/** The index as written by SharedWriter: the table held, each document's line read when asked for. */
export class SharedStore implements SharedSource {
  private readonly table: SharedTable;
  private readonly fd: number | undefined;
  private readonly paragraphs = new Map<PassageRef, SharedText | undefined>();

  private constructor(table: SharedTable, fd: number | undefined) {
    this.table = table;
    this.fd = fd;
  }

  /** The index in `cacheDir`; undefined when there is none (the build writes it before the pages render). */
  static async open(cacheDir: string): Promise<SharedStore | undefined> {
    let text: string;
    try {
      text = await readFile(path.join(cacheDir, SHARED_FILE), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return undefined;
    }
    const table = JSON.parse(text) as SharedTable;
    // Opened once and kept: the pages read from it until the build ends.
    const fd = Object.keys(table.documents).length > 0 ? openSync(path.join(cacheDir, SHARED_DOCUMENTS_FILE), 'r') : undefined;
    return new SharedStore(table, fd);
  }

  static empty(): SharedStore {
    return new SharedStore({ documents: {} }, undefined);
  }

  document(id: string): SharedDocument | undefined {
    const entry = Object.hasOwn(this.table.documents, id) ? this.table.documents[id] : undefined;
    if (!entry || this.fd === undefined) return undefined;
    const [start, length] = entry.at;
    const bytes = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const n = readSync(this.fd, bytes, done, length - done, start + done);
      if (n === 0) throw new Error(`shared passages: ${SHARED_DOCUMENTS_FILE} ends before document ${id}'s line`);
      done += n;
    }
    return JSON.parse(bytes.toString('utf8')) as SharedDocument;
  }

  paragraph(ref: PassageRef): SharedText | undefined {
    // Remembered by reference: every page that holds a passage asks for each of its other copies, so at 10,000
    // documents the document route's getStaticPaths asked for the same few thousand references millions of times.
    if (this.paragraphs.has(ref)) return this.paragraphs.get(ref);
    const { doc, para } = parseRef(ref);
    const entry = Object.hasOwn(this.table.documents, doc) ? this.table.documents[doc] : undefined;
    const found = entry && Object.hasOwn(entry.paragraphs, para) ? entry.paragraphs[para] : undefined;
    this.paragraphs.set(ref, found);
    return found;
  }

  /** Documents with a shared paragraph. */
  get size(): number {
    return Object.keys(this.table.documents).length;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }
}
