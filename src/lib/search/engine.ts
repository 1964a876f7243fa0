// The browser side of the phrase index: finds exactly the documents whose
// folded text contains every query term. A term's covering bigrams
// (offsets 0, 2, 4 … and the last) are intersected by position, which is exact;
// once few candidate documents remain, the rest is checked against their text
// instead of fetching more shards (long queries stay cheap). The index is
// made of shards of documents (format.ts), each searched on its own: a
// document's hits depend on its own text alone, so the results are the
// documents found in each shard, renumbered by the shard's first document.
import { findAll, foldWithOrigin, type FoldMap } from './fold.ts';
import {
  SHARD_BYTES, bigramPath, decodeFoldMap, heavyPath, docText, findPostings, foldPath, metaPath, shardOf, textPath, unigramPath,
  type DocText, type IndexMeta, type ShardInfo,
} from './format.ts';

export interface IndexSource {
  bytes(path: string): Promise<Uint8Array>;
  json<T>(path: string): Promise<T>;
}

export interface DocHits {
  doc: number;
  hits: number;
  titleHits: number;
}

/** Bigram shards fetched per round before the candidates are counted again. */
const BATCH = 4;
/** At most this many candidate documents are verified against their text rather than more shards. */
const VERIFY_LIMIT = 20;

export function fetchSource(base: string): IndexSource {
  const get = async (path: string) => {
    const res = await fetch(base + path);
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return res;
  };
  return {
    bytes: async (path) => new Uint8Array(await (await get(path)).arrayBuffer()),
    json: async (path) => (await get(path)).json(),
  };
}

export async function loadFoldMap(source: IndexSource): Promise<FoldMap> {
  return decodeFoldMap(await source.json<string>(foldPath));
}

export class PhraseIndex {
  readonly meta: IndexMeta;
  readonly map: FoldMap;
  private readonly source: IndexSource;
  private readonly files = new Map<string, Promise<Uint8Array>>();
  private readonly texts = new Map<number, Promise<DocText>>();
  private readonly parts: Shard[];

  private constructor(source: IndexSource, meta: IndexMeta, map: FoldMap) {
    this.source = source;
    this.meta = meta;
    this.map = map;
    let first = 0;
    this.parts = meta.shards.map((info) => {
      const part = new Shard(this, info, first);
      first += info.docs;
      return part;
    });
  }

  static async open(source: IndexSource): Promise<PhraseIndex> {
    const [meta, map] = await Promise.all([source.json<IndexMeta>(metaPath), loadFoldMap(source)]);
    return new PhraseIndex(source, meta, map);
  }

  text(doc: number): Promise<DocText> {
    let t = this.texts.get(doc);
    if (!t) {
      t = this.source.json<DocText>(textPath(this.meta.ids[doc]!));
      t.catch(() => this.texts.delete(doc));
      this.texts.set(doc, t);
    }
    return t;
  }

  /** Documents containing every term (folded code points), with hit counts. */
  async search(terms: readonly (readonly string[])[]): Promise<DocHits[]> {
    return (await Promise.all(this.parts.map((part) => part.search(terms)))).flat();
  }

  /** A postings file, fetched once. */
  file(path: string): Promise<Uint8Array> {
    let s = this.files.get(path);
    if (!s) {
      s = this.source.bytes(path);
      s.catch(() => this.files.delete(path));
      this.files.set(path, s);
    }
    return s;
  }
}

/** One shard of documents; its document numbers are the index's (its postings' plus `first`). */
class Shard {
  private readonly index: PhraseIndex;
  private readonly info: ShardInfo;
  private readonly first: number;
  private readonly heavy: Map<string, { file: number; bytes: number }>;
  private readonly lightCost: number;

  constructor(index: PhraseIndex, info: ShardInfo, first: number) {
    this.index = index;
    this.info = info;
    this.first = first;
    this.heavy = new Map(info.heavyBigrams.map(([gram, bytes], file) => [gram, { file, bytes }]));
    // A light bigram's file is at most about as big as the smallest heavy bigram.
    this.lightCost = Math.min(...info.heavyBigrams.map(([, bytes]) => bytes), SHARD_BYTES);
  }

  async search(terms: readonly (readonly string[])[]): Promise<DocHits[]> {
    let result: Map<number, DocHits> | undefined;
    for (const term of [...terms].sort((a, b) => b.length - a.length)) {
      const found = await this.searchTerm(term, result ? new Set(result.keys()) : undefined);
      const next = new Map<number, DocHits>();
      for (const [doc, hit] of found) {
        const prev = result?.get(doc);
        if (result && !prev) continue;
        next.set(doc, { doc, hits: hit.hits + (prev?.hits ?? 0), titleHits: hit.titleHits + (prev?.titleHits ?? 0) });
      }
      result = next;
      if (!result.size) break;
    }
    return [...(result?.values() ?? [])].map((hit) => ({ ...hit, doc: hit.doc + this.first }));
  }

  private titleLength(doc: number): number {
    return this.index.meta.titleLengths[doc + this.first] ?? 0;
  }

  private async searchTerm(term: readonly string[], within?: Set<number>): Promise<Map<number, DocHits>> {
    return term.length === 1 ? this.searchChar(term[0]!, within) : this.searchPhrase(term, within);
  }

  private async searchChar(c: string, within?: Set<number>): Promise<Map<number, DocHits>> {
    const postings = findPostings(await this.index.file(unigramPath(shardOf(c, this.info.unigramShards), this.info.dir)), c, false);
    const out = new Map<number, DocHits>();
    for (const [doc, [hits = 0, titleHits = 0]] of postings) if (!within || within.has(doc)) out.set(doc, { doc, hits, titleHits });
    return out;
  }

  /** Bytes a bigram's postings cost to fetch: known for heavy ones, about a file for the rest. */
  private gramCost(gram: string): number {
    return this.heavy.get(gram)?.bytes ?? this.lightCost;
  }

  private gramPath(gram: string): string {
    const heavy = this.heavy.get(gram);
    return heavy ? heavyPath(heavy.file, this.info.dir) : bigramPath(shardOf(gram, this.info.bigramShards), this.info.dir);
  }

  private async searchPhrase(term: readonly string[], within?: Set<number>): Promise<Map<number, DocHits>> {
    const cost = (offset: number) => this.gramCost(term[offset]! + term[offset + 1]!);
    // Cheapest first: the candidates often shrink enough to verify by text before the costly ones are needed.
    const offsets = cheapestCover(term.length, cost).sort((a, b) => cost(a) - cost(b));
    // Candidate start positions per document, narrowed gram by gram.
    let starts: Map<number, number[]> | undefined;
    for (let i = 0; i < offsets.length; i += BATCH) {
      const batch = offsets.slice(i, i + BATCH);
      const grams = batch.map((offset) => term[offset]! + term[offset + 1]!);
      // All fetched at once, decoded one after another as they arrive (the cheapest, first, usually
      // arrives first), each list read only for the documents still in the running.
      const files = grams.map((gram) => this.index.file(this.gramPath(gram)));
      for (const [k, offset] of batch.entries()) {
        const file = await files[k]!;
        const alive: ReadonlyMap<number, unknown> | ReadonlySet<number> | undefined = starts ?? within;
        starts = narrow(starts, findPostings(file, grams[k]!, true, alive && ((doc) => alive.has(doc))), offset, within);
        if (!starts.size) break;
      }
      if (!starts!.size) break;
      if (i + BATCH < offsets.length && starts!.size <= VERIFY_LIMIT) return this.verify(term, starts!.keys());
    }
    const out = new Map<number, DocHits>();
    for (const [doc, list] of starts ?? []) {
      const titleLength = this.titleLength(doc);
      out.set(doc, { doc, hits: list.length, titleHits: list.filter((p) => p < titleLength).length });
    }
    return out;
  }

  private async verify(term: readonly string[], docs: Iterable<number>): Promise<Map<number, DocHits>> {
    const out = new Map<number, DocHits>();
    await Promise.all(
      [...docs].map(async (doc) => {
        const { chars } = foldWithOrigin(docText(await this.index.text(doc + this.first)), this.index.map);
        const found = findAll(chars, term);
        if (!found.length) return;
        const titleLength = this.titleLength(doc);
        out.set(doc, { doc, hits: found.length, titleHits: found.filter((p) => p < titleLength).length });
      }),
    );
    return out;
  }
}

/**
 * Bigram offsets whose positions together pin down every character of a term
 * (offset 0 and length-2 included, no gap over 2), at the least total cost.
 */
export function cheapestCover(length: number, cost: (offset: number) => number): number[] {
  const last = length - 2;
  const best: { total: number; prev: number }[] = [{ total: cost(0), prev: -1 }];
  for (let o = 1; o <= last; o++) {
    const from = o >= 2 && best[o - 2]!.total < best[o - 1]!.total ? o - 2 : o - 1;
    best.push({ total: best[from]!.total + cost(o), prev: from });
  }
  const offsets: number[] = [];
  for (let o = last; o >= 0; o = best[o]!.prev) offsets.unshift(o);
  return offsets;
}

function narrow(starts: Map<number, number[]> | undefined, postings: Map<number, number[]>, offset: number, within?: Set<number>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (!starts) {
    for (const [doc, positions] of postings) {
      if (within && !within.has(doc)) continue;
      const list = positions.map((p) => p - offset).filter((p) => p >= 0);
      if (list.length) out.set(doc, list);
    }
    return out;
  }
  for (const [doc, list] of starts) {
    const positions = postings.get(doc);
    if (!positions) continue;
    const kept = intersectShifted(list, positions, offset);
    if (kept.length) out.set(doc, kept);
  }
  return out;
}

/** Starts s in `starts` with s + offset in `positions`; both sorted ascending. */
function intersectShifted(starts: number[], positions: number[], offset: number): number[] {
  const kept: number[] = [];
  let j = 0;
  for (const s of starts) {
    while (j < positions.length && positions[j]! < s + offset) j++;
    if (positions[j] === s + offset) kept.push(s);
  }
  return kept;
}
