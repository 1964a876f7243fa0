// Stage: a page whose parts were run together onto one line set back on lines
// of their own. A document site's viewer text, a database's preview cell or a
// flattened press page stores label, title, body paragraphs and footer as one
// line, parts separated by a single space; every later rule reads lines, and
// on such a line sees one paragraph. Only at the seams a page has — a space
// after a sentence's end, the space between the headline and the first
// sentence, the colon of a field label at the line's start — is the line
// broken: never inside a sentence, so nothing is lost when a seam is misread.
// Hand-written: no library splits flattened Chinese pages, and the seams are
// conventions of how such pages are printed.
import type { IngestFile } from '../types.ts';
import { isDateLine, isSalutation } from '../structure/lines.ts';
import { isSignatureLine } from '../structure/tail.ts';
import { hanCount, visibleLength } from './chrome/features.ts';
import { DATE_TIME } from './chrome/labels.ts';
import { LABELS } from './chrome/vocabulary.ts';
import { isWriterCreditPiece } from './chrome/rules.ts';

const STAGE = 'glued-page';
/** A line this long that holds most of the file is a page, not a paragraph of one. */
const PAGE_LINE_MIN = 200;
const PAGE_LINE_SHARE = 0.5;

/** A sentence's end, with the quotes and brackets that may close after it. */
const SENTENCE_END = /[。！？!?；;…][”’」』）)】》"']*$/u;
/** A colon ends a part after a lead-in this long (…出席…的致辞全文:) or a salutation; a shorter word is a label and its value follows (来源: 新华网). */
const MIN_LEAD_IN = 8;
const COLON_END = /[\p{Script=Han}）)”」][:：]$/u;
/** A field label at the line's start, as a flattened table (文章预览 | : |) or a page's column head (第1版(要闻)专栏:) prints it. */
const LEADING_LABEL = /^([^\s|:：，。；！？,;!?]{2,16}(?:\s*\|\s*[:：]\s*\||[:：]))\s+(?=\S)/u;
/** Punctuation that ends the first clause: the headline stands before it. */
const CLAUSE_END = /[，,。；;！？!?:：]/u;
/** A headline and the first words under it are each at least this long; name padding (县委书记 张三 出席) has shorter tokens. */
const MIN_HEAD = 6;
const MIN_TOKEN = 4;
/** A newswire's or paper's dateline before the first words: 新华社北京3月13日电, 本报讯, 3月12日. */
const DATELINE = /(?:电|讯)[）)]?$|\d{1,2}月\d{1,2}日/u;

/** Whether `line` is a page run onto one line: long, and most of the file's text. */
export function isPageLine(line: string, fileLength: number): boolean {
  const length = visibleLength(line);
  return length >= PAGE_LINE_MIN && length >= fileLength * PAGE_LINE_SHARE && /\s/u.test(line.trim());
}

/**
 * A token of Discuz!'s anti-copy jammer (- k% B; U# m+ U! E2 s! j7 @, yh18): one or two
 * ASCII characters, whose ; or ! ends no sentence, so the run stays one piece for the chrome stage's jammer rule.
 */
const JAMMER_TOKEN = /^[\x21-\x7e]{1,2}$/u;

/** A piece of a page line that a seam before it would set apart but that stays with the sentence it follows. */
export interface SeamKeep {
  id: string;
  reason: string;
  test: (piece: string) => boolean;
  /** Pieces as the stage sees them (after the script stage), "<site> <eval|fixture>:<ref>" where seen. */
  examples: { text: string; seen: string }[];
  counterexamples?: { text: string; seen: string }[];
}

/**
 * Pieces kept on the sentence before them, as data (tests/unit/glued-page.test.ts runs every row on
 * its examples). The space before a piece is a seam only where the piece opens a part of its own.
 */
export const SEAM_KEEPS: SeamKeep[] = [
  {
    // The frontmatter contract keeps a writer's or photographer's credit in brackets at the end of
    // the last paragraph as printed; a flattened page sets it after the full stop with a space, and
    // set apart on a line of its own the chrome stage reads it as a byline and takes it.
    id: 'glued-end-credit',
    reason: "a writer's or photographer's credit in brackets after the last sentence stays at its paragraph's end",
    test: (piece) => isWriterCreditPiece(piece.trim().replace(/\s*[|｜]$/u, '')),
    examples: [
      { text: '(图文:记者黄聪明)', seen: 'www.ks888.com.tw eval:d32-ks888-yuli-township-council-regular-session-chair-remarks-credit-report' },
      { text: '(宝应县黄塍镇中心小学 李金贵) |', seen: 'bytoday.net eval:e34-bytoday-baoying-huangcheng-town-primary-2017-graduation-untitled-glued-paragraphs-footer-cut-report' },
    ],
    counterexamples: [
      // An editor's credit is the page's note, not the writer's: set apart, the chrome stage takes it.
      { text: '(编辑:邓修祥)', seen: 'www.xiaojiejieav.com fixture:chrome/endcredit-s39/B/xiaojiejieav-s39-report/raw.txt' },
      { text: '(原标题:河南南阳遭遇强降雨 已转移群众近8000人) 来源:央视新闻客户端 流程编辑:TF060 分享到', seen: 'm.takefoto.cn fixture:chrome/pages/takefoto-news.txt' },
    ],
  },
];

/** The row keeping `piece` on the sentence before it, if one does. */
const seamKeep = (piece: string) => SEAM_KEEPS.find((row) => row.test(piece));

/** The pieces of a page line broken at spaces after a sentence's end, or after a lead-in's or salutation's colon. */
function atSentenceSeams(line: string, kept?: string[]): string[] {
  const words = line.trim().split(/(\s+)/u);
  const pieces: string[] = [];
  let piece = '';
  for (let k = 0; k < words.length; k += 2) {
    piece += words[k]!;
    const space = words[k + 1];
    if (space === undefined) break;
    const word = words[k]!;
    const seam = (SENTENCE_END.test(piece) && !JAMMER_TOKEN.test(word)) || (COLON_END.test(word) && ((visibleLength(word) >= MIN_LEAD_IN && !/[:：]./u.test(word)) || isSalutation(word)));
    if (seam) {
      pieces.push(piece);
      piece = '';
    } else piece += space;
  }
  if (piece.trim()) pieces.push(piece);
  // A piece a row keeps goes back onto the sentence it followed, with the space the page printed.
  return pieces.reduce<string[]>((out, p) => {
    const row = out.length > 0 && SENTENCE_END.test(out.at(-1)!.trimEnd()) ? seamKeep(p) : undefined;
    if (!row) return [...out, p];
    kept?.push(`${row.id}: ${p.trim()}`);
    return [...out.slice(0, -1), `${out.at(-1)!} ${p}`];
  }, []);
}

/** A salutation between spaces: 同志们：, 各位领导、同志们：. */
const SPACED_SALUTATION = /\s+(\S{2,20}[:：])(?=\s|$)/gu;
const salutationIn = (piece: string) => [...piece.matchAll(SPACED_SALUTATION)].find((m) => isSalutation(m[1]!) && hanCount(piece.slice(0, m.index)) >= MIN_HEAD);

/**
 * A salutation after a space (文章标题：…的讲话 同志们： 这次…) opens the text:
 * the words before it are the page's. Not on the line's head: a title before
 * its salutation is the structure stage's to read (title-glued.ts).
 */
function apartFromSalutation(piece: string): string[] {
  const m = salutationIn(piece);
  if (!m) return [piece];
  const after = m.index + m[0].length;
  return [piece.slice(0, m.index), m[1]!, piece.slice(after)];
}

/**
 * Where the headline ends at the head of a page line: the last space of the
 * first clause, between a headline of MIN_HEAD characters and the first
 * words of the text (各地公安机关部署…环境 中国警察网综合消息为确保…，). Spaces
 * next to Latin letters or digits' words (在 20xx 年) are a text layer's, not seams.
 */
function headlineEnd(piece: string): number | undefined {
  const clause = CLAUSE_END.exec(piece);
  const head = clause ? piece.slice(0, clause.index) : piece;
  // A salutation of several parts (尊敬的各位领导 各位来宾 女士们、先生们：) is one line of the text.
  if (clause && /[:：]/u.test(clause[0]) && isSalutation(head + clause[0])) return undefined;
  let found: number | undefined;
  for (const m of head.matchAll(/\s+/gu)) {
    const left = head.slice(0, m.index);
    const leftToken = left.split(/\s+/u).at(-1)!;
    const rightToken = head.slice(m.index + m[0].length).split(/\s+/u)[0]!;
    if (visibleLength(left) < MIN_HEAD || hanCount(left) < MIN_HEAD) continue;
    if ([...leftToken].length < MIN_TOKEN || [...rightToken].length < MIN_TOKEN) continue;
    if (/[A-Za-z0-9]$/u.test(leftToken) || /^[A-Za-z]/u.test(rightToken)) continue;
    // Not inside brackets (梧州日报讯（记者 梁萍）), not after a dateline, which opens the first sentence
    // (新华社北京3月13日电 汇聚…), nor before a salutation, which the structure stage reads with its title.
    if (unclosed(left) || DATELINE.test(left) || (clause && /[:：]/u.test(clause[0]) && isSalutation(head.slice(m.index).trim() + clause[0]))) continue;
    found = m.index;
  }
  return found;
}

const PAIRS: [string, string][] = [['（', '）'], ['(', ')'], ['【', '】'], ['《', '》'], ['「', '」'], ['“', '”'], ['[', ']']];
/** Whether a bracket or quote opened in `text` is still open. */
function unclosed(text: string): boolean {
  return PAIRS.some(([open, close]) => text.split(open).length > text.split(close).length);
}

/**
 * A page's info fields inside its one line: two or more `label:value` pairs
 * of the info-line vocabulary, separated by bars or spaces, with spaces or the
 * line's ends around them (…下发通知 推迟召开春节后相关会议 来源:本站原创 | 发布人:admin |
 * 发布时间:2020-01-28 | 浏览次数:4263 各民主党派… on zybzx.org.cn, unseen9 a9-zybzx;
 * …元宵节勿忘禁燃禁放 来源: 发布时间:2022-02-15 15:52 浏览次数: 次 【字体:小 大】 有人会说…
 * on bazhou.gov.cn, unseen3 w1-bazhou). Such a run is the page's info line: the
 * words before it are the headline (and what stands above it), those after it
 * the text. A value is a date-time or a short run without sentence punctuation,
 * so a run never reaches into a sentence; one-character labels (文, 图) and the
 * weak 来自 open sentences too and are left out.
 */
const INFO_LABEL_WORDS = LABELS.flatMap(({ term }) => term.split('|'))
  .filter((label) => [...label].length >= 2 && label !== '来自' && /^\p{Script=Han}+$/u.test(label))
  .sort((a, b) => b.length - a.length);
const INFO_FIELD = `(?:${INFO_LABEL_WORDS.join('|')})\\s*[:：]\\s*(?:${DATE_TIME.source}|[^\\s|｜，。；！？,;!?:：]{0,30})`;
const INFO_RUN = new RegExp(`(?<=^|\\s)${INFO_FIELD}(?:(?:\\s*[|｜]\\s*|\\s+)${INFO_FIELD})+(?=\\s|$)`, 'u');

/** The line cut at its first run of info fields: the words before, the run, the words after; undefined when it has none. */
export function atInfoRun(line: string): { before: string; run: string; after: string } | undefined {
  const m = INFO_RUN.exec(line);
  if (!m) return undefined;
  return { before: line.slice(0, m.index).trim(), run: m[0].trim(), after: line.slice(m.index + m[0].length).trim() };
}

/**
 * A notice's closing run onto the end of its last sentence: a closing formula
 * (特此通告), the issuing organ and the date, with a space or nothing after the
 * sentence's end (…领导小组备案。中共黑龙江省委统战部 2020年1月27日 on zybzx.org.cn,
 * unseen9 a9-zybzx; …举报电话:110.    特此通告    揭阳市公安局    2017年1月1日 on
 * jiexixian.com's forum archive, unseen3 w1-jiexixian). Only at the line's end,
 * and only when the organ reads as a signature line and the date as a date line.
 */
const CLOSING_TAIL = /(?<=[。！？!?]|\.(?=\s))\s*(?:(特此(?:通知|通告|公告|通报|函告))\s+)?([^\s，。；！？,;!?:：、]{2,30})\s+(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$/u;

/** A piece with its glued closing set apart: the text, then the formula, the organ and the date each as a part. */
export function apartFromClosing(piece: string): string[] {
  const m = CLOSING_TAIL.exec(piece);
  if (!m || !isSignatureLine(m[2]!) || isDateLine(m[2]!) || !isDateLine(m[3]!)) return [piece];
  return [piece.slice(0, m.index), ...(m[1] ? [m[1]] : []), m[2]!, m[3]!];
}

/** The parts of a page line, each to stand on a line of its own. */
export function pageParts(line: string, kept?: string[]): string[] {
  const parts = pagePieces(line, kept);
  return parts.length === 0 ? parts : [...parts.slice(0, -1), ...apartFromClosing(parts.at(-1)!)].map((p) => p.trim()).filter(Boolean);
}

function pagePieces(line: string, kept?: string[]): string[] {
  const info = atInfoRun(line);
  if (info) {
    // Words without a sentence before the run are its headline, one part whatever spaces it holds; a run after
    // the text's sentences (a footer's fields) separates no headline, and the words before it are read as before.
    const before = info.before === '' ? [] : /[。！？!?]/u.test(info.before) ? pagePieces(info.before, kept) : [info.before];
    const after = info.after === '' ? [] : atSentenceSeams(info.after, kept).flatMap(apartFromSalutation);
    return [...before, info.run, ...after].map((p) => p.trim()).filter(Boolean);
  }
  let rest = line.trim();
  const parts: string[] = [];
  const label = LEADING_LABEL.exec(rest);
  if (label) {
    parts.push(label[1]!);
    rest = rest.slice(label[0].length);
  }
  const pieces = atSentenceSeams(rest, kept);
  // A title with its salutation stays glued to the first sentence, as the structure stage reads it (…的讲话 同志们： 今天…).
  if (pieces.length > 1 && salutationIn(pieces[0]!)?.index !== undefined && /[:：]$/u.test(pieces[0]!)) pieces.splice(0, 2, `${pieces[0]} ${pieces[1]}`);
  const end = headlineEnd(pieces[0]!);
  if (end !== undefined) pieces.splice(0, 1, pieces[0]!.slice(0, end), pieces[0]!.slice(end));
  const [head, ...body] = pieces;
  return [...parts, head!, ...body.flatMap(apartFromSalutation)].map((p) => p.trim()).filter(Boolean);
}

export function splitGluedPage(file: IngestFile): void {
  const lines = String(file.value).split('\n');
  const total = lines.reduce((sum, line) => sum + visibleLength(line), 0);
  let split = 0;
  const kept: string[] = [];
  const out = lines.flatMap((line) => {
    if (!isPageLine(line, total)) return [line];
    const parts = pageParts(line, kept);
    if (parts.length > 1) split++;
    return parts.length > 1 ? parts : [line];
  });
  for (const k of kept) {
    const [id, piece] = k.split(/: (.*)/su);
    file.info(`kept on the sentence before it, not set apart: ${piece}`, { ruleId: id!, source: STAGE });
  }
  if (split === 0) return;
  file.value = out.join('\n');
  file.info(`a page run onto one line set on lines at its seams: ${out.length - lines.length} more lines`, { ruleId: STAGE, source: STAGE });
}
