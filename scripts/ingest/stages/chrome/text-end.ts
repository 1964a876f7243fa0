// Where the document's text ends, by the structure of the page rather than by
// its words. The text is one run of prose; a page prints after it a block of
// its own (a list heading, link titles, a footer) and, below that block, a
// teaser or two of other pages — prose again, so "the last prose line" is not
// the text's end. And a notice closes with its signature date: after that
// date only Han text of the notice may follow (附注, 附件, 抄送), so a line
// with no Han at all there (a view count: 323) is the page's.
// Hand-written: a few counts over the lines the chrome stage already reads.
import { hanCount, isBlank } from './features.ts';

/** A page block is at least this many lines: a heading, a title or two under it. One or two lines between paragraphs are headings or captions of the text. */
const MIN_BLOCK = 3;
/** Prose after the block is another page's teaser only when it is this small beside the text: a share of the text's Han characters… */
const MAX_TAIL_SHARE = 1 / 3;
/** …and at most this many lines. */
const MAX_TAIL_LINES = 3;
/**
 * A teaser has the form a list gives it: an item's mark before it or the
 * ellipsis where the page cut it short. Prose after an author's line or a
 * provenance note without that form is the text itself, printed after its
 * own credits (chinadigitaltimes.net).
 */
const TEASER_FORM = /^\s*(?:[-–·•▪◆◇■●○]|\d{1,2}[.、)）])\s*|(?:\.{3,}|…+)\s*$/u;

export interface LineReading {
  /** The line is prose no rule names: a line of the text. */
  prose: boolean;
  /** A rule names the line as chrome at the page's edges (a list heading, a footer line); not chrome a rule finds inside texts too (a forum's jammer). */
  edge: boolean;
  /** A rule names the line a list's heading (相关阅读, 推荐阅读). */
  heading?: boolean;
  /** The line has a form of the document: a numbered heading, or what a document closes with (a signature, a date, an attachment or contact line). */
  own: boolean;
}

/**
 * The index of the text's last line: the last prose line, or — when the last
 * prose lines have a teaser's form and stand after a block of at least MIN_BLOCK lines that are not
 * prose, none of them a form of the document and at least one of them
 * named chrome at the page's edges by a rule — the last prose line before that block, provided what stands
 * after it is small beside the text. Returns -1 when no line is prose.
 */
export function textEnd(lines: readonly string[], reading: readonly LineReading[]): number {
  const prose = reading.flatMap((r, i) => (r.prose ? [i] : []));
  if (prose.length === 0) return -1;
  const listed = beforeHeadedList(lines, reading);
  if (listed !== -1) return listed;
  const han = (i: number) => hanCount(lines[i]!);
  const total = prose.reduce((sum, i) => sum + han(i), 0);
  let tail = 0;
  // From the end: the prose lines after each gap, while they stay few and small.
  for (let k = prose.length - 1; k > 0 && prose.length - k <= MAX_TAIL_LINES; k--) {
    if (!TEASER_FORM.test(lines[prose[k]!]!)) break;
    tail += han(prose[k]!);
    if (tail > (total - tail) * MAX_TAIL_SHARE) break;
    const gap = [];
    for (let i = prose[k - 1]! + 1; i < prose[k]!; i++) if (!isBlank(lines[i]!)) gap.push(i);
    if (gap.length >= MIN_BLOCK && gap.some((i) => reading[i]!.edge) && !gap.some((i) => reading[i]!.own)) return prose[k - 1]!;
  }
  return prose.at(-1)!;
}

/** An item of a list: its mark before it (- 标题, • 标题, 1. 标题). */
const ITEM_MARK = /^\s*(?:[-–·•▪◆◇■●○]|\d{1,2}[.、)）])\s*\S/u;
/** An item printed without a mark is a headline's length at most: a line of the text under a heading runs longer. */
const MAX_BARE_ITEM = 40;

/**
 * The last prose line before a list heading (推荐阅读, 相关阅读, 视频更多) when the
 * heading and its items end the page: the items are headlines of other
 * pages whatever their number or length, prose as some read (a content farm's
 * 推荐阅读 with eight `- 栏目|标题，…` items, easyfang.com; 相关新闻 with three dated
 * `- 2021-03-25…` items, www.gscn.com.cn). Items without a mark count when each is
 * a headline's length and all of them are small beside the text: five video titles
 * under 视频更 多, the last cut inside its second clause (…百度来香港了！将促进产教结合 培养,
 * 203.198.47.105 eval:b11-crntthk-legco-housing-qa-interview); five titles under
 * 热点推荐更多>> (kejuu.com fixture:chrome/pages/kejuu-fjsen-mirror.txt). -1 when the page
 * does not end so, or an item has a form of the document.
 */
function beforeHeadedList(lines: readonly string[], reading: readonly LineReading[]): number {
  let i = lines.length - 1;
  let items = 0;
  let bare = 0;
  for (; i >= 0 && (isBlank(lines[i]!) || ITEM_MARK.test(lines[i]!) || (!reading[i]!.heading && [...lines[i]!.trim()].length <= MAX_BARE_ITEM) || isItemTeaser(lines, reading, i)); i--) {
    if (isBlank(lines[i]!)) continue;
    if (reading[i]!.own) return -1;
    if (!ITEM_MARK.test(lines[i]!)) bare += hanCount(lines[i]!);
    items++;
  }
  if (items === 0 || i < 0 || !reading[i]!.heading) return -1;
  const text = reading.reduce((sum, r, j) => (j < i && r.prose ? sum + hanCount(lines[j]!) : sum), 0);
  if (bare > text * MAX_TAIL_SHARE) return -1;
  for (let j = i - 1; j >= 0; j--) if (reading[j]!.prose) return j;
  return -1;
}

/** A line that closes its sentence (。！？, a closing quotation mark after them). */
const CLOSED = /[。！？!?][”」』"]?\s*$/u;

/**
 * The teaser a list prints under an item's title, cut where the store or the template
 * cut it (相关范文推荐 / • …活动倡议书 / 广大家长朋友、…盼望, fwdq.com; 新闻推荐 / 中纪委通报19起… /
 * 央视新闻客户端1月26日消息,…通报了19起违., m.yybnet.net): a line of any length that does
 * not close its sentence, right under a title (an item with its mark, or a bare headline's
 * length that closes no sentence either).
 */
function isItemTeaser(lines: readonly string[], reading: readonly LineReading[], i: number): boolean {
  if (reading[i]!.heading || reading[i]!.own || CLOSED.test(lines[i]!)) return false;
  let k = i - 1;
  while (k >= 0 && isBlank(lines[k]!)) k--;
  if (k < 0 || reading[k]!.heading || reading[k]!.own) return false;
  const title = lines[k]!;
  return ITEM_MARK.test(title) || ([...title.trim()].length <= MAX_BARE_ITEM && !CLOSED.test(title));
}

/**
 * A time of day alone, or another date alone, after the text's signature date:
 * the page's posting time or revision stamp (香港时间20时46分 under a release
 * of info.gov.hk, 2019年4月12日 under one of healthbureau.gov.hk), not the text's.
 */
const PAGE_STAMP = /^(?:\p{Script=Han}{2}时间\s*)?\d{1,2}\s*[时:：]\s*\d{2}\s*分?$|^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/u;

/** A line with no Han character after a notice's signature date: a counter or a widget of the page (323, +1); or the page's own stamp. */
export function afterSignature(lines: readonly string[], signatureDate: number): number[] {
  const found: number[] = [];
  for (let i = signatureDate + 1; i < lines.length; i++) if (!isBlank(lines[i]!) && (hanCount(lines[i]!) === 0 || PAGE_STAMP.test(lines[i]!.trim()))) found.push(i);
  return found;
}
