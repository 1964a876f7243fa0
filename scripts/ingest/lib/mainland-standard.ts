// Which characters are mainland China's standard ones, and the standard
// character each of the others stands for, from the Unicode Consortium's
// Unihan database (unihan-mainland.json, written by unihan-mainland.build.ts).
//
// The standard is 通用规范汉字表 (2013), together with GB 2312, the character
// set mainland print used before it (捱 and 榘 are in GB 2312 but not in the
// 通用规范汉字表, and mainland texts still print them: 难捱). A standard
// character is never rewritten in a simplified text.
import { createRequire } from 'node:module';
import { isGb2312 } from './common-han.ts';
import { VARIANT_CHARACTERS } from './variant-forms.ts';

interface UnihanMainland {
  source: string;
  /** The 通用规范汉字表 in its own order. */
  tongyongGuifan: string;
  /** Standard characters (通用规范汉字表 or GB 2312) that are the traditional form of another: 後, 於, 乾. */
  traditionalForms: string;
  /** A character outside the 通用规范汉字表 → its variants, as Unihan pairs them. */
  variants: Record<string, string>;
}

let data: UnihanMainland | undefined;
let tongyongGuifan: Set<string> | undefined;
let traditionalForms: Set<string> | undefined;

function unihan(): UnihanMainland {
  return (data ??= createRequire(import.meta.url)('./unihan-mainland.json') as UnihanMainland);
}

/** Whether a character is in the 通用规范汉字表. */
export function isTongyongGuifan(char: string): boolean {
  return (tongyongGuifan ??= new Set(unihan().tongyongGuifan)).has(char);
}

/** Whether a character is a standard form of mainland print: 通用规范汉字表 or GB 2312. */
export function isMainlandStandard(char: string): boolean {
  return isTongyongGuifan(char) || isGb2312(char);
}

/**
 * Whether a standard character is also the traditional form of another (後 of
 * 后, 乾 of 干), so that a simplified text writing it may mean the other; 捱,
 * only a variant of 挨, is not.
 */
export function isSimplifiable(char: string): boolean {
  return (traditionalForms ??= new Set(unihan().traditionalForms)).has(char);
}

/**
 * Characters outside both standards that stand for exactly one character of
 * the 通用规范汉字表 (衞 → 卫, 砲 → 炮 through 礮): each Unihan variant is taken
 * to mainland form by `toMainland` (a traditional variant becomes simplified),
 * and a character whose variants lead to two different standard characters
 * is left alone, since which one is meant depends on the word.
 */
export function standardVariants(toMainland: (text: string) => string): Map<string, string> {
  const entries = Object.entries(unihan().variants).filter(([from]) => !isMainlandStandard(from));
  // One conversion of every character, a line each, instead of thousands of calls.
  const characters = [...new Set(entries.flatMap(([from, variants]) => [from, ...variants]))];
  const converted = toMainland(characters.join('\n')).split('\n');
  const mainland = new Map(characters.map((c, i) => [c, converted[i] ?? c]));
  const result = new Map<string, string>();
  for (const [from, variants] of entries) {
    if (mainland.get(from) !== from) continue;
    const targets = new Set([...variants].map((c) => mainland.get(c)!).filter(isTongyongGuifan));
    if (targets.size === 1) result.set(from, [...targets][0]!);
  }
  // The forms Unihan pairs too weakly for the rule above (lib/variant-forms.ts).
  for (const { from, to } of VARIANT_CHARACTERS) if (!isMainlandStandard(from)) result.set(from, to);
  return result;
}
