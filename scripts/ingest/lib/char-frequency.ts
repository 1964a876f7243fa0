// How common a Han character is in real modern text, by its rank: derived
// from the word frequencies of jieba's dictionary (a maintained dependency,
// counted from a large corpus), a character counting the frequencies of the
// words that hold it. Traditional characters are ranked as their simplified
// forms. The standards' tables (common-han.ts) say what a charset holds, not
// how often it is written: 壎 is in Big5 level 1, 飧 in GB 2312, both rare.
import { isEveryday } from './common-han.ts';
import { jiebaDictionaryText } from './jieba.ts';
import { traditionalToSimplified } from './opencc.ts';

let ranks: Map<string, number> | undefined;

/**
 * Built once per thread, and in every worker and one-file run, so built
 * without a string or Set per dictionary line: sums in an array by code
 * point, read off the decoded text in place (a quarter of a second where the
 * line-by-line version took over a second; the same table, docs/performance.md).
 */
function rankTable(): Map<string, number> {
  if (ranks) return ranks;
  // The thread's decoded dictionary, which the region and name tables read too (no second decoding of its 5 MB).
  const text = jiebaDictionaryText();
  const sums = new Float64Array(0x110000);
  const counted = new Uint8Array(0x110000);
  // The characters in the order first counted: the sort below is stable, so ties keep it.
  const order: number[] = [];
  // Lines are `word freq tag`; a line without a number for its frequency is skipped.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const space = text.indexOf(' ', start);
    if (space > start && space < end) {
      const next = text.indexOf(' ', space + 1);
      const n = Number(text.slice(space + 1, next !== -1 && next < end ? next : end));
      if (Number.isFinite(n)) {
        for (let i = start; i < space; ) {
          const code = text.codePointAt(i)!;
          // A character counts once per word: where it first stands in it. Below U+2E80 nothing is Han.
          if (code > 0x2e7f && text.indexOf(String.fromCodePoint(code), start) === i) {
            if (counted[code] === 0) {
              counted[code] = 1;
              order.push(code);
            }
            sums[code] += n;
          }
          i += code > 0xffff ? 2 : 1;
        }
      }
    }
    start = end + 1;
  }
  const ordered = order.map((code) => [String.fromCodePoint(code), sums[code]!] as const).sort((a, b) => b[1] - a[1]);
  return (ranks = new Map(ordered.map(([c], i) => [c, i + 1])));
}

/** The character's rank among the characters of real text (1 = 的), Infinity when it never occurs. */
export function frequencyRank(char: string): number {
  const table = rankTable();
  // The dictionary is simplified; its few traditional entries are rare words.
  return table.get(traditionalToSimplified(char)) ?? table.get(char) ?? Infinity;
}

/**
 * Past this rank a character is rare in running text: about the size of the
 * everyday level of the national standards (GB 2312 level 1: 3,755).
 */
const EVERYDAY_RANKS = 3500;

/**
 * Whether a character is among those that make up nearly all of real text:
 * ranked so by the dictionary, and (as itself or its simplified form) in the
 * everyday level of GB 2312, which was drawn from counts of print. Both, as
 * the dictionary also lists words of rare characters with sizeable counts.
 */
export function isFrequent(char: string): boolean {
  return frequencyRank(char) <= EVERYDAY_RANKS && (isEveryday(char, 'gb2312') || isEveryday(traditionalToSimplified(char), 'gb2312'));
}
