// The index builder against the definition of the format (format.ts): every
// bigram and character of each document's folded text, with its positions or
// counts, decoded back from the built files — including characters that fold
// to two code points, characters outside the BMP and Unicode whitespace.
import { describe, expect, it } from 'vitest';
import { buildIndex, decodeState, encodeState, updateIndex, type IndexDoc } from '../../src/lib/search/build.ts';
import { fold } from '../../src/lib/search/fold.ts';
import { buildFoldMap } from '../../src/lib/search/foldmap.ts';
import {
  bigramPath, docText, findPostings, heavyPath, isIndexable, metaPath, shardOf, unigramPath, VarintReader, type IndexMeta, type Postings,
} from '../../src/lib/search/format.ts';
import { generateCorpus, type CorpusDoc } from '../fixtures/search/corpus.ts';
import { HANDWRITTEN } from '../fixtures/search/handwritten.ts';

const TRICKY: CorpusDoc = {
  meta: { id: 'z00000000001', type: 'article', typeLabel: '文章', speakers: [] },
  text: {
    title: 'İstanbul 𠮷野家的ﬁle',
    paragraphs: [
      ['p-1', '𠮷𠮷𠮷野　家\u00a0與ＡＢＣ，İİ'],
      ['p-2', 'ﬁﬁ 𠮷'],
    ],
  },
};

const map = buildFoldMap();
const corpus: CorpusDoc[] = [...generateCorpus(80), ...HANDWRITTEN, TRICKY].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
const files = buildIndex(corpus, map, { targetShardBytes: 512 });
const meta = JSON.parse(files.get(metaPath) as string) as IndexMeta;

/** Postings computed from the definition: per gram, per document number, positions (bigrams) or [count, title count]. */
function expected() {
  const bigrams = new Map<string, Postings>();
  const unigrams = new Map<string, Postings>();
  corpus.forEach((doc, n) => {
    const chars = [...fold(docText(doc.text), map)];
    const titleLength = [...fold(doc.text.title, map)].length;
    chars.forEach((c, i) => {
      if (!isIndexable(c)) return;
      const u = unigrams.get(c) ?? new Map<number, number[]>();
      unigrams.set(c, u);
      const count = u.get(n) ?? [0, 0];
      count[0]!++;
      if (i < titleLength) count[1]!++;
      u.set(n, count);
      const next = chars[i + 1];
      if (next === undefined || !isIndexable(next)) return;
      const b = bigrams.get(c + next) ?? new Map<number, number[]>();
      bigrams.set(c + next, b);
      b.set(n, [...(b.get(n) ?? []), i]);
    });
  });
  return { bigrams, unigrams };
}

function recordCount(path: string): number {
  const r = new VarintReader(files.get(path) as Uint8Array);
  let n = 0;
  while (!r.done) {
    r.next();
    r.next();
    const length = r.next();
    r.pos += length;
    n++;
  }
  return n;
}

describe('index builder', () => {
  const { bigrams, unigrams } = expected();

  it('has the fixture exercise what it should', () => {
    expect([...bigrams.keys()].some((g) => [...g].some((c) => c.codePointAt(0)! > 0xffff))).toBe(true);
    expect(meta.shards[0]!.heavyBigrams.length).toBeGreaterThan(0);
    expect(meta.titleLengths[corpus.indexOf(TRICKY)]).toBe([...fold(TRICKY.text.title, map)].length);
  });

  it('gives every bigram exactly its positions in every document', () => {
    const heavy = new Map(meta.shards[0]!.heavyBigrams.map(([gram], n) => [gram, heavyPath(n)]));
    for (const [gram, postings] of bigrams) {
      const path = heavy.get(gram) ?? bigramPath(shardOf(gram, meta.shards[0]!.bigramShards));
      expect(findPostings(files.get(path) as Uint8Array, gram, true), gram).toEqual(postings);
    }
    let records = meta.shards[0]!.heavyBigrams.length;
    for (let n = 0; n < meta.shards[0]!.bigramShards; n++) records += recordCount(bigramPath(n));
    expect(records).toBe(bigrams.size);
  });

  it('gives every character its count and title count in every document', () => {
    for (const [c, postings] of unigrams) {
      expect(findPostings(files.get(unigramPath(shardOf(c, meta.shards[0]!.unigramShards))) as Uint8Array, c, false), c).toEqual(postings);
    }
    let records = 0;
    for (let n = 0; n < meta.shards[0]!.unigramShards; n++) records += recordCount(unigramPath(n));
    expect(records).toBe(unigrams.size);
  });
});

describe('index update from the previous build', () => {
  const byId = (docs: CorpusDoc[]) => [...docs].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  const others = generateCorpus(30, 99);
  const edited = (doc: CorpusDoc): CorpusDoc => ({ ...doc, text: { ...doc.text, paragraphs: [...doc.text.paragraphs, ['p-e', '𠮷野家，三严三实。']] } });

  /** Builds `before`, then `after` from the state `before` left (through its bytes); expects the files of a build from scratch. */
  function expectUpdate(before: IndexDoc[], after: IndexDoc[], tokenized: number) {
    const bytes = encodeState(updateIndex(before, map, undefined, { targetShardBytes: 512 }).state);
    const previous = decodeState(bytes);
    expect(previous).toBeDefined();
    const update = updateIndex(after, map, previous, { targetShardBytes: 512 });
    expect(update.tokenized).toBe(tokenized);
    const updated = update.files;
    const scratch = buildIndex(after, map, { targetShardBytes: 512 });
    expect([...updated.keys()]).toEqual([...scratch.keys()]);
    for (const [path, content] of scratch) expect(updated.get(path), path).toEqual(content);
  }

  it('gives the files of a build from scratch when one document is replaced', () => {
    expectUpdate(corpus, byId(corpus.map((d, n) => (n === 17 ? { ...edited(d), meta: { ...d.meta, id: 'f00000000009' } } : d))), 1);
  });

  it('… when a document changes in place, documents are removed, or added', () => {
    expectUpdate(corpus, corpus.map((d, n) => (n === 3 ? edited(d) : d)), 1);
    expectUpdate(corpus, corpus.filter((_, n) => n % 7 !== 2), 0);
    expectUpdate(corpus, byId([...corpus, ...others]), others.length);
    const halved = corpus.filter((_, n) => n % 2 === 0);
    expectUpdate(byId([...corpus, ...others]), halved.map((d, n) => (n % 5 === 0 ? edited(d) : d)), Math.ceil(halved.length / 5));
  });

  it('starts from scratch from a damaged or missing state', () => {
    const bytes = encodeState(updateIndex(corpus, map, undefined).state);
    expect(decodeState(bytes.subarray(0, bytes.length - 3))).toBeUndefined();
    expect(decodeState(new Uint8Array())).toBeUndefined();
  });
});
