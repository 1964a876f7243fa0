#!/usr/bin/env node
// npm run train:tail -- [--data] [--dry-run]
//
// Measures whether the chrome line model's approach (line-model.ts: logistic
// regression over wording-free line features) also decides the lines AFTER
// the body, which only hand-written rules decide. Examples, from all seven
// development sets: the lines after the last expected body line (chrome)
// against the last body lines (body), as the chrome stage receives them,
// labelled by line-data.ts from the expected outputs. A line counts as asked
// when the chrome stage's rules leave it and it stands after the text's end as
// the rules read it: the only lines a tail step could take. The threshold is
// chosen by leave-one-site-out cross-validation so that no asked body line is
// lost: a body line removed costs far more than a chrome line left.
//
// --data rebuilds the examples (with their features, 3.6 MB, kept out of the
// repository in the system's temporary folder) from the cases, which takes
// minutes; without it the rows of the last --data run are read.
//
// Measured in session 8 (docs/eval.md): the rows do not separate — no model
// is committed and the chrome stage asks no model about the tail.
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ruledLines } from '../ingest/stages/chrome.ts';
import { isBlank } from '../ingest/stages/chrome/features.ts';
import { BIGRAM_BUCKETS, FEATURE_NAMES, lineContext } from '../ingest/stages/chrome/line-features.ts';
import { lineRow, score, type SparseRow } from '../ingest/stages/chrome/line-model.ts';
import { labelLines, linesBeforeChrome, writtenCases } from './line-data.ts';
import { fitLogistic, type Fit } from './logistic.ts';

export const SETS = ['cases', 'holdout', 'fresh', 'unseen', 'unseen2', 'unseen3', 'unseen4'];
const DATA_FILE = path.join(tmpdir(), 'speech-archive-tail-lines.json');
/** Body lines taken from the end of each text: the text's last lines are the ones a tail step could mistake. */
const LAST_BODY = 8;
/** Thresholds tried, lowest first; never below an even chance. */
const THRESHOLDS = Array.from({ length: 50 }, (_, k) => 0.5 + k * 0.01);

export interface TailRow {
  site: string;
  slug: string;
  text: string;
  label: 'body' | 'chrome';
  /** The rules leave the line and it stands after the text's end as they read it. */
  asked: boolean;
  /** The rule that takes it, if one does. */
  rule?: string;
  dense: SparseRow;
  full: SparseRow;
}

async function build(): Promise<TailRow[]> {
  const rows: TailRow[] = [];
  for (const set of SETS) {
    const root = path.join('tests/eval', set);
    for (const c of await writtenCases(root)) {
      const raw = linesBeforeChrome(c.raw, await readFile(path.join(root, c.raw)));
      const page = { ...(raw.title ? { title: raw.title } : {}), html: raw.html };
      const { lines, chrome, last } = ruledLines(raw.lines.join('\n'), page);
      const labels = labelLines(lines, c);
      const bodyAt = labels.flatMap((label, i) => (label === 'body' ? [i] : []));
      if (bodyAt.length === 0) continue;
      const lastBody = bodyAt.at(-1)!;
      const lastBodies = new Set(bodyAt.slice(-LAST_BODY));
      const context = lineContext(lines, raw.title, raw.html);
      lines.forEach((line, i) => {
        const label = labels[i];
        if (isBlank(line) || label === undefined || label === 'meta') return;
        const tail = label === 'chrome' ? i > lastBody : lastBodies.has(i) || (last !== -1 && i > last);
        if (!tail) return;
        const rule = chrome.get(i);
        rows.push({ site: c.site || c.slug, slug: `${set}/${c.slug}`, text: line.trim().slice(0, 80), label, asked: rule === undefined && last !== -1 && i > last, ...(rule ? { rule } : {}), dense: lineRow(context, i, false), full: lineRow(context, i, true) });
      });
    }
  }
  return rows;
}

const isChrome = (r: TailRow) => (r.label === 'chrome' ? 1 : 0);

export function fit(train: TailRow[], bigrams: boolean): Fit {
  return fitLogistic(train.map((r) => (bigrams ? r.full : r.dense)), train.map(isChrome), FEATURE_NAMES.length + (bigrams ? BIGRAM_BUCKETS : 0));
}

export function leaveOneSiteOut(all: TailRow[], bigrams: boolean, trainOn: (r: TailRow) => boolean = () => true): number[] {
  const probability = new Array<number>(all.length).fill(0);
  for (const site of new Set(all.map((r) => r.site))) {
    const model = fit(all.filter((r) => r.site !== site && trainOn(r)), bigrams);
    all.forEach((r, k) => {
      if (r.site === site) probability[k] = score(model.weights, model.bias, bigrams ? r.full : r.dense);
    });
  }
  return probability;
}

export function counts(all: TailRow[], probability: number[], threshold: number, only: (r: TailRow) => boolean) {
  let caught = 0;
  let lost = 0;
  let chrome = 0;
  let body = 0;
  all.forEach((r, k) => {
    if (!only(r)) return;
    if (r.label === 'chrome') chrome++;
    else body++;
    if (probability[k]! < threshold) return;
    if (r.label === 'chrome') caught++;
    else lost++;
  });
  return { threshold, caught, chrome, lost, body };
}

const asked = (r: TailRow) => r.asked;
const round = (x: number) => Math.round(x * 1000) / 1000;

export function readRows(): TailRow[] {
  return JSON.parse(readFileSync(DATA_FILE, 'utf8')) as TailRow[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'boolean', default: false } } });
  const all = values.data ? await build() : readRows();
  if (values.data) await writeFile(DATA_FILE, '[\n' + all.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
  const sites = new Set(all.map((r) => r.site));
  const n = (f: (r: TailRow) => boolean) => all.filter(f).length;
  console.log(`${sites.size} sites, ${all.length} tail lines: ${n((r) => r.label === 'chrome')} chrome (${n((r) => r.label === 'chrome' && r.asked)} left by the rules after the text's end), ${n((r) => r.label === 'body')} body (${n((r) => r.label === 'body' && r.asked)} asked)`);
  for (const r of all) if (r.asked && r.label === 'chrome') console.log(`  chrome left: ${r.slug}: ${r.text.slice(0, 50)}`);
  // Trained on every tail line, or only on those the rules leave (the lines a tail step would be asked about, and the body lines its rules never take).
  for (const [bigrams, only] of [[false, 'all'], [true, 'all'], [false, 'unruled'], [true, 'unruled']] as const) {
    const probability = leaveOneSiteOut(all, bigrams, only === 'all' ? () => true : (r) => r.rule === undefined);
    // The lowest threshold at which LOSO takes no asked body line.
    const safe = THRESHOLDS.find((t) => counts(all, probability, t, asked).lost === 0) ?? 1;
    console.log(`LOSO ${bigrams ? 'with' : 'without'} bigrams, trained on ${only} tail lines:`);
    for (const t of [0.5, 0.6, 0.7, 0.8, 0.9, safe]) {
      const c = counts(all, probability, t, asked);
      console.log(`  threshold ${t.toFixed(2)}${t === safe ? ' (safe)' : ''}: asked chrome caught ${c.caught}/${c.chrome}, asked body lost ${c.lost}/${c.body}`);
    }
    const sorted = all.map((r, k) => ({ r, p: probability[k]! })).filter((x) => x.r.asked).sort((a, b) => b.p - a.p);
    for (const { r, p } of sorted.slice(0, 12)) console.log(`    ${round(p).toFixed(3)} ${r.label.padEnd(6)} ${r.slug}: ${r.text.slice(0, 40)}`);
    // How well the probability orders the asked lines at all: the share of (chrome, body) pairs it puts chrome first.
    const body = sorted.filter((x) => x.r.label === 'body').map((x) => x.p);
    const chrome = sorted.filter((x) => x.r.label === 'chrome');
    const wins = chrome.reduce((sum, c) => sum + body.reduce((s, b) => s + (c.p > b ? 1 : c.p === b ? 0.5 : 0), 0), 0);
    console.log(`  AUC on the asked lines ${round(wins / (chrome.length * body.length))}; each asked chrome line, and the asked body lines scored above it:`);
    for (const c of chrome) console.log(`    ${round(c.p).toFixed(3)} below ${body.filter((b) => b > c.p).length}/${body.length} body: ${c.r.slug}: ${c.r.text.slice(0, 40)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`train:tail failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
