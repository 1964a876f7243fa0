// Finding encoding damage in one line of decoded text. Hand-written: libraries
// such as chardet guess the encoding of a whole file, but none locates the
// damaged spans inside text that was already decoded (possibly several times).
//
// Kinds of damage and why each is recognisable:
// - U+FFFD, written by a decoder for bytes it could not read;
// - known signatures: 锟斤拷 (U+FFFD's UTF-8 bytes read as GBK), 烫烫烫 / 屯屯屯
//   (uninitialised buffers read as GBK);
// - Latin-1 soup: UTF-8 bytes read as Latin-1/cp1252 (Ã¤Â¸Â­, å½“);
// - a pinyin fragment without its character and opening bracket (?qū) …),
//   left when an annotated character 字(zì) was lost in transcoding, and a
//   whole gloss left behind a byte that shows as a Latin letter (茖W(xué));
// - `?` standing for a character that a lossy transcoder could not map,
//   also where ASCII junk (`?;@`) or a full stop (`?。`) follows it, which no
//   real question does, and where no question mark stands: opening a
//   paragraph or clause before a word (the page's indentation, lost);
// - a run that another codec explains: its characters, encoded back in the
//   codec they were shown in, are the bytes of real text (lib/mojibake.ts);
//   this gives the run's exact extent;
// - a cluster of rare or foreign-script characters: a double-byte stream read
//   with the wrong codec or out of step decodes to arbitrary code points,
//   most of them outside the common sets (see common-han.ts); alone, a
//   character that no standard of writing holds (written-han.ts);
// - letters of scripts that never stand inside Chinese text (Cyrillic,
//   Hebrew, IPA …) glued between characters: double-byte text read as UTF-8
//   decodes a byte pair to one of them (元 → Ԫ).
import { COMMON_HAN, NOT_HAN, RARE_HAN, hanClass, isBig5, isGb2312 } from './common-han.ts';
import { isFrequent } from './char-frequency.ts';
import { explainedRuns } from './mojibake.ts';
import { isWrittenHan } from './written-han.ts';
import { countSyllables, hasTone, PINYIN_LETTERS } from './pinyin.ts';

export interface DamageSpan {
  start: number;
  end: number;
  /** Characters lost, when the damage shows them one by one (`??` between Han); else 1. */
  lost: number;
  /** Mojibake from a misaligned byte stream: the next character may belong to it. */
  stream: boolean;
  /** A run whose extent its bytes establish (lib/mojibake.ts): never widened over its neighbours. */
  exact?: boolean;
  /** A mark a lost character left (`?`, a gloss remnant): its neighbours are not evidence of damage. */
  mark?: boolean;
  /** `?` marks opening a paragraph or clause: mostly lost indentation, so no measure of unreadable text. */
  opening?: boolean;
}

const HAN = /\p{Script=Han}/u;
/** Share of a line under damage from which the whole line counts as damaged. */
const MOSTLY = 0.5;
// 有否 is Hong Kong's written 有没有 (政府在这方面有否责任? www.ogcio.gov.hk; 质问梁振英有否向执法部门施压, www.bbc.com).
const QUESTION_WORD = /[吗嗎呢么麼吧啊谁誰哪几幾何]|什么|甚麼|什麼|怎|如何|是否|为何|為何|多少|难道|難道|岂|豈|可否|能否|有否|(\p{Script=Han})[不没沒]\1/u;
/** A pinyin gloss a ruby page prints after a character (有沒(méi)有): the clause's words are read without it. */
const GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\)/gu;
const CLAUSE_END = /[。！？!?；;\n]/;
const SIGNATURE = /(?:锟斤拷)+|烫{3,}|屯{3,}/g;
/** A UTF-8 continuation byte as Latin-1 or cp1252 shows it (U+FFFD: a byte cp1252 leaves undefined). */
const CONT = '[\\uFFFD\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';
/** UTF-8 sequences read one byte per character; three characters or more (Ã© alone may be a name). */
const LATIN1_SOUP = new RegExp(`(?:[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}){1,}`, 'g');
const FRAGMENT = new RegExp(`([?？]*)([${PINYIN_LETTERS}]+[1-5]?)[)）]`, 'g');
/** The same remnant with its closing bracket lost too: 向？qū实处. */
const BARE_FRAGMENT = new RegExp(`[?？]+([${PINYIN_LETTERS}]+[1-5]?)(?=[\\p{Script=Han}□])`, 'gu');
const PINYIN_LETTER = new RegExp(`[${PINYIN_LETTERS}]`);
/**
 * A whole toned gloss behind one or two Latin letters glued to Chinese text
 * (茖W(xué)): no word is glossed in Latin letters, so the letters are a byte of
 * a broken double-byte pair and the gloss lost its character.
 */
const ORPHAN_GLOSS = new RegExp(`(?<=[\\p{Script=Han}?？\uFFFD])[A-Za-z]{1,2}[(（]([${PINYIN_LETTERS}]+[1-5]?)[)）]`, 'gu');
/**
 * A `?` with ASCII symbols glued between it and the next character (提高?;@區,
 * 制度?,F將): the bytes of a broken pair that fell into the ASCII range, the
 * last perhaps a letter (a trail byte, taken in by absorbTrailByte). No
 * question mark of real text is followed by `;`, `@` or an ASCII comma.
 */
const QUESTION_JUNK = /(?<=[\p{Script=Han}])[?？][,;；@＠#$%^&*_=+|~`\\]{1,3}(?=[A-Za-z]?[\p{Script=Han}])/gu;
/**
 * A closing tag whose `<` a lossy decoder took into the lost character before
 * it (成效?/p>): the lead byte and `<` made one unmappable pair, so the `?`
 * and the tag's remnant are one run. No text writes `/p>` after a character.
 */
const TAG_REMNANT = /(?<=[^\x00-\x2F\x3A-\x7F])[?\uFFFD]+\/(?:p|div|span|a|td|th|tr|li|ul|ol|font|strong|b|i|em|h[1-6]|section|article|table|tbody|center)>/giu;
/** Chinese punctuation that never follows a question mark: `?。` is a lost character before a full stop. */
const AFTER_QUESTION = /[。，、；]/u;
/** A GBK trail byte shown as ASCII (0x40–0x7E) once its lead byte was lost: 鶎訐Q屆. */
const TRAIL_BYTE = /[@A-Za-z[\]^_`{|}~]/u;
const GLOSS_AHEAD = new RegExp(`^[(（]([${PINYIN_LETTERS}1-5 ]+)[)）]`);
/** ASCII glued inside Chinese text with a symbol no word has: the `_B` in 敗_B日. */
const ASCII_JUNK = /(?<=[^\x00-\x7F])[A-Za-z0-9]*[_^`|~\\][A-Za-z0-9_^`|~\\]*(?=[^\x00-\x7F])/g;
/**
 * A template's blank to fill in, two underscores or more, with the digits of a
 * year before it (20__年__月__日, 以__身份, 20__级新生): a placeholder kept as
 * written, like XX and ××. A stream out of step shows one trail byte as `_`
 * (敗_B), never a run of them.
 */
const BLANK = /^[0-9]*_{2,}[0-9]*$/;
/** Scripts that never stand inside Chinese running text but fill mojibake. */
const FOREIGN = /[\u3041-\u30FA\u3100-\u312F\u3130-\u318F\uAC00-\uD7AF\u0400-\u04FF\uE000-\uF8FF\uF900-\uFAFF\uFF61-\uFF9F]/;
/**
 * What a byte pair of GBK or Big5 decodes to as a two-byte UTF-8 sequence
 * (U+0080–U+07FF), less what Chinese text does use: pinyin letters with tones
 * and the Greek letters of formulas (α粒子). Cyrillic, Armenian, Hebrew,
 * Arabic, IPA and the rest of Latin Extended are no part of Chinese text.
 */
const PAIR_AS_UTF8 = new RegExp(`(?![${PINYIN_LETTERS}\u0391-\u03A9\u03B1-\u03C9])[\u0100-\u036F\u0370-\u07FF]`, 'u');
/**
 * U+FFFD runs of double-byte text read as UTF-8: the few byte pairs that were
 * valid UTF-8 decoded between them (any character, ⷢ, λ, 鿼) and the
 * two-byte junk glued to either end belong to the run.
 */
const PAIR_JUNK = `(?![${PINYIN_LETTERS}])[\\u0100-\\u07FF]|${FOREIGN.source}|[\\u{20000}-\\u{3FFFF}]`;
const REPLACEMENT_RUN = new RegExp(`(?:${PAIR_JUNK})*\uFFFD(?:[^\\s\uFFFD，。、；：？！…“”‘’（）《》,.;:?!()]{0,2}\uFFFD)*(?:${PAIR_JUNK})*`, 'gu');
const JUNK_BETWEEN = new RegExp(`(?<=[\\p{Script=Han}\uFFFD，。、；：！？“”（）])(?:${PAIR_AS_UTF8.source})+(?=[\\p{Script=Han}\uFFFD，。、；：！？“”（）])`, 'gu');

/**
 * The same run written by a lossy converter, `?` for each U+FFFD: a stretch of
 * `?` with characters between them that no text has (λ, һ, ꣬, 緢). Real
 * questions (`吗??`) hold no such characters; one alone is a name's.
 */
function lossyRuns(line: string): DamageSpan[] {
  const spans: DamageSpan[] = [];
  for (const m of line.matchAll(/[^\x00-\x3E\x40-\x7F\s]*\?[^\x00-\x7F\s]*(?:\?+[^\x00-\x7F\s]*)*/gu)) {
    let run = m[0];
    let start = m.index;
    // The run is the `?` and junk: Han characters at its edges, rare ones of names too, are the text around it.
    const chars = [...run];
    const edge = (c: string) => lossyJunk(c) && !HAN.test(c);
    while (chars.length && !edge(chars[0]!)) start += chars.shift()!.length;
    while (chars.length && !edge(chars.at(-1)!)) chars.pop();
    run = chars.join('');
    const marks = chars.filter((c) => c === '?').length;
    const junk = chars.filter((c) => c !== '?');
    if (marks < 2 || junk.length === 0 || !junk.every(lossyJunk)) continue;
    spans.push({ start, end: start + run.length, lost: 1, stream: false });
  }
  return spans;
}

const PINYIN_LETTER_U = new RegExp(`[${PINYIN_LETTERS}]`, 'u');

/** A `?`, or a character a double-byte stream read as UTF-8 decodes to and text has not: no common Han, no punctuation of Chinese text. */
function lossyJunk(c: string): boolean {
  if (c === '?') return true;
  const code = c.codePointAt(0)!;
  if (hanClass(code) === COMMON_HAN) return false;
  if (/[\u3000-\u303F\uFF01-\uFF5E\u2010-\u2027\u00B7\u00D7\u00F7\u25A1]/u.test(c)) return false;
  return !PINYIN_LETTER_U.test(c) || !/[\p{Script=Latin}]/u.test(c);
}

const isHan = (c: string | undefined): boolean => c !== undefined && (HAN.test(c) || c === '□');

/** Whether the clause before `at` asks a question (吗, 什么, 是否 …). */
function asksQuestion(line: string, at: number): boolean {
  let from = at;
  while (from > 0 && !CLAUSE_END.test(line[from - 1]!)) from--;
  return QUESTION_WORD.test(line.slice(from, at).replace(GLOSS, ''));
}

/** A `?` that ends a real question, though text follows it on the same line. */
function isRealQuestion(line: string, at: number, end: number): boolean {
  const next = line[end];
  // A letter glued between the mark and the next character is the trail byte of a lost pair (進程??h委), unless the clause asks.
  if (next !== undefined && /[A-Za-z]/.test(next) && HAN.test(line[end + 1] ?? '')) return asksQuestion(line, at);
  // A half-width `?` glued to a full-width `！` (贴心兒?！): text that writes its marks full width writes `？！`, so the `?` is a lost character's.
  const halfBeforeBang = next === '！' && /^\?+$/.test(line.slice(at, end));
  // A run of two marks or more before a digit, a colon, an opening mark, or (three or more) a closing bracket:
  // a question ends before none of them (各类????24811件, 各位嘉宾?????：, 每年???????“总理).
  const run = end - at;
  const beforeOther = next !== undefined && ((run >= 2 && /[0-9０-９：“《（]/u.test(next)) || (run >= 3 && /[）)]/u.test(next)));
  const beforePunctuation = next !== undefined && (AFTER_QUESTION.test(next) || halfBeforeBang || beforeOther);
  if (next === undefined || (!isHan(next) && !beforePunctuation)) return true;
  if (asksQuestion(line, at)) return true;
  if (beforePunctuation) return false;
  // An interview turn glued on: 精神?记者:… / 发展?唐荣:…
  return /^\p{Script=Han}{1,5}[:：]/u.test(line.slice(end));
}

function fragments(line: string): DamageSpan[] {
  const spans: DamageSpan[] = [];
  for (const m of line.matchAll(FRAGMENT)) {
    const [whole, marks, word] = m as unknown as [string, string, string];
    const start = m.index;
    const before = line[start - 1];
    if (before === '(' || before === '（' || (before !== undefined && PINYIN_LETTER.test(before))) continue;
    if (countSyllables(word) === 0) continue;
    // Without a `?` the fragment must follow a character and carry a tone,
    // so that list items like 甲a) or (一)b) are left alone.
    if (!marks && !(isHan(before) && hasTone(word))) continue;
    if (!marks && openBrackets(line.slice(0, start)) > 0) continue;
    spans.push({ start, end: start + whole.length, lost: 1, stream: false, mark: true });
  }
  return spans;
}

function bareFragments(line: string): DamageSpan[] {
  const spans: DamageSpan[] = [];
  for (const m of line.matchAll(BARE_FRAGMENT)) {
    const word = m[1]!;
    if (!isHan(line[m.index - 1]) || !hasTone(word) || countSyllables(word) === 0) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, lost: 1, stream: false, mark: true });
  }
  return spans;
}

/**
 * The same orphan gloss after ASCII punctuation, before the next character
 * (保全,F(xiàn)在, zuancaijixie.com; 學(xué)!,F(xiàn)面向, gzqyzjbc.com): the
 * lost character opened a clause. One mark is the text's own punctuation;
 * two or more glued together (`!,`), which no text writes, are bytes of the run.
 */
const ORPHAN_AFTER_MARK = new RegExp(`(?<=[\\p{Script=Han})）])([!-/:-@[-\`{-~]{1,3})([A-Za-z]{1,2}[(（]([${PINYIN_LETTERS}]+[1-5]?)[)）])(?=\\p{Script=Han})`, 'gu');

function orphanGlosses(line: string): DamageSpan[] {
  const spans: DamageSpan[] = [];
  for (const m of line.matchAll(ORPHAN_GLOSS)) {
    const word = m[1]!;
    if (!hasTone(word) || countSyllables(word) === 0) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, lost: 1, stream: false, mark: true });
  }
  for (const m of line.matchAll(ORPHAN_AFTER_MARK)) {
    const [whole, marks, , word] = m as unknown as [string, string, string, string];
    if (!hasTone(word) || countSyllables(word) === 0 || /[()]/.test(marks)) continue;
    const start = marks.length >= 2 ? m.index : m.index + marks.length;
    spans.push({ start, end: m.index + whole.length, lost: 1, stream: false, mark: true });
  }
  return spans;
}

function openBrackets(text: string): number {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
  }
  return depth;
}

/**
 * Where a question mark never stands: at the start of a paragraph or after a
 * space or a mark that opens a clause (。??本届, “?展经济”). A run there
 * with a word after it is the page's indentation (U+3000, U+00A0) or a first
 * character that a lossy transcoder could not map.
 */
const OPENING = /[\s。，、；：“‘（《「『【〔]/u;
const WORD_AFTER = /[\p{Script=Han}□“‘（《「『【〔]/u;

/**
 * Whether `at` is an opening position. An ASCII space counts only after
 * Chinese text or at the line's start: after ASCII it may be a forum's
 * random-character watermark (`|0 ? “`), whose `?` is no lost character.
 */
function opening(line: string, at: number): boolean {
  let from = at;
  while (from > 0 && /[ \t]/.test(line[from - 1]!)) from--;
  const before = line[from - 1];
  if (before === undefined) return true;
  return from < at ? /[^\x00-\x7F]/.test(before) : OPENING.test(before);
}

/**
 * Whether a `?` run at an opening position stands for lost characters. A
 * clause after it that asks (a question word, a closing question mark) may
 * make it a forum's `??怎么回事`; unless the page's other paragraphs open
 * with such runs too.
 */
function lostAtOpening(line: string, start: number, end: number, indentLost: boolean): boolean {
  const next = line[end];
  const lineStart = line.slice(0, start).trim() === '';
  // A Latin letter only at the line's start: after a space it may begin a URL's query (见 ?id=3).
  // A half-width bracket before a word opens a heading (??(一)指导思想) on pages of ASCII punctuation.
  const bracketed = (lineStart || indentLost) && next === '(' && /[\p{Script=Han}0-9]/u.test(line[end + 1] ?? '');
  if (next === undefined || !(WORD_AFTER.test(next) || bracketed || /[0-9]/.test(next) || (lineStart && /[A-Za-z]/.test(next)))) return false;
  if (indentLost) return true;
  // Before an interview label (??记者：…) the marks belong to no question: the turn's words come after the label.
  // Nor before a heading's number ((一)、一、): the heading's words come after it.
  if (/^(?:\p{Script=Han}{1,6}[:：]|[(（][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/u.test(line.slice(end))) return true;
  let to = end;
  while (to < line.length && !CLAUSE_END.test(line[to]!)) to++;
  // A clause that ends asking (。????有效时间???) opens with the same marks for emphasis.
  return !QUESTION_WORD.test(line.slice(end, to)) && !/[?？]/.test(line[to] ?? '');
}

/**
 * A line that opens on a full stop (after lost characters' `?` or none) with
 * a few characters glued to it, one of them what text does not write (a `?`,
 * a rare or foreign character): no paragraph opens on 。, so the full stop is
 * a byte of the damage and the run goes on to the next ASCII character or
 * clause mark. `?。撓等耍核涡〗?,聯系電話` (hayleyrahl.com, where （联系人：宋小姐
 * was lost), `。ㄓ浾摺∶冢4月8日下午` (mob51.com, a byline lost).
 */
const STOP_OPENING = /^\s*[?？]*。[^\x00-\x7F，。、；：！？“”‘’（）《》\s]{1,12}[?？]*/u;

function stopOpening(line: string): DamageSpan[] {
  const m = STOP_OPENING.exec(line);
  if (!m) return [];
  const start = m[0].length - m[0].trimStart().length;
  const run = [...m[0].trimStart().replace(/^[?？]*。/u, '')];
  if (!run.some(lossyJunk)) return [];
  return [{ start, end: m[0].length, lost: 1, stream: true }];
}

/**
 * A `?` run opening a line before a word that asks nothing: lost indentation
 * or a lost first character. Forum replies that open with `??` all ask. The
 * word may stand after the page's own space, as the marks of full-width
 * spaces do before an ASCII one (`??? 德州新聞網訊…`, `??? 為提高公務卡使用率`,
 * rqjmxh.cn eval:b24-rqjmxh-wucheng-official-card-full-coverage-report): the
 * page's paragraphs then open with such runs, which lostCharacters marks with
 * their padding.
 */
export function opensWithLostMark(line: string): boolean {
  const m = /^\s*([?？]+)/u.exec(line);
  if (m === null) return false;
  const start = m[0].length - m[1]!.length;
  return lostAtOpening(line, start, m[0].length, false) || lostAtOpening(line, start, paddingEnd(line, start, m[0].length), false);
}

/**
 * Where a line's lost padding ends: a right-aligned signature or date is
 * pushed over by a long run of non-breaking spaces, which a lossy save writes
 * as `?`, with the ordinary spaces between them kept (`???…? 梧州市人民政府办公室`,
 * `???…? ?2015年11月3日`, m.bkw8.com). On a page whose paragraphs open with
 * such runs, `?` and spaces together up to the first word are one run of lost
 * indentation. Only at the line's start, so a question mark before a space
 * inside a line is left as the text's.
 */
const PADDING = /^(?:[ \t\u3000\u00A0]+[?？]*)+/u;
function paddingEnd(line: string, start: number, end: number): number {
  if (line.slice(0, start).trim() !== '') return end;
  const pad = PADDING.exec(line.slice(end));
  if (!pad) return end;
  const stop = end + pad[0].length;
  // Trailing spaces only before a word: a line of nothing but marks and spaces is left to the stage.
  return stop < line.length ? stop : end;
}

/** `?` runs standing for lost characters, with the pinyin gloss of a lost one. */
function lostCharacters(line: string, taken: DamageSpan[], indentLost: boolean): DamageSpan[] {
  const spans: DamageSpan[] = [];
  // `?!` and `?!?` glued to a character: a lost pair whose trail byte fell on `!`
  // (心愿?!弊蛉丈衔?, knoxvariety; 全部喂?!?。, comfortworkshvacr), unless the clause asks.
  for (const m of line.matchAll(/[?？]+(?:!+[?？]*)?/g)) {
    const start = m.index;
    let end = start + m[0].length;
    if (taken.some((s) => start >= s.start && start < s.end) || spans.some((s) => start >= s.start && start < s.end)) continue;
    const afterSpan = taken.some((s) => s.end === start);
    const before = line[start - 1];
    if (opening(line, start) && !afterSpan) {
      // Its extent is the run itself: a letter after it is a word's, not a trail byte.
      if (lostAtOpening(line, start, end, indentLost)) spans.push({ start, end, lost: m[0].length, stream: false, mark: true, exact: true, opening: true });
      else if (indentLost) {
        const padEnd = paddingEnd(line, start, end);
        if (padEnd > end && lostAtOpening(line, start, padEnd, indentLost)) spans.push({ start, end: padEnd, lost: 1, stream: false, mark: true, exact: true, opening: true });
      }
      continue;
    }
    // After a closing mark (意见》??????人民) or, for two marks or more, a digit (35??饮), as after a character.
    // Only ASCII runs: a lossy transcoder writes `?`, a writer's question after a quote is `？` (费”？村民).
    const closing = before !== undefined && /^\?{2,}$/.test(m[0]) && /[》”）」』】0-9]/u.test(before);
    if (!isHan(before) && !closing && !afterSpan) continue;
    const gloss = GLOSS_AHEAD.exec(line.slice(end));
    if (gloss && countSyllables(gloss[1]!) > 0) end += gloss[0].length;
    // One full-width `？` is the writer's: a lossy transcoder writes ASCII `?`. Questions
    // without a question word go on in the same line (很会数学的小孩？我也是, archive.tw;
    // 骑行影响男性生育力？想太多了, people.com.cn; 造假被实锤？证据不会, 163.com).
    else if (m[0] === '？' && !afterSpan) continue;
    else if (isRealQuestion(line, start, end)) continue;
    spans.push({ start, end, lost: m[0].length, stream: false, mark: true });
  }
  return spans;
}

/** The byte a character stands for when double-byte text was shown as Latin-1 or cp1252, or null. */
const CP1252_BYTE = new Map<string, number>([...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'].map((c, i) => [c, 0x80 + i]));
function latin1Byte(c: string | undefined): number | null {
  if (c === undefined) return null;
  const code = c.codePointAt(0)!;
  if (code < 0x100) return code;
  return CP1252_BYTE.get(c) ?? null;
}
const GBK = new TextDecoder('gbk', { fatal: true });
const CJK_MARK = /^[\u3000-\u303F\uFF01-\uFF5E]$/u;

/**
 * GBK text shown one byte per character as Latin-1 or cp1252 (ÒýÑÔ for 引言,
 * ¡¡ for a full-width space): a stretch of such characters whose bytes pair
 * into common characters of GBK. A trail byte may fall in ASCII (0x40–0x7E).
 * Two characters or more, or one full-width mark glued to a Latin word (the
 * ¡¡ between the words of a GBK e-text), so that a name's accented letter or
 * a × redaction is not taken for it.
 */
function latin1Gbk(line: string): DamageSpan[] {
  const spans: DamageSpan[] = [];
  for (let i = 0; i < line.length; ) {
    const lead = latin1Byte(line[i]);
    if (lead === null || lead < 0x81 || lead > 0xfe) {
      i++;
      continue;
    }
    let end = i;
    let decoded = '';
    while (end + 1 < line.length) {
      const a = latin1Byte(line[end]);
      const b = latin1Byte(line[end + 1]);
      if (a === null || b === null || a < 0x81 || a > 0xfe || b < 0x40 || b === 0x7f || b > 0xfe) break;
      let char: string;
      try {
        char = GBK.decode(Uint8Array.of(a, b));
      } catch {
        break;
      }
      const han = HAN.test(char) && hanClass(char.codePointAt(0)!) === COMMON_HAN;
      if (!han && !CJK_MARK.test(char)) break;
      decoded += char;
      end += 2;
    }
    const chars = [...decoded];
    const hanCount = chars.filter((c) => HAN.test(c)).length;
    const shown = line.slice(i, end);
    const gluedToWord = /[A-Za-z0-9]/.test(line[i - 1] ?? '') || /[A-Za-z0-9]/.test(line[end] ?? '') || /[\u00A1-\u00FF]/.test(line[end] ?? '');
    const enough = hanCount >= 2 || (chars.length >= 1 && hanCount === 0 && gluedToWord) || (chars.length >= 2 && hanCount >= 1);
    if (end > i && enough && !/^\u00D7+$/u.test(shown)) {
      spans.push({ start: i, end, lost: 1, stream: false });
      i = end;
    } else i++;
  }
  return spans;
}

/**
 * A double-byte stream that lost a byte pairs a trail byte with the next lead
 * byte until a trail byte in the ASCII range (0x40–0x7E) puts it back in step:
 * one or two characters rare in real text, then that byte as a lone letter or
 * symbol glued before the next character (全社會噬d突發, 號召全兮s大人民). A
 * letter after a frequent character is a word's (B超, 山东e支部), and x is the
 * placeholder of a template (迎x市).
 */
const LONE_TRAIL = /(\p{Script=Han}{1,3})([A-Za-wyzA-WYZ@[\]^_`{|}~])(?=\p{Script=Han})/gu;
function loneTrailBytes(line: string): DamageSpan[] {
  const spans: DamageSpan[] = [];
  for (const m of line.matchAll(LONE_TRAIL)) {
    if (/[A-Za-z0-9]/.test(line[m.index - 1] ?? '')) continue;
    const before = [...m[1]!];
    let rare = 0;
    while (rare < before.length && !isFrequent(before[before.length - 1 - rare]!)) rare++;
    if (rare === 0) continue;
    const start = m.index + before.slice(0, before.length - rare).join('').length;
    spans.push({ start, end: m.index + m[0].length, lost: 1, stream: false });
  }
  return spans;
}

function matches(line: string, pattern: RegExp): DamageSpan[] {
  return [...line.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, lost: 1, stream: false }));
}

/**
 * Words of another script standing apart from the Chinese text, such as a
 * language menu's Русский or 한국어: real words, whose letters mojibake
 * never lines up without a Chinese character or U+FFFD beside them.
 */
const FOREIGN_WORD = /(?<![\p{Script=Han}\uFFFD□])(?:(?!\p{Script=Han})[\p{L}\p{M}]){2,}(?![\p{Script=Han}\uFFFD□])/gu;

/**
 * × runs are how official and template texts blank out a name, a number or a
 * date (××县××镇, 二〇××年××月××日): a redaction kept as written. A × that
 * mojibake left sits beside other Latin-1 letters or U+FFFD, never only
 * between Chinese characters and punctuation.
 */
const LATIN1_OR_LOST = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\uFFFD]/u;
function redaction(line: string, at: number): boolean {
  if (line[at] !== '\u00D7') return false;
  let start = at;
  let end = at + 1;
  while (line[start - 1] === '\u00D7') start--;
  while (line[end] === '\u00D7') end++;
  return !LATIN1_OR_LOST.test(line[start - 1] ?? '') && !LATIN1_OR_LOST.test(line[end] ?? '');
}

/** Positions (as [start, end) pieces) of rare Han, foreign-script and junk characters. */
function suspects(line: string): DamageSpan[] {
  const words = matches(line, FOREIGN_WORD);
  const inWord = (i: number) => words.some((w) => i >= w.start && i < w.end);
  const found: DamageSpan[] = matches(line, ASCII_JUNK).filter((s) => !BLANK.test(line.slice(s.start, s.end)));
  // By code point: Big5 and GB18030 misreads decode to characters outside the
  // BMP too (𢥫), which are rare Han like those inside it.
  for (let i = 0, width = 1; i < line.length; i += width) {
    const code = line.codePointAt(i)!;
    width = code > 0xffff ? 2 : 1;
    // Below U+00C0 nothing is Han, foreign or accented; a common Han character is none of them either.
    if (code < 0xc0) continue;
    const kind = hanClass(code);
    if (kind === COMMON_HAN) continue;
    const char = String.fromCodePoint(code);
    if (kind === NOT_HAN && words.length > 0 && inWord(i)) continue;
    // A Latin-1 letter of a Latin word (café中杯) is the word's, not a stray byte.
    const inLatinWord = /[A-Za-z]/.test(line[i - 1] ?? '') || /[A-Za-z]/.test(line[i + 1] ?? '');
    // × is a sign, not a letter: Chinese text redacts with × (××办学××年) as with *.
    const latinInHan = code <= 0xff && !inLatinWord && !redaction(line, i) && (isHan(line[i - 1]) || isHan(line[i + 1]));
    if (kind === RARE_HAN || FOREIGN.test(char) || PAIR_AS_UTF8.test(char) || latinInHan) found.push({ start: i, end: i + width, lost: 1, stream: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Text between two spans that mojibake could have produced: no space, no punctuation. */
function bridgeable(gap: string, limit: number): boolean {
  return gap.length <= limit && /^[\p{Script=Han}A-Za-z0-9□]*$/u.test(gap);
}

/** Clusters of suspects; kept when large enough to be mojibake or touching hard evidence. */
function clusters(line: string, found: DamageSpan[], hard: DamageSpan[], exact: DamageSpan[]): DamageSpan[] {
  const kept: DamageSpan[] = [];
  let group: DamageSpan[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const span = { start: group[0]!.start, end: group.at(-1)!.end, lost: 1, stream: true };
    const touching = hard.some((h) => bridgeable(gapBetween(line, h, span), 1));
    // One or two rare characters are ordinary in names (朱烜, 李喆堃); one that no standard or dictionary holds is not.
    if (group.length >= 3 || touching || (group.length === 1 && unwritten(line, span))) kept.push(span);
    group = [];
  };
  for (const s of found) {
    if (exact.some((e) => s.start >= e.start && s.start < e.end)) {
      flush();
      continue;
    }
    const last = group.at(-1);
    if (last && !bridgeable(line.slice(last.end, s.start), 2)) flush();
    group.push(s);
  }
  flush();
  return kept;
}

/** A lone Han character inside running text that no standard of writing holds (written-han.ts). */
function unwritten(line: string, span: DamageSpan): boolean {
  const char = line.slice(span.start, span.end);
  return HAN.test(char) && isHan(line[span.start - 1]) && isHan(line[span.end]) && !isWrittenHan(char);
}

function gapBetween(line: string, a: DamageSpan, b: DamageSpan): string {
  return a.end <= b.start ? line.slice(a.end, b.start) : b.end <= a.start ? line.slice(b.end, a.start) : '';
}

/**
 * Merges spans that touch or are bridged by one character, or by two when
 * both are mojibake (whose common characters are as garbled as the rare ones).
 */
function merge(line: string, spans: DamageSpan[]): DamageSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: DamageSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    const limit = last?.exact || span.exact ? 0 : last?.stream && span.stream ? 2 : 1;
    const gap = last ? line.slice(last.end, span.start) : '';
    // Digits inside a damaged run read the same in every codec; the run is one.
    const inRun = /^[0-9.%:-]{1,8}$/.test(gap);
    const sandwiched = last?.mark && span.mark && oddBetween(line, gap);
    const afterLost = last !== undefined && byteAfterLost(line, last, span, gap);
    if (last && (span.start <= last.end || inRun || sandwiched || afterLost || (limit > 0 && bridgeable(gap, limit)))) {
      // Once kinds mix, the number of characters lost is unknowable.
      last.lost = 1;
      last.exact = last.exact && span.exact && span.end <= last.end;
      last.end = Math.max(last.end, span.end);
      last.stream ||= span.stream || Boolean(sandwiched);
      last.mark &&= span.mark;
    } else merged.push({ ...span });
  }
  return merged.map((span) => absorbTrailByte(line, absorbResidue(line, absorbStraddler(line, absorbLostByte(line, span)))));
}

/** Han characters of out-of-step residue taken in after a gloss remnant. */
const RESIDUE = 3;

/**
 * A pinyin gloss left without its character (?shù), ?qū)) marks where a
 * double-byte stream lost a byte; the characters right after it, read out of
 * step, are the halves of real ones: of the other script than the line's
 * (块 in a traditional line), or ones text rarely writes (炔), perhaps behind
 * a stray ASCII byte (`<`) and before a trail byte shown as a letter
 * (交通運輸?shù)炔块T要, yh18.cn; 領域?qū)<页鱿,介紹, txcsxy.com). Such a
 * stretch, holding one character of the other script at least, belongs to the
 * run; a common character of the line's script ends it, and is kept.
 */
function absorbResidue(line: string, span: DamageSpan): DamageSpan {
  if (!span.mark || span.exact) return span;
  let end = span.end;
  if (/[!-/:-@[-`{-~]/.test(line[end] ?? '') && !/[([{（]/.test(line[end]!)) end++;
  const other = otherScript(line);
  let han = 0;
  let foreign = 0;
  while (han < RESIDUE && end < line.length) {
    const c = String.fromCodePoint(line.codePointAt(end)!);
    if (!HAN.test(c)) break;
    const odd = other(c);
    if (!odd && isFrequent(c) && hanClass(c.codePointAt(0)!) === COMMON_HAN) break;
    if (odd) foreign++;
    han++;
    end += c.length;
  }
  return foreign > 0 ? { ...span, end } : span;
}

/**
 * A decoder that meets a lead byte before an ASCII byte writes U+FFFD and then
 * that byte as itself: one ASCII mark between U+FFFD and more mojibake is the
 * run's own byte, not the text's punctuation (全員環(huán)�!敝ι鷳B(tài) and
 * 互動�;顒蝇F(xiàn)場, 91jipiao.com; 生態(tài)之旅?！疤貏e鍛煉人, dingqianjf.com,
 * where the run's bytes explain it whole).
 */
function byteAfterLost(line: string, last: DamageSpan, span: DamageSpan, gap: string): boolean {
  return /^[!-/:-?]$/.test(gap) && line[last.end - 1] === '\uFFFD' && (span.stream || Boolean(span.mark) || Boolean(span.exact));
}

/**
 * A lossy converter writes `?` for a byte it cannot map, and the stream after
 * it goes out of step or undecodable: an ASCII `?` glued to the front of a
 * mojibake run is that run's first byte.
 */
function absorbLostByte(line: string, span: DamageSpan): DamageSpan {
  if (line[span.start - 1] !== '?' || span.mark) return span;
  let start = span.start - 1;
  while (line[start - 1] === '?') start--;
  return { ...span, start };
}

/** Characters the line's own script does not write: simplified-only ones in traditional text and the reverse. */
function otherScript(line: string): (c: string) => boolean {
  let simplified = 0;
  let traditional = 0;
  for (const c of line) {
    if (hanClass(c.codePointAt(0)!) === NOT_HAN) continue;
    const gb = isGb2312(c);
    const big5 = isBig5(c);
    if (gb && !big5) simplified++;
    else if (big5 && !gb) traditional++;
  }
  if (simplified === traditional) return () => false;
  return simplified > traditional ? (c) => isBig5(c) && !isGb2312(c) : (c) => isGb2312(c) && !isBig5(c);
}

/**
 * Between two marks of lost characters (?shù)挠行緩?), a few characters that
 * hold a rare one or one of the other script are what is left of the lost
 * text read out of step, not words of the document: the whole stretch is one
 * run. Common characters of the line's script between two marks are kept.
 */
function oddBetween(line: string, gap: string): boolean {
  if (gap === '' || [...gap].length > 4 || !/^\p{Script=Han}+$/u.test(gap)) return false;
  const other = otherScript(line);
  return [...gap].some((c) => hanClass(c.codePointAt(0)!) === RARE_HAN || other(c));
}

/**
 * A stream run that lost a lead byte shows the trail byte after it as an
 * ASCII character (鶎訐Q屆), and so does a character whose lead byte became
 * a lost character's mark (?qū)W校, 學 = 8C 57): one such character between
 * the run and the next Chinese character belongs to the run.
 */
function absorbTrailByte(line: string, span: DamageSpan): DamageSpan {
  if (!(span.stream || span.mark) || span.exact) return span;
  const next = line[span.end];
  const ends = line[span.end - 1] ?? '';
  const glued = span.mark || /[^\x00-\x7F]/u.test(ends);
  return next !== undefined && TRAIL_BYTE.test(next) && glued && HAN.test(line[span.end + 1] ?? '') ? { ...span, end: span.end + 1 } : span;
}

/**
 * A stream read out of step resynchronises only at the next single-byte
 * character; a lone Han character between a mojibake run and that point is
 * made of the halves of two real characters, so it belongs to the damage.
 */
function absorbStraddler(line: string, span: DamageSpan): DamageSpan {
  if (!span.stream || span.exact || /[\x00-\x7F]/.test(line[span.end - 1]!) || line.slice(span.start, span.end).includes('\uFFFD')) return span;
  const next = line[span.end];
  const after = line[span.end + 1];
  if (next !== undefined && HAN.test(next) && (after === undefined || /[\x00-\x7F]/.test(after))) return { ...span, end: span.end + 1 };
  return span;
}

/**
 * The damaged spans of one line, in order, not overlapping. `indentLost`: the
 * page's other paragraphs open with `?` runs, so that one here is damage even
 * before a question.
 */
export function findDamage(line: string, indentLost = false): DamageSpan[] {
  const junk: DamageSpan[] = matches(line, QUESTION_JUNK)
    .filter((s) => !asksQuestion(line, s.start))
    .map((s) => ({ ...s, mark: true }));
  const hard = [
    // UTF-8 resynchronises after a bad byte, so U+FFFD is no stream marker.
    ...(line.includes('\uFFFD') ? matches(line, REPLACEMENT_RUN) : []),
    ...matches(line, SIGNATURE),
    ...(line.includes('/') ? matches(line, TAG_REMNANT).map((s) => ({ ...s, exact: true })) : []),
    ...(line.includes('?') ? lossyRuns(line) : []),
    ...stopOpening(line),
    ...matches(line, LATIN1_SOUP).filter((s) => s.end - s.start >= 3),
    ...(/[\u00A1-\u00FF]/u.test(line) ? latin1Gbk(line) : []),
    ...loneTrailBytes(line),
    ...fragments(line),
    ...bareFragments(line),
    ...orphanGlosses(line),
    ...junk,
    // Between two characters, or a character and Chinese punctuation.
    ...(/[\u0100-\u07FF]/.test(line) ? matches(line, JUNK_BETWEEN).filter((s) => isHan(line[s.start - 1]) || isHan(line[s.end])) : []),
  ];
  hard.push(...lostCharacters(line, hard, indentLost));
  const found = suspects(line);
  const exact = explained(line, found, hard);
  const own = junk.filter((j) => commaAfterDanglingByte(line, j, exact));
  const kept = hard.filter((h) => !own.includes(h));
  const spans = merge(line, [...kept, ...exact, ...clusters(line, found, kept, exact)]);
  return mostlyDamaged(line, spans) ? [wholeLine(line)] : spans;
}

/**
 * A `?` that ends an out-of-step run its bytes explain is the lead byte left
 * dangling there (心愿?!弊蛉丈衔?,全國: 弊蛉丈衔 is 昨日上午 a byte later,
 * knoxvariety.com). A byte below 0x40 is no trail byte in GBK or Big5, so a
 * lone comma after that `?` and before a character is the text's own
 * comma, kept; `?;@區` (szcnled.com) and `?,F將` (jumpstart.com), with no run
 * explained before them, stay junk.
 */
function commaAfterDanglingByte(line: string, junk: DamageSpan, exact: DamageSpan[]): boolean {
  return line.slice(junk.start, junk.end) === '?,' && HAN.test(line[junk.end] ?? '') && exact.some((e) => e.end === junk.start + 1 && e.start < junk.start);
}

/** Runs another codec explains, looked for only where a character looks like damage. */
function explained(line: string, found: DamageSpan[], hard: DamageSpan[]): DamageSpan[] {
  const seeds = found.map((s) => s.start);
  for (let at = line.indexOf('\uFFFD'); at !== -1; at = line.indexOf('\uFFFD', at + 1)) seeds.push(at);
  const glued = hard.filter((s) => s.mark).map((s) => s.end);
  return explainedRuns(line, seeds.sort((a, b) => a - b), glued).map(({ start, end }) => widenOverRare(line, { start, end, lost: 1, stream: false, exact: true }));
}

/** How many characters rare in real text an explained run takes in on either side. */
const RARE_EDGE = 3;

/** A character real text rarely writes, or a decoder's mark for a byte it could not read. */
const rareInText = (c: string | undefined): boolean => c !== undefined && ((HAN.test(c) && !isFrequent(c)) || c === '\uFFFD' || c === '€');

/**
 * A run its bytes explain stops where a byte was lost (鍏朵粬 鍏蜂撳競 锛堝窞:
 * the middle piece is UTF-8 that lost a byte); the characters beside it that
 * real text rarely writes are the same damage, and so one run with it.
 */
function widenOverRare(line: string, span: DamageSpan): DamageSpan {
  let { start, end } = span;
  for (let n = 0; n < RARE_EDGE && rareInText(line[start - 1]); n++) start--;
  for (let n = 0; n < RARE_EDGE && rareInText(line[end]); n++) end++;
  return { ...span, start, end };
}

/**
 * A line read wholly with the wrong codec still shows common characters
 * between its rare ones (GB 2312 holds many a mojibake character); once
 * damage covers most of a line, the rest of it is no readable text either.
 */
function mostlyDamaged(line: string, spans: DamageSpan[]): boolean {
  const damaged = spans.reduce((n, s) => n + (s.opening ? 1 : line.slice(s.start, s.end).replace(/\s/g, '').length), 0);
  const total = line.replace(/\s/g, '').length;
  return spans.length > 1 && damaged / total >= MOSTLY;
}

function wholeLine(line: string): DamageSpan {
  const start = line.length - line.trimStart().length;
  return { start, end: line.trimEnd().length, lost: 1, stream: true };
}
