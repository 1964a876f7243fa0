// A line read as a candidate title: what a page glued to it is cut off (a
// site name, a column label, an uploader's 范文 tag, a file extension, a
// leading date), and what can never be a title is refused (a menu, a
// breadcrumb, server output, an info line, an outline, a masthead, a 文号).
// Hand-written: these are conventions of Chinese web pages that no library
// models.
import { titleParts } from '../stages/html-meta.ts';
import { alternatives } from './genre-words.ts';
import { COLUMN_PREFIXES, FILE_TAGS, IMAGE_FILE_NAMES, NEWSROOM_KICKERS, SERIES_REPORT_LABELS, SECTION_LABELS, FULL_TEXT_MARKS, GENRE_TAGS, INFO_LABELS, LISTING_LABELS, PAGE_COUNTERS, PERIODICAL_ISSUES, SKIP_LINKS, TAGGED_GENRES, SPONSOR_ROLES, TITLE_DECORATIONS, TRAILING_LABELS, WELCOME_BANNERS, BANNER_LINKS } from './title-vocabulary.ts';
import { isBylineLine, isPersonName } from './lines.ts';
import { endsInGenreWord, titleGenre } from '../extract/genre.ts';
import { columnLabel } from './title-column.ts';
import { findMentions } from '../extract/divisions.ts';
import { sanitizeTitle } from './title-sanitize.ts';

export interface Cut {
  text: string;
  reason: string;
  /** Metadata for the later stages (a speaker's name), set aside in `front`. */
  front?: boolean;
}

export interface CleanTitle {
  title: string;
  /** The pieces cut off, for the cleaning log. */
  cut: Cut[];
  /** A date cut off the front of a headline (3月27日，…会议召开): evidence of the document's date. */
  date?: string;
}

/**
 * What no title opens with, glued before a complete one: a web address with
 * the spam name it advertises (沈阳白癜风医院 http://baidianfeng.39.net/西平县…的通知,
 * xipingzx.gov.cn, unseen14 b14-xipingzx), or the damage mark a lost indent
 * left before a notice's 关于 (□关于第十二届梧州宝石节放假的通知, bkw8.com,
 * unseen11 b11-bkw8). Not language: the title is what follows.
 */
const ADDRESS_HEAD = /^(?:[^\s，。；！？]{1,20}\s*)?https?:\/\/[\w.\-/?=&%#:~]+\s*/u;
const DAMAGED_HEAD = /^□+\s*(?=关于)/u;
/** A list bullet, or the dash a page's text dump prints before each list item (- 环保部长…答问). */
const BULLET = /^(?:[•·●○◆◇■▪▫►▶★☆※]+\s*|[-–]\s+)/u;
/**
 * The empty cells a scraper's table dump prints after the heading's cell
 * (…的通知 |, …的通告 | ||, …（图） | ||||||||||): nothing follows the last bar, so no site name is cut.
 */
const TABLE_CELLS = /(?<=\S)(?:\s*[|｜])+\s*$/u;
const COLUMN_PREFIX = new RegExp(`^(?:${alternatives(COLUMN_PREFIXES)})[：:]\\s*(?=\\S)`, 'u');
/** A newsroom's kicker and its slash before the headline (快新闻/…, 影/…): title-vocabulary.ts NEWSROOM_KICKERS. */
const KICKER = new RegExp(`^(?:${alternatives(NEWSROOM_KICKERS)})\\s*[/／]\\s*(?=\\S)`, 'u');
/** A series' label ending in 报道 before a dash or a colon (十年祭报道--…): SERIES_REPORT_LABELS. */
const SERIES_REPORT = new RegExp(`^(?:${alternatives(SERIES_REPORT_LABELS)})\\s*(?:-{2}|—{1,2}|[：:])\\s*(?=\\S)`, 'u');
/** An image's file name printed before the headline (….jpg苗栗县农会…): IMAGE_FILE_NAMES. */
const IMAGE_FILE = new RegExp(`^[^。！？]{1,60}?(?:${alternatives(IMAGE_FILE_NAMES)})\\s*(?=\\S)`, 'iu');
const LISTING_LABEL = new RegExp(`^(?:${alternatives(LISTING_LABELS)})[：:]\\s*(?=\\S)`, 'u');
const FULL_TEXT = new RegExp(`\\s*(?:${alternatives(FULL_TEXT_MARKS)})$`, 'u');
/**
 * Marks a page wraps a whole headline in: book-title marks (《…的通知》, a page
 * quoting the document's name), 【】 (a microblog's 【安徽阜阳一动物园…】, a
 * model-text site's 【2021重阳节致辞】), quotation marks (a footer's
 * 标题：“…”). Only a pair that opens the line and closes it: “稳经济”需要跑出“加速度” is a headline quoting two words.
 */
const WRAPPERS: readonly [string, string][] = [['《', '》'], ['【', '】'], ['“', '”'], ['「', '」']];

/** The headline inside the pair of marks that wraps it whole, or undefined. */
function unwrapped(title: string): { marks: string; inner: string } | undefined {
  for (const [open, close] of WRAPPERS) {
    if (!title.startsWith(open) || !title.endsWith(close) || title.length < 2) continue;
    const inner = title.slice(open.length, -close.length);
    // The marks inside must pair up in order, or the first mark closes before the last opens.
    let depth = 0;
    for (const ch of inner) {
      if (ch === open) depth++;
      else if (ch === close && --depth < 0) break;
    }
    if (depth === 0 && [...inner.trim()].length >= 6) return { marks: open + close, inner: inner.trim() };
  }
  return undefined;
}
/**
 * What follows the issuer at the head of a document's own title (GB/T 9704:
 * 发文机关 + 关于 + 事由 + 文种), a joint issuer's 等部门 included: a site
 * named for the issuer does not glue its name there.
 */
export const ISSUER_OPENS = /^(?:[、和与及][^，。；]{2,40}?)?(?:等[\p{Script=Han}]{0,4}?)?(?:关于|印发|转发)/u;
/**
 * A date in brackets closing a headline (永蔚两会第一线（3月12日）), in figures too
 * (…圆桌会议的致辞稿(2014.8.28), unseen17 c17-apgei): the day of the programme,
 * the event or the speech, not title; the date stage reads it.
 */
const TRAILING_DATE = /\s*[（(]((?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日|(?:19|20)\d{2}([./-])\d{1,2}\2\d{1,2})[）)]$/u;
/** A label in brackets closing the title, in a CMS's square brackets too (…报告会[图]); the last one may have lost its closing bracket where the page cut the line (…(附图/短片). */
const TRAILING_LABEL = new RegExp(`\\s*[（(\\[［【](?:${alternatives(TRAILING_LABELS)})[）)\\]］】]?$`, 'u');
const FILE_TAG = new RegExp(`(?:${alternatives(FILE_TAGS)})$`, 'u');
const GENRE_TAG = new RegExp(`(?<=${TAGGED_GENRES})(?:${alternatives(GENRE_TAGS)})(?=(?:[（(][^（）()]{1,16}[）)])?$)`, 'u');
/** A speaker's name before a speech's own title: 张晓明：这里有…——在…上的讲话, 王志民在…上的致辞. */
const SPEAKER_COLON = /^([\p{Script=Han}]{2,4})[：:]\s*(?=\S)/u;
const SPEAKER_AT = /^([\p{Script=Han}]{2,4}?)(?=在[^，。]{4,}上的)/u;
/** A name with its post before 在 (陈坚校长在…上的讲话): the post is the title's, so the speaker stage reads both from it. */
const POST_END = /(?:校长|院长|局长|县长|市长|省长|区长|镇长|乡长|厅长|部长|所长|社长|行长|会长|书记|主任|主席)$/u;
/**
 * A date opening a headline before a comma or a space (3月27日，…会议召开;
 * 2020年10月，…; 4日，…; 2023-05-12 …): the day of the event, not title. A
 * year alone stays (2023年，这些新规…).
 */
const LEADING_DATE =
  /^(?:(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年)?(?:[0-9一二三四五六七八九十]{1,2}月)?[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|凌晨|早上|中午)?|(?:\d{4}|[〇○零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,2}月|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d))[，,、\s]\s*/u;
/**
 * Separators a page title puts between the headline and the site or column
 * name; a hyphen without spaces only between words, not inside 2021-2022年.
 */
const SITE_SEPARATOR = /\s*(?:_|\||｜|丨)\s*|\s+-{1,2}\s+|(?<=[\p{Script=Han}\p{P}])-{1,2}(?=[\p{Script=Han}\p{P}])/u;

/** The parts of a line a page's <title> made of the headline and its site and column names. */
export const titleSeparated = (line: string) => line.split(SITE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
/**
 * A title field's label before the title on the same line (标题: 郑州大学…大会,
 * a footer's 标题:“…”, an open-government table's 文件名称 | …): the label
 * names the field, the value is the title.
 */
export const TITLE_FIELD = /^(?:文件名称|标题)\s*[:：|｜]\s*[|｜]?\s*/u;
/**
 * A wire story's dateline that states the headline (新华社北京3月15日电 题：传递中国信心与力量——…,
 * widzvidz.com; 新华社北京3月17日电题：加强生态环境分区管控…答记者问, unseen10 b10-sadc): the
 * agency's convention for a story filed under a headline; what follows 题： is the title.
 */
export const WIRE_HEADLINE = /^\S{0,24}?\d{1,2}月\d{1,2}日电\s*(?:[（(][^）)]{0,24}[）)])?\s*题\s*[:：]\s*/u;
/**
 * A share widget's label printed on the title's line and what the page prints
 * after it (…还要当她的私人保镖？分享到：【同期】…, unseen11 b11-crntthk): the
 * widget closes the headline, as the chrome stage's share-widget rule reads the
 * label on a line of its own (分享到 : on dswxyjy.org.cn, 分享到微信 分享到微博 on
 * bingdoc.com). Only 分享到/分享至: a headline may end in 分享 (…经验分享).
 */
export const SHARE_WIDGET_CUT = 'a share widget after the title';
const SHARE_WIDGET = /(?<=\S)\s*分享(?:到|至)\s*[:：]?.*$/u;
/**
 * The label of the title the story had where it was first printed (原标题：…): a repost that
 * prints no headline of its own keeps it, in 【】 before the lede ((【原標題:平陰縣…座談會】財金網消息…,
 * unseen17 b17-geyaocha) or on a line of its own (原标题:重庆市相关部门“发言人”进社区…, unseen11
 * b11-shifen; 原标题：春季学期开学，织密返校疫情防控网, ho-jspeople, the chrome stage's line rule):
 * the label names the field, what follows is the title.
 */
const ORIGINAL_TITLE = /^原(?:标题|题)\s*[:：]\s*(?=\S)/u;
/**
 * A reporter's or photographer's credit in brackets closing the title's line
 * (访谈活动-与徐远谋老师有约(小记者:育齐.冠宇.东晋), a school's reporters, unseen13 c13-ilc;
 * 对话潍坊市公安局局长闫希军(摄影/刘自勇), a picture's caption, unseen2 v1-bilezu): who wrote
 * or shot it, never the headline's words. A role label and a colon or slash open it.
 */
const TRAILING_CREDIT = /\s*[（(](?:小记者|(?:本报|特约|实习)?记者|通讯员|作者|撰稿|撰文|摄影|文字?|图|文图|图文)\s*[:：/／][^（）()]{1,24}[）)]$/u;
/** A column's name after a separator closing the headline (…的决心丨香港一线); one before it is title-column.ts's. */
const COLUMN_TAIL = /(?<=\S)\s*[|｜丨]\s*([^|｜丨_]{2,8})$/u;
/**
 * A newspaper's name and its reporters' credit in 【】 before a headline, as a
 * blog reposting a paper's story titles its post (2008-07-29 工商时报 【陈彦淳/东京采访报导】 康师傅…):
 * the paper's, not the story's; the credit is what isBylineLine reads.
 */
const NEWSROOM_CREDIT = /^[\p{Script=Han}]{0,8}\s*【([^【】]{2,40})】\s*/u;
/**
 * A short name after a hyphen with a space beside it, closing the headline (李国章童年冇「家教」 - 李八方,
 * the columnist's name, dweb.news, unseen14 c14-dweb; …关于2024年州庆放假的通告 -凯发地址首页app, the site's,
 * unseen13 c13-hg4067): a Chinese headline joins its parts with ——, not a spaced hyphen, so such a hyphen is the
 * page <title>'s separator and the short name after it the site's or the author's (an unspaced one may join a
 * headline's own parts: 访谈活动-与徐远谋老师有约).
 */
const DASH_NAME = /(?<=[\p{Script=Han}\p{P}])(?:\s+-{1,2}\s*|\s*-{1,2}\s+)([\p{Script=Han}A-Za-z0-9]{2,10})$/u;
/** A headline cut short by the page's <title> or a list: 【安徽阜阳一动物园2... */
const TRUNCATED = /(?:\.{3}|…+)$/u;

/** A label and a date and nothing else (归档时间：2018-11-21, 时间：2022-06-30 06:25:00): the page's info line. */
const LABELLED_DATE = /^[\p{Script=Han}]{1,6}\s*[：:]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u;
/**
 * A post's date with its clock time and a count of its views closing the line, whoever the line
 * names before them (赖义中 2014/09/22 22:53 点阅 784 次 on anntw.com, unseen14 c14-anntw; 时间:2020-10-24
 * 11:09:00 浏览量:105, 發布時間:2025-01-15 12:55:41 閱讀數:6927 on other sites): the page's info line, never a title.
 */
const VIEWED_STAMP = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?.{0,24}?(?:点阅|点击|阅读|浏览)(?:次数|量|数)?\s*[:：]?\s*\d*\s*次?$/u;
/**
 * A name and a post's date with its clock time, and nothing else (资深长老2025-11-11 13:13:33, a forum
 * poster over the thread's title on hlgnet.com, class sample titles-s19 13; 每日经济新闻 2021-03-05 00:21:14,
 * the outlet over the story on nbd.com.cn, cases/c3b-nbd): who posted and when, never a title — a
 * headline does not end in a clock time.
 */
const NAMED_STAMP = /^[^\s\d\p{P}\p{S}]{1,12}\s*\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/u;
/** A label and a number and nothing else (网站客服:3074922707, 联系电话：84075009): a contact line. */
const LABELLED_NUMBER = /^[\p{Script=Han}]{2,8}\s*[：:]\s*[\d\s()（）+\-－—]{5,}$/u;
/** A short label wholly in brackets: a column's marker (（新闻）), never a headline. */
const BRACKETED_LABEL = /^[（(【［\[][^（）()【】［］\[\]]{1,6}[）)】］\]]$/u;
/**
 * A line wholly in round brackets: a note on the document under its title — the occasion
 * ((於伦敦举行的…讲座) on hkma.gov.hk), its standing ((此份会议纪要业经政府当局审阅) on legco.gov.hk,
 * (预拟致词稿) on mofa.gov.tw) — never the title itself.
 */
const BRACKETED_NOTE = /^[（(][^（）()]{2,60}[）)]$/u;
/** A page's count of its own length or reading time, alone on its line (本篇文章647字,读完约2分钟). */
const PAGE_COUNTER = new RegExp(`^(?:${alternatives(PAGE_COUNTERS)})(?:[，,、\\s]*(?:${alternatives(PAGE_COUNTERS)}))*[。.]?$`, 'u');
/** A periodical's name and issue alone on the line. */
const PERIODICAL_ISSUE = new RegExp(`^(?:${alternatives(PERIODICAL_ISSUES)})$`, 'u');
/** A section's label and its heading (引言：…): the text's first heading, not its title. */
const SECTION_LABEL = new RegExp(`^(?:${alternatives(SECTION_LABELS)})\\s*[：:]`, 'u');
const SKIP_LINK = new RegExp(`^(?:${alternatives(SKIP_LINKS)})[。.！!]?$`, 'u');
/** A site's welcome banner, alone or with the site's slogan after a comma (欢迎光临含义网,提供专业问答知识). */
const WELCOME_BANNER = new RegExp(`^(?:${alternatives(WELCOME_BANNERS)})(?:[，,！!]\\s*[^，,。！!]{1,16})?[。.！!]*$`, 'u');
/**
 * A welcome banner closed by its ! with the toolbar's links after it on the same line (…欢迎您!N/A 返回…门户网站): the links
 * set off by spaces or bars, an ASCII token between them an empty template field (title-vocabulary.ts BANNER_LINKS).
 */
const BANNER_LINK = `(?:${alternatives(BANNER_LINKS)})`;
const LINKED_BANNER = new RegExp(`^(?:${alternatives(WELCOME_BANNERS)})[！!]\\s*(?:[\\x21-\\x7e]{1,8}\\s*)?${BANNER_LINK}(?:\\s*[|｜]?\\s*${BANNER_LINK})*$`, 'u');
export const LINKED_BANNER_REFUSAL = "the site's welcome banner and its toolbar links (welcome-banner-links)";
/** A masthead's line: organisations, each followed by its role, and nothing else. */
/**
 * The day and the occasion of a speech under its title, hard-wrapped or not
 * (2023年1月14日在湖北省第十四届人民代表大会第一次会议上): when and where it was
 * given, never its title.
 */
export const DATED_OCCASION = /^[（(]?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?在/u;
/** Where an occasion line ends: …会议上, …大会上的讲话）. */
export const OCCASION_END = /上(?:的[\p{Script=Han}]{2,4})?[）)]?$/u;
export const OCCASION_REFUSAL = "a speech's day and occasion under its title";
const SPONSOR = new RegExp(`^(?:[\\p{Script=Han}（）()]{2,30}(?:${alternatives(SPONSOR_ROLES)})\\s*)+$`, 'u');
const DECORATION = new RegExp(`\\s*(?:${alternatives(TITLE_DECORATIONS)})$`, 'u');
/**
 * The year a title opens with, printed again in brackets after it (2022年支部书记党课讲稿(2022年), moyanwh.cn): a listing's
 * stamp, since the title already names its year. A bracketed date the title does not repeat is its own (…公示（2021年11月）).
 */
const YEAR_AGAIN = /(?<=^((?:19|20)\d{2})年.{4,})\s*[（(]\1年?[）)]$/u;

const INFO_LABEL = new RegExp(`^[（(]?(?:${alternatives(INFO_LABELS)})\\s*(?:[：:|｜]|\\s\\S)`, 'u');
/** 文号: 湘政办发〔2009〕24号, 汉政办发〔2021〕88号, 盘政发〔2010〕22号. */
const DOC_NUMBER_BODY = '[\\p{Script=Han}]{1,10}[〔［\\[【(（]\\s*(?:19|20)\\d{2}\\s*[〕］\\]】)）]\\s*\\d{1,4}\\s*号';
const DOC_NUMBER = new RegExp(`${DOC_NUMBER_BODY}$`, 'u');
/** A 文号 printed before the title on the same line, or glued to it: 盘政发〔2010〕22号 盘锦市人民政府关于…的决定, 凌政办发[2020]35号凌海市推进…的通知. */
const DOC_NUMBER_LEAD = new RegExp(`^${DOC_NUMBER_BODY}\\s*(?=\\S)`, 'u');
/** A 文号 in brackets after the title: …的通知(岳办发〔2017〕2号). */
const DOC_NUMBER_TRAIL = new RegExp(`\\s*[（(]\\s*${DOC_NUMBER_BODY}\\s*[）)]$`, 'u');
/** A 文号 closing the line without brackets: …的通知 湘政发〔2024〕7号, …的通知湘政办发〔2024〕7号. */
const DOC_NUMBER_CLOSE = new RegExp(`[\\p{Script=Han}]{1,10}\\s*[〔［\\[【(（]\\s*(?:19|20)\\d{2}\\s*[〕］\\]】)）]\\s*\\d{1,4}\\s*号$`, 'u');

/**
 * A notice's title with its 文号 printed after it on the same line (GB/T 9704
 * puts the 文号 over the title; a page's list or <title> runs them together):
 * where the title ends is where its genre word does or a space stands, so
 * the issuer's abbreviation is told from the title's last words.
 */
function trailingDocNumber(title: string): number | undefined {
  const m = DOC_NUMBER_CLOSE.exec(title);
  if (!m) return undefined;
  const bracket = title.slice(m.index).search(/[〔［\[【(（]/u) + m.index;
  for (let k = m.index; k < bracket; k++) {
    const head = title.slice(0, k).trim();
    if (head.length >= 6 && (endsInGenreWord(head) || /\s$/u.test(title.slice(0, k)))) return k;
  }
  return undefined;
}

/** The year a 文号 was issued in: 湘政办发〔2009〕24号 → 2009. */
export function docNumberYear(line: string): number | undefined {
  const m = DOC_NUMBER.exec(line.trim());
  return m ? Number(/(?:19|20)\d{2}/u.exec(m[0])![0]) : undefined;
}

/** A menu, breadcrumb or toolbar: items between separators (注册 | 登录, 首页 >> 情感, 当前位置：首页 >). */
const NAVIGATION = /\s[|｜>»›/]\s|>>|\s[|｜]|[|｜]\s|^[|｜]|[|｜]$|[>»›]$/u;
const HAN = /\p{Script=Han}/gu;

/** Whether most of the line is Chinese: `404 Not Found`, `nginx` and `English` are not titles. */
function mostlyHan(line: string): boolean {
  const chars = line.replace(/[\s\p{P}\p{S}\d]/gu, '');
  return chars.length > 0 && (line.match(HAN)?.length ?? 0) * 2 >= chars.length;
}

/**
 * A run of short words between spaces: a menu or a tag list (中国政府网
 * 黑龙江省政府网 English … 市纪委监委); three parallel phrases of a headline
 * (奋进新征程 建功新时代 喜迎二十大) are not one.
 */
function wordRun(line: string): boolean {
  const tokens = line.split(/[\s\u3000]+/u).filter(Boolean);
  return (tokens.length >= 4 && tokens.every((t) => [...t].length <= 8)) || (tokens.length >= 3 && tokens.every((t) => [...t].length <= 3));
}

/** A line that is the same text twice (an image's alt text doubled: 农业部答记者问农业部答记者问). */
function doubled(line: string): boolean {
  const half = line.length / 2;
  return Number.isInteger(half) && half >= 2 && line.slice(0, half) === line.slice(half);
}

/** Endings of an issuing body's name: 江西省统计局, 国家统计局江西调查总队, 湖南省人民政府办公厅. */
const BODY_END = /(?:委员会|办公室|办公厅|人民政府|政府|党委|党组|局|厅|委|院|调查总?队|总队|支队)$/u;
/** Endings that make a single name a body on its own; 中心 or 部 alone end titles too. */
const STRONG_BODY_END = /(?:委员会|办公室|办公厅|人民政府|统计局|调查总?队)$/u;

/** A line naming only the bodies that issue a document: 江西省统计局 国家统计局江西调查总队. */
export function isIssuerLine(line: string): boolean {
  if (line.length > 40 || /[\p{P}]/u.test(line.replace(/[（）()]/gu, ''))) return false;
  const tokens = line.split(/[\s\u3000]+/u).filter(Boolean);
  if (tokens.length === 1) return STRONG_BODY_END.test(tokens[0]!) && [...tokens[0]!].length <= 20;
  return tokens.length <= 4 && tokens.every((t) => BODY_END.test(t) && [...t].length >= 3);
}

/** Labels spaced out to the width of a table column, closed up: 索   引   号 → 索引号, 地  点 → 地点. */
export const closeUp = (line: string) => line.replace(/(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu, '');

/** Why a periodical's masthead and issue is no title; the structure stage drops it above a text that prints no title. */
export const PERIODICAL_REFUSAL = "a periodical's issue line";

/** A colon: two labels need two (most lines have none, and are not searched for labels). */
const COLON = /[：:]/u;

/** Why the line can never be a title, or undefined when it may be one. */
export function refusal(line: string): string | undefined {
  if (!mostlyHan(line)) return 'not Chinese text (server output, a language switch)';
  if (SKIP_LINK.test(line.trim())) return "a skip link to the page's main text";
  if (PAGE_COUNTER.test(line.trim())) return "the page's count of its length or reading time";
  if (PERIODICAL_ISSUE.test(line.trim())) return PERIODICAL_REFUSAL;
  if (WELCOME_BANNER.test(line.trim())) return "the site's welcome banner";
  if (LINKED_BANNER.test(line.trim())) return LINKED_BANNER_REFUSAL;
  if (BRACKETED_LABEL.test(line.trim())) return "a column's marker in brackets";
  if (BRACKETED_NOTE.test(line.trim())) return 'a note on the document in brackets';
  if (SPONSOR.test(line.trim())) return "a masthead naming the bodies behind the site";
  if (DATED_OCCASION.test(line.trim())) return OCCASION_REFUSAL;
  if (TRUNCATED.test(line)) return 'cut short';
  if (NAVIGATION.test(line)) return 'a menu or breadcrumb';
  if (SECTION_LABEL.test(line.trim())) return "a section's label: the text's own heading";
  const compact = closeUp(line);
  if (LABELLED_DATE.test(compact.trim()) || INFO_LABEL.test(compact) || (COLON.test(compact) && (compact.match(/[\p{Script=Han}]{2,6}\s*[：:]/gu)?.length ?? 0) >= 2)) return 'an info line';
  if (LABELLED_NUMBER.test(compact.trim())) return 'a contact line';
  if (VIEWED_STAMP.test(line.trim()) && line.length <= 60) return "the post's time and count of views";
  if (NAMED_STAMP.test(line.trim())) return "a poster's name and the post's time";
  if (DOC_NUMBER.test(line)) return 'a 文号';
  if (isIssuerLine(line)) return 'an issuing body';
  if (wordRun(line)) return 'a run of menu words or tags';
  if (doubled(line.replace(/\s+/gu, ''))) return 'a doubled line';
  return undefined;
}

/**
 * A field label opening what follows the title on its line (来源：, 发布时间：), or the
 * post's date and clock time, after a mark of a few characters at most (©原创 2022-01-19 15:53 作者：…).
 */
const FIELD_OPENING = /^(?:[\p{Script=Han}]{2,6}\s*[：:]|(?:\S{1,4}\s+)?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}[:：]\d{2})/u;

/**
 * The page's info line glued after the title on one line, a space between
 * (霸州公安提示：元宵节勿忘禁燃禁放 来源：发布时间：2022-02-15 15:52 浏览次数：次;
 * 春运第一天,交警护航忙 ©原创 2022-01-19 15:53 作者:赵飞 on bozhou.cn):
 * where the rest of the line from a space on reads as an info line by itself,
 * the title ends at that space. Returns the title and the info line, or undefined.
 */
export function gluedInfoLine(title: string): { title: string; info: string } | undefined {
  for (const m of title.matchAll(/\s+/gu)) {
    const head = title.slice(0, m.index).trim();
    const info = title.slice(m.index + m[0].length).trim();
    if ([...head].length >= 6 && FIELD_OPENING.test(info) && refusal(info) === 'an info line' && !refusal(head)) return { title: head, info };
  }
  return undefined;
}

/** The line with what a page glued to its title cut off. */
export function cleanTitle(line: string, siteNames: readonly string[] = []): CleanTitle {
  const cut: Cut[] = [];
  let title = line.trim();
  const strip = (re: RegExp, where: 'start' | 'end', reason: string) => {
    const m = re.exec(title);
    if (!m || m[0].length >= title.length) return;
    cut.push({ text: m[0].trim(), reason });
    title = (where === 'start' ? title.slice(m[0].length) : title.slice(0, m.index)).trim();
  };
  // Labels in brackets after the title, one after another (…致辞全文(只有中文)(附图/短片).
  const trailingLabels = () => {
    for (let before = ''; before !== title; ) {
      before = title;
      strip(TRAILING_LABEL, 'end', 'column label after the title');
    }
  };
  const infoLineOff = () => {
    const glued = gluedInfoLine(title);
    if (!glued) return;
    cut.push({ text: glued.info, reason: 'the page\'s info line glued after the title → date', front: true });
    title = glued.title;
  };
  const head = ADDRESS_HEAD.exec(title) ?? DAMAGED_HEAD.exec(title);
  const after = head ? title.slice(head[0].length) : '';
  if (head && [...after].length >= 6 && /^\p{Script=Han}/u.test(after) && endsInGenreWord(after)) {
    cut.push({ text: head[0].trim(), reason: 'an address or a damage mark before the title' });
    title = after;
  }
  strip(BULLET, 'start', 'list bullet before the title');
  strip(SHARE_WIDGET, 'end', SHARE_WIDGET_CUT);
  strip(TABLE_CELLS, 'end', "a table dump's empty cells after the title");
  infoLineOff();
  strip(TITLE_FIELD, 'start', "the title field's label");
  strip(WIRE_HEADLINE, 'start', "a wire story's dateline stating its headline");
  const numbered = DOC_NUMBER_LEAD.exec(title);
  if (numbered && title.length - numbered[0].length >= 6) {
    cut.push({ text: numbered[0].trim(), reason: '文号 before the title → date', front: true });
    title = title.slice(numbered[0].length);
  }
  const trailing = DOC_NUMBER_TRAIL.exec(title);
  if (trailing && trailing.index >= 6) {
    cut.push({ text: trailing[0].trim().replace(/^[（(]|[）)]$/gu, ''), reason: '文号 after the title → date', front: true });
    title = title.slice(0, trailing.index);
  }
  const closing = trailingDocNumber(title);
  if (closing !== undefined) {
    cut.push({ text: title.slice(closing).trim(), reason: '文号 after the title → date', front: true });
    title = title.slice(0, closing).trim();
  }
  // A kicker, a series' label or a photo's file name before a headline long enough to stand alone.
  for (const [re, why] of [[KICKER, "newsroom kicker before the title (kicker-slash)"], [SERIES_REPORT, "series label before the title (kicker-series-report)"], [IMAGE_FILE, "image file name before the title (image-file-head)"]] as const) {
    const m = re.exec(title);
    if (m && plainText(title.slice(m[0].length)).length >= 8) strip(re, 'start', why);
  }
  // A column's label before the headline (经济热点部长谈丨…, 【持续推进扫黑除恶专项斗争】…, 访谈实录)…), not before a site's name (采访部长|新华网).
  const columnOff = () => {
    const label = columnLabel(title, (rest) => titleParts(rest, [...siteNames]).headline !== undefined);
    if (label === undefined) return;
    cut.push({ text: label.trim(), reason: 'column label before the title' });
    title = title.slice(label.length).trim();
  };
  columnOff();
  const parts = titleSeparated(title);
  if (parts.length > 1) {
    // A part that names only the site or a column has no headline of its own.
    const headlines = parts.filter((p) => titleParts(p, [...siteNames]).headline !== undefined && !refusal(p));
    if (headlines.length === 1) {
      for (const p of parts) if (p !== headlines[0]) cut.push({ text: p, reason: 'site or column name beside the title' });
      title = headlines[0]!;
    }
  }
  const dashed = DASH_NAME.exec(title);
  if (dashed && !endsInGenreWord(dashed[1]!) && plainText(title.slice(0, dashed.index)).length >= Math.max(6, 2 * [...dashed[1]!].length)) {
    cut.push({ text: dashed[0].trim(), reason: 'site or author name after a spaced hyphen' });
    title = title.slice(0, dashed.index).trim();
  }
  // After the site's name is off: what a separator still leaves at the end names a column.
  const tail = COLUMN_TAIL.exec(title);
  if (tail && tail.index >= Math.max(8, 2 * [...tail[1]!].length)) strip(COLUMN_TAIL, 'end', 'column label after the title');
  // A site named for the genre it hosts (讲话稿 on demotpfc.com, unseen10 a10-demotpfc) is the title's own
  // genre word where the title ends in it (初中教师国旗下的讲话稿), not a name glued after it.
  for (const site of siteNames) {
    if ([...site].length < 3) continue;
    if (title.startsWith(site) && title.length - site.length >= 6 && !ISSUER_OPENS.test(title.slice(site.length))) {
      cut.push({ text: site, reason: 'site name glued to the title' });
      title = title.slice(site.length).replace(/^[\s:：_|｜-]+/u, '');
    } else if (title.endsWith(site) && title.length - site.length >= 6 && !endsInGenreWord(site)) {
      cut.push({ text: site, reason: 'site name glued to the title' });
      title = title.slice(0, -site.length).replace(/[\s:：_|｜-]+$/u, '');
    }
  }
  // Once the site's name is off, a label it stood before.
  columnOff();
  strip(COLUMN_PREFIX, 'start', 'column label before the title');
  strip(LISTING_LABEL, 'start', "a listing's numbered label before the title");
  trailingLabels();
  for (let n = 0; n < 2; n++) strip(FILE_TAG, 'end', "the shared file's extension or page count");
  // Marks may stack: the collection's count, then the item's number (…致辞(汇总16篇)篇一 on xyvh.cn).
  for (let before = ''; before !== title; ) {
    before = title;
    strip(DECORATION, 'end', "a model-text site's mark after the title");
    strip(YEAR_AGAIN, 'end', "the title's own year printed again in brackets after it");
  }
  const tag = GENRE_TAG.exec(title);
  if (tag) {
    cut.push({ text: tag[0], reason: "uploader's genre tag after the title" });
    title = title.slice(0, tag.index) + title.slice(tag.index + tag[0].length);
  }
  trailingLabels();
  const full = FULL_TEXT.exec(title);
  // The site's mark closes the line as printed; before a press office's own labels (…致辞全文(只有中文)) 全文 is the release's title.
  if (full && full.index >= 6 && FULL_TEXT.test(line.trim()) && (/》$/u.test(title.slice(0, full.index)) || endsInGenreWord(title.slice(0, full.index)))) {
    cut.push({ text: full[0].trim(), reason: 'a mark that the page carries the full text, after the title' });
    title = title.slice(0, full.index);
  }
  const wrapped = unwrapped(title);
  if (wrapped) {
    cut.push({ text: wrapped.marks, reason: 'marks around the whole title' });
    title = wrapped.inner;
  }
  strip(ORIGINAL_TITLE, 'start', "the original title's label");
  strip(TRAILING_CREDIT, 'end', "a reporter's credit in brackets after the title");
  const dated = TRAILING_DATE.exec(title);
  if (dated && dated.index >= 4) {
    cut.push({ text: dated[1]!, reason: 'date after the title → date', front: true });
    title = title.slice(0, dated.index);
  }
  if (titleGenre(title) === 'speech') {
    const speaker = SPEAKER_COLON.exec(title) ?? SPEAKER_AT.exec(title);
    if (speaker && isPersonName(speaker[1]!) && !POST_END.test(speaker[1]!)) {
      cut.push({ text: speaker[1]!, reason: "speaker's name before the title → speakers", front: true });
      title = title.slice(speaker[0].length);
    }
  }
  const date = LEADING_DATE.exec(title);
  const result: CleanTitle = { title, cut };
  if (date && title.length - date[0].length >= 6) {
    result.date = date[0].replace(/[，,、\s]+$/u, '');
    result.title = title.slice(date[0].length);
  }
  const credit = NEWSROOM_CREDIT.exec(result.title);
  if (credit && isBylineLine(credit[1]!) && [...result.title.slice(credit[0].length)].length >= 6) {
    cut.push({ text: credit[0].trim(), reason: "a newspaper's credit before the title" });
    result.title = result.title.slice(credit[0].length);
  }
  return result;
}

/**
 * A subtitle's dash opening the chosen title: the page printed no headline
 * over its ——subtitle line, and that line names the document (——茌平区…支书马立岭在…研讨会上的发言,
 * unseen11 b11-senqingzn; —— 2018年新学期校长寄语 printed last, unseen10 b10-whdslt). The dash
 * joins a subtitle to a headline; with none above it, it is no part of the title.
 */
const SUBTITLE_DASH = /^(?:——|――|──|—|－－|--)\s*(?=\S)/u;
/**
 * A breadcrumb from the home page glued before the chosen title: its last crumb
 * names the page itself, the headline (首页/地方综合/台湾区南投县…返乡活动, unseen9
 * b9-tristarnews; 首页> 1998> 12月17日> 中国首届青少年网络大赛闭幕 over the same
 * headline on today.help.bj.cn, title-s15 sample A 09). Crumbs are short, so a
 * headline holding a slash (中国/东盟…) is not read as one.
 */
const HOME_CRUMBS = /^(?:首页|首頁|主页|网站首页)\s*(?:[/／>»›]|>>)\s*(?:[^/／>»›\s]{1,10}\s*(?:[/／>»›]|>>)\s*)*(?=[^/／>»›]+$)/u;

/** A separator a page's <title> puts between the headline and the site's name (标题 – RTHK, 标题_XX网, XX网 | 标题); not a subtitle's ——. */
const NAME_SEPARATOR = /^\s*(?:[_|｜丨·•–]|-{1,2})\s*/u;
/** The longest name read as the site's beside a headline the text prints again. */
const NAME_MAX = 16;
const plainText = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '');

/**
 * What the title's line adds after or before a separator to a headline the text prints again alone
 * (段崇智…指标 – RTHK over a text that ends in 段崇智…指标, unseen12 c12-internethk; the same shape,
 * …有温度 - 太原晚报 and the headline alone, on cases/news-tywbw, …启运珠江口盆地_南方网 on cases/c3b-southcn): two copies of the
 * title agree on the headline, and what one adds around it is the site's name — title-agreement.ts's
 * reading of the copies above the text, applied to a copy inside it. Undefined where no line of the
 * text is such a copy.
 */
function nameBesideCopy(title: string, text: readonly string[]): { headline: string; name: string } | undefined {
  for (const line of text) {
    const copy = line.trim();
    // Only a copy at the title's start or end is read below: the line's plain
    // text, a regular expression over it, is measured only then.
    if (copy === title || !(title.startsWith(copy) || title.endsWith(copy)) || plainText(copy).length < 6) continue;
    for (const [outside, open] of [
      [title.startsWith(copy) ? title.slice(copy.length) : undefined, true],
      [title.endsWith(copy) ? title.slice(0, -copy.length) : undefined, false],
    ] as const) {
      if (outside === undefined) continue;
      const separator = open ? NAME_SEPARATOR.exec(outside) : new RegExp(`${NAME_SEPARATOR.source.slice(1)}$`, 'u').exec(outside);
      if (!separator || separator[0].trim() === '') continue;
      const name = (open ? outside.slice(separator[0].length) : outside.slice(0, -separator[0].length)).trim();
      if (name.length > 0 && [...name].length <= NAME_MAX && !/[，。；！？、]/u.test(name)) return { headline: copy, name: outside.trim() };
    }
  }
  return undefined;
}

/**
 * A day, or a place's name, glued before a title without a separator, by the date grammar (3月21日, 21日) or the
 * division list (保定): what a site's list or headline puts before a document's own title.
 */
const GLUED_DAY = /^(?:(?:19|20)\d{2}年)?(?:[0-9一二三四五六七八九十]{1,2}月)?[0-9一二三四五六七八九十]{1,3}日$/u;
const PREFIX_MAX = 8;
function dayOrPlace(prefix: string): boolean {
  if (GLUED_DAY.test(prefix)) return true;
  const mentions = findMentions(prefix);
  return mentions.length > 0 && mentions.map((m) => m.text).join('') === prefix;
}

/**
 * The title's line with a day or a place glued before a copy of the title the text prints again without it
 * (3月21日永登县公安局关于…的通告 over 永登县公安局关于…的通告, unseen20 b20-xhyb; 保定腰山镇人民政府关于…的通告 over
 * 腰山镇人民政府关于…的通告 under the site's 导语, unseen21 b21-bendibao): the two copies agree on the document's own
 * title, and what one has and the other lacks is the site's. A copy that is a complete document title only (its genre
 * word closing it), so that a headline's clause printed again as a line is not read as one.
 */
function prefixBeforeCopy(title: string, text: readonly string[]): { headline: string; prefix: string } | undefined {
  for (const line of text) {
    const copy = line.trim();
    if (copy === title || !title.endsWith(copy) || plainText(copy).length < 6 || !endsInGenreWord(copy)) continue;
    const prefix = title.slice(0, -copy.length).trim();
    if ([...prefix].length > 0 && [...prefix].length <= PREFIX_MAX && dayOrPlace(prefix)) return { headline: copy, prefix };
  }
  return undefined;
}

/** The chosen title with what only a title line's position left on it cut off: a breadcrumb, a subtitle's dash, a site's name the text's copy of the headline lacks; then title-sanitize.ts's rows. */
export function finishTitle(title: string, text: readonly string[]): CleanTitle {
  const cut: Cut[] = [];
  let rest = title;
  const named = nameBesideCopy(rest, text);
  if (named) {
    cut.push({ text: named.name, reason: "the site's name beside the title, which the text prints again without it" });
    rest = named.headline;
  }
  const prefixed = prefixBeforeCopy(rest, text);
  if (prefixed) {
    cut.push({ text: prefixed.prefix, reason: 'a day or a place glued before the title, which the text prints again without it' });
    rest = prefixed.headline;
  }
  const crumbs = HOME_CRUMBS.exec(rest);
  if (crumbs && mostlyHan(rest.slice(crumbs[0].length)) && [...rest.slice(crumbs[0].length)].length >= 6) {
    cut.push({ text: crumbs[0].trim(), reason: 'a breadcrumb glued before the title' });
    rest = rest.slice(crumbs[0].length);
  }
  const dash = SUBTITLE_DASH.exec(rest);
  if (dash && mostlyHan(rest.slice(dash[0].length)) && [...rest.slice(dash[0].length)].length >= 6) {
    cut.push({ text: dash[0].trim(), reason: "a subtitle's dash before a title printed without a headline" });
    rest = rest.slice(dash[0].length);
  }
  const sane = sanitizeTitle(rest);
  cut.push(...sane.cut);
  return { title: sane.title, cut };
}
