// Recognising Hanyu Pinyin: tone marks or tone numbers, ü written ü or v,
// syllables separated by spaces, apostrophes or nothing. Validity comes from
// the syllable table of the pinyin-split package, so that an English or code
// word in brackets — (CT), (PPP), (test) — is never taken for pinyin.
import { createRequire } from 'node:module';
import { split } from 'pinyin-split';

const TONE_MARK = /[\u0304\u0301\u030c\u0300]/g;
const TONE_NUMBER = /([a-zü])[1-5]/g;

/** Letters a pinyin word may contain, for finding candidates in running text. */
export const PINYIN_LETTERS = 'a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ';

/** Lower case, tones dropped, v as ü: the spelling pinyin-split's table uses. */
function plain(word: string): string {
  return word
    .normalize('NFD')
    .replace(TONE_MARK, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/v/g, 'ü')
    .replace(TONE_NUMBER, '$1');
}

/**
 * How many pinyin syllables `text` spells, or 0 if any part of it is not
 * pinyin. "fā" → 1, "zhōng guó" → 2, "Běijīng" → 2, "fa1" → 1, "CT" → 0.
 */
export function countSyllables(text: string): number {
  const words = text.trim().split(/[\s'’-]+/);
  let count = 0;
  for (const word of words) {
    const letters = plain(word);
    if (!/^[a-zü]+$/.test(letters)) return 0;
    const syllables = split(letters);
    if (syllables.join('') !== letters) return 0;
    count += syllables.length;
  }
  return count;
}

/** True when the text carries a tone, as a mark (fā) or a number (fa1). */
export function hasTone(text: string): boolean {
  return /[\u0304\u0301\u030c\u0300]/.test(text.normalize('NFD')) || /[a-zü][1-5](?![0-9])/i.test(text);
}

type PinyinPro = typeof import('pinyin-pro');
let pinyinPro: PinyinPro | undefined;
const readings = new Map<string, string[]>();
/** The most characters one bracket is taken to read (中華人民共和國（zhōng huá rén mín gòng hé guó）). */
const MOST_READ = 8;

/**
 * Every reading of one character, toneless, ü as ü: pinyin-pro's table with
 * its heteronyms (著 → zhu zhuo zhe), traditional characters included. Loaded
 * on first use: most documents have no bracket to check.
 */
export function readingsOf(character: string): string[] {
  let found = readings.get(character);
  if (found === undefined) {
    pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro;
    found = pinyinPro.pinyin(character, { toneType: 'none', multiple: true, type: 'array' }).map((r) => r.toLowerCase().replace(/v/g, 'ü')).filter((r) => /^[a-zü]+$/.test(r));
    readings.set(character, found);
  }
  return found;
}

/**
 * True when `gloss` spells, tones aside, a reading of the last characters of
 * `before` (one or more, in order): 北 (bei), 日 (ri), 中國 (zhōng guó). An
 * English word or abbreviation in brackets — (GDP), (Ltd), (claims) — reads no
 * character, and a syllable that reads another character than the one before
 * it is no gloss of it.
 */
export function readsAs(before: string, gloss: string): boolean {
  const letters = gloss
    .split(/[\s'’-]+/)
    .map(plain)
    .join('');
  if (!/^[a-zü]+$/.test(letters)) return false;
  const chars = [...before];
  const spells = (from: number, at: number): boolean => {
    if (from === chars.length) return at === letters.length;
    return readingsOf(chars[from]!).some((r) => letters.startsWith(r, at) && spells(from + 1, at + r.length));
  };
  for (let n = 1; n <= Math.min(chars.length, MOST_READ); n++) {
    if (spells(chars.length - n, 0)) return true;
  }
  return false;
}
