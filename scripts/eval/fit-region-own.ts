#!/usr/bin/env node
// npx node scripts/eval/fit-region-own.ts [--collect] [--write]
//
// Fits the model of the text's own place (scripts/ingest/extract/region-own.ts):
//   1. --collect runs every case of the development sets but NOT_FITTED (the
//      validation set) through the pipeline and records, through the region
//      stage's regionTrace hook, each candidate place with its features, the
//      rules' places (before any fill) and the expected region, in
//      scripts/eval/region-own-features.json (committed: the unit test refits from it);
//   2. leaving one site out, fits a logistic model (logistic.ts) on the other
//      sites' candidates (is this place on the expected region's line?) and fills
//      the levels the rules leave empty on the site's pages, at each margin; counts
//      per field the fills that turn a field right and those that turn one wrong;
//   3. --write fits on every site and writes region-own-model.json with the
//      lowest margin at which, leaving sites out, no fill turns a right field wrong.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SparseRow } from '../ingest/stages/chrome/line-model.ts';
import { fitLogistic } from './logistic.ts';

export interface Candidate {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parent: string | null;
  features: Record<string, number>;
}
export interface Row {
  set: string;
  slug: string;
  site: string;
  expected: { province: string | null; city: string | null; county: string | null };
  /** The rules' places, province first. */
  rules: { code: string; name: string; level: 'province' | 'city' | 'county' }[];
  candidates: Candidate[];
}
export interface Model {
  features: string[];
  weights: number[];
  bias: number;
  margin: number;
}

const LEVELS = ['province', 'city', 'county'] as const;
export const L2 = 0.01;
export const STEPS = 400;
export const MARGINS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const DATA = new URL('./region-own-features.json', import.meta.url);
const MODEL = new URL('../ingest/extract/region-own-model.json', import.meta.url);

/** The candidate lies on the expected region's line: every level of it and above matches. */
export function isOwn(row: Row, c: Candidate): boolean {
  const byCode = new Map(row.candidates.map((x) => [x.code, x]));
  for (let d: Candidate | undefined = c; d; d = d.parent ? byCode.get(d.parent) : undefined) if (row.expected[d.level] !== d.name) return false;
  return true;
}

/**
 * The features only the fill at the top reads: below a place the rules took they
 * turn fewer fields right leaving sites out (thirty-third session: 6 against 7 at 0.8).
 */
export const TOP_FEATURES = ['tiers', 'ownProvince', 'capital', 'national', 'role:guest', 'role:listed', 'norules'];

export function featureNames(rows: Row[]): string[] {
  return [...new Set(rows.flatMap((r) => trainingCandidates(r).flatMap((c) => Object.keys(c.features))))].filter((n) => !TOP_FEATURES.includes(n)).sort();
}

function sparse(f: Record<string, number>, index: Map<string, number>): SparseRow {
  const idx: number[] = [];
  const val: number[] = [];
  for (const [k, v] of Object.entries(f)) {
    const j = index.get(k);
    if (j !== undefined && v !== 0) (idx.push(j), val.push(v));
  }
  return { index: idx, value: val } as SparseRow;
}

/**
 * The candidates a fill decides on: the places below the rules' most specific
 * place (every place when the rules give none). The places the rules already
 * took are not asked about: the model learns the decision it is used for.
 */
export function fillCandidates(row: Row): Candidate[] {
  const last = row.rules.at(-1);
  // At the top, with no place established, body mentions are a national text's examples as often as its
  // own place (the twenty-third session's regionchoose): the model fills only below a place the rules took.
  if (!last || last.level === 'county') return [];
  const byCode = new Map(row.candidates.map((c) => [c.code, c]));
  const below = (c: Candidate) => { for (let p = c.parent; p; p = byCode.get(p)?.parent ?? null) if (p === last.code) return true; return false; };
  return row.candidates.filter(below);
}

/**
 * The rows the model learns from: every place below the province level in a text
 * the rules place at least at its province, whether the rules took it or not — the
 * places the fill decides on alone are too few (eight on the line in 747 cases).
 */
export function trainingCandidates(row: Row): Candidate[] {
  return row.rules.length === 0 ? [] : row.candidates.filter((c) => c.level !== 'province');
}

export function fit(rows: Row[], names = featureNames(rows)): Model {
  const index = new Map(names.map((n, i) => [n, i]));
  const xs: SparseRow[] = [];
  const ys: number[] = [];
  for (const r of rows) for (const c of trainingCandidates(r)) (xs.push(sparse(c.features, index)), ys.push(isOwn(r, c) ? 1 : 0));
  const { weights, bias } = fitLogistic(xs, ys, names.length, { l2: L2, steps: STEPS });
  return { features: names, weights, bias, margin: 1 };
}

export function probability(model: Model, f: Record<string, number>): number {
  let z = model.bias;
  model.features.forEach((n, i) => (z += (f[n] ?? 0) * model.weights[i]!));
  return 1 / (1 + Math.exp(-z));
}

/** The region after the model fills the levels below the rules' place (as region-own.ts's ownFill). */
export function filled(row: Row, model: Model, margin: number): Record<(typeof LEVELS)[number], string | null> {
  const out = regionOf(row.rules);
  if (row.rules.length === 0) return out;
  for (let at: string | undefined = row.rules.at(-1)?.code; ; ) {
    if (row.rules.at(-1)?.level === 'county') break;
    const next = row.candidates.filter((c) => (at ? c.parent === at : c.level === 'province'));
    if (next.length === 0) break;
    const best = next.map((c) => ({ c, p: probability(model, c.features) })).sort((a, b) => b.p - a.p)[0]!;
    if (best.p < margin) break;
    out[best.c.level] = best.c.name;
    if (best.c.level === 'county') break;
    at = best.c.code;
  }
  return out;
}

function regionOf(path: Row['rules']): Record<(typeof LEVELS)[number], string | null> {
  const out = { province: null, city: null, county: null } as Record<(typeof LEVELS)[number], string | null>;
  for (const c of path) out[c.level] = c.name;
  return out;
}

export interface Judged {
  margin: number;
  right: Record<string, string[]>;
  wrong: Record<string, string[]>;
  moved: Record<string, string[]>;
}

const judged = (margin: number): Judged => ({ margin, right: { province: [], city: [], county: [] }, wrong: { province: [], city: [], county: [] }, moved: { province: [], city: [], county: [] } });

/** Counts one page's moved fields: turned right, turned wrong, or moved between two wrong values. */
function tally(j: Judged, r: Row, before: ReturnType<typeof regionOf>, after: ReturnType<typeof regionOf>): void {
  for (const l of LEVELS) {
    if (after[l] === before[l]) continue;
    const tag = `${r.set}/${r.slug} ${l} ${before[l]} → ${after[l]}`;
    if (after[l] === r.expected[l]) j.right[l]!.push(tag);
    else if (before[l] === r.expected[l]) j.wrong[l]!.push(tag);
    else j.moved[l]!.push(tag);
  }
}

/** Leaving each site out: the fills' moves per field at each margin. */
export function leaveSitesOut(rows: Row[], margins = MARGINS): Judged[] {
  const out = margins.map(judged);
  const names = featureNames(rows);
  // Only the sites with a level to fill: a page without one moves under no model.
  for (const site of [...new Set(rows.filter((r) => fillCandidates(r).length > 0).map((r) => r.site))].sort()) {
    const test = rows.filter((r) => r.site === site);
    const model = fit(rows.filter((r) => r.site !== site), names);
    for (const r of test) {
      const before = regionOf(r.rules);
      for (const j of out) {
        const after = filled(r, model, j.margin);
        tally(j, r, before, after);
      }
    }
  }
  return out;
}

/**
 * Leaving each site out: the rules' most specific place below the province dropped
 * (with the levels under it) where the model scores it under the margin; per field,
 * the drops that turn a field right and those that turn one wrong (measured, not wired in).
 */
export function vetoLeavingSitesOut(rows: Row[], margins = [0.05, 0.1, 0.2, 0.3]): Judged[] {
  const out = margins.map(judged);
  const names = featureNames(rows);
  for (const site of [...new Set(rows.map((r) => r.site))].sort()) {
    const test = rows.filter((r) => r.site === site && r.rules.length > 1);
    if (test.length === 0) continue;
    const model = fit(rows.filter((r) => r.site !== site), names);
    for (const r of test) {
      const before = regionOf(r.rules);
      for (const j of out) {
        const kept = [...r.rules];
        while (kept.length > 1) {
          const c = r.candidates.find((x) => x.code === kept.at(-1)!.code);
          if (!c || probability(model, c.features) >= j.margin) break;
          kept.pop();
        }
        const after = regionOf(kept);
        tally(j, r, before, after);
      }
    }
  }
  return out;
}

/**
 * The fill at the top, where the rules take no place: every candidate of every
 * page (is it on the expected region's line?), with `norules` set on the pages
 * the rules leave empty — those alone are too few to learn from (62 places on
 * the line among 521). The top fill is read only on such pages.
 */
export const topFeaturesOf = (r: Row, c: Candidate): Record<string, number> => (r.rules.length === 0 ? { ...c.features, norules: 1 } : c.features);

export function topFeatureNames(rows: Row[]): string[] {
  return [...new Set(rows.flatMap((r) => r.candidates.flatMap((c) => Object.keys(topFeaturesOf(r, c)))))].sort();
}

export function fitTop(rows: Row[], names = topFeatureNames(rows)): Model {
  const index = new Map(names.map((n, i) => [n, i]));
  const xs: SparseRow[] = [];
  const ys: number[] = [];
  for (const r of rows) for (const c of r.candidates) (xs.push(sparse(topFeaturesOf(r, c), index)), ys.push(isOwn(r, c) ? 1 : 0));
  const { weights, bias } = fitLogistic(xs, ys, names.length, { l2: L2, steps: STEPS });
  return { features: names, weights, bias, margin: 1 };
}

/** The region the top fill gives a page the rules leave empty (as region-own.ts's ownFillTop): a province, then the levels under it, each at least the margin. */
export function filledTop(row: Row, model: Model, margin: number): Record<(typeof LEVELS)[number], string | null> {
  const out = regionOf(row.rules);
  if (row.rules.length > 0) return out;
  for (let at: string | null = null; ; ) {
    const next = row.candidates.filter((c) => (at ? c.parent === at : c.level === 'province'));
    if (next.length === 0) break;
    const best = next.map((c) => ({ c, p: probability(model, topFeaturesOf(row, c)) })).sort((a, b) => b.p - a.p)[0]!;
    if (best.p < margin) break;
    out[best.c.level] = best.c.name;
    if (best.c.level === 'county') break;
    at = best.c.code;
  }
  return out;
}

export const TOP_MARGINS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

/** Leaving each site out: the top fill's moves per field at each margin, on the pages the rules leave empty. */
export function topLeavingSitesOut(rows: Row[], margins = TOP_MARGINS): Judged[] {
  const out = margins.map(judged);
  const names = topFeatureNames(rows);
  for (const site of [...new Set(rows.filter((r) => r.rules.length === 0 && r.candidates.length > 0).map((r) => r.site))].sort()) {
    const model = fitTop(rows.filter((r) => r.site !== site), names);
    for (const r of rows.filter((x) => x.site === site && x.rules.length === 0)) for (const j of out) tally(j, r, regionOf(r.rules), filledTop(r, model, j.margin));
  }
  return out;
}

/** The lowest margin at which, leaving sites out, the fills turn right at least four times as many fields as they turn wrong (a move between two wrong values counts as wrong). */
export function fourToOne(judged: Judged[]): Judged | undefined {
  const count = (j: Judged, k: 'right' | 'wrong' | 'moved') => LEVELS.reduce((s, l) => s + j[k][l]!.length, 0);
  return judged.find((j) => count(j, 'right') > 0 && count(j, 'right') >= 4 * (count(j, 'wrong') + count(j, 'moved')));
}

async function collect(): Promise<Row[]> {
  const { createFile, stages } = await import('../ingest/pipeline.ts');
  const { regionTrace } = await import('../ingest/stages/region.ts');
  const { readCases } = await import('./cases.ts');
  const { DEVELOPMENT_SETS, setDir } = await import('./sets.ts');
  const { NOT_FITTED } = await import('./fit-type-model.ts');
  const { parentOf } = await import('../ingest/extract/divisions.ts');
  const { ancestorsOf } = await import('../ingest/extract/region-evidence.ts');
  const rows: Row[] = [];
  for (const set of DEVELOPMENT_SETS.filter((s) => !NOT_FITTED.includes(s))) {
    const dir = setDir(set);
    for (const c of await readCases(dir)) {
      const file = createFile({ path: path.basename(c.raw), bytes: readFileSync(path.join(dir, c.raw)) });
      let trace: Row['candidates'] = [];
      let rules: Row['rules'] = [];
      regionTrace.sink = (candidates, chain) => {
        trace = candidates.map((x) => ({ code: x.division.code, name: x.division.name, level: x.division.level, parent: parentOf(x.division)?.code ?? null, features: Object.fromEntries(Object.entries(x.features).map(([k, v]) => [k, Math.round(v * 1000) / 1000])) }));
        const last = chain.at(-1);
        rules = last ? [...ancestorsOf(last).reverse(), last].map((d) => ({ code: d.code, name: d.name, level: d.level })) : [];
      };
      try {
        for (const stage of stages) stage(file);
      } catch {
        continue;
      }
      rows.push({ set, slug: c.slug, site: c.site, expected: { province: c.expected.province ?? null, city: c.expected.city ?? null, county: c.expected.county ?? null }, rules, candidates: trace });
    }
  }
  regionTrace.sink = undefined;
  return rows;
}

export function loadRows(): Row[] {
  return JSON.parse(readFileSync(DATA, 'utf8')) as Row[];
}

const show = (label: string, j: Judged, list?: boolean) => {
  console.log(`${label} ${j.margin}: ` + LEVELS.map((l) => `${l} +${j.right[l]!.length} −${j.wrong[l]!.length} ~${j.moved[l]!.length}`).join(', '));
  if (list) for (const k of ['right', 'wrong', 'moved'] as const) for (const l of LEVELS) for (const t of j[k][l]!) console.log(`   ${k} ${t}`);
};
const rounded = (m: Model): Model => ({ ...m, weights: m.weights.map((w) => Math.round(w * 10000) / 10000), bias: Math.round(m.bias * 10000) / 10000 });

async function main() {
  const { values } = parseArgs({ options: { collect: { type: 'boolean' }, 'collect-only': { type: 'boolean' }, write: { type: 'boolean' }, list: { type: 'boolean' }, veto: { type: 'boolean' } } });
  if (values.collect || values['collect-only']) writeFileSync(DATA, JSON.stringify(await collect()) + '\n');
  if (values['collect-only']) return;
  const rows = loadRows();
  console.log(`cases ${rows.length}, sites ${new Set(rows.map((r) => r.site)).size}, candidates ${rows.reduce((s, r) => s + r.candidates.length, 0)}`);
  const judged = leaveSitesOut(rows);
  for (const j of judged) show('margin', j, values.list);
  if (values.veto) for (const j of vetoLeavingSitesOut(rows)) show('veto under', j, values.list);
  const below = fourToOne(judged);
  console.log(`below the rules' place, the lowest margin at 4:1 leaving sites out: ${below?.margin ?? 'none'}`);
  const top = topLeavingSitesOut(rows);
  for (const j of top) show('top margin', j, values.list);
  const atTop = fourToOne(top);
  console.log(`at the top, the lowest margin at 4:1 leaving sites out: ${atTop?.margin ?? 'none'}`);
  if (values.write) {
    const model = { ...rounded(fit(rows)), margin: below?.margin ?? 1, top: { ...rounded(fitTop(rows)), margin: atTop?.margin ?? 1 } };
    writeFileSync(MODEL, JSON.stringify(model, null, 1) + '\n');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
