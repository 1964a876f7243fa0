// Whether any standard of Chinese writing holds a Han character: the standards
// of print (GB 2312, Big5, 通用规范汉字表, as itself or as the simplified form
// of a traditional one: 頔 → 𬱖), the characters of everyday use in every
// region (IICore, read by unihan-core.build.ts), or the words of real text
// (jieba's dictionary). A character none of them holds is one a codec or a
// converter's table put where another was written (懷覑興奮 for 懷着興奮).
import { createRequire } from 'node:module';
import { isBig5, isGb2312 } from './common-han.ts';
import { frequencyRank } from './char-frequency.ts';
import { isTongyongGuifan } from './mainland-standard.ts';
import { traditionalToSimplified } from './opencc.ts';

let iiCore: Set<string> | undefined;

function core(): Set<string> {
  return (iiCore ??= new Set((createRequire(import.meta.url)('./unihan-core.json') as { iiCore: string }).iiCore));
}

export function isWrittenHan(char: string): boolean {
  if (isGb2312(char) || isBig5(char) || isTongyongGuifan(char) || core().has(char)) return true;
  return isTongyongGuifan(traditionalToSimplified(char)) || frequencyRank(char) !== Infinity;
}
