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
import { hanPairs, recurrence } from '../ingest/stages/chrome/recurrence.ts';
import { BIGRAM_BUCKETS, FEATURE_NAMES, lineContext } from '../ingest/stages/chrome/line-features.ts';
import { lineRow, score, type SparseRow } from '../ingest/stages/chrome/line-model.ts';
import { labelLines, linesBeforeChrome, writtenCases } from './line-data.ts';
import { fitLogistic, type Fit } from './logistic.ts';

export const SETS = ['cases', 'holdout', 'fresh', 'unseen', 'unseen2', 'unseen3', 'unseen4', 'unseen5', 'unseen6', 'unseen7'];
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
  /** With bigrams, without the extra features: the eighth session's rows. */
  plain: SparseRow;
}

/**
 * Features the eighth session lacked, appended after the bigram buckets: how
 * many other sites' pages of the batch print the same line, the share of its
 * Han pairs the text above has, a run of short lines without sentence
 * punctuation (a list of headlines), such a run under a related-reading label
 * (推荐阅读 easyfang eval:a7-easyfang-mfa-us-travel-alert-qa, 相关专题 voc
 * eval:a7-voc-two-sessions-proposal-word-limit-), and the distance after the
 * text's end as the rules read it.
 */
export const EXTRA = ['batch-recurrence', 'text-pair-share', 'headline-run', 'after-related-label', 'lines-after-end'] as const;
const EXTRA_AT = FEATURE_NAMES.length + BIGRAM_BUCKETS;
const RELATED_LABEL = /^(?:推荐阅读|相关|热点|热门|延伸阅读|猜你喜欢|精彩推荐|热门推荐|更多|最新)/u;
const SHORT_LINE = 40;
const key = (line: string) => line.trim().replace(/\s+/gu, '');
const headlineLike = (line: string) => { const t = line.trim(); return t !== '' && [...t].length <= SHORT_LINE && !/[。！？!?；;]/u.test(t); };

function extras(lines: string[], i: number, last: number, seenOn: Map<string, Set<string>>, site: string): number[] {
  const line = lines[i]!;
  const others = [...(seenOn.get(key(line)) ?? [])].filter((s) => s !== site).length;
  const above = new Set(hanPairs(lines.slice(0, last === -1 ? i : Math.min(i, last + 1)).join('\n')));
  // The run of non-blank headline-like lines around the line.
  let run = 0;
  let start = i;
  if (headlineLike(line)) {
    for (let j = i; j >= 0 && (isBlank(lines[j]!) || headlineLike(lines[j]!)); j--) if (!isBlank(lines[j]!)) { run++; start = j; }
    for (let j = i + 1; j < lines.length && (isBlank(lines[j]!) || headlineLike(lines[j]!)); j++) if (!isBlank(lines[j]!)) run++;
  }
  let label = 0;
  for (let j = start; j >= 0 && j >= start - 8; j--) if (RELATED_LABEL.test(lines[j]!.trim())) { label = 1; break; }
  return [Math.log1p(others) / Math.log(10), recurrence(line, above), run >= 3 ? 1 : 0, run >= 2 && label ? 1 : 0, last === -1 || i <= last ? 0 : Math.min(1, (i - last) / 20)];
}

function withExtras(row: SparseRow, values: number[]): SparseRow {
  const index = [...row.index];
  const value = [...row.value];
  values.forEach((v, k) => {
    if (v !== 0) { index.push(EXTRA_AT + k); value.push(v); }
  });
  return { index, value };
}

async function build(): Promise<TailRow[]> {
  const rows: TailRow[] = [];
  // Where each line is printed: the batch's recurrence, by site.
  const seenOn = new Map<string, Set<string>>();
  for (const set of SETS) {
    const root = path.join('tests/eval', set);
    for (const c of await writtenCases(root)) {
      const raw = linesBeforeChrome(c.raw, await readFile(path.join(root, c.raw)));
      for (const line of new Set(raw.lines.map(key))) if (line !== '') seenOn.set(line, (seenOn.get(line) ?? new Set()).add(c.site || c.slug));
    }
  }
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
        const extra = extras(lines, i, last, seenOn, c.site || c.slug);
        rows.push({ site: c.site || c.slug, slug: `${set}/${c.slug}`, text: line.trim().slice(0, 80), label, asked: rule === undefined && last !== -1 && i > last, ...(rule ? { rule } : {}), dense: withExtras(lineRow(context, i, false), extra), full: withExtras(lineRow(context, i, true), extra), plain: lineRow(context, i, true) });
      });
    }
  }
  return rows;
}

const isChrome = (r: TailRow) => (r.label === 'chrome' ? 1 : 0);

/** Which rows: 'dense' (dense and extra features), 'full' (with bigrams too), 'plain' (dense and bigrams, the eighth session's). */
export type Variant = 'dense' | 'full' | 'plain';
export function fit(train: TailRow[], variant: Variant): Fit {
  return fitLogistic(train.map((r) => r[variant]), train.map(isChrome), EXTRA_AT + EXTRA.length);
}

export function leaveOneSiteOut(all: TailRow[], variant: Variant, trainOn: (r: TailRow) => boolean = () => true): number[] {
  const probability = new Array<number>(all.length).fill(0);
  for (const site of new Set(all.map((r) => r.site))) {
    const model = fit(all.filter((r) => r.site !== site && trainOn(r)), variant);
    all.forEach((r, k) => {
      if (r.site === site) probability[k] = score(model.weights, model.bias, r[variant]);
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
  const { values } = parseArgs({ options: { data: { type: 'boolean', default: false }, only: { type: 'string' } } });
  const all = values.data ? await build() : readRows();
  if (values.data) await writeFile(DATA_FILE, '[\n' + all.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
  const sites = new Set(all.map((r) => r.site));
  const n = (f: (r: TailRow) => boolean) => all.filter(f).length;
  console.log(`${sites.size} sites, ${all.length} tail lines: ${n((r) => r.label === 'chrome')} chrome (${n((r) => r.label === 'chrome' && r.asked)} left by the rules after the text's end), ${n((r) => r.label === 'body')} body (${n((r) => r.label === 'body' && r.asked)} asked)`);
  for (const r of all) if (r.asked && r.label === 'chrome') console.log(`  chrome left: ${r.slug}: ${r.text.slice(0, 50)}`);
  // Trained on every tail line, or only on those the rules leave (the lines a tail step would be asked about, and the body lines its rules never take).
  // --only dense/all runs one of them (each takes minutes).
  for (const [variant, only] of ([['plain', 'all'], ['dense', 'all'], ['full', 'all'], ['dense', 'unruled'], ['full', 'unruled']] as const).filter(([v, o]) => !values.only || values.only === `${v}/${o}`)) {
    const probability = leaveOneSiteOut(all, variant, only === 'all' ? () => true : (r) => r.rule === undefined);
    // The lowest threshold at which LOSO takes no asked body line.
    const safe = THRESHOLDS.find((t) => counts(all, probability, t, asked).lost === 0) ?? 1;
    console.log(`LOSO ${variant} rows, trained on ${only} tail lines:`);
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
