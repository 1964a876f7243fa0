// One ingest run over a folder (cli.ts parses the command line and reports failures):
// the files through the pipeline with progress, the whole-batch steps, the
// documents and the report written, the summary printed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildCache } from '../../core/cache/build-cache.ts';
import { writeAtomic } from '../../core/fs/write-atomic.ts';
import type { SitePlan } from './boilerplate.ts';
import { ingestBatchStored } from './batch.ts';
import { DEFAULT_CACHE_DIR, pipelineVersion } from './cache.ts';
import { DiskFullError } from '../../core/fs/disk-full.ts';
import { RawFingerprints } from './fingerprints.ts';
import { accountStored, rememberedWithMeta, type Accounting } from './merge.ts';
import { UsageError, type IngestOptions } from './options.ts';
import { listInputs, writeJson, writeOutputs, writeReport, type Report } from './output.ts';
import { progress } from './progress.ts';
import type { RepostState } from './reposts.ts';
import { RunCache } from './run-cache.ts';
import type { StageTimes } from './stage-clock.ts';
import { applyOverride, loadOverrides, unknownOverrideIds } from './stages/overrides.ts';
import { ResultStore, type Kept } from './result-store.ts';
import { summarize, summaryTable, timingOf, type SummaryDocument } from './summary.ts';
import type { IngestResult } from './pipeline.ts';
import type { DocumentMeta, Finding } from './types.ts';
import { paragraphRecord } from './write-paragraphs.ts';

/** Fault injection for the atomicity test: die abruptly after this many inputs. */
const killAfter = Number(process.env.INGEST_KILL_AFTER) || undefined;

/** A full disk is reported with what the run leaves behind, and what to do. */
function leaving(state: string) {
  return (error: unknown): never => {
    if (error instanceof DiskFullError) error.message += `. ${state}; free space there or write elsewhere (--output, --report, INGEST_CACHE_DIR)`;
    throw error;
  };
}
const UNCHANGED = 'Nothing staged was kept and the previous collection is as it was';

/** The last run's repost clustering (reposts.ts), if it can be read. */
async function readRepostState(file: string): Promise<RepostState | undefined> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as RepostState;
    return Array.isArray(state.items) && Array.isArray(state.edges) && Array.isArray(state.crowded) ? state : undefined;
  } catch {
    return undefined;
  }
}

/** report.json → report.timing.json, beside it. */
export const timingFile = (report: string) => report.replace(/(\.json)?$/, '.timing.json');

type DocumentResult = Extract<IngestResult, { kind: 'document' }>;

/** What the report and the summary read of a written document. */
interface Fact extends SummaryDocument {
  path: string;
  meta: Pick<DocumentMeta, 'id' | 'title'> & SummaryDocument['meta'];
  findings: Finding[];
}

const factOf = (d: DocumentResult): Fact => {
  const { id, title, titleSource, date, region, type, speakers } = d.meta;
  return { path: d.path, meta: { id, title, titleSource, date, region, type, speakers }, findings: d.findings };
};

async function selectInputs(input: string, opts: IngestOptions): Promise<string[]> {
  const all = await listInputs(input);
  if (opts.only.length === 0) return all;
  const chosen = all.filter((p) => opts.only.some((glob) => path.matchesGlob(p, glob)));
  if (chosen.length === 0) {
    throw new UsageError(`--only ${opts.only.map((g) => `'${g}'`).join(' ')} matches none of the ${all.length} files under ${opts.input} (paths are relative to it, e.g. '**/*.html')`);
  }
  return chosen;
}

export async function runIngest(opts: IngestOptions): Promise<number> {
  const input = path.resolve(opts.input);
  const output = path.resolve(opts.output);
  const started = performance.now();
  const steps: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const at = performance.now();
    const result = await work();
    steps[name] = (steps[name] ?? 0) + performance.now() - at;
    return result;
  };
  const overrides = await step('load overrides', () => loadOverrides(path.resolve(opts.overrides)));
  const paths = await step('list inputs', () => selectInputs(input, opts));
  let cache: RunCache | undefined;
  let fingerprints: RawFingerprints | undefined;
  let learnedCache: RunCache | undefined;
  let sitesCache: BuildCache<SitePlan> | undefined;
  let metaCache: BuildCache<string> | undefined;
  if (opts.cache) {
    const root = process.env.INGEST_CACHE_DIR ? path.resolve(process.env.INGEST_CACHE_DIR) : DEFAULT_CACHE_DIR;
    const version = pipelineVersion();
    cache = new RunCache(root, version, { readOnly: opts.only.length > 0 });
    await step('open cache', () => cache!.open());
    learnedCache = new RunCache(root, version, { readOnly: opts.only.length > 0, name: 'learned' });
    await step('open cache', () => learnedCache!.open());
    // A run over a subset leaves the fingerprints of the whole input as they were, as it leaves the cache.
    if (opts.only.length === 0) {
      fingerprints = await step('open cache', () => RawFingerprints.open(path.join(cache!.dir, 'files.json')));
      // What the whole-batch steps made of unchanged inputs last time (keyed by them, in this version's folder).
      sitesCache = await step('open cache', () => BuildCache.open<SitePlan>(cache!.dir, 'sites', ''));
      metaCache = await step('open cache', () => BuildCache.open<string>(cache!.dir, 'with-meta', ''));
    }
  }
  let stageTimes: StageTimes = {};
  const bar = progress(paths.length, { quiet: opts.quiet });
  // Each result on disk as it arrives, and read back where a step needs it whole (result-store.ts).
  const store = new ResultStore(paths.length);
  let outcome: { facts: Fact[]; merged: Accounting['merged']; quarantined: Accounting['quarantined']; compared: number; written: { changed: number; removed: number }; batch: Awaited<ReturnType<typeof ingestBatchStored>> };
  try {
    let batch;
    try {
      batch = await ingestBatchStored(
        input,
        paths,
        {
          jobs: opts.jobs,
          ...(cache ? { cache } : {}),
          ...(fingerprints ? { fingerprints } : {}),
          ...(learnedCache ? { learnedCache } : {}),
          ...(sitesCache ? { sitesCache } : {}),
          onResult: (done) => {
            if (killAfter === done) process.kill(process.pid, 'SIGKILL');
            bar.tick(done);
          },
          onStageTimes: (times) => (stageTimes = times),
          onStep: (name, ms) => (steps[name] = ms),
        },
        store,
      ).catch(leaving(UNCHANGED));
    } finally {
      bar.stop();
    }
    await step('overrides', () => {
      if (overrides.size === 0) return;
      store.kept.forEach((kept, i) => {
        if (kept.kind !== 'document' || !overrides.has(kept.id)) return;
        store.replace(i, applyOverride(store.load(i), overrides));
      });
    });
    const repostsFile = fingerprints && cache ? path.join(cache.dir, 'reposts.json') : undefined;
    const previousReposts = repostsFile ? await readRepostState(repostsFile) : undefined;
    const accounting = await step('reposts and accounting', () => accountStored(store, previousReposts, metaCache && rememberedWithMeta(metaCache)));
    await metaCache?.save().catch(() => undefined);
    // Like the fingerprints, a state that cannot be written costs the next run a full comparison, not this run.
    if (repostsFile && accounting.reposts) await writeAtomic(repostsFile, JSON.stringify(accounting.reposts.state)).catch(() => undefined);
    const { documents, merged, quarantined } = accounting;
    const idOf = (i: number) => (store.kept[i] as Extract<Kept, { kind: 'document' }>).id;
    // A subset names only some documents: overrides of the others are not errors there.
    const unknown = opts.only.length ? [] : unknownOverrideIds(overrides, new Set(documents.map(idOf)));
    if (unknown.length) throw new Error(`override for an unknown document id: ${unknown.join(', ')}`);
    for (const q of quarantined) console.warn(`quarantined ${q.path}: ${q.reason}`);
    // What the report and the summary read of each document, taken as the writing reads it back
    // (its first reading is in document order, before anything is written).
    const facts: Fact[] = new Array(documents.length);
    const factAt = (k: number, d: DocumentResult) => {
      if (facts[k]) return;
      facts[k] = factOf(d);
      if (!opts.quiet) for (const w of d.findings) console.warn(`warning ${d.path}: ${w.reason} [${w.source}:${w.ruleId}]`);
    };
    const accounted = documents.length + merged.length + quarantined.length;
    if (accounted !== paths.length) throw new Error(`accounting: ${paths.length} inputs but ${accounted} accounted for`);
    const written = await step('write documents', () =>
      writeOutputs(output, {
        length: documents.length,
        at: (k) => {
          const d = store.document(documents[k]!);
          factAt(k, d);
          return { meta: d.meta, mdx: d.mdx, paragraphs: paragraphRecord(d.meta, d.blocks, d.mdx) };
        },
      }),
    ).catch(leaving(UNCHANGED));
    // The writing read every document already: only one it did not (none, as it stands) is read back.
    documents.forEach((i, k) => facts[k] ?? factAt(k, store.document(i)));
    outcome = { facts, merged, quarantined, compared: accounting.reposts?.compared ?? 0, written, batch };
  } finally {
    store.close();
  }
  const { facts: documents, merged, quarantined, written, batch } = outcome;
  const summary = summarize(paths.length, { documents, merged, quarantined });
  const timing = timingOf({ stages: stageTimes, steps, throughPipeline: paths.length - batch.cached });
  const report: Report = {
    input: opts.input,
    inputs: paths.length,
    documents: documents.map((d) => ({ id: d.meta.id, path: d.path, title: d.meta.title, warnings: d.findings })),
    merged,
    quarantined,
    learned: batch.learned,
    summary,
  };
  const reportFile = path.resolve(opts.report);
  await writeReport(reportFile, report).catch(leaving('The documents were written; the previous report is as it was'));
  await writeJson(timingFile(reportFile), timing, "writing the run's timing").catch(leaving('The documents and the report were written'));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!opts.quiet) console.log(summaryTable(summary, timing));
  console.log(
    `ingest: ${report.inputs} inputs → ${documents.length} documents + ${merged.length} merged reposts + ${quarantined.length} quarantined ` +
      `(${written.changed} written, ${written.removed} removed) in ${seconds}s ` +
      `, ${batch.learned.length} template lines learned across files (${batch.learned.reduce((n, l) => n + l.removed, 0)} removed) ` +
      `(${batch.cached} from the cache, ${paths.length - batch.cached} through the pipeline in up to ${opts.jobs} workers` +
      `${fingerprints ? `; ${fingerprints.read} raw files read, the others known by their stat; ${batch.relearned} documents cleaned of learned template lines anew; ${outcome.compared} pairs compared for reposts` : ''})`,
  );
  if (opts.only.length) console.log(`ingest: --only wrote ${output} and ${path.resolve(opts.report)}; the collection was not touched`);
  return 0;
}

