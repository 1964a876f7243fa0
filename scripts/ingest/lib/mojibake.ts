// Mojibake runs told by their bytes: a stretch of a line whose characters,
// encoded back in the codec they were wrongly read with, are the bytes of
// real text in another codec. This gives the exact extent of the run, where
// telling rare from common characters only guesses at it (many characters of
// a mojibake run are common ones: 鍦ㄥ叏 holds 叏, GB 2312 level 1).
//
// Hand-written: iconv-lite converts whole buffers, and chardet guesses the
// encoding of a whole file; neither finds the stretch of a decoded line that
// another codec explains. Whether a reading is text is judged by ICU's word
// segmenter (Intl.Segmenter, dictionary based for Chinese): real text falls
// into words of two or more characters, mojibake almost never does.
import iconv from 'iconv-lite';
import { NOT_HAN, RARE_HAN, hanClass, isBig5, isEveryday, isGb2312 } from './common-han.ts';
import { shiftedRuns } from './shifted-stream.ts';

type Script = 'simplified' | 'traditional';

export interface Run {
  start: number;
  end: number;
}

/** The codec a run was shown in, and the codec its bytes were written in. */
interface Misreading {
  shown: string;
  written: 'utf-8' | 'big5' | 'gbk';
}

// GBK rather than GB18030 as the codec shown: both decoders read a lone byte
// 0x80 as €, but only GBK encodes € back to it (UTF-8 continuation bytes
// are 0x80–0xBF, so 、。《》 in UTF-8 show a € when read as GBK).
const MISREADINGS: Misreading[] = [
  { shown: 'gbk', written: 'utf-8' },
  { shown: 'big5', written: 'utf-8' },
  { shown: 'gbk', written: 'big5' },
  { shown: 'big5', written: 'gbk' },
];

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const LOST_MARK = /^[?？]$/u;
const LOST_MARKS = /[?？]/u;
/** What a decoded run may hold besides Han: CJK and general punctuation, full-width forms, ASCII. */
const TEXTLIKE = /^[\p{Script=Han}\u3000-\u303F\uFF01-\uFF5E\u2010-\u2027\u00B7\x20-\x7E]$/u;

const bytesCache = new Map<string, Map<string, Uint8Array | null>>();

/** The bytes of one character in a codec, or null when the codec has no such character. */
export function bytesOf(char: string, codec: string): Uint8Array | null {
  let cache = bytesCache.get(codec);
  if (!cache) bytesCache.set(codec, (cache = new Map()));
  let bytes = cache.get(char);
  if (bytes === undefined) {
    const encoded = iconv.encode(char, codec);
    bytes = char !== '\uFFFD' && iconv.decode(encoded, codec) === char ? new Uint8Array(encoded) : null;
    cache.set(char, bytes);
  }
  return bytes;
}

const pairCache = new Map<string, Map<string, string | null>>();

/** A double-byte character of one codec read as one character of another, or null. */
function reread(char: string, misreading: Misreading): string | null {
  const key = `${misreading.shown}>${misreading.written}`;
  let cache = pairCache.get(key);
  if (!cache) pairCache.set(key, (cache = new Map()));
  let out = cache.get(char);
  if (out === undefined) {
    const bytes = bytesOf(char, misreading.shown);
    out = null;
    if (bytes?.length === 2) {
      try {
        const text = new TextDecoder(misreading.written, { fatal: true }).decode(bytes);
        if ([...text].length === 1 && text !== char) out = text;
      } catch {
        // not a character of the codec it was written in
      }
    }
    cache.set(char, out);
  }
  return out;
}

/** Han characters of a text that stand in words of two or more. */
function wordCharacters(text: string): number {
  let n = 0;
  for (const { segment } of segmenter.segment(text)) {
    let han = 0;
    for (const c of segment) if (HAN.test(c)) han++;
    if (han >= 2) n += han;
  }
  return n;
}

/** Whether a decoded run holds only what text does: text-like characters, common Han ones. */
export function textLike(decoded: string): boolean {
  for (const c of decoded) if (!TEXTLIKE.test(c) || hanClass(c.codePointAt(0)!) === RARE_HAN) return false;
  return true;
}

/** Whether a decoded run reads as Chinese: common characters only, at least one of them Han. */
export function readsAsText(decoded: string): boolean {
  return textLike(decoded) && HAN.test(decoded);
}

const CONTEXT = 6;

/**
 * How many more characters stand in words when the run [start, end) is read
 * as `decoded`: the repaired line against the line as it is, around the run.
 */
export function gain(chars: string[], start: number, end: number, decoded: string): number {
  const before = chars.slice(Math.max(0, start - CONTEXT), start).join('');
  const after = chars.slice(end, end + CONTEXT).join('');
  return wordCharacters(before + decoded + after) - wordCharacters(before + chars.slice(start, end).join('') + after);
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 for a byte no sequence starts with. */
function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/**
 * UTF-8 read with a double-byte codec: from each character on, the longest
 * stretch whose bytes are whole UTF-8 sequences of text-like characters. A
 * last sequence cut short is the codec's U+FFFD that follows (the byte it
 * could not pair) or the end of the line.
 */
function utf8Runs(chars: string[], shown: string, script: Script): Run[] {
  const runs: Run[] = [];
  const table = opensTable(shown);
  for (let i = 0; i < chars.length; ) {
    // utf8RunAt's own first test, asked here of the codec's table: nearly every
    // character of a line opens no run, and the call cost more than the answer.
    if (chars[i - 1] !== '\uFFFD' && table[chars[i]!.codePointAt(0)!] === 1) {
      i++;
      continue;
    }
    const found = utf8RunAt(chars, i, shown, script);
    if (found) {
      runs.push(found);
      i = found.end;
    } else i++;
  }
  return runs;
}

/** Per codec and code point: 0 not yet asked, 1 the character cannot open a run, 2 it can. */
const opens = new Map<string, Uint8Array>();

function opensTable(shown: string): Uint8Array {
  let table = opens.get(shown);
  if (!table) opens.set(shown, (table = new Uint8Array(0x110000)));
  return table;
}

/**
 * Whether a run can start at the character (not after a U+FFFD): no ASCII, not
 * everyday in the codec, and its bytes there begin with a UTF-8 lead byte.
 * Asked of every character of every line with two codecs, so answered once
 * per character.
 */
function opensRun(char: string, shown: string): boolean {
  const table = opensTable(shown);
  const code = char.codePointAt(0)!;
  if (table[code] === 0) {
    const bytes = char < '\u0080' || isEveryday(char, shown === 'big5' ? 'big5' : 'gb2312') ? null : bytesOf(char, shown);
    table[code] = bytes && bytes.length >= 2 && sequenceLength(bytes[0]!) >= 2 ? 2 : 1;
  }
  return table[code] === 2;
}

function utf8RunAt(chars: string[], start: number, shown: string, script: Script): Run | undefined {
  // Right after a U+FFFD the stream may resume inside a sequence whose lead
  // byte the U+FFFD stands for: its continuation bytes are skipped. Else the
  // run starts with a lead byte of a Chinese character and a continuation
  // byte, a pair that neither codec puts among its everyday characters.
  const resumes = chars[start - 1] === '\uFFFD';
  if (!resumes && !opensRun(chars[start]!, shown)) return undefined;
  const first = bytesOf(chars[start]!, shown);
  if (!first || first.length < 2 || (sequenceLength(first[0]!) < 2 && !resumes)) return undefined;
  let skipping = resumes;
  let end = start;
  let complete = start;
  let decodedEnd = '';
  let pending = 0;
  let sequence: number[] = [];
  let decoded = '';
  for (let i = start; i < chars.length; i++) {
    const b = bytesOf(chars[i]!, shown);
    if (!b) break;
    let ok = true;
    for (const byte of b) {
      if (skipping && byte >= 0x80 && byte <= 0xbf) continue;
      skipping = false;
      if (pending === 0) {
        const length = sequenceLength(byte);
        if (length === 0) {
          ok = false;
          break;
        }
        pending = length - 1;
        sequence = [byte];
      } else if (byte >= 0x80 && byte <= 0xbf) {
        pending--;
        sequence.push(byte);
      } else {
        ok = false;
        break;
      }
      if (pending === 0) {
        const char = new TextDecoder('utf-8').decode(Uint8Array.from(sequence));
        if (!TEXTLIKE.test(char)) {
          ok = false;
          break;
        }
        decoded += char;
      }
    }
    if (!ok) break;
    end = i + 1;
    if (pending === 0 && /[^\x00-\x7F]/.test(chars[i]!)) {
      complete = end;
      decodedEnd = decoded;
    }
  }
  // Characters that are no everyday text (鏉, 閲, 涓, 闁€): a run of them is
  // evidence with less decoded behind it.
  const everyday = (c: string) => isEveryday(c, 'gb2312') || (script === 'traditional' && isEveryday(c, 'big5'));
  const odd = (from: number, to: number) => chars.slice(from, to).some((c) => c > '\x7F' && !everyday(c) && !(TEXTLIKE.test(c) && !HAN.test(c)));
  // A sequence cut short: the codec wrote U+FFFD for the byte it could not pair.
  if (pending > 0 && chars[end] === '\uFFFD' && odd(start, end) && (decoded === '' || readsAsText(decoded))) return { start, end: end + 1 };
  // Or the line ends inside the sequence: a stored page dropped the byte the codec could not pair (…阶段銆, 。 cut to E3 80).
  // A whole character decoded before the cut: one rare character ending a line is as often a name's (王 琛).
  if (pending > 0 && end === chars.length && odd(start, end) && readsAsText(decoded)) return { start, end };
  if (complete === start || !readsAsText(decodedEnd)) return undefined;
  // One decoded character is evidence only with odd characters shown (闁€
  // for 門: € stands for a continuation byte); two or more are, once the line
  // reads no worse for them.
  const decodedChars = [...decodedEnd].filter((c) => c > '\x7F').length;
  const strange = odd(start, complete);
  if (decodedChars < 2 && !strange) return undefined;
  if (decodedChars >= 2 && !strange && gain(chars, start, complete, decodedEnd) < 0) return undefined;
  return { start, end: complete };
}

/** How far from a seed a double-byte run is looked for, each way. */
const REACH = 10;

/**
 * One double-byte codec read as another: every character maps to one, so the
 * run is the stretch whose rereading puts the most characters into words.
 */
function doubleByteRuns(chars: string[], misreading: Misreading, seeds: readonly number[]): Run[] {
  const runs: Run[] = [];
  // Where the rereading gains nothing either way, an edge character is taken
  // into the run only when shown as Big5: Big5 lacks most simplified
  // characters, so good text beside such a run rarely rereads at all, while
  // GBK has every traditional character and rereads any neighbour.
  const preferLonger = misreading.shown === 'big5';
  const rereads = chars.map((c) => (/[\x00-\x7F]/.test(c) ? c : reread(c, misreading)));
  let covered = -1;
  for (const seed of seeds) {
    // An ASCII seed (a `__` blank of a template) is the same byte in every codec: no evidence of a misreading.
    if (seed < covered || rereads[seed] === null || chars[seed]! < '\x80') continue;
    // The stretch that can be reread at all, around the seed.
    let lo = seed;
    let hi = seed + 1;
    while (lo > Math.max(0, seed - REACH) && rereads[lo - 1] !== null && !/\s/.test(chars[lo - 1]!)) lo--;
    while (hi < Math.min(chars.length, seed + REACH) && rereads[hi] !== null && !/\s/.test(chars[hi]!)) hi++;
    let best: { run: Run; gain: number } | undefined;
    for (let start = lo; start <= seed; start++) {
      for (let end = seed + 1; end <= hi; end++) {
        const decoded = rereads.slice(start, end).join('');
        if (!readsAsText(decoded)) continue;
        const g = gain(chars, start, end, decoded);
        const longer = !best || end - start > best.run.end - best.run.start;
        if (!best || g > best.gain || (g === best.gain && longer === preferLonger)) best = { run: { start, end }, gain: g };
      }
    }
    if (!best) continue;
    // Characters no text has between Chinese ones (PUA, box drawing, kana) that reread as common ones.
    // Latin letters are not among them: loanwords keep their accents (café, Pokémon).
    const noText = chars.slice(best.run.start, best.run.end).every((c) => hanClass(c.codePointAt(0)!) === NOT_HAN && !TEXTLIKE.test(c) && !LATIN.test(c));
    // A character or two reread into one new word is no evidence: real text
    // has such pairs, frequent (地羣 is 地群 in Hong Kong's forms) or
    // classical (朝搴阰之木兰兮), and a misread stream is rarely that short.
    const short = best.run.end - best.run.start <= 2;
    if (best.gain >= (short ? 3 : 2) || (noText && best.gain >= 0)) {
      runs.push(best.run);
      covered = best.run.end;
    }
  }
  return runs;
}

/** Positions of the Han characters only GB 2312 has, and of those only Big5 has. */
function scriptOnly(chars: string[]): { simplified: number[]; traditional: number[] } {
  const simplified: number[] = [];
  const traditional: number[] = [];
  chars.forEach((c, i) => {
    if (hanClass(c.codePointAt(0)!) === NOT_HAN) return;
    const gb = isGb2312(c);
    const big5 = isBig5(c);
    if (gb && !big5) simplified.push(i);
    else if (big5 && !gb) traditional.push(i);
  });
  return { simplified, traditional };
}

/**
 * Runs of a line that a misreading explains. UTF-8 is looked for everywhere
 * (its byte pattern rarely holds by chance); a double-byte misreading only
 * around `seeds`, the positions of characters that look like damage (rare,
 * foreign, U+FFFD), and of characters of the other script than the line's.
 */
export function explainedRuns(line: string, seeds: readonly number[], glued: readonly number[] = []): Run[] {
  // Nothing to explain in a line of ASCII and Latin-1.
  if (!/[^\x00-\xFF]/.test(line)) return [];
  const chars = [...line];
  // Callers count in code units, the search in characters.
  const offsets: number[] = [0];
  for (let i = 0; i < chars.length; i++) offsets.push(offsets[i]! + chars[i]!.length);
  // Offsets ascend: a position is found by binary search, not a map built for every line.
  const indexAt = (p: number): number => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid]! < p) lo = mid + 1;
      else if (offsets[mid]! > p) hi = mid - 1;
      else return mid;
    }
    return -1;
  };
  const toIndexes = (positions: readonly number[]) => positions.flatMap((p) => {
    const i = indexAt(p);
    return i === -1 ? [] : [i];
  });
  const seedIndexes = [...new Set(toIndexes(seeds))].sort((a, b) => a - b);
  const { simplified, traditional } = scriptOnly(chars);
  const script: Script = simplified.length >= traditional.length ? 'simplified' : 'traditional';
  const runs: Run[] = [];
  for (const misreading of MISREADINGS) {
    let found: Run[];
    if (misreading.written === 'utf-8') found = utf8Runs(chars, misreading.shown, script);
    else {
      // GBK read as Big5 looks traditional, Big5 read as GBK simplified: in
      // a line of the other script, those characters are seeds too.
      const odd = script === 'simplified' ? (misreading.shown === 'big5' ? traditional : []) : misreading.shown === 'gbk' ? simplified : [];
      const all = [...new Set([...seedIndexes, ...odd])].sort((a, b) => a - b);
      found = all.length > 0 ? doubleByteRuns(chars, misreading, all) : [];
    }
    for (const run of found) runs.push({ start: offsets[run.start]!, end: offsets[run.end]! });
  }
  // A `?` after a character may be the lead byte an out-of-step run left
  // dangling at its end: the run is looked for back from it too.
  // (Only a line with a `?` or `？` has one: the test of every character is skipped for the others.)
  const dangling = LOST_MARKS.test(line) ? chars.flatMap((c, i) => (i > 0 && LOST_MARK.test(c) && HAN.test(chars[i - 1]!) ? [i - 1] : [])) : [];
  const shiftSeeds = [...new Set([...seedIndexes, ...dangling])].sort((a, b) => a - b);
  for (const run of shiftedRuns(chars, shiftSeeds, toIndexes(glued))) runs.push({ start: offsets[run.start]!, end: offsets[run.end]! });
  return runs.sort((a, b) => a.start - b.start);
}
