// MinHash signatures of a paragraph's character 3-gram shingles, cut into LSH
// bands: two paragraphs whose shingle sets have Jaccard index J agree on a
// band with probability J^ROWS, so near-identical paragraphs (a place name, a
// date or a number changed) meet in some band, and paragraphs that only share
// a stock sentence rarely do (see find.ts for the curve).
//
// Hand-written: the registry's MinHash packages either have no LSH index
// (bloom-filters: k multiplications modulo a prime per element, no banding) or
// hash each shingle's string again for every permutation and multiply past
// double precision (minhash). Here a shingle is hashed once, from its three
// code units, and each of the K permutations costs a multiply and a shift.
import { comparable } from '../../../core/comparable.ts';

/** Characters per shingle: 3 keeps a short paragraph with a changed name above J ≈ 0.65. */
export const SHINGLE = 3;
export const BANDS = 20;
export const ROWS = 5;
/** Minima per signature. */
export const K = BANDS * ROWS;

/** Paragraphs shorter than this (in letters and digits) are not compared. */
export const MIN_CHARS = 30;

/** The text paragraphs are compared on: letters, digits and damage marks (reposts.ts). */
export { comparable };

/** Fixed seeds and odd multipliers of the K permutations, from a small deterministic generator. */
const SEEDS = new Int32Array(K);
const MULTIPLIERS = new Int32Array(K);
{
  let state = 0x2545f491;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state | 0;
  };
  for (let i = 0; i < K; i++) {
    SEEDS[i] = next();
    MULTIPLIERS[i] = next() | 1;
  }
}

/** murmur3's finaliser: a uniform 32-bit value (as a signed integer) from any 32-bit input. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * The K minimum permuted shingle hashes of an already comparable text.
 * Signed 32-bit throughout (any fixed order of the values serves MinHash), so
 * that the inner loop never leaves small integers.
 */
export function signature(text: string): Int32Array {
  const mins = new Int32Array(K).fill(0x7fffffff);
  for (let i = 0; i + SHINGLE <= text.length; i++) {
    const base = mix(((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) ^ Math.imul(text.charCodeAt(i + 2), 0x9e3779b1));
    for (let k = 0; k < K; k++) {
      let v = Math.imul(base ^ SEEDS[k]!, MULTIPLIERS[k]!);
      v ^= v >>> 15;
      if (v < mins[k]!) mins[k] = v;
    }
  }
  return mins;
}

/** One 32-bit key per band: the band's ROWS minima hashed together with the band's number. */
export function bandKeys(mins: Int32Array): Uint32Array {
  const keys = new Uint32Array(BANDS);
  for (let b = 0; b < BANDS; b++) {
    let h = mix(b + 1);
    for (let r = 0; r < ROWS; r++) h = mix(h ^ mins[b * ROWS + r]!);
    keys[b] = h >>> 0;
  }
  return keys;
}

/**
 * What a paragraph is compared by, in SKETCH_BYTES: its BANDS band keys, then
 * the lowest byte of each of the K minima (b-bit MinHash), from which two
 * paragraphs' Jaccard index is estimated without keeping the whole signature.
 */
export const SKETCH_BYTES = BANDS * 4 + K;

export function sketchOf(comparableText: string): Uint8Array {
  const mins = signature(comparableText);
  const out = new Uint8Array(SKETCH_BYTES);
  const view = new DataView(out.buffer);
  const keys = bandKeys(mins);
  for (let b = 0; b < BANDS; b++) view.setUint32(b * 4, keys[b]!, true);
  for (let k = 0; k < K; k++) out[BANDS * 4 + k] = mins[k]! & 0xff;
  return out;
}
