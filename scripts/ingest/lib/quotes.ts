// Straight double quotes around Chinese text as the curly pair GB/T 15834
// prints (企业反映的"弹簧门"问题 → 企业反映的“弹簧门”问题). The width converters
// on npm map one character to one character; a quote needs its pair, so
// opening and closing are told apart here by order within the line.

const HAN = /[\p{Script=Han}□]/u;
/** A span inside straight quotes, no quote or line end in it. */
const QUOTED = /"([^"\n]+)"/gu;

/**
 * One line with each pair of straight double quotes that holds Chinese made
 * curly. A line with an odd number of them is left alone: which one opens is
 * not known. Quotes around Latin text (the "CITY CAFE") stay.
 */
export function curlQuotes(line: string): string {
  const count = line.split('"').length - 1;
  if (count === 0 || count % 2 === 1) return line;
  return line.replace(QUOTED, (whole, inner: string) => (HAN.test(inner) ? `“${inner}”` : whole));
}
