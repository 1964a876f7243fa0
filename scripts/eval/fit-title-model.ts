#!/usr/bin/env node
// npx node scripts/eval/fit-title-model.ts [--data] [--ceiling] [--loso] [--verifier] [--alone] [--folds N] [--l2 X] [--show M]
//
// The title chooser's ceiling and fit. Each development case (sets.ts, the
// validation set left out) through the cleaning stages; the title candidates
// the structure stage can see (title-candidates.ts); then the rest of the
// stages for the rules' title.
//   --ceiling   in how many cases the hand-written title (or null) is among the candidates, overall and among the rules' failures;
//   --loso      a logistic chooser over the candidates and a null option (title-features.ts), fitted leaving sites out:
//               the rules alone, the chooser alone (argmax) and the chooser as a verifier that overrides the rules' choice
//               only when its best option beats it by a margin in log-odds; fixes and breaks counted both ways;
//   --alone     the chooser without any feature that reads the rules' choice;
//   --verifier  a model of its own for overriding: each other option against the rules' choice, 1 when it is right
//               and the rules' choice wrong; fixes and breaks per probability threshold;
//   --validate SET  fitted on every development case, applied to SET (the validation set): counts only;
//   --folds N   the sites dealt into N groups, each left out whole (0: every site alone; 20 gives the same figures here).
// Measurement only: no mode beat the rules leaving sites out (docs/eval.md, titlemodel), so nothing is written.
//
// --data rebuilds the rows (minutes; kept in the system's temporary folder).
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleaningStages, createFile, metadataStages, structureStages } from '../ingest/pipeline.ts';
import { sameTitle } from './metrics.ts';
import { fitLogistic, type Fit } from './logistic.ts';
import type { SparseRow } from '../ingest/stages/chrome/line-model.ts';
import { TITLE_FEATURES, candidateRow, nullRow } from './title-features.ts';
import { writtenCases } from './line-data.ts';
import { DEVELOPMENT_SETS } from './sets.ts';
import { NOT_FITTED } from './fit-type-model.ts';
import { titleCandidates } from './title-candidates.ts';
import type { TitlePage } from './title-features.ts';

const DATA_FILE = path.join(tmpdir(), 'speech-archive-title-candidates.json');

export interface CaseTitles extends TitlePage {
  set: string;
  slug: string;
  site: string;
  expected: string | null;
}

async function build(sets: readonly string[]): Promise<CaseTitles[]> {
  const out: CaseTitles[] = [];
  for (const set of sets) {
    const root = path.join('tests/eval', set);
    for (const c of await writtenCases(root)) {
      const file = createFile({ path: c.raw, bytes: await readFile(path.join(root, c.raw)) });
      let page: TitlePage;
      try {
        for (const stage of cleaningStages) stage(file);
        page = titleCandidates(file);
        for (const stage of [...structureStages, ...metadataStages]) stage(file);
      } catch {
        continue;
      }
      const meta = file.data.meta;
      const rules = meta.titleSource === 'derived' ? null : (meta.title ?? null);
      if (rules !== null) {
        const had = page.candidates.find((k) => k.text === rules);
        if (had) had.origins.push('rules');
        else page.candidates.push({ text: rules, at: -1, origins: ['rules'] });
      }
      out.push({ ...page, set, slug: c.slug, site: c.site || c.slug, expected: c.expected.title, rules });
    }
  }
  return out;
}

const right = (c: CaseTitles, title: string | null) => (c.expected === null ? title === null : title !== null && sameTitle(title, c.expected));

function ceiling(cases: CaseTitles[]): void {
  const inCands = (c: CaseTitles) => c.expected === null || c.candidates.some((k) => sameTitle(k.text, c.expected!));
  const only = (c: CaseTitles, keep: (o: string) => boolean) => c.expected === null || c.candidates.some((k) => k.origins.some(keep) && sameTitle(k.text, c.expected!));
  const fails = cases.filter((c) => !right(c, c.rules));
  const count = (xs: CaseTitles[], f: (c: CaseTitles) => boolean) => `${xs.filter(f).length}/${xs.length}`;
  console.log(`cases ${cases.length}; rules right ${cases.length - fails.length}; expected null ${cases.filter((c) => c.expected === null).length}`);
  console.log(`ceiling, every candidate: all ${count(cases, inCands)}, among the rules' failures ${count(fails, inCands)}`);
  const head = (o: string) => ['line', 'clean', 'joined', 'glued', 'part'].includes(o);
  console.log(`  head lines only (printed, cleaned, joined, glued, parts): all ${count(cases, (c) => only(c, head))}, failures ${count(fails, (c) => only(c, head))}`);
  console.log(`  + page before chrome: failures ${count(fails, (c) => only(c, (o) => head(o) || o === 'page'))}`);
  console.log(`  + head headline: failures ${count(fails, (c) => only(c, (o) => head(o) || o === 'page' || o === 'headline'))}`);
  console.log(`  candidates per case: mean ${(cases.reduce((s, c) => s + c.candidates.length, 0) / cases.length).toFixed(1)}`);
  for (const c of fails) {
    const hit = c.expected === null || c.candidates.some((k) => sameTitle(k.text, c.expected!));
    const near = c.expected === null ? undefined : c.candidates.find((k) => sameTitle(k.text, c.expected!));
    console.log(`  ${hit ? 'IN ' : 'OUT'} ${c.set}/${c.slug}: want ${JSON.stringify(c.expected)} got ${JSON.stringify(c.rules)}${near ? ` via ${near.origins.join('+')}` : ''}`);
  }
}

interface Option {
  text: string | null;
  row: SparseRow;
  right: boolean;
  rules: boolean;
}

/** Features left out of the fit (--drop), to weigh the chooser without the rules' choice. */
let dropped = new Set<number>();
const without = (row: SparseRow): SparseRow => {
  const keep = row.index.map((k, j) => [k, row.value[j]!] as const).filter(([k]) => !dropped.has(k));
  return { index: keep.map(([k]) => k), value: keep.map(([, v]) => v) };
};

function optionsOf(c: CaseTitles): Option[] {
  const out: Option[] = c.candidates.map((k) => ({ text: k.text, row: without(candidateRow(c, k)), right: right(c, k.text), rules: k.origins.includes('rules') }));
  out.push({ text: null, row: without(nullRow(c)), right: c.expected === null, rules: c.rules === null });
  return out;
}

function fitOn(cases: { options: Option[] }[], l2: number, steps: number): Fit {
  const rows = cases.flatMap((c) => c.options);
  return fitLogistic(rows.map((o) => o.row), rows.map((o) => (o.right ? 1 : 0)), TITLE_FEATURES.length, { l2, steps });
}

const logit = (fit: Fit, row: SparseRow) => row.index.reduce((s, k, j) => s + fit.weights[k]! * row.value[j]!, fit.bias);

const MARGINS = [0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6];

/** Leave one site out: the rules, the chooser alone and the chooser as a verifier at each margin. */
function loso(all: CaseTitles[], l2: number, steps: number, show: number | undefined, folds: number): void {
  const cases = all.map((c) => ({ c, options: optionsOf(c) }));
  const names = [...new Set(all.map((c) => c.site))].sort();
  // Every site alone, or the sites dealt into `folds` groups (each group's sites left out together: cheaper, and no less strict).
  const sites = folds > 0 ? Array.from({ length: folds }, (_, k) => names.filter((_, j) => j % folds === k)) : names.map((n) => [n]);
  let rulesRight = 0;
  let chooserRight = 0;
  const verifier = new Map(MARGINS.map((m) => [m, { right: 0, fixed: [] as string[], broken: [] as string[] }]));
  const chooserMoves = { fixed: [] as string[], broken: [] as string[] };
  for (const group of sites) {
    const out = new Set(group);
    const fit = fitOn(cases.filter((x) => !out.has(x.c.site)), l2, steps);
    for (const { c, options } of cases.filter((x) => out.has(x.c.site))) {
      const scored = options.map((o) => ({ o, z: logit(fit, o.row) }));
      const best = scored.reduce((a, b) => (b.z > a.z ? b : a));
      const rules = scored.find((s) => s.o.rules) ?? scored[scored.length - 1]!;
      const name = `${c.set}/${c.slug}`;
      if (rules.o.right) rulesRight++;
      if (best.o.right) chooserRight++;
      if (best.o.right && !rules.o.right) chooserMoves.fixed.push(`${name}: ${JSON.stringify(best.o.text)}`);
      if (!best.o.right && rules.o.right) chooserMoves.broken.push(`${name}: ${JSON.stringify(best.o.text)} for ${JSON.stringify(rules.o.text)}`);
      for (const m of MARGINS) {
        const v = verifier.get(m)!;
        const take = best !== rules && best.z - rules.z > m ? best : rules;
        if (take.o.right) v.right++;
        if (take.o.right && !rules.o.right) v.fixed.push(`${name}: ${JSON.stringify(take.o.text)} (+${(best.z - rules.z).toFixed(2)})`);
        if (!take.o.right && rules.o.right) v.broken.push(`${name}: ${JSON.stringify(take.o.text)} for ${JSON.stringify(rules.o.text)} (+${(best.z - rules.z).toFixed(2)})`);
      }
    }
  }
  console.log(`sites left out: ${names.length} sites in ${sites.length} ${folds > 0 ? 'groups' : 'single-site folds'} (l2 ${l2}, steps ${steps}), ${all.length} cases`);
  console.log(`  rules alone: ${rulesRight}`);
  console.log(`  chooser alone: ${chooserRight} (fixes ${chooserMoves.fixed.length}, breaks ${chooserMoves.broken.length})`);
  for (const m of MARGINS) {
    const v = verifier.get(m)!;
    console.log(`  verifier, margin ${m}: ${v.right} (fixes ${v.fixed.length}, breaks ${v.broken.length})`);
    if (show === m) for (const x of [...v.fixed.map((f) => `+ ${f}`), ...v.broken.map((b) => `- ${b}`)]) console.log(`      ${x}`);
  }
  if (show === -1) for (const x of [...chooserMoves.fixed.map((f) => `+ ${f}`), ...chooserMoves.broken.map((b) => `- ${b}`)]) console.log(`      ${x}`);
}

/** A row minus another: what the option has that the rules' choice has not. */
function difference(a: SparseRow, b: SparseRow): SparseRow {
  const m = new Map<number, number>();
  a.index.forEach((k, j) => m.set(k, (m.get(k) ?? 0) + a.value[j]!));
  b.index.forEach((k, j) => m.set(k, (m.get(k) ?? 0) - b.value[j]!));
  const index = [...m.keys()].filter((k) => m.get(k) !== 0).sort((x, y) => x - y);
  return { index, value: index.map((k) => m.get(k)!) };
}

/** Pairs for a dedicated verifier: each other option against the rules' choice, 1 when it is right and the rules' is wrong. */
function pairsOf(options: Option[]): { row: SparseRow; label: number; o: Option }[] {
  const rules = options.find((o) => o.rules) ?? options[options.length - 1]!;
  return options.filter((o) => o !== rules).map((o) => ({ row: difference(o.row, rules.row), label: o.right && !rules.right ? 1 : 0, o }));
}

const THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];

/** The dedicated verifier, sites left out: overrides at each threshold, fixes and breaks. */
function verifierLoso(all: CaseTitles[], l2: number, steps: number, folds: number, show: number | undefined): void {
  const cases = all.map((c) => ({ c, options: optionsOf(c) }));
  const names = [...new Set(all.map((c) => c.site))].sort();
  const groups = folds > 0 ? Array.from({ length: folds }, (_, k) => names.filter((_, j) => j % folds === k)) : names.map((n) => [n]);
  const moves = new Map(THRESHOLDS.map((t) => [t, { fixed: [] as string[], broken: [] as string[], same: 0 }]));
  let rulesRight = 0;
  for (const group of groups) {
    const out = new Set(group);
    const rows = cases.filter((x) => !out.has(x.c.site)).flatMap((x) => pairsOf(x.options));
    const fit = fitLogistic(rows.map((r) => r.row), rows.map((r) => r.label), TITLE_FEATURES.length, { l2, steps });
    for (const { c, options } of cases.filter((x) => out.has(x.c.site))) {
      const rules = options.find((o) => o.rules) ?? options[options.length - 1]!;
      if (rules.right) rulesRight++;
      const pairs = pairsOf(options).map((p) => ({ ...p, z: logit(fit, p.row) }));
      if (pairs.length === 0) continue;
      const best = pairs.reduce((a, b) => (b.z > a.z ? b : a));
      const p = 1 / (1 + Math.exp(-best.z));
      for (const t of THRESHOLDS) {
        if (p < t) continue;
        const m = moves.get(t)!;
        const name = `${c.set}/${c.slug}: ${JSON.stringify(best.o.text)} for ${JSON.stringify(rules.text)} (p ${p.toFixed(2)})`;
        if (best.o.right && !rules.right) m.fixed.push(name);
        else if (!best.o.right && rules.right) m.broken.push(name);
        else m.same++;
      }
    }
  }
  console.log(`dedicated verifier, sites left out in ${groups.length} groups (l2 ${l2}); rules alone ${rulesRight}`);
  for (const t of THRESHOLDS) {
    const m = moves.get(t)!;
    console.log(`  threshold ${t}: ${rulesRight + m.fixed.length - m.broken.length} (fixes ${m.fixed.length}, breaks ${m.broken.length}, wrong for wrong ${m.same})`);
    if (show === t) for (const x of [...m.fixed.map((f) => `+ ${f}`), ...m.broken.map((b) => `- ${b}`)]) console.log(`      ${x}`);
  }
}

/** Fitted on every development case and applied to a set not fitted: counts only, never a case's name or title. */
async function validate(fitted: CaseTitles[], set: string, l2: number, steps: number): Promise<void> {
  const fit = fitOn(fitted.map((c) => ({ options: optionsOf(c) })), l2, steps);
  const held = await build([set]);
  let rules = 0;
  let chooser = 0;
  const at = new Map(MARGINS.map((m) => [m, { right: 0, fixed: 0, broken: 0 }]));
  for (const c of held) {
    const scored = optionsOf(c).map((o) => ({ o, z: logit(fit, o.row) }));
    const best = scored.reduce((a, b) => (b.z > a.z ? b : a));
    const mine = scored.find((x) => x.o.rules) ?? scored[scored.length - 1]!;
    if (mine.o.right) rules++;
    if (best.o.right) chooser++;
    for (const m of MARGINS) {
      const take = best !== mine && best.z - mine.z > m ? best : mine;
      const v = at.get(m)!;
      if (take.o.right) v.right++;
      if (take.o.right && !mine.o.right) v.fixed++;
      if (!take.o.right && mine.o.right) v.broken++;
    }
  }
  const inCands = held.filter((c) => c.expected === null || c.candidates.some((k) => sameTitle(k.text, c.expected!))).length;
  const fails = held.filter((c) => !right(c, c.rules));
  const failsIn = fails.filter((c) => c.expected === null || c.candidates.some((k) => sameTitle(k.text, c.expected!))).length;
  console.log(`${set} (counts only): ${held.length} cases; rules ${rules}; ceiling ${inCands}, among the rules' ${fails.length} failures ${failsIn}; chooser alone ${chooser}`);
  for (const m of MARGINS) console.log(`  verifier, margin ${m}: ${at.get(m)!.right} (fixes ${at.get(m)!.fixed}, breaks ${at.get(m)!.broken})`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'boolean', default: false }, ceiling: { type: 'boolean', default: false }, sets: { type: 'string' }, l2: { type: 'string', default: '0.01' }, steps: { type: 'string', default: '300' }, show: { type: 'string' }, loso: { type: 'boolean', default: false }, validate: { type: 'string' }, alone: { type: 'boolean', default: false }, verifier: { type: 'boolean', default: false }, folds: { type: 'string', default: '0' }, drop: { type: 'string', default: '' } } });
  const sets = values.sets ? values.sets.split(',') : DEVELOPMENT_SETS.filter((s) => !NOT_FITTED.includes(s));
  const cases: CaseTitles[] = values.data ? await build(sets) : (JSON.parse(readFileSync(DATA_FILE, 'utf8')) as CaseTitles[]);
  if (values.data) await writeFile(DATA_FILE, JSON.stringify(cases));
  const drop = [...values.drop.split(',').filter(Boolean), ...(values.alone ? TITLE_FEATURES.filter((f) => /rules/iu.test(f)) : [])];
  dropped = new Set(drop.map((f) => TITLE_FEATURES.indexOf(f as (typeof TITLE_FEATURES)[number])));
  if (values.ceiling) ceiling(cases);
  if (values.validate) await validate(cases, values.validate, Number(values.l2), Number(values.steps));
  if (values.verifier) verifierLoso(cases, Number(values.l2), Number(values.steps), Number(values.folds), values.show === undefined ? undefined : Number(values.show));
  if (values.loso) loso(cases, Number(values.l2), Number(values.steps), values.show === undefined ? undefined : Number(values.show), Number(values.folds));
}

main().catch((error: unknown) => {
  console.error(`fit-title-model failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
