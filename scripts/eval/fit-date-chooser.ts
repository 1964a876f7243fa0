#!/usr/bin/env node
// npx node scripts/eval/fit-date-chooser.ts [--data FILE] [--from-data] [--by site|set] [--exclude SET…]
//
// Tries a learned chooser among the date candidates the dates stage already
// forms (scripts/ingest/stages/dates.ts, through its dateTrace hook) against
// the stage's own rules, on the development sets, leaving one site out:
//   1. runs every case through the pipeline and records each candidate (its
//      date, origin, where it stands on the page, its order) with the genre,
//      the type decided, the rules' choice and the expected date;
//   2. for each site (or, with --by set, each evaluation set), fits a logistic
//      model on the other sites' (sets') candidates (is this candidate the
//      expected date?) and picks, per page, the candidate it scores highest,
//      or none when no score passes 0.5;
//   3. prints, on the same pages, how many the rules and the chooser date right.
// Not wired into the stage: it reports, and the stage keeps its rules unless
// the chooser beats them here.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createFile, stages } from '../ingest/pipeline.ts';
import { dateTrace } from '../ingest/stages/dates.ts';
import { fitLogistic } from './logistic.ts';
import { score, type SparseRow } from '../ingest/stages/chrome/line-model.ts';
import { readCases } from './cases.ts';
import { DEVELOPMENT_SETS, setDir } from './sets.ts';

interface Candidate {
  iso: string;
  origin: string;
  where: string;
}
interface Row {
  set: string;
  slug: string;
  site: string;
  expected: string | null;
  rules: string | null;
  genre: string;
  type: string;
  shared: boolean;
  candidates: Candidate[];
}

/** The features of candidate i of a page: where × type, origin × type, precision, order, agreement. */
function features(row: Row, i: number): Map<string, number> {
  const c = row.candidates[i]!;
  const f = new Map<string, number>();
  const set = (k: string, v = 1) => f.set(k, (f.get(k) ?? 0) + v);
  set(`where:${c.where}`);
  set(`where:${c.where}|${row.type}`);
  set(`origin:${c.origin}`);
  set(`origin:${c.origin}|${row.type}`);
  set(`prec:${c.iso.length}`);
  set(`prec:${c.iso.length}|${row.type}`);
  set('first', i === 0 ? 1 : 0);
  set('last', i === row.candidates.length - 1 ? 1 : 0);
  set('order', i / Math.max(1, row.candidates.length - 1));
  const same = row.candidates.filter((d, j) => j !== i && d.iso === c.iso).length;
  set('agree', Math.min(same, 3) / 3);
  set('contained', row.candidates.some((d) => d.iso.length > c.iso.length && d.iso.startsWith(c.iso)) ? 1 : 0);
  set('earliest', row.candidates.every((d) => d.iso.slice(0, c.iso.length) >= c.iso) ? 1 : 0);
  set('shared', row.shared ? 1 : 0);
  return f;
}

function sparse(f: Map<string, number>, index: Map<string, number>, grow: boolean): SparseRow {
  const idx: number[] = [];
  const val: number[] = [];
  for (const [k, v] of f) {
    if (!index.has(k) && grow) index.set(k, index.size);
    const j = index.get(k);
    if (j !== undefined && v !== 0) (idx.push(j), val.push(v));
  }
  return { index: idx, value: val } as SparseRow;
}

/** Which group a page is left out with: its site, or its evaluation set (leave-one-set-out). */
let groupOf = (row: Row) => row.site;

/** Fits the chooser on every group but `group`; returns how it scores a page's candidates. */
function fitLeavingOut(rows: Row[], group: string): (row: Row) => number[] {
  const index = new Map<string, number>();
  const xs: SparseRow[] = [];
  const ys: number[] = [];
  for (const r of rows) if (groupOf(r) !== group) r.candidates.forEach((c, i) => (xs.push(sparse(features(r, i), index, true)), ys.push(c.iso === r.expected ? 1 : 0)));
  const model = fitLogistic(xs, ys, index.size, { l2: 0.01, steps: 400 });
  return (row) => row.candidates.map((_, i) => score(model.weights, model.bias, sparse(features(row, i), index, false)));
}

async function collect(exclude: Set<string>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const set of DEVELOPMENT_SETS.filter((s) => !exclude.has(s))) {
    const dir = setDir(set);
    for (const c of await readCases(dir)) {
      const file = createFile({ path: path.basename(c.raw), bytes: await readFile(path.join(dir, c.raw)) });
      let trace: { found: readonly { iso: string; origin: string; where?: string }[]; genre: string; shared: boolean } | undefined;
      dateTrace.sink = (found, genre, shared) => (trace = { found: [...found], genre, shared });
      for (const stage of stages) stage(file);
      const meta = file.data.meta;
      rows.push({
        set,
        slug: c.slug,
        site: c.site,
        expected: c.expected.date,
        rules: meta.date ?? null,
        genre: trace?.genre ?? 'other',
        type: meta.type ?? 'article',
        shared: trace?.shared ?? false,
        candidates: (trace?.found ?? []).map((d) => ({ iso: d.iso, origin: d.origin, where: d.where ?? 'other' })),
      });
    }
  }
  dateTrace.sink = undefined;
  return rows;
}

async function main() {
  const { values } = parseArgs({ options: { data: { type: 'string', default: '/tmp/date-candidates.json' }, 'from-data': { type: 'boolean' }, by: { type: 'string', default: 'site' }, exclude: { type: 'string', multiple: true, default: [] } } });
  // A set named with --exclude (the validation set) is neither fitted on nor scored.
  const exclude = new Set(values.exclude);
  const rows: Row[] = (values['from-data'] ? (JSON.parse(await readFile(values.data!, 'utf8')) as Row[]) : await collect(exclude)).filter((r) => !exclude.has(r.set));
  if (!values['from-data']) await writeFile(values.data!, JSON.stringify(rows, null, 1));
  if (values.by === 'set') groupOf = (row) => row.set;
  const sites = [...new Set(rows.map(groupOf))].sort();
  // The chooser alone (threshold 0.5), and as a verifier over the rules: the rules' date kept unless the chooser
  // scores another candidate above the margin and the rules' own below 0.5.
  for (const margin of [0.6, 0.7, 0.8, 0.9]) {
    let right = 0;
    let changed = 0;
    const gained: string[] = [];
    const lost: string[] = [];
    for (const site of sites) {
      const scoresOf = fitLeavingOut(rows, site);
      for (const r of rows.filter((r) => groupOf(r) === site)) {
        const scores = scoresOf(r);
        const top = scores.reduce((b, s, i) => (b < 0 || s > scores[b]! ? i : b), -1);
        const own = Math.max(-1, ...r.candidates.map((c, i) => (c.iso === r.rules ? scores[i]! : -1)));
        const pick = top >= 0 && scores[top]! > margin && own < 0.5 ? r.candidates[top]!.iso : r.rules;
        if (pick !== r.rules) changed++;
        if (pick === r.expected) right++;
        if (pick !== r.rules && pick === r.expected) gained.push(`${r.set}/${r.slug}`);
        if (pick !== r.rules && r.rules === r.expected) lost.push(`${r.set}/${r.slug}`);
      }
    }
    console.log(`verifier margin ${margin}: right ${right}, changed ${changed}, turned right ${gained.length} [${gained.join(' ')}], turned wrong ${lost.length} [${lost.join(' ')}]`);
  }
  let rulesRight = 0;
  let modelRight = 0;
  let reachable = 0;
  const diffs: string[] = [];
  for (const site of sites) {
    const scoresOf = fitLeavingOut(rows, site);
    for (const r of rows.filter((r) => groupOf(r) === site)) {
      const scores = scoresOf(r);
      let best = -1;
      scores.forEach((s, i) => (s > 0.5 && (best < 0 || s > scores[best]!) ? (best = i) : 0));
      const pick = best >= 0 ? r.candidates[best]!.iso : null;
      if (r.candidates.some((c) => c.iso === r.expected) || r.expected === null) reachable++;
      if (pick === r.expected) modelRight++;
      if (r.rules === r.expected) rulesRight++;
      if (pick !== r.rules) diffs.push(`${r.set}/${r.slug}: expected ${r.expected}, rules ${r.rules}, chooser ${pick}${pick === r.expected ? ' (chooser right)' : r.rules === r.expected ? ' (rules right)' : ''}`);
    }
  }
  console.log(diffs.join('\n'));
  console.log(`pages ${rows.length} (expected date among candidates or null: ${reachable}); rules right ${rulesRight}; chooser right (LOSO) ${modelRight}`);
}

await main();
