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

let common: Set<string> | undefined;
let gb2312: Set<string> | undefined;

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

function gb2312Characters(): Set<string> {
  return (gb2312 ??= new Set(charactersOf('gb2312', [0xb0, 0xf7], [[0xa1, 0xfe]])));
}

function build(): Set<string> {
  const big5Level1 = charactersOf('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]]);
  // 〇 is a Han character by Unicode script but sits among the symbols of
  // GB 2312, outside the rows read above; dates write it (二〇一二年).
  return new Set([...gb2312Characters(), ...big5Level1, '〇']);
}

/** Whether a character is one of GB 2312's: a standard form of mainland print. */
export function isGb2312(char: string): boolean {
  return gb2312Characters().has(char);
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
    common ??= build();
    kind = classes[code] = !HAN.test(char) ? NOT_HAN : common.has(char) ? COMMON_HAN : RARE_HAN;
  }
  return kind;
}
