// The glossary's reading order: slogans that start with a number by that
// number (一 … 两 … 三 … 十二五, 7个能力 as 7), then the rest, each group by
// pinyin (the zh collation of ICU), as a printed glossary of 提法 is ordered.
import Nzh from 'nzh';

/** A leading counting numeral below a hundred: 三, 两, 十, 十二 (of 十二五), 二十. */
const CHINESE = /^(?:[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])/u;
const DIGITS = /^[0-9０-９]+/u;

/** The number a slogan starts with, if any. */
export function leadingNumber(slogan: string): number | undefined {
  const digits = slogan.match(DIGITS)?.[0];
  if (digits) return Number(digits.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  const numeral = slogan.match(CHINESE)?.[0];
  // nzh reads 二 but not the counting form 两.
  return numeral ? Number(Nzh.cn.decodeS(numeral.replace(/两/gu, '二'))) : undefined;
}

const pinyin = new Intl.Collator('zh-CN-u-co-pinyin');

export function bySloganOrder(a: string, b: string): number {
  const na = leadingNumber(a);
  const nb = leadingNumber(b);
  if (na !== nb) return na === undefined ? 1 : nb === undefined ? -1 : na - nb;
  return pinyin.compare(a, b);
}
