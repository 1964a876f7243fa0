// An essay site's lead-in names the piece it serves: 下面是小编为大家整理的<title>，供大家参考。
// On a page that shows no title of its own (the heading lost, only the lead-in and the text left) the
// title is read out of it. Hand-written: a convention of Chinese model-text sites no library models.
import { alternatives } from './genre-words.ts';
import { LEAD_INS } from './title-vocabulary.ts';
import { cleanTitle } from './title-clean.ts';
import { isTitleLike } from './lines.ts';

const LEAD_IN = new RegExp(`(?:${alternatives(LEAD_INS)})([^，,。]{6,80}?)[，,]\\s*供大家参考`, 'u');
/**
 * The year the site puts before the name it reprints (2022年度专题党课 over the page's own 专题党课 on
 * hanjia777.com; 2022年欢乐度中秋… for a speech titled 欢乐度中秋… on agnbn.com): the site's, not the title's.
 */
const SITE_YEAR = /^(?:19|20)\d{2}年度?(?=\S{6})/u;

/** How far down the page the lead-in may stand. */
const LEAD_IN_REACH = 12;

/** The title named by an essay site's lead-in among the page's first lines, or undefined. */
export function leadInTitle(pageLines: readonly string[]): string | undefined {
  for (const line of pageLines.slice(0, LEAD_IN_REACH)) {
    const m = LEAD_IN.exec(line);
    if (!m) continue;
    const title = cleanTitle(m[1]!.trim()).title.replace(SITE_YEAR, '');
    return isTitleLike(title) ? title : undefined;
  }
  return undefined;
}
