// The per-file half of ingest over a whole folder: each raw file's result comes
// from the cache when its path and bytes were seen by this pipeline version,
// and from the worker pool otherwise. Results come back in input order, so
// everything after (reposts, accounting, output) is the same whichever way
// each result was obtained and however many workers ran. With the raw files'
// fingerprints, an unchanged file costs a stat, not a read; the learned
// template lines' removal from a document is kept in a cache of its own by
// the document's result and the template it lost, so an unchanged site is
// not serialized again. The documents that do lose learned lines anew are
// serialized by the same pool's workers, idle by then, not by the main thread
// alone (the same `render` either way, answers in order).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheKey, type ResultCache } from './cache.ts';
import type { RawFingerprints } from './fingerprints.ts';
import type { IngestResult } from './pipeline.ts';
import { IngestPool } from './pool.ts';
import { removeLearnedBoilerplateStored, removeLearnedBoilerplateWith, render, type LearnedMemo, type LearnedPattern, type Relearn, type Rendered, type SitePlan } from './boilerplate.ts';
import { isKnown, keptOf, knownOf, type Known, type ResultStore } from './result-store.ts';
import type { BuildCache } from '../../core/cache/build-cache.ts';
import type { StageTimes } from './stage-clock.ts';

const READ_WINDOW = 32;
/**
 * Files read and handed to the pool but not yet answered, at most: reading
 * runs far ahead of the workers, and without a bound every raw file's bytes
 * waited in the pool's queue at once (the whole corpus, 272 MB at 50,000
 * documents). Enough that the workers never wait for a read.
 */
const AHEAD = 256;

export interface BatchOptions {
  jobs: number;
  /** No cache: every file goes through the pipeline and nothing is stored. */
  cache?: ResultCache;
  /** The raw files as the last run saw them (with the cache only). */
  fingerprints?: RawFingerprints;
  /** The learned templates' removals from earlier runs (with the cache only). */
  learnedCache?: ResultCache;
  /** Each site's learned-template plan from earlier runs, by its members' result keys (with the learned cache only). */
  sitesCache?: BuildCache<SitePlan>;
  /**
   * The kept index: each cache entry's kept part (result-store.ts), by the
   * entry's key, recorded when the entry was made or first parsed. With it, a
   * batch into a result store takes an unchanged file's result (and a
   * remembered learned removal) as known, without reading or parsing its text;
   * an entry it does not know, or knows at another length, is parsed as before.
   */
  keptIndex?: BuildCache<Known>;
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

/** With `pool`, the files go through it and it is left open for the caller to close. */
export async function ingestAll(root: string, paths: string[], options: BatchOptions, pool?: IngestPool): Promise<Batch> {
  const results: IngestResult[] = new Array(paths.length);
  const { cached, keys } = await runFiles(
    root,
    paths,
    options,
    (index, json, parsed) => {
      results[index] = parsed ?? (JSON.parse(json) as IngestResult);
    },
    pool,
  );
  return { results, cached, keys };
}

/** Where a result's JSON text is kept (result-store.ts): a function that reads it, and its length in UTF-8. */
type StoredText = { text: () => string; bytes: number };

/** The cache's entry `key` unread with its kept part, when the kept index knows it for `rawPath` at its length; both kept for save(). */
function knownEntry(cache: ResultCache, keptIndex: BuildCache<Known>, key: string, rawPath: string): { text: () => string; known: Known } | undefined {
  const json = keptIndex.read(key);
  if (json === undefined) return undefined;
  let known: unknown;
  try {
    known = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isKnown(known, rawPath)) return undefined;
  const unread = cache.unread(key);
  if (!unread || unread.bytes !== known.bytes) return undefined;
  cache.keep(key);
  keptIndex.keep(key);
  return { text: unread.text, known };
}

/** A result's entry in the kept index, from its JSON text. */
const knownJson = (result: IngestResult, json: string): string => JSON.stringify(knownOf(keptOf(result, json), Buffer.byteLength(json)));

/**
 * Every file's result, handed to `take` with its JSON text as it arrives (a
 * cached one parsed already), in no particular order; `take` is called once
 * per input index. If `take` keeps the text and says where, the cache reads
 * a new result's text from there instead of holding it too.
 */
async function runFiles(
  root: string,
  paths: string[],
  options: BatchOptions,
  take: (index: number, json: string, parsed?: IngestResult) => StoredText | void,
  pool?: IngestPool,
  /** With the kept index: stores a known result unread, and records a parsed one's kept part under its key. */
  keptIndex?: { take(index: number, text: () => string, known: Known): void; record(index: number, key: string): void },
): Promise<{ cached: number; keys: (string | undefined)[] }> {
  const own = pool === undefined;
  pool ??= new IngestPool(options.jobs);
  const { cache, onResult, fingerprints } = options;
  const keys: (string | undefined)[] = new Array(paths.length);
  const pending: Promise<void>[] = [];
  let done = 0;
  let cached = 0;
  let inFlight = 0;
  let wake: (() => void) | undefined;
  const finish = (index: number, json: string, parsed: IngestResult) => {
    take(index, json, parsed);
    onResult?.(++done);
  };
  const one = async (index: number, rel: string) => {
    const known = cache && fingerprints ? await fingerprints.hash(root, rel) : undefined;
    let bytes = known?.bytes ?? (known ? undefined : await readFile(path.join(root, rel)));
    const key = cache && cacheKey(rel, known?.sha256 ?? createHash('sha256').update(bytes!).digest('hex'));
    keys[index] = key;
    const found = key && keptIndex && options.keptIndex ? knownEntry(cache, options.keptIndex, key, rel) : undefined;
    if (found) {
      cached++;
      keptIndex!.take(index, found.text, found.known);
      onResult?.(++done);
      return;
    }
    const hit = key && cache.entry(key, rel);
    if (hit) {
      cached++;
      finish(index, hit.json, hit.value);
      keptIndex?.record(index, key);
      return;
    }
    bytes ??= await readFile(path.join(root, rel));
    const task = pool!.run({ path: rel, bytes }).then((json) => {
      const kept = take(index, json);
      // Where `take` keeps the text, the cache reads it from there when it saves.
      if (key) cache.set(key, kept ? kept.text : json, kept?.bytes);
      if (key) keptIndex?.record(index, key);
      onResult?.(++done);
    });
    inFlight++;
    // Handled here so that a failure while files are still being read is not an unhandled
    // rejection; Promise.all below still rejects with it.
    task
      .catch(() => undefined)
      .finally(() => {
        inFlight--;
        wake?.();
      });
    pending.push(task);
  };
  try {
    // Files are read a window at a time: one at a time leaves the thread waiting on each read.
    for (let start = 0; start < paths.length; start += READ_WINDOW) {
      while (inFlight >= AHEAD) await new Promise<void>((resolve) => (wake = resolve));
      await Promise.all(paths.slice(start, start + READ_WINDOW).map((rel, j) => one(start + j, rel)));
    }
    await Promise.all(pending);
    if (options.onStageTimes) options.onStageTimes(await pool.stageTimes());
  } finally {
    if (own) await pool.close();
  }
  return { cached, keys };
}

/**
 * The learned templates' removals, kept in a cache file beside the per-file results, by the result's key and the template;
 * with `sitesCache`, each site's plan too, by the site and its members' keys.
 */
export function learnedMemo(
  cache: ResultCache,
  keys: (string | undefined)[],
  results: readonly { path: string }[],
  computed: { count: number },
  sitesCache?: BuildCache<SitePlan>,
  known?: { index: BuildCache<Known>; store: ResultStore },
): LearnedMemo {
  const keyOf = (index: number, template: string) => {
    const key = keys[index];
    return key && createHash('sha256').update(`learned\0${key}\0${template}`).digest('hex');
  };
  // A site's plan is a function of its name and its members' results, which their keys name (in this version's folder).
  const siteKey = (site: string, members: readonly number[]) => {
    if (members.some((i) => keys[i] === undefined)) return undefined;
    const hash = createHash('sha256').update(`site\0${site}`);
    for (const i of members) hash.update(`\0${keys[i]}`);
    return hash.digest('hex');
  };
  return {
    ...(sitesCache
      ? {
          sites: {
            get: (site, members) => {
              const key = siteKey(site, members);
              const json = key ? sitesCache.read(key) : undefined;
              if (!key || json === undefined) return undefined;
              try {
                const plan = JSON.parse(json) as SitePlan;
                if (!Array.isArray(plan.template) || !Array.isArray(plan.drops) || (plan.template.length > 0 && plan.drops.length !== members.length)) return undefined;
                if (plan.removed !== undefined && !Array.isArray(plan.removed)) return undefined;
                sitesCache.keep(key);
                return plan;
              } catch {
                return undefined;
              }
            },
            set: (site, members, plan) => {
              const key = siteKey(site, members);
              if (key) sitesCache.write(key, JSON.stringify(plan));
            },
          },
        }
      : {}),
    ...(known
      ? {
          take: (index: number, template: string) => {
            const key = keyOf(index, template);
            const found = key ? knownEntry(cache, known.index, key, results[index]!.path) : undefined;
            if (!found || found.known.kept.kind !== 'document') return false;
            known.store.setKnown(index, found.text, found.known);
            return true;
          },
        }
      : {}),
    get: (index, template) => {
      const key = keyOf(index, template);
      const hit = key ? cache.get(key, results[index]!.path) : undefined;
      if (hit?.kind === 'document' && key && known) known.index.write(key, knownJson(hit, JSON.stringify(hit)));
      return hit?.kind === 'document' ? hit : undefined;
    },
    set: (index, template, result) => {
      computed.count++;
      const key = keyOf(index, template);
      if (!key) return;
      const json = JSON.stringify(result);
      cache.set(key, json);
      known?.index.write(key, knownJson(result, json));
    },
  };
}

/**
 * Documents to serialize again below which the main thread does it alone:
 * handing them out costs more than a few serializations (about 5 ms each).
 */
const POOL_RENDER_MIN = 32;

/**
 * The documents that lost learned lines, serialized: by the pool's workers
 * that ran files, idle by then (the same `render` in each, answers in order).
 * None is started for it: loading the pipeline's modules costs a worker about
 * a CPU-second, as much as 200 serializations, so with every file from the
 * cache, or only a few to serialize, the main thread does it alone.
 */
function renderer(pool: IngestPool, results: readonly { path: string }[]): (relearn: Relearn[]) => Promise<Rendered[]> {
  return async (relearn) => {
    if (relearn.length < POOL_RENDER_MIN || pool.workers === 0) return relearn.map(({ meta, blocks }) => render(meta, blocks));
    const answers = relearn.map(({ index, meta, blocks }) => pool.run({ render: true, path: results[index]!.path, meta, blocks }, false));
    return (await Promise.all(answers)).map((json) => JSON.parse(json) as Rendered);
  };
}

/**
 * ingestBatch into a result store (result-store.ts): each result written to
 * disk as it arrives, the learned templates' removals made in it, and only
 * each result's kept part held in memory. The store ends holding what
 * ingestBatch's `results` hold, in the same order.
 */
export async function ingestBatchStored(root: string, paths: string[], options: BatchOptions, store: ResultStore): Promise<Omit<Batch, 'results'> & { learned: LearnedPattern[]; relearned: number }> {
  const pool = new IngestPool(options.jobs);
  const { learnedCache } = options;
  const relearned = { count: 0 };
  let files: { cached: number; keys: (string | undefined)[] };
  let learned: LearnedPattern[];
  try {
    const started = performance.now();
    const { keptIndex } = options;
    files = await runFiles(
      root,
      paths,
      options,
      (index, json, parsed) => {
        const { ref, bytes } = store.set(index, json, parsed);
        return { text: () => store.textAt(ref), bytes };
      },
      pool,
      keptIndex && {
        take: (index, text, known) => store.setKnown(index, text, known),
        record: (index, key) => keptIndex.write(key, JSON.stringify(store.known(index))),
      },
    );
    options.onStep?.('per-file pipeline', performance.now() - started);
    const at = performance.now();
    const source = {
      length: store.length,
      siteAt: (i: number) => {
        const kept = store.kept[i]!;
        return kept.kind === 'document' ? kept.site : undefined;
      },
      document: (i: number) => store.document(i),
      linesAt: (i: number) => {
        const kept = store.kept[i]!;
        return kept.kind === 'document' ? kept.lines : undefined;
      },
      replace: (i: number, result: IngestResult) => store.replace(i, result),
    };
    const memo = learnedCache && learnedMemo(learnedCache, files.keys, store.kept, relearned, options.sitesCache, keptIndex && { index: keptIndex, store });
    ({ learned } = await removeLearnedBoilerplateStored(source, memo, renderer(pool, store.kept)));
    options.onStep?.('learned templates', performance.now() - at);
  } finally {
    await pool.close();
  }
  await saveCaches(options);
  return { ...files, learned, relearned: relearned.count };
}

/** Saves the batch's caches once its steps are done (nothing to save without a result cache). */
async function saveCaches(options: BatchOptions): Promise<void> {
  const { cache, learnedCache } = options;
  if (!cache) return;
  const saving = performance.now();
  await cache.save();
  await learnedCache?.save();
  // Like the repost state, a plan that cannot be saved costs the next run its counting, not this run.
  await options.sitesCache?.save().catch(() => undefined);
  // Likewise the kept index: an entry it lacks is parsed next time, as before it was kept.
  await options.keptIndex?.save().catch(() => undefined);
  await options.fingerprints?.save();
  options.onStep?.('cache save', performance.now() - saving);
}

/** Every file through the pipeline (or the cache), then the steps that need the whole batch. */
export async function ingestBatch(root: string, paths: string[], options: BatchOptions): Promise<Batch & { learned: LearnedPattern[]; relearned: number }> {
  const pool = new IngestPool(options.jobs);
  const { learnedCache } = options;
  const relearned = { count: 0 };
  let batch: Batch;
  let learning: Awaited<ReturnType<typeof removeLearnedBoilerplateWith>>;
  try {
    const started = performance.now();
    batch = await ingestAll(root, paths, options, pool);
    options.onStep?.('per-file pipeline', performance.now() - started);
    const at = performance.now();
    learning = await removeLearnedBoilerplateWith(batch.results, learnedCache && learnedMemo(learnedCache, batch.keys, batch.results, relearned, options.sitesCache), renderer(pool, batch.results));
    options.onStep?.('learned templates', performance.now() - at);
  } finally {
    await pool.close();
  }
  const { results, learned } = learning;
  await saveCaches(options);
  return { ...batch, results, learned, relearned: relearned.count };
}
