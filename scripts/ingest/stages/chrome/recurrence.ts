// Lines after the text judged by whether their words recur in the text. A
// page's own line after the text (a document site's "read more" prompt, a
// login prompt, a station's credit) speaks of the page, so its words are not
// the text's. Words are read as Han character pairs: no vocabulary, no
// segmenter, the same on every site. Hand-written thresholds, with the real
// lines they were set from (FOREIGN_EXAMPLES, tests/unit/chrome-recurrence.test.ts).
import { hanCount, isBlank, sentenceEnds } from './features.ts';

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

/**
 * A line of the page after the text: long enough to say something, no
 * sentence of it ended, and nearly none of its words in the text.
 */
const FOREIGN_LINE = { minHan: 8, maxShared: 1, maxRecurrence: 0.15 } as const;
/**
 * Forms of the document's own lines, whatever their words: a quotation or a
 * bracketed note (（本文有删节）), an item of a list (4、艺术美学与哲学经典阅读,
 * 050402音乐学, 4填写相关必选项), a speaker's turn (中国网:在节目开始前…) and a
 * line with a date (二ОО八年十二月二十五日, 我校院长办公室 2008年12月25日印发): a
 * notice's signature and print line.
 */
const TEXT_FORM = /^[（(【\[“「《]|[”」》]$|^\s*(?:\d|[①-⑳]|[一二三四五六七八九十]+[、.．]|[-–·•▪◆◇■●○])|^\S{1,10}[:：]\s*\S|[年\/-]\s*\S{1,3}\s*月|\d{4}[-/.]\d{1,2}/u;

/** Real lines of pages after their text that this rule takes, from different sites. */
export const FOREIGN_EXAMPLES = [
  { line: '因篇幅问题不能全部显示,请点此查看更多更全内容', seen: 'm.xiaozhentang.com (wide sample clean-s9, 01)' },
  { line: '這是明報教育網-訂戶專區,進入本區前,請先登入系統...', seen: 'mingpao.com fixture:chrome/pages/mingpao-news.txt' },
  { line: '新唐人亞太電視 宋升樺 黃佩儀 臺北採訪報導', seen: 'ntdtv fixture:chrome/pages/ntdtv-report.txt' },
] as const;

/** A page's line after the text: something said, no sentence ended, and none of the text's words. */
export function isForeignLine(line: string, text: ReadonlySet<string>): boolean {
  const t = line.trim();
  return hanCount(t) >= FOREIGN_LINE.minHan && sentenceEnds(t) === 0 && !TEXT_FORM.test(t) && sharedPairs(t, text) <= FOREIGN_LINE.maxShared && recurrence(t, text) <= FOREIGN_LINE.maxRecurrence;
}

/** A link's name: a few Han characters, no punctuation at all. */
const LINK_NAME = { minHan: 2, maxHan: 8 } as const;

/** Real runs of link names after the text that the run rule takes (at least two lines each). */
export const FOREIGN_LINK_EXAMPLES = [
  { lines: ['市州分站', '网站链接'], seen: 'www.scswl.cn (wide sample clean-s9b, 07)' },
  { lines: ['微信二維碼', '安卓客戶端'], seen: 'pj9511 eval:h3-pj9511-nanchang-hospital-congress-report (the follow vocabulary takes these too)' },
] as const;

/** A link's name after the text: a short run of Han, nothing else, and none of the text's words. */
export function isForeignLinkLine(line: string, text: ReadonlySet<string>): boolean {
  const t = line.trim();
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
