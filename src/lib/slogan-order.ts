// The glossary's reading order: slogans that start with a number by that
// number (一 … 两 … 三 … 十二五, 7个能力 as 7), then the rest, each group by
// pinyin (the zh collation of ICU), as a printed glossary of 提法 is ordered.
import Nzh from 'nzh';
import { pinyin as toPinyin } from 'pinyin-pro';

/** A leading counting numeral below a hundred: 三, 两, 十, 十二 (of 十二五), 二十. */
const CHINESE = /^(?:[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])/u;
const DIGITS = /^[0-9０-９]+/u;

/** The numeral a slogan starts with as written (三, 两, 7), if any. */
const leadingNumeral = (slogan: string): string | undefined => slogan.match(DIGITS)?.[0] ?? slogan.match(CHINESE)?.[0];

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

export interface SloganGroup<E> {
  /** What its entries start with: the numerals as written (二、两) or a pinyin initial (B). */
  label: string;
  entries: E[];
}

/**
 * Entries already in glossary order, cut into its sections: one per leading
 * number, then one per pinyin initial of the first character. A section is a
 * run of neighbours, so the order is the glossary's whatever the sections.
 */
export function sloganGroups<E extends { slogan: string }>(entries: readonly E[]): SloganGroup<E>[] {
  const keyOf = (slogan: string): { key: string; part: string } => {
    const number = leadingNumber(slogan);
    if (number !== undefined) return { key: `#${number}`, part: leadingNumeral(slogan)! };
    const letter = toPinyin(slogan.charAt(0), { pattern: 'first', toneType: 'none' }).toUpperCase();
    const initial = /^[A-Z]$/.test(letter) ? letter : /^[A-Za-z]$/.test(slogan.charAt(0)) ? slogan.charAt(0).toUpperCase() : '其他';
    return { key: initial, part: initial };
  };
  const groups: (SloganGroup<E> & { key: string; parts: string[] })[] = [];
  for (const entry of entries) {
    const { key, part } = keyOf(entry.slogan);
    let group = groups.at(-1);
    if (group?.key !== key) groups.push((group = { key, label: '', parts: [], entries: [] }));
    group.entries.push(entry);
    if (!group.parts.includes(part)) group.parts.push(part);
  }
  return groups.map(({ parts, entries }) => ({ label: parts.join('、'), entries }));
}
