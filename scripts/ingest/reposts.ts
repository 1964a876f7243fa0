// Repost clusters: the same speech scraped from several files or sites becomes
// one document. Similarity is the Jaccard index of character 5-gram shingles of
// the cleaned text (punctuation and spacing dropped, so that width, spacing and
// chrome differences do not count), estimated with bottom-k MinHash sketches.
//
// Hand-written rather than taken from npm: the registry's MinHash packages are
// unmaintained and use k independent hash functions, which costs k hashes per
// shingle; a bottom-k sketch needs one hash per shingle and its candidate pairs
// come from an inverted index of sketch values.
import { createHash } from 'node:crypto';
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
  return estimate(a, b, Infinity);
}

/**
 * Whether `similarity(a, b) >= threshold`, answered without finishing the walk
 * when the values one sketch holds and the other lacks already rule it out:
 * the estimate is shared / seen with seen at most SKETCH, so once `missed`
 * values of the union are not shared it is at most (SKETCH − missed) / SKETCH.
 * Nearly every candidate pair is a stranger, ruled out about half way
 * (docs/performance.md, eleventh session).
 */
export function similarAtLeast(a: ArrayLike<number>, b: ArrayLike<number>, threshold: number): boolean {
  // The first count of misses that no estimate at or above the threshold allows.
  return estimate(a, b, Math.floor(SKETCH * (1 - threshold)) + 1) >= threshold;
}

/** The estimate, or −1 as soon as `hopeless` values of the union are not shared. */
function estimate(a: ArrayLike<number>, b: ArrayLike<number>, hopeless: number): number {
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
    } else {
      if (x < y) i++;
      else j++;
      if (seen + 1 - shared >= hopeless) return -1;
    }
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
  const byValue = postings(sketches);
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
  return groupsOf(items, find);
}

/** Sketch value → the items holding it, in input order. */
function postings(sketches: readonly Uint32Array[]): Map<number, number[]> {
  const byValue = new Map<number, number[]>();
  sketches.forEach((values, i) => {
    for (let k = 0; k < values.length; k++) {
      const v = values[k]!;
      const list = byValue.get(v);
      if (list) list.push(i);
      else byValue.set(v, [i]);
    }
  });
  return byValue;
}

/** The groups of keys of a union-find, in input order. */
function groupsOf(items: readonly RepostCandidate[], find: (i: number) => number): string[][] {
  const groups = new Map<number, string[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(item.key);
    else groups.set(root, [item.key]);
  });
  return [...groups.values()];
}

/**
 * What the next run's clustering starts from: each item by its key and sketch,
 * the pairs found to be reposts, and the sketch values too common to make
 * candidates.
 */
export interface RepostState {
  items: string[];
  edges: [string, string][];
  crowded: number[];
}

/** An item's name in the state: its key and its sketch. */
function identity(key: string, sketch: Uint32Array): string {
  return createHash('sha256').update(`${key}\u0000`).update(new Uint8Array(sketch.buffer, sketch.byteOffset, sketch.byteLength)).digest('base64');
}

/**
 * The groups of clusterReposts, from the last run's state: only pairs with a
 * new item are compared, and those whose candidacy changed (a value they share
 * became too common, or stopped being so). The groups are the components of
 * the graph of candidate pairs at or above the threshold, whichever pairs were
 * compared this run; a pair's similarity depends on its two sketches alone.
 */
export function clusterRepostsSince(items: RepostCandidate[], previous: RepostState | undefined, threshold = REPOST_THRESHOLD): { groups: string[][]; state: RepostState; compared: number } {
  const sketches = items.map((item) => Uint32Array.from(item.sketch));
  const ids = items.map((item, i) => identity(item.key, sketches[i]!));
  const byValue = postings(sketches);
  const crowded = (v: number) => (byValue.get(v)?.length ?? 0) > MAX_POSTING;
  /** Whether two items share a value that is not too common: both sketches are ascending. */
  const candidate = (a: Uint32Array, b: Uint32Array) => {
    for (let i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] === b[j]) {
        if (!crowded(a[i]!)) return true;
        i++;
        j++;
      } else if (a[i]! < b[j]!) i++;
      else j++;
    }
    return false;
  };
  const index = new Map(ids.map((id, i) => [id, i]));
  const known = new Set(previous?.items ?? []);
  const edges = new Set<string>();
  const pairs: [number, number][] = [];
  let compared = 0;
  const edge = (a: number, b: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const name = `${x} ${y}`;
    if (edges.has(name)) return;
    edges.add(name);
    pairs.push([x, y]);
  };
  const compare = (a: number, b: number) => {
    compared++;
    if (similarAtLeast(sketches[a]!, sketches[b]!, threshold)) edge(a, b);
  };
  for (const [p, q] of previous?.edges ?? []) {
    const a = index.get(p);
    const b = index.get(q);
    if (a !== undefined && b !== undefined && candidate(sketches[a]!, sketches[b]!)) edge(a, b);
  }
  const isNew = ids.map((id) => !known.has(id));
  // New items against every item sharing an uncommon value with them; a stamp
  // on b says it was already compared with a (cheaper than a set per item).
  const comparedWith = new Int32Array(items.length).fill(-1);
  sketches.forEach((values, a) => {
    if (!isNew[a]) return;
    for (let k = 0; k < values.length; k++) {
      const list = byValue.get(values[k]!)!;
      if (list.length > MAX_POSTING) continue;
      for (const b of list) {
        if (b === a || comparedWith[b] === a || (isNew[b] && b < a)) continue;
        comparedWith[b] = a;
        compare(a, b);
      }
    }
  });
  // Old items that a value no longer too common makes candidates.
  for (const v of previous?.crowded ?? []) {
    const list = byValue.get(v);
    if (!list || list.length > MAX_POSTING) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (!isNew[list[i]!] && !isNew[list[j]!]) compare(list[i]!, list[j]!);
  }
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [a, b] of pairs) if (find(a) !== find(b)) parent[find(b)] = find(a);
  const state: RepostState = {
    items: ids,
    edges: pairs.map(([a, b]) => [ids[a]!, ids[b]!]),
    crowded: [...byValue].filter(([, list]) => list.length > MAX_POSTING).map(([v]) => v),
  };
  return { groups: groupsOf(items, find), state, compared };
}
