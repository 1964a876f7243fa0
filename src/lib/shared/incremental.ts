// The pair matching of find.ts in proportion to the change: the variants and
// the matched pairs of the last build are kept (by a digest of each variant's
// text), and a build tests only the pairs that involve a new variant, plus the
// few whose candidacy changed — the same matches as testing every pair.
//
// Why that is the same: a pair's test depends on its two texts alone, and
// whether it is a candidate (find.ts, matchAll) depends on its two band-key
// rows and on one thing outside them, whether the bucket of the first band it
// agrees on is crowded. A bucket's size changes only by the variants added to
// it or removed from it, so a kept pair changes candidacy only in such a
// bucket: one that became crowded drops the pairs that agreed on that band
// alone, one that stopped being crowded has its pairs tested.
import { agreement, digestOf, MAX_BUCKET, type Match, type VariantTable } from './find.ts';
import { BANDS } from './minhash.ts';

/**
 * What the next build starts from: each variant's digest and band keys, and the matched pairs by
 * variant digest. The variants are two strings, not an entry each, so that a rebuild reads and
 * writes them in a few calls.
 */
export interface PairState {
  /** The variants' digests (DIGEST characters each), one after another. */
  digests: string;
  /** Their BANDS keys each, in the same order: a Uint32Array's bytes (the machine's order), base64. */
  bands: string;
  /** [digest, digest, share] of each matched pair. */
  matches: [string, string, number][];
}

/** What the incremental matching did: variants added and removed since the state, pairs tested. */
export interface Since {
  added: number;
  removed: number;
  tested: number;
}

/** A variant's name in the state: its comparable text's digest. */
export { digestOf };

/** Characters of a digest (digestOf). */
const DIGEST = 22;

/** The state a next build starts from. */
export function stateOf(table: VariantTable, matches: readonly Match[], digests = table.digests): PairState {
  const bands = Buffer.from(table.bands.buffer, table.bands.byteOffset, digests.length * BANDS * 4).toString('base64');
  return { digests: digests.join(''), bands, matches: matches.map(({ u, v, share }) => [digests[u]!, digests[v]!, share]) };
}

/** The state's variants: digests and band keys; undefined when it does not read as a state. */
function variantsOf(state: PairState): { digests: string[]; bands: Uint32Array } | undefined {
  if (typeof state.digests !== 'string' || typeof state.bands !== 'string' || state.digests.length % DIGEST !== 0) return undefined;
  const count = state.digests.length / DIGEST;
  const bytes = Buffer.from(state.bands, 'base64');
  if (bytes.length !== count * BANDS * 4) return undefined;
  const digests = Array.from({ length: count }, (_, v) => state.digests.slice(v * DIGEST, (v + 1) * DIGEST));
  // Copied out: the base64 buffer may share a pool at an offset no Uint32Array can start at.
  return { digests, bands: new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) };
}

/** Variants per state: a band's key and a variant index share one double (below). */
const SLOT = 2 ** 21;

/**
 * Each band's (key, variant) pairs sorted, so that a bucket is a run found by
 * binary search: a rebuild asks for the buckets of its few new and removed
 * variants, and counting every bucket of the archive in maps was a sixth of
 * a one-file rebuild's step (docs/performance.md). key × SLOT + variant is an exact double
 * (below 2^53), sorted by the typed array's own numeric sort; undefined past
 * SLOT variants (then every pair is tested).
 */
function bucketsOf(bands: Uint32Array, count: number): { size(b: number, key: number): number; members(b: number, key: number): number[] } | undefined {
  if (count > SLOT) return undefined;
  const sorted = Array.from({ length: BANDS }, (_, b) => {
    const keys = new Float64Array(count);
    for (let v = 0; v < count; v++) keys[v] = bands[v * BANDS + b]! * SLOT + v;
    return keys.sort();
  });
  const lowest = (row: Float64Array, x: number) => {
    let lo = 0;
    let hi = row.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (row[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const run = (b: number, key: number) => [lowest(sorted[b]!, key * SLOT), lowest(sorted[b]!, (key + 1) * SLOT)] as const;
  return {
    size(b, key) {
      const [start, end] = run(b, key);
      return end - start;
    },
    // In variant order, as a walk over the table meets them.
    members(b, key) {
      const [start, end] = run(b, key);
      const out: number[] = [];
      for (let i = start; i < end; i++) out.push(sorted[b]![i]! - key * SLOT);
      return out;
    },
  };
}

/** Counts by band key, one map per band. */
const bandMaps = () => Array.from({ length: BANDS }, () => new Map<number, number>());
const add = (map: Map<number, number>, key: number, n: number) => map.set(key, (map.get(key) ?? 0) + n);

/**
 * The matched pairs of `table`, from the last build's `previous` state and
 * `test` (find.ts, pairTest) on the pairs that need it; undefined when the
 * state cannot be read (then every pair is to be tested).
 */
export function matchSince(table: VariantTable, previous: PairState, test: (u: number, v: number) => number | undefined, digests = table.digests): { matches: Match[]; since: Since } | undefined {
  const { bands } = table;
  const count = digests.length;
  const before = variantsOf(previous);
  if (!before) return undefined;
  const index = new Map<string, number>();
  digests.forEach((d, v) => index.set(d, v));
  const known = new Set(before.digests);
  const isNew = new Uint8Array(count);
  const added: number[] = [];
  for (let v = 0; v < count; v++) if (!known.has(digests[v]!)) (isNew[v] = 1), added.push(v);
  // Each bucket now, as a run of its band's sorted keys (bucketsOf), and how much larger it was before
  // (removed variants minus added ones).
  const buckets = bucketsOf(bands, count);
  if (!buckets) return undefined;
  const delta = bandMaps();
  for (const v of added) for (let b = 0; b < BANDS; b++) add(delta[b]!, bands[v * BANDS + b]!, -1);
  let removed = 0;
  before.digests.forEach((digest, w) => {
    if (index.has(digest)) return;
    removed++;
    for (let b = 0; b < BANDS; b++) add(delta[b]!, before.bands[w * BANDS + b]!, 1);
  });
  const crowded = (b: number, key: number) => buckets.size(b, key) > MAX_BUCKET;
  const candidate = (u: number, v: number) => {
    const set = agreement(table, u, v);
    if (set === 0) return false;
    if ((set & (set - 1)) !== 0) return true;
    const b = 31 - Math.clz32(set);
    return !crowded(b, bands[u * BANDS + b]!);
  };

  const matches: Match[] = [];
  let tested = 0;
  const consider = (x: number, y: number) => {
    const [u, v] = x < y ? [x, y] : [y, x];
    tested++;
    const share = test(u, v);
    if (share !== undefined) matches.push({ u, v, share });
  };
  // The last build's matches between variants still here, unless their bucket became crowded.
  for (const [a, b, share] of previous.matches) {
    const x = index.get(a);
    const y = index.get(b);
    if (x === undefined || y === undefined || isNew[x] || isNew[y]) continue;
    if (candidate(x, y)) matches.push(x < y ? { u: x, v: y, share } : { u: y, v: x, share });
  }
  // Buckets to walk: those of new variants, and those no longer crowded.
  const walk = Array.from({ length: BANDS }, () => new Set<number>());
  for (const v of added) for (let b = 0; b < BANDS; b++) walk[b]!.add(bands[v * BANDS + b]!);
  const opened = Array.from({ length: BANDS }, () => new Set<number>());
  for (let b = 0; b < BANDS; b++) {
    for (const [key, d] of delta[b]!) {
      const now = buckets.size(b, key);
      if (now + d > MAX_BUCKET && now <= MAX_BUCKET && now > 1) (opened[b]!.add(key), walk[b]!.add(key));
    }
  }
  for (let b = 0; b < BANDS; b++) {
    if (walk[b]!.size === 0) continue;
    const first = 1 << b;
    const below = first - 1;
    for (const key of walk[b]!) {
      const list = buckets.members(b, key);
      if (list.length < 2) continue;
      if (opened[b]!.has(key)) {
        // At most MAX_BUCKET variants now: every pair that first agrees here, except old ones that agree
        // on a second band too (candidates before, so among the kept matches).
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            const set = agreement(table, list[i]!, list[j]!);
            if ((set & below) !== 0) continue;
            if (isNew[list[i]!] || isNew[list[j]!] || set === first) consider(list[i]!, list[j]!);
          }
        }
        continue;
      }
      // Pairs with a new variant only: a crowded bucket holds thousands of old ones.
      for (const x of list) {
        if (!isNew[x]) continue;
        for (const y of list) {
          // Each pair once: two new variants from the lower one.
          if (y === x || (isNew[y] && y < x)) continue;
          const set = agreement(table, x, y);
          // At the first band it agrees on; in a crowded bucket, only with a second band.
          if ((set & below) !== 0 || (set === first && crowded(b, key))) continue;
          consider(x, y);
        }
      }
    }
  }
  matches.sort((p, q) => p.u - q.u || p.v - q.v);
  return { matches, since: { added: added.length, removed, tested } };
}
