// The document title: a title line (possibly split over two or three lines, or
// followed by a ——subtitle), a headline glued to the news lede, or — when the
// document states none — a short title derived from its first sentence.
//
// A scraped page often prints other short lines before its text: menus and
// banners, the site's own headline for the page, the title again, a kicker
// and a subtitle. chooseTitle reads every title-like line before the first
// sentence and takes the document's own title among them.
import { endsInGenreWord } from '../extract/genre.ts';
import { CONNECTIVE_END, CONNECTIVE_START, SENTENCE_END, damagedJunction, isBylineLine, isNoticeTitle, isPersonName, isSalutation, isTitleLike, ledeStart, parseNameLine } from './lines.ts';
import { OCCASION_END, OCCASION_REFUSAL, cleanTitle, closeUp, isIssuerLine, refusal, SHARE_WIDGET_CUT, titleSeparated, type CleanTitle } from './title-clean.ts';
import { DATED_DATELINES, DATELINES, alternatives } from '../extract/date-vocabulary.ts';
import { metaKind } from './head.ts';
import { BARE_GENRES, SALUTATION_WORDS, SITE_NOTICE_HEADS, STORY_OPENINGS } from './title-vocabulary.ts';
import { agree, bare, framed, gluedNames, pieces } from './title-agreement.ts';
import { aboveInfoLine, isStampLine } from './title-position.ts';
import { openingAfterTitle } from './title-glued.ts';
import { labelOverHeadline } from './title-column.ts';
import { seriesForm, seriesSibling } from './title-series.ts';
import { creditPartNames } from '../stages/chrome/credits.ts';
import { particlesDropped } from './title-particles.ts';
import { segmenter } from '../lib/jieba.ts';
import { ISSUER_NAME, headingUnderHeadline, unbanded } from './title-heading-block.ts';
import { salutationLine } from './title-salutation.ts';

export interface FoundTitle {
  title: string;
  /** Lines the title used up. */
  lines: number;
  /** The rest of the last line when the title was glued to the first sentence. */
  rest?: string;
  /** The boundary between the glued title and the lede was lost to damage and guessed. */
  damaged?: boolean;
}

const SUBTITLE = /^(?:——|――|—|－－|--)\s*/;
/** A newsroom's dateline, alone or after the site's name (梧州零距离网-梧州日报讯（记者 梁萍）): what opens a story, never its headline. */
// A dated one and its reporters' credit after it (海口网1月10日消息（通讯员王聘钊 记者黄晖）, yinhu3.com) are a dateline as well.
const DATELINE_ONLY = new RegExp(`(?:^|[-_|｜\\s])(?:(?:${alternatives(DATED_DATELINES)})\\s*(?:${alternatives(DATELINES)})?|(?:${alternatives(DATELINES)}))$`, 'u');
/**
 * A newsroom's dateline of whatever name, its writers credited in brackets after it: 中视小记者讯（文：詹亚军 段永红 图：陈春宇）
 * (fzbdw.org.cn, unseen13), 本报聊城3月2日讯（记者 刘铭 刘云菲） (unseen4), 云上通山报道：（通讯员 韩眸果） (tongshan1.cn, sample
 * ledetitle-s17 13). A credit names who wrote the story, so the line opens the story and is never its headline, whether or
 * not the outlet's name is one the dateline vocabulary knows.
 */
const CREDITED_DATELINE = /^[\p{Script=Han}A-Za-z·0-9]{1,24}(?:讯|报道|消息|电)\s*[:：]?\s*[（(]([^（）()]{2,50})[）)]$/u;
export const creditedDateline = (head: string): boolean => {
  const m = CREDITED_DATELINE.exec(head.trim());
  return m !== null && creditPartNames(m[1]!) !== undefined;
};
/**
 * A newsroom's dated dateline at the head of a line: the outlet (…社, …网, …报, …台, …融媒), the day, and 讯, 电 or
 * 消息, the place on either side of the day (海南日报海口2月13日讯, unseen11 a11-monavievo; 中新社上海十一月二十九日电,
 * unseen7 a7-17338; 台湾网11月15日北京讯, unseen16 d16-matricorp, and the same outlet's 台灣網12月16日北京訊 on
 * big5.taiwan.cn's press-conference records). A headline never opens with one: what follows is the story's
 * first sentence, whatever lede word a rule finds further on.
 */
const DATED_OPENING = new RegExp(
  `^(?:(?:${alternatives(DATED_DATELINES)})|(?:据)?[\\p{Script=Han}]{1,10}?(?:社|网|报|台|融媒体?(?:中心)?)[ \\u3000]?[\\p{Script=Han}]{0,8}?\\s*[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日\\s*[\\p{Script=Han}]{0,6}?(?:讯|电|消息))`,
  'u',
);
export const opensWithDateline = (line: string): boolean => DATED_OPENING.test(line.trim());
const SPEECH_WORDS = /讲话|致辞|发言|报告|演讲|主持词|讲稿|党课/;
/** Words that open a title whose genre word closes it: 在…上的讲话, 关于…的通知, 就…答记者问. */
const OPENER = /^(?:[^，。]{0,24}?)(?:(?<![存现正实所])在(?!于)|关于|(?<=等|人|长|员)就)/u;

/** Whether `next` continues the title built so far rather than starting something new. */
function continues(title: string, next: string): boolean {
  if (parseNameLine(next)) return false;
  // The title's second half printed again under it (…：出国前后关注点大不同 / 出国前后关注点大不同) is a heading, not more title.
  if (next.length >= 4 && title.endsWith(next)) return false;
  if (CONNECTIVE_END.test(title) || CONNECTIVE_START.test(next)) return true;
  // 在全区…座谈会暨 / 基层组织建设工作会议上的总结讲话: neither half is a title alone.
  if (/^在/.test(title) && !SPEECH_WORDS.test(title) && SPEECH_WORDS.test(next)) return true;
  // 湖南省人民政府办公厅关于加强普通高等学校 / 毕业生就业工作的通知: a title cut by a hard wrap.
  return OPENER.test(title) && !endsInGenreWord(title) && endsInGenreWord(next) && !OPENER.test(next);
}

/**
 * A notice title hard-wrapped over three lines, the middle one neither opening
 * nor closing it: 凌海市人民政府办公室关于印发凌海市推进 / 县域义务教育优质均衡发展督导评估 / 规划实施细则的通知.
 */
function wrappedThrough(title: string, middle: string, last: string): boolean {
  return (
    OPENER.test(title) &&
    !endsInGenreWord(title) &&
    isTitleLike(middle) &&
    isTitleLike(last) &&
    !/[，。：:]/u.test(middle) &&
    !OPENER.test(middle) &&
    !endsInGenreWord(middle) &&
    !parseNameLine(middle) &&
    endsInGenreWord(last) &&
    !OPENER.test(last) &&
    (title + middle + last).length <= 80
  );
}

/** The longest tail of an occasion subtitle that a hard wrap pushes onto the next line (上的讲话, 典礼上的致辞). */
const WRAPPED_TAIL_MAX = 8;

/**
 * A speech's ——subtitle naming its occasion, hard-wrapped before its genre word (当好一名大学生 / --中国科学技术大学
 * 侯建国校长在2013级本科新生开学典礼 / 上的讲话, 004km.cn, unseen21 a21-004km): the short line that completes it with
 * the genre word is the subtitle's end, not a line of its own.
 */
export function subtitleWrapped(title: string, next: string): boolean {
  const parts = title.split('——');
  if (parts.length < 2) return false;
  const sub = parts.at(-1)!;
  const tail = next.trim();
  return /在/u.test(sub) && !endsInGenreWord(sub) && [...tail].length <= WRAPPED_TAIL_MAX && /^[\p{Script=Han}]+$/u.test(tail) && endsInGenreWord(sub + tail) && !parseNameLine(tail);
}

/**
 * The occasion subtitle of a speech's double title (双标题: a main title saying what the speech holds, over ——在…会议上的讲话
 * or ——某某在…上的讲话 naming where it was given): the speech genre word closing it and 在 naming the occasion. A report
 * given at a meeting (——在…全体（扩大）会议上的报告) is one of them, though 报告 alone names no genre.
 */
export const occasionSubtitle = (sub: string) => /在[^，。；]{2,}/u.test(sub) && SPEECH_WORDS.test(sub.slice(-6)) && (endsInGenreWord(sub) || /上的?(?:工作)?报告$/u.test(sub));

/** The longest second line of a headline that goes on (赴黔东南州黔南州视察检察工作). */
const GOES_ON_MAX = 20;

/**
 * A news headline printed over two lines, the second a predicate with no subject of its own, whose verb the
 * first line's subject governs (省检察院邀请部分省人大代表省政协委员 / 赴黔东南州黔南州视察检察工作, unseen17 gzszx;
 * 刚察县召开政府全体会议 / 安排部署年度重点工作, unseen21 gangcha), the lede right under both. Read by jieba's tags:
 * the second line opens with a verb; a kicker over a headline is the other way round (加强招生管理 规范招生行为 /
 * 我市召开…座谈会: the second line has its own subject), and a document title (在…上的讲话, 关于…的通知) is left to
 * the rules above.
 */
export function headlineGoesOn(title: string, next: string, below: readonly string[]): boolean {
  const after = below[0];
  if (after === undefined || !(startsText(after) || !isTitleLike(after))) return false;
  if (next.length < 4 || next.length > GOES_ON_MAX || !/^[\p{Script=Han}“”‘’]+$/u.test(next)) return false;
  if (title.length > 30 || /[，,：:！？!?。；、“”《》（）()\s]/u.test(title) || OPENER.test(title) || endsInGenreWord(title) || endsInGenreWord(next)) return false;
  if (parseNameLine(title) || parseNameLine(next) || isSalutation(next)) return false;
  const head = segmenter().tag(title, false);
  const tail = segmenter().tag(next, false);
  // The first line a clause (a subject and its verb), not a noun phrase; the second a predicate: its first word a verb.
  if (!(head.length >= 2 && head[0]!.tag !== 'v' && head.some((t) => t.tag === 'v') && tail[0]?.tag === 'v')) return false;
  // What the second line says the story tells (视察检察工作, 年度…重点工作): a page's menu item under the headline
  // (登录个人中心, unseen15 qingdao) names nothing the text speaks of.
  return overlap(next, below.slice(0, GOES_ON_TEXT).join('')) >= GOES_ON_SHARED;
}

/** How many lines of the text below are read for the second line's words, and what share of its bigrams they hold. */
const GOES_ON_TEXT = 30;
const GOES_ON_SHARED = 0.4;

export function findTitle(lines: string[], at: number): FoundTitle | undefined {
  const first = lines[at];
  if (first === undefined) return undefined;
  if (isTitleLike(first) && at + 1 < lines.length) {
    let title = first;
    let used = 1;
    while (used < 3 && at + used < lines.length - 1) {
      const next = lines[at + used];
      if (SUBTITLE.test(next) && isTitleLike(next.replace(SUBTITLE, ''))) title += '——' + next.replace(SUBTITLE, '');
      else if (subtitleWrapped(title, next)) title += next.trim();
      else if (isTitleLike(next) && continues(title, next)) title += next;
      else if (used === 1 && headlineGoesOn(title, next, lines.slice(at + 2))) title += next;
      else if (used === 1 && at + 2 < lines.length - 1 && wrappedThrough(title, next, lines[at + 2]!)) {
        title += next + lines[at + 2]!;
        used += 2;
        break;
      } else break;
      used++;
    }
    return { title, lines: used };
  }
  // The first of the lede's own markers and a salutation or addressee line glued after the title.
  const starts = [ledeStart(first), openingAfterTitle(first)].filter((n): n is number => n !== undefined);
  const start = starts.length > 0 ? Math.min(...starts) : undefined;
  const damaged = start === undefined ? damagedJunction(first) : undefined;
  const cut = start ?? damaged;
  if (cut !== undefined) {
    // A sentence before the lede's marker (为切实抓好…的春节。2月9日，…) is the text's first sentence: a headline holds no 。 or ；.
    if (/[。；]/u.test(first.slice(0, cut))) return undefined;
    // A lede's day after a conjunction (…的发展，7月3日和7月4日，…) stands inside the first sentence: no headline ends in 和, 与 or 的.
    if (/[和及与的、]\s*$/u.test(first.slice(0, cut))) return undefined;
    // So does a lede's day after a clause and its comma (为确保…通过省考核组考核，2月7日，镇党委书记…): a headline ends without one.
    if (/[，,]\s*$/u.test(first.slice(0, cut))) return undefined;
    const title = first.slice(0, cut).replace(/[。！？，\s]+$/, '');
    // A newsroom's dateline before the first sentence (本网讯（全媒体记者组）2月7日，…) opens a story that prints no headline.
    if (DATELINE_ONLY.test(title) || creditedDateline(title)) return undefined;
    // Nor is what a dated dateline opens (台湾网11月15日北京讯 国台办今天举行新闻发布会，…记者提问：蔡英文|日前…): it is the lede, kept whole.
    if (opensWithDateline(title)) return undefined;
    const rest = first.slice(cut).replace(/^[，。\s]+/, '');
    if (damaged === undefined) return { title, lines: 1, rest };
    // The damaged run swallowed the end of the title and the start of the lede:
    // the mark stays on both sides, so the body shows its loss too.
    return { title, lines: 1, rest: `□${rest}`, damaged: true };
  }
  return undefined;
}

/** The longest line read as a site's slogan when it shares no word with the text. */
const SLOGAN_MAX = 12;
/** A download site's notice to its users: its heading, then numbered points (1. 部分包含数学公式…). */
const NOTICE_HEAD = new RegExp(`^(?:${alternatives(SITE_NOTICE_HEADS)})\\s*[:：!！]?$`, 'u');
const NOTICE_POINT = /^\d{1,2}\s*[.、．]\s*\S/u;
/** A headline that ends in ！ or ？ and holds no sentence end before: a title by shape only when the page's head names it. */
const exclaimed = (line: string) => /[！？!?]$/u.test(line) && !/[。；]/u.test(line) && [...line].length <= 60;
/** A list item's bullet opening the line: a mark, or a hyphen before a space (- 376名代表联名提议案… on gxkgg.com). */
const LIST_ITEM = /^\s*(?:[•●▪►▶]|-(?=\s))\s*\S/u;
/** How many bulleted lines in a row stand with the line at `i` (it included; 0 when it has no bullet). */
function listRun(lines: string[], i: number): number {
  if (!LIST_ITEM.test(lines[i]!)) return 0;
  let from = i;
  let to = i;
  while (from > 0 && LIST_ITEM.test(lines[from - 1]!)) from--;
  while (to + 1 < lines.length && LIST_ITEM.test(lines[to + 1]!)) to++;
  return to - from + 1;
}
/** How many lines of a teaser may stand above a headline. */
const TEASER_LINES = 2;
/** The shortest title a preview line is read as opening with. */
const PREVIEW_MIN = 8;
/** Whether `teaser` opens with `title` and runs on into more text: a page's preview of itself, over the heading. */
const previews = (teaser: string, title: string) => {
  const t = bare(title);
  return t.length >= PREVIEW_MIN && bare(teaser).length > t.length && bare(teaser).startsWith(t);
};
/** How many weak blocks read as a menu's items rather than a menu line and a heading. */
const MENU_RUN = 3;
/** How far down a page the title may stand below other short lines. */
const WINDOW = 14;

/** A speaker's greeting to the room, with or without its ！ (大家好！, 各位记者朋友，大家上午好！, 大家下午好): the speech's first words. */
const GREETING = /^(?:[^，。：:]{1,20}[，,]\s*)?大家(?:上午|下午|晚上|早上|中午)?好[！!。.]?$/u;

/** Where the text proper begins: a sentence, a salutation (closed by its colon, a comma or 大家好: title-salutation.ts), a greeting, an addressee line, a long paragraph. */
export function startsText(line: string): boolean {
  return /[。；]/u.test(line) || /[！？]$/u.test(line) || (/[！？]/u.test(line) && line.length > 60) || isSalutation(line) || salutationLine(line) !== undefined || GREETING.test(line) || /^各[^，。]{1,40}[：:]$/u.test(line) || (line.length > 80 && !isNoticeTitle(line));
}

export interface TitleBlock {
  /** Index of the block's first line. */
  at: number;
  found: FoundTitle;
  clean: CleanTitle;
  /** The id of the shape rule that made the line a headline, where one did (for the cleaning log). */
  rule?: string;
}

/** Character pairs of Han text, the unit of overlap between a title and the text. */
export function bigrams(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}\dA-Za-z]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(han.slice(i, i + 2));
  return out;
}

/** Share of the title's character pairs that the text also has. */
export function overlap(title: string, text: string | Set<string>): number {
  const a = bigrams(title);
  const b = typeof text === 'string' ? bigrams(text) : text;
  if (a.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
}

/** The same title printed again (a page's <title> line, then the heading), or a variant of it. */
export function sameTitle(a: string, b: string): boolean {
  const x = a.replace(/[\s\p{P}]/gu, '');
  const y = b.replace(/[\s\p{P}]/gu, '');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return x === y || (short.length >= 6 && short.length >= long.length * 0.6 && long.includes(short));
}

/** What a site glues to the ends of a headline it reprints: a year (2022年度), a bracketed mark (（精选文档）). */
const DECORATION_PIECE = /^(?:(?:19|20)\d{2}年度?|[（(][^（）()]{1,10}[）)])+$/u;

/** Whether `plain` is `decorated` with only decoration pieces taken off its ends. */
export function undecorated(decorated: string, plain: string): boolean {
  const at = decorated.indexOf(plain);
  if (plain.length < 6 || at < 0 || plain === decorated) return false;
  const ends = [decorated.slice(0, at), decorated.slice(at + plain.length)].filter(Boolean);
  return ends.every((piece) => DECORATION_PIECE.test(piece.trim()));
}

/** A comma after the words that open a line: they are a clause of the sentence. */
const CLAUSE_COMMA = /^\s*[，,]/u;

/** Whether the line after `i` opens with a comma, continuing the sentence the line at `i` began. */
export const clauseBroken = (lines: readonly string[], i: number): boolean => i + 1 < lines.length && CLAUSE_COMMA.test(lines[i + 1]!);

/** Page numbering of a document viewer before a line: 1、 */
const VIEWER_NUMBER = /^\d{1,3}、/u;

/**
 * The first line of the text with copies of the title glued before it cut
 * off (1、县长在…讲话范文县长在…讲话范文同志们：刚才…): the copies, and the
 * rest split after a leading salutation; undefined when the line does not
 * start with the title.
 */
export function gluedCopies(line: string, titles: string[]): { copies: string; rest: string[] } | undefined {
  const forms = [...new Set(titles.filter((t) => t.length >= 6))].sort((a, b) => b.length - a.length);
  let at = VIEWER_NUMBER.exec(line)?.[0].length ?? 0;
  let copies = 0;
  let last = 0;
  for (let form = forms.find((t) => line.startsWith(t, at)); form; form = forms.find((t) => line.startsWith(t, at))) {
    last = form.length;
    at += form.length;
    copies++;
  }
  // No sentence opens with a comma: words of the title that a comma follows are the
  // first sentence's subject (台东县第19届…就职典礼，于本月25日上午…举行，…), not a copy glued before it.
  if (copies > 0 && CLAUSE_COMMA.test(line.slice(at))) {
    at -= last;
    copies--;
  }
  if (copies === 0 || at >= line.length) return undefined;
  // A collection's item number after the copy (…致辞1各位老师、亲爱的同学们：) goes with it, where a salutation follows.
  const item = /^\s*(?:篇\s*)?[0-9一二三四五六七八九十]{1,2}(?=[^，。：:\d]{2,30}[：:])/u.exec(line.slice(at));
  if (item && salutes(/^[^：:]*[：:]/u.exec(line.slice(at + item[0].length))![0])) at += item[0].length;
  const rest = line.slice(at).trim();
  const salutation = /^[^，。：:]{2,30}[：:](?=\S)/u.exec(rest);
  const parts = salutation && isSalutation(salutation[0]) ? [salutation[0], rest.slice(salutation[0].length)] : [rest];
  return { copies: line.slice(0, at), rest: parts };
}

/**
 * A caption of who spoke: a person's name right before the genre word (厅长孙矿玲讲话, 张三致辞), or
 * before the occasion the person spoke at, with no 的 to make it a title's noun (行政长官贺一诚在庆祝国庆招待酒会上致辞,
 * not 在…招待会上的讲话; a post alone is a title's subject: 会长在中秋联谊上讲话).
 */
function namedSpeaker(line: string): boolean {
  const m = /([\p{Script=Han}]{2,4})(?:讲话|致辞|发言|作报告)$/u.exec(line);
  if (m !== null && [2, 3].some((n) => isPersonName(m[1]!.slice(-n)) && !/[的上会议]/u.test(m[1]!.slice(-n)))) return true;
  const at = /([\p{Script=Han}]{2,3})在[^，。的]{2,40}上(?:讲话|致辞|发言|作报告)$/u.exec(line);
  return at !== null && [2, 3].some((n) => at[1]!.length >= n && isPersonName(at[1]!.slice(-n)));
}

/** A photo's caption of who spoke, its photographer's name after a space: 校长邱勇讲话 石加东. */
function speakerCaption(line: string): boolean {
  const m = /^(\S{3,16})\s+([\p{Script=Han}]{2,3})$/u.exec(line.trim());
  return m !== null && namedSpeaker(m[1]!) && isPersonName(m[2]!);
}

const BREADCRUMB = 'a menu or breadcrumb';

/**
 * The block the page prints again among the lines above its text — the
 * <title> line over the heading (媒体报道-标题-机构名 / 标题), a breadcrumb
 * ending in it, the heading twice: where two copies agree, the one that is
 * the core of the other (framed by names in it) is the title. Copies
 * elsewhere on the page (a picture's alt text) are not evidence; a
 * breadcrumb the chrome stage took out is.
 */
function recurring(lines: string[], from: number, to: number, blocks: TitleBlock[], pageLines: readonly string[]): TitleBlock | undefined {
  const inBlock = (k: number, b: TitleBlock) => k >= b.at && k < b.at + b.found.lines;
  // A block compares with the others as they read whole (a wrapped copy joined), and with the lines outside blocks.
  const loose = lines.slice(from, to).filter((_, k) => !blocks.some((b) => inBlock(from + k, b)));
  const others = (b: TitleBlock) => [...blocks.filter((o) => o !== b).flatMap((o) => [lines[o.at]!, o.clean.title]), ...loose, ...pageLines];
  const agreed = blocks.filter((b) => bare(b.clean.title).length >= 6 && others(b).some((line) => agree(b.clean.title, line)));
  return agreed.find((b) => others(b).some((line) => framed(b.clean.title, line))) ?? agreed[0];
}

/** The last block, when it stands right above the text with only metadata lines (a byline, a date, a speaker's name) between them. */
function aboveText(lines: string[], textAt: number, blocks: TitleBlock[]): TitleBlock | undefined {
  const last = blocks.at(-1);
  if (!last) return undefined;
  const between = lines.slice(last.at + last.found.lines, textAt);
  return between.every((line, k) => metaKind(line, k) !== undefined) ? last : undefined;
}

/** How little of its wording the text shares for a headline to be another story's; how much a later headline's the text restates. */
const UNRELATED = 0.2;
const RESTATED = 0.8;

/**
 * The first headline, unless it tells another story: a headline whose words the text's opening hardly shares
 * (a promoted headline 今日特推：“警”动力MAX!… over 山东冠县公安局召开全县公安工作会议 on sdfzcm.com; the first
 * of a list of other stories' headlines on cyberctm.com) gives way to a later one the opening restates.
 */
function restated(strong: TitleBlock[], grams: Set<string>, lede: Set<string> = new Set()): TitleBlock | undefined {
  const first = strong[0];
  if (first === undefined) return first;
  if (grams.size > 0 && overlap(first.clean.title, grams) < UNRELATED) return strong.find((b) => b.at > first.at && overlap(b.clean.title, grams) >= RESTATED) ?? first;
  // Measured on the lede's first sentence alone: a kicker over the headline (加强招生管理 规范招生行为 / 我市召开中考招生制度改革座谈会
  // on lfxww.com, unseen8 b8-lfxww) shares words with a later paragraph of the story (…加强招生管理，规范招生行为…), while the
  // lede restates the headline right above it (我市在乡宁一中召开中考招生制度改革座谈会). Only the last block, the one the lede follows.
  const last = strong.at(-1);
  if (last !== undefined && last !== first && lede.size > 0 && overlap(first.clean.title, lede) < UNRELATED && overlap(last.clean.title, lede) >= RESTATED) return last;
  return first;
}

/** How much of a kicker's wording the story under it repeats. */
const KICKER_SHARED = 0.4;

/**
 * A headline printed on two lines, its kicker ending in the colon
 * (人大首场新闻发布会： / 发言人与记者畅所欲言): one title, as a kicker and a
 * colon on one line are (海外留学生看两会：出国前后关注点大不同). Not a label
 * (责任编辑：, 发布机构：), a salutation, a numbered heading, a page's control
 * whose words the text does not repeat, nor a kicker over a name, a date or a sentence.
 */
function kickerOver(line: string, next: string | undefined, more: boolean, text: string): string | undefined {
  if (next === undefined || !more || !/[：:]$/u.test(line)) return undefined;
  // The kicker names what the story is about, in the story's words; a toolbar's label (定义你的浏览字号：) shares a word by chance.
  if (overlap(line, text) < KICKER_SHARED) return undefined;
  const kicker = line.slice(0, -1).trim();
  if ([...kicker].length < 4 || !isTitleLike(kicker) || /[：:]/u.test(kicker) || refusal(line) || isSalutation(line) || metaKind(line) !== undefined) return undefined;
  if (!isTitleLike(next) || startsText(next) || parseNameLine(next) || metaKind(next) !== undefined || refusal(next)) return undefined;
  return `${kicker}：${next.trim()}`;
}

/** Two or more phrases of Han words set apart by spaces, the first two of one length: a newspaper's 引题 in 对仗. */
const PARALLEL_KICKER = /^([\p{Script=Han}“”]{4,10})(?:[ \u3000]+([\p{Script=Han}“”]{4,12}))+$/u;

/**
 * A kicker (引题) in parallel phrases over the story's headline (共叙乡情 携手发展 / 市政府召开招商座谈会,
 * mtqpdj.com, unseen17 a17-mtqpdj; 加强招生管理 规范招生行为 / 我市召开中考招生制度改革座谈会, lfxww.com,
 * unseen8 b8-lfxww): the headline is the title and the kicker stays out, as the labelled titles of both read.
 * The kicker's first two phrases match in length (对仗); the headline is one plain line, no name, date, info
 * line, occasion (在…上的讲话, which makes the phrases a speech's own title) nor sentence, with no deck under it
 * (a deck makes the two lines one headline, headlineOverDeck).
 */
export function parallelKicker(line: string, next: string | undefined, after: string | undefined): boolean {
  const phrases = line.trim().split(/[ \u3000]+/u);
  if (next === undefined || !PARALLEL_KICKER.test(line.trim()) || [...phrases[0]!].length !== [...phrases[1]!].length) return false;
  const head = next.trim();
  if (/\s/u.test(head) || !isTitleLike(head) || startsText(head) || parseNameLine(head) || metaKind(head) !== undefined || refusal(head) !== undefined) return false;
  if (SUBTITLE.test(head) || (/^在/u.test(head) && endsInGenreWord(head))) return false;
  return after === undefined || !SUBTITLE.test(after.trim());
}

/** How long each line of a headline printed over two lines may be (Han characters and digits). */
const DECK_LINE_MAX = 20;
const DECK_LINE = /^[\p{Script=Han}\dA-Za-z“”‘’"《》·]{4,}$/u;

/**
 * A newspaper's headline printed over two lines with its deck under them: the two lines are one title,
 * joined with a space (践行以人民为中心发展思想 / 坚决当好首都政治“护城河”排头兵 / ——专访… on lfnews.cn;
 * 央视曝光 / 三亚酒店变赌场 / 市长表态: / 不管多牛 on qjwb.thehour.cn). The deck (a ——subtitle, or a
 * second kicker ending in its colon) is what marks the two lines as a headline's, not a column's name over
 * a headline nor a headline over a caption; each line is short, has no clause break, is no complete title
 * alone (…的讲话), and names what the story under it tells.
 */
function headlineOverDeck(line: string, next: string | undefined, deck: string | undefined, text: string): string | undefined {
  if (next === undefined || deck === undefined) return undefined;
  if (!(SUBTITLE.test(deck) || (/[：:]$/u.test(deck) && !startsText(deck) && [...deck].length <= 12))) return undefined;
  const plain = (x: string) => x.trim().length <= DECK_LINE_MAX && DECK_LINE.test(x.trim()) && isTitleLike(x) && !startsText(x) && !parseNameLine(x) && metaKind(x) === undefined && refusal(x) === undefined && !endsInGenreWord(x);
  if (!plain(line) || !plain(next)) return undefined;
  if (overlap(line, text) === 0 || overlap(next, text) === 0) return undefined;
  return `${line.trim()} ${next.trim()}`;
}

/** The line printed right above `line` on the page as it read before the chrome stage, if `line` is there once. */
function lineAbove(before: readonly string[], line: string, bares: readonly string[] = before.map((x) => bare(x))): string | undefined {
  const own = bare(line);
  const at = bares.indexOf(own);
  if (at <= 0 || bares.slice(at + 1).some((x) => x === own)) return undefined;
  for (let k = at - 1; k >= 0; k--) if (before[k]!.trim()) return before[k]!.trim();
  return undefined;
}

/** A short label before a colon (第一篇：, 第一访谈：): a listing's or a programme's, when the page shows it is not the title's. */
const LABEL_COLON = /^([^\s，。：:、“”《》（）()【】\[\]]{2,8})[：:]\s*(?=\S)(.+)$/u;

/**
 * Cuts a label glued before the title by a colon when the page shows it is
 * not part of the title: a complete title printed again carries the rest without it (第一篇：北京市…的通知
 * over 关于北京市…的通知), or the label is an item of the page's menu or
 * breadcrumb. A speaker's name before a colon is the speaker's, not a label,
 * and a kicker before a colon (海外留学生看两会：…) is the headline's own.
 */
function unlabel(clean: CleanTitle, elsewhere: readonly string[], above: readonly string[]): void {
  const m = LABEL_COLON.exec(clean.title);
  if (!m || bare(m[2]!).length < 6) return;
  const [, label, rest] = m as unknown as [string, string, string];
  const whole = bare(clean.title);
  // The copy is a complete document title (关于…的通知): a clause printed again under a headline (…看两会：出国前后关注点大不同 / 出国前后关注点大不同) is a heading.
  const again = !isPersonName(label) && elsewhere.some((other) => endsInGenreWord(other) && bare(other).includes(bare(rest)) && !bare(other).includes(whole));
  // A menu item is no speaker, though its first character may be a surname (党课讲稿).
  const menu = above.some((line) => refusal(line) === BREADCRUMB && pieces(line).some((p) => bare(p) === bare(label)));
  if (!again && !menu) return;
  clean.cut.push({ text: label, reason: 'column label before the title' });
  clean.title = rest.trim();
}

/** A notice's title that names no issuer: it opens with 关于 and ends in its genre word. */
const ISSUED_TITLE = /^关于/u;
/** A body's name alone on a line, as it heads the title it issues (…巡特警支队, …森林防火指挥部): title-heading-block.ts. */
export { ISSUER_NAME };

/** The issuer's line at `i` joined with the 关于…的通知 title under it, as one title block. */
function issuerOver(lines: string[], i: number, end: number): TitleBlock | undefined {
  const line = lines[i]!.trim();
  if (i + 1 >= end || !(isIssuerLine(line) || ISSUER_NAME.test(line))) return undefined;
  const found = findTitle(lines.slice(i + 1, i + 4).concat(['']), 0);
  if (!found || found.rest !== undefined || !ISSUED_TITLE.test(found.title) || !endsInGenreWord(found.title)) return undefined;
  const title = line + found.title;
  return { at: i, found: { title, lines: found.lines + 1 }, clean: { title, cut: [] } };
}

export const BARE_GENRE = new RegExp(`^(?:${alternatives(BARE_GENRES)})$`, 'u');
/** The id of the BARE_GENRES row a bare genre word is, for the cleaning log. */
export const bareGenreRule = (word: string): string | undefined => BARE_GENRES.find((row) => new RegExp(`^(?:${row.term})$`, 'u').test(word))?.id;
/** A line that only addresses its readers before the text: 全县教师和教育工作者：, 广大市民朋友们：. */
const ADDRESSEE_LINE = /^[^，。；！？：:]{2,40}[：:]$/u;
/** A notice's serial in brackets under its genre word: (县疫情防控指挥部第1号). */
const SERIAL_LINE = /^[（(][^（）()]{1,30}第[0-9一二三四五六七八九十]{1,4}号[）)]$/u;

/**
 * The genre word printed alone as a document's whole title (慰 问 信, 倡 议 书, 通 告), spaced out or not,
 * where it stands right above the text: its addressee line or its first sentence, a notice's serial
 * between them. Elsewhere a bare genre word is a menu item or a column's name, and is not read.
 */
export function bareGenre(lines: readonly string[], i: number): string | undefined {
  const word = closeUp(lines[i]!.trim());
  if (!BARE_GENRE.test(word)) return undefined;
  let k = i + 1;
  if (k < lines.length && SERIAL_LINE.test(lines[k]!.trim())) k++;
  const next = lines[k]?.trim();
  return next !== undefined && (ADDRESSEE_LINE.test(next) || startsText(next)) ? word : undefined;
}

/**
 * The title block of a document titled by its genre word alone: with the issuer's name on the line(s)
 * right above it when they hold only that name (石门县…的 / 肺炎疫情防控指挥部 / 通 告: GB/T 9704's
 * 发文机关 + 文种), else the genre word. `last` is the block found so far right above, if any.
 */
function genreBlock(lines: readonly string[], i: number, at: number, genre: string, last: TitleBlock | undefined): { block: TitleBlock; replaces: boolean } {
  const rule = bareGenreRule(genre);
  if (last !== undefined && last.at + last.found.lines === i && ISSUER_NAME.test(last.clean.title)) {
    const title = last.clean.title + genre;
    return { block: { at: last.at, found: { title, lines: last.found.lines + 1 }, clean: { ...last.clean, title }, rule }, replaces: true };
  }
  const above = i > at ? lines[i - 1]!.trim() : undefined;
  if (above !== undefined && ISSUER_NAME.test(above) && !(last !== undefined && last.at + last.found.lines > i - 1)) {
    const title = above + genre;
    return { block: { at: i - 1, found: { title, lines: 2 }, clean: { title, cut: [] }, rule }, replaces: false };
  }
  return { block: { at: i, found: { title: genre, lines: 1 }, clean: { title: genre, cut: [] }, rule }, replaces: false };
}

/** A heading of two or three characters (风眼, 两会): too short to read as a title by its shape alone. */
const SHORT_HEADING = /^[\p{Script=Han}]{2,3}$/u;
/** How often the page must print a short heading before it is taken as the title for that alone. */
const SHORT_COPIES = 3;

/**
 * A page whose own title is two or three characters long and that shows no other title: the short line
 * above the text is the title where it stands right above the page's info line (两会 / 2016-03-08 01:49:48来源：健康时报,
 * jksb.com.cn) or the page prints it again and again at its head (风眼 as page heading, item heading and
 * body heading on hkma.gov.hk). A person's name is a byline, not a title, unless the page repeats it so.
 */
function shortHeading(lines: string[], at: number, textAt: number, before: readonly string[]): TitleBlock | undefined {
  for (let k = at; k < textAt; k++) {
    const line = lines[k]!.trim();
    if (!SHORT_HEADING.test(line) || refusal(line)) continue;
    const copies = before.filter((other) => bare(other) === line).length;
    // Right above the info line as the text reads, or as the page read before the chrome stage took that line.
    const overStamp = (page: readonly string[], j: number) => j >= 0 && page[j + 1] !== undefined && isStampLine(page[j + 1]!);
    const above = !isPersonName(line) && (overStamp(lines, k) || before.some((other, j) => bare(other) === line && overStamp(before, j)));
    if (!above && copies < SHORT_COPIES) continue;
    const clean = cleanTitle(line);
    return { at: k, found: { title: clean.title, lines: 1 }, clean };
  }
  return undefined;
}

/**
 * The columns a page's breadcrumb runs through on its way to the document: every item but the last
 * (首页 >> 通知公告 >> 正文 on ctbu.edu.cn, unseen8 b8-ctbu; 首页 >教育行政>公告通知>详细内容, cases;
 * 首页 > 新闻中心 > 医院新闻 > 正文, holdout). A line printing one of them over the headline is the column's
 * heading (通知公告 / 关于…的通知): it names the channel, not the document, even when it ends in a genre word
 * (公告). The last item may be the document's own title (首页 > 教育学习 > 好词好句 > 市长欢迎词, fresh h5-zhishi5;
 * 院长寄语首页>院长寄语, unseen8 a8-myxrmyy) and is not counted. Hand-written: a page-layout convention.
 */
export function passedColumns(lines: readonly string[]): Set<string> {
  const columns = new Set<string>();
  for (const line of lines) {
    // A path of two steps or more is a breadcrumb, with or without spaces around its separators (首页>新闻中心>乡镇动态).
    const steps = line.match(/>>|[>»›]/gu)?.length ?? 0;
    if (steps === 0 || (refusal(line) !== BREADCRUMB && (steps < 2 || line.length > 80 || SENTENCE_END.test(line)))) continue;
    const items = line.split(/\s*(?:>>|[>»›])\s*/u).map((p) => bare(p.replace(/^[^：:]*[：:]/u, ''))).filter(Boolean);
    for (const item of items.slice(0, -1)) columns.add(item);
  }
  return columns;
}

/** A notice's addressee line: 各…： (各乡镇（街道）党（工）委、人民政府（办事处），县直机关各单位：), commas between the bodies allowed. */
const ADDRESSEES_LINE = /^各[^。；！？]{1,80}[：:]$/u;
/** How many short lines (a banner, the 版头's issuer names) may stand above a notice's title and its addressees. */
const BANDED_LINES = 4;
/** The longest line passed over as a banner or an issuer's name above a notice's title. */
const BAND_LINE_MAX = 40;

/**
 * A notice's own title by its GB/T 9704 shape (关于…的通知, isNoticeTitle) standing right above its addressee line or
 * its 文号, under a few short lines that hold no sentence: a site's banner closed by ！ (衡南的乡亲们！春节回家 免费停车！,
 * m.qclgf.com, unseen16 a16-qclgf) and the issuing organs' names printed one a line as the document's header band
 * (中共衡南县委办公室 / 衡南县人民政府办公室). A banner's ！ reads as the text's start, so without this the title is
 * derived from the banner. The title is taken as printed; the header's names are the signature's, not the title's.
 */
function noticeOverAddressees(lines: string[], from: number): TitleBlock | undefined {
  for (let k = from; k < Math.min(lines.length - 1, from + BANDED_LINES + 1); k++) {
    const line = lines[k]!.trim();
    if (isNoticeTitle(line)) {
      const next = lines[k + 1]!.trim();
      if (!ADDRESSEES_LINE.test(next) && metaKind(next) !== 'docnumber') return undefined;
      const clean = cleanTitle(line);
      return { at: k, found: { title: clean.title, lines: 1 }, clean };
    }
    if (line.length > BAND_LINE_MAX || /[。；]/u.test(line)) return undefined;
  }
  return undefined;
}

export interface TitleChoice {
  block: TitleBlock;
  /** Every title-like block before the text, in order (the chosen one included). */
  blocks: TitleBlock[];
  /** Index of the first line of the text proper (or of the window's end). */
  textAt: number;
  /** A headline above the title that describes the page (…校党委书记的讲话全文): set aside for the metadata stages, not dropped. */
  describes?: TitleBlock;
  /** A headline a chrome rule took out, put back by title-rescue.ts: the ids of the rules its walk passed over to reach it. */
  rescued?: string[];
  /** The index of the story's first paragraph printed above its headline (headline-under-lede): those lines are text. */
  lede?: number;
}

/** How many short lines (a section heading, a caption) may stand between that headline and the next paragraph. */
const UNDER_LINES = 2;
/** The longest such line. */
const UNDER_LINE_MAX = 20;
/** A news story's first words (title-vocabulary.ts STORY_OPENINGS): its day, or 近日/日前…, and the comma after them. */
const STORY_OPENING = new RegExp(`^(?:${alternatives(STORY_OPENINGS)})`, 'u');

/**
 * headline-under-lede: the story's first paragraph printed above its headline on a stored text page, the text going
 * on under it — a reposted report's lede over its headline (2016年以来，重庆市严格落实… / 重庆上半年环境监察执法处罚1071起 /
 * 近日，记者从重庆市环保局获悉，…, www.1336357.com), an editor's note over an interview's headline (编者按：上海14个区召开了
 * 党代会… / 徐汇区委书记鲍炳章：集聚创新要素 才有发展动力 / 用“创新”来衡量发展的驱动力 / 记者：…, www.shcafe.org). A text
 * without a headline may print a section heading at that place, so the line must show it is a headline: the paragraph
 * under it opens a news story (its day, 近日, 日前) where the one above did not, or it gives a named speaker's words.
 * Every line above it from `from` is a paragraph of text.
 */
export function headlineUnderLede(lines: readonly string[], from: number, k: number, title: string): boolean {
  if (k <= from || !lines.slice(from, k).every((line) => startsText(line) && !salutes(line))) return false;
  if ([...bare(title)].length < 8 || metaKind(title) !== undefined || SUBTITLE.test(title) || parseNameLine(title)) return false;
  let next = k + 1;
  while (next < lines.length && next - k <= UNDER_LINES && !startsText(lines[next]!) && [...lines[next]!].length <= UNDER_LINE_MAX) next++;
  if (next >= lines.length || !startsText(lines[next]!)) return false;
  if (spokenBy(title)) return true;
  return next === k + 1 && STORY_OPENING.test(lines[next]!.trim()) && !lines.slice(from, k).some((line) => STORY_OPENING.test(line.trim()));
}

/** A line that gives its speaker before a colon: a name line there (a post and a name, or a name alone). */
const spokenBy = (line: string) => /[：:]/u.test(line) && parseNameLine(line.slice(0, line.search(/[：:]/u))) !== undefined;

/**
 * The access-key marker of Taiwan's government-site template (the accessibility standard's `:::`, alone or
 * with its label: `:::` over the headline on ctd.judicial.gov.tw, unseen16 c16-judicial, and on
 * www.cyscc.gov.tw, unseen16 c16-cyscc; `:::主要內容區` on www.coa.gov.tw, unseen4 x1-coa).
 */
const ACCESS_KEY = /^:::\s*(?:主要?内容区(?:块|域)?)?$/u;
/** How far into the page the centre block's marker may stand. */
const MARKER_REACH = 12;

/**
 * The lines the template prints above its centre block's marker: the skip link, the site's banner and menu
 * (按 Enter 到主内容区 / ::: / 台湾桥头地方法院 / ::: / the headline). The marker opens the page's own content, so
 * none of them is the title. Only a marker above the first sentence counts: the footer's comes after the text.
 */
export function templateHeader(before: readonly string[]): Set<string> {
  const head: string[] = [];
  for (const line of before) {
    const text = line.trim();
    if (text === '') continue;
    if (startsText(text) || head.length >= MARKER_REACH) break;
    head.push(text);
  }
  const marker = head.findLastIndex((text) => ACCESS_KEY.test(text));
  if (marker < 0) return new Set();
  const after = new Set(head.slice(marker + 1).map(bare));
  return new Set(head.slice(0, marker).filter((text) => !ACCESS_KEY.test(text)).map(bare).filter((b) => b !== '' && !after.has(b)));
}

/**
 * The title blocks between `at` and the first line of text, and the one that
 * is the document's own title:
 * - the page's own headline (from the HTML head) where one block repeats it;
 * - else a later block that is a complete document title (ends in its genre
 *   word: …的讲话, …的通知, …答记者问) where the first is another headline —
 *   the site's headline over a document that prints its own;
 * - else the first block that is not weak (a short line, a slogan sharing no
 *   words with the text), else the first.
 */
export function chooseTitle(lines: string[], at: number, context: { siteNames?: readonly string[]; headline?: string; pageLines?: readonly string[]; before?: readonly string[] } = {}): TitleChoice | undefined {
  const choice = chooseBlock(lines, at, context);
  if (choice === undefined) return undefined;
  // A joint issue's band over the title: its issuers' names stay out of it (joint-issuer-band, title-heading-block.ts).
  const block = unbanded(choice.block, lines, at);
  return block === choice.block ? choice : { ...choice, block };
}

function chooseBlock(lines: string[], at: number, context: { siteNames?: readonly string[]; headline?: string; pageLines?: readonly string[]; before?: readonly string[] }): TitleChoice | undefined {
  const blocks: TitleBlock[] = [];
  const header = templateHeader(context.before ?? []);
  const headline = context.headline ? cleanTitle(context.headline, context.siteNames).title : undefined;
  // The page lines' bare forms, read once for every candidate's line above (lineAbove), when one is asked.
  let beforeBares: string[] | undefined;
  let i = at;
  let end = Math.min(lines.length - 1, at + WINDOW);
  let notice = false;
  for (; i < end; i++) {
    const line = lines[i]!;
    // A site's notice and its points stand above the title: passed over, with the window widened by them.
    if (NOTICE_HEAD.test(line)) notice = true;
    else if (!(notice && NOTICE_POINT.test(line))) notice = false;
    // A bulleted list of three items or more (other stories' headlines, • 上海「套路贷」高发… over the page's own on
    // cyberctm.com; ten - 376名代表联名提议案… over 辽阳实施政府新闻发言人制… on gxkgg.com) is no title: its items are passed over with the window widened by them, as a notice's points are.
    // Two bulleted lines are a breadcrumb and the headline (• 最新公开信息 / • 关于…的通知, jcivt; shzx).
    if (notice || listRun(lines, i) >= MENU_RUN) {
      end = Math.min(lines.length - 1, end + 1);
      continue;
    }
    if (header.has(bare(line))) continue;
    // What the page glues to this line and prints again elsewhere is a name, not title.
    const clean = cleanTitle(line, [...(context.siteNames ?? []), ...gluedNames(line, [...lines.slice(at, end), ...(context.pageLines ?? [])])]);
    // A speech's day and occasion is passed over with the lines it is wrapped onto (2025年3月21日在…第十九届 / 人民代表大会第四次会议上).
    if (refusal(clean.title) === OCCASION_REFUSAL) {
      for (let k = 0; k < 2 && !OCCASION_END.test(lines[i]!) && i + 1 < end && !startsText(lines[i + 1]!); k++) i++;
      continue;
    }
    // An issuing body's name on its own line over a 关于…的通告 title is the title's first line (GB/T 9704's form:
    // 漳州市公安局巡特警支队 / 关于开展警务演练的通告; 长子县人民政府森林防火指挥部 / 关于禁止燃放烟花爆竹的通告).
    const issued = issuerOver(lines, i, end);
    if (issued) {
      blocks.push(issued);
      i += issued.found.lines - 1;
      continue;
    }
    // A document titled by its genre word alone, perhaps under its issuer's name (慰 问 信; …指挥部 / 通 告).
    const genre = bareGenre(lines, i);
    if (genre !== undefined) {
      const { block, replaces } = genreBlock(lines, i, at, genre, blocks.at(-1));
      if (replaces) blocks[blocks.length - 1] = block;
      else blocks.push(block);
      continue;
    }
    // Page furniture is passed over, even when it holds a sentence end (分类 其他; 市政府文件;).
    // So is a newsroom's credit in 【】, which the cleaning above unwraps as if it were a headline.
    if (refusal(clean.title) || isBylineLine(clean.title)) continue;
    // The page's own headline (<title>, og:title, heading) printed as a line is a title even when it ends in ！ or ？ (最新！…这两座城市亮了！).
    // So is one right above the page's info line (赵启正：今天记者们所提的问题都良好以上的！ / http://… 2012-03-02 18:58 来源：…).
    // So is one the page's share widget closes (…还要当她的私人保镖？分享到：): the widget stands in the article's header, as the info line does.
    const shared = clean.cut.some((c) => c.reason === SHARE_WIDGET_CUT);
    if (exclaimed(clean.title) && ((headline !== undefined && bare(clean.title) === bare(headline)) || aboveInfoLine(line, lines, i, context.before) || shared)) {
      blocks.push({ at: i, found: { title: clean.title, lines: 1 }, clean });
      continue;
    }
    // No sentence opens with a comma: a line the next one continues after a comma is the first clause of a sentence
    // the page broke (台中市农业局发送大利多, / ,海线地区农民可接受补贴2期再生稻, / …, yes99.com.tw), so the text has begun.
    if (startsText(line) || clauseBroken(lines, i)) break;
    // A column's label in 【】 over the headline is the column's, not a title block.
    if (labelOverHeadline(line, lines[i + 1], (next) => isTitleLike(next) && !startsText(next) && !refusal(next))) continue;
    // A kicker in parallel phrases over the headline is the story's 引题, not its title.
    if (parallelKicker(line, lines[i + 1], lines[i + 2])) continue;
    const kicked = kickerOver(clean.title, lines[i + 1], i + 1 < lines.length - 1, lines.slice(i + 2, i + 8).join(''));
    if (kicked !== undefined) {
      blocks.push({ at: i, found: { title: kicked, lines: 2 }, clean: { ...clean, title: kicked } });
      i++;
      continue;
    }
    if (!isTitleLike(clean.title) || parseNameLine(clean.title)) continue;
    const elsewhere = [...lines.slice(at, end).filter((other, k) => at + k !== i && isTitleLike(other)), ...(headline ? [headline] : [])];
    unlabel(clean, elsewhere, [...lines.slice(at, i), ...(context.pageLines ?? [])]);
    const decked = clean.title === line.trim() ? headlineOverDeck(line, lines[i + 1], lines[i + 2], lines.slice(i + 2, i + 10).join('')) : undefined;
    if (decked !== undefined) {
      blocks.push({ at: i, found: { title: decked, lines: 2 }, clean: { ...clean, title: decked } });
      i++;
      continue;
    }
    // Its first line taken by a chrome rule (a short line the line model scores as chrome): read on the page as it was.
    const kicker = clean.title === line.trim() ? lineAbove(context.before ?? [], line, (beforeBares ??= (context.before ?? []).map((x) => bare(x)))) : undefined;
    const rejoined = kicker !== undefined && !lines.some((other) => bare(other) === bare(kicker)) ? headlineOverDeck(kicker, line, lines[i + 1], lines.slice(i + 1, i + 10).join('')) : undefined;
    if (rejoined !== undefined) {
      blocks.push({ at: i, found: { title: rejoined, lines: 1 }, clean: { ...clean, title: rejoined } });
      continue;
    }
    const joined = [clean.title, ...lines.slice(i + 1, i + 4)];
    const found = findTitle(joined, 0);
    if (!found || found.rest !== undefined) continue;
    let used = Math.min(found.lines, lines.length - 1 - i);
    // A heading the page's markup broke over two lines (…2018年度整体支出 / 绩效评价报告) that the page prints whole elsewhere is one title.
    const after = lines[i + used];
    if (after !== undefined && i + used < lines.length - 1 && isTitleLike(after) && !startsText(after) && !parseNameLine(after) && metaKind(after) === undefined) {
      const whole = bare(found.title + after);
      const copies = [...lines.slice(at, end).filter((_, k) => at + k < i || at + k > i + used), ...(context.pageLines ?? []), ...(headline ? [headline] : [])];
      if (copies.some((other) => bare(other) === whole)) {
        found.title += after;
        used++;
      }
    }
    const title = { ...clean, title: found.title };
    blocks.push({ at: i, found: { ...found, lines: used }, clean: title });
    i += used - 1;
  }
  if (blocks.length === 0) {
    const short = shortHeading(lines, at, i, context.before ?? []);
    if (short) return { block: short, blocks: [short], textAt: i };
    const notice = noticeOverAddressees(lines, i);
    if (notice) return { block: notice, blocks: [notice], textAt: notice.at + 1 };
    // A teaser paragraph over the headline (the site's blurb, …[ 详细 ]) stops the search early: the headline stands right above its info line below it.
    for (let k = i + 1; k <= Math.min(i + TEASER_LINES, lines.length - 2); k++) {
      const clean = cleanTitle(lines[k]!, context.siteNames);
      if (startsText(lines[k]!) || refusal(clean.title) || !isTitleLike(clean.title) || parseNameLine(clean.title)) continue;
      // The headline stands right above its info line, or the teaser opens with it (a preview running the title into the text).
      if (!aboveInfoLine(lines[k]!, lines, k, context.before) && !previews(lines[i]!, clean.title)) {
        // Or the story's lede stands above it (headline-under-lede): the lede stays the text's.
        // Only where the page's head names no headline of its own (a stored text page): else that headline is the evidence.
        if (headline !== undefined || !headlineUnderLede(lines, i, k, clean.title)) continue;
        const block = { at: k, found: { title: clean.title, lines: 1 }, clean, rule: 'headline-under-lede' };
        return { block, blocks: [block], textAt: k + 1, lede: i };
      }
      return { block: { at: k, found: { title: clean.title, lines: 1 }, clean }, blocks: [{ at: k, found: { title: clean.title, lines: 1 }, clean }], textAt: k + 1 };
    }
    return undefined;
  }
  // Another number of the same series under the title is a link to that document (…的通告（第6号） / …的通告（第7号） on
  // zh.wikisource.org, unseen8 a8-wikisource): not this document's title, whatever the rules below make of it.
  // What the page adds after the serial and the series' other titles lack (…（第6号） （玉环市）) is a remark, not title.
  for (let k = blocks.length - 1; k > 0; k--) {
    const own = blocks.slice(0, k).find((b) => seriesSibling(b.clean.title, blocks[k]!.clean.title));
    if (own === undefined) continue;
    const form = seriesForm(own.clean.title);
    if (form !== own.clean.title) own.clean = { ...own.clean, title: form, cut: [...own.clean.cut, { text: own.clean.title.slice(form.length).trim(), reason: "a remark after the series' title" }] };
    blocks.splice(k, 1);
  }
  const text = lines.slice(i, i + 3).join('');
  const grams = bigrams(text);
  const columns = passedColumns([...lines.slice(at, i), ...(context.pageLines ?? [])]);
  // A column the breadcrumb runs through is the column's heading, not a title, when another block may be the headline.
  const column = (b: TitleBlock) => columns.has(bare(b.clean.title)) && blocks.some((o) => !columns.has(bare(o.clean.title)));
  const weak = (b: TitleBlock) => {
    const t = b.clean.title;
    if (column(b)) return true;
    if (endsInGenreWord(t.split('——')[0]!) || endsInGenreWord(t)) return false;
    const length = t.replace(/\s/gu, '').length;
    // A slogan or banner is short and shares no word with the text (汇聚全球精彩分享).
    return length < 8 || (length <= SLOGAN_MAX && grams.size > 0 && overlap(t, grams) === 0);
  };
  const main = (b: TitleBlock) => b.clean.title.split(/——|――/u)[0]!;
  const complete = (b: TitleBlock) => endsInGenreWord(b.clean.title) || endsInGenreWord(main(b));
  // A document's own title names its genre in the main title, not only in a
  // subtitle, and is not a picture caption (…厅长孙矿玲讲话).
  const ownTitle = (b: TitleBlock) => endsInGenreWord(main(b)) && main(b).length >= 8 && !/，/u.test(main(b)) && !namedSpeaker(main(b));
  const named = headline === undefined ? undefined : blocks.find((b) => sameTitle(b.clean.title.split('——')[0]!, headline.split('——')[0]!));
  // The block right above the page's info line is the page's headline; captions and a video's title under it repeat one another.
  const dated = blocks.find((b) => !weak(b) && aboveInfoLine(lines[b.at]!, lines, b.at + b.found.lines - 1, context.before));
  // When every block is weak, a short heading right above the text is the page's, not a menu line left at the top
  // (流动式目录 … 记者会答问内容 / text); under a run of menu items it is only the last item (主页 / 简历 / … / 相关连结 / text).
  const heading = blocks.length < MENU_RUN ? aboveText(lines, i, blocks) : undefined;
  const agreedBase = named ?? dated ?? recurring(lines, at, i, blocks.filter((b) => !weak(b)), (context.pageLines ?? []).filter((line) => refusal(line) === BREADCRUMB)) ?? restated(blocks.filter((b) => !weak(b)), grams, bigrams((lines[i] ?? '').split(SENTENCE_END)[0] ?? '')) ?? heading ?? blocks[0]!;
  // Two copies the same but for a space where the other broke its line (整体支出 绩效评价报告 / 整体支出↵绩效评价报告): the unbroken one.
  const base = /\s/u.test(agreedBase.clean.title) ? (blocks.find((b) => b.found.lines > 1 && !/\s/u.test(b.clean.title) && bare(b.clean.title) === bare(agreedBase.clean.title)) ?? agreedBase) : agreedBase;
  // A notice's own heading block under the site's headline or catalogue field naming it (notice-heading-block, title-heading-block.ts).
  const own = headingUnderHeadline(blocks, base, lines, i, at);
  if (own) return { block: own, blocks, textAt: i };
  // A site's headline over the document's own title: a complete title further
  // down wins over a headline that is not one, or one the page had dressed up.
  const later = blocks.filter((b) => b.at > base.at && ownTitle(b) && !sameTitle(main(b), main(base)) && !sameTitle(b.clean.title, base.clean.title));
  // The page's <title> printed as a line (媒体报道-徐永光:新华网访谈-北京黄河缘公益基金会)
  // above the heading that prints its headline part again: the heading is the title.
  const parts = titleSeparated(lines[base.at]!);
  const repeated = parts.length > 1 ? blocks.find((b) => b.at > base.at && parts.some((p) => sameTitle(p, b.clean.title))) : undefined;
  if (repeated) return { block: repeated, blocks, textAt: i };
  const dressed = base.clean.cut.some((c) => c.reason !== 'list bullet before the title');
  // A site's line (XX网 栏目) over the document's own title, or a repost's line naming the paper and its
  // reporters over the story's headline (工商时报【陈彦淳/东京采访报导】…采访内容 / 康师傅将于两岸兴建集团总部):
  // the block right above the text is the title.
  const below = base.clean.cut.some((c) => c.reason === 'site name glued to the title' || c.reason === "a newspaper's credit before the title") ? aboveText(lines, i, blocks) : undefined;
  if (below && below !== base && !weak(below) && !named) return { block: below, blocks, textAt: i };
  // The headline printed again without what the site glued to it (2022年度专题党课：… → 专题党课：…): the plain copy is the document's.
  const plain = blocks.find((b) => b.at > base.at && undecorated(base.clean.title, b.clean.title));
  if (plain) return { block: plain, blocks, textAt: i };
  // The site's list headline over the document's own title, of which it is a shortening (…细则的通知 under 关于印发…细则的通知).
  // Not a copy the site dressed up (…的讲话（20241字）under …的讲话): that the plain copy is the title is the rule above, the other way round.
  const fuller = blocks.find((b) => b.at > base.at && ownTitle(b) && main(b).length > main(base).length && main(b).includes(main(base)) && !/\s/u.test(main(b).replace(main(base), '')) && !undecorated(main(b), main(base)));
  if (fuller) return { block: fuller, blocks, textAt: i };
  // The heading printed again below as the document's own line with a particle the heading left out
  // (…毕业典礼上讲话 over …毕业典礼上的讲话, swxbz): the own line, as the README's title convention reads it.
  const restored = blocks.find((b) => b.at > base.at && ownTitle(b) && particlesDropped(main(base), main(b)));
  if (restored) return { block: restored, blocks, textAt: i };
  // A site's or a collection's heading of the occasion form (党委书记在学院党委全会上的讲话, 第一篇：…校长在…开学典礼上的讲话)
  // over the speech's own double title (提高政治站位强化责任担当 奋力开创…新局面 / --在…全体（扩大）会议上的报告, sucai198.com,
  // unseen22 a22-sucai198; 当好一名大学生 / --…校长在…开学典礼上的讲话, 004km.cn, unseen21 a21-004km): the double title is the
  // speech's own, the heading only describes it. Both must be speech titles; the heading has no subtitle of its own.
  // The subtitle may stand as a block of its own under a main title printed over two lines (the deck rule joined them).
  const doubleOf = (b: TitleBlock): TitleBlock | undefined => {
    if (doubleTitle(b.clean.title)) return b;
    const under = lines[b.at + b.found.lines]?.trim();
    if (under === undefined || b.at + b.found.lines >= i || !SUBTITLE.test(under)) return undefined;
    const title = `${b.clean.title}——${under.replace(SUBTITLE, '')}`;
    return doubleTitle(title) ? { at: b.at, found: { title, lines: b.found.lines + 1 }, clean: { ...b.clean, title } } : undefined;
  };
  const doubled = complete(base) && !/——|――/u.test(base.clean.title) && SPEECH_WORDS.test(main(base)) ? blocks.filter((b) => b.at > base.at && !weak(b)).map(doubleOf).find((b) => b !== undefined) : undefined;
  if (doubled) return { block: doubled, blocks, textAt: i, describes: base };
  const block = later.length > 0 && (dressed || (!named && !complete(base))) ? later.reduce((best, b) => (overlap(b.clean.title, grams) >= overlap(best.clean.title, grams) ? b : best)) : base;
  return ownAboveSalutation(lines, i, block, context.siteNames) ?? { block, blocks, textAt: i };
}

/** A speech's double title: a main title that is no document title by itself, and an occasion subtitle under it. */
export function doubleTitle(title: string): boolean {
  const [head, ...rest] = title.split(/——|――/u);
  const sub = rest.join('');
  return head !== undefined && [...bare(head)].length >= 4 && !endsInGenreWord(head) && !OPENER.test(head) && !parseNameLine(head) && occasionSubtitle(sub);
}

const SALUTATION_WORD = new RegExp(`(?:${alternatives(SALUTATION_WORDS)})`, 'u');
/** A speech's salutation: 同志们：, 各位代表：, 亲爱的同学们：, and one closed by a comma or 大家好 (title-salutation.ts). */
export const salutes = (line: string) => isSalutation(line) || salutationLine(line) !== undefined || (line.length <= 40 && /[：:]$/u.test(line) && SALUTATION_WORD.test(line));

/** How many lines of a portal's intro and its headline's copies may stand between the headline and a speech's own title. */
const INTRO_LINES = 4;

/**
 * A speech's own title right above its salutation (湖大人！由我的湖大朋友圈说起 /
 * 亲爱的同学们：), under a portal's headline for the page, the portal's intro
 * paragraph and the headline's copies: the speech's title is the document's,
 * and the portal's headline describes it (its genre, its year).
 */
function ownAboveSalutation(lines: string[], textAt: number, chosen: TitleBlock, siteNames: readonly string[] = []): TitleChoice | undefined {
  // The portal's intro may be gone (a chrome rule took it): the salutation then stands among the title lines.
  const from = Math.min(textAt, chosen.at + chosen.found.lines);
  const salutation = lines.findIndex((line, k) => k > from && k <= textAt + INTRO_LINES + 1 && salutes(line));
  if (salutation < 0) return undefined;
  let own = salutation - 1;
  // Between the speech's title and its salutation: the speaker's name line, and a photo's caption of the speaker
  // with the photographer's name after it (校长邱勇讲话 石加东 on rebyn.com's copy of a commencement speech).
  const furniture = (line: string) => metaKind(line, 0) !== undefined || speakerCaption(line);
  while (own > from && salutation - own <= 3 && furniture(lines[own]!)) own--;
  // A ——subtitle under the speech's own title goes with it.
  const subtitle = own - 1 >= from && SUBTITLE.test(lines[own]!) && isTitleLike(lines[own]!.replace(SUBTITLE, '')) ? lines[own]!.replace(SUBTITLE, '') : undefined;
  if (subtitle !== undefined) own--;
  const line = lines[own]!;
  // The speech's title may stand right under the portal's headline when it is a title block of its own, with its
  // ——subtitle (…校长在20xx届毕业典礼上的讲话 / 永远做合格的南开毕业研究生 / ——在…上的讲话 / 南开校长 龚克 / …同学们：);
  // a post (县委副书记), the site's name or a headline's second wording there is not one.
  if (own < from || (own === from && subtitle === undefined) || own <= chosen.at || startsText(line) || !isTitleLike(line) || refusal(line) || sameTitle(line, chosen.clean.title)) return undefined;
  // Among the title lines, the portal's headline names the speech's genre and the line above the salutation does not.
  // So does the speech's own ——subtitle (以开放精神点亮人生 / ——在…仪式上的讲话 under a news headline on rebyn.com).
  if (own < textAt && !(endsInGenreWord(chosen.clean.title) && !endsInGenreWord(line)) && !(subtitle !== undefined && endsInGenreWord(subtitle))) return undefined;
  const between = lines.slice(from, own);
  if (!between.every((other) => startsText(other) || sameTitle(other, chosen.clean.title))) return undefined;
  const clean = cleanTitle(line, siteNames);
  if (subtitle !== undefined) clean.title += `——${subtitle}`;
  const block = { at: own, found: { title: clean.title, lines: subtitle === undefined ? 1 : 2 }, clean };
  return { block, blocks: [chosen, block], textAt: own + (subtitle === undefined ? 1 : 2), describes: chosen };
}

const DERIVED_MAX = 28;
const LEDE_OPENING = new RegExp(
  `^(?:(?:${alternatives(DATELINES)})\\s*)*(?:(?:\\d{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日|昨天|昨日|今天|今日|日前|近日)?(?:上午|下午|晚上|晚|凌晨)?(?:\\d{1,2}(?:时|点)(?:\\d{1,2}分)?|\\d{1,2}[:：]\\d{2})?[，,\\s]*`,
  'u',
);

/**
 * A title made from the first sentence: whole clauses up to DERIVED_MAX
 * characters, so that it never stops mid-word; a first clause longer than
 * that is cut at DERIVED_MAX.
 */
export function deriveTitle(text: string): string {
  // A dateline and the day the lede opens on (本报讯（记者 简强）昨日，3月7日下午，) say nothing of the subject.
  const salutation = /^[^，。：:]{2,30}[：:]/u.exec(text)?.[0];
  const opened = (salutation && isSalutation(salutation) ? text.slice(salutation.length) : text).replace(LEDE_OPENING, '');
  // Nor the writers' credit in brackets after it (中视小记者讯（文：詹亚军 段永红 图：陈春宇）2023年1月10日，…), and the day after that.
  const credit = /^[（(]([^（）()]{2,50})[）)]/u.exec(opened);
  const opening = credit && creditPartNames(credit[1]!) !== undefined ? opened.slice(credit[0].length).replace(LEDE_OPENING, '') : opened;
  // Nor a damage mark opening it (□4月8日下午，…, mob51.com): the body keeps it where the run stood; a title made for the page names no lost run.
  const sentence = (opening.length >= 6 ? opening : text).split(SENTENCE_END)[0].replace(/^[“”"‘’「」□\s]+/, '');
  const clauses = sentence.match(/[^，、：,]+[，、：,]?/g) ?? [sentence];
  let title = '';
  for (const clause of clauses) {
    const next = title + clause;
    if (next.replace(/[，、：,]$/, '').length > DERIVED_MAX) break;
    title = next;
  }
  title = title.replace(/[，、：,]$/, '');
  return title || sentence.slice(0, DERIVED_MAX);
}
