// Double-byte text read one byte out of step: a GBK or Big5 stream that lost
// a byte (or a lead byte the scraper cut) pairs every trail byte with the next
// lead byte, and each pair is a valid but wrong character (挥芯哟 for ，但是…)
// until a single-byte character puts the stream back in step. The characters
// shown, encoded back and read again one byte later, are the real text; where
// the run ends is fixed by the bytes (the first single byte), not guessed.
//
// Hand-written: decoders convert whole buffers from their first byte, and no
// library re-reads a stretch of decoded text at another byte offset.
import { frequencyRank, isFrequent } from './char-frequency.ts';
import { bytesOf, gain, readsAsText, textLike, type Run } from './mojibake.ts';

const CODECS = ['gbk', 'big5'] as const;

/** How far before a seed the lost byte may lie: a run lasts until a single byte, often a sentence. */
const REACH = 40;

/** Characters a reading must put into words, more than the shown text, to count as a run. */
const SEEDED_GAIN = 2;

/** What may end a run that is still out of step: a lost character's mark, or the line's end. */
const LOST = /^[?？\uFFFD]$/u;

interface Reading {
  run: Run;
  decoded: string;
}

/**
 * From `start`, the stream one byte later: pairs of [second byte of a
 * character, first byte of the next], until a single byte resynchronises it.
 * Undefined unless every pair reads as a character and the run ends as an
 * out-of-step stream must (a single byte, a lost character's mark, the end).
 */
function readShifted(chars: string[], start: number, codec: string): Reading | undefined {
  const decoder = new TextDecoder(codec, { fatal: true });
  const first = bytesOf(chars[start]!, codec);
  if (first?.length !== 2) return undefined;
  let pending = [first[1]!];
  let decoded = '';
  for (let i = start + 1; i <= chars.length; i++) {
    const c = chars[i];
    const bytes = c === undefined || LOST.test(c) ? null : bytesOf(c, codec);
    if (!bytes || /\s/u.test(c!)) {
      // Out of step to the end: the dangling lead byte was lost with its pair.
      if (c === undefined || LOST.test(c)) return { run: { start, end: c === undefined ? i : i + 1 }, decoded };
      return undefined;
    }
    const stream = [...pending, ...bytes];
    pending = [];
    for (let k = 0; k < stream.length; ) {
      const byte = stream[k]!;
      if (byte < 0x80) {
        // A single byte: the stream is in step again after it.
        decoded += String.fromCharCode(byte);
        if (k + 1 < stream.length) return undefined;
        return { run: { start, end: i + 1 }, decoded };
      }
      if (k + 1 >= stream.length) {
        pending = [byte];
        break;
      }
      try {
        const char = decoder.decode(Uint8Array.of(byte, stream[k + 1]!));
        if ([...char].length !== 1) return undefined;
        decoded += char;
      } catch {
        return undefined;
      }
      k += 2;
    }
    // A single-byte character taken as the trail of the last pair: in step again after it.
    if (pending.length === 0) return { run: { start, end: i + 1 }, decoded };
  }
  return undefined;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;

/** Whether most Han characters shown are rare in real text, as a misread stream's are. */
function mostlyRare(shown: string[]): boolean {
  const han = shown.filter((c) => HAN.test(c));
  return han.length > 0 && han.filter((c) => !isFrequent(c)).length * 2 > han.length;
}
/** The characters of real text most often standing alone as words (的, 了, 在). */
const FUNCTION_RANKS = 200;

/**
 * Whether the character at `at` stands apart from the text before it: in no
 * word with its left neighbour and no character frequent enough to stand
 * alone. The first character of an out-of-step run is half of a lost one.
 */
function looksCut(chars: string[], at: number): boolean {
  if (frequencyRank(chars[at]!) <= FUNCTION_RANKS) return false;
  const from = Math.max(0, at - 6);
  let offset = 0;
  for (const { segment } of segmenter.segment(chars.slice(from, at + 1).join(''))) {
    const length = [...segment].length;
    if (from + offset + length - 1 === at) return length === 1;
    offset += length;
  }
  return true;
}

/**
 * Runs of a line that read as text one byte later in GBK or Big5, looked for
 * only before `seeds` (characters that look like damage): the start whose
 * reading puts the most characters into words, when that is two or more.
 */
export function shiftedRuns(chars: string[], seeds: readonly number[], glued: readonly number[] = []): Run[] {
  const runs: Run[] = [];
  for (const codec of CODECS) {
    // Right after a lost character's mark the stream is likely out of step
    // (兼?zhèn)髡妫?: 髡妫 is 真） a byte later): there characters mostly
    // rare in real text and a reading that makes the line no worse suffice.
    // A run of common characters (〉玫拿恳环 for 得的每一份) is taken on the
    // gain a seed's run needs: its reading puts far more characters into words.
    for (const start of glued) {
      const reading = readShifted(chars, start, codec);
      if (!reading || !readsAsText(reading.decoded)) continue;
      const g = gain(chars, reading.run.start, reading.run.end, reading.decoded);
      if (g >= SEEDED_GAIN || (g >= 0 && mostlyRare(chars.slice(reading.run.start, reading.run.end)))) runs.push(reading.run);
    }
    let covered = -1;
    for (const seed of seeds) {
      if (seed < covered) continue;
      let best: { run: Run; gain: number } | undefined;
      // Back from the seed while the stream still reads as text; on a tie,
      // a character goes into the run only when it looks cut from its text.
      for (let start = seed; start >= Math.max(0, seed - REACH, covered); start--) {
        const reading = readShifted(chars, start, codec);
        if (!reading || reading.run.end <= seed) continue;
        if (!textLike(reading.decoded)) break;
        if (!readsAsText(reading.decoded)) continue;
        const g = gain(chars, reading.run.start, reading.run.end, reading.decoded);
        if (!best || g > best.gain || (g === best.gain && looksCut(chars, start))) best = { run: reading.run, gain: g };
      }
      if (best && best.gain >= SEEDED_GAIN) {
        runs.push(best.run);
        covered = best.run.end;
      }
    }
  }
  return runs;
}
