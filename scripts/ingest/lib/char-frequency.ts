// How common a Han character is in real modern text, by its rank: derived
// from the word frequencies of jieba's dictionary (a maintained dependency,
// counted from a large corpus), a character counting the frequencies of the
// words that hold it. Traditional characters are ranked as their simplified
// forms. The standards' tables (common-han.ts) say what a charset holds, not
// how often it is written: 壎 is in Big5 level 1, 飧 in GB 2312, both rare.
import { createRequire } from 'node:module';
import { isEveryday } from './common-han.ts';
import { traditionalToSimplified } from './opencc.ts';

const require = createRequire(import.meta.url);

let ranks: Map<string, number> | undefined;

function rankTable(): Map<string, number> {
  if (ranks) return ranks;
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const counts = new Map<string, number>();
  for (const line of new TextDecoder().decode(dict).split('\n')) {
    const [word, freq] = line.split(' ');
    const n = Number(freq);
    if (!word || !Number.isFinite(n)) continue;
    for (const c of new Set(word)) if (c > '\u2e7f') counts.set(c, (counts.get(c) ?? 0) + n);
  }
  const ordered = [...counts].sort((a, b) => b[1] - a[1]);
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
