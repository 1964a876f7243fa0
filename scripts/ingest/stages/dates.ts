// Stage: date, dateKind, year, otherDates.
//
// Dates are read only where a document states its own date: date lines (a
// line that is a date and nothing else, under the title, closing the text or
// under a signature), attributions and bylines set aside in the front lines,
// the page's 发布时间 (file.data.candidates.published), a newspaper's source
// line with its day that the chrome stage took away, the meeting date in a
// cover notice, a year in a title like 在2012年全区卫生工作会议上的讲话, the
// day a report's first sentence opens on (3月5日，…召开), its year taken from
// the title, an info line or the page's date, and the day a text calls today
// (今天，2017年8月31日; 今日（十月四日）出席…). An info line is known by its shape
// (a short line of label：value fields above the text), not by its labels. A
// date inside an ordinary body sentence is about something else and is never taken.
//
// Which one is the document's own depends on what the document is, which the
// classify stage decides after this one; the title's genre words say enough
// (extract/genre.ts): a speech's date is the day it was given — a page's
// publication stamp is not that day, so a speech without one stays undated
// with a warning; a notice's is its signature date; anything else takes the
// day of the event its text states, then a date printed with it, then the
// page's date.
import type { Block, DocumentMeta, IngestFile } from '../types.ts';
import { compactDateReadings, dateLine, findDates, firstYear, isoDate, isoOf, leadingDay, resolveDay, resolveYear, resolveYearNotAfter, type FoundDate } from '../../../core/dates/parse.ts';
import { documentGenre, titleGenre, type TitleGenre } from '../extract/genre.ts';
import { CUE_RULES } from '../classify/cues.ts';
import { BRACKET_DATELINES, LEADER_COLUMN_TITLES, REPOST_SITE_MARKS, SHARED_COPY_MARKS, alternatives } from '../extract/date-vocabulary.ts';
import { findPeople } from '../people/find.ts';
import { nameLine } from '../people/name-line.ts';
import { genreTitleSpeaker } from '../people/title-speaker.ts';
import { anniversaryDate, captionDay, congressDay, holidayDate, observanceDay, damagedDateLine, ceremonyYear, ledeMeetingYear, occasionDay, occasionYearOf, turnYear, yearOpenedTitleYear, filedDay, gluedHeadDate, headLineDate, heldDay, infoLineDate, interviewDate, issueLabelAlone, wireClosingDate, ledeDate, ledeYesterday, runInSubtitleDate, meetingTitleYear, opensOnDateline, plannedYear, prefaceDate, reviewedPlannedYear, rocHolidayDate, rocTitleYear, lunarDayLine, lunarNewYear, openingDay, signatureDates, stampedOpeningDay, sourceLineDate, stampUnderHeadline, springFestivalPlannedYear, springFestivalYear, statedYear, tiedYear, titleEventDate, titleTimeYear, todayDate } from '../extract/date-evidence.ts';
import { docNumberYear } from '../structure/title-clean.ts';
import { classYearFill, fillCandidates, type FillCandidate } from '../extract/date-fill.ts';
import { leadInYear } from '../structure/title-lead-in.ts';
/** A date line, also when its Chinese-numeral year lost its 〇 to encoding damage (二□一一年五月三十日). */
const lineDate = damagedDateLine;
import { asciiDigits } from '../../../core/chinese-numerals.ts';
import { isSignatureLine } from '../structure/tail.ts';
import { parseNameLine } from '../structure/lines.ts';
import { REPEAT_REASON } from './structure.ts';
import { labelledFields } from './chrome/labels.ts';

type DateKind = NonNullable<DocumentMeta['dateKind']>;
/**
 * Where a date came from: `event` is the day a report's text says something
 * happened, `printed` a date line printed with a document that is neither a
 * speech nor a notice (a bulletin's 2023年5月 under its issuer); both are
 * written out as published, like the page's own date.
 */
type Origin = 'delivered' | 'issued' | 'event' | 'printed' | 'published';

interface Dated {
  iso: string;
  origin: Origin;
  /** Where on the page the date stands (info, title, front, body-head, body-tail, notice, signature, first-sentence…): for the chooser's evaluation. */
  where?: string;
}

/** A hook for scripts/eval/fit-date-chooser.ts: every candidate a page gives, in the order found, and the genre read from its title. */
export const dateTrace: { sink?: (found: readonly Dated[], genre: TitleGenre, shared: boolean) => void } = {};

/** How many paragraphs at each end of the body may hold the document's date line. */
const BODY_EDGE = 3;
/** How many body paragraphs may stand before the first sentence. */
const LEDE_SEARCH = 6;
const SENTENCE_END = /[。！？；]/u;
/** A line opening on a day and a time of day, then a clause: a lede even without its full stop. */
const OPENS_ON_DAY = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|晚|凌晨|早上|中午)?[，,]/u;
const LEDE_MIN = 20;
/** How many days after the opening's day a page's stamp may stand for the day to be the report's: news is posted within days. */
const OPENING_DAY_WINDOW = 14;
/** A salutation or an addressee line: short, ending in a colon (同志们：; 各位代表：). */
const SALUTATION = /^[^。！？；]{1,30}[：:]$/u;
/** A picture's caption left in the text ends in its credit (…双选会现场。山东女子学院供图, 本报记者 刘红雨 摄); its date is the picture's. */
const PHOTO_CREDIT = /(?:\s摄|供图|摄影)$/u;
/** What follows a meeting date in a notice: 在5月29日召开的…会议上. */
const MEETING_AFTER = /^[^，。；,;]{0,30}?(召开|举行|举办|会议|大会|会上)/;

/** Words of a text that looks ahead to what it names (将于…举办, 即将登场, 欢迎…参加). */
const AHEAD = /将于|将在|即将|预计|欢迎/u;

const SHARED_COPY = new RegExp(alternatives(SHARED_COPY_MARKS), 'u');
const REPOST_SITE = new RegExp(alternatives(REPOST_SITE_MARKS), 'u');
/** An organ's leader's column as the title (院长致词): infodate, thirty-sixth session. */
const LEADER_COLUMN = new RegExp(alternatives(LEADER_COLUMN_TITLES), 'u');
/** The Epoch Times group's dateline in brackets opening a line (【大纪元2014年12月25日讯】), for the log. */
const BRACKET_DATELINE = new RegExp(`^(?:${alternatives(BRACKET_DATELINES)})`, 'u');
/** A date written the way sites stamp pages, not the way documents print dates (2024-05-20; 26-08-2019 on Hong Kong's). */
const SITE_STAMP = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$/u;
/** A line with a clock time or a field label is a page's stamp or info line, whatever its date's form. */
const STAMP_LINE = /\d[:：]\d\d|[:：]/u;

/** Which origins may give each genre its date, best first; the others go to otherDates. */
const PREFERENCE: Record<TitleGenre, Origin[]> = {
  speech: ['delivered'],
  notice: ['issued', 'delivered', 'printed', 'published'],
  interview: ['event', 'delivered', 'issued', 'printed', 'published'],
  other: ['event', 'delivered', 'issued', 'printed', 'published'],
};

const KIND: Record<Origin, DateKind> = { delivered: 'delivered', issued: 'issued', event: 'published', printed: 'published', published: 'published' };

export function extractDates(file: IngestFile): void {
  const { meta, front, blocks, candidates } = file.data;
  const genre = dateGenre(meta.title ?? '', blocks);
  const found: Dated[] = [];
  const add = (iso: string | undefined, origin: Origin, where?: string) => {
    if (iso) found.push({ iso, origin, where });
  };
  /** The date found so far that a day without a year takes its year from: the page's signed, printed or published date. */
  const stampReference = () => referenceOf(rank(found.filter((d) => d.origin !== 'delivered'), ['issued', 'printed', 'published'])[0]);

  // Date lines. Under a speech title a date line is the day it was given; in a
  // cover notice, closing a notice or under its signature, the day it was
  // signed; under any other title, the date printed with it.
  const paragraphs = blocks.filter((b) => b.kind !== 'heading');
  const body = paragraphs.filter((b) => b.part === 'body');
  const lineOrigin = (part: string, bracketed: boolean, text: string, above = ''): Origin => {
    if (part === 'notice') return 'issued';
    // A bare 2025-04-02 under a speech's title is the site's posting stamp (a speech prints its
    // day as 2025年4月2日 or in brackets), unless it stands under the speaker's name (王琛 / 2021/02/27).
    if (genre === 'speech') return part === 'front' && !bracketed && SITE_STAMP.test(text) && parseNameLine(above) === undefined ? 'published' : 'delivered';
    // A bare 2024-03-01 under a notice's title is the site's stamp in its info block (kfq.jinhua.gov.cn, datenull-s30
    // sample half A): a notice prints its own day under its signature, as 2024年2月29日.
    if (genre === 'notice') return bracketed ? 'delivered' : part === 'front' && SITE_STAMP.test(text) ? 'published' : 'issued';
    if (part !== 'front') return 'issued';
    // 2024-05-20 under a headline is the site's stamp; a document prints 2023年5月.
    return bracketed ? 'delivered' : SITE_STAMP.test(text) ? 'published' : 'printed';
  };
  // Date lines of several days at the end of the body, none under a
  // signature, are a list of other pages left after the text (a related
  // list, 上一篇/下一篇 with their days), not its closing date. At the head of
  // the body a date line counts only before the first sentence.
  const above = (b: Block) => paragraphs[paragraphs.indexOf(b) - 1]?.text ?? '';
  const tailDates = body.slice(-BODY_EDGE).filter((b) => lineDate(b.text));
  const several = new Set(tailDates.map((b) => isoOf(lineDate(b.text)!.date))).size > 1;
  const closes = (b: Block) => !several || (isSignatureLine(above(b)) && !lineDate(above(b)));
  // The headline printed again as the body's first block (北京：400场发布会，…信心！ over 2022-09-14) is no first sentence:
  // a date line under it still stands above the text.
  const headlineCopy = bareSentence(meta.title ?? '');
  const firstSentence = body.findIndex((b) => SENTENCE_END.test(b.text) && (headlineCopy === '' || bareSentence(b.text) !== headlineCopy));
  const head = body.slice(0, Math.min(BODY_EDGE, firstSentence < 0 ? BODY_EDGE : firstSentence));
  // A date line right above the salutation (（2019年3月31日） / 同志们：) closes the title block, whatever the site glued above it.
  const salutation = body.slice(0, LEDE_SEARCH).findIndex((b) => SALUTATION.test(b.text));
  if (salutation > 0 && lineDate(body[salutation - 1]!.text)) head.push(body[salutation - 1]!);
  const edges = new Set([...head, ...body.slice(-BODY_EDGE).filter((b) => !lineDate(b.text) || closes(b))]);
  // The front lines nearest the text first: of two stamps around the title, the one under it (a byline's
  // 2014.12.25) is the document's, the one above it the site's clock or banner (2024/05/15).
  const lines = [
    ...front.map((text, i) => ({ text, part: 'front', above: front[i - 1] as string | undefined })).reverse(),
    ...paragraphs.filter((b) => b.part !== 'body' || edges.has(b)).map((b) => ({ text: b.text, part: b.part as string, above: undefined })),
  ];
  // A signature's date printed in Chinese numerals (二OO七年九月二十日) that the chrome stage took for page
  // furniture: sites stamp pages in digits, so such a line is the document's own — and a closing date line of
  // another day in digits is the site's (二○○三年十月二十三日(星期四) over the revision stamp 2019年4月12日,
  // unseen8 a8-healthbureau).
  const numeral = new Set(file.data.chromeLines.map((line) => lineDate(line)).filter((hit) => hit && hit.date.day !== undefined && !/\d/u.test(asciiDigits(hit.date.text))).map((hit) => isoOf(hit!.date)));
  const closingHits = lines.filter((line) => line.part !== 'front').map((line) => lineDate(line.text)).filter((hit) => hit?.date.day !== undefined);
  const numeralClosing = new Set([...numeral, ...closingHits.filter((hit) => !/\d/u.test(asciiDigits(hit!.date.text))).map((hit) => isoOf(hit!.date))]);
  const digitStamp = (hit: NonNullable<ReturnType<typeof dateLine>>) => numeralClosing.size === 1 && !numeralClosing.has(isoOf(hit.date)!) && /\d/u.test(asciiDigits(hit.date.text));
  for (const line of lines) {
    const hit = lineDate(line.text);
    if (!hit || (line.part !== 'front' && hit.date.month === undefined)) continue;
    if (line.part !== 'front' && digitStamp(hit)) continue;
    add(isoOf(hit.date), lineOrigin(line.part, hit.bracketed, hit.date.text, line.above), line.part === 'body' ? (head.includes(paragraphs.find((b) => b.text === line.text) as Block) ? 'body-head' : 'body-tail') : line.part);
  }
  // Lines under the title with the date at their start or end: a speech's
  // subtitle or speaker line gives the day it was given; the page's info
  // line, its stamp. They stand among the front lines, among the lines the
  // structure stage took out around the title without setting them aside (a
  // subtitle, a mirror's info line), or as the body's first lines before its
  // first sentence.
  const beside = file.data.removed.filter((r) => r.stage === 'structure' && !front.includes(r.text)).map((r) => r.text);
  const opening: string[] = [];
  for (const block of body.slice(0, BODY_EDGE)) {
    if (SENTENCE_END.test(block.text)) break;
    opening.push(block.text);
  }
  for (const text of [...front, ...beside, ...opening, ...occasionLines(file.data.pageLines ?? [], file.data.chromeLines, body[0]?.text)]) {
    if (lineDate(text)) continue;
    const date = headLineDate(text);
    if (!date) continue;
    const stamped = !/年/u.test(date.text) || STAMP_LINE.test(text);
    add(isoOf(date), stamped ? 'published' : genre === 'speech' ? 'delivered' : 'printed', 'headline');
  }
  // A speech's occasion subtitle run into the headline's line (…工作报告——2022年1月20日在…会议上), among the lines
  // above the text: the day it was given, when they name one.
  const subtitled = new Set([meta.title ?? '', ...front, ...beside, ...opening, ...linesAbove(file.data.pageLines ?? [], body[0]?.text)].map(runInSubtitleDate).map((d) => d && isoOf(d)).filter(Boolean));
  if (subtitled.size === 1) {
    const [iso] = subtitled as Set<string>;
    add(iso, 'delivered', 'subtitle');
    file.info(`the occasion subtitle run into the headline's line gives the day ${iso}`, { ruleId: 'date-run-in-subtitle', source: 'dates' });
  }
  // A speech's head date line with the page's words glued on (（2006年8月30日） 同志们：; 义龙新区新闻中心（2020年9月30日）,
  // which the chrome stage may take away with the desk's name): the day it was given, when the lines above the text name one.
  if (genre === 'speech') {
    const taken = new Set(file.data.chromeLines.map((line) => line.trim()));
    const chromeAbove = linesAbove(file.data.pageLines ?? [], body[0]?.text).filter((line) => taken.has(line.trim()));
    const glued = new Set([...front, ...beside, ...opening, ...chromeAbove].map(gluedHeadDate).map((d) => d && isoOf(d)).filter(Boolean));
    if (glued.size === 1) {
      const [iso] = glued as Set<string>;
      add(iso, 'delivered', 'headline');
      file.info(`the head date line with the page's words glued on gives the day ${iso}`, { ruleId: 'date-head-glued', source: 'dates' });
    }
  }
  // An interview's header block (采访对象：… / 采访日期：2017年6月5日) gives the day it was held.
  const interviewed = [...front, ...beside, ...body.slice(0, LEDE_SEARCH).map((b) => b.text)].map(interviewDate).find(Boolean);
  if (interviewed) add(isoOf(interviewed), 'event', 'interview-info');
  if (numeral.size === 1) add([...numeral][0], genre === 'speech' ? 'delivered' : 'issued', 'signature');
  // A signature and its date in the middle of the text, before an attachment (headings included: a date line
  // under a signature may stand as one).
  for (const date of signatureDates(blocks.filter((b) => b.part === 'body').map((b) => b.text))) add(isoOf(date), genre === 'speech' ? 'delivered' : 'issued', 'signature');

  // A closing line naming its day by a sexagenary year's lunar day (丁酉年除夕 under a New Year address's signature).
  for (const block of paragraphs.filter((b) => b.part === 'closing' || body.slice(-BODY_EDGE).includes(b))) {
    add(lunarDayLine(block.text), genre === 'speech' ? 'delivered' : 'issued', 'signature');
  }
  // Attributions and bylines with a date, e.g. （《徐州日报》2022年9月27日 文/…）;
  // a notice's 文号 (湘政办发〔2009〕24号) names the year it was issued.
  for (const text of front) {
    if (lineDate(text)) continue;
    const numbered = docNumberYear(text);
    if (numbered !== undefined) add(isoDate(numbered), 'issued', 'docnumber');
    const [first] = findDates(text).filter((d) => d.year !== undefined);
    if (first) add(isoOf(first), 'published', 'attribution');
  }
  // A source line with the day its source carried the text (( 2019-10-12 ) 稿件来源:新华每日电讯;
  // 来源：新华社 （2016年4月26日）), cleaned away as furniture: before the page's own stamp, which may
  // be a repost's; lines of several days are a list of other pages.
  const carried = new Set(file.data.removed.filter((r) => r.stage === 'chrome' || r.stage === 'html').map((r) => sourceLineDate(r.text.trim())).map((d) => d && isoOf(d)).filter(Boolean));
  if (carried.size === 1) add([...carried][0], 'published', 'source-line');
  // The info line nearest the text is the document's: a forum's post stamp or a site's clock above it
  // (发表于 2011-1-9 over a repost's 来源:… 发表时间:2009-2-16) is the page's.
  const pageStamp = candidates.published && !listedStamp(file.data.pageLines ?? [], candidates.published, body[0]?.text) ? pageDate(candidates.published) : undefined;
  // The text begins at its first sentence: a headline the structure stage left as the body's first block
  // (| 五台:“环保+饲料咱农民记得牢” | over the row | 2019年01月16日 16时37分 忻州在线·忻州日报 |, unseen8 b8-comfortworkshvacr)
  // stands above the info line, not under it.
  const lede = body.find((b) => SENTENCE_END.test(b.text)) ?? body[0];
  // A Central News Agency story's closing code (…(编辑：苏龙麒)1120221) is the day the agency filed it, printed with the
  // text on every site that reposts it: before a repost's stamp (rule date-wire-closing-code).
  const filedCode = wireClosingDate(body.map((b) => b.text)) ?? wireClosingDate(file.data.pageLines ?? []);
  if (filedCode) {
    add(isoOf(filedCode), 'printed', 'wire-code');
    file.info(`the Central News Agency's closing code ${filedCode.text} gives the day filed, ${isoOf(filedCode)}`, { ruleId: 'date-wire-closing-code', source: 'dates' });
  }
  const published = infoDate(file.data.pageLines ?? [], lede?.text) ?? pageStamp;
  add(published, 'published', 'info');
  if (published && issueLine(file.data.pageLines ?? [], lede?.text)) file.info(`the e-paper's issue label gives the issue's date ${published}`, { ruleId: 'date-issue-label', source: 'dates' });
  // Without an info line, the bare stamp right under the headline that the chrome stage took away as furniture
  // (• 2025-09-24 under a matsu-news.gov.tw headline): the page's date, as an info line's.
  const underHeadline = published === undefined && lede ? stampUnderHeadline(file.data.pageLines ?? [], meta.title ?? '', lede.text) : undefined;
  if (underHeadline && file.data.chromeLines.some((line) => line.includes(underHeadline.text))) {
    add(isoOf(underHeadline), 'published', 'info');
    file.info(`the bare stamp under the headline, taken as page furniture, gives the page's date ${isoOf(underHeadline)}`, { ruleId: 'date-stamp-under-headline', source: 'dates' });
  }
  // A 文号 standing alone under the title, cleaned away as furniture, names the year the notice was issued.
  const numbered = new Set(file.data.chromeLines.map(docNumberAlone).filter((y) => y !== undefined));
  if (numbered.size === 1 && genre === 'notice') add(isoDate([...numbered][0]!), 'issued', 'docnumber');
  for (const date of compactSignatureDate(paragraphs, published)) add(isoOf(date), genre === 'speech' ? 'delivered' : 'issued', 'signature');

  // The meeting date named in a cover notice; a month-day date takes its
  // year from the notice's own date.
  const reference = referenceOf(rank(found.filter((d) => d.origin === 'issued'), ['issued'])[0]);
  for (const block of blocks.filter((b) => b.part === 'notice')) {
    for (const date of findDates(block.text)) {
      if (!MEETING_AFTER.test(block.text.slice(date.end))) continue;
      add(date.year !== undefined ? isoOf(date) : reference && resolveYear(date, reference), 'delivered', 'meeting');
    }
  }

  // The day the text calls today (今天，2017年8月31日; 今日（十月四日）出席…), in the lines under the
  // title or the first paragraphs; its year from the title, else the nearest of the page's dates.
  // The anniversary the title or the opening names as its occasion or as this year (在纪念秋收起义80周年动员大会上的讲话;
  // 今年是新中国成立75周年): the year of a day stated without one, or the year alone, when nothing else dates the page.
  // Else a counted observance the opening names (在第二十五个教师节来临之际; 12月4日是第六个国家宪法日): its year by the public
  // table's first one (extract/holidays.ts `first`), rule date-observance-ordinal.
  const openingSentences = [meta.title ?? '', ...body.slice(0, BODY_EDGE).filter((b) => b.kind === 'paragraph').flatMap((b) => firstSentences(b.text).split(/(?<=[。！？])/u))];
  // Else the Party's national congress it greets or reports opening (喜迎党的二十大; 中国共产党第十九次全国代表大会…开幕):
  // its year by the public list of congresses (holidays.ts CONGRESSES), rules date-congress-ordinal and -year.
  const observance = observanceDay(openingSentences);
  const congress = observance ? undefined : congressDay(openingSentences);
  const anniversaryAt = occasionDay(openingSentences);
  /** A fixed national event's anniversary (抗战胜利, 辛亥革命, …: NATIONAL_EVENTS), logged as rule date-occasion-event. */
  const event = anniversaryAt?.event;
  const occasionAt = anniversaryAt ?? observance ?? congress;
  /** The rule that read the occasion: an observance's count, a congress's number, else an anniversary. */
  const occasionRule = occasionAt === undefined ? undefined : occasionAt === observance ? 'date-observance' : occasionAt === congress ? 'date-congress' : event ? 'date-occasion-event' : 'date-occasion';
  const occasion = occasionAt?.year;
  /** The occasion's year for a day stated without one, none for a day that may be in its run-up the year before. */
  const occasionFor = (date: { month?: number; day?: number }) => {
    const year = date.month !== undefined ? occasionYearOf(occasionAt, date.month, date.day ?? 1) : undefined;
    if (year !== undefined && event) file.info(`the year ${year} of a day stated without one from the anniversary of a national event (${event})`, { ruleId: 'date-occasion-event-day', source: 'dates' });
    if (year !== undefined && (occasionAt === observance || occasionAt === congress)) file.info(`the year ${year} of a day stated without one from ${occasionAt === observance ? "the observance's count" : "the congress's number"} (${(observance ?? congress)!.text})`, { ruleId: `${occasionRule}-ordinal`, source: 'dates' });
    return year;
  };
  const today = [...front, ...beside, ...body.slice(0, LEDE_SEARCH).filter((b) => b.kind !== 'heading').map((b) => firstSentences(b.text))].map(todayDate).find(Boolean);
  if (today) {
    const year = firstYear(meta.title ?? '');
    const nearest = stampReference();
    const iso = today.year !== undefined ? isoOf(today) : year !== undefined ? isoDate(year, today.month, today.day) : nearest ? resolveYear(today, nearest) : occasionFor(today) !== undefined ? isoDate(occasionFor(today)!, today.month, today.day) : undefined;
    add(iso, genre === 'speech' ? 'delivered' : 'event', 'today');
  }

  // A title that opens on a full date is a date line the structure stage took for the headline on a page
  // without one (（2020年5月15日新乡市十三届人大三次会议第三次全体会议通过）; 1.中华民国一百十二年十二月二十一日内政部…):
  // its date is the document's as under a title.
  const titleLine = titleDateLine(meta.title ?? '');
  if (titleLine) add(isoOf(titleLine), genre === 'speech' ? 'delivered' : 'printed', 'title');
  const titleYear = meetingTitleYear(meta.title ?? '');
  if (titleYear) add(isoDate(titleYear), 'delivered', 'title');
  // A speech title opening on the year it names its meeting by, without 在…上的 (2010年卫生医疗单位第一次调度会领导讲话),
  // unless the text names the year after (rule date-title-occasion-year).
  const opened = genre === 'speech' && titleYear === undefined ? yearOpenedTitleYear(meta.title ?? '', body.map((b) => b.text)) : undefined;
  if (opened !== undefined) {
    add(isoDate(opened), 'delivered', 'title');
    file.info(`the speech's title opens on the year of its meeting or ceremony, ${opened}`, { ruleId: 'date-title-occasion-year', source: 'dates' });
  }
  // A speech at a school ceremony of a class or a year (校长在2022届学生毕业典礼…上的讲话; 2012届硕士毕业研究生同学们：)
  // was given in that year: named in its title, a headline the page set above it, or its opening lines.
  // A headline of a speech standing there counts whatever the document's own title names (2019年湖北大学（本部）新生开学典礼上校党委书记的讲话).
  const spokenOpening = genre === 'speech' ? body.slice(0, BODY_EDGE).map((b) => firstSentences(b.text)) : [];
  const heads = [meta.title ?? '', ...front, ...beside].filter((line) => genre === 'speech' || titleGenre(line) === 'speech');
  const ceremony = ceremonyYear(...heads, ...spokenOpening);
  if (ceremony !== undefined) add(isoDate(ceremony), 'delivered', 'ceremony');
  // A text at the turn of the year names in its opening the year it stands in (迎来了充满希望的2011年; 即将过去的2016年):
  // a New Year address's year, which its title's year may not be (a 2017新年致辞 given as 2016 ends).
  const turned = [meta.title ?? '', ...body.slice(0, LEDE_SEARCH).filter((b) => b.kind === 'paragraph').map((b) => firstSentences(b.text))].map(turnYear).find((y) => y !== undefined);
  if (turned !== undefined) add(isoDate(turned), genre === 'speech' ? 'delivered' : 'printed', 'turn');
  // The anniversary of a day everyone knows that the opening names as now (今日是香港回归28周年; 迎来了…伟大祖国六十八周年华诞).
  const anniversary = [meta.title ?? '', ...body.slice(0, BODY_EDGE).filter((b) => b.kind === 'paragraph').map((b) => firstSentences(b.text))].map(anniversaryDate).find(Boolean);
  if (anniversary) add(isoOf(anniversary), genre === 'speech' ? 'delivered' : 'event', 'anniversary');

  // A speech's preface or its meeting's picture above the salutation names the day it was given;
  // a day without its month or year takes them from the page's dates, which come after it.
  if (genre === 'speech' && salutation > 0) {
    const spoken = body.slice(0, salutation).filter((b) => b.kind === 'paragraph').map((b) => prefaceDate(b.text)).find(Boolean);
    const yearFrom = stampReference();
    if (spoken) add(spoken.year !== undefined ? isoOf(spoken) : yearFrom && (spoken.month === undefined ? resolveDay(spoken, yearFrom) : resolveYear(spoken, yearFrom)), 'delivered', 'preface');
  }
  // The captions the chrome stage took from above the text, opening on a day: a weak sign, read only when
  // nothing in the text gives a day — a speech's meeting pictured over it (10月15日,…推进会议在郑州召开。本报记者 刘红雨 摄),
  // a news story's scene over its dateline (★3月2日上午,…本报记者拍下了这亲切的场面) — its year from the page's other dates.
  const captions = captionsAbove(file.data.pageLines ?? [], file.data.removed, body);
  const pictured = captionDay(captions.map((r) => r.text));
  const picturedIso = (reference: ReturnType<typeof referenceOf>) => (pictured?.year !== undefined ? isoOf(pictured) : pictured && reference && resolveYear(pictured, reference));
  if (pictured && genre === 'speech' && !found.some((d) => d.origin === 'delivered')) {
    add(picturedIso(stampReference()), 'delivered', 'caption');
  }

  // The day a report's first sentence opens on, its year from the title, a
  // date printed with the text or the page's date.
  if (genre !== 'speech' && genre !== 'notice') {
    const yearFrom = stampReference();
    // The first sentence the structure stage took for the title printed again (1998年2月23日，周恩来诞辰一百周年纪念大会
    // 在北京人民大会堂隆重举行。 under the headline …大会在北京人民大会堂隆重举行) is still the lede.
    const repeated = file.data.removed.filter((r) => r.stage === 'structure' && r.reason === REPEAT_REASON && SENTENCE_END.test(r.text)).map((r) => ({ kind: 'paragraph', part: 'body', text: r.text }) as Block);
    const event = eventDate(body, front, meta.title ?? '', yearFrom, occasionFor) ?? (repeated.length > 0 ? eventDate(repeated, [], meta.title ?? '', yearFrom, occasionFor) : undefined);
    // A first sentence or a headline saying it happened yesterday (古城國小昨日舉行…, under 新聞日期:108-06-15) dates the
    // day before the page's date or the dateline's day (tests/eval/README.md: 昨日 relative to the info line or dateline).
    // A first sentence's day printed without its 月 (929日下午，…) read as the one month and day it can be.
    const slip = event === undefined ? undefined : body.slice(0, LEDE_SEARCH).map((b) => (b.kind === 'paragraph' ? (ledeDate(b.text)?.text ?? '') : '')).find((t) => MONTHLESS_TEXT.test(t) || DAY_MARK_TEXT.test(t));
    if (slip !== undefined && MONTHLESS_TEXT.test(slip)) file.info(`the lede's day printed without its 月 (${slip}), read as ${event}`, { ruleId: 'date-monthless-day', source: 'dates' });
    if (slip !== undefined && DAY_MARK_TEXT.test(slip)) file.info(`the lede's day printed without its 日 before the time of day (${slip}), read as ${event}`, { ruleId: 'date-day-mark-dropped', source: 'dates' });
    const said = yesterdayEvent(body, meta.title ?? '', yearFrom);
    const yesterday = said && (event === undefined || event === said.filed);
    add(yesterday ? said.iso : event, 'event', yesterday ? 'yesterday' : 'first-sentence');
    if (yesterday && said.bare) file.info(`the first sentence's 昨 alone before what happened there: the day before, ${said.iso}`, { ruleId: 'date-yesterday-bare', source: 'dates' });
    // Without a day from the text's first lines, a wire's dateline the structure stage set aside as the
    // headline or its copy (新华社北京3月12日电 题：<headline>) gives the day filed.
    // Or one standing above the text that the chrome stage took away as furniture (【新唐人2010年9月26日讯】社区广角镜 2010-09-26
    // on ntdtv.com.tw: infodate, thirty-sixth session).
    const cutAbove = event === undefined ? linesAbove(file.data.pageLines ?? [], body[0]?.text).filter((line) => file.data.chromeLines.some((taken) => taken.trim() === line.trim())) : [];
    const filed = event === undefined ? [meta.title ?? '', ...beside, ...cutAbove].map(filedDay).find(Boolean) : undefined;
    const bracketed = [...cutAbove, ...body.slice(0, 1).map((b) => b.text)].find((line) => BRACKET_DATELINE.test(line));
    if (bracketed) file.info(`the outlet's bracketed dateline gives the day filed: ${bracketed.slice(0, 20)}`, { ruleId: 'date-bracket-dateline', source: 'dates' });
    if (filed) add(filed.year !== undefined ? isoOf(filed) : yearFrom ? resolveYear(filed, yearFrom) : occasionFor(filed) !== undefined ? isoDate(occasionFor(filed)!, filed.month, filed.day) : undefined, 'event', 'title');
    const named = titleEventDate(meta.title ?? '');
    if (named) add(named.year !== undefined ? isoOf(named) : yearFrom && resolveYear(named, yearFrom), 'event', 'title');
    // Only over a news story's dateline (本报北京讯 …; the chrome stage's blurb rule took the caption as standing above
    // one): a feature's picture (5月9日，…双选会现场。山东女子学院供图 over a youth.cn feature dated by its publication)
    // shows a day the story passes through, not the day it reports.
    const lede = body.slice(0, LEDE_SEARCH).find((b) => b.kind === 'paragraph' && hanOnly(b.text).length >= 4);
    const news = captions.some((r) => r.rule === BLURB_RULE) || (lede !== undefined && opensOnDateline(lede.text));
    if (pictured && news && !found.some((d) => d.origin === 'event')) add(picturedIso(yearFrom), 'event', 'caption');
    // A Republic's year and its holiday (115年苗栗县元旦升旗典礼) in the title or a first sentence: the day
    // of what happened, unless the text looks ahead to it (将于…举办) or the page was dated before it.
    if (!found.some((d) => d.origin === 'event')) {
      const sentences = [meta.title ?? '', ...body.slice(0, BODY_EDGE).filter((b) => b.kind === 'paragraph').map((b) => b.text.split(SENTENCE_END)[0]!)];
      const sentence = sentences.find((text) => rocHolidayDate(text) !== undefined);
      const holiday = sentence !== undefined && !AHEAD.test(sentence) ? isoOf(rocHolidayDate(sentence)!) : undefined;
      if (holiday && !(published && published < holiday)) add(holiday, 'event', 'title');
    }
    // Else a day a later clause of the opening paragraphs opens on (after a pull quote, a scene-setting sentence or a
    // purpose: …“前花园”。3月10日中午，…在接受记者专访时; 去年12月30日，…签订…协议) that the page's stamp follows
    // within days: the day of what the report tells, not the day it was posted (rule date-opening-day-stamp).
    const stamp = found.find((d) => d.origin === 'published' && d.iso.length === 10);
    if (!found.some((d) => d.origin === 'event') && stamp) {
      const opening = openingDay(openingParagraphs(body));
      const day = opening && stampedOpeningDay(opening, stamp.iso, OPENING_DAY_WINDOW);
      if (day) {
        add(day, 'event', 'opening');
        file.info(`the opening's day without its year (${opening!.rel ?? ''}${opening!.month ? `${opening!.month}月` : ''}${opening!.day}日) in the days before the page's stamp ${stamp.iso}: ${day}`, { ruleId: 'date-opening-day-stamp', source: 'dates' });
      }
    }
  }

  // A title's sexagenary New Year (何厚铧丙戌年新春献辞) names the year its Spring Festival falls in.
  const lunar = lunarNewYear(meta.title ?? '');
  if (lunar !== undefined) add(isoDate(lunar), genre === 'speech' ? 'delivered' : 'printed', 'title');

  // With no date at all, a title naming a time within a year (2023年开年…) gives that year.
  if (found.length === 0 && genre !== 'notice') {
    const year = titleTimeYear(meta.title ?? '');
    if (year !== undefined) {
      // A speech's title naming the time it stands in (在2019全国两会召开前夕…) names the year it was given in.
      add(isoDate(year), genre === 'speech' ? 'delivered' : 'printed', 'title');
      file.info(`no date stated; the year ${year} from the title`, { ruleId: 'date-title-year', source: 'dates' });
    }
  }

  // With no date the genre takes, a title holding its occasion in a year of the Republic (李主任委员主持93年庆祝农民节暨
  // 神农奖颁奖典礼致词; 112年度…年终记者会) gives that year, as a mainland title's 2012年…会议上的讲话 does.
  if (genre !== 'notice' && !found.some((d) => PREFERENCE[genre].includes(d.origin))) {
    const year = rocTitleYear(meta.title ?? '', file.data.raw.script === 'traditional');
    if (year !== undefined) {
      add(isoDate(year), genre === 'speech' ? 'delivered' : 'printed', 'title');
      file.info(`no date stated; the year ${year} of the Republic's year the title holds its occasion in`, { ruleId: 'date-roc-title-year', source: 'dates' });
    }
  }

  // With no date at all, the year of the meeting or festivity a first sentence that names no day reports (近日，…法院
  // 举办“…”2025年新春团拜会): the year it was held in, as the same year dates the lede's day (eventDate) — not of one
  // it looks ahead to; a lede's day that eventDate left undated (from November on) leaves it undated too.
  if (found.length === 0 && genre !== 'notice' && genre !== 'speech') {
    const lede = body.slice(0, LEDE_SEARCH).find((b) => b.kind === 'paragraph' && SENTENCE_END.test(b.text));
    const sentence = lede?.text.split(SENTENCE_END)[0] ?? '';
    const dayNamed = findDates(sentence).some((d) => d.month !== undefined || d.day !== undefined) || leadingDay(sentence) !== undefined;
    const year = AHEAD.test(sentence) || dayNamed ? undefined : ledeMeetingYear(sentence);
    if (year !== undefined) {
      add(isoDate(year), 'event', 'first-sentence');
      file.info(`no date stated; the year ${year} of the event the first sentence reports`, { ruleId: 'date-lede-year', source: 'dates' });
    }
  }

  // With no date at all, a text opening on its salutation (亲爱的老师们、同学们：) whose title the page lost is
  // spoken or written to its hearers as a speech is: the year of the school ceremony or term its opening names.
  if (found.length === 0 && genre === 'other' && body[0] !== undefined && SALUTATION.test(body[0].text)) {
    const year = ceremonyYear(...body.slice(0, BODY_EDGE).map((b) => firstSentences(b.text)));
    if (year !== undefined) {
      add(isoDate(year), 'delivered', 'ceremony');
      file.info(`no date stated; the year ${year} of the school ceremony or term the opening names`, { ruleId: 'date-ceremony-year', source: 'dates' });
    }
  }
  // With no date at all, a report of a school ceremony, or a speech's headline the page left as the body's first
  // line, that names the ceremony by its class or school year (大余中学2025-2026学年开学典礼如约而至, kinds3
  // k5-suneasecloud; ——…在2023级本科生开学典礼上的致辞, unseen23 a23-gerecailiao): the ceremony is held in
  // that year (tests/eval/README.md, `date`), so the text is of it. Only the title, the lines around it and the
  // opening's first sentences: a class named deeper in a text may be another year's.
  if (found.length === 0 && genre === 'other') {
    const year = ceremonyYear(meta.title ?? '', ...front, ...beside, ...body.slice(0, BODY_EDGE).map((b) => firstSentences(b.text)));
    if (year !== undefined) {
      add(isoDate(year), 'event', 'ceremony');
      file.info(`no date stated; the year ${year} of the school ceremony the title or the opening names by its class or school year`, { ruleId: 'date-ceremony-report-year', source: 'dates' });
    }
  }

  // A speech's page stamp is no date of it (choose): a Spring Festival address under a posting stamp (2024年新春致辞
  // posted 2024-12-23, unseen19 a19-ahcourt) is as undated as one without, so its greeting may still give the year.
  const undated = () => !found.some((d) => PREFERENCE[genre].includes(d.origin));
  // With no date at all, a Spring Festival greeting's year from the animal its opening welcomes and the years it names.
  if (undated() && genre !== 'notice') {
    const opening = [meta.title ?? '', ...body.slice(0, BODY_EDGE).map((b) => b.text)].join('\n');
    const year = springFestivalYear(opening, [meta.title ?? '', ...body.map((b) => b.text)].join('\n'));
    if (year !== undefined) {
      add(isoDate(year), genre === 'speech' ? 'delivered' : 'printed', 'zodiac');
      file.info(`no date stated; the year ${year} of the Spring Festival the text greets`, { ruleId: 'date-zodiac-year', source: 'dates' });
    }
  }

  // With no date at all, a Spring Festival text's year from the year it reviews and the next it sets work for
  // (eval unseen11 c11-isangil; the same reading holds on cases news-yangtse, unseen7 a7-cjyun, unseen8 a8-zslib and b8-kenatoys, unseen9 b9-5iyq).
  if (undated() && genre !== 'notice') {
    const year = springFestivalPlannedYear([meta.title ?? '', ...body.map((b) => b.text)]);
    if (year !== undefined) {
      add(isoDate(year), genre === 'speech' ? 'delivered' : 'printed', 'spring-festival');
      file.info(`no date stated; the year ${year} of the Spring Festival text, which reviews ${year - 1} and sets work for ${year}`, { ruleId: 'date-spring-festival-year', source: 'dates' });
    }
  }

  // With no date the genre takes, a holiday the title or the opening names with its year (2024年教师节校长致辞 … 今天是
  // 第40个教师节; 2012年5.12护士节院长讲话稿): its day when the text says it is today, else its month or year
  // (extract/date-evidence.ts holidayDate; the days from the State Council's list, extract/date-vocabulary.ts HOLIDAYS).
  if (undated() && genre !== 'notice') {
    const holiday = holidayDate([meta.title ?? '', ...body.slice(0, BODY_EDGE).filter((b) => b.kind === 'paragraph').map((b) => firstSentences(b.text))]);
    if (holiday) {
      add(holiday.iso, genre === 'speech' ? 'delivered' : 'event', 'holiday');
      // A year from the observance's count (第40个教师节) rather than printed beside it: rule date-observance-<reading>.
      file.info(`no date stated; ${holiday.iso} from the ${holiday.holiday} holiday the text names with its ${holiday.counted ? 'count' : 'year'} (${holiday.reading})`, { ruleId: `date-${holiday.counted ? 'observance' : 'holiday'}-${holiday.reading}`, source: 'dates' });
    }
  }

  if (found.length === 0 && genre !== 'notice' && occasion !== undefined) {
    add(isoDate(occasion), genre === 'speech' ? 'delivered' : 'printed', 'occasion');
    file.info(`no date stated; the year ${occasion} from the ${occasionRule === 'date-observance' ? "observance's count" : occasionRule === 'date-congress' ? "congress's number" : 'anniversary'} the text names as its occasion`, { ruleId: `${occasionRule}-year`, source: 'dates' });
  }

  // With no day or year the speech states, the year an essay site's lead-in puts before the speech's name (下面是小编为大家
  // 整理的2022年欢乐度中秋…讲话，供大家参考, unseen4 x2-agnbn; …2023年县长在…讲话(全文完整)…, unseen20 a20-hhscyy).
  if (undated() && genre === 'speech') {
    const year = leadInYear(file.data.pageLines ?? [], meta.title ?? '');
    if (year !== undefined) {
      add(isoDate(year), 'delivered', 'lead-in');
      file.info(`no date stated; the year ${year} the site's lead-in puts before the speech's name`, { ruleId: 'date-lead-in-year', source: 'dates' });
    }
  }

  // A sharing site's posting time is not the document's (the marks stand in the lines cleaned away).
  const shared = [...file.data.removed.map((r) => r.text), ...front].some((text) => SHARED_COPY.test(text));
  dateTrace.sink?.(found, genre, shared);
  // A speech whose text states no day of its own takes the day its page was posted when the page is its
  // organ's own or a news site's (a court posting its president's 讲话, a media centre the mayor's 致辞):
  // the speaker is named (a model-text site's copy makes a template of it: 县委书记在…上的讲话, XX), and
  // nothing marks the page as a repost (a sharing or 范文 site, an author 未知). tests/eval/README.md.
  const reposted = shared || [...file.data.removed.map((r) => r.text), ...front, ...(file.data.pageLines ?? [])].some((text) => REPOST_SITE.test(text.trim()));
  // Or the title is the organ's leader's column (院长致词), which names the head by the post alone (LEADER_COLUMN_TITLES).
  const named = namedSpeaker(meta.title ?? '', [...front, ...beside, ...opening]);
  const column = !named && LEADER_COLUMN.test(meta.title ?? '');
  const posted = genre === 'speech' && !reposted && (named || column);
  if (posted && column) file.info(`the title is an organ's leader's column (${meta.title}): its page's stamp dates the greeting`, { ruleId: 'date-leader-column', source: 'dates' });
  choose(file, genre, dedupe(found), shared, posted);
  if (meta.date === undefined || dateFillTrace.sink) fillUndated(file, genre, found, [...front, ...beside], body, meta.date === undefined);
  if (genre === 'other') openingDayInYear(file, body);
  const passed = [...body.slice(0, BODY_EDGE), ...body.slice(-BODY_EDGE)].filter((b) => !edges.has(b) && lineDate(b.text)?.date.month !== undefined);
  if (meta.date === undefined && passed.length > 0) {
    const days = [...new Set(passed.map((b) => isoOf(lineDate(b.text)!.date)))].join(', ');
    file.message(`no date of the document's own: the date lines ${days} stand in a list after the text or after its first sentence, so no date is set`, { ruleId: 'date-unsure', source: 'dates' });
  }
}

/** How many sentences of the first paragraph count as its lede for a fill. */
const LEDE_ZONE_SENTENCES = 2;

/** A hook for scripts/eval/fit-date-fill.ts: every page's fill candidates and whether the rules left it undated; `off` keeps the fill out. */
export const dateFillTrace: { sink?: (candidates: readonly FillCandidate[], undated: boolean) => void; off?: boolean } = {};

/**
 * A page the rules leave undated takes the year a cohort, class, school year or season names in its title,
 * the lines around it or its first sentence (我校举行2015级新生军训动员大会; 召开了07级新生…), with the day
 * the first sentence opens on (extract/date-fill.ts classYearFill); the log names the mentions.
 */
function fillUndated(file: IngestFile, genre: TitleGenre, found: Dated[], head: string[], body: Block[], undated: boolean): void {
  const { meta } = file.data;
  const paragraphs = body.filter((b) => b.kind === 'paragraph');
  const at = Math.max(0, paragraphs.findIndex((b) => SENTENCE_END.test(b.text)));
  const ledeText = paragraphs[at]?.text ?? '';
  // A sentence setting the scene may stand before the one the report opens on (伴隨立春時節的到來，…。2月7日上午，…開學典禮).
  const sentence = ledeText.split(/(?<=[。！？；])/u).slice(0, LEDE_ZONE_SENTENCES).join('');
  const led = ledeText ? ledeDate(ledeText) : undefined;
  // Or the sentence of the opening that a clause opens on a day of (…初夏，为了…礼物，6月30日上午，…举行了…2017届毕业典礼。):
  // the report's lede, past the sentences that set its scene (rule date-opening-day-year).
  const later = led === undefined ? openingDay(openingParagraphs(paragraphs.slice(at, at + BODY_EDGE))) : undefined;
  const opened = later?.month !== undefined && later.rel === undefined && !sentence.includes(later.sentence) ? later : undefined;
  const day = opened ? { month: opened.month, day: opened.day, year: undefined } : led;
  const candidates = fillCandidates({
    title: meta.title ?? '',
    head,
    lede: opened ? `${sentence}${opened.sentence}` : sentence,
    opening: [ledeText.slice(sentence.length), ...paragraphs.slice(at + 1, at + BODY_EDGE).map((b) => b.text)],
    body: paragraphs.slice(at + BODY_EDGE).map((b) => b.text),
    ledeDay: day && day.year === undefined && day.month !== undefined && day.day !== undefined ? { month: day.month, day: day.day } : undefined,
    stamp: found.find((d) => d.origin === 'published')?.iso,
    genre,
  });
  dateFillTrace.sink?.(candidates, undated);
  // A notice is dated by its signature (README): the day in its text is the event it announces.
  if (!undated || dateFillTrace.off || genre === 'notice') return;
  const fill = classYearFill(candidates);
  if (!fill) return;
  meta.date = fill.iso;
  meta.dateKind = genre === 'speech' ? 'delivered' : 'published';
  meta.year = fill.year;
  file.info(`no date the rules take; ${fill.iso} from the year a cohort, class, school year or season names (${fill.evidence.join(', ')})`, { ruleId: 'date-class-year-fill', source: 'dates' });
  if (opened && fill.iso.length === 10) file.info(`the opening's day ${opened.month}月${opened.day}日 opens a clause of the sentence that names the year: ${fill.iso}`, { ruleId: 'date-opening-day-year', source: 'dates' });
}

/**
 * The speech titles the classify stage knows by their words (…会议上的讲话,
 * 致辞, a host's 欢迎词 or 答谢词, 党课讲稿：…): one vocabulary for what a title
 * names, read here because this stage runs before the type is decided.
 */
const SPEECH_TITLES = CUE_RULES.filter((rule) => rule.type === 'speech' && rule.scope === 'headline').flatMap((rule) => rule.cues.map((cue) => new RegExp(cue.term, 'u')));

/**
 * The formulas the classify stage knows a notice by, whatever its title (通知如下, 特此通知, 特此通告,
 * 现将…印发给你们): a page that lost its title or never printed one (根据…，医院决定2017年春节放假安排如下：
 * … 特此通知。 / 院 办 / 2017年1月17日) is still a notice, dated by its signature and not by the days it announces.
 */
const NOTICE_FORMULAS = CUE_RULES.filter((rule) => rule.id === 'notice-formula').flatMap((rule) => rule.cues.map((cue) => new RegExp(cue.term, 'u')));

/** Which of a document's dates is its own follows what it is: the genre its title or its opening names (…的讲话, 同志们：), else its notice formulas. */
export function dateGenre(title: string, blocks: Block[]): TitleGenre {
  const named = documentGenre(title, blocks);
  if (named !== 'other') return named;
  if (SPEECH_TITLES.some((re) => re.test(title))) return 'speech';
  const body = blocks.filter((b) => b.part === 'body' && b.kind !== 'heading');
  return body.some((b) => NOTICE_FORMULAS.some((re) => re.test(b.text))) ? 'notice' : 'other';
}

/**
 * A signature date whose 年月日 the page lost (2020928), closing the text or
 * under a signature or a cover notice's last sentence (before an attachment):
 * taken only when one reading is left once the page's own date rules out the
 * readings after it (2020126 posted 2020-01-26 is 2020-01-26, not 2020-12-06).
 */
function compactSignatureDate(paragraphs: Block[], published: string | undefined): FoundDate[] {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const readings = compactDateReadings(paragraphs[i]!.text);
    if (readings.length === 0) continue;
    const above = paragraphs[i - 1]?.text ?? '';
    if (i < paragraphs.length - BODY_EDGE && !isSignatureLine(above) && !/。$/u.test(above)) continue;
    const possible = readings.filter((d) => published === undefined || isoOf(d)! <= published);
    return possible.length === 1 ? possible : [];
  }
  return [];
}

/** A pull quote's attribution on a line of its own (——宋全科; ——…颁奖典礼·颁奖词): the report begins under it. */
const ATTRIBUTION_LINE = /^[—－]{1,2}\s*[^。！？]{1,40}$/u;

/**
 * The paragraph a report's day may open a clause of: its lede, the first paragraph that ends a sentence, under a pull
 * quote's attribution when one stands above it, and not a picture's caption (5月9日，…现场。山东女子学院供图), whose day
 * is the picture's. A day of a later paragraph is one the report goes on to tell among others (a feature's
 * 1月4日，…接到了…通知 under its lede; a round-up's meetings), which its publication dates (cases c5h-biz163, news-yangtse).
 */
function openingParagraphs(body: Block[]): string[] {
  const first = body.slice(0, LEDE_SEARCH).filter((b) => b.kind === 'paragraph' && !PHOTO_CREDIT.test(b.text.trim())).map((b) => b.text.trim());
  const attributed = first.map((text) => ATTRIBUTION_LINE.test(text)).lastIndexOf(true);
  const lede = first.slice(attributed + 1).find((text) => SENTENCE_END.test(text));
  return lede === undefined ? [] : [lede];
}

/**
 * A report dated only by a year or a month that another rule established (a cohort's 届, an observance's count, a
 * meeting's name) whose opening states the day without its year (6月4日上午,我院2023届毕业生…; 今年11月8日是第二十五个
 * 中国记者节，上午，…): that day in that year, as the README reads a year with the first sentence's month and day
 * (rule date-opening-day-year). Not a day named as last year's, nor one of another month than the one established.
 */
function openingDayInYear(file: IngestFile, body: Block[]): void {
  const { meta } = file.data;
  if (meta.date === undefined || meta.date.length === 10) return;
  const paragraphs = openingParagraphs(body);
  const lede = paragraphs.find((text) => SENTENCE_END.test(text));
  const led = lede === undefined ? undefined : ledeDate(lede);
  const opening = led?.year === undefined && led?.month !== undefined && led.day !== undefined ? { month: led.month, day: led.day, rel: undefined } : openingDay(paragraphs);
  if (opening?.month === undefined || opening.rel === '去年') return;
  const [year, month] = meta.date.split('-').map(Number);
  if (month !== undefined && month !== opening.month) return;
  const iso = isoDate(year!, opening.month, opening.day);
  if (!iso) return;
  file.info(`the year ${meta.date} established, the opening's day ${opening.month}月${opening.day}日 without its year: ${iso}`, { ruleId: 'date-opening-day-year', source: 'dates' });
  meta.date = iso;
}

/** How many sentences of a paragraph may name its day as today. */
const TODAY_SENTENCES = 3;
const firstSentences = (text: string) => text.split(/(?<=[。！？])/u).slice(0, TODAY_SENTENCES).join('');

/**
 * The date of the page's info line among the lines above the text (the
 * page's first lines, before the chrome stage took them out), when the page
 * gave no labelled date the earlier stages knew: the info line nearest the text.
 */
function infoDate(pageLines: string[], firstParagraph: string | undefined): string | undefined {
  const key = hanOnly(firstParagraph ?? '').slice(0, 10);
  const at = key.length < 4 ? -1 : pageLines.findIndex((line) => hanOnly(line).includes(key));
  // An e-paper's issue label alone on its line (当前报纸日期:) reads with the date's line under it.
  const dated = pageLines.slice(0, Math.max(at, 0)).map((line, i, above) => infoLineDate(issueLabelAlone(line) ? `${line.trim()}${above[i + 1] ?? ''}` : line)).filter(Boolean);
  const last = dated[dated.length - 1];
  return last && isoOf(last);
}

/** Whether an e-paper's issue label stands among the lines above the text (for the log: rule date-issue-label). */
function issueLine(pageLines: string[], firstParagraph: string | undefined): boolean {
  const key = hanOnly(firstParagraph ?? '').slice(0, 10);
  const at = key.length < 4 ? -1 : pageLines.findIndex((line) => hanOnly(line).includes(key));
  return pageLines.slice(0, Math.max(at, 0)).some((line) => /^当前报(?:章|纸日期)/u.test(line.trim()));
}

/** A stamp line of a list is short: the date and its time, perhaps a title's few words. */
const LIST_STAMP_MAX = 40;

/**
 * The page's stamp when it stands only after the text, among stamps of other days: a related list's
 * (大灣區精選: - 2025年02月04日 23:10:05 - 2025年02月03日 17:37:19 … under unseen8 a8-igo9go's report),
 * which dates another page, as date lines of several days after the body do (a blog's 上一篇/下一篇).
 */
function listedStamp(pageLines: string[], stamp: string, firstParagraph: string | undefined): boolean {
  const key = hanOnly(firstParagraph ?? '').slice(0, 10);
  const at = key.length < 4 ? -1 : pageLines.findIndex((line) => hanOnly(line).includes(key));
  if (at < 0) return false;
  const where = pageLines.flatMap((line, i) => (line.includes(stamp.trim()) ? [i] : []));
  if (where.length === 0 || where.some((i) => i <= at)) return false;
  // A line the info block labels as no day of posting (更新日期:111-11-24 under 發布日期:106-08-29 on
  // ctd.judicial.gov.tw, unseen16 c16-judicial; LABELS' 'other' fields) is this page's, not a list's.
  const days = new Set(pageLines.slice(at + 1).filter((line) => line.length <= LIST_STAMP_MAX && labelledFields(line)[0]?.field !== 'other').map(pageDate).filter(Boolean));
  return days.size > 1;
}

const hanOnly = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');

/**
 * A date line with the day first and the occasion after it, in brackets (（2017年11月1日在第十二届…第三十次会议）)
 * or as a ——subtitle (——2023年2月9日在东莞市第十七届人民代表大会第三次会议上).
 */
const OCCASION_LINE = /^(?:[（(]\s*(?:\d{4}|[〇○零ＯO一二三四五六七八九]{4})\s*年[^（）()]*[）)]|——\s*(?:\d{4}|[〇○零ＯO一二三四五六七八九]{4})\s*年[^（）()—]*)$/u;

/**
 * The date-and-occasion line of a speech or a report (（2017年11月1日在第十二届全国人民代表大会常务委员会第三十次会议）;
 * a work report's ——2023年2月9日在…会议上) that the chrome stage took out above the text, as the structure stage would have set it aside under the
 * title: the one nearest the text, where no other such line of another day stands above it (a list).
 */
/** What monthlessDay returns as the day's text: digits and 日 without the 月, perhaps after the year (2015年1213日). */
const MONTHLESS_TEXT = /^(?:[0-9０-９]{4}\s*年\s*)?[0-9０-９]{3,4}\s*日$/u;
/** What monthlessDay returns for a day whose 日 was dropped before the time of day: 4月21, 321. */
const DAY_MARK_TEXT = /^(?:[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}|[0-9０-９]{3,4})$/u;

/** The page's lines above its text's first paragraph (found by its first Han characters); none when it cannot be found. */
function linesAbove(pageLines: string[], firstParagraph: string | undefined): string[] {
  const key = hanOnly(firstParagraph ?? '').slice(0, 10);
  const at = key.length < 4 ? -1 : pageLines.findIndex((line) => hanOnly(line).startsWith(key));
  return pageLines.slice(0, Math.max(at, 0));
}

function occasionLines(pageLines: string[], chromeLines: string[], firstParagraph: string | undefined): string[] {
  const key = hanOnly(firstParagraph ?? '').slice(0, 10);
  const at = key.length < 4 ? -1 : pageLines.findIndex((line) => hanOnly(line).startsWith(key));
  const taken = new Set(chromeLines.map((line) => line.trim()));
  const found = pageLines.slice(0, Math.max(at, 0)).filter((line) => taken.has(line) && OCCASION_LINE.test(line) && headLineDate(line)?.day !== undefined);
  return new Set(found.map((line) => isoOf(headLineDate(line)!))).size === 1 ? [found[found.length - 1]!] : [];
}

/** The chrome rules that take a picture's caption: with its credit glued on, alone, or as a blurb above the story's dateline. */
const BLURB_RULE = 'lead-blurb';
const CAPTION_RULES = new Set(['photo-credit', 'photo-caption', BLURB_RULE]);

/**
 * The captions the chrome stage took that stood above the text on the page (before its first paragraph
 * with words enough to find): a caption further down pictures what the text goes on to tell.
 */
function captionsAbove(pageLines: string[], removed: IngestFile['data']['removed'], body: Block[]): IngestFile['data']['removed'] {
  const key = hanOnly(body.find((b) => hanOnly(b.text).length >= 4)?.text ?? '').slice(0, 10);
  const at = key.length < 4 ? -1 : pageLines.findIndex((line) => hanOnly(line).includes(key));
  if (at < 0) return [];
  const above = new Set(pageLines.slice(0, at).map(hanOnly).filter((han) => han.length > 0));
  return removed.filter((r) => r.stage === 'chrome' && r.rule !== undefined && CAPTION_RULES.has(r.rule) && above.has(hanOnly(r.text)));
}

/** A list number or an opening bracket before a line's date: 1.中华民国…, （2020年5月15日…）. */
const LINE_LEAD = /^(?:\d{1,2}[.、．]\s*|[（(]\s*)/u;

/** The full date a title opens on, after a list number or an opening bracket; none for a title with a month or a year alone. */
function titleDateLine(title: string): FoundDate | undefined {
  const lead = LINE_LEAD.exec(title)?.[0] ?? '';
  const [first] = findDates(title.slice(lead.length));
  return first && first.index === 0 && first.year !== undefined && first.day !== undefined ? first : undefined;
}

/** The year of a 文号 that stands alone on its line, perhaps in brackets: （皖政[2001]85号）. */
function docNumberAlone(line: string): number | undefined {
  const inner = line.trim().replace(/^[（(]|[）)]$/gu, '');
  return inner.length <= DOC_NUMBER_MAX && !/\s/u.test(inner) ? docNumberYear(inner) : undefined;
}
const DOC_NUMBER_MAX = 20;

/** The page's date as sites write it: 2023-05-16 12:34:10, 2021年02月27日, and 2018年03月27 without 日. */
function pageDate(text: string): string | undefined {
  const [first] = findDates(text).filter((d) => d.year !== undefined);
  if (first) return isoOf(first);
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})(?!\d)/u.exec(text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

function eventDate(body: Block[], front: string[], title: string, reference: { year: number; month?: number; day?: number } | undefined, occasion?: (date: FoundDate) => number | undefined): string | undefined {
  // The first sentence: short headline lines the structure stage left in the body come before it.
  // A lede that opens on the day may stand as one line without its full stop
  // (3月10日下午，全国政协委员徐永光做客新华网，就…与网友交流).
  const lede = (b: Block) => SENTENCE_END.test(b.text) || (b.text.length >= LEDE_MIN && OPENS_ON_DAY.test(b.text));
  // A paragraph opening on a dateline is the first one, whatever stands above it.
  // The headline left in the body as a sentence of its own (海口中院工作报告获高票通过！ as the derived title) is not the lede.
  const headline = bareSentence(title);
  const candidates = body.slice(0, LEDE_SEARCH).filter((b) => b.kind === 'paragraph' && !PHOTO_CREDIT.test(b.text) && (headline === '' || bareSentence(b.text) !== headline));
  const first = candidates.find((b) => opensOnDateline(b.text)) ?? candidates.find(lede);
  // Else a day someone spoke on in the first sentence (周以忠，9月17日在…新闻发布会上致辞); else the day
  // cut off the front of the headline (3月27日，…会议召开).
  const date = (first && (ledeDate(first.text) ?? prefaceDate(first.text))) ?? front.map(headlineDay).find(Boolean);
  // A first paragraph naming no day at all (星岛环球网消息：轻快的散场音乐已经响起…) leaves the day to the paragraph after it
  // that opens on the day something was held (据《新京报》报导，3月15日中午，李克强总理举行记者招待会; fresh h5-stgloballink,
  // unseen20 d20-gwejianzhan), when that day falls in the week up to the page's date: further back it is a day the report recalls.
  if (!date && first && reference && !namesDay(first.text)) {
    const at = body.indexOf(first);
    const held = body.slice(at + 1, at + 1 + HELD_SEARCH).filter((b) => b.kind === 'paragraph').map((b) => heldDay(b.text)).find(Boolean);
    const iso = held && resolveYearNotAfter(held, reference);
    return iso && reference.day !== undefined && daysBefore(iso, reference) <= DAY_ALONE_REACH ? iso : undefined;
  }
  if (!date) return undefined;
  // A day the lede looks ahead to (…联席会议将于十月二十五日及二十六日在澳门举行, unseen8 a8-healthbureau) is of an
  // event to come, not of the report: as a Republic's holiday the text looks ahead to (below), it dates nothing.
  if (first && lookedAhead(first.text, date)) return undefined;
  if (date.year !== undefined) return isoOf(date);
  // A day alone (24日，…) takes its month and year from the page's date, and only from a full one: news writes a
  // day alone for a day of the month it is written in, or of the last days of the month before (28日 posted on the
  // 2nd); a day further back than that (13日 posted on 6 January) is no day the page lets one place.
  if (date.month === undefined) return reference && recentDay(date, reference);
  const stated = first && statedYear(first.text);
  if (stated !== undefined) return isoDate(stated, date.month, date.day);
  // A year of 年度 in the title is the year judged or reviewed, not the year of the day (本报2016年度通讯报道先进个人评选揭晓
  // on 1月10日; 2月7日，苏州召开2021年度综合考核工作总结…大会 in 2022: cases/news-yangtse-new-year-meetings).
  const titleYear = /(?<!\d)(\d{4})年(?!度)/u.exec(title)?.[1];
  if (titleYear && !reference) return isoDate(Number(titleYear), date.month, date.day);
  // Under a wire's dated dateline the day is at the latest the day filed, which the page's stamp cannot precede
  // (a portal's repost stamp 2024-11-23 over 中新网 香港3月20日电, sample date-s12 ip111, ip124). A report tells what
  // has happened, so without a dateline too the day it opens on is not after the page's date by more than a month
  // (LEDE_AHEAD): 3月28日 under 2017-10-26 is 2017-03-28, not the nearer 2018-03-28 (unseen19 b19-chxf); a day it
  // looks ahead to (将于) was set aside above.
  if (reference) return first && filedDay(first.text) ? resolveYearNotAfter(date, reference) : resolveYearNotAfter(date, reference, LEDE_AHEAD);
  // With no date on the page, the meeting the first sentence reports may name its year (…召开区政府2020年第一次全体会议);
  // from November on a meeting may already be the next year's.
  const meeting = first && date.month < YEAR_END ? ledeMeetingYear(first.text.split(SENTENCE_END)[0]!) : undefined;
  if (meeting !== undefined) return isoDate(meeting, date.month, date.day);
  // A relative year the text ties to a stated one (回顾总结去年…工作 / 总结了2011年的工作; 过去一年，… / 2022年…保持全国领先):
  // the year after the one it reviews, whatever the month (tests/eval/README.md, expected.date).
  const tied = first && tiedYear(body.slice(body.indexOf(first), body.indexOf(first) + LEDE_SEARCH).map((b) => b.text));
  if (tied) return isoDate(tied, date.month, date.day);
  // With nothing else to date it, a meeting's report may state the year it
  // plans in the paragraph after its lede (会议回顾总结了…2019年工作…并提出2020年
  // 重点工作任务); a day in the last two months is left to the year pair below,
  // which dates a year-end meeting to the year it reviews.
  const next = first && body[body.indexOf(first) + 1];
  const planned = next && date.month < YEAR_END && plannedYear(next.text);
  if (planned) return isoDate(planned, date.month, date.day);
  // Else the years the report names, if they are the one it reviews and the next it sets work for.
  const at = first ? body.indexOf(first) : -1;
  const consistent = at >= 0 ? reviewedPlannedYear(body.slice(at, at + LEDE_SEARCH).map((b) => b.text), date.month) : undefined;
  if (consistent) return isoDate(consistent, date.month, date.day);
  // Last, the year of the anniversary the page names as its occasion (新华社北京9月30日电 庆祝中华人民共和国成立75周年招待会30日晚…).
  const year = occasion?.(date);
  return year !== undefined ? isoDate(year, date.month, date.day) : undefined;
}

/**
 * The day before the day a report was written on, when its lede's first sentence or its headline says what it
 * reports happened yesterday: the dated dateline's day (its year from the page's date), else the page's full date.
 * `filed` is the dateline's day as eventDate would give it, which yesterday overrides.
 */
function yesterdayEvent(body: Block[], title: string, reference: { year: number; month?: number; day?: number } | undefined): { iso: string; filed?: string; bare?: true } | undefined {
  if (!reference) return undefined;
  const candidates = body.slice(0, LEDE_SEARCH).filter((b) => b.kind === 'paragraph' && !PHOTO_CREDIT.test(b.text));
  const first = candidates.find((b) => opensOnDateline(b.text)) ?? candidates.find((b) => SENTENCE_END.test(b.text));
  const said = (first && ledeYesterday(first.text)) ?? ledeYesterday(title);
  if (!said) return undefined;
  const filed = said.filed ? resolveYear(said.filed, reference) : reference.day !== undefined ? isoDate(reference.year, reference.month, reference.day) : undefined;
  const [year, month, day] = (filed ?? '').split('-').map(Number);
  if (!filed || !year || !month || !day) return undefined;
  const before = new Date(Date.UTC(year, month - 1, day - 1));
  return { iso: before.toISOString().slice(0, 10), filed: said.filed ? filed : undefined, ...(said.bare ? { bare: true as const } : {}) };
}

/** How far before a day the words that look ahead to it stand (将于十月二十五日; 预计于3月1日). */
const AHEAD_REACH = 4;

/** Whether the words right before the day in its paragraph look ahead to it. */
function lookedAhead(paragraph: string, date: FoundDate): boolean {
  const at = paragraph.indexOf(date.text);
  return at > 0 && AHEAD.test(paragraph.slice(Math.max(0, at - AHEAD_REACH), at));
}

/** A sentence without its closing mark and spaces, to tell a headline printed again as a paragraph. */
const bareSentence = (text: string) => text.replace(/[\s。！？!?]+$/u, '').replace(/\s+/gu, '');

/**
 * How many days after the page's date a report's opening day may still fall: a stamp set when the item was
 * created (发布时间：2021-04-09 over 4月25日, holdout h2-nju-itsc), a clock's time zone.
 */
const LEDE_AHEAD = 31;
/** How many days before the page's date a day alone may stand when it falls in the month before (28日 posted on the 2nd). */
const DAY_ALONE_REACH = 7;

/** How many paragraphs after a first one naming no day may name the day held (heldDay). */
const HELD_SEARCH = 2;
/** Whether a paragraph names a day anywhere (3月15日, 24日，…). */
const namesDay = (text: string) => findDates(text).some((d) => d.day !== undefined) || leadingDay(text) !== undefined;
/** How many days a day stands before the page's date (negative after it). */
const daysBefore = (iso: string, reference: { year: number; month?: number; day?: number }) =>
  (Date.UTC(reference.year, (reference.month ?? 1) - 1, reference.day ?? 1) - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000;

/** A day alone placed against the page's date (resolveDay), unless it falls in the month before and further back than DAY_ALONE_REACH. */
function recentDay(date: FoundDate, reference: { year: number; month?: number; day?: number }): string | undefined {
  const iso = resolveDay(date, reference);
  if (!iso || reference.month === undefined || reference.day === undefined || date.day! <= reference.day) return iso;
  const back = (Date.UTC(reference.year, reference.month - 1, reference.day) - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000;
  return back <= DAY_ALONE_REACH ? iso : undefined;
}

/** From this month on, a meeting that reviews the year and plans the next may be held in either. */
const YEAR_END = 11;

/** A time of day after the date a headline opened on (3月27日上午，…). */
const HEADLINE_TIME = /^(?:上午|下午|晚上|晚间|晚|凌晨|早上|中午)?$/u;

/**
 * A front line that is a month and day, or a day alone, and nothing else but
 * a time of day: the date the title stage cut off the front of a headline
 * (3月27日，…会议召开; 4日，…).
 */
function headlineDay(line: string): FoundDate | undefined {
  const [date] = findDates(line);
  if (date) return date.index === 0 && HEADLINE_TIME.test(line.slice(date.end)) && date.year === undefined && date.day !== undefined ? date : undefined;
  const day = leadingDay(line);
  return day && HEADLINE_TIME.test(line.slice(day.end)) ? day : undefined;
}

function referenceOf(dated: Dated | undefined): { year: number; month?: number; day?: number } | undefined {
  if (!dated) return undefined;
  const [year, month, day] = dated.iso.split('-').map(Number);
  return { year: year!, month, day };
}

/** The speaker a speech's title or a line under it names: 冯少勇院长在…上的讲话, 钟祥市人民政府市长郭志泉新春致辞, 市四医院院党委书记、院长  夏大. */
function namedSpeaker(title: string, lines: string[]): boolean {
  return findPeople(title).length > 0 || genreTitleSpeaker(title) !== undefined || lines.some((line) => nameLine(line) !== undefined);
}

/** The page's posting day, for a speech on its organ's own or a news site's page: a full day only. */
const postedDay = (found: Dated[]) => found.find((d) => d.origin === 'published' && d.iso.length === POSTED_DAY);
const POSTED_DAY = 'YYYY-MM-DD'.length;

function choose(file: IngestFile, genre: TitleGenre, found: Dated[], shared: boolean, posted = false): void {
  const { meta } = file.data;
  const allowed = PREFERENCE[genre].filter((origin) => !(shared && origin === 'published'));
  const [stated] = rank(found.filter((d) => allowed.includes(d.origin)), allowed);
  // The posted day dates a speech that states none, or refines the year or month its text states (2017, 十九大之年 → 2017-09-30).
  const stamp = posted ? postedDay(found) : undefined;
  const primary = stamp && (!stated || (stated.iso.length < POSTED_DAY && stamp.iso.startsWith(stated.iso))) ? stamp : stated;
  if (!primary) {
    const stamp = found.find((d) => d.origin === 'published');
    if (genre === 'speech' && stamp) {
      file.message(`speech without a stated delivery date: the page's date ${stamp.iso} is not the day it was given, so no date is set`, { ruleId: 'date-unsure', source: 'dates' });
    } else if (shared && stamp) {
      file.message(`a sharing site's copy: its posting date ${stamp.iso} is not a date of the document, so no date is set`, { ruleId: 'date-unsure', source: 'dates' });
    }
    if (found.length > 0) meta.otherDates = found.map(({ iso, origin }) => ({ date: iso, kind: KIND[origin] }));
    return;
  }
  // A month or a year is refined by a full date of the same day from another
  // line (（2023年5月） under the title, 生成日期 2023-05-11 in the info table) —
  // but a page's stamp never dates a speech.
  const refined = rank(
    found.filter((d) => d !== primary && d.iso.length > primary.iso.length && d.iso.startsWith(primary.iso) && allowed.includes(d.origin)),
    allowed,
  )[0];
  const chosen = refined ?? primary;
  meta.date = chosen.iso;
  meta.dateKind = KIND[chosen.origin];
  meta.year = Number(chosen.iso.slice(0, 4));
  // The same day of the same kind from another line (the page's stamp beside the day its text opens on) is not another date.
  const others = found.filter((d) => d !== chosen && !(d === primary && refined) && !(d.iso === chosen.iso && KIND[d.origin] === KIND[chosen.origin]));
  const otherDates = others.filter((d, i) => others.findIndex((e) => e.iso === d.iso && KIND[e.origin] === KIND[d.origin]) === i).map(({ iso, origin }) => ({ date: iso, kind: KIND[origin] }));
  if (otherDates.length > 0) meta.otherDates = otherDates;
  const conflicting = others.find((d) => d.origin === chosen.origin && !chosen.iso.startsWith(d.iso) && !d.iso.startsWith(chosen.iso));
  if (conflicting) {
    file.info(`two ${KIND[chosen.origin]} dates: ${chosen.iso} taken, ${conflicting.iso} kept in otherDates`, { ruleId: 'date-conflict', source: 'dates' });
  }
}

/** Drops repeats and a less precise date that a more precise one of the same origin contains (2012 beside 2012-05-29). */
function dedupe(dates: Dated[]): Dated[] {
  return dates.filter(
    (d, i) =>
      dates.findIndex((e) => e.origin === d.origin && e.iso === d.iso) === i &&
      !dates.some((e) => e.origin === d.origin && e.iso !== d.iso && e.iso.startsWith(d.iso)),
  );
}

/** By the genre's order of origins; then the more precise; then the first found. */
function rank(dates: Dated[], order: Origin[]): Dated[] {
  return dates
    .map((d, at) => ({ d, at }))
    .sort((a, b) => order.indexOf(a.d.origin) - order.indexOf(b.d.origin) || b.d.iso.length - a.d.iso.length || a.at - b.at)
    .map(({ d }) => d);
}
