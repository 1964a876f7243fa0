// Line features shared by the chrome, watermark and repeats stages: how much
// of a line is Han text and whether it reads like a sentence of prose.
import { NOT_HAN, hanClass } from '../../lib/common-han.ts';

/** Sentence-final punctuation, full and half width (half width survives until normalize). */
const SENTENCE_END = /[。！？；!?;]/g;
const CLAUSE = /[，,]/g;
/** 《书名》 spans: commas inside a book title say nothing about prose. */
const BOOK_TITLE = /《[^》]*》/g;

/**
 * Line shapes both chrome line models measure (line-features.ts for the
 * chrome stage, edge-features.ts for the edges stage): one definition, so
 * that the two models read a date, a URL or a phone number alike.
 */
export const LINE_SHAPES = {
  sentencePunctuation: /[。！？；!?;]/u,
  labelColon: /^[^\s:：，。,]{1,8}\s*[:：]/u,
  date: /\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2})?|[〇○零一二三四五六七八九]{4}年|\d{1,2}月\d{1,2}日/u,
  dateOnly: /^[（(]?\s*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]?(?:\s*\d{1,2}\s*日?)?|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)\s*[）)]?$/u,
  time: /(?<!\d)\d{1,2}[:：]\d{2}(?!\d)/u,
  url: /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|cn|net|org|gov|edu|cc|hk|tw)\b/iu,
  email: /[\w.+-]+\s*@\s*[\w-]+(?:\.[\w-]+)+/u,
  phone: /(?:\(?0\d{2,3}\)?\s*[-－—–]?\s*\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)|400[-\s]?\d{3}[-\s]?\d{4}|\d{3,4}[-－]\d{7,8})/u,
} as const;

/** Han characters (code points), counted with the class table rather than an array of matches. */
export function hanCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (hanClass(code) !== NOT_HAN) count++;
  }
  return count;
}

/** Per UTF-16 code unit, whether `\s` matches it (no whitespace lies outside the BMP): built once from the regular expression itself. */
const WHITESPACE = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) if (/\s/.test(String.fromCharCode(code))) WHITESPACE[code] = 1;

/**
 * Characters (code points) that are not whitespace, as `[...text.replace(/\s/g, '')].length`
 * counts them, without building either: every line's prose test asks it.
 */
export function visibleLength(text: string): number {
  let n = 0;
  // A high surrogate just counted: a low one after it (whitespace between them removed) completes the same character.
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (WHITESPACE[code] === 1) continue;
    if (high && code >= 0xdc00 && code <= 0xdfff) {
      high = false;
      continue;
    }
    n++;
    high = code >= 0xd800 && code <= 0xdbff;
  }
  return n;
}

export function sentenceEnds(text: string): number {
  return text.replace(BOOK_TITLE, '').match(SENTENCE_END)?.length ?? 0;
}

function clauses(text: string): number {
  return text.replace(BOOK_TITLE, '').match(CLAUSE)?.length ?? 0;
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/**
 * A line that reads like running text: enough Han characters, mostly Han,
 * and punctuated as sentences. Chrome lines (menus, counters, contact blocks,
 * book-list ads) fail at least one of these.
 */
export function isProse(line: string): boolean {
  let prose = proseMemo.get(line);
  if (prose === undefined) {
    prose = readsAsProse(line);
    if (proseMemo.size >= PROSE_MEMO_LIMIT) proseMemo.clear();
    proseMemo.set(line, prose);
  }
  return prose;
}

/**
 * The answers for the lines asked about lately: the chrome stage's line model
 * and rules, the repeats and the inline splits ask about the same lines of a
 * page (docs/performance.md, thirty-seventh session). Emptied when full.
 */
const proseMemo = new Map<string, boolean>();
const PROSE_MEMO_LIMIT = 4096;

function readsAsProse(line: string): boolean {
  const han = hanCount(line);
  if (han < 15 || han / visibleLength(line) < 0.5) return false;
  return sentenceEnds(line) >= 1 || (clauses(line) >= 3 && han >= 30);
}

/** A dense feature record as a sparse row (the indices and values of its non-zero features), in the order of `names`: what both line models score. */
export function sparseRow<N extends string>(names: readonly N[], dense: Record<N, number>): { index: number[]; value: number[] } {
  const index: number[] = [];
  const value: number[] = [];
  names.forEach((name, k) => {
    if (dense[name] !== 0) {
      index.push(k);
      value.push(dense[name]);
    }
  });
  return { index, value };
}
