// Shared passages across documents: every paragraph that also stands in other
// documents, verbatim or with a few characters changed, with the paragraphs it
// stands as there.
//
// 1. Paragraphs with the same comparable text (letters and digits) are one
//    variant, so a passage copied into a thousand documents is compared once.
// 2. Candidate pairs of variants meet in an LSH band of their MinHash sketches
//    (minhash.ts): with 20 bands of 5 rows a pair of Jaccard index 0.7 meets
//    with probability 0.97, 0.8 with 0.9998, while one that shares a stock
//    sentence (≈ 0.33) meets with 0.075 and unrelated text almost never.
// 3. A candidate whose estimated Jaccard index is below MIN_ESTIMATE is
//    dropped; the rest are decided by the exact test of compare.ts.
// 4. Each paragraph links, per other document, to the one paragraph there
//    that it matches best; documents in date order, undated last. Paragraphs
//    of the same document never link to each other: a paragraph repeated
//    inside one document is not a shared passage.
import { createHash } from 'node:crypto';
import { aligned, mayBeSame } from './compare.ts';
import { byDate } from './format.ts';
import { BANDS, K, SKETCH_BYTES, comparable } from './minhash.ts';

/** Candidates estimated below this are not tested: a paragraph with a fifth of it changed in short stretches stays near 0.5 or above. */
export const MIN_ESTIMATE = 0.4;
/** A band's bucket with more variants than this is crowded (see below). */
export const MAX_BUCKET = 32;

export interface PassageDoc {
  id: string;
  /** The document's date (YYYY, YYYY-MM or YYYY-MM-DD); links list documents by it. */
  date?: string;
  /**
   * Paragraphs long enough to compare (MIN_CHARS), in reading order, each with its sketch (minhash.ts)
   * and, when known, its variant's digest (digestOf of its comparable text: the build caches it per document).
   */
  paragraphs: { id: string; text: string; sketch: Uint8Array; digest?: string }[];
}

export interface PassageLink {
  doc: string;
  para: string;
}

/** Document id → paragraph id → the paragraphs it also stands as, one per other document, earliest document first. */
export type SharedLinks = Map<string, Map<string, PassageLink[]>>;

export interface FindStats {
  paragraphs: number;
  variants: number;
  /** Variant pairs that met in a band. */
  candidates: number;
  /** Of those, pairs given the exact test. */
  compared: number;
  /** Of those, pairs that needed the alignment (the costly part), from a verdict cache or not. */
  aligned: number;
  /** Of those, pairs found to be one passage. */
  matched: number;
}

/** Alignment verdicts kept between builds (build.ts): a rebuild aligns only pairs it has not seen. */
export interface Verdicts {
  decide(a: string, b: string, align: (a: string, b: string) => number | undefined): number | undefined;
}

/** A variant's name, in the build's state (incremental.ts) and cache: its comparable text's digest. */
export const digestOf = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** The distinct comparable texts of the documents' paragraphs, with their sketches split into band keys and low bytes. */
export interface VariantTable {
  /** Digest of variant v's comparable text (digestOf), in order of first appearance. */
  digests: string[];
  /** Comparable text of variant v: made when a pair asks for it, since a rebuild tests few pairs. */
  text(v: number): string;
  /** BANDS keys per variant, flat: the loops read them per pair. */
  bands: Uint32Array;
  /** K low bytes per variant, flat. */
  low: Uint8Array;
  /** Document index, paragraph id and variant of paragraph i. */
  paraDoc: number[];
  paraId: string[];
  variantOf: number[];
}

/**
 * The variants are told apart by digest: a paragraph that carries its digest
 * (cached with its document) is neither made comparable nor hashed again.
 */
export function variantTable(docs: readonly PassageDoc[]): VariantTable {
  const paraDoc: number[] = [];
  const paraId: string[] = [];
  const variantOf: number[] = [];
  const variants = new Map<string, number>();
  const digests: string[] = [];
  /** A paragraph's text of each variant, and its comparable text once made. */
  const source: string[] = [];
  const texts: (string | undefined)[] = [];
  const sketches: Uint8Array[] = [];
  docs.forEach((doc, d) => {
    for (const p of doc.paragraphs) {
      let compared: string | undefined;
      const digest = p.digest ?? digestOf((compared = comparable(p.text)));
      let v = variants.get(digest);
      if (v === undefined) {
        v = digests.length;
        variants.set(digest, v);
        digests.push(digest);
        source.push(p.text);
        texts.push(compared);
        if (p.sketch.length !== SKETCH_BYTES) throw new Error(`shared passages: the sketch of ${doc.id}#${p.id} has ${p.sketch.length} bytes, not ${SKETCH_BYTES}`);
        sketches.push(p.sketch);
      }
      paraDoc.push(d);
      paraId.push(p.id);
      variantOf.push(v);
    }
  });
  const bands = new Uint32Array(digests.length * BANDS);
  const low = new Uint8Array(digests.length * K);
  sketches.forEach((sketch, v) => {
    const view = new DataView(sketch.buffer, sketch.byteOffset, sketch.byteLength);
    for (let b = 0; b < BANDS; b++) bands[v * BANDS + b] = view.getUint32(b * 4, true);
    low.set(sketch.subarray(BANDS * 4), v * K);
  });
  const text = (v: number): string => (texts[v] ??= comparable(source[v]!));
  return { digests, text, bands, low, paraDoc, paraId, variantOf };
}

/** Two variants found to be one passage: u < v, and the share of the longer text kept in the other. */
export interface Match {
  u: number;
  v: number;
  share: number;
}

/** The bands two variants agree on, lowest first, as a bit set. */
export function agreement(table: VariantTable, u: number, v: number): number {
  const { bands } = table;
  let set = 0;
  for (let b = 0; b < BANDS; b++) if (bands[u * BANDS + b] === bands[v * BANDS + b]) set |= 1 << b;
  return set;
}

/**
 * The test of a candidate pair (u < v, as the bands meet them): the estimate,
 * the cheap conditions, then the alignment. The share when they are one passage.
 */
export function pairTest(table: VariantTable, stats: FindStats, verdicts?: Verdicts): (u: number, v: number) => number | undefined {
  const { low } = table;
  const estimate = (u: number, v: number) => {
    let equal = 0;
    for (let k = 0; k < K; k++) if (low[u * K + k] === low[v * K + k]) equal++;
    return (equal / K - 1 / 256) / (1 - 1 / 256);
  };
  return (u, v) => {
    stats.candidates++;
    if (estimate(u, v) < MIN_ESTIMATE) return undefined;
    stats.compared++;
    const a = table.text(u);
    const b = table.text(v);
    if (!mayBeSame(a, b)) return undefined;
    stats.aligned++;
    const share = verdicts ? verdicts.decide(a, b, aligned) : aligned(a, b);
    if (share === undefined) return undefined;
    stats.matched++;
    return share;
  };
}

export const emptyStats = (table: VariantTable): FindStats => ({ paragraphs: table.paraDoc.length, variants: table.digests.length, candidates: 0, compared: 0, aligned: 0, matched: 0 });

/**
 * Every candidate pair of the table tested. A pair is a candidate when it
 * agrees on some band and, if the bucket of the first band it agrees on is
 * crowded (more than MAX_BUCKET variants), on a second band as well
 * (incremental.ts relies on this being the whole rule).
 */
export function matchAll(table: VariantTable, test: (u: number, v: number) => number | undefined): Match[] {
  const { bands } = table;
  const count = table.digests.length;
  const matches: Match[] = [];
  const consider = (u: number, v: number) => {
    const share = test(u, v);
    if (share !== undefined) matches.push({ u, v, share });
  };
  // Chains of variants by key, one band at a time, so that only one table is held.
  const next = new Int32Array(count);
  const chains = (members: Iterable<number>, band: number): number[][] => {
    const head = new Map<number, number>();
    for (const v of members) {
      const key = bands[v * BANDS + band]!;
      next[v] = head.get(key) ?? -1;
      head.set(key, v);
    }
    const out: number[][] = [];
    for (const first of head.values()) {
      if (next[first] === -1) continue;
      const chain: number[] = [];
      for (let v = first; v !== -1; v = next[v]!) chain.push(v);
      out.push(chain.reverse());
    }
    return out;
  };
  const all = Array.from({ length: count }, (_, v) => v);
  for (let b = 0; b < BANDS; b++) {
    for (const bucket of chains(all, b)) {
      if (bucket.length <= MAX_BUCKET) {
        // Each pair once: at the first band it agrees on.
        for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) if ((agreement(table, bucket[i]!, bucket[j]!) & ((1 << b) - 1)) === 0) consider(bucket[i]!, bucket[j]!);
        continue;
      }
      // A crowded bucket is a stock sentence that decided the band for many
      // paragraphs: there a pair must also agree on a second band, which a
      // pair of J ≥ 0.8 still does with probability 0.996, one of J ≈ 0.33
      // with 0.003. Each pair once: at its first band and, within it, its second.
      for (let second = 0; second < BANDS; second++) {
        if (second === b) continue;
        for (const sub of chains(bucket, second)) {
          for (let i = 0; i < sub.length; i++) {
            for (let j = i + 1; j < sub.length; j++) {
              const set = agreement(table, sub[i]!, sub[j]!);
              const first = set & -set;
              const rest = set & ~first;
              if (first === 1 << b && (rest & -rest) === 1 << second) consider(sub[i]!, sub[j]!);
            }
          }
        }
      }
    }
  }
  return matches;
}

/**
 * The links of one document's paragraphs at a time (by its index in `docs`),
 * from the matched variant pairs: what they make for the whole archive grows
 * with the square of a passage's copies (each copy lists every other), so
 * the build writes one document's and lets it go (build.ts).
 */
export function linker(docs: readonly PassageDoc[], table: VariantTable, matches: readonly Match[]): (d: number) => Map<string, PassageLink[]> | undefined {
  const { paraDoc, paraId, variantOf } = table;
  const neighbours = new Map<number, { v: number; share: number }[]>();
  for (const { u, v, share } of matches) {
    for (const [a, b] of [[u, v], [v, u]] as const) {
      const list = neighbours.get(a);
      if (list) list.push({ v: b, share });
      else neighbours.set(a, [{ v: b, share }]);
    }
  }
  const members: number[][] = Array.from({ length: table.digests.length }, () => []);
  variantOf.forEach((v, i) => members[v]!.push(i));
  // A document's paragraphs are consecutive in the table (variantTable): the first of document d, and one past its last.
  const start = new Int32Array(docs.length + 1).fill(-1);
  for (let i = paraDoc.length - 1; i >= 0; i--) start[paraDoc[i]!] = i;
  start[docs.length] = paraDoc.length;
  for (let d = docs.length - 1; d >= 0; d--) if (start[d] === -1) start[d] = start[d + 1]!;
  return (d) => {
    let byPara: Map<string, PassageLink[]> | undefined;
    for (let i = start[d]!; i < start[d + 1]!; i++) {
      const v = variantOf[i]!;
      // Best paragraph per other document: highest share, then first in reading order.
      const best = new Map<number, { i: number; share: number }>();
      const offer = (j: number, share: number) => {
        const other = paraDoc[j]!;
        if (other === d) return;
        const held = best.get(other);
        if (!held || share > held.share || (share === held.share && j < held.i)) best.set(other, { i: j, share });
      };
      for (const j of members[v]!) offer(j, 1);
      for (const n of neighbours.get(v) ?? []) for (const j of members[n.v]!) offer(j, n.share);
      if (best.size === 0) continue;
      const list = [...best.keys()]
        .sort((x, y) => byDate(docs[x]!, docs[y]!))
        .map((other) => ({ doc: docs[other]!.id, para: paraId[best.get(other)!.i]! }));
      (byPara ??= new Map()).set(paraId[i]!, list);
    }
    return byPara;
  };
}

/** Each paragraph's links from the matched variant pairs, for the whole archive at once (tests, small corpora). */
export function linksOf(docs: readonly PassageDoc[], table: VariantTable, matches: readonly Match[]): SharedLinks {
  const of = linker(docs, table, matches);
  const links: SharedLinks = new Map();
  for (let d = 0; d < docs.length; d++) {
    const byPara = of(d);
    if (!byPara) continue;
    const held = links.get(docs[d]!.id);
    if (held) for (const [para, list] of byPara) held.set(para, list);
    else links.set(docs[d]!.id, byPara);
  }
  return links;
}

export function findSharedPassages(docs: readonly PassageDoc[], verdicts?: Verdicts): { links: SharedLinks; stats: FindStats } {
  const table = variantTable(docs);
  const stats = emptyStats(table);
  const matches = matchAll(table, pairTest(table, stats, verdicts));
  return { links: linksOf(docs, table, matches), stats };
}
