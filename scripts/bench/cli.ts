#!/usr/bin/env node
// npm run bench -- [--docs N] [--json FILE] [--seed S] [--heap MB] [--no-search]
//
// Benchmarks at scale: generates a deterministic corpus of N dirty
// raw documents under bench-results/<N>/, then times the real stages as child
// processes (ingest, astro build with its Pagefind and phrase indexes), a
// one-file incremental rebuild, the floor (copying the corpus once), Hugo on
// the same documents as Markdown if installed, the shared-passages step alone
// (cold, and after the one-file change), and the search page's cost per query
// in Chromium. Prints a table and writes the same as JSON.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';
import { findHugo, HUGO_INSTALL, writeHugoSite } from './hugo.ts';
import { measure, type Measured } from './measure.ts';
import { buildPhases } from './phases.ts';
import { formatTable, type BenchResult, type SharedStats, type StageResult } from './report.ts';
import { measureSearch } from './search.ts';
import { loadSeedPool } from './seeds.ts';
import { makeSiteRoot } from './site.ts';
import { sizeOf } from './sizes.ts';

const { values: opts } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    json: { type: 'string' },
    seed: { type: 'string', default: '1' },
    heap: { type: 'string', default: '8192' },
    'no-search': { type: 'boolean', default: false },
  },
});
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
  seconds: m.seconds,
  cpuSeconds: m.cpuSeconds,
  peakRss: m.peakRss,
  docsPerSecond: count / m.seconds,
  ...extra,
});

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

const build = () =>
  measure(node, [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir('site'), '--outDir', dir('dist')], { log, cwd: dir('site'), env: buildEnv });

say(`generating ${docs} documents in ${dir('raw')}`);
const started = performance.now();
const corpus = writeCorpus(dir('raw'), loadSeedPool(path.join(repo, 'content/raw')), docs, Number(opts.seed));
const generateSeconds = (performance.now() - started) / 1000;

say('floor: copying the corpus once');
const floor = await measure(node, [path.join(import.meta.dirname, 'floor.ts'), dir('raw'), dir('floor')], { log });
discard('floor');

say('ingest');
const ingested = await ingest();
const summary = /(\d+) inputs → (\d+) documents \+ (\d+) merged reposts \+ (\d+) quarantined/.exec(ingested.lines.map((l) => l.text).join('\n'));
if (!summary) throw new Error(`bench: no summary line from ingest; see ${log}`);
const [, , documents, merged, quarantined] = summary.map(Number) as number[];

say(`astro build of ${documents} documents (heap limit ${opts.heap} MB)`);
makeSiteRoot(repo, dir('site'));
const built = await build();
const phases = buildPhases(built);
const site = sizeOf(dir('dist'));
const pagefindSize = sizeOf(dir('dist/pagefind'));
const phraseSize = sizeOf(dir('dist/search'), (rel) => rel === 'index.html');

say('shared passages: the step alone, cold');
const sharedCold = await sharedStep();
const sharedFound = sharedStats();

let search;
if (!opts['no-search']) {
  say('search: queries in Chromium');
  search = await measureSearch(dir('dist'));
}

say('incremental: one raw file changed');
const changed = readdirSync(dir('raw')).filter((n) => n.endsWith('.txt')).find((n) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path.join(dir('raw'), n)));
    return true;
  } catch {
    return false;
  }
});
if (!changed) throw new Error('bench: no UTF-8 text file to change for the incremental run');
appendFileSync(path.join(dir('raw'), changed), '会议要求，各单位要把这次会议精神传达到每一名党员干部，确保各项任务落到实处。\n');
const reIngested = await ingest();
const rewritten = /\((\d+) written/.exec(reIngested.lines.map((l) => l.text).join('\n'))?.[1];
const sharedAgain = await sharedStep();
const rebuilt = await build();

let hugo: Measured | undefined;
const hugoBin = findHugo();
if (hugoBin) {
  say('baseline: Hugo on the same documents as Markdown');
  writeHugoSite(dir('documents'), dir('hugo'));
  hugo = await measure(hugoBin, ['--source', dir('hugo'), '--destination', dir('hugo-public'), '--quiet'], { log });
} else {
  say(`hugo is not installed, so there is no baseline generator; to add it: ${HUGO_INSTALL}`);
}

const full = ingested.seconds + built.seconds;
const result: BenchResult = {
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).availableParallelism(), load: (await import('node:os')).loadavg()[0]!, node: process.version },
  corpus: { ...corpus, seed: Number(opts.seed), generateSeconds },
  outcome: { documents: documents!, merged: merged!, quarantined: quarantined! },
  floor: stage('floor (copy corpus)', floor, docs),
  ingest: stage('ingest', ingested, docs, { floorMultiple: ingested.seconds / floor.seconds }),
  build: stage('astro build + indexes', built, documents!, { floorMultiple: built.seconds / floor.seconds, ...(hugo ? { hugoMultiple: built.seconds / hugo.seconds } : {}) }),
  ...(phases ? { phases } : {}),
  ...(hugo ? { hugo: stage('hugo (Markdown)', hugo, documents!, { floorMultiple: hugo.seconds / floor.seconds }) } : { hugoMissing: HUGO_INSTALL }),
  full: { seconds: full },
  incremental: { file: changed, rewritten: Number(rewritten), ingest: stage('incremental ingest', reIngested, docs), build: stage('incremental build', rebuilt, documents!), phases: buildPhases(rebuilt), seconds: reIngested.seconds + rebuilt.seconds, shareOfFull: (reIngested.seconds + rebuilt.seconds) / full },
  output: site,
  indexes: { pagefind: pagefindSize, phrase: phraseSize },
  ...(search ? { search } : {}),
  shared: { cold: stage('shared passages (cold)', sharedCold, documents!), incremental: stage('shared passages (1 file changed)', sharedAgain, documents!), stats: sharedFound },
};

console.log(formatTable(result));
if (opts.json) {
  mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true });
  writeFileSync(path.resolve(opts.json), JSON.stringify(result, null, 2) + '\n');
}
writeFileSync(dir('result.json'), JSON.stringify(result, null, 2) + '\n');
rmSync(trash, { recursive: true, force: true });
