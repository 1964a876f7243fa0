// Finds dates in Chinese text: 2012年5月29日, 二〇一二年六月六日, 2012.5.29,
// 2012-05-29, 2012/5/29, 2012年5月, full-width digits, and month-day dates
// without a year (5月29日). No npm package parses the Chinese date grammar
// (the date libraries know formats with fixed tokens, not 二〇一二年六月二十七日
// or 〇/○/零 variants), so the grammar is a small set of regular expressions;
// the numerals go through core/chinese-numerals.ts (nzh) and validity through date-fns.
// Taiwan's official calendar counts years of the Republic (中华民国86年3月7日 is
// 1997-03-07): after the 民国 word, or bare with a three-digit year and its day
// (發稿時間:115年2月9日, or a stamp 108-06-15), since no Gregorian year has three digits; a bare 93年 is as
// likely a mainland 1993, so two digits need the word.
// The subpath, not the package root: the root re-exports all of date-fns, hundreds of modules
// to resolve at every start and in every worker.
import { isExists } from 'date-fns/isExists';
import { asciiDigits, COUNTING_CLASS, countingNumeral, dateNumber, DIGIT_CLASS, digitNumeral } from '../chinese-numerals.ts';
import { MAX_YEAR, MIN_YEAR } from './range.ts';

export interface FoundDate {
  /** The text matched, as written. */
  text: string;
  index: number;
  end: number;
  /** Absent for a month-day date (5月29日) until resolved against a known year. */
  year?: number;
  month?: number;
  day?: number;
}

const YEAR = `(\\d{4}|[${DIGIT_CLASS}]{4})`;
const MONTH = `(\\d{1,2}|[${COUNTING_CLASS}]{1,2})`;
const DAY = `(\\d{1,2}|[${COUNTING_CLASS}]{1,3})`;
/** A year of the Republic: 86, 107, 一百十二, 九十六, or digit by digit 一一二. */
const ROC_YEAR = `(\\d{1,3}|[${COUNTING_CLASS}百]{1,5})`;
/** The Republic of China's years count from 1912: 民国113年 is 2024. */
export const ROC_EPOCH = 1911;
// Alternatives in order of precedence; each is tried at every position, the
// first that matches there wins, so a full date is never read as year-month.
const PATTERNS: { re: RegExp; parts: ('y' | 'm' | 'd')[]; roc?: boolean }[] = [
  { re: new RegExp(`(?:中华)?民国\\s*${ROC_YEAR}\\s*年\\s*${MONTH}\\s*月\\s*${DAY}\\s*[日号]`, 'y'), parts: ['y', 'm', 'd'], roc: true },
  { re: new RegExp(`(?:中华)?民国\\s*${ROC_YEAR}\\s*年\\s*${MONTH}\\s*月(?!\\s*[${COUNTING_CLASS}\\d])`, 'y'), parts: ['y', 'm'], roc: true },
  { re: new RegExp(`${YEAR}\\s*年\\s*${MONTH}\\s*月\\s*${DAY}\\s*[日号]`, 'y'), parts: ['y', 'm', 'd'] },
  { re: /(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d.])/y, parts: ['y', 'm', 'd'] },
  // A stamp whose clock time lost the space before it (发布时间:2021-10-2609:26:57, unseen12 cqps), as 年月日
  // stamps lose it too (2024年05月17日08:59, 2008年01月25日10:33): read only with a two-digit month and day and
  // the hour and minutes of a clock after them, so that no other run of digits is split.
  { re: /(\d{4})([-./])(\d{2})\2(\d{2})(?=(?:[01]\d|2[0-3]):[0-5]\d)/y, parts: ['y', 'm', 'd'] },
  { re: new RegExp(`${YEAR}\\s*年\\s*${MONTH}\\s*月(?!\\s*[${COUNTING_CLASS}\\d])`, 'y'), parts: ['y', 'm'] },
  // A site's stamp in the Republic's years, three digits and separators (新聞日期：108-06-15; 新聞參考資料112.7.5):
  // no Gregorian year has three digits; not inside a longer run of numbers (an address, 192.168.1.1).
  { re: /(?<![\d.])(1\d\d)([-./])(\d{1,2})\2(\d{1,2})(?![\d.])/y, parts: ['y', 'm', 'd'], roc: true },
  { re: new RegExp(`(1\\d\\d)\\s*年\\s*${MONTH}\\s*月\\s*${DAY}\\s*[日号]`, 'y'), parts: ['y', 'm', 'd'], roc: true },
  { re: new RegExp(`${MONTH}\\s*月\\s*${DAY}\\s*[日号]`, 'y'), parts: ['m', 'd'] },
];

/** Where a date can begin: every pattern starts with a year, a month or the Republic's name. */
const START = new RegExp(`[\\d${DIGIT_CLASS}${COUNTING_CLASS}]|(?:中华)?民国`, 'g');
/**
 * What every pattern holds after its start: 月, or the separator of 2012-05-29
 * (2012.5.29, 2012/5/29). A date cannot begin past the last of them, so the
 * search stops there; most lines of text hold none and cost one scan
 * (一, 十 and the other numerals open a search at nearly every clause).
 */
const NEEDED = /[月\-./]/g;

function lastNeeded(text: string): number {
  let last = -1;
  NEEDED.lastIndex = 0;
  for (let m = NEEDED.exec(text); m; m = NEEDED.exec(text)) last = m.index;
  return last;
}

/** A date as YYYY-MM-DD, YYYY-MM or YYYY; undefined when it cannot exist (2月30日, 13月). */
export function isoDate(year: number, month?: number, day?: number): string | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const yyyy = String(year);
  if (month === undefined) return yyyy;
  if (month < 1 || month > 12) return undefined;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${yyyy}-${mm}`;
  if (!isExists(year, month - 1, day)) return undefined;
  return `${yyyy}-${mm}-${String(day).padStart(2, '0')}`;
}

function startsNumber(text: string, index: number): boolean {
  return index > 0 && /[\d〇○零一二三四五六七八九十廿卅]/.test(text[index - 1]!);
}

/** Every date in the text, left to right, without overlaps; impossible dates are left out. */
export function findDates(text: string): FoundDate[] {
  const ascii = asciiDigits(text);
  const found: FoundDate[] = [];
  const limit = lastNeeded(ascii);
  let i = 0;
  while (i <= limit) {
    // The patterns are tried only where a numeral stands, not at every character.
    START.lastIndex = i;
    const start = START.exec(ascii);
    if (!start) break;
    i = start.index;
    const hit = startsNumber(ascii, i) ? undefined : matchAt(ascii, i);
    if (!hit) {
      i += 1;
      continue;
    }
    const date = { ...hit, text: text.slice(hit.index, hit.end) };
    const complete = date.year === undefined ? isoDate(2000, date.month, date.day) : isoDate(date.year, date.month, date.day);
    if (complete) found.push(date);
    i = hit.end;
  }
  return found;
}

function matchAt(text: string, index: number): FoundDate | undefined {
  for (const { re, parts, roc } of PATTERNS) {
    re.lastIndex = index;
    const m = re.exec(text);
    if (!m) continue;
    const groups = m.slice(1).filter((g) => !/^[-./]$/.test(g));
    const date: FoundDate = { text: m[0], index, end: index + m[0].length };
    parts.forEach((part, n) => {
      const raw = groups[n]!;
      const value = part === 'y' ? (roc ? rocYear(raw) : /^\d+$/.test(raw) ? Number(raw) : digitNumeral(raw)) : dateNumber(raw);
      if (part === 'y') date.year = value;
      else if (part === 'm') date.month = value;
      else date.day = value;
    });
    if ((parts.includes('y') && date.year === undefined) || date.month === undefined || (parts.includes('d') && date.day === undefined)) continue;
    return date;
  }
  return undefined;
}

/** The Gregorian year of a year of the Republic written in digits, as a counting numeral (一百十二) or digit by digit (一一二). */
function rocYear(raw: string): number | undefined {
  const n = /^\d+$/u.test(raw) ? Number(raw) : /[十百]/u.test(raw) ? countingNumeral(raw) : digitNumeral(raw);
  return n === undefined || n < 1 ? undefined : ROC_EPOCH + n;
}

/** The ISO form of a found date; undefined for a month-day date with no year. */
export function isoOf(date: FoundDate): string | undefined {
  return date.year === undefined ? undefined : isoDate(date.year, date.month, date.day);
}

/** Days between two calendar dates, as UTC days so that no clock change shifts them. */
const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;

/**
 * The year a month-day date (5月29日) belongs to, read against a dated
 * reference of the same document (a notice's signature, a page's date): the
 * year that puts the day nearest the reference. A notice issued 2012-06-06
 * that speaks of a meeting on 5月29日 means 2012-05-29; one issued 2013-01-05
 * that speaks of 12月29日 means 2012; a page dated 2021-04-09 whose report
 * opens on 4月25日 means 2021-04-25 (a stamp a little early), not a year back.
 * A reference with a month and no day stands for the middle of its month.
 */
export function resolveYear(date: FoundDate, reference: { year: number; month?: number; day?: number }): string | undefined {
  if (date.month === undefined) return undefined;
  if (reference.month === undefined) return isoDate(reference.year, date.month, date.day);
  const target = dayNumber(reference.year, reference.month, reference.day ?? 15);
  const distance = (year: number) => Math.abs(dayNumber(year, date.month!, date.day ?? 15) - target);
  const [year] = [reference.year, reference.year - 1, reference.year + 1].sort((a, b) => distance(a) - distance(b));
  return isoDate(year!, date.month, date.day);
}

/**
 * The year of a month-day date that cannot come after its reference: a wire's day filed
 * (中新网 香港3月20日电) against the stamp of a page that carries the report, which was posted
 * after it was filed, whenever that was (a portal's repost months later: 2024-11-23 over
 * 3月20日 means 2024-03-20, not the nearer 2025-03-20). A day of slack for a clock's time zone, or
 * more (`slack` days) where a day a little after the reference is still possible.
 */
export function resolveYearNotAfter(date: FoundDate, reference: { year: number; month?: number; day?: number }, slack = 1): string | undefined {
  if (date.month === undefined) return undefined;
  const limit = dayNumber(reference.year, reference.month ?? 12, reference.day ?? 31) + slack;
  const year = dayNumber(reference.year + 1, date.month, date.day ?? 1) <= limit ? reference.year + 1 : dayNumber(reference.year, date.month, date.day ?? 1) <= limit ? reference.year : reference.year - 1;
  return isoDate(year, date.month, date.day);
}

/**
 * A day alone in digits opening the text (24日，…; 28日下午…), as a report's
 * first sentence names the day when the month is the page's or the
 * dateline's: a found date with a day and no month, until resolveDay places
 * it. Not in Chinese numerals: 一日，… opens a story (one day, …).
 */
export function leadingDay(text: string): FoundDate | undefined {
  const m = /^(\d{1,2})\s*日/u.exec(asciiDigits(text));
  const day = m ? dateNumber(m[1]!) : undefined;
  if (!m || day === undefined || day < 1 || day > 31) return undefined;
  return { text: text.slice(0, m[0].length), index: 0, end: m[0].length, day };
}

/**
 * The month a day alone (24日) belongs to, read against a dated reference
 * that follows it — the page's stamp or a wire's dateline (its year may be
 * missing): the reference's month when the day is not after the reference's
 * day, else the month before (a report of the 28th stamped on the 2nd is of
 * last month). Undefined when the reference has no day, or the day cannot be
 * in that month.
 */
export function placeDay(date: FoundDate, reference: { year?: number; month?: number; day?: number }): FoundDate | undefined {
  if (date.day === undefined || reference.month === undefined || reference.day === undefined) return undefined;
  const before = date.day > reference.day;
  const month = before ? (reference.month === 1 ? 12 : reference.month - 1) : reference.month;
  const year = reference.year === undefined ? undefined : before && reference.month === 1 ? reference.year - 1 : reference.year;
  // A leap year stands in for a missing year, so that 29 February is possible.
  if (isoDate(year ?? 2000, month, date.day) === undefined) return undefined;
  return { ...date, year, month };
}

/** placeDay's date as ISO, against a reference with its year. */
export function resolveDay(date: FoundDate, reference: { year: number; month?: number; day?: number }): string | undefined {
  const placed = placeDay(date, reference);
  return placed && isoOf(placed);
}

export interface DateLine {
  date: FoundDate;
  /** Written in brackets, as the date line under a speech title usually is: （2012年5月29日）. */
  bracketed: boolean;
}

/**
 * The answers for the lines asked about lately, frozen and shared: the chrome,
 * structure, type and date rules ask about the same lines of a page many
 * times over (about 2% of ingest's CPU, docs/performance.md, twenty-sixth
 * session). Emptied when full.
 */
const dateLines = new Map<string, DateLine | undefined>();
const DATE_LINES_LIMIT = 4096;

// Built once, not at every call (neither is global: no state between calls).
const YEAR_ALONE = new RegExp(`^${YEAR}\\s*年$`);
const FIRST_YEAR = new RegExp(`(?<![\\d${DIGIT_CLASS}])${YEAR}\\s*年`);

/**
 * A line that is a date and nothing else — optionally bracketed, optionally
 * followed by a remark after a comma (（2012年5月29日，根据录音整理）) or in
 * brackets (2005年8月25日（来源：上海证券报）) —
 * or, for a year alone, a line like 2012年. Undefined for any other line.
 */
export function dateLine(line: string): DateLine | undefined {
  if (dateLines.has(line)) return dateLines.get(line);
  const answer = readDateLine(line);
  if (answer) Object.freeze(Object.freeze(answer).date);
  if (dateLines.size >= DATE_LINES_LIMIT) dateLines.clear();
  dateLines.set(line, answer);
  return answer;
}

function readDateLine(line: string): DateLine | undefined {
  // A table's cell bars around the line (2007年9月10日 | under a forum post's signature; 2011/10/17 | closing a school's page)
  // are the rendering's, not the text's.
  const trimmed = line.replace(/\s+/g, ' ').trim().replace(/^[|｜]\s*|\s*[|｜]$/gu, '');
  const bracket = /^[（(［[【〔](.*?)[）)］\]】〕]$/.exec(trimmed);
  const inner = (bracket ? bracket[1]! : trimmed).trim();
  const [first] = findDates(inner);
  if (first && first.index === 0 && first.year !== undefined) {
    const rest = inner.slice(first.end).trim();
    // A signature's date with the page's source glued after it in brackets: 2005年8月25日（来源：上海证券报）.
    const remark = bracket === null && /^[（(][^（）()]{1,30}[）)]$/u.test(rest);
    if (rest === '' || remark || (bracket !== null && /^[，,；;]/.test(rest))) return { date: first, bracketed: bracket !== null };
  }
  const dayFirst = dayFirstLine(asciiDigits(inner));
  if (dayFirst) return { date: { ...dayFirst, text: inner, index: 0, end: inner.length }, bracketed: bracket !== null };
  const year = YEAR_ALONE.test(asciiDigits(inner)) ? firstYear(inner) : undefined;
  if (year !== undefined) return { date: { text: inner, index: 0, end: inner.length, year }, bracketed: bracket !== null };
  return undefined;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** 26-08-2019, 26/08/2019, 26.08.2019: the day first, as Hong Kong and Macao pages print a date. */
const DAY_MONTH_YEAR = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})$/u;
/** 09Sep 2021, 1 September 2021, 1st Sept., 2021 */
const DAY_NAMED_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s*${MONTH_NAME}\\s*,?\\s*(\\d{4})$`, 'iu');
/** Sep 9, 2021; September 9th 2021 */
const NAMED_MONTH_DAY = new RegExp(`^${MONTH_NAME}\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})$`, 'iu');

/**
 * A line that is a date written day first or with the month's English name, the forms of Hong Kong's and
 * Macao's pages (26-08-2019 over a government office's transcript, unseen3 w2-ogcio; a date badge 09Sep 2021,
 * unseen8 a8-cuhkmc). Read only as a whole line: inside a sentence a run like 12/05/2020 may be month first.
 * Numbers that fit only month first (08/26/2019) are read so; both readings possible, day first.
 */
function dayFirstLine(line: string): { year: number; month: number; day: number } | undefined {
  const numeric = DAY_MONTH_YEAR.exec(line);
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
    if (isoDate(year, b, a)) return { year, month: b, day: a };
    return isoDate(year, a, b) ? { year, month: a, day: b } : undefined;
  }
  const named = DAY_NAMED_MONTH.exec(line);
  const spelled = named ? { day: Number(named[1]), month: MONTH_NAMES.indexOf(named[2]!.slice(0, 3).toLowerCase()) + 1, year: Number(named[3]) } : undefined;
  const first = NAMED_MONTH_DAY.exec(line);
  const date = spelled ?? (first ? { day: Number(first[2]), month: MONTH_NAMES.indexOf(first[1]!.slice(0, 3).toLowerCase()) + 1, year: Number(first[3]) } : undefined);
  return date && isoDate(date.year, date.month, date.day) ? date : undefined;
}

/** The first year written as 2012年 or 二〇一二年 in the text, if it is a possible year. */
export function firstYear(text: string): number | undefined {
  const m = FIRST_YEAR.exec(asciiDigits(text));
  if (!m) return undefined;
  const year = /^\d+$/.test(m[1]!) ? Number(m[1]) : digitNumeral(m[1]!);
  return year !== undefined && isoDate(year) ? year : undefined;
}

/**
 * The readings of a signature date whose 年, 月 and 日 were lost in the page's
 * text (2020928, 2020126): the year, then a month and a day, every split the
 * calendar allows (2020928 → 2020-09-28 only; 2020126 → 2020-01-26 or
 * 2020-12-06). Empty for any other line.
 */
export function compactDateReadings(line: string): FoundDate[] {
  const text = line.trim();
  const m = /^((?:19|20)\d{2})(\d{3,4})$/u.exec(text);
  if (!m) return [];
  const year = Number(m[1]);
  const rest = m[2]!;
  const splits = rest.length === 4 ? [[rest.slice(0, 2), rest.slice(2)]] : [[rest.slice(0, 1), rest.slice(1)], [rest.slice(0, 2), rest.slice(2)]];
  return splits
    // Digits without separators drop no zeros: 2020105 is 10月5日, never 1月05日.
    .filter(([mm, dd]) => rest.length === 4 || (!mm!.startsWith('0') && !dd!.startsWith('0')))
    .map(([mm, dd]) => ({ text, index: 0, end: text.length, year, month: Number(mm), day: Number(dd) }))
    .filter((d) => isoDate(d.year, d.month, d.day) !== undefined);
}
