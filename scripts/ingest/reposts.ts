// Repost clusters: the same speech scraped from several files or sites becomes
// one document. Similarity is the Jaccard index of character 5-gram shingles of
// the cleaned text (punctuation and spacing dropped, so that width, spacing and
// chrome differences do not count), estimated with bottom-k MinHash sketches.
//
// Hand-written rather than taken from npm: the registry's MinHash packages are
// unmaintained and use k independent hash functions, which costs k hashes per
// shingle; a bottom-k sketch needs one hash per shingle and its candidate pairs
// come from an inverted index of sketch values.
import { comparable } from '../../core/comparable.ts';

export { comparable };

// Threshold: distinct speeches on the same subject score near zero against each
// other, a repost with other chrome, other punctuation, a dropped paragraph or
// edited sentences near one (tests/unit/reposts.test.ts holds both); 0.6 keeps
// a wide margin on both sides, and an excerpt of half a speech stays a
// document of its own.
export const REPOST_THRESHOLD = 0.6;
const SHINGLE = 5;
const SKETCH = 128;
/**
 * A sketch value shared by more documents than this is boilerplate (a stock
 * phrase whose hash happens to be small), not evidence of a repost; skipping
 * it keeps candidate generation linear. True reposts share ~100 other values.
 */
const MAX_POSTING = 64;

export interface RepostCandidate {
  key: string;
  /** The sketch of the candidate's text (see `sketch`): computed per file, so it is cached with the file's result. */
  sketch: ArrayLike<number>;
}

/** The text of a document that reposts are compared on: its blocks, one per line. */
export function documentText(blocks: readonly { text: string }[]): string {
  return blocks.map((b) => b.text).join('\n');
}

/** FNV-1a over UTF-16 code units, then a murmur3 finaliser for a uniform 32-bit value. */
function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}


/** The SKETCH smallest distinct shingle hashes, ascending. */
export function sketch(text: string): Uint32Array {
  const s = comparable(text);
  const hashes = new Uint32Array(s.length >= SHINGLE ? s.length - SHINGLE + 1 : Math.min(s.length, 1));
  if (s.length < SHINGLE && s.length > 0) hashes[0] = hash(s, 0, s.length);
  for (let i = 0; i + SHINGLE <= s.length; i++) hashes[i] = hash(s, i, i + SHINGLE);
  // Sorted in place, then deduplicated while taking the smallest: cheaper than a Set of every shingle.
  hashes.sort();
  let kept = 0;
  for (let i = 0; i < hashes.length && kept < SKETCH; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[kept++] = hashes[i]!;
  return hashes.slice(0, kept);
}

/** Bottom-k estimate of the Jaccard index of two shingle sets from their sketches. */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  let seen = 0;
  // Walk the union in ascending order, counting the first SKETCH values of it;
  // once one sketch runs out, the rest of the other holds no shared value.
  while (seen < SKETCH && i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    seen++;
  }
  seen = Math.min(SKETCH, seen + (a.length - i) + (b.length - j));
  return shared / seen;
}

/**
 * Groups candidates whose texts are near duplicates. Returns groups of keys in
 * input order; singletons included. Candidate pairs are those sharing at least
 * one sketch value, found through an inverted index rather than all pairs.
 */
export function clusterReposts(items: RepostCandidate[], threshold = REPOST_THRESHOLD): string[][] {
  // Typed arrays: the sketches arrive as JSON arrays, and the comparisons below are the hot loop.
  const sketches = items.map((item) => Uint32Array.from(item.sketch));
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byValue = new Map<number, number[]>();
  sketches.forEach((values, i) => {
    for (let k = 0; k < values.length; k++) {
      const v = values[k]!;
      const list = byValue.get(v);
      if (list) list.push(i);
      else byValue.set(v, [i]);
    }
  });
  // Each candidate pair once: document a walks the short postings of its values,
  // and a stamp on document b says that it was already compared with a: cheaper
  // than a set of pairs, with the same components.
  const comparedWith = new Int32Array(items.length).fill(-1);
  sketches.forEach((values, a) => {
    for (let k = 0; k < values.length; k++) {
      const list = byValue.get(values[k]!)!;
      if (list.length > MAX_POSTING) continue;
      for (const b of list) {
        if (b <= a || comparedWith[b] === a) continue;
        comparedWith[b] = a;
        if (find(a) !== find(b) && similarity(sketches[a]!, sketches[b]!) >= threshold) parent[find(b)] = find(a);
      }
    }
  });
  const groups = new Map<number, string[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(item.key);
    else groups.set(root, [item.key]);
  });
  return [...groups.values()];
}
