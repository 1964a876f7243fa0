// Numbers as written in Chinese dates: counting numerals (二十七, 十二, 三十一)
// through nzh, and year numerals written digit by digit (二〇一二), which nzh
// reads as a counting number (二〇一二 → 212) and so are mapped here.
import Nzh from 'nzh';

/**
 * Characters that stand for zero in digit-by-digit years: 〇, ○ (circle), 零, full-width Ｏ, Latin O, full-width ０,
 * and the ASCII 0 that pages type for 〇 among the numerals (二0一0年六月七日, unseen24 b24-weixi; 二0一四年八月五日 on a
 * Shenzhen association's page). A year of ASCII digits alone is read as digits first (core/dates/parse.ts YEAR).
 */
export const ZERO_CHARS = '〇○零ＯO０0';
const DIGIT_CHARS = `${ZERO_CHARS}一二三四五六七八九`;
/** A character class body (for RegExp) matching a digit-by-digit Chinese numeral character. */
export const DIGIT_CLASS = `${ZERO_CHARS}一二三四五六七八九`;
/** A character class body matching a counting numeral up to 三十一 (廿 = 20, 卅 = 30 in older texts). */
export const COUNTING_CLASS = '〇零一二三四五六七八九十廿卅';

/** Full-width digits (０-９) to ASCII; other characters unchanged. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));
}

/** 二〇一二 → 2012; undefined when a character is not a digit numeral. */
export function digitNumeral(text: string): number | undefined {
  let out = '';
  for (const char of text) {
    if (ZERO_CHARS.includes(char)) out += '0';
    else {
      const digit = DIGIT_CHARS.indexOf(char) - ZERO_CHARS.length + 1;
      if (digit < 1) return undefined;
      out += String(digit);
    }
  }
  return out ? Number(out) : undefined;
}

/** 二十七 → 27, 十二 → 12, 廿七 → 27, 一百十二 → 112 (a year of the Republic); undefined when not a counting numeral. */
export function countingNumeral(text: string): number | undefined {
  // nzh knows neither 廿 nor 卅, which older dates use.
  const spelled = text.replace(/^廿/, '二十').replace(/^卅/, '三十');
  if (!/^[〇零一二三四五六七八九十百]+$/.test(spelled)) return undefined;
  const value = Number(Nzh.cn.decodeS(spelled));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** A number written in ASCII, full-width or Chinese digits, or as a counting numeral. */
export function dateNumber(text: string): number | undefined {
  const ascii = asciiDigits(text);
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (text.length === 4) return digitNumeral(text);
  return countingNumeral(text);
}
