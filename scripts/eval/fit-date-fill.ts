#!/usr/bin/env node
// npx node scripts/eval/fit-date-fill.ts [--data FILE] [--from-data] [--ratio 4]   (FILL_DUMP=p lists the fills scored above p)
//
// Fits the date-fill model (scripts/ingest/extract/date-fill.ts) and chooses its margin leaving one site out:
//   1. runs every case of the fitted development sets (DEVELOPMENT_SETS but NOT_FITTED) through the pipeline
//      with the model kept out, and records for every page the fill candidates (the years it names and how)
//      and whether the rules left it undated; dated pages teach the model too (is this year the page's?),
//      since how a cohort's or a plan's year relates to the page's is the same whether the rules date it or not;
//   2. for each site, fits a logistic model on the other sites' candidates (is this candidate's year the
//      expected date's?) and takes, for each undated page of the site, the candidate it scores highest;
//   3. for each margin, counts the pages a fill turns right and those it turns wrong (a wrong date, or any
//      date on a page labelled null), and takes the lowest margin where right ≥ ratio × wrong;
// Not wired into the stage: on the development sets no margin reached four to one (docs/eval.md, thirty-third
// session); the stage fills only by the class-year rule (extract/date-fill.ts classYearFill).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createFile, stages } from '../ingest/pipeline.ts';
import { dateFillTrace } from '../ingest/stages/dates.ts';
import type { FillCandidate, FillModel } from '../ingest/extract/date-fill.ts';
import { fitLogistic } from './logistic.ts';
import { score, type SparseRow } from '../ingest/stages/chrome/line-model.ts';
import { readCases } from './cases.ts';
import { DEVELOPMENT_SETS, setDir } from './sets.ts';
import { NOT_FITTED } from './fit-type-model.ts';

interface Row {
  set: string;
  slug: string;
  site: string;
  expected: string | null;
  /** Whether the rules left the page undated: only such pages are filled, and counted. */
  undated: boolean;
  candidates: FillCandidate[];
}

const L2 = 0.02;
const STEPS = 400;
const MARGINS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

async function collect(): Promise<Row[]> {
  const rows: Row[] = [];
  dateFillTrace.off = true;
  for (const set of DEVELOPMENT_SETS.filter((s) => !NOT_FITTED.includes(s))) {
    const dir = setDir(set);
    for (const c of await readCases(dir)) {
      const file = createFile({ path: path.basename(c.raw), bytes: await readFile(path.join(dir, c.raw)) });
      let traced: { candidates: FillCandidate[]; undated: boolean } | undefined;
      dateFillTrace.sink = (candidates, undated) => (traced = { candidates: [...candidates], undated });
      for (const stage of stages) stage(file);
      if (traced) rows.push({ set, slug: c.slug, site: c.site, expected: c.expected.date, ...traced });
    }
  }
  dateFillTrace.sink = undefined;
  dateFillTrace.off = false;
  return rows;
}

function sparse(features: Record<string, number>, index: Map<string, number>, grow: boolean): SparseRow {
  const idx: number[] = [];
  const val: number[] = [];
  for (const [k, v] of Object.entries(features)) {
    if (!index.has(k) && grow) index.set(k, index.size);
    const j = index.get(k);
    if (j !== undefined && v !== 0) (idx.push(j), val.push(v));
  }
  return { index: idx, value: val };
}

function fit(rows: Row[]): FillModel {
  const index = new Map<string, number>();
  const xs: SparseRow[] = [];
  const ys: number[] = [];
  for (const r of rows) for (const c of r.candidates) (xs.push(sparse(c.features, index, true)), ys.push(r.expected !== null && r.expected.slice(0, 4) === String(c.year) ? 1 : 0));
  const { weights, bias } = fitLogistic(xs, ys, index.size, { l2: L2, steps: STEPS });
  return { features: [...index.keys()], weights, bias, margin: 1 };
}

const scoreOf = (m: FillModel, c: FillCandidate) => {
  const index = new Map(m.features.map((f, i) => [f, i]));
  return score(m.weights, m.bias, sparse(c.features, index, false));
};

async function main() {
  const { values } = parseArgs({ options: { data: { type: 'string', default: '/tmp/date-fill-rows.json' }, 'from-data': { type: 'boolean' }, ratio: { type: 'string', default: '4' } } });
  const rows: Row[] = values['from-data'] ? (JSON.parse(await readFile(values.data!, 'utf8')) as Row[]) : await collect();
  if (!values['from-data']) await writeFile(values.data!, JSON.stringify(rows));
  const ratio = Number(values.ratio);
  const sites = [...new Set(rows.map((r) => r.site))].sort();
  const picks: { row: Row; iso: string; p: number; evidence: string[] }[] = [];
  for (const site of sites) {
    const m = fit(rows.filter((r) => r.site !== site));
    for (const row of rows.filter((r) => r.site === site && r.undated)) {
      let best: { iso: string; p: number; evidence: string[] } | undefined;
      for (const c of row.candidates) {
        const p = scoreOf(m, c);
        if (!best || p > best.p) best = { iso: c.iso, p, evidence: c.evidence };
      }
      if (best) picks.push({ row, ...best });
    }
  }
  const undated = rows.filter((r) => r.undated);
  const labelled = undated.filter((r) => r.expected !== null).length;
  const reachable = undated.filter((r) => r.expected !== null && r.candidates.some((c) => c.iso === r.expected)).length;
  console.log(`pages fitted on ${rows.length}; undated pages ${undated.length}: labelled with a date ${labelled}, its date among the candidates ${reachable}; labelled null ${undated.length - labelled}`);
  let chosen: number | undefined;
  for (const margin of MARGINS) {
    const filled = picks.filter((x) => x.p > margin);
    const right = filled.filter((x) => x.iso === x.row.expected).length;
    const wrong = filled.length - right;
    console.log(`margin ${margin}: fills ${filled.length}, right ${right}, wrong ${wrong}${wrong ? `, ratio ${(right / wrong).toFixed(1)}` : ''}`);
    if (chosen === undefined && right > 0 && right >= ratio * wrong) chosen = margin;
  }
  console.log(`margin chosen (lowest with right ≥ ${ratio} × wrong, leaving sites out): ${chosen}`);
  if (process.env.FILL_DUMP) for (const x of [...picks].sort((a, b) => b.p - a.p).filter((x) => x.p > Number(process.env.FILL_DUMP))) console.log(`  ${x.iso === x.row.expected ? 'RIGHT' : 'WRONG'} ${x.row.set}/${x.row.slug.slice(0, 50)} ${x.iso} (expected ${x.row.expected}) p ${x.p.toFixed(2)} ${x.evidence.join(' ')}`);
  if (chosen !== undefined) {
    for (const x of picks.filter((x) => x.p > chosen!)) console.log(`${x.iso === x.row.expected ? 'RIGHT' : 'WRONG'} ${x.row.set}/${x.row.slug.slice(0, 50)} ${x.iso} (expected ${x.row.expected}) p ${x.p.toFixed(2)} ${x.evidence.join(' ')}`);
  }
}

await main();
