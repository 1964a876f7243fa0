// The benchmark's result, as JSON and as the table the README shows.
import type { StageEnd } from './exit.ts';
import type { Comparison } from './outputs.ts';
import type { BuildPhases } from './phases.ts';
import { percentile, type SearchCost } from './search.ts';
import type { Size } from './sizes.ts';
import { formatLimit, formatValue, type TargetCheck } from './targets.ts';
import type { ProcessPeak } from './tree.ts';

export interface StageResult {
  name: string;
  status: StageEnd['status'];
  exit: string;
  reason?: string;
  seconds: number;
  cpuSeconds: number;
  /** The largest process of the stage's tree. */
  peakRss: number;
  /** The whole tree at once. */
  treePeakRss: number;
  processes: ProcessPeak[];
  docsPerSecond: number;
  floorMultiple?: number;
  /** Of Hugo + Pagefind over Hugo's pages. */
  baselineMultiple?: number;
}

export interface BenchResult {
  date: string;
  machine: { cpus: number; load: number; node: string };
  corpus: { documents: number; bytes: number; html: number; traditional: number; pinyin: number; gb18030: number; big5: number; reposts: number; seed: number; generateSeconds: number };
  outcome: { documents: number; merged: number; quarantined: number };
  floor: StageResult;
  ingest: StageResult;
  /** Absent when ingest failed. */
  build?: StageResult;
  phases?: BuildPhases;
  /** Hugo, then Pagefind's CLI over Hugo's pages; absent when Hugo is not installed or ingest failed. */
  baseline?: { hugo: StageResult; pagefind?: StageResult; seconds?: number; pages?: number };
  hugoMissing?: string;
  /** The baseline was not run (`--no-baseline`). */
  baselineSkipped?: boolean;
  /** Ingest + build with every index and export; absent unless both ran to the end. */
  whole?: { seconds: number; baselineMultiple?: number };
  incremental?: { file: string; rewritten: number; ingest: StageResult; build?: StageResult; phases: BuildPhases | undefined; seconds?: number; shareOfFull?: number };
  output?: Size;
  indexes?: { pagefind: Size; phrase: Size };
  targets: TargetCheck[];
  /** This run's outputs against an earlier run's on the same input (--compare). */
  comparison?: { against: string; full?: Comparison; incremental?: Comparison; missing?: string };
  search?: SearchCost;
  /** Why the search measurement failed, when it did. */
  searchError?: string;
  /** The shared-passages step alone (scripts/bench/shared-passages.ts): first run and after one file changed. */
  shared?: { cold: StageResult; incremental: StageResult; stats: SharedStats };
}

/** What the step reports of its work (src/lib/shared/build.ts). */
export interface SharedStats {
  documents: number;
  paragraphs: number;
  variants: number;
  candidates: number;
  compared: number;
  aligned: number;
  matched: number;
  sharedParagraphs: number;
}

// The earlier absolute targets the report still shows (README, Performance); the ratios to the baseline are in targets.ts.
export const TARGETS = { ingestDocsPerSecond: 200, fullSeconds10k: 600, searchP95Ms: 300, searchBytes: 500 * 1000 };

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const x = (multiple?: number) => (multiple === undefined ? '' : `${multiple.toFixed(1)}×`);

function rows(header: string[], body: string[][]): string {
  const table = [header, header.map(() => '---'), ...body];
  return table.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;

/** Seconds of a stage, or how it ended when it did not finish. */
const wall = (st: StageResult) => (st.status === 'ok' ? s(st.seconds) : `${st.status} after ${s(st.seconds)}`);

/** The processes of every stage with their own peak memory. */
export function processRows(stages: StageResult[]): string[][] {
  return stages.flatMap((st) => st.processes.map((p) => [st.name, p.command, mb(p.peakRss)]));
}

export function formatTargets(targets: TargetCheck[]): string {
  return rows(['target (issue: ratios in one run)', 'measured', 'limit', 'status'], targets.map((t) => [t.name, formatValue(t) + (t.note ? ` (${t.note})` : ''), formatLimit(t), t.status]));
}

export function formatComparison(label: string, c: Comparison): string {
  const body = c.categories.map((d) => [
    d.category,
    String(d.files),
    d.changed.length || d.missing.length || d.added.length ? `${d.changed.length} changed, ${d.missing.length} gone, ${d.added.length} new${[...d.changed, ...d.missing, ...d.added].length ? `: ${[...d.changed, ...d.missing, ...d.added].slice(0, 3).join(', ')}` : ''}` : 'identical',
  ]);
  const verdict = !c.sameInput ? 'NOT THE SAME INPUT (corpus size, seed or generated files differ; the corpus is made from content/raw as the working tree\'s ingest cleans it, so a change to what ingest outputs changes it too): the outputs were not judged' : c.identical ? 'byte-identical' : 'DIFFERENT';
  return [`${label}: ${verdict}`, '', rows(['output', 'files', 'against the earlier run'], body)].join('\n');
}

export function formatTable(r: BenchResult): string {
  const stage = (st: StageResult) => [st.name, wall(st), s(st.cpuSeconds), ...(st.status === 'ok' ? [st.docsPerSecond.toFixed(0), mb(st.peakRss), mb(st.treePeakRss), x(st.floorMultiple), x(st.baselineMultiple)] : ['', mb(st.peakRss), mb(st.treePeakRss), '', ''])];
  const stages = [
    r.floor,
    r.ingest,
    ...(r.build ? [r.build] : []),
    ...(r.baseline ? [r.baseline.hugo, ...(r.baseline.pagefind ? [r.baseline.pagefind] : [])] : []),
    ...(r.incremental ? [r.incremental.ingest, ...(r.incremental.build ? [r.incremental.build] : [])] : []),
    ...(r.shared ? [r.shared.cold, r.shared.incremental] : []),
  ];
  const out = [
    `${r.corpus.documents} raw documents (${mb(r.corpus.bytes)}: ${r.corpus.html} HTML, ${r.corpus.traditional} traditional of which ${r.corpus.pinyin} with pinyin, ${r.corpus.gb18030} GB18030, ${r.corpus.big5} Big5, ${r.corpus.reposts} reposts) → ` +
      `${r.outcome.documents} documents, ${r.outcome.merged} merged, ${r.outcome.quarantined} quarantined. ${r.machine.cpus} CPUs, load ${r.machine.load.toFixed(1)} at the end, Node ${r.machine.node}.`,
    '',
    rows(['stage', 'wall', 'CPU', 'docs/s', 'peak RSS (largest process)', 'peak RSS (tree at once)', '× floor', '× Hugo + Pagefind'], stages.map(stage)),
    '',
  ];
  const failed = stages.filter((st) => st.status !== 'ok');
  if (failed.length) out.push(...failed.map((st) => `${st.name}: ${st.status} (${st.exit})${st.reason ? ` — ${st.reason}` : ''}; largest process ${mb(st.peakRss)}`), '');
  out.push(formatTargets(r.targets), '');
  out.push(rows(['stage', 'process', 'peak RSS'], processRows(stages)), '');
  if (r.phases && r.build) {
    const p = r.phases;
    const withoutIndexes = r.build.seconds - p.indexes;
    const rate = (seconds: number) => (r.outcome.documents / seconds).toFixed(0);
    out.push(
      rows(['build phase', 'seconds', 'docs/s'], [
        ['setup + content sync', s(p.setup), ''],
        ['bundling (Vite)', s(p.bundle), ''],
        ['pages, prune, sitemap', s(p.pages), ''],
        ['indexes and exports, at once', s(p.indexes), rate(p.indexes)],
        ['— Pagefind index', s(p.pagefind), ''],
        ['— phrase index', s(p.phraseIndex), ''],
        ['— data exports', s(p.exports), ''],
        ...(p.sharedPassages === undefined ? [] : [['shared passages (in setup)', s(p.sharedPassages), rate(p.sharedPassages)]]),
        ['build without indexes', s(withoutIndexes), rate(withoutIndexes)],
      ]),
      '',
    );
  }
  const checks: string[][] = [];
  if (r.output) checks.push(['output', `${mb(r.output.bytes)}, ${r.output.files} files`]);
  if (r.indexes) {
    checks.push(['Pagefind index', `${mb(r.indexes.pagefind.bytes)}, ${r.indexes.pagefind.files} files`]);
    checks.push(['phrase index', `${mb(r.indexes.phrase.bytes)}, ${r.indexes.phrase.files} files`]);
  }
  if (r.ingest.status === 'ok') checks.push(['ingest rate', `${r.ingest.docsPerSecond.toFixed(0)} docs/s (target ≥ ${TARGETS.ingestDocsPerSecond})`]);
  if (r.whole) checks.push(['ingest + build + index', `${s(r.whole.seconds)} (target for 10,000: ≤ ${TARGETS.fullSeconds10k} s)${r.whole.baselineMultiple === undefined ? '' : `; ${x(r.whole.baselineMultiple)} Hugo + Pagefind`}`]);
  if (r.incremental?.seconds !== undefined) {
    checks.push(['incremental (1 file)', `${s(r.incremental.seconds)}${r.incremental.shareOfFull === undefined ? '' : `, ${(r.incremental.shareOfFull * 100).toFixed(0)}% of full`}; ${r.incremental.rewritten} document rewritten`]);
  }
  if (r.baseline) {
    const b = r.baseline;
    checks.push(['Hugo + Pagefind baseline', b.seconds === undefined ? `Pagefind ${b.pagefind?.status ?? 'did not run'}` : `${s(b.seconds)} (Hugo ${s(b.hugo.seconds)}, Pagefind ${s(b.pagefind!.seconds)} over ${b.pages ?? '?'} pages, peak ${gb(b.pagefind!.peakRss)})`]);
  } else checks.push(['Hugo + Pagefind baseline', r.baselineSkipped ? 'skipped (--no-baseline)' : r.hugoMissing ? `Hugo not installed (${r.hugoMissing})` : 'did not run']);
  if (r.shared) {
    const st = r.shared.stats;
    checks.push([
      'shared passages',
      `${st.sharedParagraphs} of ${st.paragraphs} paragraphs (${st.variants} distinct texts) stand in other documents; ${st.candidates} candidate pairs, ${st.compared} compared, ${st.aligned} aligned, ${st.matched} matched`,
    ]);
  }
  if (r.search) checks.push(...searchChecks(r.search));
  if (r.searchError) checks.push(['search', `not measured: ${r.searchError}`]);
  out.push(rows(['measure', 'value'], checks));
  if (r.search) out.push('', searchRows(r.search));
  if (r.comparison) {
    const c = r.comparison;
    out.push('', `Outputs against ${c.against}:`);
    if (c.missing) out.push(c.missing);
    if (c.full) out.push('', formatComparison('after the full build', c.full));
    if (c.incremental) out.push('', formatComparison('after the one-file incremental rebuild', c.incremental));
  }
  return out.join('\n');
}

function searchChecks(search: SearchCost): string[][] {
  const ms = search.queries.map((q) => q.firstResultMs);
  const bytes = search.queries.map((q) => q.bytes);
  return [
    ['search startup download', kb(search.startupBytes)],
    ['search: first results', `median ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms (target p95 < ${TARGETS.searchP95Ms} ms)`],
    ['search: bytes per query', `median ${kb(percentile(bytes, 50))}, p95 ${kb(percentile(bytes, 95))} (target < ${kb(TARGETS.searchBytes)})`],
  ];
}

function searchRows(search: SearchCost): string {
  return rows(['query', 'first results', 'fetched', 'shown'], search.queries.map((q) => [q.query, `${q.firstResultMs.toFixed(0)} ms`, kb(q.bytes), String(q.results)]));
}

/** The search measures alone (scripts/bench/search-site.ts). */
export function formatSearch(search: SearchCost, documents: number): string {
  return [`search over ${documents} documents`, '', rows(['measure', 'value'], searchChecks(search)), '', searchRows(search)].join('\n');
}
