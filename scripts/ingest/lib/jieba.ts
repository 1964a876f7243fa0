// One jieba segmenter per thread, built from its bundled dictionary on first
// use, for every stage that segments (lib/zhe.ts, people/names.ts,
// extract/place-mentions.ts). Each built its own before: the same dictionary
// loaded three times in every worker (docs/performance.md, ninth session).
// Nothing adds words to it, so sharing changes no segmentation.
import { createRequire } from 'node:module';
import type { Jieba, TaggedWord } from '@node-rs/jieba';

let jieba: Jieba | undefined;
let dictionary: Uint8Array | undefined;

/** jieba's bundled dictionary (`word freq tag` lines). */
export function jiebaDictionary(): Uint8Array {
  if (dictionary) return dictionary;
  const require = createRequire(import.meta.url);
  ({ dict: dictionary } = require('@node-rs/jieba/dict') as { dict: Uint8Array });
  return dictionary;
}

let dictionaryText: string | undefined;

/** The dictionary decoded once per thread, for every module that reads its lines (zhe.ts, proper-names.ts, place-mentions.ts). */
export function jiebaDictionaryText(): string {
  if (dictionaryText !== undefined) return dictionaryText;
  const bytes = jiebaDictionary();
  dictionaryText = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return dictionaryText;
}

/**
 * The starts of the dictionary's lines after its first, by their first
 * character: a search for `\n${word} ` through the whole dictionary (5 MB)
 * costs a few ms, and the region tables look up some 600 words when a worker
 * starts (docs/performance.md, ingestcpu); one pass over the lines costs less
 * than a few dozen such searches.
 */
let lineStarts: Map<string, number[]> | undefined;

function linesStartingWith(c: string): number[] {
  if (!lineStarts) {
    lineStarts = new Map();
    const text = jiebaDictionaryText();
    // From the second line, as the search for `\n${word} ` was.
    for (let start = text.indexOf('\n') + 1; start > 0 && start < text.length; start = text.indexOf('\n', start) + 1) {
      const list = lineStarts.get(text[start]!);
      if (list) list.push(start);
      else lineStarts.set(text[start]!, [start]);
    }
  }
  return lineStarts.get(c) ?? [];
}

/**
 * The first of the dictionary's lines after its first that opens with the word
 * and a space (`郎溪 2 nr`), without its line break: what a search for
 * `\n${word} ` finds. The word holds no line break.
 */
export function jiebaDictionaryLine(word: string): string | undefined {
  const text = jiebaDictionaryText();
  const key = `${word} `;
  const at = linesStartingWith(key[0]!).find((start) => text.startsWith(key, start));
  if (at === undefined) return undefined;
  const end = text.indexOf('\n', at);
  return text.slice(at, end === -1 ? undefined : end);
}

/** The thread's segmenter over the bundled dictionary. */
export function segmenter(): Jieba {
  if (jieba) return jieba;
  const require = createRequire(import.meta.url);
  const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  jieba = JiebaClass.withDict(jiebaDictionary());
  return jieba;
}

/**
 * jieba's tags of a text, remembered: the self-named reading tags the same
 * clause openings again and again (3,335 taggings of 204 texts over 600 bench
 * documents), and a site's pages share clauses around their place names
 * (docs/performance.md, ingestcpu). Frozen, as every caller shares the
 * answer; emptied when full.
 */
const taggedTexts = [new Map<string, readonly TaggedWord[]>(), new Map<string, readonly TaggedWord[]>()];
const TAGGED_LIMIT = 8192;

export function tagged(text: string, hmm: boolean): readonly TaggedWord[] {
  const memo = taggedTexts[hmm ? 1 : 0]!;
  let words = memo.get(text);
  if (words === undefined) {
    words = Object.freeze(segmenter().tag(text, hmm).map((word) => Object.freeze(word)));
    if (memo.size >= TAGGED_LIMIT) memo.clear();
    memo.set(text, words);
  }
  return words;
}
