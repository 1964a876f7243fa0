// The page's own headline where its <title> and meta do not give it: read
// from the page's shape — a heading that carries the <title> whole and says
// more (an organisation's name alone in <title>, the news under it in an
// <h5>), or, on a page with no heading at all, a bold line standing alone
// right above the main text. Judged by element, position and agreement with
// the <title>, never by the wording of one site.
// Hand-written: Readability and the meta readers take <h1> or <title>; none
// reads a table-layout page's bold title cell.
import { findDamage } from '../lib/damage-spans.ts';

type Element = {
  tagName: string;
  textContent: string | null;
  closest(selector: string): unknown;
  querySelectorAll(selector: string): Iterable<Element>;
};
type Doc = { querySelectorAll(selector: string): Iterable<unknown> };

const clean = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
const HAN = /\p{Script=Han}/u;
/** A title's length in characters; longer is a paragraph. */
const TITLE_LENGTH = [6, 60] as const;
/** A line of prose: the main text a title stands above. */
const PROSE_MIN = 30;
/** How many text pieces may stand between the title and the first prose (a date line, a section head). */
const REACH = 3;

const lengthOf = (text: string) => [...text].length;
/** Title-shaped: Chinese, a line long, no sentence end inside, not a label before a colon. */
const titleShaped = (text: string) => HAN.test(text) && lengthOf(text) >= TITLE_LENGTH[0] && lengthOf(text) <= TITLE_LENGTH[1] && !/[。；]/u.test(text) && !/[：:]$/u.test(text);
const isProse = (text: string) => lengthOf(text) >= PROSE_MIN && /[，。]/u.test(text);

/**
 * The heading (h1–h6) that carries the <title>'s headline whole and says
 * more after it (浙江省淡水水产研究所 / 浙江省淡水水产研究所召开…大会): the
 * <title> was the organisation's name, the heading is the page's news. Only
 * for a <title> of one piece, and when one heading text does so.
 */
export function headingAfterName(document: Doc, name: string): string | undefined {
  if (lengthOf(name) < 4) return undefined;
  const found = new Set<string>();
  for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6') as Iterable<Element>) {
    const text = clean(h.textContent);
    // The name opens a clause (…研究所召开…大会), not a heading with a summary after it (标题 年过五十的她…，…).
    const rest = text.startsWith(name) ? text.slice(name.length) : '';
    if (titleShaped(text) && lengthOf(rest) >= 4 && /^\p{Script=Han}/u.test(rest) && !/[\s，,]/u.test(rest)) found.add(text);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const BLOCKS = 'p, div, td, th, center, font, span';

/** Whether all of an element's text is one <b> or <strong> inside it. */
const wholeBold = (element: Element, text: string) => [...element.querySelectorAll('b, strong')].some((b) => clean(b.textContent) === text);

/**
 * A bold line standing alone right above the main text (a table-layout
 * page's <p><strong>中国艺术研究院2004年博士生招生简章</strong></p>, a
 * <b><font>…</font></b> title cell): the first block whose text is wholly
 * bold and title-shaped, with no prose before it on the page and prose
 * within a few text pieces after it. Outside links and list items.
 */
export function boldTitle(document: Doc, pieces: readonly string[]): string | undefined {
  for (const element of document.querySelectorAll(BLOCKS) as Iterable<Element>) {
    const text = clean(element.textContent);
    if (!titleShaped(text) || element.closest('a, li, h1, h2, h3, h4, h5, h6') || !wholeBold(element, text)) continue;
    const at = pieces.findIndex((p) => p === text || (text.startsWith(p) && p.length >= 4));
    if (at < 0) continue;
    if (pieces.slice(0, at).some(isProse)) return undefined;
    const after = pieces.slice(at + 1).filter((p) => !text.includes(p));
    return after.slice(0, REACH).some(isProse) ? text : undefined;
  }
  return undefined;
}

/**
 * The page's headline from its head with encoding damage marked □ the way
 * the damage stage marks the text: that stage reads the text, not the
 * candidates, and a title taken from the head must show its loss too.
 */
export function markHeadDamage(headline: string): string {
  let out = '';
  let at = 0;
  for (const span of findDamage(headline)) {
    out += headline.slice(at, span.start) + '□';
    at = span.end;
  }
  return out + headline.slice(at);
}
