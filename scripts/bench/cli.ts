#!/usr/bin/env node
// npm run bench -- [--docs N] [--json FILE] [--seed S] [--heap MB] [--no-search] [--no-baseline] [--compare DIR]
//
// Benchmarks at scale: generates a deterministic corpus of N dirty
// raw documents under bench-results/<N>/, then times the real stages as child
// processes (ingest, astro build with its Pagefind and phrase indexes), a
// one-file incremental rebuild, the floor (copying the corpus once), the
// baseline — Hugo on the same documents as Markdown and Pagefind's CLI over
// Hugo's pages — when Hugo is installed, the shared-passages step alone (cold,
// and after the one-file change), and the search page's cost per query in
// Chromium. Every stage's process tree is watched for each process's peak
// memory; a stage that runs out of memory is reported, not fatal. The targets
// are checked as ratios to the baseline (targets.ts). Every output file is
// hashed (outputs-full.json, outputs-incremental.json); --compare DIR checks
// them against an earlier run's folder, for the same input. Prints a table
// and writes the same as JSON.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';
import { findHugo, HUGO_INSTALL, pagefindArgs, pagefindBinary, writeHugoSite } from './hugo.ts';
import { measure, type Measured } from './measure.ts';
import { buildPhases } from './phases.ts';
import { collectOutputs, compareOutputs, hashFolder, type Outputs } from './outputs.ts';
import { formatTable, type BenchResult, type SharedStats, type StageResult } from './report.ts';
import { measureSearch } from './search.ts';
import { loadSeedPool } from './seeds.ts';
import { makeSiteRoot } from './site.ts';
import { sizeOf } from './sizes.ts';
import { checkTargets } from './targets.ts';

const usage = 'usage: npm run bench -- [--docs N] [--json FILE] [--seed S] [--heap MB] [--no-search] [--no-baseline] [--compare DIR]';

function args() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

const OPTIONS = {
  docs: { type: 'string', default: '10000' },
  json: { type: 'string' },
  seed: { type: 'string', default: '1' },
  heap: { type: 'string', default: '8192' },
  'no-search': { type: 'boolean', default: false },
  // At 50,000 documents Pagefind over all of Hugo's pages at once needs more
  // memory than a 24 GB machine has; its kill takes others' processes' memory with it.
  'no-baseline': { type: 'boolean', default: false },
  compare: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;
const opts = args();
if (opts.help) {
  console.log(usage);
  process.exit(0);
}
const docs = Number(opts.docs);
if (!Number.isInteger(docs) || docs < 1) throw new Error(`bench: --docs must be a positive integer, not ${opts.docs}`);

const repo = path.resolve(import.meta.dirname, '../..');
const work = path.join(repo, 'bench-results', String(docs));
const dir = (name: string) => path.join(work, name);
const log = dir('bench.log');
const node = process.execPath;
const say = (text: string) => console.error(`bench: ${text}`);

mkdirSync(work, { recursive: true });
writeFileSync(log, '');

// Deleting tens of thousands of files makes ext4 pass over their inodes for a
// minute or more when it allocates new ones, which made the file creation of
// the stage after several times slower (docs/performance.md). So no measured stage follows a deletion: the last run's folders are
// moved aside now and deleted once everything is measured.
const trash = dir('.trash');
rmSync(trash, { recursive: true, force: true });
mkdirSync(trash);
let discarded = 0;
const discard = (name: string) => {
  if (existsSync(dir(name))) renameSync(dir(name), path.join(trash, `${discarded++}-${name}`));
};
for (const name of ['raw', 'floor', 'documents', 'ingest-cache', 'astro-cache', 'dist', 'hugo', 'hugo-public', 'shared-cache']) discard(name);

const stage = (name: string, m: Measured, count: number, extra: Partial<StageResult> = {}): StageResult => ({
  name,
  status: m.end.status,
  exit: m.end.exit,
  ...(m.end.reason ? { reason: m.end.reason } : {}),
  seconds: m.seconds,
  cpuSeconds: m.cpuSeconds,
  peakRss: m.peakRss,
  treePeakRss: m.treePeakRss,
  processes: m.processes.map(({ command, peakRss, pid }) => ({ pid, command, peakRss })),
  docsPerSecond: count / m.seconds,
  ...extra,
});

// The earlier run's output hashes, read before this run overwrites them (the folder may be this run's own).
const OUTPUT_FILES = { full: 'outputs-full.json', incremental: 'outputs-incremental.json' } as const;
const earlier: Partial<Record<keyof typeof OUTPUT_FILES, Outputs>> = {};
if (opts.compare) {
  for (const [k, file] of Object.entries(OUTPUT_FILES) as [keyof typeof OUTPUT_FILES, string][]) {
    const p = path.resolve(opts.compare, file);
    if (existsSync(p)) earlier[k] = JSON.parse(readFileSync(p, 'utf8')) as Outputs;
  }
  if (!earlier.full && !earlier.incremental) throw new Error(`bench: --compare ${opts.compare} holds neither ${OUTPUT_FILES.full} nor ${OUTPUT_FILES.incremental}`);
}
for (const file of Object.values(OUTPUT_FILES)) rmSync(dir(file), { force: true });
// The corpus is generated from the sample documents as the working tree's pipeline cleans them (seeds.ts), so a change to
// the pipeline's output changes the input too; the comparison checks the input's hash before it judges the outputs.

function ingest(): Promise<Measured> {
  mkdirSync(dir('no-overrides'), { recursive: true });
  // A result cache of the bench's own, moved aside at the start so that the first ingest runs cold.
  return measure(node, [path.join(repo, 'scripts/ingest/cli.ts'), '--input', dir('raw'), '--output', dir('documents'), '--report', dir('report.json'), '--overrides', dir('no-overrides'), '--quiet'], {
    log,
    cwd: repo,
    env: { INGEST_CACHE_DIR: dir('ingest-cache') },
  });
}

const buildEnv = {
  DOCUMENTS_DIR: dir('documents'),
  RAW_DIR: dir('raw'),
  ASTRO_CACHE_DIR: dir('astro-cache'),
  // A deliberate heap limit with a margin over the build's measured peak (docs/performance.md);
  // Pagefind's own process is not bound by it.
  NODE_OPTIONS: `--max-old-space-size=${opts.heap}`,
};
// The shared-passages step alone, with a cache of its own: empty on the first run, as a first build has it.
const sharedStep = () =>
  measure(node, [path.join(repo, 'scripts/bench/shared-passages.ts'), '--documents', dir('documents'), '--cache', dir('shared-cache'), '--json', dir('shared.json')], { log, cwd: repo });
const sharedStats = () => JSON.parse(readFileSync(dir('shared.json'), 'utf8')) as SharedStats;

// The site's build as `npm run build` runs it: `astro build`, or the one-file path when the last full build kept its
// bundle and only documents changed (scripts/build/cli.ts says which in its log).
const build = () =>
  measure(node, [path.join(dir('site'), 'scripts/build/cli.ts'), '--root', dir('site'), '--outDir', dir('dist')], { log, cwd: dir('site'), env: buildEnv });

say(`generating ${docs} documents in ${dir('raw')}`);
const started = performance.now();
const corpus = writeCorpus(dir('raw'), loadSeedPool(path.join(repo, 'content/raw')), docs, Number(opts.seed));
const generateSeconds = (performance.now() - started) / 1000;
const input = { docs, seed: Number(opts.seed), corpus: hashFolder(dir('raw')) };
const ok = (m: Measured | undefined): m is Measured => m?.end.status === 'ok';
const ended = (name: string, m: Measured) => {
  if (m.end.status !== 'ok') say(`${name}: ${m.end.status} (${m.end.exit})${m.end.reason ? ` — ${m.end.reason}` : ''}; the stages that need it are skipped`);
};

say('floor: copying the corpus once');
const floor = await measure(node, [path.join(import.meta.dirname, 'floor.ts'), dir('raw'), dir('floor')], { log });
discard('floor');

say('ingest');
const ingested = await ingest();
ended('ingest', ingested);
const summary = /(\d+) inputs → (\d+) documents \+ (\d+) merged reposts \+ (\d+) quarantined/.exec(ingested.lines.map((l) => l.text).join('\n'));
if (ok(ingested) && !summary) throw new Error(`bench: no summary line from ingest; see ${log}`);
const [, , documents, merged, quarantined] = (summary ?? [0, 0, 0, 0, 0]).map(Number) as number[];

let built: Measured | undefined;
let fullOutputs: Outputs | undefined;
if (ok(ingested)) {
  say(`astro build of ${documents} documents (heap limit ${opts.heap} MB)`);
  makeSiteRoot(repo, dir('site'));
  built = await build();
  ended('astro build', built);
  if (ok(built)) {
    say('hashing the outputs of the full build');
    fullOutputs = collectOutputs(work, input);
    writeFileSync(dir(OUTPUT_FILES.full), JSON.stringify(fullOutputs) + '\n');
  }
}
const phases = ok(built) ? buildPhases(built) : undefined;

let sharedCold: Measured | undefined;
let sharedFound: SharedStats | undefined;
if (ok(ingested)) {
  say('shared passages: the step alone, cold');
  sharedCold = await sharedStep();
  if (ok(sharedCold)) sharedFound = sharedStats();
}

let search;
let searchError: string | undefined;
if (!opts['no-search'] && ok(built)) {
  say('search: queries in Chromium');
  try {
    search = await measureSearch(dir('dist'));
  } catch (error) {
    // The search page is the site's; its failing here is a finding of the run, not a reason to lose the rest.
    searchError = String(error instanceof Error ? error.message : error).split('\n')[0];
    say(`search: not measured: ${searchError}`);
  }
}

let reIngested: Measured | undefined;
let rebuilt: Measured | undefined;
let sharedAgain: Measured | undefined;
let rewritten: string | undefined;
let incrementalOutputs: Outputs | undefined;
const changed = readdirSync(dir('raw')).filter((n) => n.endsWith('.txt')).find((n) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path.join(dir('raw'), n)));
    return true;
  } catch {
    return false;
  }
});
if (ok(built)) {
  say('incremental: one raw file changed');
  if (!changed) throw new Error('bench: no UTF-8 text file to change for the incremental run');
  appendFileSync(path.join(dir('raw'), changed), '会议要求，各单位要把这次会议精神传达到每一名党员干部，确保各项任务落到实处。\n');
  reIngested = await ingest();
  ended('incremental ingest', reIngested);
  rewritten = /\((\d+) written/.exec(reIngested.lines.map((l) => l.text).join('\n'))?.[1];
  if (ok(reIngested)) {
    sharedAgain = await sharedStep();
    rebuilt = await build();
    ended('incremental build', rebuilt);
    if (ok(rebuilt)) {
      say('hashing the outputs after the incremental rebuild');
      incrementalOutputs = collectOutputs(work, input);
      writeFileSync(dir(OUTPUT_FILES.incremental), JSON.stringify(incrementalOutputs) + '\n');
    }
  }
}

let hugo: Measured | undefined;
let baselinePagefind: Measured | undefined;
const hugoBin = opts['no-baseline'] ? undefined : findHugo();
if (hugoBin && ok(ingested)) {
  say('baseline: Hugo on the same documents as Markdown');
  writeHugoSite(dir('documents'), dir('hugo'));
  hugo = await measure(hugoBin, ['--source', dir('hugo'), '--destination', dir('hugo-public'), '--quiet'], { log });
  ended('hugo', hugo);
  if (ok(hugo)) {
    say("baseline: Pagefind's CLI over Hugo's pages");
    baselinePagefind = await measure(pagefindBinary(), pagefindArgs(dir('hugo-public')), { log });
    ended('pagefind over Hugo', baselinePagefind);
  }
} else if (opts['no-baseline']) {
  say('baseline skipped (--no-baseline)');
} else if (!hugoBin) {
  say(`hugo is not installed, so there is no baseline; to add it: ${HUGO_INSTALL}`);
}

const baselineSeconds = ok(hugo) && ok(baselinePagefind) ? hugo.seconds + baselinePagefind.seconds : undefined;
const times = (m: Measured | undefined) => (ok(m) && baselineSeconds ? { baselineMultiple: m.seconds / baselineSeconds } : {});
const wholeSeconds = ok(ingested) && ok(built) ? ingested.seconds + built.seconds : undefined;
const ingestStage = stage('ingest', ingested, docs, { floorMultiple: ingested.seconds / floor.seconds });
const buildStage = built && stage('astro build + indexes', built, documents!, { floorMultiple: built.seconds / floor.seconds, ...times(built) });
const incremental = reIngested && {
  file: changed!,
  rewritten: Number(rewritten),
  ingest: stage('incremental ingest', reIngested, docs),
  ...(rebuilt ? { build: stage('incremental build', rebuilt, documents!) } : {}),
  phases: ok(rebuilt) ? buildPhases(rebuilt) : undefined,
  ...(ok(rebuilt) ? { seconds: reIngested.seconds + rebuilt.seconds, ...(wholeSeconds ? { shareOfFull: (reIngested.seconds + rebuilt.seconds) / wholeSeconds } : {}) } : {}),
};
const baseline = hugo && {
  hugo: stage('hugo (Markdown)', hugo, documents!, { floorMultiple: hugo.seconds / floor.seconds }),
  ...(baselinePagefind ? { pagefind: stage('pagefind over Hugo pages', baselinePagefind, documents!) } : {}),
  ...(baselineSeconds ? { seconds: baselineSeconds } : {}),
  ...(baselinePagefind ? { pages: Number(/Indexed (\d+) pages?/.exec(baselinePagefind.lines.map((l) => l.text).join('\n'))?.[1] ?? NaN) } : {}),
};

const comparison = opts.compare
  ? {
      against: path.resolve(opts.compare),
      ...(earlier.full && fullOutputs ? { full: compareOutputs(earlier.full, fullOutputs) } : {}),
      ...(earlier.incremental && incrementalOutputs ? { incremental: compareOutputs(earlier.incremental, incrementalOutputs) } : {}),
      ...(!(earlier.full && fullOutputs) || !(earlier.incremental && incrementalOutputs) ? { missing: 'Some outputs were not compared: a build of this run or of the earlier one did not finish.' } : {}),
    }
  : undefined;

const result: BenchResult = {
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).availableParallelism(), load: (await import('node:os')).loadavg()[0]!, node: process.version },
  corpus: { ...corpus, seed: Number(opts.seed), generateSeconds },
  outcome: { documents: documents!, merged: merged!, quarantined: quarantined! },
  floor: stage('floor (copy corpus)', floor, docs),
  ingest: ingestStage,
  ...(buildStage ? { build: buildStage } : {}),
  ...(phases ? { phases } : {}),
  ...(baseline ? { baseline } : opts['no-baseline'] ? { baselineSkipped: true } : hugoBin ? {} : { hugoMissing: HUGO_INSTALL }),
  ...(wholeSeconds ? { whole: { seconds: wholeSeconds, ...(baselineSeconds ? { baselineMultiple: wholeSeconds / baselineSeconds } : {}) } } : {}),
  ...(incremental ? { incremental } : {}),
  ...(ok(built) ? { output: sizeOf(dir('dist')), indexes: { pagefind: sizeOf(dir('dist/pagefind')), phrase: sizeOf(dir('dist/search'), (rel) => rel === 'index.html') } } : {}),
  ...(search ? { search } : {}),
  ...(searchError ? { searchError } : {}),
  ...(sharedCold && sharedAgain && sharedFound ? { shared: { cold: stage('shared passages (cold)', sharedCold, documents!), incremental: stage('shared passages (1 file changed)', sharedAgain, documents!), stats: sharedFound } } : {}),
  targets: checkTargets({
    ingest: ingestStage,
    ...(buildStage ? { build: buildStage } : {}),
    ...(incremental ? { incrementalIngest: incremental.ingest, ...(incremental.build ? { incrementalBuild: incremental.build } : {}) } : {}),
    ...(baseline ? { baseline: [baseline.hugo, ...(baseline.pagefind ? [baseline.pagefind] : [])] } : {}),
    ...(opts['no-baseline'] ? { baselineSkipped: true } : {}),
  }),
  ...(comparison ? { comparison } : {}),
};

console.log(formatTable(result));
if (opts.json) {
  mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true });
  writeFileSync(path.resolve(opts.json), JSON.stringify(result, null, 2) + '\n');
}
writeFileSync(dir('result.json'), JSON.stringify(result, null, 2) + '\n');
rmSync(trash, { recursive: true, force: true });
// A comparison that found a difference fails the run, so that a speed-up that changed output cannot pass unnoticed in a script.
if (comparison && [comparison.full, comparison.incremental].some((c) => c && (!c.sameInput || !c.identical))) process.exitCode = 1;
