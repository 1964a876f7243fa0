// The headline's place on a news or government page: it stands right above
// the page's info line — the date the page was put up, with its source
// (新闻局 / 2024-01-22 21:21; http://… 2012-03-02 18:58 来源：中国经济网).
// What stands under that line — picture captions, a video's title, the
// headline printed again over a photo — is not the headline, though it may
// repeat itself. Judged by position on the page as it read before the chrome
// stage (which takes most info lines out), never by the wording of one site.
// Hand-written: a page-layout convention no library models.
import { bare } from './title-agreement.ts';

/** A date with its day: 2024-01-22, 2012年03月02日, 2020/10/27. */
const FULL_DATE = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)/u;
/** An info line is one line of fields, not a sentence or a paragraph. */
const INFO_MAX = 100;
/** A source's name alone on a line between the headline and the date (新闻局). */
const SOURCE_MAX = 10;

/** The clock time a page was put up at, after its date: 21:21, 18:58:03. */
const TIME = /\d{1,2}[:：]\d{2}/u;

/** A field's label before its colon (来源：, 时间：, 阅读数：). */
const FIELD = /[\p{Script=Han}]{2,6}\s*[：:]/gu;

/**
 * A line stating when the page was put up among its fields: to the minute,
 * or to the day among two labelled fields or more (文章来源：太原日报 时间：2022-06-13 阅读数：683);
 * never a sentence, nor a site header's today (2021年7月1日 星期四).
 */
export function isStampLine(line: string): boolean {
  const date = FULL_DATE.exec(line);
  if (date === null || [...line].length > INFO_MAX || /[。；！？]/u.test(line)) return false;
  return TIME.test(line.slice(date.index + date[0].length)) || (line.match(FIELD)?.length ?? 0) >= 2;
}

/** Whether the line at `k` is followed by an info line, after at most one short source line. */
function stampAfter(lines: readonly string[], k: number): boolean {
  const next = lines[k + 1];
  if (next === undefined) return false;
  if (isStampLine(next)) return true;
  const after = lines[k + 2];
  return [...next.trim()].length <= SOURCE_MAX && !FULL_DATE.test(next) && after !== undefined && isStampLine(after);
}

/**
 * Whether `title` stands right above the page's info line: in the text as
 * the title stage reads it (`lines`, at `at`), or on the page before the
 * chrome stage took the info line out (`before`).
 */
export function aboveInfoLine(title: string, lines: readonly string[], at: number, before: readonly string[] = []): boolean {
  if (stampAfter(lines, at)) return true;
  const key = bare(title);
  if (key.length < 4) return false;
  const k = before.findIndex((line) => bare(line) === key);
  return k >= 0 && stampAfter(before, k);
}
