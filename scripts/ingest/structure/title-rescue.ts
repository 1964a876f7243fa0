// A headline the chrome stage took out. A chrome rule reads one line at a
// time — a menu item, a field-table row (栏目：标题), a short line the line
// model scores as chrome — and a page's headline can look like any of them.
// Where it stood tells it apart: right above the first line of the text, with
// nothing between but the page's info lines (发布时间：…, 来源：…) and other
// furniture, and not itself under an info line (a picture's caption is). Judged by position on the page as it read before the chrome
// stage, never by the wording of one site.
// Hand-written: a page-layout convention no library models.
import { widenPunctuation } from '../lib/punctuation.ts';
import { isCaptionMarked, isTitleLike } from './lines.ts';
import { isStampLine } from './title-position.ts';
import { metaKind } from './head.ts';
import { bare } from './title-agreement.ts';
import { TITLE_FIELD, cleanTitle, closeUp, refusal } from './title-clean.ts';
import { BARE_GENRE, ISSUER_NAME, chooseTitle, overlap, type TitleBlock, type TitleChoice } from './title.ts';
import { LIST_COLUMN } from '../stages/chrome/rules.ts';
import { isPictureLabel } from '../stages/chrome/credits.ts';
import { isLabelLine } from '../stages/chrome/labels.ts';

/** The wording of a photo's label that is never a headline's: the scene, or who spoke. */
const SCENE_OR_SPEAKER = /^[\p{Script=Han}]{2,14}(?:现场|会场|合影留念|合影|讲话|致辞|发言)$/u;
const sceneOrSpeaker = (line: string) => SCENE_OR_SPEAKER.test(line.trim()) && isPictureLabel(line);

/** The id the walk reports when it passed over an info line of labels only (浏览次数:, 发布时间:). */
export const EMPTY_INFO_FIELD = 'empty-info-field';

/** A line of the page's info block: its stamp, a labelled field, or labels with their values left empty. */
const infoLine = (line: string) => isStampLine(line) || refusal(line) === 'an info line' || metaKind(line) !== undefined || isLabelLine(line);

/** How many lines of furniture may stand between the headline and the text. */
const REACH = 4;
/** How many lines of the text a headline's words are looked for in. */
const TEXT_LINES = 10;
/** How much of a headline's wording the text repeats, at the least. */
const SHARED = 0.2;
/** Items of a menu between a site's banner and the text. */
const MENU_ITEMS = 3;
/** The longest line read as a menu's item. */
const MENU_ITEM_MAX = 8;
/** How much of the first line of text is enough to find it on the page. */
const PROBE = 12;

/** Where the text that opens with `text` began among the page's lines (a short heading, a hard-wrapped paragraph). */
function lineOf(pageLines: readonly string[], text: string): number {
  const probe = bare(text).slice(0, PROBE);
  if (probe.length < 4) return -1;
  const bares = pageLines.map(bare);
  return bares.findIndex((b, j) => {
    if (b.length === 0) return false;
    let run = b;
    for (let k = j + 1; run.length < probe.length && k < bares.length; k++) run += bares[k];
    return run.startsWith(probe);
  });
}

/**
 * The headline a chrome rule took out from right above the text: walking up
 * from the line that opens the text (`firstText`) over info lines and other
 * furniture, the first line that is neither, when the chrome stage removed it
 * (`chromeLines`) and it reads as a title. Undefined when that line is still
 * in the text (the title stage has seen it) or is no title.
 */
export function removedHeadline(pageLines: readonly string[], chromeLines: readonly string[], firstText: string, passed: string[] = []): string | undefined {
  const at = lineOf(pageLines, firstText);
  if (at <= 0) return undefined;
  const removed = new Set(chromeLines.map((line) => bare(line)));
  for (let k = at - 1; k >= Math.max(0, at - 1 - REACH); k--) {
    const line = widenPunctuation(pageLines[k]!);
    // A genre word printed alone as the title (倡 议 书 over 广大市民朋友们：) reads as a run of menu words; right above the text it is the title.
    if (k === at - 1 && BARE_GENRE.test(closeUp(line.trim())) && removed.has(bare(pageLines[k]!))) return line.trim();
    // A picture's label the chrome stage read as one and that names no occasion (会议现场, 胡海平讲话 over a dateline lede on
    // yyxnews.com) is passed over as a caption is: a page whose stored text kept its photos' labels but no headline has none to
    // put back. A label telling what an official did (县长乔云调研全县教育工作) is a headline's wording too, and is not passed over.
    // An info line of labels only, their values left empty (浏览次数: under 发布日期: 2022-02-08 12:21 on whwoqian.com,
    // unseen22 c22-whwoqian; 字号: closing 编辑/来源/发布时间 on zgcqxs.net, fixture titles-s30), is the info block's
    // furniture as a filled one is: the walk goes on over it to the headline above the block (rule empty-info-field).
    // A breadcrumb whose last step names the piece, where the page prints no heading of its own (畜牧家禽网首页 > 资讯中心 >
    // 行业动态 > 广东徐闻县畜牧局部署秋季动物疫病防控工作 over the info line, hngza.cn): the step is the headline, when the text
    // restates it (withRemovedHeadline asks more of it than of a line: BREADCRUMB_SHARED). Rule breadcrumb-last-step.
    const step = lastStep(line);
    if (step !== undefined) {
      passed.push(BREADCRUMB_STEP);
      return step;
    }
    if (refusal(line) || metaKind(line) !== undefined || isCaptionMarked(line) || sceneOrSpeaker(line)) continue;
    // Only inside an info block: a label under a toolbar word (分享更多 / 字体:) opens none, and the walk stops there as before.
    if (isLabelLine(line) && k > 0 && infoLine(widenPunctuation(pageLines[k - 1]!))) {
      passed.push(EMPTY_INFO_FIELD);
      continue;
    }
    if (!removed.has(bare(pageLines[k]!))) return undefined;
    // A list column's label (医院新闻 over 发布时间：… on zdav.cn) stands where the item's own headline was not kept: no headline.
    if (LIST_COLUMN.test(line.trim())) return undefined;
    const glued = gluedHeading(line);
    if (glued !== undefined) return glued;
    // A headline stands over its info line; a line under it (大会现场) is a picture's caption.
    const above = k > 0 ? widenPunctuation(pageLines[k - 1]!) : undefined;
    // An info line of empty labels counts as one here too, or the walk that passed it would take the caption under it.
    // Unless the page printed the same line over its info block too: a headline printed twice, over the info lines and again
    // as the article's own heading under them (华安县委副书记…看望慰问一线新闻工作者 / 时间：… / 作者：… / 来源：… / the same
    // line, hkxiaopan.com, unseen32 c32-hkxiaopan), which no caption is (rule headline-twice-over-info).
    if (above !== undefined && infoLine(above)) {
      if (!printedOverInfo(pageLines, k)) return undefined;
      passed.push(HEADLINE_TWICE);
    }
    // A heading of two or three characters reads as a title only right above the page's info line (两会 on jksb.com.cn).
    const short = /^[\p{Script=Han}]{2,3}$/u.test(line.trim()) && pageLines[k + 1] !== undefined && isStampLine(pageLines[k + 1]!);
    return isTitleLike(line) || short ? line : undefined;
  }
  return undefined;
}

/** The id the walk reports when it took a headline printed again under the info block it also stands over. */
export const HEADLINE_TWICE = 'headline-twice-over-info';
/** How many info lines a headline printed twice may stand over. */
const INFO_BLOCK_MAX = 6;

/**
 * Whether the line at `k`, right under an info line, is printed again right over the info block it closes: up from `k`
 * over info lines only (at least one, at most INFO_BLOCK_MAX) and blank lines, the first other line is the same line.
 */
function printedOverInfo(pageLines: readonly string[], k: number): boolean {
  const own = bare(pageLines[k]!);
  if (own.length < 6) return false;
  let infos = 0;
  for (let j = k - 1; j >= 0; j--) {
    const line = widenPunctuation(pageLines[j]!);
    if (line.trim() === '') continue;
    if (infoLine(line)) {
      if (++infos > INFO_BLOCK_MAX) return false;
      continue;
    }
    return infos > 0 && bare(pageLines[j]!) === own;
  }
  return false;
}

/** A breadcrumb's path from the site's home page: 首页>院长寄语, 首页 > 关于我们 > 董事长致辞. */
const HOME_PATH = /(?:网站首页|首页|主页)\s*(?:>>|[>»›])\s*(.+)$/u;

/** The id the walk reports when it took a breadcrumb's last step for the headline. */
export const BREADCRUMB_STEP = 'breadcrumb-last-step';
/** How much of a breadcrumb step's wording the text must repeat: a column's name shares a word or two by chance. */
const BREADCRUMB_SHARED = 0.5;
/** The shortest last step read as a piece's name (Han characters and digits): columns are short (行业动态, 通知公告). */
const STEP_MIN = 8;

/**
 * The last step of a breadcrumb from the site's home page through two columns or more (首页 > 资讯中心 > 行业动态 > …),
 * when it reads as a piece's name: long, not a list column's label, no furniture. A breadcrumb with the heading glued
 * before it is gluedHeading's. Undefined otherwise.
 */
export function lastStep(line: string): string | undefined {
  const text = line.trim();
  const m = HOME_PATH.exec(text);
  if (!m || gluedHeading(text) !== undefined) return undefined;
  const steps = m[1]!.split(/\s*(?:>>|[>»›])\s*/u).map((p) => p.trim()).filter(Boolean);
  const last = steps.at(-1);
  if (steps.length < 3 || last === undefined) return undefined;
  if ((last.match(/[\p{Script=Han}\d]/gu)?.length ?? 0) < STEP_MIN || LIST_COLUMN.test(last) || !isTitleLike(last) || refusal(last)) return undefined;
  return last;
}

/**
 * The page's heading glued before its breadcrumb when the breadcrumb ends in
 * it (院长寄语首页>院长寄语 on myxrmyy.com, unseen8 a8-myxrmyy): the page names
 * itself twice, as the heading and as the path's last step — the same reading
 * as a heading over a breadcrumb ending in it on lines of their own
 * (校長經營校務理念 / 首頁 > … > 校長經營校務理念, hdps.tp.edu.tw). A
 * single page's column (寄语, 致辞, 简介) holds one document, so its name is
 * that document's title; the text need not repeat it. Undefined otherwise.
 */
export function gluedHeading(line: string): string | undefined {
  const text = line.trim();
  const m = HOME_PATH.exec(text);
  if (!m || m.index === 0) return undefined;
  const heading = text.slice(0, m.index).trim();
  const last = m[1]!.split(/\s*(?:>>|[>»›])\s*/u).filter(Boolean).at(-1) ?? '';
  return heading.length >= 2 && bare(heading) === bare(last) && !LIST_COLUMN.test(heading) ? heading : undefined;
}

/**
 * The title field of an open-government page's field table, as its row reads
 * (文件名称 | 汉滨区2025年政府工作报告 |, 文件名称:关于…的公告, 标 题: | 盘政发〔2010〕22号 盘锦市…的决定 |),
 * the 文号 printed before the title taken off.
 */
const FIELD_TITLE = new RegExp(`${TITLE_FIELD.source}(?:[\\p{Script=Han}]{1,10}[〔［\\[][0-9]{4}[〕］\\]][0-9]{1,4}号\\s*)?(.+?)[\\s|｜]*$`, 'u');
/** How far down the page before chrome the field table stands. */
const FIELD_REACH = 30;

/** The title the page's field table gives its file, when it reads as a title. */
export function fieldTitle(pageLines: readonly string[]): string | undefined {
  for (const line of pageLines.slice(0, FIELD_REACH)) {
    const value = FIELD_TITLE.exec(closeUp(widenPunctuation(line.trim())))?.[1];
    if (value !== undefined && isTitleLike(value) && !refusal(value)) return value;
  }
  return undefined;
}

/** What the title stage reads beside the lines: as chooseTitle's context, with the page before chrome. */
export interface RescueContext {
  siteNames?: readonly string[];
  headline?: string;
  /** The chrome stage's removed lines. */
  pageLines?: readonly string[];
  /** The page's lines before the chrome stage. */
  before: readonly string[];
}

/**
 * The title choice with a headline a chrome rule took out put back where it
 * stood (into `lines`, which this changes), when no title line stands above
 * the text: the headline is one more line for the chooser. A chosen line
 * stays: a chrome rule that took a line between it and the text took a
 * byline, a date or a kicker far more often than the headline.
 */
export function withRemovedHeadline(lines: string[], start: number, choice: TitleChoice | undefined, context: RescueContext): TitleChoice | undefined {
  if (choice) return underMenu(lines, choice, context) ?? genreUnderIssuer(lines, start, choice, context) ?? choice;
  const text = lines.findIndex((line, k) => k >= start && !refusal(line) && metaKind(line) === undefined);
  if (text < 0) return undefined;
  const passed: string[] = [];
  const headline = removedHeadline(context.before, context.pageLines ?? [], lines.slice(text, text + 3).join(''), passed);
  if (headline === undefined) return fromField(lines, start, text, context);
  // The page's own name confirmed by its breadcrumb: the text need not repeat it (院长寄语 over 尊敬的社会各界朋友：).
  const named = context.before.some((line) => gluedHeading(widenPunctuation(line)) === headline);
  // A headline names what the text is about in its words; a toolbar the chrome stage rightly took (打印本页 关闭窗口) does not.
  const shared = passed.includes(BREADCRUMB_STEP) ? BREADCRUMB_SHARED : SHARED;
  if (!named && overlap(headline, lines.slice(text, text + TEXT_LINES).join('')) < shared) return undefined;
  lines.splice(text, 0, headline);
  if (named) {
    const clean = cleanTitle(headline, context.siteNames);
    const block: TitleBlock = { at: text, found: { title: clean.title, lines: 1 }, clean };
    return { block, blocks: [block], textAt: text + 1, rescued: passed };
  }
  const chosen = chooseTitle(lines, start, context);
  // Not read as a title after all: the line stays out, as the chrome stage left it.
  if (chosen === undefined || chosen.block.at !== text) lines.splice(text, 1);
  return chosen?.block.at === text ? { ...chosen, rescued: passed } : undefined;
}

/**
 * Where the text prints no title line (a speech's day, occasion and speaker
 * lines stand at its head), the title of the page's field table, when the
 * text repeats its words: a title that stands on no line of the text. It
 * takes the place above the first line that may be text (`text`), so that
 * what can never be text or title above it (a page's reading-time line)
 * is the page's furniture.
 */
function fromField(lines: string[], start: number, text: number, context: RescueContext): TitleChoice | undefined {
  const value = fieldTitle(context.before);
  if (value === undefined || overlap(value, lines.slice(start, start + TEXT_LINES).join('')) < SHARED) return undefined;
  const clean = cleanTitle(value, context.siteNames);
  const at = lines.slice(start, text).every((line) => metaKind(line) === undefined) ? text : start;
  const block: TitleBlock = { at, found: { title: clean.title, lines: 0 }, clean };
  return { block, blocks: [block], textAt: at };
}

/**
 * A headline a chrome rule took from right above the text, when the line
 * chosen is a site's banner over its menu (行政长官香港特别行政区 / 主页 / 简历 /
 * 政纲 / … / 新年祝愿 / 今日是…): items of a menu stand between the chosen line
 * and the text, and the text repeats more of the headline's words than of the line's.
 */
function underMenu(lines: string[], choice: TitleChoice, context: RescueContext): TitleChoice | undefined {
  const items = choice.blocks.filter((b) => b.at > choice.block.at && bare(b.clean.title).length <= MENU_ITEM_MAX);
  if (items.length < MENU_ITEMS) return undefined;
  const text = choice.textAt;
  const passed: string[] = [];
  const headline = removedHeadline(context.before, context.pageLines ?? [], lines.slice(text, text + 3).join(''), passed);
  const words = lines.slice(text, text + TEXT_LINES).join('');
  const shared = passed.includes(BREADCRUMB_STEP) ? BREADCRUMB_SHARED : SHARED;
  if (headline === undefined || overlap(headline, words) < shared || overlap(headline, words) <= overlap(choice.block.clean.title, words)) return undefined;
  const clean = cleanTitle(headline, context.siteNames);
  lines.splice(text, 0, headline);
  const block: TitleBlock = { at: text, found: { title: clean.title, lines: 1 }, clean };
  return { block, blocks: [...choice.blocks, block], textAt: text + 1 };
}

/**
 * The genre word a chrome rule took from under the issuer's name chosen as the title (石门县…的 /
 * 肺炎疫情防控指挥部 / 通 告 / （…第1号） / text): GB/T 9704's 发文机关 + 文种 title, whose second half,
 * alone on its line, reads to the chrome stage as a menu word. Put back where it stood, the chooser
 * joins it to the issuer; undefined when the page printed no genre word there.
 */
function genreUnderIssuer(lines: string[], start: number, choice: TitleChoice, context: RescueContext): TitleChoice | undefined {
  const { block } = choice;
  if (!ISSUER_NAME.test(block.clean.title) || block.found.lines < 1) return undefined;
  const end = block.at + block.found.lines;
  const last = bare(lines[end - 1] ?? '');
  const before = context.before.map((line) => line.trim()).filter(Boolean);
  const k = before.findIndex((line) => bare(line) === last);
  const next = k < 0 ? undefined : before[k + 1];
  if (next === undefined || !BARE_GENRE.test(closeUp(next)) || !(context.pageLines ?? []).some((line) => bare(line) === bare(next))) return undefined;
  lines.splice(end, 0, next);
  const chosen = chooseTitle(lines, start, context);
  if (chosen !== undefined && chosen.block.at === block.at && chosen.block.found.lines === block.found.lines + 1) return chosen;
  lines.splice(end, 1);
  return undefined;
}
