// The set of common Han characters, simplified and traditional, for telling
// mojibake (which decodes byte pairs to arbitrary, mostly rare characters)
// from real text.
//
// Derived from two national character-set standards whose tables iconv-lite
// (a maintained dependency) already ships, rather than from a hand-made list:
// - GB 2312 (6,763 characters): the simplified characters of everyday print;
//   it overlaps levels 1–2 of 通用规范汉字表 (6,500) almost entirely.
// - Big5 level 1, 常用字 (5,401 characters, lead bytes A4–C6): the traditional
//   characters of the Ministry of Education's frequently-used list.
// Names and technical terms do use characters outside both (烜, 喆, 堃), which
// is why the damage stage never flags a single rare character on its own.
import iconv from 'iconv-lite';

const HAN = /^\p{Script=Han}$/u;

/** Decodes every double-byte code in the given lead/trail ranges of a charset. */
function charactersOf(encoding: string, leads: [number, number], trails: [number, number][]): string[] {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) {
      for (let trail = from; trail <= to; trail++) bytes.push(lead, trail, 0x0a);
    }
  }
  // A newline after each pair keeps unassigned codes from shifting the rest.
  return iconv.decode(Buffer.from(bytes), encoding).split('\n').filter((c) => HAN.test(c));
}

/** Which standards and levels a character is in: bits of a per-code-point table. */
const GB2312 = 1;
const GB2312_LEVEL_1 = 2;
const BIG5 = 4;
const BIG5_LEVEL_1 = 8;
let standards: Uint8Array | undefined;

/**
 * GB 2312's two levels (3,755 everyday characters in rows B0–D7, 3,008 rarer
 * ones in D8–F7) and Big5's (5,401 常用字 in A4–C6, the 次常用字 in C9–F9).
 */
function standardTable(): Uint8Array {
  if (standards) return standards;
  const table = new Uint8Array(0x110000);
  const mark = (chars: string[], bits: number) => {
    for (const c of chars) table[c.codePointAt(0)!]! |= bits;
  };
  const big5Trails: [number, number][] = [[0x40, 0x7e], [0xa1, 0xfe]];
  mark(charactersOf('gb2312', [0xb0, 0xd7], [[0xa1, 0xfe]]), GB2312 | GB2312_LEVEL_1);
  mark(charactersOf('gb2312', [0xd8, 0xf7], [[0xa1, 0xfe]]), GB2312);
  mark(charactersOf('big5', [0xa4, 0xc6], big5Trails), BIG5 | BIG5_LEVEL_1);
  mark(charactersOf('big5', [0xc9, 0xf9], big5Trails), BIG5);
  // 〇 is a Han character by Unicode script but sits among the symbols of
  // GB 2312, outside the rows read above; dates write it (二〇一二年).
  table[0x3007]! |= GB2312 | GB2312_LEVEL_1;
  return (standards = table);
}

/**
 * Whether a character is in the first level of GB 2312 (the everyday
 * characters of simplified text) or of Big5 (常用字). GB 2312's second level
 * holds the rarer ones (涓, 鏈, 骞), which UTF-8 read as GBK shows most.
 */
export function isEveryday(char: string, standard: 'gb2312' | 'big5'): boolean {
  return (standardTable()[char.codePointAt(0)!]! & (standard === 'gb2312' ? GB2312_LEVEL_1 : BIG5_LEVEL_1)) !== 0;
}

/** Whether a character is one of GB 2312's: a standard form of mainland print. */
export function isGb2312(char: string): boolean {
  return (standardTable()[char.codePointAt(0)!]! & GB2312) !== 0;
}

/** Whether a character is one of Big5's two levels. */
export function isBig5(char: string): boolean {
  return (standardTable()[char.codePointAt(0)!]! & BIG5) !== 0;
}

export const NOT_HAN = 1;
export const RARE_HAN = 2;
export const COMMON_HAN = 3;

/** Per code point (or lone surrogate): 0 until first seen, then one of the classes above. */
const classes = new Uint8Array(0x110000);

/**
 * Whether a code point is Han, and if so whether it is in GB 2312 or Big5
 * level 1. The damage and decode stages ask this of every character; the
 * Unicode property test and the set lookup run once per distinct code point.
 */
export function hanClass(code: number): number {
  let kind = classes[code]!;
  if (kind === 0) {
    const char = String.fromCodePoint(code);
    const table = standardTable();
    kind = classes[code] = !HAN.test(char) ? NOT_HAN : table[code]! & (GB2312 | BIG5_LEVEL_1) ? COMMON_HAN : RARE_HAN;
  }
  return kind;
}
