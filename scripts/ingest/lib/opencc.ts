// OpenCC converters to mainland simplified Chinese, each built once per process
// on first use (building loads the dictionaries into tries: costly, read-only after).
import * as OpenCC from 'opencc-js';

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
 * Generic traditional → simplified: only characters that are unambiguously
 * traditional change, so it is safe on simplified text with stray traditional
 * characters, and it is the yardstick for "is anything left to convert".
 */
export function traditionalToSimplified(text: string): string {
  fromTraditional ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return fromTraditional(text);
}
