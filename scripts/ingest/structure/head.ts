// The lines between the title and the first body line: the speaker's name
// line, the delivery date in parentheses, bylines, attributions, photo
// captions, the issuing body and the 文号 of a notice or bulletin — and on a
// scraped page the title printed again, a kicker or subtitle, and the page's
// own date between two copies of the title. None of them is body text; the
// metadata lines go to `front` for the metadata stages.
import { SENTENCE_END, isAttributionLine, isBylineLine, isCaptionMarked, isDateLine, isSalutation, isTitleLike, numberedDepth, opensWithCredit, parseNameLine } from './lines.ts';
import { cleanTitle, isIssuerLine, refusal } from './title-clean.ts';
import { bare } from './title-agreement.ts';
import { gluedCopies, salutes, sameTitle, startsText } from './title.ts';
import { seriesSibling } from './title-series.ts';
import { SPEECH_LEAD_IN } from '../people/speaker-cues.ts';

export interface HeadLine {
  text: string;
  kind: 'name' | 'date' | 'byline' | 'attribution' | 'caption' | 'issuer' | 'docnumber' | 'repeat' | 'headline' | 'stamp' | 'furniture';
}

/** A caption is one short sentence, e.g. 唐荣在办公。 */
const CAPTION_MAX = 25;
/** A kicker, subtitle or picture caption in the headline area is short: 李强蔡奇出席, 主会场. */
const HEADLINE_SHORT = 8;
/** A caption printed twice is a phrase, not a word or a name. */
const CAPTION_COPY_MIN = 6;
/** The second line of a two-line heading is a phrase of its own. */
const HEADING_MIN = 10;

function isShortSentence(line: string): boolean {
  const inner = line.replace(/[。！]$/, '');
  return line.length <= CAPTION_MAX && !SENTENCE_END.test(inner) && !/[，：]/.test(inner) && !isSalutation(line) && !numberedDepth(line);
}

/**
 * A press office's lead-in to the full text under the title, naming who spoke
 * where (以下是行政长官林郑月娥今日（三月十六日）上午出席…开幕典礼的致辞全文：):
 * the office's line, not the speech's; the speakers stage reads it as evidence.
 */
const LEAD_IN = new RegExp(`^(?:${[...new Set(SPEECH_LEAD_IN.map((t) => t.term))].join('|')})$`, 'u');

/** The kind of a metadata line under (or above) a title; a name line counts only within three lines of it. */
export function metaKind(line: string, offset = 0): HeadLine['kind'] | undefined {
  if (isDateLine(line)) return 'date';
  if (isBylineLine(line)) return 'byline';
  if (isAttributionLine(line) || LEAD_IN.test(line)) return 'attribution';
  if (offset < 3 && parseNameLine(line)) return 'name';
  if (isIssuerLine(line)) return 'issuer';
  if (refusal(line) === 'a 文号') return 'docnumber';
  return undefined;
}

/**
 * A wire story's dateline with its headline after 题： (新华社北京3月12日电 题：诚答家国事…
 * on news.fjsen.com and www.toutiao.com, 中新社北京三月五日电 题：老记寒风中苦等代表 on a
 * chinanews mirror, 中新社北京三月一日电 题：两会花絮（三） on another): the first line of
 * the story as the wire filed it, body by tests/eval/README.md, not the title printed again.
 */
const WIRE_HEADLINE = /^[\p{Script=Han}·]{2,16}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日电\s*题\s*[:：]/u;

/** A chapter, section or article heading of rules and regulations (第一章 总则, 第三条): the text's own structure, never a kicker. */
const CHAPTER = /^第[一二三四五六七八九十百零〇\d]+[章节编条]/u;
/**
 * An essay site's numbered piece of a collection (医院院长年会致辞【篇1】, …致辞(汇总16篇)篇一):
 * the heading of the text's first piece, not the title printed again.
 */
export const PIECE = /(?:【篇\s*[一二三四五六七八九十\d]{1,3}】|篇[一二三四五六七八九十\d]{1,3})$/u;

/**
 * The second half of a copy of the title wrapped over two lines; a line that
 * opens the text (a notice's addressees: 各区（市）县政府，市政府各部门：, a
 * salutation; a title never ends in a colon) or its first heading (一、,
 * 第一章总则) is never one, though a loose match of the two may take it in.
 */
function continuesTitle(previous: HeadLine | undefined, line: string, title: string): boolean {
  if (previous?.kind !== 'repeat' || startsText(line) || /[：:]$/u.test(line) || numberedDepth(line) || CHAPTER.test(line)) return false;
  // A salutation closed by a comma opens the text too (亲爱的同学们， under a whole copy of 初中教师国旗下的讲话稿, demotpfc).
  if (/[，,]$/u.test(line) && salutes(line.replace(/[，,]$/u, '：'))) return false;
  return sameTitle(previous.text + line, title);
}

/** How many lines a copy of the title set over several lines may take (a newspaper's headline in its decks). */
const WRAPPED_MAX = 4;

/**
 * The number of lines from `j` on that print the title again set over several
 * lines (出席…会晤 / 并对…访问 / 习近平抵达金奈; …研究 / ——基于…思考): each a
 * piece of the title, together (nearly) the title; 0 when they are not. A
 * line that opens the text or its first heading is never a piece.
 */
function wrappedCopy(lines: string[], j: number, title: string): number {
  const whole = bare(title);
  let joined = '';
  let taken = 0;
  for (let k = j; k < Math.min(lines.length, j + WRAPPED_MAX); k++) {
    const line = lines[k]!;
    const piece = bare(line);
    if (piece === '' || !whole.includes(joined + piece) || startsText(line) || numberedDepth(line) || CHAPTER.test(line)) break;
    joined += piece;
    if (k > j && sameTitle(joined, title)) taken = k - j + 1;
  }
  return taken;
}

/** Whether the line is the title printed again with a salutation glued after it (and the piece's number). */
function gluedSalutation(line: string, title: string): boolean {
  const first = gluedCopies(line.trim(), [title])?.rest[0];
  return first !== undefined && salutes(first);
}

/** A name in brackets on a line of its own: 【短视频文化现象观察】. */
const BRACKETED_NAME = /^[【［\[]\s*([^【】［］\[\]。！？，：:]{4,20}?)\s*[】］\]]$/u;

/**
 * A column's label on a line of its own under the title, the column named
 * again elsewhere on the page: in the title line (【…模样㉜】走近…) or as a
 * book title in the text (本版开设《短视频文化现象观察》栏目). It is the
 * page's; what follows it (开栏的话 and the editor's note) is the text's.
 */
function columnLabel(lines: string[], j: number, title: string): boolean {
  const name = BRACKETED_NAME.exec(lines[j]!.trim())?.[1];
  return name !== undefined && (title.includes(name) || lines.some((line, k) => k !== j && line.includes(`《${name}》`)));
}

/**
 * The first sentence telling the headline's event with more words and a full stop: 3月5日，建湖县召开卫生健康工作会议。
 * under 建湖县召开卫生健康工作会议 (yancheng jianhu), 1998年2月23日，周恩来诞辰一百周年纪念大会在北京人民大会堂隆重举行。
 * under 周恩来诞辰一百周年纪念大会在北京人民大会堂隆重举行 (lssjt). A copy of the title carries no more than its words.
 */
export function restatesTitle(line: string, title: string): boolean {
  const text = line.trim();
  if (!/[。！？]$/u.test(text)) return false;
  const words = (s: string) => s.replace(/[\s\p{P}]/gu, '');
  const x = words(text);
  const y = words(title);
  return y.length >= 6 && x.length > y.length && x.includes(y) && /[，,]/u.test(text);
}

/**
 * Reads head lines from `at` on; returns them and the index of the first body
 * line. A short unmarked sentence counts as a photo caption only next to a
 * byline — the typesetting of a newspaper picture above its story; elsewhere
 * it is the first sentence of the body and stays. Given the title, lines
 * before the text that repeat it, stand short in the headline area or sit
 * between it and a name, date or byline line are headline lines; a date line
 * followed by the title again is the page's date, not the document's.
 */
export function readHead(lines: string[], at: number, title?: string): { head: HeadLine[]; next: number } {
  const head: HeadLine[] = [];
  let i = at;
  const bylineNear = (j: number) => [j - 1, j + 1].some((k) => k >= at && lines[k] !== undefined && isBylineLine(lines[k]));
  // Between the title and a metadata line or the title again: a kicker, a subtitle, a masthead.
  const sandwiched = (j: number): boolean => {
    for (let k = j + 1; k < Math.min(lines.length, j + 4); k++) {
      // A story's first sentence opening with its dateline or credit (【…报道 记者 …】) ends the headline area too.
      if (metaKind(lines[k]!, 0) || (title !== undefined && sameTitle(lines[k]!, title)) || opensWithCredit(lines[k]!)) return true;
      if (!isTitleLike(lines[k]!) || startsText(lines[k]!)) return false;
    }
    return false;
  };
  const headlineLine = (j: number): HeadLine['kind'] | undefined => {
    if (title === undefined) return undefined;
    const line = lines[j]!;
    if (startsText(line) || numberedDepth(line) || CHAPTER.test(line)) return undefined;
    if (refusal(line)) return 'furniture';
    // A label before what follows it (- 中国网：) opens the text.
    if (/[：:]$/u.test(line)) return undefined;
    if (line.replace(/\s/gu, '').length <= HEADLINE_SHORT && !/[，、]/u.test(line)) {
      // The first half of a two-line heading in the text (绥德县举行 / 庆“八一”…表彰大会) stays with it.
      const next = lines[j + 1];
      const heading = next !== undefined && isTitleLike(next) && next.length >= HEADING_MIN && !sandwiched(j + 1);
      return heading ? undefined : 'headline';
    }
    if (!isTitleLike(line)) return undefined;
    return sandwiched(j) ? 'headline' : undefined;
  };
  // A picture's caption and a video's title under the headline print the same words (• 行政长官…宴请… / 【新闻局】行政长官…宴请…): both are captions.
  const copies = (a: string, b: string) => {
    const x = bare(cleanTitle(a).title);
    return x.length >= CAPTION_COPY_MIN && x === bare(cleanTitle(b).title);
  };
  const copiedCaption = (j: number): boolean => {
    const line = lines[j]!;
    if (title === undefined || !isTitleLike(line) || startsText(line)) return false;
    return lines.slice(j + 1, j + 4).some((other) => copies(line, other)) || head.some((h) => h.kind === 'caption' && copies(h.text, line));
  };
  let afterColumn = false;
  for (; i < lines.length - 1; i++) {
    const line = lines[i];
    // The wire's own first line (新华社北京3月12日电 题：<headline>) is the story's, though it prints the title.
    if (WIRE_HEADLINE.test(line.trim())) break;
    const wrapped = title === undefined ? 0 : wrappedCopy(lines, i, title);
    if (wrapped > 0) {
      for (const text of lines.slice(i, i + wrapped)) head.push({ text, kind: 'repeat' });
      i += wrapped - 1;
      continue;
    }
    // The series' next or previous document linked under the title (…的通告（第7号） under …的通告（第6号）), alone or in the
    // series' navigation bar (← | …（第5号）| …（第6号）制定机关：… |), on zh.wikisource.org.
    if (title !== undefined && (seriesSibling(line, title) || (refusal(line) !== undefined && line.split(/\s*[|｜]\s*/u).some((p) => seriesSibling(p, title))))) {
      head.push({ text: line, kind: 'furniture' });
      continue;
    }
    if (title !== undefined && columnLabel(lines, i, title)) {
      head.push({ text: line, kind: 'furniture' });
      afterColumn = true;
      continue;
    }
    // Under a column's label only metadata lines are the page's.
    if (afterColumn && metaKind(line, i - at) === undefined) break;
    if (PIECE.test(line.trim())) break;
    // The title again with a collection's item number and the first piece's salutation glued on
    // (教师节校长经典讲话稿1各位老师：, xylao.com; …致辞1各位老师、亲爱的同学们： on luoyanghlwj.com, where
    // the copy is too short of the line to match loosely): the line opens the text, and the structure
    // stage cuts the copy off it; a loose match must not take the salutation away as the title again.
    if (title !== undefined && gluedSalutation(line, title)) break;
    // The headline's words inside a longer line ending in a full stop are the lede restating it, not a copy.
    if (title !== undefined && restatesTitle(line, title)) break;
    const kind: HeadLine['kind'] | undefined =
      metaKind(line, i - at) ??
      (title !== undefined && (sameTitle(line, title) || continuesTitle(head.at(-1), line, title))
        ? 'repeat'
        : isCaptionMarked(line) || (isShortSentence(line) && bylineNear(i)) || copiedCaption(i)
          ? 'caption'
          : headlineLine(i));
    if (!kind) break;
    head.push({ text: line, kind });
  }
  // A date standing between two copies of the title is the page's own (an e-paper's issue date).
  const lastRepeat = head.map((h) => h.kind).lastIndexOf('repeat');
  for (let k = 0; k < lastRepeat; k++) if (head[k]!.kind === 'date') head[k]!.kind = 'stamp';
  return { head, next: i };
}
