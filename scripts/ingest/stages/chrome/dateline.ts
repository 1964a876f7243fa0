// A news story opens at its dateline (本报讯（记者 唐章静）…, 齐鲁网1月31日讯 …,
// 本报北京讯 …, 【新唐人2010年9月26日讯】): sentences a page sets above it are its
// pictures' captions, lead-ins repeating the story, or a summary under its
// label — the page's, not the story's. A headline above it has no sentence
// end and stays for the structure stage. Hand-written: a print convention of
// Chinese newsrooms, not something a library models.
import { isBlank, isProse, visibleLength } from './features.ts';

/** A dateline opening a line: 本报讯, 本报北京讯, 齐鲁网1月31日讯, 新华社北京5月9日电, 【…讯】. */
const DATELINE = /^[□\s]*(?:【[^【】]{0,24}(?:电|讯)】|[（(【]?本报[\p{Script=Han}]{0,6}讯|[\p{Script=Han}·]{2,16}?[0-9]{1,2}月[0-9]{1,2}日(?:电(?!\p{Script=Han})|讯))/u;
/** A summary's label: 文章简介：, [提要], 【内容摘要】. */
const SUMMARY_LABEL = /^[[【]?(?:文章简介|内容简介|内容提要|内容摘要|提要|摘要|导读|导语|核心提示)[\]】]?\s*[:：]?/u;
/** The dateline must open the page's text: this many non-blank lines above it at most (title, info lines, captions). */
const MAX_ABOVE = 8;
/** A caption or lead-in is a sentence or two, not a paragraph of a text. */
const MAX_BLURB = 150;

/**
 * A caption or lead-in runs on in clauses (…交谈，本报记者拍下了…); a headline
 * that ends like a sentence (赵启正：今天记者们所提的问题都良好以上的！) does not.
 */
const CLAUSE = /[，,；;]/u;

/**
 * Lines above the story's dateline that are captions, lead-ins or summaries;
 * `taken` says which lines a rule already took, `title` is the page's own
 * title where its markup states one.
 */
export function blurbsAboveDateline(lines: string[], taken: (i: number) => boolean, title?: string): number[] {
  const start = lines.findIndex((line) => DATELINE.test(line) && isProse(line));
  if (start <= 0) return [];
  const above = lines.slice(0, start).map((_, i) => i).filter((i) => !isBlank(lines[i]!));
  if (above.length > MAX_ABOVE) return [];
  const named = title?.replace(/\s/gu, '');
  return above.filter((i) => {
    const text = lines[i]!.trim();
    if (taken(i) || (named && text.replace(/\s/gu, '') === named)) return false;
    return SUMMARY_LABEL.test(text) || (isProse(text) && CLAUSE.test(text) && visibleLength(text) <= MAX_BLURB);
  });
}
