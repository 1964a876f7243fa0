// What the chrome line model reads of a line: its shape and its place in the
// file, never its words — position against the span of prose, length,
// punctuation, the share of Han, digits, Latin and separators, a label's
// colon, dates, times, addresses, overlap with the page's title, repetition
// in the file — plus hashed character bigrams, which the model uses only if
// cross-validation by site shows that they generalise. Hand-written: these
// are measurements of one line, which no library offers for Chinese pages.
import { LINE_SHAPES, hanCount, isBlank, isProse, visibleLength } from './features.ts';
import { classifyChrome } from './rules.ts';

/** Names of the dense features, in the order of the vector. */
export const FEATURE_NAMES = [
  'before-body',
  'after-body',
  'lines-to-prose',
  'lines-to-file-edge',
  'first-line',
  'length',
  'tiny',
  'ends-sentence',
  'has-sentence-punctuation',
  'has-comma',
  'han-share',
  'digit-share',
  'latin-share',
  'separator-share',
  'tokens',
  'label-colon',
  'colons',
  'ends-colon',
  'date',
  'time',
  'url-or-domain',
  'email',
  'phone',
  'title-share',
  'repeated',
  'bracketed',
  'numbered',
  'date-only',
  'colon-above-body',
  'above-title',
  'run-of-margin-lines',
  'neighbour-label-colon',
  'from-html',
] as const;

/** Buckets of the hashed character bigrams. */
export const BIGRAM_BUCKETS = 512;

/** Separators of menus, breadcrumbs, tables and titles: | > › / · _ —— and their full-width forms. */
const SEPARATOR = /[|｜>＞»›/／·•_＿—\-–~～]/gu;
const { sentencePunctuation: SENTENCE_PUNCTUATION, labelColon: LABEL_COLON, date: DATE, dateOnly: DATE_ONLY, time: TIME, url: URL, email: EMAIL, phone: PHONE } = LINE_SHAPES;
const ENDS_SENTENCE = /[。！？；!?;][”’"」）)]*$/u;
const BRACKETED = /^[【\[〔（(《<].*[】\]〕）)》>]$/u;
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d))/u;

/** The file as the model sees it: its lines, the span of prose, and the text the page calls its title. */
export interface LineContext {
  lines: string[];
  /** First and last prose line that no chrome rule names, as the chrome stage reads the body's span (-1 when none). */
  first: number;
  last: number;
  /** Index of every line among the non-blank lines, blank lines -1. */
  rank: number[];
  nonBlank: number;
  titleChars: Set<string>;
  /** How many times each trimmed, compacted line occurs. */
  counts: Map<string, number>;
  /** The line that repeats the page's title, among those before the body (-1 when none). */
  titleLine: number;
  /** Whether the lines were extracted from an HTML page rather than saved as text. */
  html: boolean;
}

const compact = (text: string) => text.replace(/\s/gu, '');
const clip = (x: number) => Math.min(1, Math.max(0, x));
const logScale = (n: number, top: number) => clip(Math.log1p(n) / Math.log1p(top));

/**
 * The context of the lines as the chrome stage sees them. The title is the
 * page's own (the HTML <title> or headline, when there is one), else the
 * file's first line, which is where a page text prints its headline.
 */
export function lineContext(lines: string[], title?: string, html = false): LineContext {
  const prose = lines.map((line) => isProse(line) && classifyChrome(line) === undefined);
  const rank: number[] = [];
  let n = 0;
  for (const line of lines) rank.push(isBlank(line) ? -1 : n++);
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = compact(line);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const head = lines.find((line) => !isBlank(line)) ?? '';
  const first = prose.indexOf(true);
  const wanted = title ? compact(title) : '';
  const titleLine = wanted === '' ? -1 : lines.findIndex((line, i) => (first === -1 || i < first) && compact(line) === wanted);
  return {
    lines,
    first,
    last: prose.lastIndexOf(true),
    rank,
    nonBlank: n,
    titleChars: new Set(compact(title ?? head)),
    counts,
    titleLine,
    html,
  };
}

function share(text: string, pattern: RegExp, length: number): number {
  return length === 0 ? 0 : (text.match(pattern)?.length ?? 0) / length;
}

/** The dense features of line `i`, by name. */
export function lineFeatures(context: LineContext, i: number): Record<(typeof FEATURE_NAMES)[number], number> {
  const { lines, first, last, rank, nonBlank, titleChars, counts } = context;
  const text = lines[i]!.trim();
  const flat = compact(text);
  const length = visibleLength(text);
  const chars = [...flat];
  const before = first === -1 || i < first;
  const after = first !== -1 && i > last;
  const toProse = first === -1 ? nonBlank : before ? rank[first]! - rank[i]! : after ? rank[i]! - rank[last]! : 0;
  const toEdge = Math.min(rank[i]!, nonBlank - 1 - rank[i]!);
  const next = nextNonBlank(lines, i, 1);
  const previous = nextNonBlank(lines, i, -1);
  const labelled = (k: number) => k !== -1 && LABEL_COLON.test(lines[k]!.trim());
  return {
    'before-body': before ? 1 : 0,
    'after-body': after ? 1 : 0,
    'lines-to-prose': logScale(toProse, 30),
    'lines-to-file-edge': logScale(toEdge, 30),
    'first-line': rank[i] === 0 ? 1 : 0,
    length: logScale(length, 200),
    tiny: length <= 4 ? 1 : 0,
    'ends-sentence': ENDS_SENTENCE.test(text) ? 1 : 0,
    'has-sentence-punctuation': SENTENCE_PUNCTUATION.test(text) ? 1 : 0,
    'has-comma': /[，,、]/u.test(text) ? 1 : 0,
    'han-share': length === 0 ? 0 : hanCount(text) / length,
    'digit-share': share(flat, /[0-9０-９]/gu, length),
    'latin-share': share(flat, /[A-Za-zＡ-Ｚａ-ｚ]/gu, length),
    'separator-share': clip(share(flat, SEPARATOR, length) * 4),
    tokens: logScale(text.split(/\s+/u).length - 1, 12),
    'label-colon': LABEL_COLON.test(text) ? 1 : 0,
    colons: logScale(text.match(/[:：]/gu)?.length ?? 0, 6),
    'ends-colon': /[:：]$/u.test(text) ? 1 : 0,
    date: DATE.test(text) ? 1 : 0,
    time: TIME.test(text) ? 1 : 0,
    'url-or-domain': URL.test(text) ? 1 : 0,
    email: EMAIL.test(text) ? 1 : 0,
    phone: PHONE.test(text) ? 1 : 0,
    'title-share': chars.length === 0 ? 0 : chars.filter((c) => titleChars.has(c)).length / chars.length,
    repeated: (counts.get(flat) ?? 0) > 1 ? 1 : 0,
    bracketed: BRACKETED.test(text) ? 1 : 0,
    numbered: NUMBERED.test(text) ? 1 : 0,
    'date-only': DATE_ONLY.test(text) ? 1 : 0,
    // A salutation (同志们：, 各位代表：) stands right above the first sentence.
    'colon-above-body': /[:：]$/u.test(text) && next === first ? 1 : 0,
    'above-title': context.titleLine !== -1 && i < context.titleLine ? 1 : 0,
    'run-of-margin-lines': logScale(marginRun(context, i), 30),
    'neighbour-label-colon': labelled(previous) || labelled(next) ? 1 : 0,
    'from-html': context.html ? 1 : 0,
  };
}

function nextNonBlank(lines: string[], i: number, step: 1 | -1): number {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) if (!isBlank(lines[k]!)) return k;
  return -1;
}

/** How many non-blank lines stand between the body and the file's edge on the line's side. */
function marginRun(context: LineContext, i: number): number {
  const { first, last, rank, nonBlank } = context;
  if (first === -1) return nonBlank;
  if (i < first) return rank[first]!;
  if (i > last) return nonBlank - 1 - rank[last]!;
  return 0;
}

/** FNV-1a: a stable hash, so that a bigram falls in the same bucket at training and at ingest. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Buckets of the line's character bigrams (digits folded to 0, Latin to a), each once. */
export function bigramBuckets(line: string): number[] {
  const chars = [...compact(line).replace(/[0-9０-９]/gu, '0').replace(/[A-Za-z]/gu, 'a')];
  const buckets = new Set<number>();
  for (let k = 0; k + 1 < chars.length; k++) buckets.add(hash(chars[k]! + chars[k + 1]!) % BIGRAM_BUCKETS);
  return [...buckets];
}
