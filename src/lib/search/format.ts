// The static phrase index: file layout, hashing and the varint codec shared by
// the builder (Node) and the browser engine.
//
// Layout under /search/ of the built site:
//   meta.json        document table (columns: ids, titles, dates…), facet value tables, and the index's shards
//   fold.json        the fold map as one string of (from, to) code point pairs
//   t/<id>.json      a document's title and paragraphs (anchor id, text), for snippets and verification
// and per shard of documents (meta.json's `shards`, in document order; a
// shard's folder is `s/<name>/`, or the top folder when the index is one shard):
//   b/<n>.bin        character-bigram postings with positions, sharded by hash
//   b/h<n>.bin       the postings of one very common bigram (listed in the shard's heavyBigrams)
//   u/<n>.bin        single-character postings (document, count, count in title)
// A shard's postings number its own documents from 0; document n of the
// index is document n − (documents of the shards before it) of its shard.
//
// Positions count code points of the document's folded text: the title, then
// each paragraph, joined by "\n" (see docText). Bigrams containing whitespace are
// not indexed: a query term never contains whitespace.

export const INDEX_DIR = 'search';
export const FORMAT_VERSION = 5;
/** Bigram shards aim at this size; a bigram with more postings gets a file of its own. */
export const SHARD_BYTES = 16 * 1024;

export interface DocMeta {
  id: string;
  date?: string;
  year?: number;
  type: string;
  typeLabel: string;
  region?: { province: string; city?: string; county?: string };
  speakers: string[];
  /** People a report or notice names (the `people` field). */
  people?: string[];
}

/** One shard of documents: its folder under /search/ ('' or 's/<name>/') and its postings files. */
export interface ShardInfo {
  dir: string;
  /** Documents it holds: the next `docs` document numbers of the index. */
  docs: number;
  bigramShards: number;
  /** Bigrams whose postings are larger than a file's target size, each in its own file (heavyPath(n)), with that file's size. */
  heavyBigrams: [gram: string, bytes: number][];
  unigramShards: number;
}

/** meta.json: columns indexed by document number. */
export interface IndexMeta {
  v: number;
  shards: ShardInfo[];
  ids: string[];
  /** Shown in a result row at once, before the document's text (t/<id>.json) arrives. */
  titles: string[];
  dates: string[];
  years: number[];
  /** Folded title length in code points: a hit starting before it is a title hit. */
  titleLengths: number[];
  types: number[];
  typeValues: [code: string, label: string][];
  /** -1: no region. */
  regions: number[];
  regionValues: [province: string, city: string, county: string][];
  speakers: number[][];
  speakerValues: string[];
  people: number[][];
  personValues: string[];
}

/** t/<id>.json */
export interface DocText {
  title: string;
  paragraphs: [anchor: string, text: string][];
}

export function docText(doc: DocText): string {
  return [doc.title, ...doc.paragraphs.map(([, text]) => text)].join('\n');
}

/** A paragraph unit is the nearest of these around a paragraph anchor (a.anchor). */
export const PARAGRAPH_TAGS = ['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dd', 'td', 'div', 'aside', 'section'];

export const isIndexable = (c: string) => !/\s/u.test(c);

/** FNV-1a over the gram's UTF-16 units. */
export function shardOf(gram: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

/** `dir`: the shard's folder ('' or 's/<name>/'). */
export const bigramPath = (shard: number, dir = '') => `${INDEX_DIR}/${dir}b/${shard}.bin`;
export const heavyPath = (n: number, dir = '') => `${INDEX_DIR}/${dir}b/h${n}.bin`;
export const unigramPath = (shard: number, dir = '') => `${INDEX_DIR}/${dir}u/${shard}.bin`;
export const shardDir = (name: string) => `s/${name}/`;
export const textPath = (id: string) => `${INDEX_DIR}/t/${id}.json`;
export const metaPath = `${INDEX_DIR}/meta.json`;
export const foldPath = `${INDEX_DIR}/fold.json`;

/** A growable byte buffer of varints; `buf` is open so the index builder can adopt and splice postings without copying. */
export class VarintWriter {
  buf: Uint8Array;
  length = 0;
  /** `capacity`: the bytes to start with, when the writer's size is known ahead (a buffer per gram and per file). */
  constructor(capacity = 32) {
    this.buf = new Uint8Array(capacity);
  }
  push(n: number): void {
    if (this.length + 8 > this.buf.length) this.grow(this.length + 8);
    while (n >= 0x80) {
      this.buf[this.length++] = (n & 0x7f) | 0x80;
      n = Math.floor(n / 128);
    }
    this.buf[this.length++] = n;
  }
  append(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.buf.length) this.grow(this.length + bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }
  /** Appends bytes[start, end). */
  copy(bytes: Uint8Array, start: number, end: number): void {
    if (this.length + end - start > this.buf.length) this.grow(this.length + end - start);
    for (let i = start; i < end; i++) this.buf[this.length++] = bytes[i]!;
  }
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
  private grow(min: number): void {
    const next = new Uint8Array(Math.max(min, this.buf.length * 2));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
}

/** The bytes VarintWriter.push(n) writes. */
export function varintLength(n: number): number {
  let bytes = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    bytes++;
  }
  return bytes;
}

export class VarintReader {
  pos = 0;
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
  get done(): boolean {
    return this.pos >= this.bytes.length;
  }
  next(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.pos++];
      if (b === undefined) throw new Error('truncated index shard');
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 128;
    }
  }
}

/** Postings of one gram: per document number, the start positions (bigrams) or [count, titleCount] (unigrams). */
export type Postings = Map<number, number[]>;

/**
 * `keep`, if given, limits positional postings to the documents it accepts.
 * Shard file: repeated records of (code point 1, code point 2 or 0, byte length, body).
 * Bigram body: docs, then per doc (doc delta, n, position deltas…).
 * Unigram body: docs, then per doc (doc delta, count, title count).
 */
export function findPostings(shard: Uint8Array, gram: string, positional: boolean, keep?: (doc: number) => boolean): Postings {
  const [a, b] = [...gram].map((c) => c.codePointAt(0)!);
  const r = new VarintReader(shard);
  while (!r.done) {
    const c1 = r.next();
    const c2 = r.next();
    const len = r.next();
    if (c1 !== a || c2 !== (b ?? 0)) {
      r.pos += len;
      continue;
    }
    const postings: Postings = new Map();
    const docs = r.next();
    let doc = 0;
    for (let i = 0; i < docs; i++) {
      doc += r.next();
      if (positional) {
        const n = r.next();
        if (keep && !keep(doc)) {
          // Skipped without building a list: a common bigram's postings are mostly for documents already ruled out.
          for (let j = 0; j < n; j++) r.next();
          continue;
        }
        const positions: number[] = new Array(n);
        let p = 0;
        for (let j = 0; j < n; j++) positions[j] = p += r.next();
        postings.set(doc, positions);
      } else {
        postings.set(doc, [r.next(), r.next()]);
      }
    }
    return postings;
  }
  return new Map();
}

export function encodeFoldMap(map: Readonly<Record<string, string>>): string {
  return Object.entries(map)
    .map(([k, v]) => k + v)
    .join('');
}

export function decodeFoldMap(pairs: string): Record<string, string> {
  const cps = [...pairs];
  const map: Record<string, string> = {};
  for (let i = 0; i + 1 < cps.length; i += 2) map[cps[i]!] = cps[i + 1]!;
  return map;
}
