// An essay site's lead-in names the piece it serves: 下面是小编为大家整理的<title>，供大家参考。
// On a page that shows no title of its own (the heading lost, only the lead-in and the text left) the
// title is read out of it. Hand-written: a convention of Chinese model-text sites no library models.
import { alternatives } from './genre-words.ts';
import { LEAD_INS, LEAD_IN_ENDS } from './title-vocabulary.ts';
import { cleanTitle } from './title-clean.ts';
import { isTitleLike } from './lines.ts';

const LEAD_IN = new RegExp(`(?:${alternatives(LEAD_INS)})([^，,。]{6,80}?)(?:${alternatives(LEAD_IN_ENDS)})`, 'u');
/**
 * The year the site puts before the name it reprints (2022年度专题党课 over the page's own 专题党课 on
 * hanjia777.com; 2022年欢乐度中秋… for a speech titled 欢乐度中秋… on agnbn.com): the site's, not the title's.
 */
const SITE_YEAR = /^(?:19|20)\d{2}年度?(?=\S{6})/u;
/**
 * A plain year that opens the occasion a speech was given at, the speaker's post between (2023年县长在全县…会议上讲话,
 * unseen20 hhscyy; 2023年市委书记在市政协九届三次会议开幕会上讲话, bfdj6688.com): the year of the occasion, part of
 * the title the lead-in quotes (leadInTitle is read only on a page that shows no title of its own). Before a speech's
 * own words (2022年欢乐度中秋、拼搏四季度——会长在…讲话, unseen4 agnbn) or as a 年度 it is the site's stamp.
 */
const OCCASION_YEAR = /^(?:19|20)\d{2}年(?!度)(?:[\p{Script=Han}]{0,8}?(?:书记|长|主任|主席))?在/u;

/**
 * A plain year (not a 年度, the year a site stamps on its template: 2022年度在市中医院分院剪彩仪式上致辞 on
 * jsjstd.com, 2022年度专题党课 on hanjia777.com, both labelled undated) opening the name the lead-in gives.
 */
const NAMED_YEAR = /^((?:19|20)\d{2})年(?!度)/u;

/** How far down the page the lead-in may stand. */
const LEAD_IN_REACH = 12;

/** The title named by an essay site's lead-in among the page's first lines, or undefined. */
export function leadInTitle(pageLines: readonly string[]): string | undefined {
  for (const line of pageLines.slice(0, LEAD_IN_REACH)) {
    const m = LEAD_IN.exec(line);
    if (!m) continue;
    const named = cleanTitle(m[1]!.trim()).title;
    const title = OCCASION_YEAR.test(named) ? named : named.replace(SITE_YEAR, '');
    return isTitleLike(title) ? title : undefined;
  }
  return undefined;
}

/** A title's characters only, to tell whether the lead-in names the document the page holds. */
const bare = (text: string) => text.replace(/[\s\p{P}]/gu, '');

/**
 * The year an essay site's lead-in puts before the name of the speech it serves (下面是小编为大家整理的2022年欢乐度中秋、
 * 拼搏四季度——会长在中秋联谊上讲话，供大家参考 on agnbn.com; …整理的2023年县长在全县安全生产电视电话会议上讲话(全文完整)，…
 * on hhscyy.com): the page's copy of its headline, which names the year the speech was given, when the name after
 * the year is the document's own title (as read by leadInTitle, or found on the page). A repost's posting stamp dates
 * nothing, so this copy of the headline is the one place such a page states its year (tests/eval/README.md, expected.date).
 */
export function leadInYear(pageLines: readonly string[], title: string): number | undefined {
  const own = bare(title);
  if (own.length < 6) return undefined;
  for (const line of pageLines.slice(0, LEAD_IN_REACH)) {
    const m = LEAD_IN.exec(line);
    if (!m) continue;
    const named = m[1]!.trim();
    const year = NAMED_YEAR.exec(named);
    if (!year) return undefined;
    const rest = bare(named.slice(year[0].length));
    // The title may keep the year (2023年县长在…讲话) or go without it and the site's marks (…讲话(全文完整)).
    return bare(named).includes(own) || (rest.length >= 6 && own.includes(rest)) ? Number(year[1]) : undefined;
  }
  return undefined;
}
