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

/** Characters that are not whitespace. */
export function visibleLength(text: string): number {
  return [...text.replace(/\s/g, '')].length;
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
