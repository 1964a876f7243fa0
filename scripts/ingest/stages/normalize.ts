// Stage: whitespace, hard line breaks, punctuation width and split names, on
// simplified text, last of the cleaning stages. Redaction placeholders `*`
// are left exactly as they are: serialize.ts renders them as a mark.
import type { IngestFile } from '../types.ts';
import { unwrap } from '../lib/hard-wrap.ts';
import { widenPunctuation } from '../lib/punctuation.ts';
import { curlQuotes } from '../lib/quotes.ts';

/** Spaces a scraped page carries besides the ASCII one: NBSP, U+3000 and the typographic ones. */
const WIDE_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const SPACE_RUN = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
/**
 * Characters that print nothing: zero-width marks, and the control characters
 * other than whitespace, which no text writes (HTML and XML forbid them) but a
 * content farm plants between words to make a copied article look new.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]/g;
const HAN = /[\p{Script=Han}□]/u;
/** Chinese punctuation and quotes: a space beside one is never meaningful. */
const CJK_PUNCTUATION = /[\u3001-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2018-\u201D\u2026\u2014]/;
/** Marks that end or divide a sentence: a line with one is running text, not a heading. */
const SENTENCE_MARK = /[。！？；，、：,;!?:]/;
/** Headings and titles are short; past this a line is a paragraph. */
const HEADING_MAX = 40;
/** A line counts as spaced out letter by letter from this many pieces, most of them one character. */
const LETTER_SPACED_TOKENS = 5;
const LETTER_SPACED_SHARE = 0.6;

/** A signature line that is only a name spaced out for layout: 朱 烜, 王 任 飞; else undefined. */
function joinSpacedName(line: string): string | undefined {
  const parts = line.split(SPACE_RUN);
  const han = parts.join('');
  const spacedName = parts.length >= 2 && han.length >= 2 && han.length <= 4 && parts.every((p) => p.length <= 2 && [...p].every((c) => HAN.test(c) && c !== '□'));
  return spacedName ? han : undefined;
}

/**
 * A space between two phrases of a short heading (聚焦服务发展一线 强化“敢为”担当)
 * is the heading's own divider and stays, as one space.
 */
function isPhrasedHeading(line: string): boolean {
  const parts = line.trim().split(SPACE_RUN);
  return [...line].length <= HEADING_MAX && !SENTENCE_MARK.test(line) && parts.every((p) => [...p].length >= 2);
}

/**
 * In running text a space beside Chinese punctuation is layout debris, and so
 * is a NBSP or U+3000 between two characters (an indent or a justified gap);
 * an ASCII space between two Han characters stays as one space, because in
 * bylines it is all that separates two names (文/王任飞 谈建荣).
 */
function collapseSpaces(line: string, heading: boolean): string {
  const spacedOut = isLetterSpaced(line);
  return line.replace(SPACE_RUN, (run, at: number) => {
    if (heading) return ' ';
    const prev = line[at - 1]!;
    const next = line[at + run.length]!;
    if (CJK_PUNCTUATION.test(prev) || CJK_PUNCTUATION.test(next)) return '';
    const wideOnly = [...run].every((c) => WIDE_SPACE.test(c));
    return (wideOnly || spacedOut) && HAN.test(prev) && HAN.test(next) ? '' : ' ';
  });
}

/** Text copied from a PDF or a justified layout, a space after every character: 我 们 要 加 强. */
function isLetterSpaced(line: string): boolean {
  const tokens = line.split(SPACE_RUN);
  const single = tokens.filter((t) => [...t].length === 1 && HAN.test(t)).length;
  return tokens.length >= LETTER_SPACED_TOKENS && single / tokens.length >= LETTER_SPACED_SHARE;
}

/** Full-width letters and digits (２０１２年, ＰＰＰ) as ASCII, so search and date parsing see one form. */
function narrowAlphanumerics(line: string): string {
  return line.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** One trimmed line, normalized. */
function normalizeLine(raw: string): string {
  // Widened first, so that a space beside a mark is known to sit beside Chinese punctuation.
  const line = curlQuotes(widenPunctuation(narrowAlphanumerics(raw)));
  return joinSpacedName(line) ?? collapseSpaces(line, isPhrasedHeading(line));
}

/**
 * A comma planted before another mark (`部长们,,回应`, `举行,。`, `关注,、关心`):
 * some mirrors insert an ASCII comma before nearly every punctuation mark of
 * the text they copy, so each sentence reads differently from the original.
 * A writer's slip doubles a mark once or twice on a page; only a page where
 * this happens JUNK_COMMAS_MIN times or more is read as planted, and then
 * every such comma goes (the mark after it stays). URLs are left alone.
 */
const JUNK_COMMA = /,(?=[,，。、；;！!？?：])/g;
const JUNK_COMMAS_MIN = 3;
const URL_SPAN = /(?:https?|ftp):\/\/\S+|www\.\S+/giu;

export function dropJunkCommas(text: string): { text: string; dropped: number } {
  const outside = text.replace(URL_SPAN, (url) => ' '.repeat(url.length));
  const found = [...outside.matchAll(JUNK_COMMA)].map((m) => m.index);
  if (found.length < JUNK_COMMAS_MIN) return { text, dropped: 0 };
  const at = new Set(found);
  let out = '';
  for (let i = 0; i < text.length; i++) if (!at.has(i)) out += text[i];
  return { text: out, dropped: found.length };
}

/**
 * One ASCII mark planted after 的 inside a sentence (进一步的.安排部署, 大家的`共同努力,
 * 设备的'相继使用, 产生烟尘的.祭祀用品): essay and template sites stamp copied text so;
 * no writer puts a full stop, a backtick or an apostrophe between 的 and the word it
 * qualifies. A quote the line pairs (的'创新', '他的'书) is left alone.
 */
const PLANTED_MARK = /(?<=的)([.`'])(?=\p{Script=Han})/gu;
const PAIR_REACH = 30;
/** A full stop between Han characters after anything but 的: the line ends its sentences with `.` (half-width punctuation). */
const STOP_AS_END = /(?<=[\p{Script=Han}--[的]])\.(?=\p{Script=Han})/v;

export function dropPlantedMarks(line: string): { text: string; dropped: number } {
  let dropped = 0;
  // A `.` after 的 is planted only in a line that ends its sentences with 。: in half-width text it may end one (…是必要的.同时…).
  const stopEnds = !line.includes('。') || STOP_AS_END.test(line);
  const text = line.replace(PLANTED_MARK, (mark: string, _m: string, at: number) => {
    if (mark === '.' && stopEnds) return mark;
    if (mark !== '.' && (line.slice(at + 1, at + 1 + PAIR_REACH).includes(mark) || line.slice(Math.max(0, at - PAIR_REACH), at).includes(mark))) return mark;
    dropped++;
    return '';
  });
  return { text, dropped };
}

/** Blank lines kept only as single paragraph separators, none at the ends. */
function squeezeBlankLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(line);
  }
  while (out.at(-1) === '') out.pop();
  return out;
}

export function normalize(file: IngestFile): void {
  const junk = dropJunkCommas(String(file.value));
  if (junk.dropped > 0) file.info(`dropped ${junk.dropped} commas planted before other marks`, { ruleId: 'junk-commas', source: 'normalize' });
  const lines = junk.text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .split('\n')
    .map((l) => l.replace(INVISIBLE, ''));
  let planted = 0;
  const unplanted = lines.map((l) => {
    const { text, dropped } = dropPlantedMarks(l);
    planted += dropped;
    return text;
  });
  if (planted > 0) file.info(`dropped ${planted} marks planted after 的 inside sentences`, { ruleId: 'planted-mark', source: 'normalize' });
  const paragraphs = unwrap(unplanted).map(normalizeLine);
  file.value = `${squeezeBlankLines(paragraphs).join('\n')}\n`;
}
