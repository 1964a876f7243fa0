// Scores of one cleaned document against its hand-written expectation. Pure
// functions over strings, so that each can be tested on examples made by hand.
import { split } from 'pinyin-split';
import { diffChars } from 'diff';
import * as OpenCC from 'opencc-js';
import { isMainlandStandard } from '../ingest/lib/mainland-standard.ts';

/** The form texts are compared in: NFKC (full-width → half-width), no whitespace. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * Character F1 on the longest common subsequence: characters kept in order
 * count, so a duplicated article or a paragraph out of place costs precision,
 * which a bag of characters would not see.
 */
export function characterF1(actual: string, expected: string): { precision: number; recall: number; f1: number } {
  const a = comparable(actual);
  const e = comparable(expected);
  if (a.length === 0 && e.length === 0) return { precision: 1, recall: 1, f1: 1 };
  let common = 0;
  for (const part of diffChars(e, a)) if (!part.added && !part.removed) common += part.value.length;
  const precision = a.length ? common / a.length : 0;
  const recall = e.length ? common / e.length : 0;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** The listed chrome strings that are still in the text. */
export function chromeLeft(actual: string, chrome: readonly string[]): string[] {
  const text = comparable(actual);
  return chrome.filter((piece) => comparable(piece) !== '' && text.includes(comparable(piece)));
}

/** Sentences of at least this many characters are checked; shorter ones are too common to tell. */
const MIN_SENTENCE = 8;

/** The sentences of a text: split after 。！？； and at line ends. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；!?;])|\n/u)
    .map(comparable)
    .filter((s) => [...s].length >= MIN_SENTENCE);
}

/** Expected sentences missing from the cleaned text, and ones it holds more often than expected. */
export function sentenceLoss(actual: string, expected: string): { lost: string[]; duplicated: string[] } {
  const text = comparable(actual);
  const whole = comparable(expected);
  const lost: string[] = [];
  const duplicated: string[] = [];
  for (const sentence of new Set(sentences(expected))) {
    const found = occurrences(text, sentence);
    if (found === 0) lost.push(sentence);
    else if (found > occurrences(whole, sentence)) duplicated.push(sentence);
  }
  return { lost, duplicated };
}

let variantCharacters: Set<string> | undefined;
/**
 * Mainland words with 著 that OpenCC's Taiwan tables still turn into 着 (卓著 → 卓着), and 执著,
 * which mainland print writes as well as 执着 (jieba's corpus counts both; unseen8 myxrmyy's expected.txt keeps it).
 */
const MAINLAND_ZHU = /卓著|昭著|土著|编著|专著|论著|名著|原著|巨著|译著|遗著|著称|著述|著录|著书|执著/u;
let toTaiwan: ((text: string) => string) | undefined;
let fromTaiwan: ((text: string) => string) | undefined;

type Chains = { normalizationChain?: readonly unknown[]; conversionChain: readonly unknown[] };

/**
 * Characters that some OpenCC standard (generic, Hong Kong, Taiwan) maps to
 * another and that no simplified form or simplified phrase uses: 衞, 爲, 綫,
 * 黨 (not 著 or 乾, which 著名 and 乾坤 keep). Built from OpenCC's own tables so that the judge does not share the
 * pipeline's choice of converter.
 */
function variants(): Set<string> {
  if (variantCharacters) return variantCharacters;
  const from = new Set<string>();
  const to = new Set<string>();
  const simplifiedTo = new Map<string, string[]>();
  for (const name of ['t2s', 'hk2s', 'tw2s'] as const) {
    const config = OpenCC.Locale.configs[name] as unknown as Chains;
    const groups = [...(config.normalizationChain ?? []), ...config.conversionChain] as unknown[][];
    groups.forEach((group, g) => {
      // Only the last group writes simplified text; the ones before it write standard traditional.
      const simplifying = g === groups.length - 1;
      for (const dict of group) {
        const pairs = typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ')) : (dict as string[][]);
        for (const [a, b] of pairs) {
          if (!a || !b) continue;
          // A character that a simplified phrase keeps (著 in 著名, 乾 in 乾坤) is mainland usage there.
          if (simplifying && [...a].length > 1) for (const c of b) to.add(c);
          if ([...a].length !== 1) continue;
          for (const target of b.split(/\s+/u)) {
            if (target === a) continue;
            from.add(a);
            if (simplifying) to.add(target);
            if (simplifying) simplifiedTo.set(a, [...(simplifiedTo.get(a) ?? []), target]);
          }
        }
      }
    });
  }
  // 著 is judged by phrase below: mainland writes it in 著名 and 显著. A
  // basic-block character whose only simplified forms lie outside both
  // mainland standards and outside the basic block is what mainland print
  // writes (劏房, not 㓥房: tests/eval/README.md), not a traditional character left.
  const basic = (c: string) => c.codePointAt(0)! >= 0x4e00 && c.codePointAt(0)! < 0xa000;
  const printable = (c: string) => basic(c) || isMainlandStandard(c);
  const unprintable = (c: string) => basic(c) && simplifiedTo.has(c) && !simplifiedTo.get(c)!.some(printable);
  variantCharacters = new Set([...from].filter((c) => !to.has(c) && c !== '著' && !unprintable(c)));
  return variantCharacters;
}

/**
 * Traditional or regional variant characters left in a simplified text, and
 * 著 where mainland usage writes 着 (着力, 接着). The text goes to Taiwan
 * traditional and back with OpenCC's phrase tables: 著 comes back as 着 only
 * where the phrase is one mainland writes with 着, and stays in 著名 and 显著.
 */
export function traditionalLeft(text: string): string[] {
  const table = variants();
  const left = [...text].filter((c) => table.has(c));
  if (!text.includes('著')) return left;
  toTaiwan ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  fromTaiwan ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  const back = fromTaiwan(toTaiwan(text));
  if (back.length === text.length) {
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '著' || back[i] !== '着' || MAINLAND_ZHU.test(text.slice(Math.max(0, i - 1), i + 2))) continue;
      left.push(text.slice(Math.max(0, i - 1), i + 2));
    }
  }
  return left;
}

/** Pinyin syllables with tone marks (fā, biǎo) left in the text. */
export function pinyinLeft(text: string): string[] {
  // A toned word is pinyin only when it splits into real syllables (the
  // pinyin-split table, not the pipeline's own reader): café is French.
  const syllables = (word: string) => {
    const plain = word.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').normalize('NFC').toLowerCase();
    return split(plain).join('') === plain;
  };
  return (text.match(/[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*/giu) ?? []).filter(syllables);
}

/** Runs of the damage mark. */
export function damageMarks(text: string): number {
  return text.match(/□+/gu)?.length ?? 0;
}

/**
 * Titles compared as readers see them: NFKC, no whitespace, no wrapping
 * quotes. A subtitle after —— (——在…会议上的讲话) may be kept or not: pages
 * print it as part of the title or as a line of its own, and either reading
 * names the document; the main title must match.
 */
export function sameTitle(actual: string, expected: string): boolean {
  // The subtitle goes first: a title ending in a quoted word (人人出彩聚“多彩”) keeps its closing quote before a ——subtitle.
  const main = (t: string) => comparable(t).split(/—{1,2}|--/u)[0]!.replace(/^["“]|["”]$/gu, '');
  return main(actual) === main(expected) && main(actual) !== '';
}
