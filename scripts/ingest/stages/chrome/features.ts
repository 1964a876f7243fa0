// Line features shared by the chrome, watermark and repeats stages: how much
// of a line is Han text and whether it reads like a sentence of prose.
import { NOT_HAN, hanClass } from '../../lib/common-han.ts';

/** Sentence-final punctuation, full and half width (half width survives until normalize). */
const SENTENCE_END = /[。！？；!?;]/g;
const CLAUSE = /[，,]/g;
/** 《书名》 spans: commas inside a book title say nothing about prose. */
const BOOK_TITLE = /《[^》]*》/g;

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
  const han = hanCount(line);
  if (han < 15 || han / visibleLength(line) < 0.5) return false;
  return sentenceEnds(line) >= 1 || (clauses(line) >= 3 && han >= 30);
}
