// Credits a page prints around an article: bylines (新华社记者邹多为、唐诗凝),
// photo credits (…供图, 刘向真 摄), production credits (总监制：…, 审读：…,
// （编辑：…）). Not body text by the frontmatter contract; the names they carry
// go to the metadata stages with the line. Hand-written: these are print
// conventions of Chinese newsrooms that no library models.
import { isPersonName } from '../../structure/lines.ts';
import { segmenter } from '../../lib/jieba.ts';
import { isOfficialName } from '../../people/names.ts';
import { parseLabel } from '../../structure/turns.ts';

/** Reporters' roles, with the newsroom prefixes they take (本报, 特约, 全媒体 …). */
const ROLE = '(?:本报|本刊|本台|本网)?(?:全媒体|融媒体|首席|特约|见习|实习)?(?:记者|通讯员|实习生|特约评论员|评论员|撰稿人)';
const ROLE_RE = new RegExp(ROLE, 'u');
/** A byline's lead: 文丨, 文/, 整合 — the credit's own label. */
const LEAD = /^(?:[□■◆]\s*)?(?:文(?:\s*[‧·・、]\s*图)?\s*[丨|｜/／]\s*|整合\s+)?/u;
/** What a byline may carry after the names: 马俊峰/文, 受访者供图, 来源：中国青年报. */
const TAIL = /(?:\s*[/／]\s*(?:文|图|摄)|\s+(?:文\s*[/／]\s*图|图\s*[/／]\s*文))?\s*(?:(?:受访者|资料|网络|本报资料)?供图)?\s*(?:来源[:：]\s*\S{2,20})?$/u;
/**
 * The newsroom named before the role, one word: 新华社, 中青报·中青网, 新华网黑龙江频道,
 * 顶端新闻·河南商报. Not a clause that ends in a preposition or verb before 记者
 * (开场先向记者鞠躬, 告诉记者).
 */
const MEDIUM = /^(?:[\p{Script=Han}A-Za-z·・+]{1,20}(?<![向对给跟和与被让请诉据经])\s*)?$/u;

/** A name as bylines print it: 2–4 characters, letter-spaced for typesetting or not (丁 林, 李 舸). */
function nameOf(token: string): string | undefined {
  const compact = token.replace(/\s+/gu, '');
  return isPersonName(compact) || (/^[\p{Script=Han}]+·[\p{Script=Han}]+$/u.test(compact) && compact.length <= 10) ? compact : undefined;
}

/** A credit's name: one person's name, letter-spaced or not. */
export function isCreditName(text: string): boolean {
  return nameOf(text.trim()) !== undefined;
}

/** The names of a byline's name list (邹多为、唐诗凝、丁乐; 伊琳 李清芬; 程文昭、通讯员靳颖), or undefined if any item is not a name. */
function nameList(text: string): string[] | undefined {
  const items = text
    .split(/[、，,；;]|\s{2,}|\s(?=\p{Script=Han}{2})/u)
    .map((item) => item.trim().replace(new RegExp(`^${ROLE}\\s*`, 'u'), ''))
    .filter(Boolean);
  if (items.length === 0) return undefined;
  const names = items.map(nameOf);
  return names.every((n) => n !== undefined) ? (names as string[]) : undefined;
}

/**
 * A standalone byline: a newsroom, a reporter's role and names only —
 * 新华社记者邹多为、唐诗凝、丁乐 / 新华网黑龙江频道 记者 伊琳 李清芬 / 文丨政能亮特约评论员 韩涵 /
 * 记者程文昭、通讯员靳颖. An interview turn (记者：…) and a sentence (记者从…获悉) are not.
 */
export function bylineNames(line: string): string[] | undefined {
  const text = line.trim().replace(LEAD, '').replace(TAIL, '');
  if (text.length > 50 || /[。！？；：:“”"]/u.test(text)) return undefined;
  const role = ROLE_RE.exec(text);
  if (!role) return undefined;
  if (!MEDIUM.test(text.slice(0, role.index))) return undefined;
  return nameList(text.slice(role.index + role[0].length));
}

/** Labels of production credits: who edited, checked, supervised or wrote the piece up. */
const CREDIT_WORDS = '图文|总监制|监制|出品人?|总策划|策划|统筹|执笔人?|审读|审校|审核|终审|责任编辑|值班编辑|责编|编辑|校对|美编|设计|制作|编导|导演|文案|摄影|摄像|剪辑|视频编辑|文字编辑|流程编辑';

/**
 * A credit line read by its parts: credit labels, people's names, the unit a
 * name is signed for in brackets and where the story was filed from, set off
 * by spaces, 、, slashes or bars. Each new site prints its own arrangement of
 * the same parts: 图文：胡泽（县融媒体中心） (lvzhi.paituo.cc, unseen11 a11-paituo),
 * 特约评论员/苗瑞祥 (taicangdaily, unseen11 b11-taicangdaily), 记者 张宏斌 香港报道 |
 * (203.198.47.105, unseen11 b11-crntthk), 文字/黃家池 古悅璇 陸雪雯 趙雲梓 and 圖片/陸雪雯
 * (circlevilleutah.com, wide sample byline-s15 11), 图/何钰博 and 文/张兆阳
 * (bjhuanyue.com, wide sample byline-s15 09). The labels are the vocabulary
 * the rules above already read (ROLE, CREDIT_WORDS and the picture and text
 * labels of CREDIT_PART); a name must start with a surname, and one of them
 * must read as a person's by the segmenter's dictionary (not an ordinary word, not a place).
 */
const PART_LABEL = new RegExp(
  `^(?:(?:[\\p{Script=Han}A-Za-z·]{1,12}(?<![向对给跟和与被让请诉据经]))?${ROLE}|${CREDIT_WORDS}|文字|文图|图片|照片)\\s*[/／:：丨｜|]?|^(?:文|图|摄)\\s*(?:[/／:：丨｜|]|$)`,
  'u',
);
/** The unit a credit is signed for, in brackets: （县融媒体中心）. */
const PART_UNIT = /^[（(][\p{Script=Han}·]{2,16}[）)]/u;
/** Where the story was filed from: 香港报道, 台北采访报导. */
const PART_FILED = /^[\p{Script=Han}]{2,4}(?:采访)?报[导道](?=$|[\s/／|｜])/u;
const PART_SEPARATOR = /^[\s、/／|｜丨]+/u;

export function creditPartNames(line: string): string[] | undefined {
  let text = line.trim().replace(/^[□■◆●]\s*/u, '').replace(/\s*[|｜]\s*$/u, '');
  if ([...text].length > 50 || /[。！？；，,“”"‘’《》]/u.test(text)) return undefined;
  const names: string[] = [];
  let labels = 0;
  let filed = false;
  while ((text = text.replace(PART_SEPARATOR, '')) !== '') {
    const label = PART_LABEL.exec(text);
    if (label && label[0].trim() !== '') {
      labels++;
      text = text.slice(label[0].length);
      continue;
    }
    const unit: RegExpExecArray | null = PART_UNIT.exec(text) ?? (names.length > 0 && !filed ? PART_FILED.exec(text) : null);
    if (unit) {
      filed ||= !unit[0].startsWith('（') && !unit[0].startsWith('(');
      text = text.slice(unit[0].length);
      continue;
    }
    const token = /^[\p{Script=Han}·]+/u.exec(text)?.[0];
    // A name ends the token or runs into the next label (记者余承翰/摄影 splits at the slash).
    if (!token || !isPersonName(token)) return undefined;
    names.push(token);
    text = text.slice(token.length);
  }
  // The surname list admits words (强调, 常德); the dictionary confirms at least one
  // of the names (黄家池 starts with the word 黄家, 古悦璇 beside it reads as a name).
  return labels > 0 && names.some(isOfficialName) ? names : undefined;
}


const CREDIT_LABEL = `(?:${CREDIT_WORDS})`;
const CREDIT_PAIR = new RegExp(`${CREDIT_LABEL}\\s*[:：]\\s*[^:：（）()【】]{0,40}?(?=\\s+${CREDIT_LABEL}\\s*[:：]|\\s*$)`, 'gu');

/**
 * A line of production credits only, bracketed or not: 总监制：邹 明 / 审 读：崔向升 /
 * 执笔人：闵乐夫 赵兰波 / （视频编辑：龙威 文字编辑：张淑兰） / 【纠错】 责任编辑: 徐宙超 /
 * 【纠错】 【责任编辑:马俊卿 】.
 * Each value is names (letter-spaced or not) or empty.
 */
export function isCreditLine(line: string): boolean {
  const text = line
    .trim()
    .replace(/^【纠错】\s*/u, '')
    // A credit bracketed in 【】 as Xinhua's footer brackets 【纠错】: 【纠错】 【责任编辑:马俊卿 】
    // (catapt.com), 【编辑:徐嘉仪】 (loriforfreedom.com).
    .replace(/^(?:[（(](.*)[）)]|【(.*)】)$/u, '$1$2')
    // Letter-spaced labels (审 读, 监 制) closed up.
    .replace(/(?<=^|\s)(\p{Script=Han}) (\p{Script=Han})(?=\s*[:：])/gu, '$1$2');
  if (text.length > 80 || /[。！？；]/u.test(text)) return false;
  const pairs = [...text.matchAll(CREDIT_PAIR)];
  if (pairs.length === 0 || pairs.map((m) => m[0]).join('').replace(/\s/gu, '') !== text.replace(/\s/gu, '')) return false;
  return pairs.every((m) => {
    const value = m[0].replace(new RegExp(`^${CREDIT_LABEL}\\s*[:：]\\s*`, 'u'), '').trim();
    return value === '' || /^[A-Za-z0-9]{2,12}$/u.test(value) || nameList(value) !== undefined || nameOf(value) !== undefined;
  });
}

/**
 * An editor's or reviewer's label with the desk or medium it is signed for in
 * front: 网络编辑:石振海 信息审核:石振海 (a county portal's footer, yijun.gov.cn),
 * 文稿编辑:曹勇 (snzs.gov.cn). Each site prefixes its own desk, so the label is
 * read by its last word (编辑, 审核, 审校, 校对) after one to four characters.
 */
const QUALIFIED_LABEL = /(?<=^|[\s（(【])\p{Script=Han}{1,4}(?=(?:编辑|审核|审校|校对)\s*[:：])/gu;

/**
 * A production-credit line where at least one label carries such a prefix:
 * read with the prefixes dropped, as isCreditLine reads it (each value names or empty).
 * A line isCreditLine already reads (责任编辑, 视频编辑) stays production-credit's.
 */
export function isQualifiedCreditLine(line: string): boolean {
  const text = line.trim();
  const plain = text.replace(QUALIFIED_LABEL, '');
  return plain !== text && !isCreditLine(text) && isCreditLine(plain);
}

/**
 * The labels of the 三审三校 sign-off a county media centre prints under a
 * report: 一审:稂银 (hengdong, unseen10 a10-hengdong), (来源:办公室 编辑:周敏
 * 一审:周涛 二审:曹稳 三审:李勇 顾问:许庆丰) (nbpengxuan, unseen9 a9-nbpengxuan),
 * 初审/复审/终审, 签发. No sentence of a text opens on them with a colon.
 */
const REVIEW_WORDS = '一审|二审|三审|初审|复审|终审|签发';
// The sign-off's other pairs: the credit labels, and 来源 (the desk) and 顾问 that
// nbpengxuan prints in the same bracket: (来源:办公室 编辑:周敏 一审:周涛 … 顾问:许庆丰).
const SIGN_OFF_WORDS = `${REVIEW_WORDS}|${CREDIT_WORDS}|来源|顾问`;
const REVIEW_PAIR = new RegExp(`(?:${SIGN_OFF_WORDS})\\s*[:：]\\s*([^:：（）()【】。！？，,；;]{1,40}?)(?=\\s+(?:${SIGN_OFF_WORDS})\\s*[:：]|\\s*$)`, 'gu');
const REVIEW_LABEL = new RegExp(`^(?:${REVIEW_WORDS})\\s*[:：]`, 'u');

/**
 * A sign-off line: label:value pairs only, one of them a review label. Read by
 * the labels, not the names: the reviewer's name need not start with a listed
 * surname (稂 of 稂银), so each value is only required to be 1–4 short tokens
 * of Han characters (names; a sentence or a clause never fits).
 */
export function isReviewCredit(line: string): boolean {
  const text = line.trim().replace(/^[（(](.*)[）)]$/u, '$1');
  if ([...text].length > 80) return false;
  const pairs = [...text.matchAll(REVIEW_PAIR)];
  if (pairs.length === 0 || pairs.map((m) => m[0]).join('').replace(/\s/gu, '') !== text.replace(/\s/gu, '')) return false;
  if (!pairs.some((m) => REVIEW_LABEL.test(m[0]))) return false;
  return pairs.every((m) => {
    const tokens = m[1]!.trim().split(/[\s、]+/u).filter(Boolean);
    return tokens.length >= 1 && tokens.length <= 4 && tokens.every((t) => /^[\p{Script=Han}·]{2,4}$/u.test(t));
  });
}

/**
 * What a page glues after a paragraph's last sentence, read from the end:
 * a share button (分享到), a bracketed credit, original title or source with
 * the wire service's story number ((原标题:…), （编辑：苏龙麒）1120221), and
 * label：value credits set off by a space (来源:央视新闻客户端 流程编辑:TF060).
 */
const SHARE_TAIL = /\s*(?:分享到|分享)\s*[:：]?\s*$/u;
const BRACKETED_TAIL = /\s*[（(]([^（）()]{2,60})[）)]\s*(?:\d{6,8})?\s*$/u;
// 来自 is a source's label too (…献上厚礼。” 来自:中山日报 on zslib.cn, unseen8 a8-zslib;
// 来自:襄阳市政府门户网站 时间:2018-11-22 on szbaja, fixture:region/pages/szbaja-xiangyang.txt).
const LABELLED_TAIL = new RegExp(`(?:\\s+|(?<=[。！？”」]))((?:来源|稿源|来自|${CREDIT_WORDS})\\s*[:：]\\s*[^\\s:：（）()]{1,30})\\s*$`, 'u');
const SENTENCE_CLOSE = /[。！？”」]$/u;
/**
 * The chrome stage reads the page before punctuation is normalised, so a page's
 * half-width ! and ? close sentences too; read so only where a photographer's
 * credit was cut (a bracketed editor's credit after a half-width ! is kept where
 * the page printed it: rfa.org eval:a7-rfa-leung-chunying-new-year-message).
 */
const HALF_WIDTH_CLOSE = /[!?]$/u;
/**
 * Who supplied the text, by a unit's name before 供稿, bracketed or not: glued
 * after the last sentence (…全力冲刺半年工作目标。（遂平县人民法院）供稿 —
 * hnjjgc, unseen7 b7-hnjjgc) or on a line of its own (丛树有我--赴社区支援服务团供稿 —
 * bjhuanyue.com, wide sample byline-s15 09). A sentence that says who supplied
 * something closes with its own full stop.
 */
export const SUPPLIED_BY = /^[（(]?[^\s。！？，,；;：:（）()“”]{2,24}[）)]?\s*供稿$/u;
/** The same credit with the brackets round name and role alike: (欧阳贽 供稿) — qzjgxx.cn, unseen12 a12-qzjgxx. */
export const SUPPLIED_IN_BRACKETS = /^[（(]\s*[^\s。！？，,；;：:（）()“”]{2,24}\s*供稿\s*[）)]$/u;
const SUPPLIED_TAIL = /(?<=[。！？”」])\s*([（(]?[^\s。！？，,；;：:（）()“”]{2,24}[）)]?\s*供稿)\s*$/u;
/**
 * A year's digit as a signature date writes it in characters: 二〇〇七, 二○○七, and
 * the letter O a typist took for the zero (二OO七).
 */
export const YEAR_DIGIT = '[〇○◯零OＯ一二三四五六七八九]';
/**
 * A signature date standing alone: 2016年8月18日, 二〇一六年八月十八日, 二OO七年九月二十日;
 * a Hong Kong government release closes on it with its weekday in brackets
 * (二○○三年十月二十三日(星期四) on healthbureau.gov.hk, 2012年7月3日(星期二) on
 * info.gov.hk). An e-paper's issue date prints the weekday after a space, unbracketed
 * (2016年11月25日 星期五), and stays the e-paper rule's.
 */
export const SIGNATURE_DATE = new RegExp(`^(?:\\d{4}|${YEAR_DIGIT}{4})年(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日(?:[（(]星期[一二三四五六日天][）)])?$`, 'u');
/**
 * A signature date however the page spaced it out: a letter-spaced closing line
 * reads with its spaces closed up, as the letter-spaced issuer above it does
 * (2024年 9 月 9 日 under 安乡县公安局交通警察大队, wap.axnews.cn
 * eval:b20-axnews-anxiang-traffic-police-school-road-notice; 工 会 over
 * 2022年12月12日, www.eeview.cn fixture:chrome/lostfix-s32/A/eeview-s32-notice).
 */
export function isSpacedSignatureDate(line: string): boolean {
  return SIGNATURE_DATE.test(line.replace(/\s+/gu, ''));
}
/** A signature date standing alone, which a page's note may follow like a sentence: 2005年8月25日（来源：上海证券报）. */
const DATE_LINE = SIGNATURE_DATE;

/**
 * A credit of who wrote or photographed the text only (图文:记者黄聪明 — ks888.com.tw, unseen32
 * d32-ks888; 文:… 图:…): the frontmatter contract keeps it at the end of the last paragraph as
 * printed, as it keeps （文/张三 图/李四）; an editor's or reviewer's label beside it makes the note the page's.
 */
const WRITER_CREDIT = /^(?:(?:图文|文图|文字|摄影|文|图)\s*[:：/／]\s*[^\s:：/／]{2,12}\s*)+$/u;

/**
 * Whether a bracketed tail is the page's: production or picture credits
 * ((图/记者郑佩玟摄)), the original title or the source — not the writers'
 * byline ((记者胡晓蓉), (常书香 马丹阳), (文/高超)), which the report prints.
 */
export function isPageNote(inner: string): boolean {
  return (isCreditLine(inner) && !WRITER_CREDIT.test(inner.trim())) || /^(?:原标题|来源|稿源)\s*[:：]/u.test(inner) || PICTURE_SOURCE.test(inner) || COLUMN_AUTHOR.test(inner) || JUMP_NOTE.test(inner) || isPictureCredit(inner);
}

/**
 * Where the pictures came from, as the photo notes word it ((图片来源:人民网) — news.cri.cn,
 * (图片来自网易) — chinadigitaltimes): glued after the last sentence it is the page's too
 * (…确保圆满完成“三秋”生产工作。(图片来源:民权网) — zhilengw, unseen14 b14-zhilengw).
 */
const PICTURE_SOURCE = /^(?:以上|以下|本文|文中)?(?:图片|配图|照片)\s*(?:均|皆)?\s*(?:来自|来源|源自|取自)/u;

/**
 * A printed page's jump to where the text goes on: （下转第3版）, （下转第191页）, （上接第1版）;
 * a county paper numbers its pages in characters: （下转第二版） (yybnet.com).
 */
export const JUMP_NOTE = /^(?:下转|上接|接上|转|接)(?:第|本刊第)?\s*(?:[0-9A-Za-z]{1,5}|[一二三四五六七八九十]{1,3})\s*[版页]$/u;

/** A paper's commentator without a name, credited after an editorial's last sentence: （经济日报评论员）, （本报评论员）. */
const COLUMN_AUTHOR = /^[\p{Script=Han}·]{1,12}(?:特约)?评论员$/u;

/**
 * Credits glued to the end of a paragraph after its last sentence: the
 * page's notes above, or a bare byline (…及时清除焚烧隐患。记者程文昭、通讯员靳颖).
 * A bracketed reporter's byline closing a report (…高质量发展。（记者胡晓蓉）)
 * is printed as part of it and stays.
 */
export function trailingCredit(line: string): { line: string; credit: string } | undefined {
  // The chrome stage asks for the same line up to three times (isSignatureDate
  // when classifying, again when reading the text's end, then the cut): the
  // answers are kept for the last lines asked (docs/performance.md, eighteenth session).
  if (creditsKnown.has(line)) return creditsKnown.get(line);
  if (creditsKnown.size >= CREDITS_KEPT) creditsKnown.clear();
  const credit = findTrailingCredit(line);
  creditsKnown.set(line, credit);
  return credit;
}
const creditsKnown = new Map<string, { line: string; credit: string } | undefined>();
const CREDITS_KEPT = 4096;

/**
 * Each tail pattern is tried only on a line holding what it must match (分享,
 * a closing bracket, a colon, 供稿, 摄): unanchored at the start, each was
 * tried at every position of every line.
 */
const tail = (re: RegExp, text: string, needs: readonly string[]) => (needs.some((n) => text.includes(n)) ? re.exec(text) : null);

function findTrailingCredit(line: string): { line: string; credit: string } | undefined {
  let rest = line.trimEnd();
  let noted = false;
  let photographed = false;
  for (;;) {
    const share = tail(SHARE_TAIL, rest, ['分享']);
    const bracketed = tail(BRACKETED_TAIL, rest, ['）', ')']);
    const labelled = tail(LABELLED_TAIL, rest, [':', '：']);
    const supplied = tail(SUPPLIED_TAIL, rest, ['供稿']);
    const photo = tail(GLUED_PHOTO_CREDIT, rest, ['摄']);
    if (share && share.index > 0) rest = rest.slice(0, share.index);
    else if (photo && photo.index > 0 && nameOf(photo[2]!) !== undefined) [rest, noted, photographed] = [rest.slice(0, photo.index), true, true];
    else if (supplied && supplied.index > 0) [rest, noted] = [rest.slice(0, supplied.index), true];
    else if (bracketed && bracketed.index > 0 && isPageNote(bracketed[1]!)) [rest, noted] = [rest.slice(0, bracketed.index), true];
    else if (labelled && labelled.index > 0 && (isCreditLine(labelled[1]!) || /^(?:来源|稿源|来自)/u.test(labelled[1]!))) [rest, noted] = [rest.slice(0, labelled.index), true];
    else break;
  }
  if (noted && (SENTENCE_CLOSE.test(rest.trimEnd()) || (photographed && HALF_WIDTH_CLOSE.test(rest.trimEnd())) || DATE_LINE.test(rest.trim()))) return { line: rest.trimEnd(), credit: line.trimEnd().slice(rest.trimEnd().length).trim() };
  const bare = bareTail(line.trimEnd());
  if (bare && bare.index > 0 && bylineNames(bare[1]!) !== undefined) return { line: line.slice(0, bare.index), credit: bare[1]!.trim() };
  return undefined;
}

/** What closes a sentence before a bare byline. */
const SENTENCE_ENDS = ['。', '！', '？', '”', '」'];
/** The byline after the sentence's close, to the end of the line (none of the closes in it). */
const BARE_TAIL = /\s*([^。！？”」（）()]{4,50})$/uy;

/**
 * `/(?<=[。！？”」])\s*([^。！？”」（）()]{4,50})$/u.exec(text)`, tried only where
 * it can match: the tail holds none of the closes, so it starts right after the
 * last one. The pattern tried at every position of every line was about 1% of
 * ingest (docs/performance.md, eleventh session).
 */
export function bareTail(text: string): RegExpExecArray | null {
  const at = Math.max(...SENTENCE_ENDS.map((c) => text.lastIndexOf(c))) + 1;
  if (at === 0) return null;
  BARE_TAIL.lastIndex = at;
  return BARE_TAIL.exec(text);
}

/**
 * A photo credit at the end of a caption: a reporter's role before the name
 * (新华社记者 丁 林摄, 中央社记者张新伟摄 112年2月16日) or a name set off by a
 * space (发布会现场 刘向真 摄), or an organisation's 供图 (…现场。山东女子学院供图).
 * Without either, 摄 ends words of the text (组织拍摄, 书法摄影) — but a name
 * with a slashed 摄 right after the caption's full stop is a credit too
 * (…筑牢思想防线。张九强/摄, …在徐悲鸿纪念馆。   郭红松/摄): the slash never joins words of a sentence.
 * Taiwan's local papers bracket the credit in 〈〉 as others do in （）: …联欢晚会一起同乐。〈记者吴素珍摄〉
 * (taiwanhot), 右一吴显堂乡长…〈黄丙丁提供〉 (taiwanschoolnet).
 */
const NAME = '[\\p{Script=Han}·](?:\\s?[\\p{Script=Han}·]){1,3}';
/**
 * A photographer's credit glued after the last sentence, or after a bracketed
 * note that follows it, unbracketed: …全部喂牛。图为田间清理、加工秸秆。金俊贤 摄（责任编辑：李冬梅）
 * (comfortworkshvacr.com eval:b8-comfortworkshvacr-wutai-straw-feed-report), …而努力奋斗！（下转第3版）金谊平摄
 * (bjmtgnews.com, wide sample headlines-s18 01). The photographer printed it;
 * the text did not (a bracketed credit stays, by the frontmatter contract). The
 * word before 摄 must read as a person's name, so a sentence's own 拍摄 never matches.
 */
const GLUED_PHOTO_CREDIT = new RegExp(`(?<=[。！？!?”」）)])\\s*((?:[\\p{Script=Han}·]{0,16}${ROLE}\\s*)?(${NAME})\\s*摄)\\s*$`, 'u');

const SHOT = '\\s*(?:摄影?|/摄)[）)〉]?(?:\\s*(?:\\d{2,4}年)?\\d{1,2}月\\d{1,2}日)?$';
const PHOTO_CREDIT = new RegExp(
  `(?:^|[\\s。，,！？（(〈])[\\p{Script=Han}·]{0,16}${ROLE}\\s*${NAME}${SHOT}|\\s${NAME}${SHOT}|[。！？]\\s*${NAME}\\s*[/／]\\s*摄$|(?:^|[\\s。，,！？）)])[\\p{Script=Han}·]{2,16}供图$`,
  'u',
);
/** A credit standing on a line of its own under its caption: 新华社记者 丁 林摄, 陈竞超 摄. */
const CREDIT_ONLY = new RegExp(`^(?:[\\p{Script=Han}·]{0,16}${ROLE}\\s*${NAME}|${NAME}(?=\\s))${SHOT}`, 'u');
/**
 * The same credit with no role, the newsroom named by the word its name ends
 * in: 中新社杜洋摄, or a wire's distribution note with the photographer in
 * brackets: 新华社发（刘满仓摄）. The name must read as a person's.
 */
const NEWSROOM_CREDIT = new RegExp(`^[\\p{Script=Han}]{1,10}(?:社|网|报|台)(?:发\\s*[（(]\\s*(${NAME})\\s*摄[）)]|\\s*(${NAME})\\s*摄)$`, 'u');

export function isCreditOnly(line: string): boolean {
  const text = line.trim();
  const newsroom = NEWSROOM_CREDIT.exec(text);
  return CREDIT_ONLY.test(text) || (newsroom !== null && nameOf(newsroom[1] ?? newsroom[2]!) !== undefined);
}

/**
 * A short caption closed by its picture's source in brackets, with no name to
 * it: 澳门议事亭前地（巴士的记者摄）, 岑浩辉。（澳门特别行政区政府入口网站图片）,
 * 日企担心中国经济放缓影响业绩。（资料图片）.
 */
const BRACKETED_SOURCE = /^[^。！？（）()]{2,60}[。！？]?\s*[（(][\p{Script=Han}·]{0,16}(?:记者摄|通讯员摄|资料图片?|网站图片|[\p{Script=Han}]{2}图片|供图)[）)]$/u;

/**
 * A caption closed by its photographer with the label first, after the
 * caption's last sentence or a space (…与记者打招呼。摄影/新京报记者 薛珺, …在招待会上祝酒 摄影:黎萌),
 * or by a bare name in brackets (…百年变迁」。（江昭伦 摄）). The label must
 * follow a sentence's end or a space, so that 摄影 inside the text is never read as a credit.
 */
const CLOSING_CREDIT = new RegExp(
  `(?:[。！？」”]|\\s)\\s*(?:摄影|摄)\\s*[/／:：]\\s*[\\p{Script=Han}·]{0,16}${ROLE}?\\s*${NAME}$|[（(]\\s*${NAME}\\s*摄影?\\s*[）)]$`,
  'u',
);

/**
 * A note on where the page's pictures come from, in brackets: on a line of
 * its own (（图片来自网易）, （以上图片均为采访现场）) or closing a short caption
 * (十九大新闻中心举行酒会欢迎中外记者（图片来源：人民网）).
 */
const NOTE = '[（(]\\s*(?:以上|以下|上|下|本文|文中|文内)?(?:图片|配图|照片|图)\\s*(?:均|皆)?\\s*(?:来自|来源|源自|取自|为|系|由)\\s*[:：]?[^（）()。！？]{1,24}[）)]';
const PICTURE_NOTE = new RegExp(`^(?:[^。！？（）()]{2,60}[。！？]?\\s*)?${NOTE}$`, 'u');
/** A picture marked as an archive photo: alone in brackets (【资料图】) or closing a short caption (《拂晓报》报史馆一角资料照片). */
const ARCHIVE_PICTURE = /^(?:[【\[]\s*资料(?:图片?|照片)\s*[】\]]|[^。！？，,；：:（）()]{2,40}资料(?:图片|照片))$/u;

/** Markers that open a picture's caption: 图为…, ▲…, ↑…, （图片说明：…）. */
const CAPTION_OPENING = /^(?:[（(]?图为|[▲△↑]|[（(]\s*(?:图片说明|图说|图注)\s*[:：])/u;

/**
 * A mark a page also sets before each question of an interview: ▲新华社记者：…？.
 * Not □: the damage stage, which runs first, writes □ for a damaged run, and a
 * run opening a turn is the turn's (□刘友宾：…, unseen5 y1-dunya, where the
 * page's ??劉友賓: lost its first bytes).
 */
export const TURN_MARK = /^[▲△■◆◇●]\s*/u;

/** A turn marked like a caption: the mark, a turn's label and what was said (a question's label suffices). */
export function isMarkedTurn(line: string): boolean {
  const text = line.trim();
  if (!TURN_MARK.test(text)) return false;
  const turn = parseLabel(text.replace(TURN_MARK, ''));
  return turn !== undefined && turn.text !== '' && (turn.kind === 'asker' || /[。！？?]/u.test(turn.text));
}

/**
 * A caption marked with ■, as Hong Kong papers and press rooms print every
 * photo's caption (■行政长官李家超在结业会操致辞。 — customs.gov.hk, unseen15;
 * ■黄定光颁奖给品学兼优二等奖得主吴少君同学。 — wenweipo.com): one short
 * sentence, or a clause with no mark, naming an act a picture shows. ■ also
 * marks interview turns (isMarkedTurn) and list items (■ 加强…；), so the act
 * must be a ceremony's or a visit's, and no colon, semicolon or second sentence.
 */
const CAPTION_MARK = /^■\s*/u;
const PICTURE_ACT = /致辞|致词|讲话|发言|表演|颁奖|颁发|合影|合照|留影|出席|主礼|主持|剪彩|揭幕|揭牌|签约|参观|视察|考察|探访|慰问|检阅|接受/u;
const MAX_MARKED = 60;

export function isMarkedCaption(line: string): boolean {
  const text = line.trim();
  if (!CAPTION_MARK.test(text) || isMarkedTurn(text)) return false;
  const rest = text.replace(CAPTION_MARK, '');
  return [...rest].length <= MAX_MARKED && /^[^。！？!?；;：:]+[。！]?$/u.test(rest) && PICTURE_ACT.test(rest);
}

/**
 * A gallery printed as one line: the pictures' alt texts and their ■ captions
 * set side by side (行政长官检阅结业会操 ■行政长官李家超在结业会操致辞。
 * 香港海关仪仗队人员作花式枪操表演。 ■香港海关仪仗队人员作花式枪操表演。 —
 * customs.gov.hk), or one ■ caption with its credit after it (■黄定光颁奖给…
 * 同学。 校方供图 — wenweipo.com). Every piece is a ■ caption, the text of
 * one, or a short label with no sentence mark (an alt text, a credit); a
 * sentence of the text never stands among them.
 */
export function isMarkedGallery(line: string): boolean {
  const pieces = line.trim().split(/\s+/u).filter(Boolean);
  if (pieces.length < 2) return false;
  const marked = pieces.filter((p) => isMarkedCaption(p));
  if (marked.length === 0) return false;
  const captions = new Set(marked.map((p) => p.replace(CAPTION_MARK, '')));
  return pieces.every((p) => isMarkedCaption(p) || captions.has(p) || ([...p].length <= 30 && !/[。！？!?；;：:，,]/u.test(p)));
}

/** What a picture shows, named on a line of its own: the scene (开学典礼现场, 发布会现场). */
const SCENE = /^[\p{Script=Han}]{2,10}(?:现场|合影留念|合影)$/u;
/** Or who is pictured doing what (校党委书记边慧敏讲话): people, then one verb of a ceremony. */
const PICTURED_ACT = /^([\p{Script=Han}]{2,14}?)(?:讲话|致辞|发言|作报告|出席|主持)$/u;

/** Posts a caption names its subject by: 市委书记王辉忠, 前任总理温家宝. */
const POST = '(?:书记|市长|县长|区长|省长|州长|镇长|乡长|主任|部长|局长|厅长|总理|主席|总统|委员长|院长|校长|董事长|社长|总编辑)';
/** What a picture shows people doing: a visit, a meeting, an interview. */
const SHOWN = '(?:听取|采访|看望|慰问|考察|调研|视察|参观|会见|接见|走访|察看|交谈|握手|离去|步入|走进)';
/**
 * A picture's caption as a clause with no sentence mark: an official by post
 * and name, or the story's author, doing what the picture shows
 * (省委常委、市委书记王辉忠听取…介绍《对话》栏目, 作者在2018 全国两会期间采访杨利伟,
 * 前任总理温家宝转身离去). A report says the same as a sentence, closed by its 。.
 */
const OFFICIAL_SHOWN = new RegExp(`^[^，,。！？；：:]{0,24}${POST}([\\p{Script=Han}]{2,4}?)[^。！？；：:，,]{0,20}?${SHOWN}[^。！？；：:]{0,30}$`, 'u');
const AUTHOR_SHOWN = new RegExp(`^(?:作者|本报记者|记者)[^。！？；：:，,]{0,20}?${SHOWN}[^。！？；：:]{0,30}$`, 'u');

/**
 * An official at a ceremony, as a picture's caption names them: post, name,
 * maybe the guests with them, where (在…上), then the act pictured
 * (行政长官贺一诚等嘉宾在庆祝国庆招待酒会上祝酒, 行政长官贺一诚在…酒会上致辞 —
 * cyberctm.com; 十九大…负责人在招待会上祝酒 — news.cri.cn). A speech's title
 * says 的讲话/的致辞 or names no place (行政长官国庆酒会致辞 — info.gov.hk).
 */
const CEREMONY_ACT = new RegExp(`^[^，,。！？；：:的]{0,24}(?:${POST}|行政长官)([\\p{Script=Han}]{2,4}?)(?:等(?:嘉宾|领导|人))?在[^，,。！？；：:的]{2,24}上(?:致辞|祝酒)$`, 'u');

function isCeremonyAct(text: string): boolean {
  const m = CEREMONY_ACT.exec(text);
  return m !== null && [...text].length <= 50 && isPersonName(m[1]!);
}

function isShownAct(text: string): boolean {
  if ([...text].length > 50) return false;
  if (AUTHOR_SHOWN.test(text)) return true;
  const m = OFFICIAL_SHOWN.exec(text);
  if (!m) return false;
  // The name right after the post: 王辉忠 (of 王辉忠听取…), 温家宝 (of 温家宝转身离去).
  const after = text.slice(m.index + m[0].indexOf(m[1]!));
  return [3, 2, 4].some((n) => isPersonName(after.slice(0, n)));
}

/**
 * What a picture of an interview or a sitting shows, as a label: someone
 * interviewed (郁建兴接受专访), a programme's guest in a picture so named
 * (…新闻发言人王少南做客强国论坛照片; without 照片, 三农人物做客搜狐 is a
 * headline), or the deputies voting (各位代表进行表决).
 * The one pictured is named (a person's name the label's subject ends in) or is
 * the assembly; a host's line asking for the vote (请各位代表进行表决) is not one.
 */
// The interview's caption may be told as it happens and closed by its full stop
// (张津梁在接受记者采访。 — tianshui, unseen20; 张剑飞市长正在接受记者专访。 — enorth, unseen21):
// a report's sentence about the interview goes on past 采访 (…接受记者采访时表示，…).
const SITTING_ACT = /^([\p{Script=Han}、·]{2,30}?)(?:(?:(?:正?在)?接受(?:记者|媒体|本报|本台)?(?:专访|采访)|进行表决|举手表决)(?:照片|图片)?|做客[\p{Script=Han}]{2,12}?(?:照片|图片))。?$/u;
const ASSEMBLY = /(?:代表|委员|与会人员)们?$/u;
/** A post after the name, as a caption may put it (张剑飞市长). */
const TRAILING_POST = /(?:书记|市长|县长|区长|省长|州长|镇长|乡长|主任|部长|局长|厅长|院长|校长|主席)$/u;

function isSittingAct(text: string): boolean {
  const m = SITTING_ACT.exec(text);
  if (!m || /^(?:请|下面|现在|由)/u.test(m[1]!)) return false;
  const who = m[1]!;
  const named = who.replace(TRAILING_POST, '');
  return ASSEMBLY.test(who) || [who, named].some((w) => [3, 2].some((n) => w.length >= n && isPersonName(w.slice(-n))));
}

/**
 * A caption set in brackets on a line of its own, no sentence mark inside it
 * (the brackets stand where the picture was): the view or the scene it shows
 * (（徽县县城鸟瞰）, yangfenzi.com; （新安镇座谈现场）, linlixinwen.com), or who
 * is pictured on a visit doing what (（朱泽欣一行参观新安镇善文化广场）,
 * （与会人员了解太浮镇集贸市场建设情况）, linlixinwen.com). The one pictured is
 * a person by name, a party (…一行) or the participants; an occasion in brackets
 * under a speech's title (（于伦敦举行的…讲座）), a date or a note is none of these.
 */
const BRACKETED_LINE = /^[（(]\s*([^（）()。！？；：:!?;]{4,50}?)\s*[）)]$/u;
const VIEW = /(?:现场|鸟瞰|俯瞰|全景|远眺|一角|掠影|合影(?:留念)?)$/u;
const VISIT_ACT = new RegExp(`^([\\p{Script=Han}·]{2,8}?)(?:一行|等)?(?:在[^，,、]{2,24}?)?(?:${SHOWN}|了解)[^，,]{2,40}$`, 'u');
const PARTICIPANTS = /^(?:与会|参会|全体)?(?:人员|代表|委员|嘉宾|党员|干部|师生|学生)们?$/u;

function isBracketedCaption(text: string): boolean {
  const inner = BRACKETED_LINE.exec(text)?.[1];
  if (inner === undefined || /^(?:在|于|据|注|见|详见|以上|以下|本)/u.test(inner)) return false;
  if (VIEW.test(inner)) return !/的/u.test(inner);
  const act = VISIT_ACT.exec(inner);
  if (!act) return false;
  const who = act[1]!;
  return PARTICIPANTS.test(who) || isPersonName(who) || [3, 2].some((n) => who.length > n && isPersonName(who.slice(-n)));
}

/**
 * A picture's label without a caption's marks: a short unpunctuated line
 * naming the scene, or a person (by a name the label ends in) and what they
 * do. A title or heading names a meeting or an occasion (在…上的讲话,
 * 全市组织工作会议讲话), not a person.
 */
export function isPictureLabel(line: string): boolean {
  const text = line.trim();
  if (isShownAct(text) || isSittingAct(text) || isCeremonyAct(text)) return true;
  if (SCENE.test(text)) return !/^在|的/u.test(text);
  const act = PICTURED_ACT.exec(text);
  if (!act || /^在|的|会议?$|上$/u.test(act[1]!)) return false;
  const who = act[1]!;
  return [3, 2].some((n) => who.length >= n && isPersonName(who.slice(-n)));
}

/**
 * A credit by its labels, as a page prints it in brackets: the picture's
 * (摄影/刘自勇, 摄影:何景辉, 图/记者郑佩玟摄, 图／中天新闻, 图／台北市政府提供), the
 * text's and the picture's (文/高超 图/刘启), or a photographer before the label
 * (记者余承翰/摄影). The slash may be the division slash ∕ (图∕县政府提供, thehubnews.net)
 * and the supplier's 提供 may stand apart (图:南投县政府 提供, ewnews.net).
 */
const CREDIT_PART = '(?:文字|文图|图文|图片|照片|摄影|摄像|文|图|摄)\\s*[/／∕:：丨｜]\\s*[^\\s（）()/／∕:：]{2,20}(?:\\s提供)?';
const SHOT_BY = `[\\p{Script=Han}·]{0,10}?${ROLE}?\\s*${NAME}\\s*[/／]\\s*(?:摄影|摄|图)`;
const LABELLED_CREDIT = new RegExp(`^(?:${CREDIT_PART}(?:\\s+${CREDIT_PART})*|${SHOT_BY})$`, 'u');
/** A credit of the text (文/…) is the article's, not a caption's. */
const TEXT_CREDIT = /(?:^|\s)(?:文字?|文图|图文)\s*[/／:：丨｜]/u;

export function isLabelledCredit(inner: string): boolean {
  return LABELLED_CREDIT.test(inner.trim());
}

/** A credit of a picture only: by its labels, none of them the text's. */
function isPictureCredit(inner: string): boolean {
  return isLabelledCredit(inner) && !TEXT_CREDIT.test(inner);
}

/** Two names run together (韩淑凯牟茜): each part a name. */
function joinedNames(token: string): boolean {
  for (let at = 2; at <= token.length - 2; at++) {
    const [head, rest] = [token.slice(0, at), token.slice(at)];
    if (isPersonName(head) && (isPersonName(rest) || (rest.length >= 4 && joinedNames(rest)))) return true;
  }
  return false;
}

/** Names alone, apart or run together, with no role: 郭旭, 宋雨潇, 韩淑凯牟茜, 王琰 梁丽娟. */
export function isBareNames(inner: string): boolean {
  const tokens = inner.trim().split(/[\s、，,]+/u).filter(Boolean);
  return tokens.length > 0 && tokens.length <= 6 && tokens.every((t) => nameOf(t) !== undefined || (t.length >= 4 && t.length <= 8 && joinedNames(t)));
}

/**
 * The unit a credit is signed for, as a newsroom of an office prints it before the
 * credit: 集团办公室 (sinayp.net: （集团办公室 文/邓杰 图/朱伟）), 怀宁县融媒体中心
 * (xiaojiejieav.com: 怀宁县融媒体中心 编辑:邓修祥), a school (宝应县黄塍镇中心小学 李金贵 —
 * bytoday.net). One word ending in an office's, a body's or a school's name, no clause,
 * set off from the credit by a space.
 */
const UNIT = '[\\p{Script=Han}]{1,16}?(?:办公室|政府办|党政办|县委办|市委办|综合办|中心|局|委员会|部|处|科|站|所|院|公司|集团|大队|支队|小学|中学|学校|幼儿园)';
const UNIT_LEAD = new RegExp(`^${UNIT}\\s+`, 'u');

/**
 * A credit signed for a unit: the unit, then the credit — labelled (文/邓杰 图/朱伟,
 * 编辑:邓修祥) or a reporter's byline. Never a unit alone, nor a unit with a bare
 * name run on (大涌镇党政办公室 and 天津创业股份有限公司董事会 would read as
 * 党政办+公室, 公司+董事会): a notice's issuer (六安市爱卫办) is its signature.
 */
export function isUnitCredit(text: string): boolean {
  const t = text.trim();
  if ([...t].length > 60 || /[。！？；，,]/u.test(t)) return false;
  const lead = UNIT_LEAD.exec(t);
  if (!lead) return false;
  const rest = t.slice(lead[0].length);
  return isLabelledCredit(rest) || isCreditLine(rest) || bylineNames(rest) !== undefined;
}

/**
 * A unit and the names of who wrote it up, with no label, inside brackets: (宝应县黄塍镇中心小学 李金贵)
 * (bytoday.net, unseen34 e34-bytoday). The brackets make it a credit; without them a unit and a name
 * are the author-affiliation rule's, under a title only.
 */
export function isBracketedUnitNames(inner: string): boolean {
  const t = inner.trim();
  const lead = UNIT_LEAD.exec(t);
  return lead !== null && [...t].length <= 40 && isBareNames(t.slice(lead[0].length));
}

/**
 * A caption closed by its picture's credit in brackets, or the credit alone:
 * 对话潍坊市公安局局长闫希军（摄影/刘自勇）, …两人在交换礼物后握手致意。(记者余承翰/摄影),
 * 林奕华出席「…座谈会」。（图／中天新闻）, (摄影:何景辉). A caption is one sentence
 * at most; a paragraph of the text credits its writer, not a picture.
 */
function isCreditedCaption(text: string): boolean {
  const m = /[（(]([^（）()]{2,30})[）)]$/u.exec(text);
  if (!m || !isPictureCredit(m[1]!)) return false;
  return isShortCaption(text.slice(0, m.index).trim());
}

/** What a caption before its credit may be: at most 100 characters and one sentence; a paragraph of the text runs on. */
function isShortCaption(caption: string): boolean {
  return [...caption].length <= 100 && !/[。！？].*[。！？]/u.test(caption) && !/[。！？][^。！？]/u.test(caption);
}

/**
 * A caption closed by the social-media page its picture was taken from: a
 * person's or an office's name and FB (Facebook), after the caption's sentence,
 * in brackets or alone (…祝大家中秋节快乐。李家超FB图片, …分享月饼及玩游戏。陈茂波fb,
 * singtao.ca; …的亲子工作坊。（政制及内地事务局Fb）, m.dotdotnews.com). A sentence
 * of the text names the page it quotes inside the sentence, never after it.
 */
const SOCIAL_PAGE = '[\\p{Script=Han}·]{2,12}(?:FB|Fb|fb|Facebook|facebook|脸书|面书)(?:图片|相片|截图)?';
const SOCIAL_CREDIT = new RegExp(`(?:^|(?<=[。！？」”])\\s*)${SOCIAL_PAGE}$|\\s*[（(]\\s*${SOCIAL_PAGE}\\s*[）)]$`, 'u');
function isSocialCaption(text: string): boolean {
  const m = SOCIAL_CREDIT.exec(text);
  return m !== null && isShortCaption(text.slice(0, m.index).trim());
}

/**
 * A reporter's credit naming where the story was filed from, on a line of its
 * own, as Taiwan papers and TV print it: 【记者梁金源/台中报导】, 记者郑佩玟/台北报导,
 * 新唐人亚太电视 宋升桦 黄佩仪 台北采访报导 (the newsroom, the names, the place), the
 * newsroom in brackets before the role ([台湾新闻云]记者 陈子荣/连江报导 — 886.news, half A of the credits sample).
 */
const FILED_BY_ROLE = new RegExp(`^(?:[【\\[]\\s*[\\p{Script=Han}A-Za-z·]{2,12}\\s*[】\\]]\\s*)?[【\\[]?\\s*(?:[\\p{Script=Han}A-Za-z·]{1,12}\\s*)?${ROLE}\\s*([\\p{Script=Han}·\\s、]{2,24}?)\\s*[/／]\\s*[\\p{Script=Han}]{2,4}(?:采访)?报[导道]\\s*[】\\]]?$`, 'u');
const FILED_BY_NEWSROOM = /^[\p{Script=Han}A-Za-z]{2,12}\s+((?:[\p{Script=Han}·]{2,4}\s+){1,5})[\p{Script=Han}]{2,4}(?:采访)?报[导道]$/u;

export function filedFromNames(line: string): string[] | undefined {
  const text = line.trim();
  const m = FILED_BY_ROLE.exec(text) ?? FILED_BY_NEWSROOM.exec(text);
  return m ? nameList(m[1]!.trim()) : undefined;
}

/**
 * Where a person stands in the picture, after the name: 林郑月娥（左一）,
 * 蒋万安(右), 卢秀燕(中), （前排左三）. Only a caption points at a picture so.
 */
const POSITION = /[（(](?:(?:前|后|中)排)?(?:左|右)起?[一二三四五六七八九\d]{0,2}[）)]|[（(]中[）)]/gu;
/** A caption is one sentence at most: a report's paragraph that names a position runs on. */
const MAX_POSITIONED = 80;

/** A short line pointing at a person's place in the picture: 美丽浙江：林郑月娥（左一）参观工艺区。 */
function isPositionedCaption(text: string): boolean {
  if ([...text].length > MAX_POSITIONED || /[。！？；].*[。！？；]/u.test(text) || /[。！？；][^。！？；]/u.test(text)) return false;
  for (const m of text.matchAll(POSITION)) {
    const before = text.slice(0, m.index);
    if ([3, 2, 4].some((n) => before.length >= n && isPersonName(before.slice(-n)))) return true;
  }
  return false;
}

/**
 * The people pictured listed from one side: （左起）, （右起）, （前排左起）. Like a
 * position after a name, only a caption points at a picture so.
 */
const FROM_SIDE = /[（(]\s*(?:(?:前|后|中)排\s*)?(?:左|右)起\s*[）)]/u;

/**
 * A name standing as a word of its own right before a position: the word
 * jieba reads where the name begins is a name (nr) or its lone surname. A
 * surname's letter inside a word is no name (来自高（中）风险地区: 来自 is a verb).
 */
function nameBefore(before: string): boolean {
  const tokens = segmenter().tag(before, false);
  let at = 0;
  const starts = new Map<number, { word: string; tag: string }>();
  for (const token of tokens) {
    starts.set(at, token);
    at += token.word.length;
  }
  return [3, 2, 4].some((n) => {
    if (before.length < n || !isPersonName(before.slice(-n))) return false;
    const first = starts.get(before.length - n);
    return first !== undefined && (first.tag.startsWith('nr') || first.word.length === 1);
  });
}

/** A sentence that places someone in the picture: by a position after a name, or a list from one side. */
function pointsAtPicture(sentence: string): boolean {
  if (FROM_SIDE.test(sentence)) return true;
  for (const m of sentence.matchAll(POSITION)) if (nameBefore(sentence.slice(0, m.index))) return true;
  return false;
}

/**
 * A caption's one sentence, then the people pictured listed from one side
 * (一众主礼嘉宾为…主持揭幕仪式。（左起）中大医院行政总裁冯康医生、卫生署署长…):
 * the list is names and posts between 、 and ， with no sentence of its own.
 */
const MAX_LISTED_ITEM = 30;
function isListedCaption(text: string): boolean {
  const side = FROM_SIDE.exec(text);
  if (!side || [...text].length > 400) return false;
  const head = text.slice(0, side.index).trim();
  const list = text.slice(side.index + side[0].length).trim().replace(/[。.]$/u, '');
  if ([...head].length > MAX_POSITIONED || /[。！？；!?;](?=.)/u.test(head)) return false;
  if (list === '' || /[。！？；：:!?;]/u.test(list)) return false;
  const items = list.split(/[、，,]/u).map((item) => item.trim());
  return items.length >= 2 && items.every((item) => item !== '' && [...item].length <= MAX_LISTED_ITEM);
}

/** What opens a glued caption sentence: 图为…, 图中…, 上图…. */
const GLUED_CAPTION_OPENING = /^\s*(?:图为|图中|[上下左右]图[：:为]?)/u;

/**
 * A picture's caption glued after a paragraph's last sentence, as the page ran
 * the text and the caption together: a sentence opening 图为 that places
 * someone in the picture (…向农民交上一份份满意的答卷。图为张欣（中）在城郊乡樊楼村
 * 农户家中，听取民声，了解民意。). Without the position, a 图为 sentence may be a
 * photo item's own text, so it stays. Returns the text before the caption.
 */
export function trailingPositionedCaption(line: string): { line: string; caption: string } | undefined {
  const text = line.trimEnd();
  if (!/[（(]/u.test(text)) return undefined;
  const sentences = text.match(/[^。！？!?]+[。！？!?]*/gu) ?? [];
  let start = 0;
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k]!;
    if (k > 0 && GLUED_CAPTION_OPENING.test(sentence) && /[。！？!?]\s*$/u.test(sentences[k - 1]!)) {
      const caption = sentences.slice(k).join('');
      if ([...caption].length <= 2 * MAX_POSITIONED && pointsAtPicture(caption)) return { line: text.slice(0, start).trimEnd(), caption: caption.trim() };
    }
    start += sentence.length;
  }
  return undefined;
}

/** A photo caption or a credit line of its own. */
export function isPhotoCaption(line: string): boolean {
  const text = line.trim();
  if (isListedCaption(text)) return true;
  if (text.length > 150) return false;
  return isPositionedCaption(text) || PHOTO_CREDIT.test(text) || CLOSING_CREDIT.test(text) || PICTURE_NOTE.test(text) || ARCHIVE_PICTURE.test(text) || (CAPTION_OPENING.test(text) && !isMarkedTurn(text)) || BRACKETED_SOURCE.test(text) || isCreditOnly(text) || isPictureLabel(text) || isCreditedCaption(text) || isSocialCaption(text) || isBracketedCaption(text);
}

/**
 * A unit's name alone in brackets, on a line of its own: the office that wrote the
 * story up ((省公安厅办公室) — hzdd17, unseen17 b17-hzdd17; (宣传部) — zhplaw, unseen8
 * b8-zhplaw). Only bracketed: a notice's issuer signs without brackets.
 */
const UNIT_ONLY = new RegExp(`^${UNIT}$`, 'u');

export function isBracketedUnit(inner: string): boolean {
  return UNIT_ONLY.test(inner.trim());
}

/**
 * A relay note: the outlet a story was taken from, before the lede, on a line of
 * its own or as its first words: CCTV.com消息(新闻会客厅): (cctv.com, cases c3b and
 * holdout h3), 财金网消息 (geyaocha, unseen17 b17-geyaocha), 凤凰新闻社讯 来源:香港大中华通讯社】
 * (fhvip, unseen18 c18-fhvip). A newsroom's own 本报讯/本网讯 opens its dateline and
 * stays; 据…消息， is a sentence.
 */
const OUTLET = '(?![本据])[\\p{Script=Han}A-Za-z0-9.]{1,12}?(?:网|台|社|报|\\.com|\\.cn)';
const COLUMN = '(?:[（(][^（）()]{1,12}[）)])';
const RELAY_NOTE = new RegExp(`^[【\\[]?\\s*${OUTLET}(?:消息|讯)\\s*${COLUMN}?\\s*(?:[:：]|来源\\s*[:：]\\s*[^\\s:：]{2,20})?\\s*[】\\]]?$`, 'u');
const RELAY_LEAD = new RegExp(`^${OUTLET}消息\\s*${COLUMN}?$`, 'u');

export function isRelayNote(line: string): boolean {
  return RELAY_NOTE.test(line.trim());
}

/**
 * A dateline's own credit stays with it (本报讯 记者 刁城邦 苏远龙 通讯员 何宽 … — hit008,
 * unseen u1-hit008), and so does a reporter's 报道 before the lede (记者梁爽报道 — liaoyang,
 * unseen15 a15-liaoyang): the conventions keep both as printed.
 */
const DATELINE_LEAD = /^\S*(?:讯|电)(?=\s|[（(]|$)|报[道导]$/u;

/** How far into the lede a credit printed before it may reach. */
const LEAD_REACH = 50;

/**
 * A credit printed before the lede on the same line, set off from it by spaces: a
 * byline (常德日报记者 李张念 通讯员 范瑾瑜 文/图  3月3日，… — cdyee, unseen17 b17-cdyee;
 * 文‧图/记者陈慧明 狮爱传递、环岛接力！… — uuez, unseen17 c17-uuez) or a relay note
 * (财金网消息 4月17日，… — geyaocha, unseen17 b17-geyaocha). The longest such lead is
 * taken, and only before a sentence. A dateline (新华社北京1月11日电（记者 张三）…,
 * 本报讯（记者 张三）…) is no credit of these shapes and stays, as the conventions keep it.
 */
export function leadingCredit(line: string): { line: string; credit: string } | undefined {
  const text = line.trim();
  let found: { line: string; credit: string } | undefined;
  for (const gap of text.slice(0, LEAD_REACH).matchAll(/\s+/gu)) {
    const lead = text.slice(0, gap.index);
    const rest = text.slice(gap.index + gap[0].length);
    if (!/[。！？!?，,]/u.test(rest)) break;
    if (DATELINE_LEAD.test(lead)) break;
    if (bylineNames(lead) !== undefined || isLabelledCredit(lead) || creditPartNames(lead) !== undefined || RELAY_LEAD.test(lead)) found = { line: rest, credit: lead };
  }
  return found;
}
