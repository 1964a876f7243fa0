// The per-file half of ingest over a whole folder: each raw file's result comes
// from the cache when its path and bytes were seen by this pipeline version,
// and from the worker pool otherwise. Results come back in input order, so
// everything after (reposts, accounting, output) is the same whichever way
// each result was obtained and however many workers ran.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheKey, type ResultCache } from './cache.ts';
import type { IngestResult } from './pipeline.ts';
import { IngestPool } from './pool.ts';
import { removeLearnedBoilerplate, type LearnedPattern } from './boilerplate.ts';

const READ_WINDOW = 32;

export interface BatchOptions {
  jobs: number;
  /** No cache: every file goes through the pipeline and nothing is stored. */
  cache?: ResultCache;
  /** Called once per input as its result arrives, with the count so far. */
  onResult?: (done: number) => void;
}

export interface Batch {
  results: IngestResult[];
  /** How many results came from the cache. */
  cached: number;
}

export async function ingestAll(root: string, paths: string[], options: BatchOptions): Promise<Batch> {
  const { cache, onResult } = options;
  const pool = new IngestPool(options.jobs);
  const results: IngestResult[] = new Array(paths.length);
  const pending: Promise<void>[] = [];
  let done = 0;
  let cached = 0;
  const finish = (index: number, result: IngestResult) => {
    results[index] = result;
    onResult?.(++done);
  };
  const one = async (index: number, rel: string) => {
    const bytes = await readFile(path.join(root, rel));
    const key = cache && cacheKey(rel, createHash('sha256').update(bytes).digest('hex'));
    const hit = key && cache.get(key, rel);
    if (hit) {
      cached++;
      finish(index, hit);
      return;
    }
    const task = pool.run({ path: rel, bytes }).then((json) => {
      if (key) cache.set(key, json);
      finish(index, JSON.parse(json) as IngestResult);
    });
    // Handled here so that a failure while files are still being read is not an unhandled
    // rejection; Promise.all below still rejects with it.
    task.catch(() => undefined);
    pending.push(task);
  };
  try {
    // Files are read a window at a time: one at a time leaves the thread waiting on each read.
    for (let start = 0; start < paths.length; start += READ_WINDOW) {
      await Promise.all(paths.slice(start, start + READ_WINDOW).map((rel, j) => one(start + j, rel)));
    }
    await Promise.all(pending);
    await cache?.save();
  } finally {
    await pool.close();
  }
  return { results, cached };
}

/** Every file through the pipeline (or the cache), then the steps that need the whole batch. */
export async function ingestBatch(root: string, paths: string[], options: BatchOptions): Promise<Batch & { learned: LearnedPattern[] }> {
  const batch = await ingestAll(root, paths, options);
  const { results, learned } = removeLearnedBoilerplate(batch.results);
  return { ...batch, results, learned };
}
