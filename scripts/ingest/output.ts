// File-system side of ingest: listing raw inputs, writing documents and the report.
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapConcurrently } from '../../core/concurrently.ts';
import type { LearnedPattern } from './boilerplate.ts';
import { ensureSpace, guardWrites } from '../../core/fs/disk-full.ts';
import { writeAtomic } from '../../core/fs/write-atomic.ts';
import { PARAGRAPHS_SUFFIX, paragraphsFileOf } from '../../core/paragraphs.ts';
import type { Summary } from './summary.ts';
import type { Finding } from './types.ts';

export interface Report {
  input: string;
  inputs: number;
  /** Each document's warnings as the stages gave them: reason, rule id and stage. */
  documents: { id: string; path: string; title: string; warnings: Finding[] }[];
  merged: { path: string; into: string }[];
  quarantined: { path: string; reason: string }[];
  /** Template lines learned across the batch, with how many files each was removed from. */
  learned: LearnedPattern[];
  /** The input in figures (summary.ts), as the table ingest prints them; the run's timing is beside the report. */
  summary?: Summary;
}

/** Every regular file under `root`, relative, with forward slashes, in a stable order. */
export async function listInputs(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  // Each folder's prefix once: a path.relative per file cost more than the listing (docs/performance.md, onefile2).
  const prefixes = new Map<string, string>();
  const prefixOf = (folder: string) => {
    let prefix = prefixes.get(folder);
    if (prefix === undefined) {
      const rel = path.relative(root, folder).split(path.sep).join('/');
      prefixes.set(folder, (prefix = rel ? `${rel}/` : ''));
    }
    return prefix;
  };
  return entries
    .filter((e) => e.isFile())
    .map((e) => prefixOf(e.parentPath) + e.name)
    .sort();
}

/** File operations in flight at once: they run in libuv's thread pool, so one at a time leaves it idle. */
const IO_CONCURRENCY = 16;

/**
 * Runs `step` over every item, a few at a time, and waits for all of them
 * even when one fails (then throws the first failure): nothing may still be
 * writing into a folder that the caller is about to remove.
 */
async function settleAll<T>(items: readonly T[], step: (item: T) => Promise<void>): Promise<void> {
  let failure: { error: unknown } | undefined;
  await mapConcurrently(items, IO_CONCURRENCY, async (item) => {
    if (failure) return;
    try {
      await step(item);
    } catch (error) {
      failure ??= { error };
    }
  });
  if (failure) throw failure.error;
}

/**
 * UTF-8 bytes of changed files held from the comparison to the staging when
 * the documents come from a source: making a document again reads its result
 * back and makes its paragraph record, for every document of a first run
 * (docs/performance.md, ingestcpu3). 128 MB holds about 10,000 documents'
 * files; past it the others are made again, so the memory stays bounded
 * whatever the archive's size.
 */
const HELD_BYTES = 128 * 1024 * 1024;

/** A document as written: its MDX and, beside it, its paragraph record (core/paragraphs.ts). */
export interface OutputDocument {
  meta: { id: string };
  mdx: string;
  /** The `<id>.paragraphs.json` text; absent, no record is written. */
  paragraphs?: string;
}

/** A file's text, or undefined when it cannot be read (then it is written again). */
function readIfAny(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The files of one document: name and text. */
const filesOf = (doc: OutputDocument): { name: string; text: string }[] => [
  { name: `${doc.meta.id}.mdx`, text: doc.mdx },
  ...(doc.paragraphs === undefined ? [] : [{ name: paragraphsFileOf(doc.meta.id), text: doc.paragraphs }]),
];

const isOutput = (name: string) => name.endsWith('.mdx') || name.endsWith(PARAGRAPHS_SUFFIX);

/**
 * The documents to write, one at a time: `at(k)` makes the k-th (0 ≤ k <
 * length) and may be asked again for a changed one, so that the texts of
 * every document need not be held at once (ingest reads each back from its
 * result store, result-store.ts).
 */
export interface OutputSource {
  readonly length: number;
  at(k: number): OutputDocument;
  /**
   * The k-th document's id and a digest of what it is made from, without
   * making it: two documents with the same digest have the same files (ingest:
   * the SHA-256 of its result's JSON, result-store.ts).
   */
  known?(k: number): { id: string; sha: string };
}

/**
 * What the last run wrote, by file name: the digest of what the file was made
 * from (OutputSource.known) and the file's stat as it was left. A document
 * whose files are all here with its digest and their stat is unchanged is not
 * made nor read again; any other is compared as without it.
 */
export type Written = Map<string, { sha: string; stat: string }>;

/** A file's size, modification time (ns) and inode: another write of it changes at least one. */
function statOf(file: string): string | undefined {
  const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
  return stat && `${stat.size}:${stat.mtimeNs}:${stat.ino}`;
}

/**
 * Writes the documents in two phases so that a run killed at any point leaves
 * a buildable collection: every changed file (a document's MDX and its
 * paragraph record) is first written in full to a staging folder (the slow
 * part), then renamed into place (each rename is atomic); stale files are
 * removed last. Unchanged files are not rewritten, so their mtimes stay and
 * repeated runs are byte-identical. A record renamed before or after its MDX
 * is never read with the wrong one: it names the digest of its MDX.
 * The space the staged files need is checked before the first write, and a
 * run that fails while staging (a full disk among others) removes what it staged.
 * `changed` counts documents with a changed file. From a source, a changed
 * document is held from the comparison to the write up to `heldBudget` bytes
 * (HELD_BYTES) and made again to be staged past it; one whose files `previous`
 * records as made from its digest and left as they are is neither made nor held.
 */
export async function writeOutputs(dir: string, documents: OutputDocument[] | OutputSource, previous?: Written, heldBudget = HELD_BYTES) {
  const arrayGiven = Array.isArray(documents);
  const source: OutputSource = Array.isArray(documents) ? { length: documents.length, at: (k) => documents[k]! } : documents;
  const staging = path.join(dir, '.staging');
  await rm(staging, { recursive: true, force: true });
  // Only files already in the folder are read for comparison: a first run reads none.
  const existing = new Set(await readdir(dir).catch(() => [] as string[]));
  const keep = new Set<string>();
  /** Each changed file: its name, its document's place in the source and its size. */
  const changed: { name: string; k: number; size: number }[] = [];
  const changedDocs = new Set<string>();
  const written: Written = new Map();
  /** Records a file as left in place, made from `sha`. */
  const record = (name: string, sha: string | undefined) => {
    const stat = sha === undefined ? undefined : statOf(path.join(dir, name));
    if (stat !== undefined) written.set(name, { sha: sha!, stat });
  };
  // A changed document's files kept from the comparison to the staging while they fit
  // the budget; the rest are made again from the source when staged.
  const held = new Map<number, { name: string; text: string }[]>();
  let heldBytes = 0;
  // Read synchronously: nothing else runs on this thread by now, and fs/promises
  // passes each open, stat, read and close of these small files through libuv's
  // threads, several times the CPU of a plain read (docs/performance.md).
  for (let k = 0; k < source.length; k++) {
    const known = source.known?.(k);
    if (known && previous) {
      const names = [`${known.id}.mdx`, paragraphsFileOf(known.id)];
      const same = names.map((name) => {
        const was = previous.get(name);
        const stat = was?.sha === known.sha && existing.has(name) ? statOf(path.join(dir, name)) : undefined;
        return stat !== undefined && stat === was!.stat ? stat : undefined;
      });
      if (same.every((stat) => stat !== undefined)) {
        names.forEach((name, j) => (keep.add(name), written.set(name, { sha: known.sha, stat: same[j]! })));
        continue;
      }
    }
    const doc = source.at(k);
    const files = filesOf(doc);
    let bytes = 0;
    for (const { name, text } of files) {
      keep.add(name);
      if (existing.has(name) && readIfAny(path.join(dir, name)) === text) {
        record(name, known?.sha);
        continue;
      }
      const size = Buffer.byteLength(text);
      changed.push({ name, k, size });
      changedDocs.add(doc.meta.id);
      bytes += size;
    }
    if (bytes > 0 && !arrayGiven && heldBytes + bytes <= heldBudget) {
      held.set(k, files);
      heldBytes += bytes;
    }
  }
  changed.sort((a, b) => a.name.localeCompare(b.name));
  const sizes = changed.map((c) => c.size);
  // Each changed document once, with the names of its changed files.
  const byDoc = new Map<number, Set<string>>();
  for (const { name, k } of changed) (byDoc.get(k) ?? byDoc.set(k, new Set()).get(k)!).add(name);
  const what = `staging ${changedDocs.size} changed document${changedDocs.size === 1 ? '' : 's'}`;
  try {
    if (changed.length > 0) {
      await ensureSpace(dir, sizes, what);
      await guardWrites(staging, sizes, what, async () => {
        await mkdir(staging, { recursive: true });
        await settleAll([...byDoc], async ([k, names]) => {
          for (const { name, text } of held.get(k) ?? filesOf(source.at(k))) if (names.has(name)) await writeFile(path.join(staging, name), text);
        });
      });
      await mapConcurrently(changed, IO_CONCURRENCY, (c) => rename(path.join(staging, c.name), path.join(dir, c.name)));
      for (const c of changed) record(c.name, source.known?.(c.k).sha);
    } else {
      await mkdir(dir, { recursive: true });
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const stale = [...existing].filter((name) => isOutput(name) && !keep.has(name));
  await mapConcurrently(stale, IO_CONCURRENCY, (name) => unlink(path.join(dir, name)));
  return { changed: changedDocs.size, removed: stale.filter((name) => name.endsWith('.mdx')).length, written };
}

export async function writeReport(file: string, report: Report): Promise<void> {
  await writeJson(file, report, 'writing the report');
}

/** A JSON file written whole or not at all, with the space it needs checked first. */
export async function writeJson(file: string, value: unknown, what: string): Promise<void> {
  const text = JSON.stringify(value, null, 2) + '\n';
  const folder = path.dirname(file);
  const sizes = [Buffer.byteLength(text)];
  await ensureSpace(folder, sizes, what);
  await guardWrites(folder, sizes, what, async () => {
    await mkdir(folder, { recursive: true });
    await writeAtomic(file, text);
  });
}
