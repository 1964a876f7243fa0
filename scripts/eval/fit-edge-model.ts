#!/usr/bin/env node
// npx node scripts/eval/fit-edge-model.ts [--data] [--side tail|head|both] [--l2 X] [--show T] [--write THRESHOLD]
//
// Fits the edge model (stages/edges.ts): a logistic regression over the
// features of chrome/edge-features.ts that says whether a line at the top or
// the bottom of the cleaned text is chrome. Examples from the development
// sets (scripts/eval/sets.ts, the validation set left out): each case's raw
// through the cleaning stages, its lines labelled from the hand-written
// expected body by line-data.ts (body, meta, chrome, or unsure). The stage
// peels an edge line by line and stops at the first line it keeps, so the
// rows are the lines it is asked about: from each edge inward, the chrome
// lines and the first line that is not chrome.
//
// Judged leaving one site out, by simulating the peel on the left-out site's
// cases: chrome lines caught, and body, meta or unsure lines lost, per
// threshold. The threshold written is the lowest at which no case loses a
// line; --write fits on every site and writes edge-model.json.
//
// --data rebuilds the cleaned lines (minutes; kept in the system's temporary
// folder); without it the last --data run is read.
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleaningStages, createFile } from '../ingest/pipeline.ts';
import { isBlank, sentenceEnds } from '../ingest/stages/chrome/features.ts';
import { EDGE_FEATURES, edgeRow } from '../ingest/stages/chrome/edge-features.ts';
import { score, type SparseRow } from '../ingest/stages/chrome/line-model.ts';
import { EDGE_DEPTH, peelable, peelEdges } from '../ingest/stages/edges.ts';
import { labelLines, writtenCases, type LineLabel } from './line-data.ts';
import { fitLogistic, type Fit } from './logistic.ts';
import { DEVELOPMENT_SETS } from './sets.ts';
import { NOT_FITTED } from './fit-type-model.ts';
import { chooseTitle } from '../ingest/structure/title.ts';

// EDGE_LINES names another file, so that two worktrees' runs do not read each other's lines.
const DATA_FILE = process.env.EDGE_LINES ?? path.join(tmpdir(), 'speech-archive-edge-lines.json');
const MODEL_FILE = 'scripts/ingest/stages/chrome/edge-model.json';
const ROWS_FILE = 'scripts/eval/edge-rows-SIDE.json';

interface CaseRows {
  set: string;
  slug: string;
  site: string;
  /** Non-blank cleaned lines, trimmed. */
  lines: string[];
  labels: (LineLabel | 'unsure')[];
}

/**
 * Hand-labelled pages of new sites outside the evaluation sets, shaped like
 * eval cases (raw, meta.json with the chrome strings, expected body): fitted
 * on as a set of their own, `fixtures` (docs/eval.md, refit).
 */
export const EDGE_FIXTURES = 'tests/fixtures/edges';
/** The folders read: the fitted development sets, then the fixtures. */
const ROOTS = [...DEVELOPMENT_SETS.filter((s) => !NOT_FITTED.includes(s)).map((set) => ({ set, root: path.join('tests/eval', set) })), { set: 'fixtures', root: EDGE_FIXTURES }];

async function build(): Promise<CaseRows[]> {
  const out: CaseRows[] = [];
  for (const { set, root } of ROOTS) {
    for (const c of await writtenCases(root)) {
      const file = createFile({ path: c.raw, bytes: await readFile(path.join(root, c.raw)) });
      try {
        // The lines as the rules leave them: the peel itself is what is fitted.
        for (const stage of cleaningStages.filter((s) => s !== peelEdges)) stage(file);
      } catch {
        continue;
      }
      const lines = String(file.value).split('\n').filter((line) => !isBlank(line)).map((line) => line.trim());
      out.push({ set, slug: c.slug, site: c.site || c.slug, lines, labels: labelLines(lines, c).map((l) => l ?? 'unsure') });
    }
  }
  return out;
}

let sides: ('head' | 'tail')[] = ['head', 'tail'];
/** Index of the line `depth` from the side's edge. */
const at = (n: number, side: 'head' | 'tail', depth: number) => (side === 'head' ? depth : n - 1 - depth);

/** Features left out of a fit (--drop): to measure what a group of features adds. */
let dropped = new Set<number>();
function rowOf(c: CaseRows, side: 'head' | 'tail', depth: number): SparseRow {
  const i = at(c.lines.length, side, depth);
  const row = edgeRow(c.lines[i]!, side, depth, c.lines[side === 'head' ? i + 1 : i - 1], { lines: c.lines, index: i });
  if (dropped.size === 0) return row;
  const keep = row.index.flatMap((k, j) => (dropped.has(k) ? [] : [j]));
  return { index: keep.map((j) => row.index[j]!), value: keep.map((j) => row.value[j]!) };
}

/** The lines the peel is asked about if it is right: the edge's chrome run and the line that ends it. */
function askedRows(c: CaseRows): { row: SparseRow; chrome: number }[] {
  const rows: { row: SparseRow; chrome: number }[] = [];
  for (const side of sides) {
    for (let depth = 0; depth < Math.min(EDGE_DEPTH, c.lines.length - 1); depth++) {
      const i = at(c.lines.length, side, depth);
      if (!peelable(c.lines[i]!, side)) break;
      const chrome = c.labels[i] === 'chrome' ? 1 : 0;
      rows.push({ row: rowOf(c, side, depth), chrome });
      if (!chrome) break;
    }
  }
  return rows;
}

interface PeelCount {
  caught: number;
  taken: string[];
  lost: { set: string; slug: string; label: string; text: string; sentences: number }[];
}

/**
 * --title-guard: the peel simulated as if the head peel stopped at the title the structure stage would choose
 * (read here without the page's head: its <title>, site names). The stage does not stop there (docs/eval.md,
 * thirty-third session: measured, not wired).
 */
let titleGuard = false;
const titles = new WeakMap<CaseRows, number | undefined>();
function titleAt(c: CaseRows): number | undefined {
  if (!titles.has(c)) titles.set(c, chooseTitle(c.lines, 0)?.block.at);
  return titles.get(c);
}

/** The peel at a threshold on one case, both edges, never the last line left. */
function peel(c: CaseRows, fit: Fit, threshold: number, count: PeelCount, probabilities?: number[]): void {
  let left = c.lines.length;
  for (const side of sides) {
    for (let depth = 0; depth < EDGE_DEPTH && left > 1; depth++) {
      const i = at(c.lines.length, side, depth);
      if ((titleGuard && side === 'head' && i === titleAt(c)) || !peelable(c.lines[i]!, side)) break;
      const p = score(fit.weights, fit.bias, rowOf(c, side, depth));
      probabilities?.push(p);
      if (p < threshold) break;
      left--;
      if (c.labels[i] === 'chrome') {
        count.caught++;
        count.taken.push(`${c.set}/${c.slug}: ${c.lines[i]!.slice(0, 40)}`);
      }
      else count.lost.push({ set: c.set, slug: c.slug, label: c.labels[i]!, text: c.lines[i]!.slice(0, 40), sentences: sentenceEnds(c.lines[i]!) });
    }
  }
}

function fitOn(cases: CaseRows[], l2: number): Fit {
  const rows = cases.flatMap(askedRows);
  return fitLogistic(rows.map((r) => r.row), rows.map((r) => r.chrome), EDGE_FEATURES.length, { l2, steps: 400 });
}

const THRESHOLDS = Array.from({ length: 30 }, (_, k) => Math.round((0.3 + k * 0.025) * 1000) / 1000);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'boolean', default: false }, write: { type: 'string' }, l2: { type: 'string', default: '0.01' }, show: { type: 'string' }, top: { type: 'string' }, side: { type: 'string', default: 'tail' }, folds: { type: 'string' }, drop: { type: 'string' }, 'title-guard': { type: 'boolean', default: false } } });
  titleGuard = values['title-guard'];
  const l2 = Number(values.l2);
  dropped = new Set((values.drop ?? '').split(',').filter(Boolean).map((name) => EDGE_FEATURES.indexOf(name as (typeof EDGE_FEATURES)[number])));
  if (dropped.has(-1)) throw new Error(`--drop names a feature that is not one: ${values.drop}`);
  sides = values.side === 'both' ? ['head', 'tail'] : [values.side as 'head' | 'tail'];
  const cases: CaseRows[] = values.data ? await build() : (JSON.parse(readFileSync(DATA_FILE, 'utf8')) as CaseRows[]);
  if (values.data) await writeFile(DATA_FILE, JSON.stringify(cases));
  const sites = [...new Set(cases.map((c) => c.site))];
  const asked = cases.flatMap(askedRows);
  console.log(`${cases.length} cases, ${sites.length} sites; asked edge lines ${asked.length}: chrome ${asked.filter((r) => r.chrome).length}, kept ${asked.filter((r) => !r.chrome).length}`);
  if (values.write) {
    // Writes the model of the side fitted here (--side head or tail), keeping the other side's as committed;
    // a side never written is null (never peeled).
    if (sides.length !== 1) throw new Error('--write fits one side: --side head or --side tail');
    const fit = fitOn(cases, l2);
    const weights = Object.fromEntries(EDGE_FEATURES.map((name, k) => [name, Math.round(fit.weights[k]! * 1e4) / 1e4]));
    const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as Record<string, unknown>;
    model[sides[0]!] = { weights, bias: Math.round(fit.bias * 1e4) / 1e4, threshold: Number(values.write), trained: { by: 'scripts/eval/fit-edge-model.ts', sets: ROOTS.map((r) => r.set), cases: cases.length, sites: sites.length, asked: asked.length, chrome: asked.filter((r) => r.chrome).length, l2, steps: 400 } };
    delete model.trained;
    await writeFile(MODEL_FILE, JSON.stringify(model, null, 2) + '\n');
    // The rows fitted, so that a unit test can refit them and find the committed weights.
    const rowsFile = ROWS_FILE.replace('SIDE', sides[0]!);
    await writeFile(rowsFile, JSON.stringify({ l2, steps: 400, rows: asked.map((r) => [r.row.index, r.row.value, r.chrome]) }) + '\n');
    console.log(`wrote ${MODEL_FILE} (${sides[0]}) and ${rowsFile}`);
    return;
  }
  // Leave one site out: fit on the others, peel the site's cases at every threshold. With --folds N the
  // sites are dealt into N groups (sorted, in turn) and each group is left out at once: every site is
  // still judged by a model that never saw it, on a tenth less data, at 1/97 of the fits (970 sites).
  const counts = new Map(THRESHOLDS.map((t) => [t, { caught: 0, taken: [], lost: [] } as PeelCount]));
  const chromeAtEdges = { total: 0 };
  const scored: { p: number; chrome: number; side: string; text: string; slug: string }[] = [];
  const folds = values.folds ? Number(values.folds) : sites.length;
  const sorted = [...sites].sort();
  const foldOf = new Map(sorted.map((site, k) => [site, k % folds]));
  for (let fold = 0; fold < folds; fold++) {
    const fit = fitOn(cases.filter((c) => foldOf.get(c.site) !== fold), l2);
    for (const c of cases.filter((c) => foldOf.get(c.site) === fold)) {
      for (const t of THRESHOLDS) peel(c, fit, t, counts.get(t)!);
      for (const side of sides) {
        for (let depth = 0; depth < Math.min(EDGE_DEPTH, c.lines.length - 1); depth++) {
          const i = at(c.lines.length, side, depth);
          if (!peelable(c.lines[i]!, side)) break;
          const chrome = c.labels[i] === 'chrome' ? 1 : 0;
          scored.push({ p: score(fit.weights, fit.bias, rowOf(c, side, depth)), chrome, side, text: c.lines[i]!.slice(0, 30), slug: c.slug });
          if (!chrome) break;
        }
      }
    }
  }
  for (const side of sides) {
    const rows = scored.filter((r) => r.side === side);
    const pos = rows.filter((r) => r.chrome).map((r) => r.p);
    const neg = rows.filter((r) => !r.chrome).map((r) => r.p);
    let wins = 0;
    for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
    console.log(`${side}: asked ${rows.length} (chrome ${pos.length}); LOSO AUC ${(wins / (pos.length * neg.length)).toFixed(3)}`);
    for (const r of rows.sort((a, b) => b.p - a.p).slice(0, Number(values.top ?? 15))) console.log(`   ${r.p.toFixed(3)} ${r.chrome ? 'chrome' : 'keep  '} ${r.slug.slice(0, 40)}: ${r.text}`);
  }
  for (const c of cases) for (const r of askedRows(c)) chromeAtEdges.total += r.chrome;
  console.log(`${folds === sites.length ? 'LOSO' : `sites left out in ${folds} folds`} (l2 ${l2}${dropped.size ? `, without ${values.drop}` : ''}); chrome lines in the edges' chrome runs: ${chromeAtEdges.total}`);
  for (const t of THRESHOLDS) {
    const c = counts.get(t)!;
    const by = (label: string) => c.lost.filter((x) => x.label === label).length;
    // A body line of two sentences or more is a whole paragraph lost, not a stray line.
    const paragraphs = c.lost.filter((x) => x.label === 'body' && x.sentences >= 2).length;
    console.log(`  threshold ${t}: chrome caught ${c.caught}, lost ${c.lost.length} (body ${by('body')}, meta ${by('meta')}, unsure ${by('unsure')}; paragraphs ${paragraphs}) in ${new Set(c.lost.map((x) => x.slug)).size} cases`);
    if (values.show && Number(values.show) === t) for (const x of c.taken) console.log(`      caught: ${x}`);
    if (values.show && Number(values.show) === t) for (const x of c.lost) console.log(`      lost ${x.label}: ${x.set}/${x.slug}: ${x.text}`);
  }
}

main().catch((error: unknown) => {
  console.error(`fit-edge-model failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
