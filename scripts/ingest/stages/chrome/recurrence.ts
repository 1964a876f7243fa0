// Lines after the text judged by whether their words recur in the text: the
// page's link names after the text (市州分站 / 网站链接) speak of the page, so
// their words are not the text's. Words are read as Han character pairs: no
// vocabulary, no segmenter, the same on every site. Hand-written thresholds,
// with the real lines they were set from (FOREIGN_LINK_EXAMPLES).
import { hanCount, isBlank } from './features.ts';

/** The Han character pairs of a text, adjacent in the text (a pair across punctuation is not a word). */
export function hanPairs(text: string): string[] {
  const pairs: string[] = [];
  for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  }
  return pairs;
}

/** The share of a line's Han pairs that the text also has (0 when the line has none). */
export function recurrence(line: string, text: ReadonlySet<string>): number {
  const pairs = hanPairs(line);
  if (pairs.length === 0) return 0;
  return sharedPairs(line, text) / pairs.length;
}

/** How many of a line's Han pairs the text also has: the names and words they share. */
export function sharedPairs(line: string, text: ReadonlySet<string>): number {
  return hanPairs(line).filter((pair) => text.has(pair)).length;
}

/** A link's name: a few Han characters, no punctuation at all. */
const LINK_NAME = { minHan: 2, maxHan: 8 } as const;

/** Real runs of link names after the text that the run rule takes (at least two lines each). */
export const FOREIGN_LINK_EXAMPLES = [
  { lines: ['市州分站', '网站链接'], seen: 'www.scswl.cn (wide sample clean-s9b, 07)' },
  { lines: ['微信二維碼', '安卓客戶端'], seen: 'pj9511 eval:h3-pj9511-nanchang-hospital-congress-report (the follow vocabulary takes these too)' },
  { lines: ['• 为你推荐', '• 公益播报', '• 公益汇', '• 进社区', '热点推荐'], seen: 'oriextravels.com eval:b16-oriextravels-wuyuan-mooncake-market-report (bulleted, between the text and the footer)' },
] as const;

/**
 * The bullet the stored page text prints before an HTML list's item (`  • 为你推荐`): the
 * scraper's rendering of <li>, the same on every site (menus printed so: pg-jcivt-holiday-notice,
 * ho-hhyfoundation-xuyongguang-interview, u1-pfcx-court-report-interview,
 * y1-cyberctm-macao-national-day-reception-report, a8-zzcsz-doctors-day-letter-article,
 * b16-oriextravels-wuyuan-mooncake-market-report). A link's name keeps its shape behind it.
 */
const LIST_BULLET = /^[•·▪◦●■◆]\s*/u;

/** A link's name after the text: a short run of Han (behind a list bullet or not), nothing else, and none of the text's words. */
export function isForeignLinkLine(line: string, text: ReadonlySet<string>): boolean {
  const t = line.trim().replace(LIST_BULLET, '');
  const han = hanCount(t);
  return han >= LINK_NAME.minHan && han <= LINK_NAME.maxHan && /^[\p{Script=Han}\s]+$/u.test(t) && sharedPairs(t, text) === 0;
}

/** The Han pairs of the given lines (the text's prose lines). */
export function pairSet(lines: readonly string[], keep: (i: number) => boolean): Set<string> {
  const set = new Set<string>();
  lines.forEach((line, i) => {
    if (!isBlank(line) && keep(i)) for (const pair of hanPairs(line)) set.add(pair);
  });
  return set;
}
