// Where a document states its own date inside its text: the day a report's
// first sentence opens on, the year of the meeting a speech's title names, a
// signature's date line in the middle of a notice (before its attachment).
import { isSignatureLine } from '../structure/tail.ts';
import { CONGRESSES, HOLIDAYS, type Holiday } from './holidays.ts';
import { ANNIVERSARIES, OCCASION_ANNIVERSARIES, CEREMONY_YEARS, ZODIAC_GREETINGS, LEDE_MEETING_YEARS, YEAR_TURNS, DATED_DATELINES, DATELINES, EVENT_VERBS, SUBJECT_DAY_ACTS, FORWARD_YEAR_CUES, LEDE_CLAUSES, MONTHLESS_DAYS, DAY_MARK_DROPS, RUN_IN_SUBTITLES, HEAD_DATE_GLUES, BARE_YESTERDAYS, STAMP_BULLETS, TODAY_DATES, MEETING_YEAR_TITLES, YEAR_OPENED_SPEECH_TITLES, NATIONAL_SESSIONS, PLANNING_YEARS, RELATIVE_DAYS, RELATIVE_PAST_YEARS, REVIEWED_YEAR_CUES, PLANNED_YEAR_BEFORE, PLANNED_YEAR_AFTER, DOCUMENT_YEAR_CUES, GLUED_SIGNATURES, COVER_CLOSINGS, SOURCE_LINE_LABELS, PAGE_DATE_LABELS, ISSUE_PAGE_MARKS, INTERVIEW_DATE_LABELS, ROC_TITLE_YEARS, STANDARD_TIMES, HOLIDAY_YEARS, HOLIDAY_TODAYS, HOLIDAY_AHEAD, HOLIDAY_PASSING, OBSERVANCE_ORDINALS, OBSERVANCE_CLAUSES, CONGRESS_OCCASIONS, NATIONAL_EVENTS, TITLE_EVENT_DATES, TITLE_YEAR_TIMES, BRACKET_DATELINES, CNA_DATELINES, WIRE_CLOSING_CODES, ISSUE_DATE_LABELS, OPENING_DAYS, alternatives } from './date-vocabulary.ts';
import { asciiDigits, countingNumeral, DIGIT_CLASS, digitNumeral } from '../../../core/chinese-numerals.ts';
import { MAX_YEAR, MIN_YEAR } from '../../../core/dates/range.ts';
import { compactDateReadings, dateLine, findDates, firstYear, isoDate, leadingDay, placeDay, ROC_EPOCH, type FoundDate } from '../../../core/dates/parse.ts';

const DATELINE = new RegExp(`^(?:${alternatives(DATELINES)})\\s*`, 'u');
const WIRE_DATE = new RegExp(`^(?:${alternatives([...DATED_DATELINES, ...BRACKET_DATELINES])})\\s*`, 'u');
/** What happened on the date, in the same clause: …于3月7日上午举行记者会. */
const EVENT = new RegExp(`^[^。！？；，,]{0,30}?(?:${alternatives(EVENT_VERBS)})`, 'u');

/** A time of day and a comma, or a comma, right after a date: the date opens a lede's clause (6月3日上午，…; 2月5日,…). */
const OPENS_CLAUSE = /^(?:上午|下午|晚上|晚间|晚|凌晨|早上|早晨|清晨|中午|傍晚)?(?:(?:\d{1,2}\s*[时点](?:\d{1,2}分)?|\d{1,2}[:：]\d{2})(?:许|左右)?)?\s*[，,]/u;
/** A time of day or an hour right after a date (1月15日上午, 3月11日17时): the moment something happened. */
const MOMENT = /^(?:上午|下午|中午|晚上|晚间|晚|凌晨|早上|早晨|清晨|傍晚|\d{1,2}\s*[时点])/u;
/** A time of day and the comma after it, or the comma alone: 3月15日中午，…; …日前发布，2月6日，国务院新闻办公室举行… */
const HOUR_THEN_COMMA = /^(?:上午|下午|中午|晚上|晚间|晚|凌晨|早上|早晨|清晨|傍晚)?[，,]/u;
/** What stands before a date that closes a span of days (月1日~3月2日, a span that lost its first month's digit). */
const SPAN_END = /(?:至|到|—|–|－|~|～|-)\s*$/u;
/** A date that opens a span of days: 1月8日至10日, 3月1日—3日. */
const RANGE = /^(?:上午|下午)?\s*(?:至|到|—|–|－|~|～|-)\s*(?:\d{1,2}月)?\d{1,2}日/u;

/** 今天（10月8日）上午，…: the relative day and the bracket before the date are passed over. */
const RELATIVE_DAY = new RegExp(`^(?:${alternatives(RELATIVE_DAYS)})(?=[（(])`, 'u');
/** 北京时间2016年3月2日下午，…: the standard time named before the date is passed over. */
const STANDARD_TIME = new RegExp(`^(?:${alternatives(STANDARD_TIMES)})(?=[0-9一二三四五六七八九十])`, 'u');
/** A day alone opens a sentence only before a time of day or a comma (24日，…; 28日下午3时，…). */
const AFTER_DAY = /^(?:上午|下午|晚上|晚间|晚|凌晨|早上|早晨|清晨|中午|傍晚|[，,])/u;

/** The opening clauses before the day, as one run of them: 为…，确保…，4月25日，… */
const LEDE_CLAUSE = new RegExp(`^(?:${alternatives(LEDE_CLAUSES)})`, 'u');
/** A day (and month) opening what follows a clause: 4月25日，… 2月2日晚，… */
const DAY_AHEAD = /^(?:\d{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日|^[0-9一二三四五六七八九十]{1,3}日(?=上午|下午|晚上|晚间|晚|凌晨|早上|早晨|清晨|中午|傍晚|[，,])/u;

/**
 * The sentence from the day on when it opens on a purpose, basis or
 * attribution clause before the day; the clause may run over several commas
 * (为…，确保…，4月25日，…), and the day must open a clause of its own.
 */
function afterOpeningClause(sentence: string): string {
  const m = LEDE_CLAUSE.exec(sentence);
  if (!m) return sentence;
  for (let at = m[0].length; at <= sentence.length && at <= m[0].length + 80; at = sentence.slice(at).search(/[，,]/u) + at + 1) {
    const rest = sentence.slice(at);
    if (DAY_AHEAD.test(rest)) return rest;
    if (!/[，,]/u.test(rest)) break;
  }
  return sentence;
}

/**
 * Whether a paragraph opens on a wire's or a site's dateline (新华社上海11月30日电,
 * 中国经济网北京3月2日讯, 唐尧网讯（记者刘向真）): news publishing opens a
 * report's first paragraph so, whatever headline lines stand above it.
 */
export function opensOnDateline(paragraph: string): boolean {
  return WIRE_DATE.test(paragraph) || (DATELINE.exec(paragraph)?.[0].length ?? 0) > 0;
}

/**
 * The day a wire's dateline filed (新华社北京3月12日电 题：…), for a dateline line that is not the text's
 * first paragraph: the structure stage took it for the headline or for a copy of it, since it repeats
 * the headline after 题：.
 */
export function filedDay(line: string): FoundDate | undefined {
  const date = WIRE_DATE.exec(line)?.groups?.date;
  const [filed] = date ? findDates(date) : [];
  return filed?.day !== undefined ? filed : undefined;
}

/**
 * A day alone after the first sentence's subject, before the hour or the
 * place of what happened (連江縣25日上午舉行…; 南投縣第19屆縣長宣誓就職及交接活動25日在文化局演藝廳舉行):
 * the Taiwan and Hong Kong press name the day so, its month the page's; or right before what the subject
 * did (入境事务处3日举行…, SUBJECT_DAY_ACTS). Not a day that ends a span or counts (至25日, 第3日, 每逢5日).
 */
const SUBJECT_DAY = new RegExp(
  `^[^，,。：:；;！？]{2,24}?(?<=\\p{Script=Han})(?<![月至到起自从截第每逢])(\\d{1,2})\\s*日(?=上午|下午|晚上|晚间|晚|凌晨|早上|早晨|清晨|中午|傍晚|在|${alternatives(SUBJECT_DAY_ACTS)})`,
  'u',
);
/** What happened at a place on the date, in its clause (6月21日在禮賓府接受了…專訪): the day of the event even under a dateline's other day. */
const AT_PLACE = new RegExp(`^(?:上午|下午|晚上|晚间|晚|凌晨|早上|早晨|清晨|中午|傍晚)?在[^，。；,;]{1,24}?(?:${alternatives(EVENT_VERBS)}|接受)(?!的)`, 'u');

/**
 * Today's or yesterday's day in brackets (行政長官賀一誠今(22)日表示; …的晚宴,昨(6)晚於臺南大億麗緻飯店盛大舉辦;
 * 台南市政府今(1日)晨於…舉辦): the press of Taiwan, Hong Kong and Macau writes the day so, its month the page's.
 * The time of day may stand before the bracket as after it (澳門媽閣水陸演戲會於昨晚(14)八時…舉行, unseen12 macaulotustv).
 */
const BRACKET_DAY = /(?:今|昨|前)(?:天|日|晚|晨|早)?\s*[（(]\s*(\d{1,2})\s*日?\s*[）)]/u;

/** The day a sentence names in brackets after today or yesterday (今日（9日）, 昨(6)晚), as a found date with a day and no month. */
function bracketDay(sentence: string): FoundDate | undefined {
  const bracketed = BRACKET_DAY.exec(asciiDigits(sentence));
  const today = bracketed ? Number(bracketed[1]) : 0;
  return bracketed && today >= 1 && today <= 31 ? { text: bracketed[0], index: bracketed.index, end: bracketed.index + bracketed[0].length, day: today } : undefined;
}

/** The day alone a first sentence names after its subject or in brackets after today or yesterday, as a found date with a day and no month. */
function subjectDay(sentence: string): FoundDate | undefined {
  const bracketed = bracketDay(sentence);
  if (bracketed) return bracketed;
  // The outlet's and the reporter's credits in brackets before the subject ((觀傳媒南投新聞)【記者石振賢/南投報導】) are passed over.
  const credits = LEADING_BRACKETS.exec(sentence)?.[0].length ?? 0;
  const m = SUBJECT_DAY.exec(asciiDigits(sentence.slice(credits)));
  const day = m ? Number(m[1]) : undefined;
  if (!m || day === undefined || day < 1 || day > 31) return undefined;
  const index = credits + m[0].lastIndexOf(m[1]!);
  return { text: sentence.slice(index, credits + m[0].length), index, end: credits + m[0].length, day };
}
const LEADING_BRACKETS = /^\s*(?:[（(【［\[][^（()）)【】［］\[\]]{1,30}[）)】］\]]\s*)+/u;

/** Closing quotation marks a sentence split leaves at the start of the next sentence. */
const CLOSING_QUOTES = /^[”’」』"']+/u;

/** How many sentences of the first paragraph may come before the one that opens on the day (一个约定，信守15年…。6月3日上午，…). */
const LEDE_SENTENCES = 3;

/**
 * The day a report's first paragraph opens on, after its dateline: 3月6日，全市
 * 公安局长会议…召开; 唐尧网讯（记者刘向真）4月7日，…; 新华社上海11月30日电 …;
 * a sentence after a literary opening that starts on the day (…催人泪下。6月3日上午，…);
 * or a date in the first sentence followed by what happened on it in the same
 * clause (国务院新闻办公室于2020年5月22日（星期五）上午11时30分举行吹风会).
 */
export function ledeDate(paragraph: string): FoundDate | undefined {
  const wire = WIRE_DATE.exec(paragraph);
  const [filed] = wire?.groups?.date ? findDates(wire.groups.date) : [];
  let text = wire ? paragraph.slice(wire[0].length) : paragraph;
  for (let m = DATELINE.exec(text); m && m[0].length > 0; m = DATELINE.exec(text)) text = text.slice(m[0].length);
  // The outlet's and the reporter's credits in brackets before the day (【电脑报在线】3月17日，…) are passed over, as a dateline is.
  const credits = LEADING_BRACKETS.exec(text)?.[0] ?? '';
  if (credits && findDates(credits).length === 0) text = text.slice(credits.length);
  // Under a dated dateline only a first sentence opening on its own day overrides the day filed.
  // A sentence closing inside a quotation leaves its closing mark on the next one (“…什么体验？”1月19日，…): the mark is the
  // quotation's, so the next sentence still opens on its day.
  const sentences = text.split(/[。！？；]/u).slice(0, filed ? 1 : LEDE_SENTENCES).map((s) => s.replace(CLOSING_QUOTES, ''));
  // The day a clause naming a counted observance opens on (12月4日是第六个国家宪法日，…) is the observance's: the event's
  // only when no other day follows.
  let observed: FoundDate | undefined;
  for (const [n, stated] of sentences.entries()) {
    const { rest: written, day: observance } = afterObservanceClause(stated);
    if (n === 0 && observance?.day !== undefined) observed = observance;
    const opened = afterOpeningClause(written);
    const relative = RELATIVE_DAY.exec(opened);
    const dated = relative ? opened.slice(relative[0].length + 1) : opened;
    const sentence = dated.slice(STANDARD_TIME.exec(dated)?.[0].length ?? 0);
    // A day alone takes its month from the day filed, else from the page's date (placeDay);
    // past the first sentence a day alone is too weak a sign (…大家好！…24日，…闭幕 is what the talk is about).
    const day = leadingDay(sentence);
    if (day && (n === 0 || filed) && AFTER_DAY.test(sentence.slice(day.end))) return filed ? (placeDay(day, filed) ?? filed) : day;
    // The first sentence's day printed without its 月 (929日下午，…) or its 日 (4月21晚，…): the month and day it can only
    // be. Past the first sentence only as a lede's day opens one, with a time of day or a comma after it (…直击现场。214日，…).
    const monthless = !filed ? monthlessDay(sentence) : undefined;
    if (monthless && (n === 0 || (monthless.index === 0 && OPENS_CLAUSE.test(sentence.slice(monthless.end))))) return monthless;
    const [first] = findDates(sentence);
    const named = n === 0 ? subjectDay(sentence) : undefined;
    // A day the first sentence names as today's or yesterday's in brackets is the day it reports, over a date it
    // recalls before it in a clause of its own (新一届区议会议员于今年1月1日宣誓就任，行政长官李家超今日（9日）出席…,
    // unseen21 c21-meetinghk); a date the sentence opens on is its own day, and stands.
    const recalled = named && bracketDay(sentence)?.index === named.index && first?.day !== undefined && first.index > 0 && first.index < named.index;
    if (named && (recalled || !first || first.day === undefined || first.index > named.index)) return filed ? (placeDay(named, filed) ?? filed) : named;
    if (!first || first.day === undefined) continue;
    const after = sentence.slice(first.end);
    if (n === 0 && AT_PLACE.test(after)) return first;
    // A span of days (1月8日至10日) names no one day of the event.
    if (RANGE.test(after) || SPAN_END.test(sentence.slice(0, first.index))) return filed;
    // Past the first sentence a date opens the event only as a lede does, with a time of day or a comma after
    // it (…催人泪下。6月3日上午，…); a date before a name (…3000人。2008年5月12日汶川地震，…) is what the text recalls.
    if (first.index === 0 && (n === 0 || OPENS_CLAUSE.test(after))) return first;
    // A day with its hour inside the clause of what happened (全国检察长会议1月15日上午闭幕) is the
    // moment of the event; one opening a clause after another (…通报，5月13日上午，…) may be what a source reports.
    const inClause = first.index > 0 && !/[，,：:、]\s*$/u.test(sentence.slice(0, first.index));
    // What happened may follow after the hour and a comma (3月15日中午，李克强总理举行记者招待会).
    const clause = after.replace(HOUR_THEN_COMMA, '');
    if (n === 0 && !filed && (EVENT.test(clause) || (inClause && MOMENT.test(after)))) return first;
  }
  // No other day: the observance's is the event's (10月17日是…第6个“中国扶贫日”，当天，…), over the day filed.
  if (observed) return filed ? (placeDay(observed, filed) ?? filed) : observed;
  return filed;
}

const OBSERVANCE_CLAUSE = new RegExp(alternatives(OBSERVANCE_CLAUSES), 'u');

/**
 * A sentence opening on a clause that names a counted observance as its time (OBSERVANCE_CLAUSES: 12月4日是第六个国家宪法日，…;
 * 在第二十五个教师节来临之际，…): the rest of the sentence from the clause where a day opens (…，12月5日上午，团区委…), else
 * none of it; `day` is the day the clause gives the observance, if it gives one.
 */
function afterObservanceClause(sentence: string): { rest: string; day?: FoundDate } {
  const m = OBSERVANCE_CLAUSE.exec(sentence);
  if (!m) return { rest: sentence };
  const [day] = findDates(m[0]);
  for (let at = m[0].length, comma = sentence.slice(at).search(/[，,]/u); comma >= 0; comma = sentence.slice(at).search(/[，,]/u)) {
    at += comma + 1;
    if (DAY_AHEAD.test(sentence.slice(at))) return { rest: sentence.slice(at), day };
  }
  return { rest: '', day };
}

const MONTHLESS_DAY = new RegExp(`^(?:${alternatives(MONTHLESS_DAYS)})`, 'u');
const DAY_MARK_DROP = new RegExp(`^(?:${alternatives(DAY_MARK_DROPS)})`, 'u');
/** Where a clause of the lede may open on a day whose 日 was dropped (…安全事故，321上午…): its start or after a comma. */
const CLAUSE_STARTS = /(?:^|[，,])\s*/gu;

/**
 * A sentence opening on a day printed without its 月 (MONTHLESS_DAYS: 929日下午，…; 2015年1213日上午，…), before a time
 * of day or a comma, or a clause of it opening on a day printed without its 日 before the time of day (DAY_MARK_DROPS:
 * 4月21晚，…; …，321上午…): the month and day (and the year printed with them), when the digits split into a possible
 * date one way only (the splits of a compact signature date, read in a leap year so that 229 stands).
 */
export function monthlessDay(sentence: string): FoundDate | undefined {
  const text = asciiDigits(sentence);
  const m = MONTHLESS_DAY.exec(text);
  if (m && AFTER_DAY.test(sentence.slice(m[0].length))) return slipped(sentence, 0, m);
  for (const start of text.matchAll(CLAUSE_STARTS)) {
    const at = start.index + start[0].length;
    const dropped = DAY_MARK_DROP.exec(text.slice(at));
    if (dropped) return slipped(sentence, at, dropped);
  }
  return undefined;
}

/** The date a slip's match stands for, at `at` in the sentence: its one reading, or none. */
function slipped(sentence: string, at: number, m: RegExpExecArray): FoundDate | undefined {
  const { digits, year, month, day } = m.groups ?? {};
  const text = sentence.slice(at, at + m[0].length);
  const found = { text, index: at, end: at + m[0].length, ...(year ? { year: Number(year) } : {}) };
  if (month && day) return { ...found, month: Number(month), day: Number(day) };
  const readings = digits ? compactDateReadings(`2000${digits}`) : [];
  if (readings.length !== 1) return undefined;
  const [only] = readings as [FoundDate];
  return { ...found, month: only.month, day: only.day };
}

const RUN_IN_SUBTITLE = new RegExp(alternatives(RUN_IN_SUBTITLES), 'u');

/**
 * The day a speech was given, from its occasion subtitle run into a headline's line after a dash
 * (RUN_IN_SUBTITLES: …工作报告——2022年1月20日在…会议上); a subtitle standing alone on its line is headLineDate's.
 */
export function runInSubtitleDate(line: string): FoundDate | undefined {
  const m = RUN_IN_SUBTITLE.exec(line);
  if (!m?.groups?.date || (line.slice(0, m.index).match(/\p{Script=Han}/gu)?.length ?? 0) < 2) return undefined;
  const [date] = findDates(m.groups.date);
  return date?.year !== undefined && date.day !== undefined ? date : undefined;
}

const HEAD_DATE_GLUED = HEAD_DATE_GLUES.map(({ term }) => new RegExp(term, 'u'));

/**
 * The day a speech was given, from its head date line with the page's words glued on (HEAD_DATE_GLUES:
 * （2006年8月30日） 同志们：; 义龙新区新闻中心（2020年9月30日）): a full date only.
 */
export function gluedHeadDate(line: string): FoundDate | undefined {
  const text = line.trim();
  for (const re of HEAD_DATE_GLUED) {
    const m = re.exec(text);
    if (!m?.groups?.date) continue;
    const [date] = findDates(m.groups.date);
    if (date?.year !== undefined && date.day !== undefined) return date;
  }
  return undefined;
}

const STAMP_BULLET = new RegExp(alternatives(STAMP_BULLETS), 'u');
/** A site's bare stamp: the date in digits alone (2025-09-24, 2025/9/24, 24.09.2025). */
const BARE_STAMP = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$/u;

/**
 * The page's stamp on the line right under its headline, bare or behind a list bullet (STAMP_BULLETS:
 * • 2025-09-24 under a matsu-news.gov.tw headline), among the page's lines: the headline is the last line
 * before the text's first paragraph whose Han characters end the title's. A bare date in digits only, as sites
 * stamp pages; a document's own date is written 2025年9月24日.
 */
export function stampUnderHeadline(pageLines: string[], title: string, firstParagraph: string): FoundDate | undefined {
  const han = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');
  const key = han(firstParagraph).slice(0, 10);
  const at = key.length < 4 ? -1 : pageLines.findIndex((line) => han(line).includes(key));
  const heading = han(title);
  if (at < 2 || heading.length < 4) return undefined;
  const under = pageLines.slice(0, at).findLastIndex((line) => han(line).length >= 4 && heading.endsWith(han(line)));
  if (under < 0 || under + 1 >= at) return undefined;
  const line = pageLines[under + 1]!.replace(STAMP_BULLET, '').trim();
  if (!BARE_STAMP.test(line)) return undefined;
  const [date] = findDates(line);
  return date?.year !== undefined && date.day !== undefined ? date : undefined;
}

/** A source the paragraph reports after (据《新京报》报导，): passed over before the day it opens on. */
const ATTRIBUTION = /^据[^，,。；]{1,20}?(?:报道|报导|消息)[，,]\s*/u;
/** The hour and the comma after a day that opens a clause, then the subject and what it held (3月15日中午，李克强总理举行…). */
const HELD = new RegExp(`^(?:上午|下午|晚上|晚间|晚|凌晨|早上|早晨|清晨|中午|傍晚)?[，,][^。！？；，,：:]{2,30}?(?:${alternatives(EVENT_VERBS)})`, 'u');

/**
 * The day a paragraph after the first opens on for what was held then (据《新京报》报导，3月15日中午，李克强总理举行记者
 * 招待会，…): a report that opens on a scene or a figure (星岛环球网消息：轻快的散场音乐已经响起…; 统计数据显示，…) names
 * its day in the paragraph after. A month and day without a year only; a date recalled (2009年11月30日，…“空降”…) or a
 * day that opens on something other than a meeting held (2月11日晚，南京发布…通知) is none.
 */
export function heldDay(paragraph: string): FoundDate | undefined {
  const text = paragraph.slice(ATTRIBUTION.exec(paragraph)?.[0].length ?? 0);
  const [first] = findDates(text);
  if (!first || first.index !== 0 || first.year !== undefined || first.month === undefined || first.day === undefined) return undefined;
  return HELD.test(text.slice(first.end)) ? first : undefined;
}

/**
 * Yesterday named where a report names its day: opening the first sentence after the dateline and
 * credits (本报讯(李虹 记者 简强)昨日,青羊区…举行), or after the sentence's subject, before the time, the
 * place or what happened (古城國小昨日舉行…畢業典禮; a headline's …生活秀昨天在沪开幕). Yesterday evening
 * (昨晚) is yesterday too (【特讯】澳门南海同乡会昨晚假万豪轩酒楼举办…, unseen12 acgloria; sample datefill-s16 03
 * seedmacao.com 澳门崖门同乡联谊会昨晚举行…), and Hong Kong and Macau papers name the venue after 假, as others
 * after 在 (昨晚七时假台山好世界酒楼举行, seedmacao.com; 昨晚八时假联邦酒楼举行, unseen12 macaulotustv).
 */
const YESTERDAY = new RegExp(
  `^(?:[^，,。：:；;！？“”「」]{2,24}?)?(?:昨日|昨天|昨晚)(?:上午|下午|晚上|晚间|晚|凌晨|早上|早晨|清晨|中午|傍晚)?(?:\\d{1,2}\\s*[时点](?:\\d{1,2}分)?(?:许|左右)?)?(?=[，,]|在|于|假(?!期|日|装)|${alternatives(EVENT_VERBS)})`,
  'u',
);

/**
 * Whether a report's first sentence (or its headline) says what it reports happened yesterday: the day
 * before the day its dateline filed or its page was dated, which a newspaper's report is written on.
 * Returns the dated dateline's day when there is one (台海网9月22日讯 据海西晨报报道 昨日上午,…), else the
 * empty object; undefined when the sentence names no yesterday.
 */
export function ledeYesterday(paragraph: string): { filed?: FoundDate; bare?: true } | undefined {
  const wire = WIRE_DATE.exec(paragraph);
  const [filed] = wire?.groups?.date ? findDates(wire.groups.date) : [];
  let text = wire ? paragraph.slice(wire[0].length) : paragraph;
  for (let m = DATELINE.exec(text); m && m[0].length > 0; m = DATELINE.exec(text)) text = text.slice(m[0].length);
  text = text.slice(LEADING_BRACKETS.exec(text)?.[0].length ?? 0);
  const [sentence = ''] = text.split(/[。！？；]/u);
  const said = YESTERDAY.test(sentence.trim()) || clauseYesterday(sentence);
  // 昨 alone after the subject (港府昨在立法会解说…): BARE_YESTERDAYS, logged as its own rule.
  const bare = !said && clauseStarts(sentence).some((at) => BARE_YESTERDAY.test(sentence.slice(at).trim()));
  if (!said && !bare) return undefined;
  return { ...(filed ? { filed } : {}), ...(bare ? { bare: true as const } : {}) };
}

/** 昨 alone right after a clause's subject, before where or what it did (BARE_YESTERDAYS). */
const BARE_YESTERDAY = new RegExp(`^[^，,。：:；;！？“”「」『』《》（）()]{2,24}?(?:${alternatives(BARE_YESTERDAYS)})`, 'u');

/** Where the clauses of a sentence start: its beginning and after each comma. */
const clauseStarts = (sentence: string) => [0, ...[...sentence.matchAll(/[，,]/gu)].map((m) => m.index + 1)];

/**
 * Yesterday as the time of a clause's predicate, right after the clause's subject: in any clause of the
 * first sentence, before whatever the subject did (行政長官崔世安昨日表示，…, unseen23 d23-houkongdaily;
 * 區議會選舉將在今年12月10日舉行，政制及內地事務局局長曾國衞昨日出席…開幕禮致辭時，…, unseen22 c22-stheadline).
 * A daily's lede names the day of what it reports so, the day before its issue; yesterday as a noun's
 * attribute or a span's end (昨日的, 昨日之, 昨日起, 昨日至今, 昨日以来, 昨日和今日) is none.
 */
const CLAUSE_YESTERDAY = /^[^，,。：:；;！？“”「」『』《》（）()]{2,24}?(?:昨日|昨天|昨晚)(?:上午|下午|晚上|晚间|晚|凌晨|早上|早晨|清晨|中午|傍晚)?(?=[\p{Script=Han}])(?![的之起至以前后後和与與及、止假])/u;

function clauseYesterday(sentence: string): boolean {
  const starts = [0, ...[...sentence.matchAll(/[，,]/gu)].map((m) => m.index + 1)];
  return starts.some((at) => CLAUSE_YESTERDAY.test(sentence.slice(at).trim()));
}

/** What a speaker did on the day a speech's preface names, in the same sentence: 9月17日在…新闻发布会上致辞; …发表了即席讲话. */
const SPOKE = /^[^。！？；]{0,80}?(?:致辞|致词|讲话|演讲|发言|(?<!工)作报告)/u;
/** A mark before a day that makes it the end of a span (3月1日~3月2日). */
const SPAN_BEFORE = /(?:至|到|—|–|－|~|～|-)\s*$/u;

/**
 * The day a paragraph standing before a speech's salutation names for it: an
 * editor's or a reporter's preface (周以忠，9月17日在…新闻发布会上致辞，以下是全部讲话内容;
 * 台湾网12月21日上海独家消息 …王毅在欢送宴会上发表了即席讲话，全文如下) or the caption of the
 * meeting's picture (10月15日，全省…推进会议在郑州召开) — the day the speech was given.
 */
export function prefaceDate(paragraph: string): FoundDate | undefined {
  const lede = ledeDate(paragraph);
  if (lede?.day !== undefined) return lede;
  const [sentence = ''] = paragraph.split(/[。！？；]/u);
  const [first] = findDates(sentence);
  if (first?.day === undefined || SPAN_BEFORE.test(sentence.slice(0, first.index)) || RANGE.test(sentence.slice(first.end))) return undefined;
  return SPOKE.test(sentence.slice(first.end)) ? first : undefined;
}

/** The year in a speech title like 县长在2022年全县生态环境专题会议上的讲话. */
export function meetingTitleYear(title: string): number | undefined {
  for (const { term } of MEETING_YEAR_TITLES) {
    const m = new RegExp(term, 'u').exec(title);
    // A year printed without its 年 (在2024市级重阳节座谈会上的致辞) is the four digits the term found.
    if (m) return firstYear(m[0]) ?? bareYear(m[0]);
  }
  return undefined;
}

const BARE_YEAR = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/u;
const bareYear = (text: string) => {
  const m = BARE_YEAR.exec(asciiDigits(text));
  return m ? Number(m[0]) : undefined;
};

const YEAR_OPENED_TITLES = YEAR_OPENED_SPEECH_TITLES.map(({ term }) => new RegExp(term, 'u'));

/**
 * The year a speech title opens on for its meeting or ceremony (YEAR_OPENED_SPEECH_TITLES: 2010年卫生医疗单位第一次调度会
 * 领导讲话 → 2010), unless the text names the year after: a meeting that passes that year's budget or plans its work
 * (《2023年财务决算及2024年财务预算报告》 under 2023年医院职工大会上的院长讲话, unseen5 y2-360docs) sits in it or later, so
 * the title's year is contradicted and establishes nothing (tests/eval/README.md: a title's year the text contradicts).
 */
export function yearOpenedTitleYear(title: string, texts: string[]): number | undefined {
  for (const re of YEAR_OPENED_TITLES) {
    const year = re.exec(title.trim())?.groups?.year;
    if (!year) continue;
    const next = new RegExp(`(?<![0-9])${Number(year) + 1}\\s*年`, 'u');
    return texts.some((text) => next.test(asciiDigits(text))) ? undefined : Number(year);
  }
  return undefined;
}

/** Damage marks opening a line. */
const LEADING_DAMAGE = /^□+/u;

/** A year written digit by digit in Chinese numerals with damage marks (□) among its four digits: 二□一一年. */
const DAMAGED_YEAR = new RegExp(`(?<![${DIGIT_CLASS}□])([${DIGIT_CLASS}□]{4})(?=\\s*年)`, 'u');
const NUMERAL_DIGITS = '〇一二三四五六七八九';

/**
 * A line whose Chinese-numeral year lost a digit to the damage stage's □ (二?一一年五月三十日 from a save in
 * GB2312, which has every numeral digit but 〇), with the 〇 put back — only when 〇 is the one digit that
 * makes a possible year of it with the digits still readable (二□一一 is 2011: 2111 and later are no
 * document's year; 二〇□一 could be 2001 to 2091 and stays unread). A mark stands for one lost glyph here:
 * with four places, more would make no year. Undefined for any other line.
 */
export function zeroRestored(line: string): string | undefined {
  // Only a year written with □ is read: a line without one is never tried (docs/performance.md, eighteenth session).
  if (!line.includes('□')) return undefined;
  const m = DAMAGED_YEAR.exec(line);
  const written = m?.[1];
  if (!m || !written || !written.includes('□')) return undefined;
  const marks = [...written].filter((c) => c === '□').length;
  if (marks === written.length) return undefined;
  let readings = [''];
  for (const c of written) readings = readings.flatMap((r) => (c === '□' ? [...NUMERAL_DIGITS].map((d) => r + d) : [r + c]));
  const possible = readings.filter((r) => {
    const year = digitNumeral(r);
    return year !== undefined && year >= MIN_YEAR && year <= MAX_YEAR;
  });
  if (possible.length !== 1 || written.replace(/□/gu, '〇') !== possible[0]) return undefined;
  return line.slice(0, m.index) + possible[0] + line.slice(m.index + written.length);
}

/**
 * The indentation a page lost in a GBK round trip, printed as a run of ASCII question marks where its
 * full-width spaces stood: before paragraphs (????我區各部門… on unseen2 v1-mty90) and before a notice's
 * signature and date line (??…? ?2015年11月3日 | on unseen11 b11-bkw8). Two marks at least: one `?` may be
 * a lost glyph of the text.
 */
const LOST_INDENT = /^\s*(?:\?\s*){2,}/u;

/**
 * A line that is a year, a month and a day in that order and nothing else, printed with damage: a unit
 * misprinted (2018年10日11日 under 湛江市农业局, unseen6 z1-zhanjiang) or lost, the numbers left apart with a
 * stray mark (`{ 2017 6 23` under 牟定县人民政府办公室, unseen20 b20-mdx). A year of four digits and a month and
 * a day that make a real date (dateLine checks it); no other word on the line. A question mark or □ before it
 * may be a lost glyph of a word (?2015年11月3日), so only another stray mark is passed over.
 */
const MISPRINTED_DATE = /^[^\d\p{Script=Han}?？□\s]?\s*((?:19|20)\d{2})\s*(?:年|\s)\s*(\d{1,2})\s*(?:月|日|\s)\s*(\d{1,2})\s*日?\s*[^\d\p{Script=Han}?？□\s]?$/u;

/**
 * A date line (core/dates/parse.ts dateLine), read also when its Chinese-numeral year lost its 〇 to damage,
 * or when its lost indentation stands before it as question marks.
 */
export function damagedDateLine(line: string): ReturnType<typeof dateLine> {
  const hit = dateLine(line);
  if (hit) return hit;
  const misprinted = MISPRINTED_DATE.exec(line.trim());
  if (misprinted) return dateLine(`${misprinted[1]}年${misprinted[2]}月${misprinted[3]}日`);
  const restored = zeroRestored(line);
  if (restored !== undefined) return dateLine(restored);
  const indented = line.replace(LOST_INDENT, '');
  return indented !== line && indented.trim() !== '' ? dateLine(indented) : undefined;
}

/** A note in brackets under a signature: （此件公开发布）. */
const NOTE_LINE = /^[（(][\p{Script=Han}]{2,12}[）)]$/u;

/**
 * Dates written under a signature (an issuing body's line) inside the text: a
 * notice that transmits rules or a plan signs before the attachment, so its
 * signature is not at the end. The lines are the body's blocks whatever the
 * structure stage made of them: a date line alone under the signature may have
 * been taken for a heading (鹤山市农业农村局 / 2023年6月28日).
 */
export function signatureDates(lines: string[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (let i = 1; i < lines.length; i++) {
    // The damage mark the damage stage put where the page's glyph was lost (□2018年5月14日 under 牡丹江市人民政府办公室)
    // is no part of the line's shape.
    const hit = damagedDateLine(lines[i]!.replace(LEADING_DAMAGE, ''));
    if (!hit || hit.date.day === undefined) continue;
    // A note in brackets (（此件公开发布）, GB/T 9704's 附注) may stand between the signature and its date (unseen20 b20-mdx).
    const above = NOTE_LINE.test(lines[i - 1]!) && i > 1 ? lines[i - 2]! : lines[i - 1]!;
    if ((isSignatureLine(above) && !dateLine(above)) || COVER_CLOSING.test(above)) out.push(hit.date);
  }
  for (const line of lines.slice(1)) {
    const glued = gluedSignatureDate(line);
    if (glued) out.push(glued);
  }
  return out;
}

const GLUED_SIGNATURE = GLUED_SIGNATURES.map(({ term }) => new RegExp(term, 'u'));
/** A cover notice's closing sentence (date-vocabulary COVER_CLOSINGS), above its date line where no issuer line stands. */
const COVER_CLOSING = new RegExp(alternatives(COVER_CLOSINGS), 'u');

/**
 * The date of a line that is a signature with its date run into it (东莞市卫生和计划生育局2016年4月20日; the 版记's
 * 桂东县人民政府办公室2017年5月27日印发): an organ's name, as a signature line is, then a full date and nothing after
 * it but 印发. Not a line the date opens, nor one whose words before the date are a clause.
 */
export function gluedSignatureDate(line: string): FoundDate | undefined {
  const text = line.trim();
  for (const re of GLUED_SIGNATURE) {
    const m = re.exec(text);
    if (!m?.groups || !isSignatureLine(m.groups.issuer!) || dateLine(m.groups.issuer!)) continue;
    const [date] = findDates(m.groups.date!);
    if (date?.year !== undefined && date.day !== undefined) return { ...date, index: m.index + m[0].indexOf(m.groups.date!), end: m.index + m[0].indexOf(m.groups.date!) + date.text.length };
  }
  return undefined;
}

const SESSIONS = NATIONAL_SESSIONS.map(({ term }) => new RegExp(term, 'u'));
const PLANNING = PLANNING_YEARS.map(({ term }) => new RegExp(term, 'u'));
/** The first session of the 6th National People's Congress and CPPCC; one term lasts five years. */
const SIXTH_TERM_YEAR = 1983;

/**
 * The year a paragraph's own words establish: a numbered national session
 * (十三届全国人大一次会议 → 2018) or an annual meeting that reviews one year and
 * plans the next (总结2022年工作…安排2023年工作 → 2023).
 */
export function statedYear(paragraph: string): number | undefined {
  for (const re of SESSIONS) {
    const m = re.exec(paragraph);
    const term = m?.groups && countingNumeral(m.groups.term!);
    const session = m?.groups && countingNumeral(m.groups.session!);
    if (term !== undefined && session !== undefined && term >= 6) return SIXTH_TERM_YEAR + 5 * (term - 6) + session - 1;
  }
  return plannedYear(paragraph) ?? ceremonyYear(paragraph);
}

const POLICE_DAY = HOLIDAYS.find((h) => h.id === 'police-day')!;
/** The days the anniversaries count from. */
const ANNIVERSARY_BASES: Record<string, [number, number, number]> = {
  香港回归: [1997, 7, 1],
  澳门回归: [1999, 12, 20],
  祖国: [1949, 10, 1],
  新中国成立: [1949, 10, 1],
  中华人民共和国成立: [1949, 10, 1],
  建党: [1921, 7, 1],
  建军: [1927, 8, 1],
  中华人民共和国建国: [1949, 10, 1],
  建国: [1949, 10, 1],
  中国共产党成立: [1921, 7, 1],
  改革开放: [1978, 12, 18],
  秋收起义: [1927, 9, 9],
  人民政协成立: [1949, 9, 21],
  中国人民政治协商会议成立: [1949, 9, 21],
  // calendar2 (thirty-sixth session): fixed national events, the days their anniversaries are kept on.
  // Victory Day 9月3日, NPC Standing Committee decision of 2014-02-27 (the surrender signed 1945-09-02, kept the next day).
  中国人民抗日战争暨世界反法西斯战争胜利: [1945, 9, 3],
  中国人民抗战暨世界反法西斯战争胜利: [1945, 9, 3],
  中国人民抗日战争胜利: [1945, 9, 3],
  抗日战争胜利: [1945, 9, 3],
  抗战胜利: [1945, 9, 3],
  // The May Fourth Movement, 1919-05-04 (its 100th anniversary meeting 2019-04-30).
  五四运动: [1919, 5, 4],
  // The Wuchang Uprising, 1911-10-10 (the 100th anniversary meeting 2011-10-09, the 110th 2021-10-09).
  辛亥革命: [1911, 10, 10],
  // The league's first national congress opened in Guangzhou 1922-05-05 (the centenary meeting 2022-05-10).
  中国共产主义青年团成立: [1922, 5, 5],
  中国共青团成立: [1922, 5, 5],
  共青团成立: [1922, 5, 5],
  // The three Red Armies joined at Huining and Jiangtaibao in October 1936 (the 80th anniversary meeting 2016-10-21).
  中国工农红军长征胜利: [1936, 10, 22],
  红军长征胜利: [1936, 10, 22],
  长征胜利: [1936, 10, 22],
  // The Seventeen-Point Agreement, signed 1951-05-23 (the 70th anniversary meeting at Lhasa 2021-08-19).
  西藏和平解放: [1951, 5, 23],
  // The Volunteers crossed the Yalu to fight, kept on 10月25日 (the 70th anniversary meeting 2020-10-23).
  中国人民志愿军抗美援朝出国作战: [1950, 10, 25],
  抗美援朝出国作战: [1950, 10, 25],
  中国人民解放军建军: [1927, 8, 1],
  // The observance table's day and first year (holidays.ts police-day, from 2021): the first is 2020 + 1.
  中国人民警察节: [POLICE_DAY.first! - 1, POLICE_DAY.month, POLICE_DAY.day!],
};
const ANNIVERSARY_TERMS = ANNIVERSARIES.map(({ term }) => new RegExp(term, 'u'));

/**
 * The anniversary a text names as now (今日是香港回归28周年 → 2025-07-01 with its day; 迎来了…伟大祖国
 * 六十八周年华诞 → 2017 alone: the text welcomes the day, it need not be written on it).
 */
export function anniversaryDate(text: string): FoundDate | undefined {
  for (const re of ANNIVERSARY_TERMS) {
    const m = re.exec(text);
    if (!m?.groups) continue;
    const base = ANNIVERSARY_BASES[m.groups.what!];
    const n = m.groups.n === '首' ? 1 : /^[0-9]+$/u.test(m.groups.n!) ? Number(m.groups.n) : countingNumeral(m.groups.n!);
    if (!base || n === undefined || n < 1) continue;
    const year = base[0] + n;
    return m.groups.today ? { text: m[0], index: m.index, end: m.index + m[0].length, year, month: base[1], day: base[2] } : { text: m[0], index: m.index, end: m.index + m[0].length, year };
  }
  return undefined;
}

const EVENT_NAMES = new Set(NATIONAL_EVENTS.split('|'));
const OCCASION_TERMS = OCCASION_ANNIVERSARIES.map(({ term }) => new RegExp(term, 'u'));
/** A sentence passing on what was said at an anniversary's meeting (学习…在庆祝…大会上的重要讲话精神) is of a later day. */
const PASSED_ON = /学习|贯彻|传达|精神|重要讲话/u;

/**
 * The year of the anniversary a text names as its occasion or as this year (在纪念秋收起义80周年动员大会上的讲话
 * → 2007; 今年是新中国成立75周年 → 2024), from the first of `sentences` that names one; none where that
 * sentence passes on a speech given at such an occasion.
 */
export const occasionYear = (sentences: string[]): number | undefined => occasionDay(sentences)?.year;

/** The day the occasion occasionYear reads falls on in its year (首个中国人民警察节 → 2021-01-10). */
export function occasionDay(sentences: string[]): { year: number; month: number; day: number; event?: string } | undefined {
  for (const sentence of sentences) {
    for (const re of OCCASION_TERMS) {
      const m = re.exec(sentence);
      if (!m?.groups) continue;
      if (PASSED_ON.test(sentence)) return undefined;
      const base = ANNIVERSARY_BASES[m.groups.what!];
      const n = m.groups.n === '首' ? 1 : /^[0-9]+$/u.test(m.groups.n!) ? Number(m.groups.n) : countingNumeral(m.groups.n!);
      // `event`: a fixed national event's name (NATIONAL_EVENTS), for the rule id date-occasion-event.
      if (base && n !== undefined && n >= 1) return { year: base[0] + n, month: base[1], day: base[2], ...(EVENT_NAMES.has(m.groups.what!) ? { event: m[0] } : {}) };
    }
  }
  return undefined;
}

/** Days after an occasion's day in its year from which a day of the same year may rather be in the run-up to the next one. */
const RUN_UP = 183;

/**
 * The occasion's year for a day stated without one (1月10日上午，在第一个中国人民警察节里 → 2021), unless the day
 * falls so late after the occasion's day that it may be in the run-up to it the year before (12月30日, 在第二个中国人民警察节
 * 到来之际 is 2021-12-30, not 2022): then none.
 */
export function occasionYearOf(occasion: { year: number; month: number; day: number } | undefined, month: number, day: number): number | undefined {
  if (!occasion) return undefined;
  const at = (m: number, d: number) => Date.UTC(2001, m - 1, d) / 86_400_000;
  return at(month, day) - at(occasion.month, occasion.day) > RUN_UP ? undefined : occasion.year;
}

const OBSERVANCE_ORDINAL = new RegExp(alternatives(OBSERVANCE_ORDINALS), 'gu');
/** The counted observances' names (holidays.ts `first`, `settled`), each matched at the end of an ordinal's match. */
const COUNTED = HOLIDAYS.filter((h) => h.first !== undefined && h.settled).map((holiday) => ({ holiday, name: new RegExp(`(?:${holiday.names})$`, 'u') }));
/** Words right before a count that put it in another year than the text's (去年的第35个教师节; 明年的…; 上一个…). */
const OTHER_YEAR_BEFORE = /(?:去年|前年|明年|上一?个|往年|以往|历届)[^，。；！？]{0,3}$/u;
/** Words right after a count that count from it (自第一个教师节以来; 从首个国家宪法日起). */
const COUNTED_FROM = /^[^，。；！？]{0,4}?(?:以来|开始|起)/u;

export interface ObservanceReading {
  year: number;
  holiday: Holiday;
  text: string;
}

/**
 * The year an observance's count names (OBSERVANCE_ORDINALS: 第二十七个教师节 → 1985 + 26 = 2011; 首个国家宪法日 → 2014), from
 * the first count in `text` of an observance the public table dates (holidays.ts `first`). Not a count put in another
 * year (去年的第35个…) or counted from (自第一个…以来), nor one past `latest` (a spun page's 第74个教师节).
 */
export function observanceOrdinal(text: string, latest = new Date().getUTCFullYear()): ObservanceReading | undefined {
  for (const m of text.matchAll(OBSERVANCE_ORDINAL)) {
    if (OTHER_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) || COUNTED_FROM.test(text.slice(m.index + m[0].length))) continue;
    const holiday = COUNTED.find(({ name }) => name.test(m[0]))?.holiday;
    const count = m.groups?.n?.replace(/^第\s*/u, '');
    const n = count === '首' ? 1 : count && /^[0-9]+$/u.test(count) ? Number(count) : count ? countingNumeral(count) : undefined;
    if (!holiday?.first || n === undefined || n < 1) continue;
    const year = holiday.first + n - 1;
    if (year <= latest) return { year, holiday, text: m[0] };
  }
  return undefined;
}

/**
 * The day of the counted observance the first of `sentences` that names one stands in (在第二十五个教师节来临之际 → 2009-09-10;
 * 今年六月为第十九个全国“安全生产月” → 2020-06, read as its first day): an occasion, as occasionDay's anniversaries are.
 */
export function observanceDay(sentences: string[]): { year: number; month: number; day: number; text: string } | undefined {
  for (const sentence of sentences) {
    const found = observanceOrdinal(sentence);
    if (found) return { year: found.year, month: found.holiday.month, day: found.holiday.day ?? 1, text: found.text };
  }
  return undefined;
}

const CONGRESS_TERMS = [...new Set(CONGRESS_OCCASIONS.map(({ term }) => term))].map((term) => new RegExp(term, 'u'));

/**
 * The opening day of the Party's national congress the first of `sentences` that names one as its time names
 * (CONGRESS_OCCASIONS: 中国共产党第十九次全国代表大会在人民大会堂隆重开幕 → 2017-10-18; 为喜迎党的二十大 → 2022-10-16), by the
 * public list (holidays.ts CONGRESSES): an occasion, as occasionDay's anniversaries are. None where that sentence passes
 * on the congress's spirit (学习贯彻…精神), which is studied for years after.
 */
export function congressDay(sentences: string[]): { year: number; month: number; day: number; text: string } | undefined {
  for (const sentence of sentences) {
    for (const re of CONGRESS_TERMS) {
      const m = re.exec(sentence);
      if (!m?.groups) continue;
      if (PASSED_ON.test(sentence)) return undefined;
      const n = countingNumeral(m.groups.n!);
      const opened = n !== undefined ? CONGRESSES[n] : undefined;
      if (opened) return { year: opened[0], month: opened[1], day: opened[2], text: m[0] };
    }
  }
  return undefined;
}

/** The `year` group of the first of `patterns` that matches `text`. */
function yearOf(patterns: readonly RegExp[], text: string): number | undefined {
  for (const re of patterns) {
    const year = re.exec(text)?.groups?.year;
    if (year) return Number(year);
  }
  return undefined;
}

const LEDE_MEETINGS = LEDE_MEETING_YEARS.map(({ term }) => new RegExp(term, 'u'));

/** The year of the meeting a first sentence reports (…主持召开区政府2020年第一次全体会议 → 2020). */
export const ledeMeetingYear = (sentence: string): number | undefined => yearOf(LEDE_MEETINGS, sentence);

const TURNS = YEAR_TURNS.map(({ term }) => new RegExp(term, 'u'));

/** The year a text at the turn of the year stands in (迎来了充满希望的2011年; 即将过去的2016年). */
export const turnYear = (text: string): number | undefined => yearOf(TURNS, text);

const CEREMONIES = CEREMONY_YEARS.map(({ term }) => new RegExp(term, 'u'));

/**
 * The year of a school ceremony texts name with its class or its year (2023级新生开学典礼 → 2023;
 * 2012届…毕业研究生 → 2012). A graduation's class wins over an entering one, and at a graduation ceremony
 * an entering class is the past (四年前，你们作为2019级新生…).
 */
export function ceremonyYear(...texts: string[]): number | undefined {
  const joined = texts.join('。');
  const graduating = /毕业典礼|学位授予/u.test(joined);
  for (const [n, re] of CEREMONIES.entries()) {
    if (graduating && CEREMONY_YEARS[n]!.term.includes('新生')) continue;
    const year = re.exec(joined)?.groups?.year;
    if (year) return Number(year);
  }
  return undefined;
}

/** The year an annual meeting plans, having reviewed the one before (总结2022年工作…安排2023年工作 → 2023). */
export function plannedYear(paragraph: string): number | undefined {
  for (const re of PLANNING) {
    const m = re.exec(paragraph);
    if (m?.groups && Number(m.groups.planned) === Number(m.groups.past) + 1) return Number(m.groups.planned);
  }
  return undefined;
}

/** A year's cue that the text sets its work (2026年度全年公安工作; 2019年,全市检察机关将…), within its sentence. */
const FORWARD_YEAR = new RegExp(`^度?[^。；！？]{0,30}?(?:${alternatives(FORWARD_YEAR_CUES)})`, 'u');
/** A year named as the base of a comparison (比2018年增长): a figure's, not the year a meeting reviews. */
const COMPARED = /(?:比|较|同比|相比|对比)$/u;

/**
 * The year of a meeting's report whose lede gives a day without its year, read from the consistency of the
 * years its text names: exactly two, one after the other, the later with its work set out (对2025年全县公安工作
 * 取得的系列成绩给予了高度肯定 / 就抓好2026年度全年公安工作提出意见) — the earlier year is reviewed and the
 * later planned, so a meeting before November sits in the later and a year-end one (12月30日, 新年茶话会) in
 * the earlier. Any other set of years (a plan's range, a third year, a comparison's base) says nothing.
 */
export function reviewedPlannedYear(paragraphs: string[], month: number): number | undefined {
  const after = new Map<number, string[]>();
  let compared = false;
  for (const text of paragraphs) {
    for (const m of text.matchAll(/(?<!\d)(\d{4})年/gu)) {
      const year = Number(m[1]);
      if (COMPARED.test(text.slice(0, m.index))) compared = true;
      // A budget's or a plan document's year (《…2025年财政预算执行情况和2026年财政预算报告》) is no year of work.
      if (documentYear(text, m.index, m[0].length)) continue;
      after.set(year, [...(after.get(year) ?? []), text.slice(m.index + m[0].length)]);
    }
  }
  const years = [...after.keys()].sort();
  if (compared || years.length !== 2 || years[1] !== years[0]! + 1) return undefined;
  if (!after.get(years[1]!)!.some((rest) => FORWARD_YEAR.test(rest))) return undefined;
  return month < YEAR_END ? years[1] : years[0];
}
/** The clause before a year, up to the nearest comma or sentence mark. */
const clauseBefore = (text: string, at: number) => {
  const before = text.slice(0, at);
  const cut = Math.max(...[...before.matchAll(/[，,。；;！？!?：:]/gu)].map((m) => m.index), -1);
  return before.slice(cut + 1);
};
/** Inside an open 《…》: a document's name. */
const inTitleMarks = (text: string, at: number) => text.lastIndexOf('《', at) > text.lastIndexOf('》', at);

const DOCUMENT_AFTER = new RegExp(`^度?[^，,。；;]{0,8}?(?:${alternatives(DOCUMENT_YEAR_CUES)})`, 'u');
/** A year that names a budget's or a plan document's year (《…2026年财政预算报告》, 2023年度民生实事项目). */
function documentYear(text: string, at: number, length: number): boolean {
  return inTitleMarks(text, at) || DOCUMENT_AFTER.test(text.slice(at + length));
}

const RELATIVE_PAST = new RegExp(alternatives(RELATIVE_PAST_YEARS), 'gu');
const REVIEWED_BEFORE = new RegExp(`(?:${alternatives(REVIEWED_YEAR_CUES)})[^，,。；;]{0,8}$`, 'u');
const PLANNED_BEFORE = new RegExp(`(?:${alternatives(PLANNED_YEAR_BEFORE)})[^，,。；;]{0,8}$`, 'u');
/** After the year: its clause, or the clause it opens (2019年，全市检察机关将…). */
const PLANNED_AFTER = new RegExp(`^度?[，,]?[^，,。；;]{0,12}?(?:${alternatives(PLANNED_YEAR_AFTER)})`, 'u');
/** A relative year named as a comparison's base (比去年, 较去年同期) or a span's start (去年以来 counts: its work is reviewed). */
const RELATIVE_COMPARED = /(?:比|较|较于|同比|相比|对比|与)$/u;
const SENTENCE = /[。！？；!?;]/gu;

/**
 * The year a meeting's report stands in from a relative year its text ties to a stated one (tests/eval/README.md,
 * expected.date): the text says 去年, 过去一年 or 一年来 of the work it reviews, and names that work's year — by a
 * reviewing verb (回顾总结去年…工作 / 总结了2011年的工作 → 2012), or as the year the sentence after 过去一年 speaks of
 * (过去一年,全省检察机关… / 2022年海南检察机关多项案件指标保持全国领先 → 2023). A year planned (部署2023年任务), a
 * comparison's base (较2021年), a span's start (2019年以来) or a document's (2025年财政预算) is tied to nothing; where
 * the tied years disagree, or the text names no relative year, nothing is read.
 */
export function tiedYear(paragraphs: string[]): number | undefined {
  const tied = new Set<number>();
  let relative = false;
  for (const text of paragraphs) {
    // The sentence each relative year stands in, counted from the paragraph's start.
    const sentenceAt = (at: number) => [...text.slice(0, at).matchAll(SENTENCE)].length;
    const relatives = [...text.matchAll(RELATIVE_PAST)].filter((m) => !RELATIVE_COMPARED.test(text.slice(0, m.index)) && !text.slice(m.index + m[0].length).startsWith('同期'));
    if (relatives.length > 0) relative = true;
    for (const m of text.matchAll(/(?<![\d〇零一二三四五六七八九])(\d{4})年/gu)) {
      const before = clauseBefore(text, m.index);
      const rest = text.slice(m.index + m[0].length);
      if (COMPARED.test(text.slice(0, m.index)) || /^(?:度)?以来/u.test(rest) || documentYear(text, m.index, m[0].length)) continue;
      if (PLANNED_BEFORE.test(before) || PLANNED_AFTER.test(rest)) continue;
      const reviewed = REVIEWED_BEFORE.test(before);
      const follows = relatives.some((r) => r.index < m.index && sentenceAt(m.index) - sentenceAt(r.index) <= 1);
      if (reviewed || follows) tied.add(Number(m[1]));
    }
  }
  return relative && tied.size === 1 ? [...tied][0]! + 1 : undefined;
}
/** From this month on, a meeting that reviews the year and plans the next is held in the year it reviews. */
const YEAR_END = 11;

const TITLE_DATES = TITLE_EVENT_DATES.map(({ term }) => new RegExp(term, 'u'));

/** The day a title names for what the document records (永蔚两会第一线（3月12日）); its year may be missing. */
export function titleEventDate(title: string): FoundDate | undefined {
  for (const re of TITLE_DATES) {
    const text = re.exec(title)?.groups?.date;
    const [date] = text ? findDates(text) : [];
    if (date?.day !== undefined) return date;
  }
  return undefined;
}

/** Longer than this, a line under a title is text, not a subtitle or a speaker's line. */
const HEAD_LINE_MAX = 80;

/**
 * A line under a title whose date stands at its start or its end, with its
 * year and month at least: a work report's subtitle (2023年1月14日在湖北省第十四届
 * 人民代表大会第一次会议上), a speaker's line with the day
 * (（湖南省衡阳市政协副主席、衡山县委书记戴新贤，2026年2月14日）), a subtitle with
 * the day after it (——在…会议上的讲话（2023年1月5日）), a mirror's stamp
 * between separators (||2009-03-06). A date inside the line is about
 * something else.
 */
export function headLineDate(line: string): FoundDate | undefined {
  if (line.length > HEAD_LINE_MAX || /[。！？；]/u.test(line)) return undefined;
  const bare = line.replace(/^[\s|｜—–-]+|[\s|｜]+$/gu, '');
  const bracket = /^[（(](.*)[）)]$/u.exec(bare);
  const inner = (bracket ? bracket[1]! : bare).trim();
  const dates = findDates(inner).filter((d) => d.year !== undefined && d.month !== undefined);
  if (dates.length !== 1) return undefined;
  const [date] = dates as [FoundDate];
  const before = inner.slice(0, date.index);
  const after = inner.slice(date.end).trim();
  if (before.trim() === '') return date;
  // At the end after a comma or in brackets; a byline's date after a space (本报记者 张华 2021年3月2日) is the day it was printed.
  const closes = /[，,（(]$/u.test(before) || (bracket !== null && /[、\s]$/u.test(before));
  return closes && /^[）)]?$/u.test(after) ? date : undefined;
}

const TITLE_YEARS = TITLE_YEAR_TIMES.map(({ term }) => new RegExp(term, 'u'));

/** The year a title names a time within (2023年开年…); a year before a plan, a review or a holiday names none. */
export function titleTimeYear(title: string): number | undefined {
  for (const re of TITLE_YEARS) {
    const year = re.exec(title)?.groups?.year;
    if (year) return Number(year);
  }
  return undefined;
}

const SOURCE_LINE = new RegExp(alternatives(SOURCE_LINE_LABELS), 'u');
/** Longer than this, or with a sentence's end, a line is text that names its source, not a source line. */
const SOURCE_LINE_MAX = 60;

/**
 * The full date of a newspaper's source line the cleaning took away as page
 * furniture (( 2019-10-12 ) 稿件来源:新华每日电讯; (来源:大公报A1:要闻 2026/03/12)):
 * the day the paper carried the text. Only a line with one full date: two
 * dates, or a month alone, say something else.
 */
export function sourceLineDate(line: string): FoundDate | undefined {
  if (line.length > SOURCE_LINE_MAX || /[。！？；]/u.test(line) || !SOURCE_LINE.test(line)) return undefined;
  const dates = findDates(line);
  return dates.length === 1 && dates[0]!.year !== undefined && dates[0]!.day !== undefined ? dates[0] : undefined;
}

const TODAY = new RegExp(alternatives(TODAY_DATES), 'gu');

/**
 * The day a text names as its own today (今天，2017年8月31日，是…; 以下为…今日（十月四日）出席…的致辞):
 * a speech's day, or a report's. Its year may be missing.
 */
export function todayDate(text: string): FoundDate | undefined {
  for (const m of text.matchAll(TODAY)) {
    const [date] = findDates(text.slice(m.index + m[0].length));
    if (date && date.index === 0 && date.day !== undefined) return date;
  }
  return undefined;
}

/** Longer than this, a line is not a page's info line. */
const INFO_LINE_MAX = 100;
/** Longer than this, a field's value is text. */
const FIELD_VALUE_MAX = 40;
/** A field's label and its colon; a table row may set the colon in a cell of its own (日期 | : | 2009-10-04 |). */
const FIELD_LABEL = /(?:^|[\s|｜]+)([\p{Script=Han}]{1,8})\s*(?:[|｜]\s*)?[:：]\s*(?:[|｜]\s*)?/gu;

/**
 * A name and the site's stamp and nothing else (焦點新聞   2022-12-26; 每日经济新闻 2021-03-05 00:21:14):
 * a column's or publisher's info line without a label's colon. The stamp's
 * digit form is how sites date pages; a document's own line prints 年月日.
 */
const NAMED_STAMP = /^[\p{Script=Han}]{2,10}[ \t\u3000]+(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
/**
 * The site's stamp with its clock time, then the name of the outlet and nothing else, the row perhaps
 * in a table's bars (2019年03月05日 13:58 中国网, fresh h5-sina; | 2019年01月16日 16时37分 忻州在线·忻州日报 |,
 * unseen8 b8-comfortworkshvacr): the clock time makes a 年月日 date a stamp, as no document prints it so.
 */
const STAMP_NAMED = /^(\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*\d{1,2}(?:[:：]|[时時])\d{2}分?(?:[:：]\d{2})?[ \t\u3000]+[\p{Script=Han}·]{2,12}$/u;
/**
 * A byline's or a source's few words, then the site's stamp with its clock time, then a view counter or a
 * source (賴義中 2014/09/22 22:53 點閱 784 次, unseen14 c14-anntw; 2018-02-11 10:32  来源:昭通新闻网,
 * ztnews.net, datefill-s27 sample half A): a digit stamp with a clock time is how sites date pages, and no
 * more than a name stands before it, as a list's headline would. The line must hold no other date.
 */
const CLOCKED_STAMP = /^(?:[\p{Script=Han}·]{1,8}[ \t\u3000]+)?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u3000]+[^。！？；，,]{1,40})?$/u;

/**
 * A 信息公开 table row that sets the page's date label and its value in cells without a colon
 * (生成日期 2022-10-28 公开日期 2022-10-28 公开方式 政府网站, miluo.gov.cn; | 生成日期 | 2020-10-22 | 公开方式 | 主动公开 |,
 * lucheng.gov.cn): the label opens the row, and only the labels of the page's own date count, as a bare
 * 时间 or 日期 opening a line may be an event's.
 */
/** A newspaper page's number or pager (大众报 P08 | 澳门新闻 2011-09-02; 上一版3  4下一版 2017年7月27日 星期). */
const ISSUE_PAGE = new RegExp(alternatives(ISSUE_PAGE_MARKS), 'u');
const LABEL_CELL = new RegExp(`^(?:${alternatives(PAGE_DATE_LABELS)})[\\s|｜]*`, 'u');
/** A table cell holding only a label of the page's own date (发布日期). */
const LABEL_ONLY = new RegExp(`^(?:${alternatives(PAGE_DATE_LABELS)})$`, 'u');
/** An e-paper template's label of the issue's date (当前报章2022年02月16日; 当前报纸日期: over the date's line). */
const ISSUE_LABEL = new RegExp(`^(?:${alternatives(ISSUE_DATE_LABELS)})[\\s:：|｜]*`, 'u');
/** The issue's date as one e-paper template renders it, the 年 lost between year and month (2018 11月14日 星期, macaodaily.com). */
const YEAR_SET_APART = /^((?:19|20)\d{2})\s+(?=\d{1,2}月\d{1,2}日)/u;

/** A line holding only an e-paper's issue label, its date on the line under it (当前报纸日期:). */
export const issueLabelAlone = (line: string) => ISSUE_LABEL.exec(line.trim())?.[0].length === line.trim().length && line.trim().length > 0;

/** The date after an e-paper's issue label (rule date-issue-label): the day the issue was printed. */
function issueLabelDate(row: string): FoundDate | undefined {
  const label = ISSUE_LABEL.exec(row);
  if (!label) return undefined;
  const [date] = findDates(row.slice(label[0].length).trim().replace(YEAR_SET_APART, '$1年'));
  return date && date.index === 0 && date.year !== undefined && date.day !== undefined ? date : undefined;
}

/**
 * The date of a page's info line, recognised by its shape — a short line of
 * label：value fields (发布日期：2022-06-24; 颁布日期:2012-05-21 | 失效日期: |;
 * 日期 | : | 2009-10-04 |), whatever the labels say: the first field whose
 * value is a date with its year and month; a table row opening on the page's
 * date label without a colon; or a name and a stamp alone.
 */
export function infoLineDate(line: string): FoundDate | undefined {
  const text = line.replace(/^[•·\s]+/u, '');
  if (text.length > INFO_LINE_MAX || /[。！？；，,]/u.test(text)) return undefined;
  const named = NAMED_STAMP.exec(text.trim());
  if (named) return findDates(named[1]!)[0];
  const stamped = STAMP_NAMED.exec(text.replace(/^[|｜\s]+|[|｜\s]+$/gu, ''));
  if (stamped) return findDates(stamped[1]!)[0];
  const clocked = CLOCKED_STAMP.exec(text.trim());
  if (clocked && findDates(text).length === 1) return findDates(clocked[1]!)[0];
  // A newspaper page's line (its page number or pager with one full date) dates the issue.
  if (ISSUE_PAGE.test(text)) {
    const days = findDates(text).filter((d) => d.year !== undefined && d.month !== undefined && d.day !== undefined);
    if (days.length === 1) return days[0];
  }
  const row = text.replace(/^[|｜\s]+/u, '');
  const issue = issueLabelDate(row);
  if (issue) return issue;
  const cell = LABEL_CELL.exec(row);
  if (cell) {
    const [date] = findDates(row.slice(cell[0].length));
    if (date && date.index === 0 && date.year !== undefined && date.month !== undefined) return date;
  }
  // A row of a disclosure table's cells, label and value in turn, with the page's date label in a later pair
  // (公开目录 | 人事信息 | 发布日期 | 2022-03-07 |, longling.gov.cn, unseen24 b24-longling; 公开目录 | 乡镇信息 |
  // 发布日期 | 2021-05-07 13:37:50 |, tengchong.gov.cn, unseen20 b20-tengchong): the cell after the label.
  const cells = row.split(/\s*[|｜]\s*/u);
  const labelAt = cells.findIndex((cell, i) => i > 0 && LABEL_ONLY.test(cell));
  if (labelAt > 0 && labelAt % 2 === 0) {
    const [date] = findDates(cells[labelAt + 1] ?? '');
    if (date && date.index === 0 && date.year !== undefined && date.month !== undefined) return date;
  }
  const fields = [...text.matchAll(FIELD_LABEL)];
  if (fields.length === 0 || fields[0]!.index !== 0) return undefined;
  for (const [n, field] of fields.entries()) {
    const value = text.slice(field.index + field[0].length, fields[n + 1]?.index ?? text.length).replace(/[\s|｜]+$/u, '');
    if (value.length > FIELD_VALUE_MAX) return undefined;
    const [date] = findDates(value);
    if (date && date.index === 0 && date.year !== undefined && date.month !== undefined) return date;
  }
  return undefined;
}

/**
 * A year of the Republic and the holiday of what happened (115年苗栗县元旦升旗典礼; 慶祝中華民國九十六年國慶;
 * 一一0年元旦升旗): Taiwan's official calendar. Only a year of three digits, or one after the 民国 word, is the
 * Republic's — a mainland page's 21年 is 2021.
 */
const ROC_HOLIDAY = /(?<![0-9])(?<roc>(?:中华)?民国\s*)?(?<year>[0-9]{2,3}|[〇○零一二三四五六七八九十OО0]{2,4})\s*年[^，,。；！？\s]{0,12}?(?<holiday>元旦|双十国庆|国庆|双十节)/u;
/** The days of the holidays a Republic's year names: New Year's Day (extract/holidays.ts) and the Double Tenth, the Republic's own 国庆. */
const NEW_YEAR_HOLIDAY = HOLIDAYS.find((h) => h.id === 'new-year-day')!;
const HOLIDAY_DAYS: Record<string, [number, number]> = { 元旦: [NEW_YEAR_HOLIDAY.month, NEW_YEAR_HOLIDAY.day!], 双十国庆: [10, 10], 国庆: [10, 10], 双十节: [10, 10] };

/** The day a Republic's year and its holiday name (中华民国九十六年国庆 → 2007-10-10), as a found date. */
export function rocHolidayDate(text: string): FoundDate | undefined {
  const m = ROC_HOLIDAY.exec(text);
  if (!m?.groups) return undefined;
  const written = m.groups.year!;
  const numeral = /^[0-9]+$/u.test(written) ? Number(written) : (countingNumeral(written) ?? digitNumeral(written.replace(/[OО0]/gu, '〇')));
  if (numeral === undefined || (written.length < 3 && !m.groups.roc) || (/^[0-9]+$/u.test(written) && written.length === 3 && numeral < 100)) return undefined;
  const [month, day] = HOLIDAY_DAYS[m.groups.holiday!]!;
  return { text: m[0], index: m.index, end: m.index + m[0].length, year: ROC_EPOCH + numeral, month, day };
}

const ROC_TITLE_YEAR = new RegExp(alternatives(ROC_TITLE_YEARS), 'u');
/** Two-digit years of the Republic a page of Taiwan may print: 1921–2010. */
const ROC_TWO_DIGITS = 10;

/**
 * The Gregorian year of the Republic's year a title holds its occasion in (李主任委员主持93年庆祝农民节暨神农奖颁奖典礼致词
 * → 2004; 112年度投向新活力 南投县政年终记者会 → 2023). Three digits are the Republic's on any page (no
 * document's year is 112); two only on a page written in traditional characters (`traditional`), since a mainland
 * page's 93年 may be 1993. A 年度 is the year reviewed: only with 年终 in the title is it the year held.
 */
export function rocTitleYear(title: string, traditional: boolean): number | undefined {
  const m = ROC_TITLE_YEAR.exec(title);
  const written = m?.groups?.year;
  if (!m || written === undefined) return undefined;
  const n = Number(written);
  if (written.length === 3 ? n < 100 : !traditional || n < ROC_TWO_DIGITS) return undefined;
  if (m.groups!.yearly !== undefined && !/年终/u.test(title)) return undefined;
  const year = ROC_EPOCH + n;
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/** The marks a caption may open on before its day (★3月2日上午,…; ▲…). */
const CAPTION_MARK = /^[★☆▲△↑■●◆◇\s]+/u;
/** A caption that opens on its day, then perhaps a time of day, then a comma: 10月15日,…会议在郑州召开。 */
const CAPTION_DAY = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|晚|凌晨|早上|早晨|清晨|中午|傍晚)?[，,]/u;

/**
 * The day the pictures' captions above a text open on, when they agree on one
 * (10月15日,全省义务教育均衡发展推进会议在郑州召开。本报记者 刘红雨 摄 over a
 * speech on jysb.shuren100.com; ★3月2日上午,在赴北京…的飞机上,…本报记者拍下了这亲切的场面
 * over an interview on knoxvariety.com): a weak sign of the day of what the
 * text reports, read only when the text states no day of its own. Captions of
 * several days picture several things, and none is taken.
 */
export function captionDay(captions: readonly string[]): FoundDate | undefined {
  const days = captions
    .map((line) => line.trim().replace(CAPTION_MARK, ''))
    .filter((text) => CAPTION_DAY.test(text))
    .map((text) => findDates(text)[0])
    .filter((date): date is FoundDate => date?.day !== undefined && date.index === 0);
  const distinct = new Set(days.map((d) => `${d.year ?? ''}-${d.month}-${d.day}`));
  return distinct.size === 1 ? days[0] : undefined;
}

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
/** 1984 was 甲子, the cycle's first year. */
const CYCLE_START = 1984;
/**
 * A sexagenary year names one year in sixty: read as the one within the sixty years ending with the
 * archive's present (1967–2026), the years its web pages were written in. A constant, so that output
 * does not change with the day ingest runs.
 */
const CYCLE_LAST = 2026;
/** A closing line that is a lunar day of a sexagenary year and nothing else: 丁酉年除夕 under a hospital's New Year address. */
const LUNAR_DAY_LINE = new RegExp(`^[（(]?(?<stem>[${STEMS}])(?<branch>[${BRANCHES}])年\\s*(?<day>除夕|春节|正月初一|大年初一)[）)]?$`, 'u');
/** A title's sexagenary year and its New Year (澳门特别行政区行政长官何厚铧丙戌年新春献辞). */
const LUNAR_NEW_YEAR = new RegExp(`(?<stem>[${STEMS}])(?<branch>[${BRANCHES}])年(?:的)?(?:新春|春节|新年)`, 'u');

/** The Gregorian year in which the sexagenary year of `stem` and `branch` begins (丙戌 → 2006), or none when they do not pair. */
function cycleYear(stem: string, branch: string): number | undefined {
  const s = STEMS.indexOf(stem);
  const b = BRANCHES.indexOf(branch);
  // A stem and a branch pair only when both are even or both odd in their series.
  if (s < 0 || b < 0 || s % 2 !== b % 2) return undefined;
  const offset = [...Array(60).keys()].find((n) => n % 10 === s && n % 12 === b)!;
  const first = CYCLE_START + offset;
  return first - 60 * Math.ceil((first - CYCLE_LAST) / 60);
}

const CHINESE_CALENDAR = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { timeZone: 'UTC', month: 'long', day: 'numeric' });

/** The Gregorian day of the Spring Festival (正月初一) of a Gregorian year: between January 21 and February 20. */
function springFestival(year: number): Date | undefined {
  for (let day = 21; day <= 51; day++) {
    const date = new Date(Date.UTC(year, 0, day));
    const parts = CHINESE_CALENDAR.formatToParts(date);
    if (parts.find((p) => p.type === 'month')?.value === '正月' && parts.find((p) => p.type === 'day')?.value === '1') return date;
  }
  return undefined;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The Gregorian day a closing line names by a sexagenary year's lunar day: 丁酉年除夕 is the eve of 戊戌's
 * Spring Festival, 2018-02-15 (unseen8 b8-kenatoys, a hospital party committee's New Year address);
 * 丁酉年春节 is 2017-01-28.
 */
export function lunarDayLine(line: string): string | undefined {
  const m = LUNAR_DAY_LINE.exec(line.trim());
  const year = m?.groups && cycleYear(m.groups.stem!, m.groups.branch!);
  if (year === undefined) return undefined;
  if (m!.groups!.day === '除夕') {
    const next = springFestival(year + 1);
    return next && isoDay(new Date(next.getTime() - 86_400_000));
  }
  const festival = springFestival(year);
  return festival && isoDay(festival);
}

/** The year a title's sexagenary New Year names (丙戌年新春献辞 → 2006, unseen7 b7-govmo): the Gregorian year its Spring Festival falls in. */
export function lunarNewYear(title: string): number | undefined {
  const m = LUNAR_NEW_YEAR.exec(title);
  return m?.groups ? cycleYear(m.groups.stem!, m.groups.branch!) : undefined;
}

/** The animals of the twelve branches, 子 (鼠) first; 犬 is the dog as well. */
const ANIMALS = '鼠牛虎兔龙蛇马羊猴鸡狗猪';
const ZODIAC = ZODIAC_GREETINGS.map(({ term }) => new RegExp(term, 'gu'));
/** A greeting at the Spring Festival: the season of the animal years. */
const SPRING_FESTIVAL = /新春|春节|拜年|贺岁|农历新年/u;
/** A year named as a goal or a span's end (到2035年; 2021-2025年) stands beyond the text's time. */
const BEYOND = /[到至~～\-—–]\s*$/u;

/** New Year's Day: a greeting for both it and the Spring Festival may be given in December, in the year it reviews. */
const NEW_YEAR_DAY = /元旦/u;
/** A month the Spring Festival falls in (between January 21 and February 20), for the review-and-plan reading. */
const SPRING_FESTIVAL_MONTH = 1;

/**
 * The year of a Spring Festival text that reviews one year and sets work for the next (2014年是我院砥砺奋进、
 * 发展壮大的一年 … 2015年，我院将乘势而上): the festival falls in January or February of the year planned, so
 * the text stands in the later year, as a meeting's report before November does (reviewedPlannedYear: exactly
 * two years, one after the other, the later with its work set out). None where the text also greets New Year's
 * Day, which a December greeting does.
 */
export function springFestivalPlannedYear(paragraphs: string[]): number | undefined {
  const text = paragraphs.join('\n');
  if (!SPRING_FESTIVAL.test(text) || NEW_YEAR_DAY.test(text)) return undefined;
  return reviewedPlannedYear(paragraphs, SPRING_FESTIVAL_MONTH);
}

/** The animal of the lunar year that begins at a Gregorian year's Spring Festival (2021 → 牛). */
const animalOf = (year: number) => ANIMALS[(((year - CYCLE_START) % 12) + 12) % 12];

/**
 * The year of a Spring Festival greeting from the animal it welcomes (金牛奔盛世, 牛来运转) and the years its
 * text names: an animal names one year in twelve, and the latest year the text names is the year just past
 * or the one begun (2008年，是充满考验的一年 → the ox's 2009; 2020年是极不平凡的一年…2021年是…开局之年 → the
 * ox's 2021), so of that year and the next the one that is the animal's. Where both are named (the year
 * seen off and the one welcomed), the later. None without a Spring Festival word, an animal or a named year
 * (羊年 alone, unseen7 a7-rfa, leaves the year to the reader).
 */
export function springFestivalYear(opening: string, text: string): number | undefined {
  if (!SPRING_FESTIVAL.test(text)) return undefined;
  const animals = new Set<string>();
  for (const re of ZODIAC) for (const m of opening.matchAll(re)) animals.add(m.groups!.animal === '犬' ? '狗' : m.groups!.animal!);
  if (animals.size === 0) return undefined;
  const years = [...text.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})\s*年/gu)].filter((m) => !BEYOND.test(text.slice(Math.max(0, m.index - 2), m.index))).map((m) => Number(m[1]));
  if (years.length === 0) return undefined;
  const latest = Math.max(...years);
  const fits = [latest + 1, latest].filter((year) => animals.has(animalOf(year)!));
  return fits[0];
}

const INTERVIEW_DATE = new RegExp(`^(?:${alternatives(INTERVIEW_DATE_LABELS)})\\s*[:：]\\s*`, 'u');

/**
 * The day an interview's header block gives it (采访对象：… / 采访组：… / 采访日期：2017年6月5日 / 采访地点：…):
 * a field whose label names the interview's time and whose value is a full date and nothing more, on a
 * line of its own. The block stands under the title, often after a 采访对象 line long enough to end in a
 * full stop, so it is read wherever it stands among the text's first lines.
 */
export function interviewDate(line: string): FoundDate | undefined {
  const label = INTERVIEW_DATE.exec(line.trim());
  if (!label) return undefined;
  const value = line.trim().slice(label[0].length);
  const [date, ...more] = findDates(value);
  if (!date || more.length > 0 || date.index !== 0 || date.year === undefined || date.month === undefined || date.day === undefined) return undefined;
  return /^[\s（()）星期周一二三四五六日天上下午晚]*$/u.test(value.slice(date.end)) ? date : undefined;
}

const HOLIDAY_YEAR = new RegExp(alternatives(HOLIDAY_YEARS), 'u');
const HOLIDAY_TODAY = new RegExp(alternatives(HOLIDAY_TODAYS), 'u');
const BEFORE_HOLIDAY = new RegExp(alternatives(HOLIDAY_AHEAD), 'u');
const HOLIDAY_IN_PASSING = new RegExp(alternatives(HOLIDAY_PASSING), 'u');
const HOLIDAY_NAME = HOLIDAYS.map((holiday) => ({ holiday, name: new RegExp(`(?:${holiday.names})$`, 'u'), named: new RegExp(`(?:${holiday.names})`, 'u') }));
/** The Republic's calendar on the page: its 国庆 is the Double Tenth (rocHolidayDate), not the mainland's 10-1. */
const ROC_PAGE = /民国|双十/u;
const LUNAR_MONTHS = ['正月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '冬月', '腊月'];

/** The Gregorian day of a lunar festival in a Gregorian year: 除夕 the eve of that year's Spring Festival, the others their month and day (not a leap month's). */
function lunarFestivalDay(year: number, holiday: Holiday): string | undefined {
  const festival = springFestival(year);
  if (!festival) return undefined;
  if (holiday.id === 'lunar-new-year-eve') return isoDay(new Date(festival.getTime() - 86_400_000));
  for (let t = festival.getTime(); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    const parts = CHINESE_CALENDAR.formatToParts(new Date(t));
    if (parts.find((p) => p.type === 'month')?.value === LUNAR_MONTHS[holiday.month - 1] && parts.find((p) => p.type === 'day')?.value === String(holiday.day)) return isoDay(new Date(t));
  }
  return undefined;
}

export interface HolidayReading {
  iso: string;
  holiday: string;
  /** `day` when the text says the holiday is today, else what the holiday's year alone gives (HOLIDAYS `dated`). */
  reading: 'day' | 'month' | 'year';
  /** The year is the observance's count's (第40个教师节), not a year printed beside its name. */
  counted?: true;
}

/**
 * The date a holiday named with its year gives a text (2024年教师节校长致辞 … 今天是第40个教师节 → 2024-09-10; 2012年5.12护士节
 * 院长讲话稿 … 来临之际 → 2012-05; 校长在2023中秋节庆典上致辞 → 2023), from the title and the opening paragraphs: the first
 * holiday printed after a year, outside a sentence naming it in passing (期间, 放假安排). Its day when an opening paragraph
 * says it is today and none says the text stands before it; else its month or year as HOLIDAYS says.
 */
export function holidayDate(texts: string[]): HolidayReading | undefined {
  let found: { year: number; holiday: Holiday } | undefined;
  for (const sentence of texts.flatMap((text) => text.split(/(?<=[。！？])/u))) {
    const m = HOLIDAY_IN_PASSING.test(sentence) ? null : HOLIDAY_YEAR.exec(sentence);
    const holiday = m && HOLIDAY_NAME.find(({ name }) => name.test(m[0]))?.holiday;
    if (m?.groups?.year && holiday) {
      found = { year: Number(m.groups.year), holiday };
      break;
    }
  }
  // Else a count of an observance the public table dates (第40个教师节 → 2024): its year, as a printed one.
  let counted = false;
  if (!found) {
    for (const sentence of texts.flatMap((text) => text.split(/(?<=[。！？])/u))) {
      const ordinal = HOLIDAY_IN_PASSING.test(sentence) ? undefined : observanceOrdinal(sentence);
      if (ordinal) {
        found = { year: ordinal.year, holiday: ordinal.holiday };
        counted = true;
        break;
      }
    }
  }
  if (!found || found.year < MIN_YEAR || found.year > MAX_YEAR) return undefined;
  const { year, holiday } = found;
  if (holiday.id === 'national-day' && texts.some((text) => ROC_PAGE.test(text))) return undefined;
  // The paragraph saying today may name the holiday or call it the 节日 only (its name lost to damage on jsfgt.com); not another holiday.
  const named = HOLIDAY_NAME.find((h) => h.holiday === holiday)!.named;
  const ours = (text: string) => named.test(text) || !HOLIDAY_NAME.some((h) => h.named.test(text));
  const today = texts.some((text) => HOLIDAY_TODAY.test(text) && !HOLIDAY_IN_PASSING.test(text) && ours(text)) && !texts.some((text) => BEFORE_HOLIDAY.test(text));
  if (today) {
    const iso = holiday.lunar ? lunarFestivalDay(year, holiday) : isoDate(year, holiday.month, holiday.day);
    return iso ? { iso, holiday: holiday.id, reading: 'day', ...(counted ? { counted: true as const } : {}) } : undefined;
  }
  if (holiday.dated === 'month') return { iso: isoDate(year, holiday.month)!, holiday: holiday.id, reading: 'month', ...(counted ? { counted: true as const } : {}) };
  if (holiday.dated === 'year') return { iso: isoDate(year)!, holiday: holiday.id, reading: 'year', ...(counted ? { counted: true as const } : {}) };
  return undefined;
}

const CNA_DATELINE = new RegExp(alternatives(CNA_DATELINES), 'u');
const WIRE_CLOSING_CODE = new RegExp(alternatives(WIRE_CLOSING_CODES), 'u');
/** How many paragraphs at the text's head may hold the agency's dateline. */
const WIRE_EDGE = 3;

/**
 * The day a Central News Agency story was filed, by the code it closes on ((编辑：苏龙麒)1120221 → 2023-02-21:
 * WIRE_CLOSING_CODES), in a text whose first paragraphs hold the agency's dateline (CNA_DATELINES). The code stays
 * with the story on every site that reposts it, so it dates the story where a repost's stamp does not.
 */
export function wireClosingDate(paragraphs: string[]): FoundDate | undefined {
  if (!paragraphs.slice(0, WIRE_EDGE).some((text) => CNA_DATELINE.test(text))) return undefined;
  // The code closes the story's last paragraph, which a site's furniture may follow (a blog's tags, a related list).
  for (const text of paragraphs) {
    const m = WIRE_CLOSING_CODE.exec(text.trimEnd());
    const code = m?.groups?.code;
    if (!m || !code) continue;
    const [year, month, day] = [ROC_EPOCH + Number(code.slice(0, 3)), Number(code.slice(3, 5)), Number(code.slice(5))];
    return isoDate(year, month, day) ? { text: code, index: m.index, end: m.index + m[0].length, year, month, day } : undefined;
  }
  return undefined;
}

const OPENING_DAY = [...new Set(OPENING_DAYS.map((t) => t.term))].map((term) => new RegExp(`^(?:${term})`, 'u'));
/** Where a clause may begin: after a sentence's or a clause's mark, or after a quotation closing (“…？”1月19日，…). */
const CLAUSE_MARK = /[。！？；，,”」』]/u;
const OPEN_QUOTES = /[“「『]/u;
const CLOSE_QUOTES = /[”」』]/u;

/** A day of a report's opening paragraphs stated without its year (OPENING_DAYS): `rel` when it is named as this year's or last year's. */
export interface OpeningDay {
  month?: number;
  day: number;
  rel?: string;
  /** The sentence it opens a clause of. */
  sentence: string;
}

/**
 * The first clause of the opening paragraphs that opens on a day (OPENING_DAYS), outside quotation marks: a pull quote
 * or the words of someone the report quotes are not the report's own account (“…2月1日起施行…” is what was said).
 */
export function openingDay(paragraphs: string[]): OpeningDay | undefined {
  for (const paragraph of paragraphs) {
    let depth = 0;
    for (let at = 0; at < paragraph.length; at++) {
      const ch = paragraph[at]!;
      if (OPEN_QUOTES.test(ch)) depth++;
      else if (CLOSE_QUOTES.test(ch)) depth = Math.max(0, depth - 1);
      const start = at === 0 ? 0 : CLAUSE_MARK.test(ch) ? at + 1 : -1;
      if (start < 0 || depth > 0) continue;
      const rest = paragraph.slice(start).replace(/^\s+/u, '');
      for (const re of OPENING_DAY) {
        const g = re.exec(rest)?.groups;
        if (!g) continue;
        const from = paragraph.lastIndexOf('。', start - 1) + 1;
        const to = paragraph.slice(start).search(/[。！？]/u);
        return { month: g.month ? Number(g.month) : undefined, day: Number(g.day), rel: g.rel, sentence: paragraph.slice(from, to < 0 ? undefined : start + to + 1) };
      }
    }
  }
  return undefined;
}

/** Days between two ISO days. */
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

/**
 * The opening's day as a day of the page's stamp's time: the last such day on or before the stamp (last year's
 * when named so), when the stamp follows it within `window` days — a report is posted in the days after what it
 * tells. A day alone takes the stamp's month.
 */
export function stampedOpeningDay(opening: OpeningDay, stamp: string, window: number): string | undefined {
  const [y, m, d] = stamp.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const candidates: (string | undefined)[] = [];
  if (opening.month === undefined) {
    // Not the month before: a day past the stamp's would need a month the page does not print.
    candidates.push(isoDate(y, m, opening.day));
  } else if (opening.rel === '去年') {
    candidates.push(isoDate(y - 1, opening.month, opening.day));
  } else if (opening.rel === '今年') {
    candidates.push(isoDate(y, opening.month, opening.day));
  } else {
    candidates.push(isoDate(y, opening.month, opening.day), isoDate(y - 1, opening.month, opening.day));
  }
  return candidates.find((iso): iso is string => iso !== undefined && iso.length === 10 && daysBetween(iso, stamp) >= 0 && daysBetween(iso, stamp) <= window);
}
