// Picture captions without a credit: the short lines a page leaves where its
// photos stood, often between the lede and the body (主会场 / 交流发言 /
// 记者会现场 / 省农业农村厅党组成员、副厅长王韬主持会议 / the picture's alt text
// repeated). One such line alone reads like a heading and stays (unless it is
// a picture's label by credits.ts: a scene, or a named person's act); a run
// of them in which one names a scene or a person at work is the photos'
// captions. Hand-written: no library models caption conventions.
import { parseNameLine } from '../../structure/lines.ts';

/** A scene: 主会场, 记者会现场, 合影留念. */
const SCENE = /(?:现场|会场|合影(?:留念)?|一角|掠影)$/u;
/**
 * A person at work, the caption's verb closing it: …孙矿玲讲话, …王韬主持会议, …向部长韩长赋提问, 交流发言;
 * a ceremony's acts as its pictures name them: 副院长严亮宣读先进集体及先进个人表彰决定 (zazhizhixing,
 * kinds3), 党委副书记李伟主持表彰大会, 院党政领导给全院职工拜年 (ynpfph.cn, chromecap sample).
 */
const AT_WORK = /(?:讲话|致辞|主持(?:会议)?|发言|提问|答问|作报告|宣讲|调研|颁奖|揭牌|签约|慰问|拜年|主持[\p{Script=Han}]{0,8}(?:大会|典礼|仪式|晚会)|宣读[\p{Script=Han}、]{0,20}(?:决定|名单|通报))$/u;

/**
 * What a picture or a video leaves on a line of its own where it stood: the word
 * 图片 (mytaizhou, unseen20; lxxww, unseen24; zazhizhixing, kinds3), 视频
 * (loriforfreedom, unseen14), 影片 (stlkg, unseen9), 图集 (xinhuanet, cases), or
 * the link to the full picture (点击查看原图, jxsdfx.jxnu.edu.cn, chromecap sample).
 * No sentence of a text is the bare word.
 */
export const PICTURE_PLACEHOLDER = /^(?:图片|视频|影片|图集|(?:点击)?查看(?:原图|大图))$/u;

export function isPicturePlaceholder(line: string): boolean {
  return PICTURE_PLACEHOLDER.test(line.trim());
}
/** A title's wording, not a caption's: 在…会议上的讲话, …的发言, 全市组织工作会议讲话. */
const TITLE_WORDING = /^在|的(?:讲话|致辞|发言|报告)$|上(?:讲话|致辞|发言)$|(?:会议|大会|座谈会|典礼|仪式|论坛)(?:讲话|致辞|发言|报告)$|表态发言$/u;
/** A numbered heading: 一、… （一）… 1.… */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/u;
const MAX_CAPTION = 40;

function isShortLine(text: string): boolean {
  return text !== '' && [...text].length <= MAX_CAPTION && !/[。！？；：:!?;]/u.test(text) && !NUMBERED.test(text);
}

/** A caption by its own wording: a scene or a person at work. */
export function isCaptionWording(line: string): boolean {
  const text = line.trim();
  return isShortLine(text) && !TITLE_WORDING.test(text) && (SCENE.test(text) || AT_WORK.test(text));
}

/** The same text twice: alt text doubled (农业部答记者问农业部答记者问). */
function doubled(text: string): boolean {
  const half = text.length / 2;
  return Number.isInteger(half) && half >= 2 && text.slice(0, half) === text.slice(half);
}

/**
 * Lines that belong to a run of captions: caption wording, a person's post
 * and name (农业部部长韩长赋), or alt text (a short line the file repeats, or
 * doubled).
 */
function isMember(text: string, repeated: (t: string) => boolean): boolean {
  if (!isShortLine(text)) return false;
  // A placeholder stands where a picture stood, so between its captions it is one of them.
  return isCaptionWording(text) || isPicturePlaceholder(text) || parseNameLine(text)?.role !== undefined || doubled(text) || repeated(text);
}

/**
 * Indexes of the lines that are runs of captions: two or more consecutive
 * member lines (blank lines between allowed), one of them with caption
 * wording, not at the top of the file. `taken` lines (already chrome) end a run.
 * After the text's last line (`end`) a page keeps only its pictures' captions,
 * so there any short unpunctuated line is a member: the description of a
 * picture (学院领导为毕业生代表颁发毕业证书) beside a scene (…培训班合影).
 */
export function captionRuns(lines: string[], taken: (i: number) => boolean, end = lines.length): number[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const text = line.trim();
    if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const repeated = (t: string) => (counts.get(t) ?? 0) >= 3;
  // A run that opens the file is a headline and its name line (乡镇党委书记表态发言 / 张三), not captions.
  const first = lines.findIndex((line) => line.trim() !== '');
  const found: number[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 2 && run[0] !== first && run.some((i) => isCaptionWording(lines[i]!))) found.push(...run);
    run = [];
  };
  lines.forEach((line, i) => {
    const text = line.trim();
    if (text === '') return;
    if (!taken(i) && (isMember(text, repeated) || (i > end && isShortLine(text)))) run.push(i);
    else flush();
  });
  flush();
  return found;
}

/**
 * A short line printed twice in a row inside the body (after its first line,
 * `first`): a picture's alt text above its caption (主礼嘉宾合照 / 主礼嘉宾合照,
 * dimsumtv; 澳门议事亭前地（巴士的记者摄） twice, bastillepost, which the credit
 * rules take as well). Above the body the same doubling is the headline
 * printed twice (县委书记在创建文明县城动员大会上的讲话), so only lines after
 * the first body line count; a line with a sentence's mark is text.
 */
export function doubledCaptions(lines: string[], first: number, taken: (i: number) => boolean): number[] {
  if (first === -1) return [];
  const found: number[] = [];
  const next = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j]!.trim() !== '') return j;
    return -1;
  };
  for (let i = first + 1; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '' || taken(i) || text.startsWith('#') || [...text].length > MAX_CAPTION || /[。！？；：:!?;]/u.test(text) || NUMBERED.test(text)) continue;
    const j = next(i);
    if (j !== -1 && lines[j]!.trim() === text && !taken(j) && /\p{Script=Han}.*\p{Script=Han}/u.test(text)) {
      found.push(i, j);
      i = j;
    }
  }
  return found;
}

/** A picture's file name on a line of its own (22.jpg, p1_b.jpg): where the picture stood. */
const PICTURE_FILE = /^[\w.-]+\.(?:jpe?g|png|gif|webp|bmp)$/iu;
/**
 * At most this many characters: the captions under file names run 5–14
 * (武术表演。, 直播主持人代网友向发言人提问); the lede a page prints under its
 * first picture is a report's sentence (全国政协十三届二次会议新闻发布会于3月2日下午3时召开。, 27).
 */
const MAX_FILED = 20;
/** One short clause, closed by at most one sentence mark: no comma, colon or second sentence. */
const FILED_CAPTION = /^[^。！？!?；;：:，,]+[。！]?$/u;

/**
 * The line right under a picture's file name, when it is a short clause:
 * that picture's caption (22.jpg / 全场手拿国旗热烈庆祝国庆。, 33.jpg / 武术表演。 —
 * hkcd.com; p1_b.jpg / 直播主持人代网友向发言人提问 — zgsz.gov.cn, unseen9). The
 * file name is the cms-leftover rule's; a sentence of the text under it is longer
 * or has a comma and stays.
 */
export function filedCaptions(lines: string[], taken: (i: number) => boolean): number[] {
  const found: number[] = [];
  lines.forEach((line, i) => {
    if (!PICTURE_FILE.test(line.trim())) return;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    const text = lines[j]?.trim() ?? '';
    if (j < lines.length && !taken(j) && [...text].length <= MAX_FILED && FILED_CAPTION.test(text) && /\p{Script=Han}.*\p{Script=Han}/u.test(text)) found.push(j);
  });
  return found;
}
