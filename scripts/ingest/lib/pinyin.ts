// Recognising Hanyu Pinyin: tone marks or tone numbers, ü written ü or v,
// syllables separated by spaces, apostrophes or nothing. Validity comes from
// the syllable table of the pinyin-split package, so that an English or code
// word in brackets — (CT), (PPP), (test) — is never taken for pinyin.
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
