// An order (令) promulgates a document (GB/T 9704, the form of 命令（令）):
// the heading 发文机关 + 令 and its number (第42号), one sentence naming the
// document in 《》 that 现予公布, the signature and the date, then the document
// under its own title. The page is the promulgated document; the order is
// its cover and stays as text.
// Hand-written: the form is a convention of Chinese official publishing that
// no library models.

/** The order's heading, its number on the same line or the next: 中华人民共和国国家发展和改革委员会令 / 第42号, 宁夏回族自治区人民政府令第103号. */
const ORDER_HEADING = /^[\p{Script=Han}（）()]{4,40}令(?:\s*[（(]?第\s*[0-9一二三四五六七八九十百零〇]{1,5}\s*号[）)]?)?$/u;
const ORDER_NUMBER = /^[（(]?第\s*[0-9一二三四五六七八九十百零〇]{1,5}\s*号[）)]?$/u;
/** The sentence that promulgates: 《…》已经…通过，现予公布. */
const PROMULGATES = /^《(.+?)》(?=[^。]*?(?:现予|予以|现予以|特予)公布)/u;
/** How many lines after the heading may stand before the promulgating sentence. */
const REACH = 3;

/** The promulgated document's title when `lines[at]` opens an order, else undefined. */
export function promulgatedTitle(lines: readonly string[], at: number): string | undefined {
  const heading = lines[at];
  if (heading === undefined || !ORDER_HEADING.test(heading.trim())) return undefined;
  for (let k = at + 1; k < Math.min(lines.length, at + 1 + REACH); k++) {
    const line = lines[k]!.trim();
    if (ORDER_NUMBER.test(line)) continue;
    const m = PROMULGATES.exec(line);
    // Book-title marks inside book-title marks are printed 〈〉: 《宁夏回族自治区〈地方志工作条例〉实施办法》.
    return m ? m[1]!.replace(/〈/gu, '《').replace(/〉/gu, '》') : undefined;
  }
  return undefined;
}
