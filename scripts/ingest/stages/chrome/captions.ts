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
/** A person at work, the caption's verb closing it: …孙矿玲讲话, …王韬主持会议, …向部长韩长赋提问, 交流发言. */
const AT_WORK = /(?:讲话|致辞|主持(?:会议)?|发言|提问|答问|作报告|宣讲|调研|颁奖|揭牌|签约|慰问)$/u;
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
  return isCaptionWording(text) || parseNameLine(text)?.role !== undefined || doubled(text) || repeated(text);
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

/** Letters and digits only: a caption and the paragraph that restates it differ in their punctuation. */
function plain(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

/** How much of a caption's opening a paragraph must repeat word for word: a subheading (政府会有三方面重点工作) shares a phrase, not a sentence's opening. */
const RESTATED_OPENING = 14;
/** A caption is short; a line longer than this is a paragraph cut off. */
const MAX_RESTATED = 60;

/** A document's title, printed again inside a notice (…工作要点, …的决定); a speech's title is TITLE_WORDING's. */
const DOCUMENT_TITLE = /(?:通知|方案|要点|意见|措施|决定|规划|总结|办法|规定|细则|公告|通告|纲要|报告|答记者问)$/u;

/**
 * Captions told by the text around them rather than by their wording, inside
 * the body (after its first line, `first`): a short line with no sentence's
 * mark whose opening the paragraph right before or after it opens with, word
 * for word — the page printed the picture's caption beside the paragraph that
 * tells it (睽违三年云林县政府实体县政说明会再登场，…张县长受乡亲热情迎接 under
 * 睽违三年云林县政府实体县政说明会再次举办，…; 香港大公文汇传媒集团董事长、香港文汇报社长姜在忠致辞
 * above 香港大公文汇传媒集团董事长、香港文汇报社长姜在忠表示，…) — and a short line printed
 * twice in a row inside the body, a picture's alt text above its caption
 * (主礼嘉宾合照 / 主礼嘉宾合照). A paragraph that names people and an act
 * (副县长某某出席会议。) closes its sentence and is never taken; a document's
 * title printed again in the text (…工作要点, 关于…的决定) is not a caption.
 */
export function restatedCaptions(lines: string[], first: number, taken: (i: number) => boolean): number[] {
  if (first === -1) return [];
  const found: number[] = [];
  const near = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.trim() !== '') return j;
    return -1;
  };
  for (let i = first + 1; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '' || taken(i) || text.startsWith('#') || [...text].length > MAX_RESTATED || /[。！？；：:!?;]/u.test(text) || NUMBERED.test(text) || DOCUMENT_TITLE.test(text) || TITLE_WORDING.test(text)) continue;
    const j = near(i, 1);
    if (j !== -1 && lines[j]!.trim() === text && !taken(j) && /\p{Script=Han}.*\p{Script=Han}/u.test(text)) {
      found.push(i, j);
      i = j;
      continue;
    }
    const opening = plain(text).slice(0, RESTATED_OPENING);
    if ([...opening].length < RESTATED_OPENING) continue;
    const told = [near(i, -1), j].some((k) => k > first - 1 && k !== -1 && !taken(k) && /[。！？]/u.test(lines[k]!) && plain(lines[k]!).startsWith(opening));
    if (told) found.push(i);
  }
  return found;
}
