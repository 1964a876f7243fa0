// OpenCC converters to mainland simplified Chinese, each built once per process
// on first use (building loads the dictionaries into tries: costly, read-only after).
import * as OpenCC from 'opencc-js';
import type { DictGroup, DictLike } from 'opencc-js/core';

type Convert = (text: string) => string;

let fromTaiwan: Convert | undefined;
let fromTraditional: Convert | undefined;

/**
 * Taiwan-standard traditional → mainland simplified. Its phrase tables give
 * mainland usage (著力 → 着力, 接著 → 接着, 顯著 → 显著), but it is meant for
 * traditional input: on text that is already simplified it rewrites 显著 → 显着
 * and 么 → 幺, so use it for traditional documents only.
 */
export function taiwanToMainland(text: string): string {
  fromTaiwan ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return fromTaiwan(text);
}

/**
 * The dictionaries of OpenCC's generic conversion, as `Converter({ from: 't', to: 'cn' })`
 * chains them (opencc-js's types leave out the normalization chain it applies first).
 */
const GENERIC = OpenCC.Locale.configs.t2s as unknown as { normalizationChain?: readonly DictGroup[]; conversionChain: readonly DictGroup[] };

/** The entries of one dictionary, whichever of opencc-js's two forms it has. */
function entries(dict: DictLike): readonly (readonly [string, string])[] {
  return typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : dict;
}

/**
 * What any text the generic conversion changes must contain: a character it
 * maps to another, or one of the few phrases made only of other characters
 * that still map to something else (一坏 → 一坯). Without any, every dictionary
 * match maps to itself and the text comes back as it was. Hand-written because
 * opencc-js walks its trie in JavaScript at every position, about six times the
 * cost of one scan by a regular expression, and most documents are simplified
 * with nothing to convert.
 */
function changeableText(): RegExp {
  const groups = [...(GENERIC.normalizationChain ?? []), ...GENERIC.conversionChain];
  const all = groups.flat().flatMap(entries);
  const characters = new Set(all.filter(([from, to]) => from !== to && [...from].length === 1).map(([from]) => from));
  const phrases = all.filter(([from, to]) => from !== to && [...from].length > 1 && ![...from].some((c) => characters.has(c))).map(([from]) => from);
  const escape = (text: string) => [...text].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('');
  return new RegExp(`[${[...characters].map(escape).join('')}]|${phrases.map(escape).join('|')}`, 'u');
}

let changeable: RegExp | undefined;

/**
 * Generic traditional → simplified: only characters that are unambiguously
 * traditional change, so it is safe on simplified text with stray traditional
 * characters, and it is the yardstick for "is anything left to convert".
 */
export function traditionalToSimplified(text: string): string {
  changeable ??= changeableText();
  if (!changeable.test(text)) return text;
  fromTraditional ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return fromTraditional(text);
}
