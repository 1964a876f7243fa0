// What document-sharing sites (文库, 文档 preview pages) print into the text
// itself: the number of each preview page (1、 2、 3、) glued where the page
// begins, often in the middle of a word (…50公里3、飞行半径…, …焦点\n2、问题。).
// Hand-written: a convention of those sites, which no library models.

import type { Term } from './vocabulary.ts';

/**
 * The name of a document-sharing site in the chrome it prints (欢迎来到天天文库, …请在金锄头文库上搜索。):
 * such a site calls itself a 文库, whatever its brand, so a line the chrome rules took naming one
 * says the text is a preview whose pages the site numbers.
 */
export const DOCUMENT_SITE_NAMES: Term[] = [
  { term: '\\p{Script=Han}{2,6}文库', example: '欢迎来到天天文库', seen: 'm.wenku365.com eval:e28-wenku365-county-head-drought-spring-ploughing-meeting-speech' },
  { term: '\\p{Script=Han}{2,6}文库', example: '《开讲啦! 听书记、校长说——开学第一课》由会员分享,可在线阅读,更多相关《开讲啦! 听书记、校长说——开学第一课(1页珍藏版)》请在金锄头文库上搜索。', seen: 'm.jinchutou.com eval:d29-jinchutou-opening-ceremony-first-lesson-secretaries-principals-doc-share-article' },
];
const DOCUMENT_SITE_NAME = new RegExp(DOCUMENT_SITE_NAMES.map((t) => t.term).join('|'), 'u');

/** Whether a line the chrome rules took names a document-sharing site. */
export const namesDocumentSite = (line: string): boolean => DOCUMENT_SITE_NAME.test(line);

/** A page number as the preview prints it; not a run of numbers (第2、3条, 1、2、3) nor an ordinal; a page may open on a year (1、2020年…). */
const MARK = /(?<![\d.．第])(\d{1,3})、(?!\d{1,3}(?!\d))/gu;
/** Preview pages are a few hundred characters each; list items are closer together. */
const MIN_PAGE = 200;
/** A line that ends a sentence, so that the next line is a new paragraph. */
const SENTENCE_END = /[。！？；：”」…]$/u;
/** A line long enough to be a preview page rather than a heading. */
const PAGE_LINE = 100;

interface Marker {
  at: number;
  length: number;
}

/** Whether the text runs on across the marker: glued after a character, or after a page-long line with no sentence end. */
function runsOn(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === undefined) return false;
  if (before !== '\n') return /[\p{Script=Han}\d]/u.test(before);
  // The page before may end on a blank line (…很难\n\n2、养成): the line before it counts.
  const previous = text.slice(0, at - 1).trimEnd().split('\n').at(-1) ?? '';
  return previous.length >= PAGE_LINE && !SENTENCE_END.test(previous.trim());
}

/**
 * The preview-page numbers of a document site's text: 1、 opening a line,
 * then 2、 3、 … each a page or more after the one before, at least one of
 * them glued inside running text. None when the sequence does not hold.
 */
export function pageMarkers(text: string, known = true): Marker[] {
  const all = [...text.matchAll(MARK)].map((m) => ({ n: Number(m[1]), at: m.index, length: m[0].length }));
  const first = all.find((m) => m.n === 1 && (m.at === 0 || text[m.at - 1] === '\n'));
  if (!first) return [];
  const found = [first];
  for (let n = 2; ; n++) {
    const last = found.at(-1)!;
    const next = all.find((m) => m.n === n && m.at >= last.at + MIN_PAGE);
    if (!next) break;
    found.push(next);
  }
  if (found.length < 2 || !found.slice(1).some((m) => runsOn(text, m.at))) return [];
  // With no site chrome to say so, only a sequence whose every later page breaks a sentence is the
  // site's (…帮助齐桓公在经济、政治、\n2、军事…, aqrzj): a list's items open after a sentence ends.
  if (!known && (found.length < 3 || !found.slice(1).every((m) => runsOn(text, m.at)))) return [];
  return found.map(({ at, length }) => ({ at, length }));
}

/**
 * The text without its page numbers; a page that begins on a line of its
 * own inside a sentence is joined to the line before.
 */
export function removePageMarkers(text: string, known = true): { text: string; cut: string[] } {
  const markers = pageMarkers(text, known);
  if (markers.length === 0) return { text, cut: [] };
  let out = '';
  let from = 0;
  const cut: string[] = [];
  for (const { at, length } of markers) {
    let start = at;
    if (text[at - 1] === '\n' && runsOn(text, at)) start = text.slice(0, at).trimEnd().length;
    out += text.slice(from, start);
    cut.push(text.slice(at, at + length));
    from = at + length;
  }
  return { text: out + text.slice(from), cut };
}
