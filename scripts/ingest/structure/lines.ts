// Line-level features of cleaned text (simplified, full-width punctuation, one
// paragraph-level unit per line). Hand-written: these are conventions of
// Chinese official and newspaper typesetting that no library models.
import { dateLine } from '../../../core/dates/parse.ts';
import { LINE_POSTS, POSTS, SURNAMES as MORE_SURNAMES } from '../people/vocabulary.ts';
import { NOTICE_WORDS, REPORT_WORDS, SPEECH_WORDS, alternatives } from './genre-words.ts';
import { DATELINE_ENDS } from './title-vocabulary.ts';

/** Punctuation that ends a sentence; a line holding one inside is prose, not a title or heading. */
export const SENTENCE_END = /[。！？；]/;
/** Any punctuation a title or name line would not carry. */
const CLAUSE_MARK = /[，。！？；：]/;

const HAN = '\\p{Script=Han}';
const han = (n: string) => new RegExp(`^[${HAN}]${n}$`, 'u');

/** Numerals of section headings: 一、 （一） 1． */
const CN_NUM = '[一二三四五六七八九十百零〇]+';
const HEADING_PATTERNS: [RegExp, 2 | 3 | 4][] = [
  [new RegExp(`^${CN_NUM}、`), 2],
  [new RegExp(`^（${CN_NUM}）`), 3],
  [/^[0-9０-９]{1,2}(?:[．.、](?![0-9])|）)/, 4],
];

/** Depth of a numbered section prefix, if the line starts with one. */
export function numberedDepth(line: string): 2 | 3 | 4 | undefined {
  return HEADING_PATTERNS.find(([re]) => re.test(line))?.[1];
}

/**
 * A numbered line is a heading when what follows the number reads as a
 * caption: no sentence end inside (a single trailing 。 is tolerated) and not
 * too long. `（一）加强领导。要……` is a run-in heading of a paragraph, kept as text.
 */
export function isNumberedHeading(line: string): boolean {
  if (!numberedDepth(line)) return false;
  const inner = line.replace(/[。；]$/, '');
  return inner.length <= 50 && !SENTENCE_END.test(inner) && !/：$/.test(inner);
}

/** Short line with no clause punctuation at all: a candidate title, subheading or signature. */
export function isBareLine(line: string, max = 40): boolean {
  return line.length <= max && !CLAUSE_MARK.test(line);
}

/**
 * A title may carry commas (抓作风就是讲政治，抓作风就是谋发展) and, inside a
 * news headline, an exclamation or question mark (…推门票半价！5·19中国旅游日…,
 * …东北虎死亡？官方：…), but no full stop and does not end as a sentence.
 */
/** The longest official document title read by its GB/T 9704 shape. */
const NOTICE_TITLE_MAX = 150;
const NOTICE_END = new RegExp(`(?:${alternatives(NOTICE_WORDS)})(?:[（(][^（）()]{1,12}[）)])?$`, 'u');

/**
 * An official document's title by GB/T 9704's shape (发文机关 + 关于 + 事由 + 文种): it holds 关于 and ends in a
 * 文种 word, with no sentence or clause mark outside the titles it quotes (《…》, “…”). A 转发 title nests the
 * title it forwards, so it may run past any headline's length (湖南省环境保护厅办公室关于转发《关于印发“绿盾2017”…的通知》的通知,
 * 63 characters, unseen10 a10-hengyang).
 */
export function isNoticeTitle(line: string): boolean {
  const text = line.trim();
  if (text.length < 8 || text.length > NOTICE_TITLE_MAX || !/关于/u.test(text) || !NOTICE_END.test(text)) return false;
  const outside = text.replace(/《[^《》]*》/gu, '').replace(/“[^“”]*”/gu, '');
  return !/[。；！？：:，,]/u.test(outside);
}

export function isTitleLike(line: string): boolean {
  if (line.length > 60 && isNoticeTitle(line)) return true;
  if (line.length < 4 || line.length > 60) return false;
  if (/[。；]/.test(line) || /[！？：:]$/.test(line)) return false;
  if (numberedDepth(line) || isDateLine(line) || isBylineLine(line)) return false;
  return line.length <= 40 || !/，/.test(line);
}

/** Characters that end a title line whose thought continues on the next line. */
export const CONNECTIVE_END = /[暨和及与在的上、，同对]$|关于$|以及$/;
/** …and those that start a line continuing the previous one. */
export const CONNECTIVE_START = /^(?:暨|和|及|与|以及|上的|的|会议|大会)/;

/**
 * A line that is only a date, bare or in parentheses, in any form the date
 * grammar reads: （2012年5月29日）, 二〇一二年六月六日, 2021/02/27, （2023年5月）.
 */
export function isDateLine(line: string): boolean {
  const hit = dateLine(line);
  return hit !== undefined && hit.date.month !== undefined;
}

/** Labels of bylines and provenance lines set aside for the source stage; 记者会 / 记者招待会 opens a headline (记者会答问内容), not a byline. */
const BYLINE =
  /^(?:本报记者|本报通讯员|本报特约记者|特约记者|记者(?!招待会|会)|通讯员|实习生|作者|文\s*[/／]|图\s*[/／]|摄影|来源|稿源|供稿|编辑|责任编辑|责编|审核|校对|发布时间|发布日期|发表时间|时间[：:])/;

/**
 * A Taiwan newsroom's credit: the reporters or the desk, a slash, the place
 * filed from and 报导 (李奕纬/综合报导 on ctinews.com, 陈彦淳/东京采访报导 in
 * 工商时报's credit on ceo-speaks.blogspot.com, 梁贻婷、蔡水星╱台中报导). The
 * agency may come first as one more slashed credit (亚太新闻网/特派记者张建奎/竹县报导,
 * atanews.net, unseen12 c12-atanews): the place and 报导 still close it.
 */
const FILED_CREDIT = /^(?:[^\s，。/／╱]{2,24}\s*[/／╱]\s*){1,3}[\p{Script=Han}]{0,6}报[导道]$/u;

/** A byline, bare or in parentheses or 【】: 本报记者 颜小镇 文/图, （责任编辑：王五）, 记者 刘洋 摄, 【陈彦淳/东京采访报导】. */
export function isBylineLine(line: string): boolean {
  if (line.length > 60 || SENTENCE_END.test(line)) return false;
  const inner = line.replace(/^[（(](.*)[）)]$/, '$1').replace(/^【(.*)】$/u, '$1');
  // A heading that names its genre is a title, whatever word of a credit it opens with (编辑室报告, unseen15 c15-haixia).
  if (GENRE_HEADING.test(inner.trim())) return false;
  return BYLINE.test(inner) || TIMESTAMP.test(inner) || FILED_CREDIT.test(inner.trim()) || /(?:文\s*[/／]\s*图|\s摄)$/.test(inner);
}

/**
 * A heading of a few words closed by a genre word (genre-words.ts: 编辑室报告, 院长寄语, 紧急通知), with no label's
 * colon, slash or space in it: a credit names people after its label, never a genre.
 */
const GENRE_HEADING = new RegExp(`^[\\p{Script=Han}\\d]{0,12}(?:${alternatives([...SPEECH_WORDS, ...NOTICE_WORDS, ...REPORT_WORDS])})$`, 'u');

/** The end of a newswire dateline: 新华社北京5月9日电, 本报讯, 本报综合报道, 央视网消息; a Taiwan paper's 台南报导 (title-vocabulary.ts). */
const DATELINE_END = new RegExp(`(?:电|讯|报道|消息|${alternatives(DATELINE_ENDS)})$`, 'u');

/**
 * What a news story prints in 【】 before its first sentence: a dateline
 * (新华社北京5月9日电, 本报综合报道) or a newsroom's credit ending in its byline
 * after a space or slash (环球时报报道 记者 郭媛丹 刘欣, 《财经网》专稿/记者 罗昌平).
 */
export function isBracketCredit(inner: string): boolean {
  if (DATELINE_END.test(inner)) return true;
  for (const m of inner.matchAll(/[\s/／]+/gu)) if (isBylineLine(inner.slice(m.index + m[0].length))) return true;
  return false;
}

/** A line that opens with a bracketed dateline or credit: the first sentence of a news story. */
export function opensWithCredit(line: string): boolean {
  const m = /^【([^【】。]{2,60})】/u.exec(line);
  return m !== null && isBracketCredit(m[1]!);
}

/** A page timestamp, alone or before labelled fields: 2023-08-30 10:47 来源：市卫健委. */
const TIMESTAMP = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?:$|\s+\S{1,6}[：:])/;

/** A guest line introducing an interviewee: 本期嘉宾：市政务服务管理局局长 李明. */
export const GUEST_LABEL = /^(?:本期|访谈|在线|做客)?嘉宾[：:]\s*/;

/** A newspaper attribution: （《徐州日报》2022年9月27日 文/王任飞 谈建荣）, 《人民日报》（2023年1月2日 第04版）. */
export const ATTRIBUTION = /[（(]?《[^》]{2,20}》[^。！？]{0,60}?[）)]?$/;
/** The same, glued to the end of the last paragraph after its final sentence. */
export const TRAILING_ATTRIBUTION = /(?<=[。！？”」])\s*([（(]《[^》]{2,20}》[^（）()]{0,60}[）)]|[（(](?:来源|稿源|作者)[：:][^（）()]{1,60}[）)])$/;

export function isAttributionLine(line: string): boolean {
  if (/^[（(]?(?:来源|稿源|转自|转载自)[：:]/.test(line)) return line.length <= 80;
  return line.length <= 80 && /^[（(]?《/.test(line) && ATTRIBUTION.test(line) && !SENTENCE_END.test(line.replace(/[）)]$/, ''));
}

/**
 * Common Chinese surnames (single and compound), enough to tell a name line
 * (朱烜, 张 伟) from a short phrase. No maintained npm package ships this list.
 */
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯', '轩辕', '端木', '西门', '南宫', '独孤', '百里'];
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由傅赖阎'
  ),
);
// The surnames the people vocabulary adds, each with its examples (习 of 习近平, 洪 of 洪磊): a name line or a speaker's label with them is a name too.
for (const { term } of MORE_SURNAMES) SURNAMES.add(term);
/** Words that look like two-to-four character names but are not (谢谢大家 starts with the surname 谢). */
const NOT_A_NAME = /谢谢|大家|同志|朋友|全文|完毕|附件|各位|来宾|领导|女士|先生|主任|书记|记者|我们|你们|他们|什么|如何|怎么|一是|二是|三是|今天|目前|当前|总之|因此|所以|但是|同时|此外/;

/** A person's name of 2–4 Han characters starting with a known surname. */
export function isPersonName(text: string): boolean {
  if (!han('{2,4}').test(text) || NOT_A_NAME.test(text)) return false;
  if (COMPOUND_SURNAMES.some((s) => text.startsWith(s))) return text.length >= 3;
  return SURNAMES.has(text[0]);
}

export interface NameLine {
  name: string;
  role?: string;
}

/**
 * A name line under a title: 朱烜, 朱 烜 (spaced for typesetting), 张伟同志,
 * or a post before the name: 市委书记 张伟, 县长　李明.
 */
export function parseNameLine(line: string): NameLine | undefined {
  const postAfter = NAME_COMMA_POST.exec(line.trim());
  if (postAfter && isPersonName(postAfter[1]!)) return { name: postAfter[1]!, role: postAfter[2]! };
  const unlabelled = line.replace(GUEST_LABEL, '');
  if (unlabelled.length > 40 || CLAUSE_MARK.test(unlabelled)) return undefined;
  const trimmed = unlabelled.replace(/^[（(]|[）)]$/g, '').trim();
  const compact = trimmed.replace(/[\s\u3000]+/g, '').replace(/同志$/, '');
  if (isPersonName(compact)) return { name: compact };
  const tokens = trimmed.split(/[\s\u3000]+/);
  const name = tokens[tokens.length - 1].replace(/同志$/, '');
  const role = tokens.slice(0, -1).join('');
  if (tokens.length >= 2 && isPersonName(name) && POST_END.test(role)) return { name, role };
  return splitPostName(compact) ?? nameThenPost(trimmed);
}


/**
 * A speaker's name, a comma and the post after it, as Hong Kong's government pages print the line under a
 * speech's title (任志刚，香港金融管理局总裁 on hkma.gov.hk): a name line, never a title.
 */
const NAME_COMMA_POST = /^([\p{Script=Han}]{2,4})\s*[,，]\s*([\p{Script=Han}]{2,24}(?:总裁|主席|局长|司长|署长|处长|行长|校长|会长|院长|董事长|总经理))$/u;

/** Words that end a post title: 书记, 主任, 局长 … */
export const POST_WORDS =
  '书记|副书记|主任|副主任|局长|厅长|部长|市长|县长|区长|省长|州长|镇长|乡长|主席|组长|委员|院长|校长|所长|处长|科长|总经理|经理|董事长|会长|秘书长|常委|成员|政委|司令员|党组书记|主任委员|负责人|代表';
/**
 * What ends the post on a name line: these words, the people vocabulary's posts (检察长, 发言人, 总裁, 庭长…,
 * shared with the speakers stage) and its posts read in name lines only (社长).
 */
const LINE_POST_WORDS = [...new Set([...POST_WORDS.split('|'), ...[...POSTS, ...LINE_POSTS].flatMap((p) => p.term.split('|'))])].join('|');
const POST_END = new RegExp(`(?:${LINE_POST_WORDS})$`);

/** 市委书记张伟 → { name: 张伟, role: 市委书记 }, when the name is 2–3 characters after a post word. */
const POST_THEN_NAME = new RegExp(`^(.*(?:${POST_WORDS}))([\\p{Script=Han}]{2,3})$`, 'u');
function splitPostName(compact: string): NameLine | undefined {
  const match = POST_THEN_NAME.exec(compact);
  return match && isPersonName(match[2]) ? { name: match[2], role: match[1] } : undefined;
}

/**
 * A name followed by the bare post on the line (林泽安 院长 signing a9-westgarden's message; 姚玉雲校長 under
 * a9-stlkg's heading): the form a school or a hospital prints its head's name in. Unspaced, the name is three
 * characters, so that a phrase opening with a surname's character (高中校长, 常务副主任) is not read as one.
 */
const NAME_THEN_POST = new RegExp(`^([\\p{Script=Han}]{2,3})[\\s\u3000]*(${POST_WORDS})$`, 'u');
function nameThenPost(line: string): NameLine | undefined {
  const m = NAME_THEN_POST.exec(line);
  if (!m || /[副委务]/u.test(m[1]!)) return undefined;
  const spaced = /[\s\u3000]/u.test(line);
  return isPersonName(m[1]!) && (spaced || [...m[1]!].length === 3) ? { name: m[1]!, role: m[2]! } : undefined;
}

/**
 * Where a news lede starts inside a line: 连日来，近日，本报讯，据了解，9月26日，
 * 记者从…获悉. A headline run before it is the title glued to the first sentence.
 */
const LEDE_START = new RegExp(
  [
    '连日来', '近日', '日前', '近期', '近来', '本报讯', '据了解', '据悉', '记者从', '记者近日', '今年以来', '年初以来', '入夏以来', '入秋以来', '入冬以来', '开春以来',
    `(?:[0-9０-９]{4}年)?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:上午|下午|晚|晚上)?[，,]`,
    '【[^】]{2,12}】',
    // A speech's salutation glued to its title: …上的讲话同志们：
    '(?<=(?:讲话|致辞|发言|报告|讲稿))(?:同志们|各位代表|各位来宾|各位领导)[，,：:！!]',
    // A notice's addressee glued to its title: …的通知各县（市、区）卫生健康局：
    '(?<=(?:通知|意见|方案|决定|通报))各[^，。；：:]{1,40}[：:]',
  ].join('|'),
  'gu',
);

/** Index of the first lede marker after a headline of 6–50 characters, if any. */
export function ledeStart(line: string): number | undefined {
  for (const match of line.matchAll(LEDE_START)) {
    const at = match.index;
    if (at < 6) continue;
    if (at > 50) return undefined;
    const head = line.slice(0, at).replace(/[。！？\s]+$/, '');
    if (head.length >= 6 && !/[。！？；]/.test(head)) return at;
  }
  return undefined;
}

/**
 * Where a parallel headline (抓作风就是讲政治，抓作风就是谋发展，抓作风就是勇□) ends
 * in a damage mark that swallowed its junction with the lede (日来，全市…): the
 * mis-decoding took the last character, the 。 and the lede's first character
 * together. Cut right after the mark when the clauses before it repeat a
 * prefix — the rhythm of a headline, not of a lede — and only a short lede
 * fragment stands between the mark and the next comma.
 */
export function damagedJunction(line: string): number | undefined {
  const mark = /□+/.exec(line);
  if (!mark || mark.index < 6 || mark.index > 50) return undefined;
  const cut = mark.index + mark[0].length;
  const head = line.slice(0, cut);
  if (SENTENCE_END.test(head) || !/^[^，。]{0,4}，/.test(line.slice(cut))) return undefined;
  const clauses = head.split(/[，\s]+/);
  if (clauses.length < 3 || clauses.some((c) => c.length > 12)) return undefined;
  const prefix = clauses[0].slice(0, 2);
  return clauses.every((c) => c.startsWith(prefix)) ? cut : undefined;
}

/** A salutation that opens a speech: 同志们：, 各位领导、各位来宾：. It is body text. */
export function isSalutation(line: string): boolean {
  return line.length <= 40 && /[：:]$/.test(line) && /同志|来宾|朋友|领导|代表|女士|先生|大家/.test(line);
}

/** A photo caption: 图为…, ▲…, or one short sentence standing under the title. */
export function isCaptionMarked(line: string): boolean {
  return /^(?:[（(]?图为|▲|△|■|图[：:]|[（(]图[／/]?)/.test(line);
}
