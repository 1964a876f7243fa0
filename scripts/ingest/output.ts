// File-system side of ingest: listing raw inputs, writing documents and the report.
import { mkdir, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapConcurrently } from '../../src/lib/concurrently.ts';
import type { LearnedPattern } from './boilerplate.ts';

export interface Report {
  input: string;
  inputs: number;
  documents: { id: string; path: string; title: string; warnings: number }[];
  merged: { path: string; into: string }[];
  quarantined: { path: string; reason: string }[];
  /** Template lines learned across the batch, with how many files each was removed from. */
  learned: LearnedPattern[];
}

/** Every regular file under `root`, relative, with forward slashes, in a stable order. */
export async function listInputs(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

/** File operations in flight at once: they run in libuv's thread pool, so one at a time leaves it idle. */
const IO_CONCURRENCY = 16;

/**
 * Writes the documents in two phases so that a run killed at any point leaves
 * a buildable collection: every changed document is first written in full to a
 * staging folder (the slow part), then renamed into place (each rename is
 * atomic); stale documents are removed last. Unchanged documents are not
 * rewritten, so their mtimes stay and repeated runs are byte-identical.
 */
export async function writeOutputs(dir: string, documents: { meta: { id: string }; mdx: string }[]) {
  const staging = path.join(dir, '.staging');
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  // Only documents already in the folder are read for comparison: a first run reads none.
  const existing = new Set(await readdir(dir));
  const keep = new Set(documents.map((doc) => `${doc.meta.id}.mdx`));
  const staged: string[] = [];
  await mapConcurrently(documents, IO_CONCURRENCY, async (doc) => {
    const name = `${doc.meta.id}.mdx`;
    const old = existing.has(name) ? await readFile(path.join(dir, name), 'utf8').catch(() => undefined) : undefined;
    if (old === doc.mdx) return;
    await writeFile(path.join(staging, name), doc.mdx);
    staged.push(name);
  });
  await mapConcurrently(staged, IO_CONCURRENCY, (name) => rename(path.join(staging, name), path.join(dir, name)));
  await rm(staging, { recursive: true, force: true });
  const stale = [...existing].filter((name) => name.endsWith('.mdx') && !keep.has(name));
  await mapConcurrently(stale, IO_CONCURRENCY, (name) => unlink(path.join(dir, name)));
  return { changed: staged.length, removed: stale.length };
}

export async function writeReport(file: string, report: Report): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeAtomic(file, JSON.stringify(report, null, 2) + '\n');
}
