// Character folding shared by the index builder (Node) and the browser: the
// index and every query go through the same function, so a match is decided
// on folded text. Folding is per code point (NFKC, then traditional →
// simplified from a character map, then lower case) so that every folded
// character can be traced back to its place in the original text.

/** Traditional/variant character → simplified character (single code points). */
export type FoldMap = Readonly<Record<string, string>>;

export function foldCodePoint(cp: string, map: FoldMap): string {
  // Fast path for the bulk of the text: CJK unified ideographs and ASCII other than
  // capitals are their own NFKC form and lower case, so only the map applies.
  const code = cp.charCodeAt(0);
  if ((code >= 0x4e00 && code <= 0x9fff) || (code < 0x80 && !(code >= 0x41 && code <= 0x5a))) return map[cp] ?? cp;
  const nfkc = cp.normalize('NFKC');
  let out = '';
  for (const c of nfkc) out += (map[c] ?? c).toLowerCase();
  return out;
}

/** Folded text as code points, each with the UTF-16 offset of the original code point it came from. */
export interface FoldedText {
  chars: string[];
  /** origin[i]: offset in the original string of the code point that produced chars[i]; origin[chars.length] = original length. */
  origin: number[];
}

export function foldWithOrigin(text: string, map: FoldMap): FoldedText {
  const chars: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  for (const cp of text) {
    for (const c of foldCodePoint(cp, map)) {
      chars.push(c);
      origin.push(offset);
    }
    offset += cp.length;
  }
  origin.push(offset);
  return { chars, origin };
}

export function fold(text: string, map: FoldMap): string {
  let out = '';
  for (const cp of text) out += foldCodePoint(cp, map);
  return out;
}

/** Start indexes (in code points) of every occurrence of `needle` in `hay`, overlapping ones included. */
export function findAll(hay: readonly string[], needle: readonly string[]): number[] {
  const starts: number[] = [];
  if (!needle.length) return starts;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    starts.push(i);
  }
  return starts;
}
