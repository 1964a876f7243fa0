// The benchmark's result, as JSON and as the table the README shows.
import type { BuildPhases } from './phases.ts';
import { percentile, type SearchCost } from './search.ts';
import type { Size } from './sizes.ts';

export interface StageResult {
  name: string;
  seconds: number;
  cpuSeconds: number;
  peakRss: number;
  docsPerSecond: number;
  floorMultiple?: number;
  hugoMultiple?: number;
}

export interface BenchResult {
  date: string;
  machine: { cpus: number; load: number; node: string };
  corpus: { documents: number; bytes: number; html: number; traditional: number; pinyin: number; gb18030: number; big5: number; reposts: number; seed: number; generateSeconds: number };
  outcome: { documents: number; merged: number; quarantined: number };
  floor: StageResult;
  ingest: StageResult;
  build: StageResult;
  phases?: BuildPhases;
  hugo?: StageResult;
  hugoMissing?: string;
  full: { seconds: number };
  incremental: { file: string; rewritten: number; ingest: StageResult; build: StageResult; phases: BuildPhases | undefined; seconds: number; shareOfFull: number };
  output: Size;
  indexes: { pagefind: Size; phrase: Size };
  search?: SearchCost;
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

// The performance targets the report checks (README, Benchmarks).
export const TARGETS = { ingestDocsPerSecond: 200, fullSeconds10k: 600, incrementalShare: 0.2, searchP95Ms: 300, searchBytes: 500 * 1000 };

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const x = (multiple?: number) => (multiple === undefined ? '' : `${multiple.toFixed(1)}×`);

function rows(header: string[], body: string[][]): string {
  const table = [header, header.map(() => '---'), ...body];
  return table.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export function formatTable(r: BenchResult): string {
  const stage = (st: StageResult) => [st.name, s(st.seconds), s(st.cpuSeconds), st.docsPerSecond.toFixed(0), mb(st.peakRss), x(st.floorMultiple), x(st.hugoMultiple)];
  const stages = [r.floor, r.ingest, r.build, ...(r.hugo ? [r.hugo] : []), r.incremental.ingest, r.incremental.build, ...(r.shared ? [r.shared.cold, r.shared.incremental] : [])];
  const out = [
    `${r.corpus.documents} raw documents (${mb(r.corpus.bytes)}: ${r.corpus.html} HTML, ${r.corpus.traditional} traditional of which ${r.corpus.pinyin} with pinyin, ${r.corpus.gb18030} GB18030, ${r.corpus.big5} Big5, ${r.corpus.reposts} reposts) → ` +
      `${r.outcome.documents} documents, ${r.outcome.merged} merged, ${r.outcome.quarantined} quarantined. ${r.machine.cpus} CPUs, load ${r.machine.load.toFixed(1)} at the end, Node ${r.machine.node}.`,
    '',
    rows(['stage', 'wall', 'CPU', 'docs/s', 'peak RSS', '× floor', '× Hugo'], stages.map(stage)),
    '',
  ];
  if (r.phases) {
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
  const idx = r.indexes;
  const checks = [
    ['output', `${mb(r.output.bytes)}, ${r.output.files} files`],
    ['Pagefind index', `${mb(idx.pagefind.bytes)}, ${idx.pagefind.files} files`],
    ['phrase index', `${mb(idx.phrase.bytes)}, ${idx.phrase.files} files`],
    ['ingest rate', `${r.ingest.docsPerSecond.toFixed(0)} docs/s (target ≥ ${TARGETS.ingestDocsPerSecond})`],
    ['ingest + build + index', `${s(r.full.seconds)} (target for 10,000: ≤ ${TARGETS.fullSeconds10k} s)`],
    ['incremental (1 file)', `${s(r.incremental.seconds)}, ${(r.incremental.shareOfFull * 100).toFixed(0)}% of full (target ≤ ${TARGETS.incrementalShare * 100}%); ${r.incremental.rewritten} document rewritten`],
    ['Hugo baseline', r.hugo ? s(r.hugo.seconds) : `not installed (${r.hugoMissing})`],
  ];
  if (r.shared) {
    const st = r.shared.stats;
    checks.push([
      'shared passages',
      `${st.sharedParagraphs} of ${st.paragraphs} paragraphs (${st.variants} distinct texts) stand in other documents; ${st.candidates} candidate pairs, ${st.compared} compared, ${st.aligned} aligned, ${st.matched} matched`,
    ]);
  }
  if (r.search) checks.push(...searchChecks(r.search));
  out.push(rows(['measure', 'value'], checks));
  if (r.search) out.push('', searchRows(r.search));
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
