// Bench of the damage stage's span finding on the class of encoding damage
// scrapers produce: real clean sentences (the dev sets' expected outputs, the
// sample documents), one stretch of each mangled the ways a scraper's
// transcoding does, and the spans findDamage returns measured against the
// stretch that was mangled. Also counts false marks on clean text: every line
// of the dev sets' expected outputs without □, and any extra files given.
//
// Usage: node scripts/eval/damage-bench.ts [--per 3] [--clean extra.txt ...] [--show kind]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { findDamage } from '../ingest/lib/damage-spans.ts';
import { DEVELOPMENT_SETS, setDir } from './sets.ts';

const SETS = DEVELOPMENT_SETS.map(setDir);
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const PER = Number(option('--per') ?? 3);
const SHOW = option('--show');
const extraClean = args.flatMap((a, i) => (args[i - 1] === '--clean' ? [a] : []));

// Deterministic: the same sentences and mangles every run.
let seed = 0x5eed;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const HAN = /\p{Script=Han}/u;

function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.includes('□') || /[?？]/.test(line)) continue;
    for (const s of line.split(/(?<=[。！；])/u)) {
      const chars = [...s];
      const han = chars.filter((c) => HAN.test(c)).length;
      if (chars.length >= 14 && chars.length <= 90 && han / chars.length >= 0.75) out.push(s);
    }
  }
  return out;
}

function cleanSentences(): string[] {
  const all: string[] = [];
  for (const set of SETS) {
    for (const slug of readdirSync(set).sort()) {
      const path = join(set, slug, 'expected.txt');
      if (!existsSync(path)) continue;
      const found = sentencesOf(readFileSync(path, 'utf8'));
      // A few from each page, spread through it.
      for (let k = 0; k < Math.min(PER, found.length); k++) all.push(found[Math.floor((k * found.length) / Math.min(PER, found.length))]!);
    }
  }
  for (const file of readdirSync('content/raw').sort()) {
    const found = sentencesOf(readFileSync(join('content/raw', file), 'utf8'));
    all.push(...found.slice(0, PER * 3));
  }
  return all;
}

interface Sample {
  kind: string;
  line: string;
  /** The mangled stretch, in code units of `line`. */
  start: number;
  end: number;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Line with sentence[p, q) replaced by `shown`, the damaged stretch trimmed of what reads as before. */
function place(kind: string, sentence: string, p: number, q: number, shown: string): Sample | undefined {
  const chars = [...sentence];
  let original = chars.slice(p, q);
  let mangled = [...shown];
  let pre = chars.slice(0, p);
  let post = chars.slice(q);
  while (original.length && mangled.length && original[0] === mangled[0]) {
    pre.push(original.shift()!);
    mangled.shift();
  }
  while (original.length && mangled.length && original.at(-1) === mangled.at(-1)) {
    post.unshift(original.pop()!);
    mangled.pop();
  }
  if (mangled.length === 0) return undefined;
  const before = pre.join('');
  return { kind, line: before + mangled.join('') + post.join(''), start: before.length, end: before.length + mangled.join('').length };
}

/** A stretch of `chars` from p of 2–8 characters, none ASCII (an ASCII character is the same in every codec). */
function stretch(chars: string[]): [number, number] | undefined {
  for (let tries = 0; tries < 10; tries++) {
    const p = pick(1, Math.max(1, chars.length - 4));
    const q = Math.min(chars.length - 1, p + pick(2, 8));
    if (q - p >= 2 && chars.slice(p, q).every((c) => c > '\x7F')) return [p, q];
  }
  return undefined;
}

function misread(bytes: Buffer, codec: string, lossy: boolean): string {
  const text = codec === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : iconv.decode(bytes, codec);
  return lossy ? text.replace(/\uFFFD/g, '?') : text;
}

function mangle(sentence: string): Sample[] {
  const chars = [...sentence];
  const out: (Sample | undefined)[] = [];
  const s = stretch(chars);
  if (!s) return [];
  const [p, q] = s;
  const run = chars.slice(p, q).join('');
  const traditional = toTraditional(sentence);
  const tchars = [...traditional];
  const big5Run = tchars.slice(p, q).join('');
  const big5Ok = iconv.decode(iconv.encode(big5Run, 'big5'), 'big5') === big5Run;
  out.push(place('utf8→gbk', sentence, p, q, misread(Buffer.from(run, 'utf8'), 'gbk', false)));
  out.push(place('utf8→gb18030?', sentence, p, q, misread(Buffer.from(run, 'utf8'), 'gb18030', true)));
  out.push(place('gbk→utf8', sentence, p, q, misread(iconv.encode(run, 'gbk'), 'utf-8', false)));
  out.push(place('gbk→utf8?', sentence, p, q, misread(iconv.encode(run, 'gbk'), 'utf-8', true)));
  if (big5Ok) {
    out.push(place('big5→gb18030', traditional, p, q, misread(iconv.encode(big5Run, 'big5'), 'gb18030', false)));
    out.push(place('utf8→big5', traditional, p, q, misread(Buffer.from(big5Run, 'utf8'), 'big5', false)));
  }
  // One byte lost or inserted: the rest of the sentence is read out of step until it falls back in step.
  const tail = chars.slice(p).join('');
  const bytes = iconv.encode(tail, 'gbk');
  out.push(place('gbk drop', sentence, p, chars.length, misread(bytes.subarray(1), 'gbk', true)));
  out.push(place('gbk insert', sentence, p, chars.length, misread(Buffer.concat([Buffer.from([pick(0x81, 0xfe)]), bytes]), 'gbk', true)));
  const ttail = tchars.slice(p).join('');
  if (iconv.decode(iconv.encode(ttail, 'big5'), 'big5') === ttail) {
    out.push(place('big5 drop', traditional, p, tchars.length, misread(iconv.encode(ttail, 'big5').subarray(1), 'big5', true)));
  }
  out.push(place('??? run', sentence, p, q, '?'.repeat(q - p)));
  // Forms seen on scraped pages: a UTF-8 decoder's U+FFFD for each bad byte of
  // a GBK stretch; a lost character glued to a full-width ！ (贴心兒?！) or to
  // the rest of a closing tag (成效?/p>); `??` of lost indentation before an
  // interview label or a bracketed heading; a UTF-8 line end cut inside its
  // last character and read as GBK (…阶段銆).
  out.push(place('gbk→latin1', sentence, p, q, iconv.decode(iconv.encode(run, 'gbk'), 'latin1')));
  out.push(place('fffd run', sentence, p, q, '\uFFFD'.repeat(pick(2, 4))));
  const end = chars.length - 1;
  if (/[。！；]/u.test(chars[end]!) && HAN.test(chars[end - 1]!)) {
    out.push(place('?！', sentence.slice(0, -1) + '！', end - 1, end, '?'));
    const samples = place('?/p>', chars.slice(0, end).join(''), end - 1, end, '?/p>');
    out.push(samples);
  }
  const label = place('?? label', '\u3000\u3000记者：' + sentence, 0, 2, '??');
  out.push(label);
  out.push(place('??(heading)', '\u3000\u3000(一)' + sentence, 0, 2, '??'));
  const cut = Buffer.from(chars.slice(end - 2).join(''), 'utf8');
  out.push(place('utf8 tail cut', chars.slice(0, end + 1).join(''), end - 2, end + 1, iconv.decode(cut.subarray(0, cut.length - 1), 'gbk')));
  return out.filter((x): x is Sample => x !== undefined);
}

interface Tally {
  samples: number;
  full: number;
  partial: number;
  missed: number;
  swallowed: number;
  swallowing: number;
}

const tallies = new Map<string, Tally>();
const shown = new Set<string>();
for (const sentence of cleanSentences()) {
  for (const sample of mangle(sentence)) {
    const t = tallies.get(sample.kind) ?? { samples: 0, full: 0, partial: 0, missed: 0, swallowed: 0, swallowing: 0 };
    tallies.set(sample.kind, t);
    t.samples++;
    const spans = findDamage(sample.line);
    const over = spans.filter((x) => x.start < sample.end && x.end > sample.start);
    const full = over.length === 1 && over[0]!.start <= sample.start && over[0]!.end >= sample.end;
    if (full) t.full++;
    else if (over.length > 0) t.partial++;
    else t.missed++;
    // Clean characters inside a span, ASCII punctuation aside (a comma beside a run is the run's byte).
    let swallowed = 0;
    for (const x of spans) {
      for (let i = x.start; i < x.end; i++) if ((i < sample.start || i >= sample.end) && HAN.test(sample.line[i]!)) swallowed++;
    }
    t.swallowed += swallowed;
    if (swallowed > 0) t.swallowing++;
    if (SHOW && sample.kind === SHOW && (!full || swallowed > 0) && shown.size < 25) {
      const text = `${full ? 'FULL ' : over.length ? 'PART ' : 'MISS '}${swallowed ? `swallow ${swallowed} ` : ''}${sample.line.slice(0, sample.start)}【${sample.line.slice(sample.start, sample.end)}】${sample.line.slice(sample.end)}  →  ${spans.map((x) => sample.line.slice(x.start, x.end)).join(' | ')}`;
      shown.add(text);
    }
  }
}
for (const text of shown) console.log(text);

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
console.log('kind\tsamples\tfull\tpartial\tmissed\tswallowed chars (samples)');
const total: Tally = { samples: 0, full: 0, partial: 0, missed: 0, swallowed: 0, swallowing: 0 };
for (const [kind, t] of [...tallies].sort()) {
  console.log(`${kind}\t${t.samples}\t${pct(t.full, t.samples)}\t${pct(t.partial, t.samples)}\t${pct(t.missed, t.samples)}\t${t.swallowed} (${t.swallowing})`);
  for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
}
console.log(`all\t${total.samples}\t${pct(total.full, total.samples)}\t${pct(total.partial, total.samples)}\t${pct(total.missed, total.samples)}\t${total.swallowed} (${total.swallowing})`);

// False marks: clean lines must come out without a span.
let lines = 0;
let falseLines = 0;
const falses: string[] = [];
const cleanFiles = [...SETS.flatMap((set) => readdirSync(set).map((slug) => join(set, slug, 'expected.txt'))).filter(existsSync), ...extraClean];
for (const path of cleanFiles) {
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.includes('□') || line.trim() === '') continue;
    lines++;
    const spans = findDamage(line);
    if (spans.length > 0) {
      falseLines++;
      falses.push(`${path}: ${spans.map((x) => line.slice(Math.max(0, x.start - 8), x.start) + '【' + line.slice(x.start, x.end) + '】' + line.slice(x.end, x.end + 8)).join(' | ')}`);
    }
  }
}
console.log(`false marks: ${falseLines} of ${lines} clean lines`);
for (const f of falses.slice(0, 30)) console.log(`  ${f}`);
