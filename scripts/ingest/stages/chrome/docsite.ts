// What document-sharing sites (文库, 文档 preview pages) print into the text
// itself: the number of each preview page (1、 2、 3、) glued where the page
// begins, often in the middle of a word (…50公里3、飞行半径…, …焦点\n2、问题。).
// Hand-written: a convention of those sites, which no library models.

/** A page number as the preview prints it; not a run of numbers (第2、3条) nor an ordinal. */
const MARK = /(?<![\d.．第])(\d{1,3})、(?!\d)/gu;
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
  const previous = text.slice(0, at - 1).split('\n').at(-1) ?? '';
  return previous.length >= PAGE_LINE && !SENTENCE_END.test(previous.trim());
}

/**
 * The preview-page numbers of a document site's text: 1、 opening a line,
 * then 2、 3、 … each a page or more after the one before, at least one of
 * them glued inside running text. None when the sequence does not hold.
 */
export function pageMarkers(text: string): Marker[] {
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
  return found.map(({ at, length }) => ({ at, length }));
}

/**
 * The text without its page numbers; a page that begins on a line of its
 * own inside a sentence is joined to the line before.
 */
export function removePageMarkers(text: string): { text: string; cut: string[] } {
  const markers = pageMarkers(text);
  if (markers.length === 0) return { text, cut: [] };
  let out = '';
  let from = 0;
  const cut: string[] = [];
  for (const { at, length } of markers) {
    let start = at;
    if (text[at - 1] === '\n' && runsOn(text, at)) start = at - 1;
    out += text.slice(from, start);
    cut.push(text.slice(at, at + length));
    from = at + length;
  }
  return { text: out + text.slice(from), cut };
}
