// A test for "does the text hold any of these characters or phrases", as
// `new RegExp('[chars]|phrase|…', 'u').test(text)` answers it, by one walk over
// the text's code units with a table lookup each. The script stage asks it of
// every document's whole text three or four times (OpenCC's changeable
// characters, the regional and variant forms), and most documents hold none:
// the walk costs about half the regular expression's scan of a class of
// thousands of characters (docs/performance.md, thirty-seventh session).

/** What `new RegExp(`[${characters.join('')}]|${phrases.join('|')}`, 'u').test` answers, for characters and phrases without regex syntax. */
export function codePointTest(characters: Iterable<string>, phrases: readonly string[] = []): (text: string) => boolean {
  // Per BMP code point: 1 it matches alone, 2 a phrase opens with it. Astral ones in sets.
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const key of characters) {
    for (const c of key) {
      const p = c.codePointAt(0)!;
      if (p < 0x10000) bmp[p] = 1;
      else astral.add(p);
    }
  }
  const opening = new Map<number, string[]>();
  for (const phrase of phrases) {
    const p = phrase.codePointAt(0);
    if (p === undefined) continue;
    (opening.get(p) ?? opening.set(p, []).get(p)!).push(phrase);
    if (p < 0x10000 && bmp[p] === 0) bmp[p] = 2;
  }
  const opensPhrase = (text: string, at: number, p: number) => opening.get(p)?.some((phrase) => text.startsWith(phrase, at)) ?? false;
  return (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          const p = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          if (astral.has(p) || opensPhrase(text, i, p)) return true;
          i++;
          continue;
        }
      }
      const kind = bmp[unit]!;
      if (kind === 1 || (kind === 2 && opensPhrase(text, i, unit))) return true;
    }
    return false;
  };
}
