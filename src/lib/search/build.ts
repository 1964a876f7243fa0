// Builds the phrase index files (see format.ts) from the documents' text and
// metadata. Pure: returns path → content; the integration writes the files.
//
// Works on code point numbers, not strings: each code point is folded once
// per build (a table, not fold() per character), characters and bigrams get
// dense numbers, and a document's positions are grouped by bigram with a
// counting sort, so no time goes to folding and hashing two-character
// strings (docs/performance.md). updateIndex starts from the
// postings of the previous build, so a rebuild tokenizes changed documents only.
import { createHash } from 'node:crypto';
import { foldCodePoint, type FoldMap } from './fold.ts';
import {
  FORMAT_VERSION, SHARD_BYTES, VarintReader, VarintWriter, varintLength, bigramPath, heavyPath, docText, encodeFoldMap, foldPath, isIndexable, metaPath, shardDir, shardOf, textPath, unigramPath,
  type DocMeta, type DocText, type IndexMeta, type ShardInfo,
} from './format.ts';
import { planShards } from '../pagefind/shards.ts';

export interface IndexDoc {
  meta: DocMeta;
  text: DocText;
}

export interface BuildOptions {
  /** Aim for postings files of about this many bytes; fewer, larger files mean fewer requests per query. */
  targetShardBytes?: number;
}

/** What meta.json holds of one document. */
export interface MetaRow {
  meta: DocMeta;
  title: string;
  /** Folded title length in code points. */
  titleLength: number;
}

/** One shard's postings files (paths under its folder `dir`), what meta.json says of it, and its documents' rows. */
export interface ShardBuild {
  files: Map<string, Uint8Array>;
  info: ShardInfo;
  rows: MetaRow[];
  state: IndexState;
  /** Documents tokenized (the others' postings were kept from `previous`). */
  tokenized: number;
}

/** What a build leaves for the next (updateIndex): every gram's postings, and which document each number was. */
export interface IndexState {
  version: number;
  /** SHA-256 of the fold map: postings hold folded text. */
  fold: string;
  /** Per document number: its id and the SHA-256 of its text. */
  keys: string[];
  bigrams: Gram[];
  unigrams: Gram[];
}

/** Bump when the postings a build keeps would differ for the same documents. */
const STATE_VERSION = 1;

/** Postings of one gram: its code points and the body built so far. */
export interface Gram {
  c1: number;
  c2: number;
  body: VarintWriter;
  docs: number;
  lastDoc: number;
}

const newGram = (c1: number, c2: number, capacity?: number): Gram => ({ c1, c2, body: new VarintWriter(capacity), docs: 0, lastDoc: 0 });
const gramString = (g: Gram) => String.fromCodePoint(g.c1) + (g.c2 ? String.fromCodePoint(g.c2) : '');

/** Folds text to code point numbers, one table look-up per code point after the first. */
class Folder {
  private readonly map: FoldMap;
  /** Code point → its folded code point + 1; 0: not seen yet, or folds to several. */
  private readonly single = new Int32Array(0x110000);
  private readonly multi = new Map<number, number[]>();
  constructor(map: FoldMap) {
    this.map = map;
  }
  /** Appends the folded code points of `text` to `out` from `at`; returns the new length. */
  fold(text: string, out: Int32Array, at: number): number {
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      const one = this.single[cp]!;
      if (one) {
        out[at++] = one - 1;
        continue;
      }
      let many = this.multi.get(cp);
      if (!many) {
        many = [...foldCodePoint(String.fromCodePoint(cp), this.map)].map((c) => c.codePointAt(0)!);
        if (many.length === 1) {
          this.single[cp] = many[0]! + 1;
          out[at++] = many[0]!;
          continue;
        }
        this.multi.set(cp, many);
      }
      for (const c of many) out[at++] = c;
    }
    return at;
  }
}

/**
 * The whole index as path → content. With `perShard`, in shards of documents
 * placed by id as the build places them (src/integrations/phrase-index.ts);
 * without, one shard in the top folder. `docs` sorted by id.
 */
export function buildIndex(docs: readonly IndexDoc[], map: FoldMap, options: BuildOptions & { perShard?: number } = {}): Map<string, Uint8Array | string> {
  if (!options.perShard) return updateIndex(docs, map, undefined, options).files;
  const byId = new Map(docs.map((d) => [d.meta.id, d]));
  const plan = planShards(docs.map((d) => ({ id: d.meta.id, digest: '' })), options.perShard, '', new Set());
  const files = new Map<string, Uint8Array | string>(textFiles(docs));
  const parts = plan.shards.map((shard) => {
    const part = updateShard(shard.ids.map((id) => byId.get(id)!), map, undefined, { ...options, dir: shardDir(shard.name) });
    for (const [path, content] of part.files) files.set(path, content);
    return part;
  });
  files.set(metaPath, JSON.stringify(indexMeta(parts)));
  files.set(foldPath, foldFile(map));
  return files;
}

/** What meta.json holds of each document. */
export function rowsOf(docs: readonly IndexDoc[], fold: FoldMap | Folder): MetaRow[] {
  const folder = fold instanceof Folder ? fold : new Folder(fold);
  let scratch = new Int32Array(256);
  return docs.map(({ meta, text: { title } }): MetaRow => {
    if (scratch.length < title.length * 4) scratch = new Int32Array(title.length * 4);
    return { meta, title, titleLength: folder.fold(title, scratch, 0) };
  });
}

/** Each document's text file (t/<id>.json). */
export function textFiles(docs: readonly IndexDoc[]): [string, string][] {
  return docs.map((doc) => [textPath(doc.meta.id), JSON.stringify(doc.text)]);
}

export const foldFile = (map: FoldMap) => JSON.stringify(encodeFoldMap(map));

/**
 * The index as one shard in the top folder, and the postings a next build can
 * start from (see updateShard). The files are byte-identical to a build from scratch.
 */
export function updateIndex(docs: readonly IndexDoc[], map: FoldMap, previous: IndexState | undefined, options: BuildOptions = {}): { files: Map<string, Uint8Array | string>; state: IndexState; tokenized: number } {
  const part = updateShard(docs, map, previous, { ...options, dir: '' });
  const files = new Map<string, Uint8Array | string>(textFiles(docs));
  for (const [path, content] of part.files) files.set(path, content);
  files.set(metaPath, JSON.stringify(indexMeta([part])));
  files.set(foldPath, foldFile(map));
  return { files, state: part.state, tokenized: part.tokenized };
}

/**
 * One shard's postings files, and the postings a next build of the shard can
 * start from. With the previous build's postings, only the documents it did
 * not have are read: the postings of the others are kept and renumbered
 * (their bytes do not depend on the document's number, only the document
 * delta before them does).
 */
export function updateShard(docs: readonly IndexDoc[], map: FoldMap, previous: IndexState | undefined, options: BuildOptions & { dir: string }): ShardBuild {
  const target = options.targetShardBytes ?? SHARD_BYTES;
  const { dir } = options;
  const folder = new Folder(map);
  const files = new Map<string, Uint8Array>();
  const fold = createHash('sha256').update(foldFile(map)).digest('hex');
  const keys = docs.map((doc) => `${doc.meta.id} ${createHash('sha256').update(JSON.stringify(doc.text)).digest('hex')}`);
  const rows = rowsOf(docs, folder);

  let bigrams: Gram[];
  let unigrams: Gram[];
  let tokenized = docs.length;
  if (previous?.version === STATE_VERSION && previous.fold === fold) {
    const numberOfKey = new Map(keys.map((k, n) => [k, n]));
    const renumber = Int32Array.from(previous.keys, (k) => numberOfKey.get(k) ?? -1);
    const kept = new Set(previous.keys);
    const added = docs.flatMap((_, n) => (kept.has(keys[n]!) ? [] : [n]));
    const fresh = tokenize(added.map((n) => docs[n]!), folder, (i) => added[i]!);
    tokenized = added.length;
    bigrams = mergeTables(previous.bigrams, fresh.bigrams, renumber, true);
    unigrams = mergeTables(previous.unigrams, fresh.unigrams, renumber, false);
  } else {
    ({ bigrams, unigrams } = tokenize(docs, folder, (n) => n));
  }

  const bigramTable = new Map(bigrams.map((g) => [gramString(g), g]));
  const heavyBigrams = writeHeavy(bigramTable, target, (n) => heavyPath(n, dir), files);
  const bigramShards = writeShards(bigramTable, target, (n) => bigramPath(n, dir), files);
  const unigramShards = writeShards(new Map(unigrams.map((g) => [gramString(g), g])), target, (n) => unigramPath(n, dir), files);
  return {
    files,
    info: { dir, docs: docs.length, bigramShards, heavyBigrams, unigramShards },
    rows,
    state: { version: STATE_VERSION, fold, keys, bigrams, unigrams },
    tokenized,
  };
}

/** The postings of `docs`, document i numbered numberOf(i) (ascending). */
function tokenize(docs: readonly IndexDoc[], folder: Folder, numberOf: (i: number) => number): { bigrams: Gram[]; unigrams: Gram[] } {
  // Code point → character number + 2 (1: whitespace, not indexed; 0: not seen yet); a unigram per character.
  const charOf = new Int32Array(0x110000);
  const unigrams: Gram[] = [];
  // Bigrams: (first character, second character) → bigram number, in one open-addressing table on typed arrays
  // (a Map per first character was most of this loop's time: one look-up per position of every document).
  const bigramOf = new PairTable();
  const bigrams: Gram[] = [];

  let cps = new Int32Array(1 << 16);
  let ids = new Int32Array(cps.length);
  let grams = new Int32Array(cps.length);
  let order = new Int32Array(cps.length);
  let charCount = new Int32Array(1024);
  let charTitle = new Int32Array(1024);
  let gramCount = new Int32Array(1024);
  let gramStart = new Int32Array(1024);
  const touchedChars: number[] = [];
  const touchedGrams: number[] = [];

  docs.forEach((doc, d) => {
    const n = numberOf(d);
    const text = docText(doc.text);
    // Folding never makes a code point into more than a few; 4 per UTF-16 unit is ample.
    if (cps.length < text.length * 4) {
      cps = new Int32Array(text.length * 4);
      ids = new Int32Array(cps.length);
      grams = new Int32Array(cps.length);
      order = new Int32Array(cps.length);
    }
    const titleLength = folder.fold(doc.text.title, cps, 0);
    const length = folder.fold(text.slice(doc.text.title.length), cps, titleLength);

    for (let i = 0; i < length; i++) {
      const cp = cps[i]!;
      if (!charOf[cp]) {
        const indexable = isIndexable(String.fromCodePoint(cp));
        charOf[cp] = indexable ? unigrams.push(newGram(cp, 0)) + 1 : 1;
      }
      ids[i] = charOf[cp]! - 2;
    }
    if (charCount.length < unigrams.length) {
      charCount = grownTo(charCount, unigrams.length);
      charTitle = grownTo(charTitle, unigrams.length);
    }

    for (let i = 0; i < length; i++) {
      const id = ids[i]!;
      grams[i] = -1;
      if (id < 0) continue;
      if (charCount[id]++ === 0) touchedChars.push(id);
      if (i < titleLength) charTitle[id]++;
      const next = i + 1 < length ? ids[i + 1]! : -1;
      if (next < 0) continue;
      let g = bigramOf.get(id, next);
      if (g < 0) {
        g = bigrams.push(newGram(cps[i]!, cps[i + 1]!)) - 1;
        bigramOf.set(id, next, g);
        if (gramCount.length <= g) {
          gramCount = grownTo(gramCount, g + 1);
          gramStart = grownTo(gramStart, g + 1);
        }
      }
      grams[i] = g;
      if (gramCount[g]++ === 0) touchedGrams.push(g);
    }

    // Positions grouped by bigram, ascending within each (a counting sort).
    let start = 0;
    for (const g of touchedGrams) {
      gramStart[g] = start;
      start += gramCount[g]!;
    }
    for (let i = 0; i < length; i++) {
      const g = grams[i]!;
      if (g >= 0) order[gramStart[g]!++] = i;
    }
    start = 0;
    for (const g of touchedGrams) {
      const count = gramCount[g]!;
      const body = addDoc(bigrams[g]!, n);
      body.push(count);
      let prev = 0;
      for (let k = start; k < start + count; k++) {
        body.push(order[k]! - prev);
        prev = order[k]!;
      }
      start += count;
      gramCount[g] = 0;
    }
    touchedGrams.length = 0;

    for (const c of touchedChars) {
      const body = addDoc(unigrams[c]!, n);
      body.push(charCount[c]!);
      body.push(charTitle[c]!);
      charCount[c] = 0;
      charTitle[c] = 0;
    }
    touchedChars.length = 0;
  });

  return { bigrams, unigrams };
}

/**
 * Kept postings renumbered and the new documents' postings merged in, by
 * document number. An entry is (document delta, payload); a payload is
 * (n, n position deltas) for a bigram, (count, title count) for a character.
 */
function mergeTables(previous: readonly Gram[], fresh: readonly Gram[], renumber: Int32Array, positional: boolean): Gram[] {
  const freshOf = new Map(fresh.map((g) => [gramString(g), g]));
  const merged: Gram[] = [];
  for (const old of previous) {
    const key = gramString(old);
    const g = mergeGram(old, freshOf.get(key), renumber, positional);
    freshOf.delete(key);
    if (g.docs) merged.push(g);
  }
  for (const g of freshOf.values()) merged.push(g);
  return merged;
}

class Entries {
  private readonly bytes: Uint8Array;
  private readonly end: number;
  private readonly positional: boolean;
  private pos = 0;
  doc = 0;
  start = 0;
  stop = 0;
  constructor(body: VarintWriter, positional: boolean) {
    this.bytes = body.buf;
    this.end = body.length;
    this.positional = positional;
  }
  bytesOf(): Uint8Array {
    return this.bytes;
  }
  /** Moves to the next entry; false at the end. */
  next(): boolean {
    if (this.pos >= this.end) return false;
    this.doc += this.varint();
    this.start = this.pos;
    const n = this.positional ? this.varint() : 2;
    for (let k = 0; k < n; k++) while (this.bytes[this.pos++]! >= 0x80);
    this.stop = this.pos;
    return true;
  }
  private varint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.pos++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 128;
    }
  }
}

function mergeGram(old: Gram, fresh: Gram | undefined, renumber: Int32Array, positional: boolean): Gram {
  // Room for everything, so the body is not grown step by step.
  const out = newGram(old.c1, old.c2, old.body.length + (fresh?.body.length ?? 0) + 16);
  const a = new Entries(old.body, positional);
  const b = fresh && new Entries(fresh.body, positional);
  const nextKept = () => {
    while (a.next()) if (renumber[a.doc]! >= 0) return renumber[a.doc]!;
    return -1;
  };
  let kept = nextKept();
  let added = b?.next() ? b.doc : -1;
  while (kept >= 0 || added >= 0) {
    if (added < 0 || (kept >= 0 && kept < added)) {
      addDoc(out, kept).copy(a.bytesOf(), a.start, a.stop);
      kept = nextKept();
    } else {
      addDoc(out, added).copy(b!.bytesOf(), b!.start, b!.stop);
      added = b!.next() ? b!.doc : -1;
    }
  }
  return out;
}

/** The state as bytes: a JSON head line, then per gram (c1, c2, docs, body length, body). */
export function encodeState(state: IndexState): Uint8Array {
  const head = { version: state.version, fold: state.fold, keys: state.keys, bigrams: state.bigrams.length, unigrams: state.unigrams.length };
  const out = new VarintWriter();
  const line = new TextEncoder().encode(JSON.stringify(head) + '\n');
  // Sized once (four varints of at most 5 bytes and the body per gram, and push's 8 bytes of room; a larger
  // number only makes it grow): grown by doubling, the buffer of a shard's whole state was copied several
  // times on every build that changed the shard.
  let size = line.length + 8;
  for (const g of state.bigrams) size += 20 + g.body.length;
  for (const g of state.unigrams) size += 20 + g.body.length;
  out.buf = new Uint8Array(size);
  out.append(line);
  for (const g of [...state.bigrams, ...state.unigrams]) {
    out.push(g.c1);
    out.push(g.c2);
    out.push(g.docs);
    out.push(g.body.length);
    out.append(g.body.view());
  }
  return out.view();
}

/** undefined when the bytes are not a whole state. */
export function decodeState(bytes: Uint8Array): IndexState | undefined {
  try {
    const newline = bytes.indexOf(10);
    const head = JSON.parse(new TextDecoder().decode(bytes.subarray(0, newline))) as Omit<IndexState, 'bigrams' | 'unigrams'> & { bigrams: number; unigrams: number };
    const r = new VarintReader(bytes);
    r.pos = newline + 1;
    const grams = (count: number) =>
      Array.from({ length: count }, () => {
        const g = newGram(r.next(), r.next());
        g.docs = r.next();
        const length = r.next();
        if (r.pos + length > bytes.length) throw new Error('truncated state');
        g.body.buf = bytes.subarray(r.pos, (r.pos += length));
        g.body.length = length;
        return g;
      });
    const state = { version: head.version, fold: head.fold, keys: head.keys, bigrams: grams(head.bigrams), unigrams: grams(head.unigrams) };
    return r.done ? state : undefined;
  } catch {
    return undefined;
  }
}

/** A map from pairs of non-negative int32 (character numbers) to non-negative int32 (bigram numbers): linear probing, kept at most half full. */
class PairTable {
  private mask = (1 << 12) - 1;
  private firsts = new Int32Array(this.mask + 1).fill(-1);
  private seconds = new Int32Array(this.mask + 1);
  private values = new Int32Array(this.mask + 1);
  private size = 0;

  private slot(a: number, b: number): number {
    let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) & this.mask;
    while (this.firsts[i] !== -1 && (this.firsts[i] !== a || this.seconds[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }

  /** The value of (a, b), or -1. */
  get(a: number, b: number): number {
    const i = this.slot(a, b);
    return this.firsts[i] === -1 ? -1 : this.values[i]!;
  }

  /** Sets (a, b), which is not in the table yet. */
  set(a: number, b: number, value: number): void {
    if (++this.size * 2 > this.mask + 1) this.grow();
    const i = this.slot(a, b);
    this.firsts[i] = a;
    this.seconds[i] = b;
    this.values[i] = value;
  }

  private grow(): void {
    const [firsts, seconds, values] = [this.firsts, this.seconds, this.values];
    this.mask = this.mask * 2 + 1;
    this.firsts = new Int32Array(this.mask + 1).fill(-1);
    this.seconds = new Int32Array(this.mask + 1);
    this.values = new Int32Array(this.mask + 1);
    for (let j = 0; j < firsts.length; j++) {
      if (firsts[j] === -1) continue;
      const i = this.slot(firsts[j]!, seconds[j]!);
      this.firsts[i] = firsts[j]!;
      this.seconds[i] = seconds[j]!;
      this.values[i] = values[j]!;
    }
  }
}

function grownTo(a: Int32Array<ArrayBuffer>, min: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(min, a.length * 2));
  next.set(a);
  return next;
}

/** Starts document `doc`'s entry in the gram's postings; returns the body to write it to. */
function addDoc(g: Gram, doc: number): VarintWriter {
  g.body.push(doc - g.lastDoc);
  g.lastDoc = doc;
  g.docs++;
  return g.body;
}

/**
 * Bigrams with postings beyond a shard's size go to files of their own and are
 * listed with their size, so a query can route around them (engine.ts) and
 * fetching a rare bigram never drags a common one along.
 */
function writeHeavy(table: Map<string, Gram>, target: number, path: (n: number) => string, files: Map<string, Uint8Array>): [string, number][] {
  const heavy = [...table].filter(([, g]) => g.body.length > target).sort(([a], [b]) => (a < b ? -1 : 1));
  return heavy.map(([gram, g], n) => {
    const file = new VarintWriter(recordBound(g));
    writeRecord(file, g);
    files.set(path(n), file.view());
    table.delete(gram);
    return [gram, file.length];
  });
}

/** A gram's record: its code points, its length, then its document count and postings. */
function writeRecord(w: VarintWriter, g: Gram): void {
  w.push(g.c1);
  w.push(g.c2);
  w.push(varintLength(g.docs) + g.body.length);
  w.push(g.docs);
  w.append(g.body.view());
}

/** The bytes writeRecord writes at most, and push's 8 bytes of room. */
const recordBound = (g: Gram) => 3 * 5 + varintLength(g.docs) + g.body.length + 8;

function writeShards(table: Map<string, Gram>, target: number, path: (n: number) => string, files: Map<string, Uint8Array>): number {
  let total = 0;
  for (const g of table.values()) total += g.body.length + 8;
  const shards = Math.max(1, Math.ceil(total / target));
  // Sorted so the output is byte-identical from one build to the next.
  const grams = [...table.keys()].sort();
  const shardOfGram = grams.map((gram) => shardOf(gram, shards));
  // Each file's writer sized once: grown by doubling from 32 bytes, a shard of 5,000 documents' ~1,700 files were
  // copied a dozen times each on every build that changed the shard (docs/performance.md, thirty-second session).
  const sizes = new Array<number>(shards).fill(0);
  grams.forEach((gram, i) => (sizes[shardOfGram[i]!] += recordBound(table.get(gram)!)));
  const writers = sizes.map((size) => new VarintWriter(size));
  grams.forEach((gram, i) => writeRecord(writers[shardOfGram[i]!]!, table.get(gram)!));
  writers.forEach((w, n) => files.set(path(n), w.view()));
  return shards;
}
/** meta.json of an index made of these shards, in document order. */
export function indexMeta(shards: readonly { info: ShardInfo; rows: readonly MetaRow[] }[]): IndexMeta {
  const rows = shards.flatMap((s) => s.rows);
  const typeValues: [string, string][] = [];
  const regionValues: [string, string, string][] = [];
  const speakerValues: string[] = [];
  const personValues: string[] = [];
  const byKey = new Map<string, number>();
  const intern = <T>(kind: string, values: T[], k: string, value: T) => {
    const key = `${kind}\u0000${k}`;
    let n = byKey.get(key);
    if (n === undefined) byKey.set(key, (n = values.push(value) - 1));
    return n;
  };
  return {
    v: FORMAT_VERSION,
    shards: shards.map((s) => s.info),
    ids: rows.map((r) => r.meta.id),
    titles: rows.map((r) => r.title),
    dates: rows.map((r) => r.meta.date ?? ''),
    years: rows.map((r) => r.meta.year ?? 0),
    titleLengths: rows.map((r) => r.titleLength),
    types: rows.map((r) => intern('type', typeValues, r.meta.type, [r.meta.type, r.meta.typeLabel])),
    typeValues,
    regions: rows.map(({ meta: { region } }) => {
      if (!region) return -1;
      const value: [string, string, string] = [region.province, region.city ?? '', region.county ?? ''];
      return intern('region', regionValues, value.join('\u0000'), value);
    }),
    regionValues,
    speakers: rows.map((r) => r.meta.speakers.map((s) => intern('speaker', speakerValues, s, s))),
    speakerValues,
    people: rows.map((r) => (r.meta.people ?? []).map((p) => intern('person', personValues, p, p))),
    personValues,
  };
}
