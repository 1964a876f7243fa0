// The per-file half of ingest over a whole folder: each raw file's result comes
// from the cache when its path and bytes were seen by this pipeline version,
// and from the worker pool otherwise. Results come back in input order, so
// everything after (reposts, accounting, output) is the same whichever way
// each result was obtained and however many workers ran. With the raw files'
// fingerprints, an unchanged file costs a stat, not a read; the learned
// template lines' removal from a document is kept in a cache of its own by
// the document's result and the template it lost, so an unchanged site is
// not serialized again.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheKey, type ResultCache } from './cache.ts';
import type { RawFingerprints } from './fingerprints.ts';
import type { IngestResult } from './pipeline.ts';
import { IngestPool } from './pool.ts';
import { removeLearnedBoilerplate, type LearnedMemo, type LearnedPattern } from './boilerplate.ts';
import type { StageTimes } from './stage-clock.ts';

const READ_WINDOW = 32;

export interface BatchOptions {
  jobs: number;
  /** No cache: every file goes through the pipeline and nothing is stored. */
  cache?: ResultCache;
  /** The raw files as the last run saw them (with the cache only). */
  fingerprints?: RawFingerprints;
  /** The learned templates' removals from earlier runs (with the cache only). */
  learnedCache?: ResultCache;
  /** Called once per input as its result arrives, with the count so far. */
  onResult?: (done: number) => void;
  /** Called once the files are through, with the time the workers spent in each stage. */
  onStageTimes?: (times: StageTimes) => void;
  /** Called after each whole-batch step with its name and wall-clock milliseconds. */
  onStep?: (name: string, ms: number) => void;
}

export interface Batch {
  results: IngestResult[];
  /** How many results came from the cache. */
  cached: number;
  /** Each result's cache key (with a cache). */
  keys: (string | undefined)[];
}

export async function ingestAll(root: string, paths: string[], options: BatchOptions): Promise<Batch> {
  const { cache, onResult, fingerprints } = options;
  const pool = new IngestPool(options.jobs);
  const results: IngestResult[] = new Array(paths.length);
  const keys: (string | undefined)[] = new Array(paths.length);
  const pending: Promise<void>[] = [];
  let done = 0;
  let cached = 0;
  const finish = (index: number, result: IngestResult) => {
    results[index] = result;
    onResult?.(++done);
  };
  const one = async (index: number, rel: string) => {
    const known = cache && fingerprints ? await fingerprints.hash(root, rel) : undefined;
    let bytes = known?.bytes ?? (known ? undefined : await readFile(path.join(root, rel)));
    const key = cache && cacheKey(rel, known?.sha256 ?? createHash('sha256').update(bytes!).digest('hex'));
    keys[index] = key;
    const hit = key && cache.get(key, rel);
    if (hit) {
      cached++;
      finish(index, hit);
      return;
    }
    bytes ??= await readFile(path.join(root, rel));
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
    if (options.onStageTimes) options.onStageTimes(await pool.stageTimes());
  } finally {
    await pool.close();
  }
  return { results, cached, keys };
}

/** The learned templates' removals, kept in a cache file beside the per-file results, by the result's key and the template. */
function learnedMemo(cache: ResultCache, keys: (string | undefined)[], results: IngestResult[], computed: { count: number }): LearnedMemo {
  const keyOf = (index: number, template: string) => {
    const key = keys[index];
    return key && createHash('sha256').update(`learned\0${key}\0${template}`).digest('hex');
  };
  return {
    get: (index, template) => {
      const key = keyOf(index, template);
      const hit = key ? cache.get(key, results[index]!.path) : undefined;
      return hit?.kind === 'document' ? hit : undefined;
    },
    set: (index, template, result) => {
      computed.count++;
      const key = keyOf(index, template);
      if (key) cache.set(key, JSON.stringify(result));
    },
  };
}

/** Every file through the pipeline (or the cache), then the steps that need the whole batch. */
export async function ingestBatch(root: string, paths: string[], options: BatchOptions): Promise<Batch & { learned: LearnedPattern[]; relearned: number }> {
  const started = performance.now();
  const batch = await ingestAll(root, paths, options);
  options.onStep?.('per-file pipeline', performance.now() - started);
  const learning = performance.now();
  const { cache, learnedCache } = options;
  const relearned = { count: 0 };
  const { results, learned } = removeLearnedBoilerplate(batch.results, learnedCache && learnedMemo(learnedCache, batch.keys, batch.results, relearned));
  options.onStep?.('learned templates', performance.now() - learning);
  if (cache) {
    const saving = performance.now();
    await cache.save();
    await learnedCache?.save();
    await options.fingerprints?.save();
    options.onStep?.('cache save', performance.now() - saving);
  }
  return { ...batch, results, learned, relearned: relearned.count };
}
