#!/usr/bin/env node
// npm run ingest -- [options]; npm run ingest -- --help explains them (options.ts).
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
// 1 the run failed (an unreadable folder, an invalid override or one naming an unknown id, a full disk);
// 2 bad arguments.
import path from 'node:path';
import { enableCompileCache } from './compile-cache.ts';
import { helpText, parseOptions, UsageError, USAGE, type IngestOptions } from './options.ts';

async function runExplain(file: string, opts: IngestOptions): Promise<number> {
  const { explain } = await import('./explain.ts');
  const { explanationText } = await import('./explain-text.ts');
  const explanation = await explain(file, { overrides: path.resolve(opts.overrides) });
  process.stdout.write(opts.json ? JSON.stringify(explanation, null, 2) + '\n' : explanationText(explanation));
  return 0;
}

async function main(): Promise<number> {
  enableCompileCache();
  const opts = parseOptions(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(helpText());
    return 0;
  }
  if (opts.explain !== undefined) return runExplain(opts.explain, opts);
  // Loaded once the arguments are known good: help and argument errors answer without loading the pipeline.
  const { runIngest } = await import('./run.ts');
  return runIngest(opts);
}

function failed(error: unknown): number {
  if (error instanceof UsageError) {
    console.error(`ingest: ${error.message} (${USAGE})`);
    return 2;
  }
  console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(failed(error)),
);
