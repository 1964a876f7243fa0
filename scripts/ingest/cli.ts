#!/usr/bin/env node
// npm run ingest -- [--input DIR] [--output DIR] [--report FILE] [--jobs N] [--no-cache]
//
// Reads every file under the input folder (never modifying it), runs the
// pipeline on each and writes one <id>.mdx per document. Every input is
// accounted for in the report as a document or a quarantine entry.
//
// Each file's pipeline result is cached (see cache.ts; INGEST_CACHE_DIR moves
// the cache, --no-cache bypasses it) and the files not in the cache are run in
// --jobs worker threads (default: one per available CPU).
//
// Archivists' corrections in content/overrides/<id>.yml are applied last
// (see content/overrides/README.md).
//
// Exit codes: 0 every input was accounted for (quarantined ones included);
// 1 the run failed (an unreadable folder, an invalid override or one naming an unknown id);
// 2 bad arguments.
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ingestBatch } from './batch.ts';
import { DEFAULT_CACHE_DIR, pipelineVersion, ResultCache } from './cache.ts';
import { applyOverride, loadOverrides, unknownOverrideIds } from './stages/overrides.ts';
import { account } from './merge.ts';
import { listInputs, writeOutputs, writeReport, type Report } from './output.ts';

const usage = 'usage: npm run ingest -- [--input DIR] [--output DIR] [--report FILE] [--overrides DIR] [--jobs N] [--no-cache] [--quiet]';

function args() {
  try {
    const { values } = parseArgs({
      options: {
        input: { type: 'string', default: 'content/raw' },
        output: { type: 'string', default: 'content/documents' },
        report: { type: 'string', default: 'content/.ingest/report.json' },
        overrides: { type: 'string', default: 'content/overrides' },
        jobs: { type: 'string', default: String(availableParallelism()) },
        'no-cache': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (!/^[1-9]\d*$/.test(values.jobs)) throw new Error(`--jobs must be a positive integer, not ${values.jobs}`);
    return values;
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

/** Fault injection for the atomicity test: die abruptly after this many inputs. */
const killAfter = Number(process.env.INGEST_KILL_AFTER) || undefined;

async function main(): Promise<number> {
  const opts = args();
  if (opts.help) {
    console.log(usage);
    return 0;
  }
  const input = path.resolve(opts.input);
  const output = path.resolve(opts.output);
  const started = performance.now();
  const overrides = await loadOverrides(path.resolve(opts.overrides));
  const paths = await listInputs(input);
  let cache: ResultCache | undefined;
  if (!opts['no-cache']) {
    cache = new ResultCache(process.env.INGEST_CACHE_DIR ? path.resolve(process.env.INGEST_CACHE_DIR) : DEFAULT_CACHE_DIR, pipelineVersion());
    await cache.open();
  }
  const jobs = Number(opts.jobs);
  const batch = await ingestBatch(input, paths, {
    jobs,
    ...(cache ? { cache } : {}),
    onResult: (done) => {
      if (killAfter === done) process.kill(process.pid, 'SIGKILL');
      if (!opts.quiet && process.stderr.isTTY && done % 100 === 0) process.stderr.write(`\r${done}/${paths.length}`);
    },
  });
  const results = batch.results.map((result) => applyOverride(result, overrides));
  const { documents, merged, quarantined } = account(results);
  const unknown = unknownOverrideIds(overrides, new Set(documents.map((d) => d.meta.id)));
  if (unknown.length) throw new Error(`override for an unknown document id: ${unknown.join(', ')}`);
  const report: Report = {
    input: opts.input,
    inputs: paths.length,
    documents: documents.map((d) => ({ id: d.meta.id, path: d.path, title: d.meta.title, warnings: d.meta.warnings.length })),
    merged,
    quarantined,
    learned: batch.learned,
  };
  for (const q of quarantined) console.warn(`quarantined ${q.path}: ${q.reason}`);
  if (!opts.quiet) for (const d of documents) for (const w of d.meta.warnings) console.warn(`warning ${d.path}: ${w}`);
  const accounted = documents.length + merged.length + quarantined.length;
  if (accounted !== paths.length) throw new Error(`accounting: ${paths.length} inputs but ${accounted} accounted for`);
  const written = await writeOutputs(output, documents);
  await writeReport(path.resolve(opts.report), report);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `ingest: ${report.inputs} inputs → ${documents.length} documents + ${merged.length} merged reposts + ${quarantined.length} quarantined ` +
      `(${written.changed} written, ${written.removed} removed) in ${seconds}s ` +
      `, ${batch.learned.length} template lines learned across files (${batch.learned.reduce((n, l) => n + l.removed, 0)} removed) ` +
      `(${batch.cached} from the cache, ${paths.length - batch.cached} through the pipeline in up to ${jobs} workers)`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
