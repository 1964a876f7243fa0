// 著 where mainland usage writes 着, in a text that also writes 着 itself:
// a Hong Kong or Macau page mixes both (发挥著 next to 面对着), so neither
// "every 著 is zhe" nor "every 著 is zhù" holds for it.
//
// The evidence is jieba's dictionary (word frequencies from a mainland
// corpus, with parts of speech) and its tagger; a 著 changes only on positive
// evidence, so a zhù word the dictionary lacks stays as written:
// - kept inside a zhù word: a dictionary word with 著 that the corpus counts
//   more often than its spelling with 着 (显著, 著名, 土著, 著作, 论著), and
//   the words the caller adds (OpenCC's phrase tables);
// - changed when, read with 着, the tagger finds the aspect particle after a
//   verb or adjective (发挥着, 充满着; not 鲁迅着, a byline), a dictionary word
//   counted more often with 着 (随着, 意味着, 沿着, 着力), or a word of its
//   own whose part before 着 is a verb (起着).
// The dictionary's lowest counts (3 and under) are entries without corpus
// counts, among them Taiwan spellings (意味著, 标志著): they prove nothing.
import type { Jieba, TaggedWord } from '@node-rs/jieba';
import { jiebaDictionaryText, segmenter } from './jieba.ts';

const UNCOUNTED = 3;
/** Characters a clause given to the tagger does not cross. */
const CLAUSE_END = /[\s，。！？；：、,.!?;:（）()“”《》「」]/u;
/** How far the clause reaches on each side of 著. */
const REACH = 12;

let jieba: Jieba | undefined;
/** Frequency of each dictionary word that holds 著 or 着. */
let counts: Map<string, number> | undefined;
/** Dictionary words with 著 that the corpus writes with 著 (zhù words). */
let zhuWords: string[] | undefined;

function load(): void {
  if (jieba) return;
  jieba = segmenter();
  const text = jiebaDictionaryText();
  // Only the lines holding 著 or 着, found by searching for them, in the
  // dictionary's order: splitting all 349,000 lines cost about a second of
  // CPU per worker (docs/performance.md, twenty-second session).
  const starts = new Set<number>();
  for (const c of ['著', '着']) for (let at = text.indexOf(c); at !== -1; at = text.indexOf(c, at + 1)) starts.add(text.lastIndexOf('\n', at) + 1);
  counts = new Map();
  for (const start of [...starts].sort((a, b) => a - b)) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? undefined : end);
    const [word, freq] = line.split(' ');
    if (word && freq) counts.set(word, Number(freq));
  }
  zhuWords = [...counts]
    .filter(([word, freq]) => [...word].length > 1 && word.includes('著') && freq > UNCOUNTED && freq > (counts!.get(word.replaceAll('著', '着')) ?? 0))
    .map(([word]) => word);
}

const count = (word: string) => counts!.get(word) ?? 0;

/** Whether a word of the list covers position `at` of the text. */
function covered(text: string, at: number, words: Iterable<string>): boolean {
  for (const word of words) {
    for (let offset = word.indexOf('著'); offset !== -1; offset = word.indexOf('著', offset + 1)) {
      const start = at - offset;
      if (start >= 0 && text.startsWith(word, start)) return true;
    }
  }
  return false;
}

const VERB_OR_ADJECTIVE = /^[va]/u;
/** What the particle follows: a verb or adjective, or a plain noun the tagger took a verb for (标志着); not a name (鲁迅著, a byline) or a pronoun. */
const BEFORE_PARTICLE = /^(?:[va]|n$)/u;

/** Whether 著 at `at`, read as 着, is the particle or part of a 着 word. */
function readsAsZhe(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < REACH && !CLAUSE_END.test(text[start - 1]!)) start--;
  let end = at + 1;
  while (end < text.length && end - at < REACH && !CLAUSE_END.test(text[end]!)) end++;
  const clause = `${text.slice(start, at)}着${text.slice(at + 1, end)}`;
  const tagged: TaggedWord[] = jieba!.tag(clause, true);
  let position = start;
  for (let k = 0; k < tagged.length; k++) {
    const { word, tag } = tagged[k]!;
    const from = position;
    position += word.length;
    if (position <= at) continue;
    const inWord = at - from;
    if (word === '着') {
      const before = tagged[k - 1]?.tag ?? 'x';
      return tag === 'uz' && BEFORE_PARTICLE.test(before);
    }
    const zhu = `${word.slice(0, inWord)}著${word.slice(inWord + 1)}`;
    if (counts!.has(word)) return count(word) > count(zhu);
    // A word the tagger made up itself: 起着 is 起 and the particle.
    if (inWord !== word.length - 1 || inWord === 0) return false;
    const head = jieba!.tag(word.slice(0, inWord), false);
    return head.length === 1 && VERB_OR_ADJECTIVE.test(head[0]!.tag);
  }
  return false;
}

/**
 * The text with each 著 that reads as zhe written 着. `keep` adds zhù words
 * (in the text's own script) that the dictionary does not know.
 */
export function zheInContext(text: string, keep: Iterable<string> = []): string {
  if (!text.includes('著')) return text;
  load();
  const extra = [...keep];
  let result = '';
  let last = 0;
  for (let at = text.indexOf('著'); at !== -1; at = text.indexOf('著', at + 1)) {
    if (covered(text, at, zhuWords!) || covered(text, at, extra) || !readsAsZhe(text, at)) continue;
    result += `${text.slice(last, at)}着`;
    last = at + 1;
  }
  return result + text.slice(last);
}
