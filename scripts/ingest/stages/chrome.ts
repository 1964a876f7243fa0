// Stage: site chrome lines removed by the rules of chrome/rules.ts.
//
// The body is the span from the first to the last line of prose. Before it
// (header zone) and after it (footer zone) every line a rule flags is
// dropped; short non-chrome lines there (title, salutation, byline) stay for
// the structure stage. Between body lines only strong rules apply. Once the
// footer zone has shown chrome, the rest of it is the site footer; a list
// heading (相关新闻, 推荐阅读) takes the short lines after it with it.
// Blocks go whole: a planted profile with its list, a comment section to
// the end, a run of picture captions, a caption above its credit line.
// Credits, topics and lost link prompts glued into lines are cut from them;
// a document site's page numbers go from its text. Labelled values and site names in dropped lines become candidates, bylines
// go to the front lines for the metadata stages, and every removal records
// the id of the rule that made it. Lines above the body that no rule took go
// when the chrome line model (chrome/line-model.ts) is confident they are chrome.
import type { IngestFile, RemovedSpan } from '../types.ts';
import { isBylineLine, isNumberedHeading, isSalutation, parseNameLine } from '../structure/lines.ts';
import { isSignatureLine } from '../structure/tail.ts';
import { captionRuns, doubledCaptions, filedCaptions } from './chrome/captions.ts';
import { SIGNATURE_DATE, TURN_MARK, isCreditOnly, isSpacedSignatureDate, isMarkedTurn, leadingCredit, trailingCredit, trailingPositionedCaption } from './chrome/credits.ts';
import { namesDocumentSite, removePageMarkers } from './chrome/docsite.ts';
import { hanCount, isBlank, isProse, sentenceEnds, visibleLength } from './chrome/features.ts';
import { fieldTableRows, releaseFormRows } from './chrome/fields.ts';
import { modelChromeLines } from './chrome/line-model.ts';
import { closeDanglingTeasers, ledeBracketCredit, splitGluedHeadline, stripCutEllipsis, stripFontSizeSwitch, stripHashtags, stripHiddenText, stripRepeatedStamps, stripPageCount, stripTrailingCellBar, stripTrailingContacts } from './chrome/inline.ts';
import { DATE_TIME, collectCandidates } from './chrome/labels.ts';
import { posterCardRows } from './chrome/forum.ts';
import { blurbsAboveDateline } from './chrome/dateline.ts';
import { plantedBlock } from './chrome/planted.ts';
import { NEXT_ARTICLE, RIGHTS_HEADING, classifyChrome, englishVersionLines, isSiteLeadIn, menuSiteName, stripEdgeControls, stripJammer, type ChromeVerdict } from './chrome/rules.ts';
import { copyrightName, sitePrefix, webmasterNames } from './chrome/sitenames.ts';
import { afterSignature, textEnd, type LineReading } from './chrome/text-end.ts';
import { isForeignLinkLine, pairSet, recurrence } from './chrome/recurrence.ts';
import { withoutPlaceholders } from '../lib/printed-code.ts';

const STAGE = 'chrome';

type Mark = Pick<ChromeVerdict, 'rule' | 'reason'>;

const FOOTER: Mark = { rule: 'site-footer', reason: 'site footer' };
const BANNER: Mark = { rule: 'site-name-line', reason: 'site banner' };
const CAPTION: Mark = { rule: 'photo-caption', reason: 'picture captions' };
/** Rows whose lines a run of captions takes in: a caption's own label, a picture's placeholder. */
const RUN_MEMBERS = new Set(['photo-credit', 'picture-placeholder']);
const FILED_CAPTION: Mark = { rule: 'filed-caption', reason: "a picture's caption under its file name" };
const COMMENTS: Mark = { rule: 'comment-section', reason: 'comment section' };
const FIELD_TABLE: Mark = { rule: 'field-table', reason: 'info table of label：value rows' };
const RELEASE_FORM: Mark = { rule: 'release-form', reason: 'a press release form: releasing office and contact rows' };
const RIGHTS: Mark = { rule: 'rights-notice', reason: "the site's rights notice" };
/** Chrome that stands between paragraphs as well as after them: a picture's credit and caption, a live page's post time. */
const IN_TEXT = new Set(['photo-credit', 'marked-caption', CAPTION.rule, FILED_CAPTION.rule, 'live-page']);
const NEXT: Mark = { rule: 'next-article', reason: 'the next article of an endless page' };
const DANGLING: Mark = { rule: 'dangling-label', reason: 'a label with nothing after it ending the page' };
/**
 * A short label and its colon, the page's last line after the text: the
 * heading of links or files the page lost (友情链接：, 文件附件：, 内 容:), or a
 * button the stored page was cut inside, its bracket left open ((阅).
 * Above the text the same shape is a salutation (同志们：), so only the end counts, and never a salutation.
 */
const DANGLING_LABEL = /^(?:\p{Script=Han}\s*){2,6}[:：]$|^[（(【\[]\s*\p{Script=Han}{1,4}$/u;
const POSTER_CARD: Mark = { rule: 'poster-card', reason: "a forum poster's profile card" };
/** A notice's attachment list (附件1：…) after its last paragraph is text, not footer. */
const ATTACHMENT = /^附件\s*\d*\s*[:：]/u;
/** The further items of an attachment list: 2.数字微展览…要求, 3、征集表. */
const ATTACHMENT_ITEM = /^\d{1,2}\s*[.．、]/u;
/** A caption above its credit line: one sentence that opens with the day of the picture (or 图为). */
const MAX_CAPTION = 100;
const CAPTION_ABOVE = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|图为)/u;
/**
 * A caption's second sentence saying what the picture shows: …专访。图为…回答网友问题。,
 * or in Xinhua's wording, the event and then 这是 with what this picture of it shows
 * (…举行第三次全体会议。这是文化部部长雒树刚接受采访。 / 新华社记者 张玉薇 摄, fjsen;
 * …举行第二次全体会议。这是全国政协委员走向会场。 / 新华社记者 才扬 摄, spio81.cn).
 */
const PICTURED = /[。！](?:图为|这是)[^。！？]+[。！]?$/u;

/** Line index → rule for every chrome line, the first body line (the line count when nothing is prose) and the text's last line as the rules read it (-1 when none). */
function chromeLines(lines: string[], page: { title?: string; html: boolean }): { chrome: Map<number, Mark>; bodyStart: number; last: number } {
  const verdicts = lines.map((line) => (isBlank(line) || isSignatureDate(line) ? undefined : classifyChrome(line)));
  for (const i of blurbsAboveDateline(lines, (j) => verdicts[j] !== undefined, page.title)) verdicts[i] = BLURB;
  const body = lines.map((line, i) => verdicts[i] === undefined && isProse(line));
  const first = body.indexOf(true);
  // A rights notice's clauses after the text are prose, but not the text's.
  const rights = lines.findIndex((line) => RIGHTS_HEADING.test(line.trim()));
  const notice = siteNoticeAfterText(verdicts, body, lines);
  const stop = rights > first && first !== -1 ? rights : notice;
  const end = stop !== -1 ? body.lastIndexOf(true, stop) : textEnd(lines, readings(lines, verdicts, body));
  const last = closingEnd(lines, verdicts, end);
  const chrome = new Map<number, Mark>();
  // Prose past the text's end is another page's teaser; a line with no Han after the signature date, the page's counter.
  if (end !== -1) for (let i = end + 1; i < lines.length; i++) if (body[i] && i > last) chrome.set(i, TEASER);
  if (last !== -1 && isSignatureDate(lines[last]!)) for (const i of afterSignature(lines, last)) chrome.set(i, COUNTER);
  const english = englishVersionLines(lines, last);
  verdicts.forEach((verdict, i) => {
    if (!verdict) return;
    // A translation is the page's only beside a text in Han.
    if (verdict.rule === 'translation' && first === -1) return;
    // The page's own English version after the text is text: only a strong rule takes a line of it.
    if (english.has(i) && verdict.strength !== 'strong') return;
    const before = first === -1 || i < first;
    const after = first === -1 || i > last;
    if (verdict.strength === 'strong' || (verdict.strength === 'edge' && (before || after)) || (verdict.strength === 'head' && before)) chrome.set(i, verdict);
  });
  takeListsAfterHeadings(lines, chrome, body);
  for (const i of posterCardRows(lines)) if (!chrome.has(i)) chrome.set(i, POSTER_CARD);
  takeBlocks(lines, chrome, body);
  for (const i of fieldTableRows(lines, first, last, (j) => chrome.has(j))) chrome.set(i, FIELD_TABLE);
  for (const i of releaseFormRows(lines)) if (!chrome.has(i)) chrome.set(i, RELEASE_FORM);
  // A byline opening with its label (本报记者 颜小镇 文/图) is the structure
  // stage's: it sets it aside and reads the head and tail lines around it.
  for (const [i, mark] of chrome) if (mark.rule === 'byline' && isBylineLine(lines[i]!.trim())) chrome.delete(i);
  // A label a rule already read as a caption (发布会现场), or a picture's placeholder (图片), stays a member of the run around it.
  for (const i of captionRuns(lines, (j) => chrome.has(j) && !RUN_MEMBERS.has(chrome.get(j)!.rule), first === -1 ? lines.length : last)) if (chrome.get(i)?.rule !== 'picture-placeholder') chrome.set(i, CAPTION);
  for (const i of doubledCaptions(lines, first, (j) => chrome.has(j))) chrome.set(i, CAPTION);
  for (const i of filedCaptions(lines, (j) => chrome.has(j))) chrome.set(i, FILED_CAPTION);
  // The page's last line the rules leave: a label there heads nothing of the text, also when
  // the list it headed was taken (大湾区精选： over ten bare post times, igo9go.com).
  const pageEnd = lines.findLastIndex((line, i) => !isBlank(line) && !chrome.has(i));
  const label = pageEnd === -1 ? '' : lines[pageEnd]!.trim();
  if (pageEnd > last && first !== -1 && DANGLING_LABEL.test(label) && !isSalutation(label) && !ATTACHMENT.test(label)) chrome.set(pageEnd, DANGLING);
  // The text's Han pairs, for the headlines here and the link names below (the same lines, read once).
  const textPairs = first === -1 ? undefined : pairSet(lines, (i) => body[i]! && i >= first && i <= last);
  if (textPairs) takeForeignHeadlines(lines, chrome, last, textPairs);
  // A picture and its caption stand inside the text too: they do not open the footer.
  // The footer opens at its first line, whatever rule took it first (a teaser below the notices is taken before them).
  const footerStart = first === -1 ? undefined : [...chrome].filter(([i, mark]) => i > last && !IN_TEXT.has(mark.rule)).map(([i]) => i).sort((a, b) => a - b)[0];
  if (footerStart !== undefined) {
    for (let i = footerStart + 1; i < lines.length; i++) {
      // A notice's signature date stays even where a rule took the issuer line above it.
      if (!chrome.has(i) && !english.has(i) && !isBlank(lines[i]) && !isProse(lines[i]) && !ATTACHMENT.test(lines[i].trim()) && !isSignatureDate(lines[i])) chrome.set(i, FOOTER);
    }
    for (const i of footerLead(lines, chrome, last, footerStart, english)) chrome.set(i, FOOTER_LEAD);
  }
  if (textPairs) judgeByRecurrence(lines, chrome, last, textPairs);
  if (first !== -1) takeHeadlineRun(lines, chrome, last);
  if (first !== -1) takeLoneTailName(lines, chrome, end);
  // Last, so that a line the model takes opens no footer: it only adds to what the rules found.
  for (const [i, p] of modelChromeLines(lines, { first }, (j) => chrome.has(j), page)) chrome.set(i, { rule: 'line-model', reason: `chrome by the line model (p=${p.toFixed(2)})` });
  const bodyStart = first === -1 ? lines.length : first;
  markRepeatedNames(lines, chrome, bodyStart);
  return { chrome, bodyStart, last };
}

/**
 * The first of the site's notices (the disclaimer row) standing after most of
 * the text's prose: the text ends above it, and prose after it is the page's
 * (an office address with its semicolon under 本站部分信息由…提供,
 * xzspw.org.cn eval:a10-xzspw-huainan-discipline-coordination-zone-report;
 * 来源 and 作者 lines under 本站原创文章，转载请附上原文链接, wap.wlynews.cn
 * eval:b10-wlynews-wulingyuan-deputies-register-report). -1 when there is none.
 */
function siteNoticeAfterText(verdicts: (ChromeVerdict | undefined)[], body: boolean[], lines: string[]): number {
  const prose = lines.map((line, i) => (body[i] ? hanCount(line) : 0));
  const total = prose.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i]?.rule === 'disclaimer' && total > 0 && before * 2 > total) return i;
    before += prose[i]!;
  }
  return -1;
}

/**
 * What the rules decide about the lines of a text as this stage receives it:
 * the lines after the site stamps are cut, the rule of each line they take,
 * and the text's last line. For the training of the line models
 * (scripts/eval/train-tail-model.ts), which ask about the lines the rules leave.
 */
export function ruledLines(text: string, page: { title?: string; html: boolean }): { lines: string[]; chrome: Map<number, string>; last: number } {
  const { lines } = stripRepeatedStamps(text.split('\n'));
  const { chrome, last } = chromeLines(lines, page);
  return { lines, chrome: new Map([...chrome].map(([i, mark]) => [i, mark.rule])), last };
}

/**
 * A notice's signature date, alone or with the page's source glued on:
 * 2016年8月18日, 2005年8月25日（来源：上海证券报）. The glued note is cut
 * from it as a trailing credit.
 */
function isSignatureDate(line: string): boolean {
  const text = (trailingCredit(line)?.line ?? line).trim();
  return SIGNATURE_DATE.test(text) || isSpacedSignatureDate(text);
}

/**
 * A title's label above the text: 文章标题:区长在…的讲话同志们: (freekaoyan.com, wide
 * sample clean-s9b 33), 标题: 嘉定区委书记谈看海… (bbs.jiadinglife.net eval:y1-jiadinglife-jiading-secretary-qa-interview).
 */
const TITLE_LABEL = /^\s*(?:文章)?标题\s*[:：]\s*/u;

/**
 * The page's link names after the text's last line (chrome/recurrence.ts):
 * from the page's last line that no rule took, a run of them goes. (A single
 * long line of that kind, foreign-tail, was tried in the ninth session and
 * taken out: it also took the text's own last fragment where a page was cut.)
 */
function judgeByRecurrence(lines: string[], chrome: Map<number, Mark>, last: number, text: ReadonlySet<string>): void {
  const end = lines.findLastIndex((line, i) => !isBlank(line) && !chrome.has(i));
  if (end > last) takeForeignLinks(lines, chrome, end, text);
}

const LONE_TAIL: Mark = { rule: 'lone-tail-name', reason: "a person's bare name ending the page right after the text's last sentence: the site's credit" };
/** A bare name: two to four Han and nothing else (孙媛媛). */
const LONE_WORD = /^\p{Script=Han}{2,4}$/u;

/**
 * The page's last line the rules leave, when it is a person's bare name right
 * after the text's last sentence: the editor's or reporter's name the site
 * prints under the text (孙媛媛, hbfzb.com eval:x2-hbfzb-xianghe-hospital-anniversary-report;
 * 马厚海, pleasurethai.com eval:a9-pleasurethai-liguo-school-flag-raising-report).
 * `proseEnd` is the text's last prose line: closingEnd reads such a name as the
 * text's signature, but a person who signs a document signs with the post
 * (林泽安 院长) or the date under the name, and those stay. Any other lone word
 * stays too (网站链接 may be a heading the page cut). Where the page printed the
 * text twice, the name under the first copy is the same credit and goes too.
 */
function takeLoneTailName(lines: string[], chrome: Map<number, Mark>, proseEnd: number): void {
  const kept = (i: number) => !isBlank(lines[i]) && !chrome.has(i);
  const end = lines.findLastIndex((_, i) => kept(i));
  if (proseEnd === -1 || end <= proseEnd) return;
  const word = lines[end]!.trim();
  const name = parseNameLine(word);
  if (!LONE_WORD.test(word) || name?.name !== word || name.role !== undefined || isSalutation(word)) return;
  // Only blanks and lines the rules took stand between a sentence's end and the name.
  const afterSentence = (i: number) => {
    const before = lines.findLastIndex((_, j) => j < i && kept(j));
    return before !== -1 && ENDED.test(lines[before]!);
  };
  if (lines.findLastIndex((_, j) => j < end && kept(j)) !== proseEnd || !afterSentence(end)) return;
  for (let i = 0; i <= end; i++) if (kept(i) && lines[i]!.trim() === word && afterSentence(i)) chrome.set(i, LONE_TAIL);
}

const HEADLINE_RUN: Mark = { rule: 'headline-run', reason: "a run of other pages' headlines ending the page under the text's last sentence" };
/** A headline's length in visible characters. */
const HEADLINE_LENGTH = { min: 6, max: 40 };
/** A short bracketed note after a sentence's end: (编辑:陈嘉俊), （完）. */
const BRACKETED_NOTE = /[（(][^（）()]{1,20}[）)]\s*$/u;
/** What a notice prints under its text in the same short shape: contact rows, a closing formula, a print source. */
const CLOSING_ROW = /^(?:联系|电话|地址|邮编|邮政|电子|传真|通讯|公示|举报|网址|邮箱|手机|附件|附文|特此)|@|\d{7,}|^《.*》$/u;

/**
 * The lines the page prints after the text's last sentence, to the page's
 * end, when each is shaped like another page's headline: 6–40 characters, no
 * sentence's mark, none a signature, date, name, salutation, byline, numbered
 * item or heading, contact row or closing word. The run is
 * the site's list of other stories when a list heading bounds it, right
 * above or right below it, however short the run: the previous and next stories on one line over
 * an empty 相关阅读: (m.news.shi-fen.com eval:b11-shifen-chongqing-spokespersons-community-report);
 * five headlines between 热点推荐更多>> and 互动精选更多>> (kejuu.com
 * fixture:chrome/pages/kejuu-fjsen-mirror.txt, taken there by the heading's own rule).
 * The line above the run must end a
 * sentence (a short bracketed credit after it aside), so no run continues the
 * text, and a list the text introduced with its colon stays. Numerals open
 * headlines (92岁长者…, 11月6日起…), so only an item's numbering (1、, 一、, ①) counts as a list's.
 */
/**
 * A notice's imprint line, the organ that printed it and the day (GB/T 9704-2012 7.4.3, 印发机关和印发日期:
 * 桂东县人民政府办公室2017年5月27日印发, www.tuliu.com): the document's own last line, never another page's headline.
 */
const IMPRINT = /(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,3}月[\d〇○零一二三四五六七八九十]{1,3}日\s*印发$/u;

function takeHeadlineRun(lines: string[], chrome: Map<number, Mark>, last: number): void {
  const kept = (i: number) => !isBlank(lines[i]) && !chrome.has(i);
  const run: number[] = [];
  let i = lines.length - 1;
  for (; i > last; i--) {
    if (!kept(i)) continue;
    if (!isHeadlineLine(lines[i]!.trim()) || IMPRINT.test(lines[i]!.trim())) break;
    run.push(i);
  }
  if (run.length === 0 || i < 0 || !kept(i)) return;
  // The sentence may carry the page's credit glued after it: …不要轻易外出及出境。(编辑:陈嘉俊).
  if (!ENDED.test(lines[i]!.replace(BRACKETED_NOTE, ''))) return;
  const heading = (j: number) => chrome.get(j)?.rule === 'related-links';
  const below = lines.findIndex((line, j) => j > run[0]! && !isBlank(line));
  const above = lines.findLastIndex((line, j) => j < run.at(-1)! && !isBlank(line));
  const headed = (below !== -1 && heading(below)) || (above !== -1 && heading(above));
  // A run with no heading goes only as foreign-headlines, when its words are not the text's.
  if (!headed) return;
  for (const j of run) chrome.set(j, HEADLINE_RUN);
}

const FOREIGN_HEADLINES: Mark = { rule: 'foreign-headlines', reason: "a run of other pages' headlines after the text: headline-shaped lines whose words the text does not use" };
/**
 * How many headlines make a list of them: up to three short lines under a text are its own in the
 * development sets (a last sentence broken over three lines, tzlqey; signatures, dates, cut headings).
 */
const MIN_FOREIGN_HEADLINES = 4;
/** The most of a headline's Han pairs the text may share: another story's headline shares a word or two at most. */
const MAX_HEADLINE_RECURRENCE = 0.25;

/**
 * Other pages' headlines listed after the text with no list heading the rules
 * know: at least four headline-shaped lines in a row after the text's last
 * line, each sharing at most a quarter of its character pairs with the text
 * (twelve Macao headlines under the story, www.exmoo.com
 * eval:b9-exmoo-macao-no-border-closure-report; 【头条】…【四条】 under 昨日大案：,
 * chuansong.me eval:h4-chuansong-xijinping-intellectuals-speech; the same shape under a
 * heading, 203.198.47.105 eval:b11-crntthk-legco-housing-qa-interview). The line above
 * the run ends a sentence, or is a short label with its colon that does (then the label
 * is the list's heading and goes too), and no line after the run ends one: the text
 * does not go on below it. A list the text itself gives (names, measures, subjects)
 * shares the text's words, and its items are numbered or dated, which isHeadlineLine refuses.
 */
function takeForeignHeadlines(lines: string[], chrome: Map<number, Mark>, last: number, text: ReadonlySet<string>): void {
  const kept: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!isBlank(lines[i]) && !chrome.has(i)) kept.push(i);
  const after = kept.findIndex((i) => i > last);
  if (after === -1) return;
  const foreign = (i: number) => isHeadlineLine(lines[i]!.trim()) && recurrence(lines[i]!, text) <= MAX_HEADLINE_RECURRENCE;
  const ends = (i: number) => ENDED.test(lines[i]!.replace(BRACKETED_NOTE, ''));
  let k = after;
  while (k < kept.length) {
    if (!foreign(kept[k]!)) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < kept.length && foreign(kept[end + 1]!)) end++;
    const run = kept.slice(k, end + 1);
    k = end + 1;
    if (run.length < MIN_FOREIGN_HEADLINES || kept.slice(end + 1).some(ends)) continue;
    let above = kept.indexOf(run[0]!) - 1;
    const heading = above >= 0 && kept[above]! > last && DANGLING_LABEL.test(lines[kept[above]!]!.trim()) && !isSalutation(lines[kept[above]!]!.trim()) ? kept[above]! : -1;
    if (heading !== -1) above--;
    if (above < 0 || !ends(kept[above]!)) continue;
    for (const j of heading === -1 ? run : [heading, ...run]) chrome.set(j, FOREIGN_HEADLINES);
  }
}

function isHeadlineLine(line: string): boolean {
  const length = visibleLength(line);
  if (length < HEADLINE_LENGTH.min || length > HEADLINE_LENGTH.max || sentenceEnds(line) > 0 || /[；;]/u.test(line) || isProse(line)) return false;
  if (isSignatureDate(line) || isSignatureLine(line) || parseNameLine(line) !== undefined || isSalutation(line) || isBylineLine(line) || isNumberedHeading(line)) return false;
  return !ATTACHMENT.test(line) && !ATTACHMENT_ITEM.test(line) && !/^[①-⑳]|^[一二三四五六七八九十]+[、.．]/u.test(line) && !BRACKETED.test(line) && !CLOSING_WORDS.test(line) && !CLOSING_ROW.test(line) && !/[:：]$/u.test(line);
}

const FOOTER_LEAD: Mark = { rule: 'footer-lead', reason: "a short line between the text's end and the footer: the heading or first link of the page's end matter" };
/** What a signer, a speaker or a credit prints under a text: never the page's. */
const CLOSING_WORDS = /谢谢|掌声|鼓掌|完毕/u;
const BRACKETED = /^[（(【\[].*[）)】\]]$/u;

/**
 * The lines the footer rule cannot reach because they stand above its first
 * chrome line: between the text's last line and a footer that runs to the
 * page's end, short lines without a sentence's mark are the footer's heading
 * or the first of its links (友情链接 over the address rows, sthjj.hengyang.gov.cn
 * eval:a10-hengyang-hunan-green-shield-reserve-check-notice; THE END over the
 * tag line, m.jxyuer.com eval:b10-jxyuer-office-centre-groundbreaking-speech;
 * the first related title over the rest, xuewenda.com wide sample tail-s14 12).
 * A signature, a date, a name, a salutation, an attachment, a bracketed credit,
 * a print source (《光明日报》（ 2022年02月13日 02版）) and a speech's closing
 * words are the text's, and so are a list's items: a run holding one of them
 * is left whole, and so is a run that does not stand right under the text's
 * prose. Only one line goes: every page seen had one there.
 */
function footerLead(lines: string[], chrome: Map<number, Mark>, last: number, footerStart: number, english: Set<number>): number[] {
  // Only a footer that the rules took whole, to the page's last line.
  for (let i = footerStart; i < lines.length; i++) if (!isBlank(lines[i]) && !chrome.has(i)) return [];
  const kept = (i: number) => !isBlank(lines[i]) && !chrome.has(i);
  const taken: number[] = [];
  for (let i = footerStart - 1; i > last; i--) {
    if (!kept(i)) continue;
    if (english.has(i) || !isFooterLeadLine(lines[i]!.trim())) return [];
    taken.push(i);
  }
  // The run stands right under the text's prose: under a date or an issuer it is the text's closing (六安市爱卫办 under 2018年2月8日).
  const above = lines.findLastIndex((_, j) => j < (taken.at(-1) ?? 0) && kept(j));
  if (taken.length !== 1 || above === -1 || !(isProse(lines[above]!) || ENDED.test(lines[above]!))) return [];
  return taken;
}

function isFooterLeadLine(line: string): boolean {
  if (visibleLength(line) > MAX_FOOTER_LEAD || sentenceEnds(line) > 0 || isProse(line)) return false;
  if (isSignatureDate(line) || isSignatureLine(line) || parseNameLine(line) !== undefined || isSalutation(line)) return false;
  return !ATTACHMENT.test(line) && !BRACKETED.test(line) && !CLOSING_WORDS.test(line) && !DATED.test(line) && !line.includes('《') && !LIST_ITEM.test(line);
}

/** A line opening with a numeral is an item or heading of the text's own list (2、使用步骤, ①通过…认证身份信息) or a signer's class (2022级…). */
const LIST_ITEM = /^[\d①-⑳一二三四五六七八九十]/u;

/**
 * A day, month or year however its numerals are written (二ОО八年十二月二十五日, 2022年02月13日), or a day in
 * figures with dots under the text (a speaker's name and the day under a speech: 宗良勇2019.9.9, 777articles.com
 * eval:a15-777articles-shuidong-flag-teachers-day-speech; the day alone under a hospital's article: 2010.10.27,
 * www.lcgjhpyy.com eval:c11-lcgjhpyy-liaocheng-hospital-anniversary-article): a date or a print source's line is the text's.
 */
const DATED = /[\dＯО〇○零一二三四五六七八九十]\s*[年月日]|(?<!\d)(?:19|20)\d{2}[.．]\d{1,2}[.．]\d{1,2}(?!\d)/u;

const MAX_FOOTER_LEAD = 30;

const FOREIGN_LINKS: Mark = { rule: 'foreign-links', reason: "the page's link names after the text: short lines none of whose words the text uses" };

/**
 * The page's link names left at its end after the text (市州分站 / 网站链接):
 * two or more short lines up to line `from`, each with no sentence and none
 * of the text's words, after a line that ended its sentence. One such line
 * alone may be the text's (a signature, a heading the page cut), so a run
 * of two is asked for. Examples: chrome/recurrence.ts FOREIGN_LINK_EXAMPLES.
 */
function takeForeignLinks(lines: string[], chrome: Map<number, Mark>, from: number, text: ReadonlySet<string>): void {
  const run: number[] = [];
  let i = from;
  for (; i >= 0; i--) {
    if (isBlank(lines[i]) || chrome.has(i)) continue;
    const t = lines[i]!.trim();
    if (!isForeignLinkLine(t, text) || isSignatureDate(t) || isSignatureLine(t) || isSalutation(t) || isBylineLine(t)) break;
    run.push(i);
  }
  if (run.length < 2 || i < 0 || !ENDED.test(lines[i]!)) return;
  for (const j of run) chrome.set(j, FOREIGN_LINKS);
}

/** A line that ends its sentence: 。！？ (a closing quotation mark after them too). */
const ENDED = /[。！？!?][”」』"]?\s*$/u;

const BLURB: ChromeVerdict = { rule: 'lead-blurb', reason: "a caption, lead-in or summary above the story's dateline", strength: 'strong', strong: true };
const TEASER: Mark = { rule: 'detached-teaser', reason: "prose after the page's block under the text: another page's teaser" };
const COUNTER: Mark = { rule: 'after-signature', reason: "a line after the signature date without Han, or a bare date or time: the page's counter, widget or stamp" };

/** How text-end.ts reads each line: prose of the text, named chrome at the page's edges, or a form of the document. */
function readings(lines: string[], verdicts: (ChromeVerdict | undefined)[], body: boolean[]): LineReading[] {
  return lines.map((line, i) => {
    const text = line.trim();
    const verdict = verdicts[i];
    // A line a rule names is the document's only as a contact line (a list heading may read as a name: 相关阅读).
    const own = verdict ? CONTACT_RULES.has(verdict.rule) : isSignatureDate(line) || ATTACHMENT.test(text) || isSignatureLine(text) || isNumberedHeading(text);
    return { prose: body[i]!, edge: verdict !== undefined && verdict.strength !== 'strong', heading: verdict?.rule === 'related-links', own };
  });
}

/** Rules whose lines a notice prints as its own before its signature: its contact lines. */
const CONTACT_RULES = new Set(['contact', 'hotline']);
/** How far after the last sentence a notice's signature may stand: contact lines, issuers, the date. */
const CLOSING_REACH = 10;

/**
 * The last line of the document's text: the last prose line, or past it a
 * notice's contact lines and signature (issuer lines and the date) — a
 * site's footer address has no signature date after it. A signature whose
 * date no grammar reads (2020126, a date the scrape mangled) still closes
 * the text when it ends the page: an issuer line and nothing any rule takes
 * after it. The contact lines taken are no longer chrome; the items of a
 * contact or attachment list do not use up the reach.
 */
function closingEnd(lines: string[], verdicts: (ChromeVerdict | undefined)[], last: number): number {
  if (last === -1) return last;
  const own = (end: number) => {
    for (let j = last + 1; j < end; j++) if (verdicts[j] && CONTACT_RULES.has(verdicts[j]!.rule)) verdicts[j] = undefined;
    return end;
  };
  let seen = 0;
  let issuer = false;
  let attachments = false;
  let listedAny = false;
  const invited = REPLY_INVITED.test(lines[last]!);
  // Under a sentence that asks for replies, the contact and attachment lines are the text's with no signature after them.
  const close = (end: number) => ((issuer || (invited && listedAny)) && end > last ? own(end + 1) - 1 : last);
  let end = last;
  for (let i = last + 1; i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    // A list of contacts or of attachments is as long as the notice makes it.
    attachments = ATTACHMENT.test(lines[i]!.trim()) || (attachments && ATTACHMENT_ITEM.test(lines[i]!.trim()));
    const listed = attachments || (verdicts[i] !== undefined && CONTACT_RULES.has(verdicts[i]!.rule));
    if (!listed && ++seen > CLOSING_REACH) return invited ? close(end) : last;
    if (isSignatureDate(lines[i]!)) return own(i);
    const verdict = verdicts[i];
    if (verdict ? !CONTACT_RULES.has(verdict.rule) : [...lines[i]!.trim()].length > 40) return invited ? close(end) : last;
    if (!verdict && isSignatureLine(lines[i]!.trim())) issuer = true;
    if (listed) listedAny = true;
    end = i;
  }
  return close(end);
}

/**
 * The text's last sentence asks the reader to write or send something: the
 * address, mailbox and attachments under it are where and what, though no
 * signature follows (请将意见…反馈至城步苗族自治县农业农村局, then 邮箱/地址/邮编 and
 * the 附件 list, cbnews.gov.cn eval:b18-cbnews-chengbu-straw-burning-zones-notice;
 * 如有异议，请于8月4日前…向省农业农村厅…反映, then 联系地址/邮政编码/电子邮箱,
 * lsfz.org.cn fixture:chrome/lostfix-s32/A/lsfz-s32-notice).
 */
const REPLY_INVITED = /请[^。！？]{0,40}?(?:反馈|反映|寄送|寄至|寄往|发送至|报送至|提交至|发至|送至)/u;

/**
 * Blocks whose heading a rule flagged: a planted profile with its list (or
 * nothing, when the document names its subject), the English lines around a
 * journal article's English abstract, a caption above its credit line, and a comment section —
 * from its heading to the end, comments being prose too — once the heading
 * comes after half of the text; so does the next article of an endless page.
 */
function takeBlocks(lines: string[], chrome: Map<number, Mark>, body: boolean[]): void {
  const prose = lines.map((line, i) => (body[i] ? hanCount(line) : 0));
  const total = prose.reduce((a, b) => a + b, 0);
  let before = 0;
  // A profile's lines a block already took are not asked again whether they head one.
  let plantedUpTo = -1;
  for (let i = 0; i < lines.length; i++) {
    const mark = chrome.get(i);
    if (mark?.rule === 'planted-profile' && i > plantedUpTo) {
      const block = plantedBlock(lines, i);
      if (block.length === 0) chrome.delete(i);
      for (const j of block) chrome.set(j, mark);
      plantedUpTo = Math.max(plantedUpTo, ...block);
    } else if (mark?.rule === 'journal-data' && /^(?:Abstract|Key ?words)\b/iu.test(lines[i]!.trim())) {
      // The English title, author and affiliation around an English abstract are its, too.
      for (const step of [-1, 1]) {
        for (let j = i + step; j >= 0 && j < lines.length && (isBlank(lines[j]!) || hanCount(lines[j]!) === 0); j += step) {
          if (!isBlank(lines[j]!)) chrome.set(j, mark);
        }
      }
    } else if (mark?.rule === 'photo-credit' && isCreditOnly(lines[i]!)) {
      // The caption it credits stands right above it, one dated sentence: 2016年11月20日，…合影。 / 新华社记者 丁 林摄.
      let j = i - 1;
      while (j >= 0 && isBlank(lines[j]!)) j--;
      const above = j >= 0 ? lines[j]!.trim() : '';
      if (j >= 0 && !chrome.has(j) && CAPTION_ABOVE.test(above) && [...above].length <= MAX_CAPTION && sentenceEnds(above) <= (PICTURED.test(above) ? 2 : 1)) chrome.set(j, mark);
    } else if ((mark === undefined || mark.rule === COMMENTS.rule) && total > 0 && before * 2 >= total && isCommentHeading(lines[i]!)) {
      for (let j = i; j < lines.length; j++) if (!isBlank(lines[j]!)) chrome.set(j, COMMENTS);
      return;
    } else if ((mark === undefined || mark.rule === NEXT.rule) && total > 0 && before * 2 >= total && NEXT_ARTICLE.test(lines[i]!.trim())) {
      // Another article follows, prose and all: the page's, not this text's.
      for (let j = i; j < lines.length; j++) if (!isBlank(lines[j]!)) chrome.set(j, NEXT);
      return;
    } else if ((mark === undefined || mark.rule === 'disclaimer') && total > 0 && before * 2 >= total && RIGHTS_HEADING.test(lines[i]!.trim())) {
      // A rights notice's clauses are prose; they follow its heading to the end of the page.
      for (let j = i; j < lines.length; j++) if (!isBlank(lines[j]!)) chrome.set(j, RIGHTS);
      return;
    } else if (mark?.rule === 'live-page' && /^活动(?:描述|简介)/u.test(lines[i]!.trim())) {
      // The event's blurb under its label is the live page's, not a post.
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j]!)) j++;
      if (j < lines.length && !chrome.has(j)) chrome.set(j, mark);
    }
    before += prose[i]!;
  }
}

/** A comment section's heading, also where it stands between prose lines (the comments). */
function isCommentHeading(line: string): boolean {
  return classifyChrome(line)?.rule === 'comment-section';
}

/** The article titles listed under a 相关新闻 heading: short lines up to the next blank-separated prose or chrome. */
/** A line opening with a list item's mark. */
const LISTED_HEADING = /^\s*[-–•·]\s*\S/u;

function takeListsAfterHeadings(lines: string[], chrome: Map<number, Mark>, body: boolean[]): void {
  for (const [i, mark] of [...chrome]) {
    if (mark.rule !== 'related-links') continue;
    // A list heading printed as an item itself (- 相关推荐 beside - …推荐度:, the 范文 templates' tab bar) heads no lines under it.
    if (LISTED_HEADING.test(lines[i]!)) continue;
    for (let j = i + 1; j < lines.length; j++) {
      if (isBlank(lines[j])) continue;
      if (chrome.has(j) || body[j] || [...lines[j].trim()].length > 60) break;
      chrome.set(j, mark);
    }
  }
}

/**
 * An account or site name on a line of its own before the body (清风龙岗) that
 * the page's post header repeats among its fields (龙岗区纪委监委 清风龙岗
 * 2023-04-12 18:00): a name line, not the title. Only post headers — lines
 * with a date-time and no breadcrumb separators — are compared, so a title
 * repeated in a breadcrumb stays.
 */
function markRepeatedNames(lines: string[], chrome: Map<number, Mark>, bodyStart: number): void {
  const fields = new Set<string>();
  for (const [i] of chrome) {
    if (i < bodyStart && DATE_TIME.test(lines[i]) && !/[>＞»›]/.test(lines[i])) for (const f of lines[i].trim().split(/\s+/)) fields.add(f);
  }
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i].trim();
    if (!chrome.has(i) && line.length <= 10 && /^\p{Script=Han}+$/u.test(line) && fields.has(line)) chrome.set(i, BANNER);
  }
}

function addSiteNames(file: IngestFile, names: string[]): void {
  if (names.length === 0) return;
  const known = file.data.candidates.siteNames ?? [];
  file.data.candidates.siteNames = [...new Set([...known, ...names])];
}

/** A breadcrumb that starts at the site (公文写作论坛 › 首页 › …) names it. */
function crumbSiteName(line: string): string | undefined {
  const first = line.trim().split(/\s*(?:>>|>|»|›|＞|→)\s*/u)[0];
  return /^[\p{Script=Han}A-Za-z0-9]{2,12}(?:网|网站|论坛|文库|频道)$/u.test(first) ? first : undefined;
}

/** A document site's file name for a title (…的讲话范文.doc): the extension is the site's. */
const FILE_EXTENSION = /\.(?:docx?|pptx?|xlsx?|pdf|wps|txt)$/iu;

/** Rules that only a document-sharing site's page triggers. */
const DOCUMENT_SITE_RULES = new Set(['doc-site-meta', 'paywall', 'uploader-disclaimer', 'file-extension']);

/** Whether the page is a document site's preview, whose text the site numbers page by page: a rule only such a page triggers, or a removed line naming the site (DOCUMENT_SITE_NAMES). */
const isDocumentSite = (cut: readonly RemovedSpan[]): boolean => cut.some((span) => (span.rule !== undefined && DOCUMENT_SITE_RULES.has(span.rule)) || namesDocumentSite(span.text));

/**
 * The opening of the text after an essay site's lead-in on the same line: a
 * salutation (同志们：, 尊敬的老师们，友爱的同学们：), possibly behind the item's
 * number in the collection (…发言稿1尊敬的…：). Short, and closed by its colon.
 */
/** A lead-in opens the line: its sentences are looked for within this many characters… */
const LEAD_IN_REACH = 400;
/** …and it names the site's editor or its reader (a cheap test before the rules run on each sentence). */
const LEAD_IN_WORD = /小编|本站|为(?:你|您|大家)|给(?:你|您|大家)|欢迎(?:大家|各位)?(?:阅读|参考|借鉴)|上传/u;
const TEXT_OPENING = /^[^。！？!?：:]{0,40}?(?:同志|来宾|朋友|领导|代表|女士|先生|大家|老师|同学|同仁|乡亲|嘉宾)[^。！？!?：:]{0,20}[：:]/u;

/**
 * A site's lead-in and the text's first words run onto one line (…整理的…讲话【优秀范文】，供大家参考。同志们：经县政府研究决定…,
 * fanwen.aixue.net; …仅供参考，欢迎大家阅读。最新…发言稿1尊敬的老师们，友爱的同学们：早上好！…, m.wenke99.com):
 * the lead-in rule would take the whole line, the text's opening with it. The line is
 * set on two at the end of the lead-in's sentence when what follows opens with a
 * salutation and is not the site speaking too; a line with no such opening stays whole.
 */
export function splitGluedLeadIn(line: string): string[] {
  if (!LEAD_IN_WORD.test(line.slice(0, LEAD_IN_REACH))) return [line];
  for (const end of line.slice(0, LEAD_IN_REACH).matchAll(/[。！？!?]/gu)) {
    const at = end.index + end[0].length;
    const lead = line.slice(0, at);
    const rest = line.slice(at).trim();
    if (!isSiteLeadIn(lead)) continue;
    if (rest === '' || isSiteLeadIn(rest) || !TEXT_OPENING.test(rest)) return [line];
    return [lead, rest];
  }
  return [line];
}

export function stripChrome(file: IngestFile): void {
  const text = String(file.value);
  const kept: string[] = [];
  // What this stage takes out: logged in `removed`, and handed on as text in `chromeLines`.
  const cut: RemovedSpan[] = [];
  const remove = (rule: string, reason: string, text: string) => {
    const span = { stage: STAGE, rule, reason, text };
    cut.push(span);
    file.data.removed.push(span);
    // A lead-in repeats the story's own sentences: as the page's furniture it would make the story read as a copy of it.
    if (rule !== BLURB.rule) file.data.chromeLines.push(text);
  };
  const cutSpans = (rule: string, reason: string, spans: string[]) => {
    for (const span of spans) remove(rule, reason, span);
  };
  // First, so that a line reads as what it is without the stamp (同志们: 公文汇 www.… is a salutation).
  const stamps = stripRepeatedStamps(text.split('\n'));
  cutSpans('site-stamp', "the site's name and address stamped after lines", stamps.cut);
  // Then a forum's jammer glued to a line, so that the rules and the line model read the line without it
  // (with "…Y8 Z5 _" before it, "2020年全市GDP增长…" read as chrome).
  const lines = stamps.lines.flatMap(splitGluedLeadIn).map((line) => {
    const jammer = stripJammer(line);
    cutSpans('jammer', 'forum anti-copy jammer text', jammer.cut);
    return jammer.line;
  });
  const title = file.data.candidates.title;
  const { chrome, bodyStart } = chromeLines(lines, { ...(title ? { title } : {}), html: file.data.format === 'html' });
  const setAside = (line: string) => file.data.front.push(line.trim());
  lines.forEach((line, i) => {
    const mark = chrome.get(i);
    if (mark === undefined) {
      let rest = line;
      const tags = stripHashtags(rest);
      cutSpans('hashtag', 'weibo topic tags', tags.cut);
      rest = tags.line;
      const fontSize = stripFontSizeSwitch(rest);
      cutSpans('page-controls', 'page controls', fontSize.cut);
      rest = fontSize.line;
      const bar = stripTrailingCellBar(rest);
      cutSpans('trailing-cell-bar', 'table cell bar after the last sentence', bar.cut);
      rest = bar.line;
      const pageCount = stripPageCount(rest);
      cutSpans('page-count', "a paging widget's count after the last sentence", pageCount.cut);
      rest = pageCount.line;
      const contacts = stripTrailingContacts(rest);
      cutSpans('contact-run', "a site's contact record after the last sentence", contacts.cut);
      rest = contacts.line;
      const credit = trailingCredit(rest);
      if (credit) {
        cutSpans('trailing-credit', 'credit after the last sentence', [credit.credit]);
        setAside(credit.credit);
        rest = credit.line;
      }
      const glued = trailingPositionedCaption(rest);
      if (glued) {
        cutSpans('photo-credit', 'photo caption after the last sentence', [glued.caption]);
        rest = glued.line;
      }
      if (i < bodyStart) {
        const controls = stripEdgeControls(rest);
        cutSpans('page-controls', 'page controls', controls.cut);
        rest = controls.line;
        // The title under its label: the title stays for the structure stage, the label goes.
        const label = rest.match(TITLE_LABEL);
        if (label && rest.trim() !== label[0].trim()) {
          cutSpans('title-label', 'the label before the title', [label[0].trim()]);
          rest = rest.slice(label[0].length);
        }
        const extension = rest.trimEnd().match(FILE_EXTENSION);
        if (extension && rest.trim() !== extension[0]) {
          cutSpans('file-extension', 'file name extension', [extension[0]]);
          rest = rest.trimEnd().slice(0, -extension[0].length);
        }
      }
      const hidden = stripHiddenText(rest);
      cutSpans('hidden-text', "an essay site's notice of the text it hides", hidden.cut);
      rest = hidden.line;
      const jammer = stripJammer(rest);
      cutSpans('jammer', 'forum anti-copy jammer text', jammer.cut);
      rest = jammer.line;
      // The mark before an interview's question is layout, not the label's.
      if (isMarkedTurn(rest)) {
        const mark = TURN_MARK.exec(rest.trim())![0];
        cutSpans('turn-mark', 'a mark before a turn', [mark.trim()]);
        rest = rest.trim().slice(mark.length);
      }
      kept.push(rest);
      return;
    }
    // An unrendered label's value is read as a labelled line's would be: 2022-09-15 after {{ $t('FEZ003') }}.
    collectCandidates(mark.rule === 'template-placeholder' ? withoutPlaceholders(line) : line, file.data.candidates);
    // A byline names the authors and the newsroom: the source stage reads it among the front lines.
    // So do a field table's rows, whose labels no vocabulary may know (成文日期, 文件编号), and a release form's (發布機關:臺北市政府…).
    if (mark.rule === 'byline' || mark.rule === 'credit-parts' || mark.rule === 'author-affiliation' || mark.rule === FIELD_TABLE.rule || mark.rule === RELEASE_FORM.rule) setAside(line);
    const name =
      mark.rule === BANNER.rule || mark.rule === 'site-banner'
        ? line.trim()
        : mark.rule === 'site-menu'
          ? menuSiteName(line) || undefined
          : mark.rule === 'breadcrumb'
            ? crumbSiteName(line)
            : copyrightName(line);
    addSiteNames(file, [...(name ? [name] : []), ...webmasterNames(line, text)]);
    remove(mark.rule, mark.reason, line.trim());
  });

  const ellipsis = stripCutEllipsis(kept);
  cutSpans('cut-ellipsis', 'the dots where the site cut the text short', ellipsis.cut);
  kept.splice(0, kept.length, ...ellipsis.lines);
  const teasers = closeDanglingTeasers(kept);
  cutSpans('link-teaser', 'prompt to a link the page lost', teasers.cut);
  kept.splice(0, kept.length, ...teasers.lines);
  {
    // Without the site's chrome to tell, only page numbers that each break a sentence are taken (docsite.ts).
    const pages = removePageMarkers(kept.join('\n'), isDocumentSite(cut));
    cutSpans('page-marker', 'document site page number', pages.cut);
    kept.splice(0, kept.length, ...pages.text.split('\n'));
  }

  const glued = splitGluedHeadline(kept);
  if (glued) {
    kept.splice(0, kept.length, ...glued.lines);
    file.info(`headline glued before the first sentence set on a line of its own: ${glued.headline}`, { ruleId: 'glued-headline', source: STAGE });
  } else {
    // A dateline or credit in 【】 (title-vocabulary.ts DATELINE_ENDS) stays at the head of the lede.
    const credit = ledeBracketCredit(kept);
    if (credit) file.info(`newsroom's bracketed credit kept at the head of the first sentence: ${credit}`, { ruleId: 'lede-bracket-credit', source: STAGE });
  }

  // A credit printed before the lede on its line (常德日报记者 李张念 … 文/图  3月3日，…) goes to the front lines.
  const lede = kept.findIndex((line) => isProse(line));
  const lead = lede === -1 ? undefined : leadingCredit(kept[lede]!);
  if (lead) {
    remove('leading-credit', 'credit before the lede', lead.credit);
    setAside(lead.credit);
    kept[lede] = lead.line;
  }

  const head = kept.findIndex((line) => !isBlank(line));
  const prefix = head === -1 ? undefined : sitePrefix(kept[head], file.data.candidates.siteNames ?? []);
  if (prefix) {
    kept[head] = kept[head].slice(prefix.prefix.length);
    addSiteNames(file, [prefix.name]);
    remove('site-name-prefix', 'site-name prefix', prefix.prefix.trim());
  }

  while (kept.length > 0 && isBlank(kept[0])) kept.shift();
  while (kept.length > 0 && isBlank(kept[kept.length - 1])) kept.pop();
  const counts = new Map<string, number>();
  for (const span of cut) counts.set(span.rule!, (counts.get(span.rule!) ?? 0) + 1);
  for (const [rule, n] of counts) file.info(`removed ${n} chrome span(s) by rule ${rule}`, { ruleId: rule, source: STAGE });
  file.value = kept.join('\n');
}
