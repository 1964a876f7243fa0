import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/lib/search/build.ts';
import { fold } from '../../src/lib/search/fold.ts';
import { buildFoldMap } from '../../src/lib/search/foldmap.ts';
import { PhraseIndex, cheapestCover, type IndexSource } from '../../src/lib/search/engine.ts';
import { docText, heavyPath, metaPath, type IndexMeta } from '../../src/lib/search/format.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { SLOGANS, generateCorpus, type CorpusDoc } from '../fixtures/search/corpus.ts';
import { HANDWRITTEN } from '../fixtures/search/handwritten.ts';

const map = buildFoldMap();
const corpus: CorpusDoc[] = [...generateCorpus(300), ...HANDWRITTEN];
// Small shards so that a query touches several files, as at scale.
const files = buildIndex(corpus, map, { targetShardBytes: 1024 });
const sourceOf = (files: Map<string, Uint8Array | string>): IndexSource => ({
  bytes: async (path) => {
    const f = files.get(path);
    if (!(f instanceof Uint8Array)) throw new Error(`no shard ${path}`);
    return f;
  },
  json: async (path) => JSON.parse(files.get(path) as string),
});
const index = await PhraseIndex.open(sourceOf(files));
// The same documents in shards of at most 40 on average, placed by id as the build places them.
const byId = [...corpus].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
const shardedFiles = buildIndex(byId, map, { targetShardBytes: 1024, perShard: 40 });
const sharded = await PhraseIndex.open(sourceOf(shardedFiles));
const foldedTexts = corpus.map((d) => fold(docText(d.text), map));

async function ids(query: string): Promise<string[]> {
  const hits = await index.search(parseQuery(query, map).terms);
  return hits.map((h) => index.meta.ids[h.doc]!).sort();
}
function grep(query: string): string[] {
  const terms = parseQuery(query, map).terms.map((t) => t.join(''));
  return corpus.filter((_, n) => terms.every((t) => foldedTexts[n]!.includes(t))).map((d) => d.meta.id).sort();
}

function samplePhrases(count: number): string[] {
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const phrases: string[] = [];
  while (phrases.length < count) {
    const doc = corpus[next() % corpus.length]!;
    const chars = [...docText(doc.text)];
    const length = 2 + (next() % 11);
    const start = next() % Math.max(1, chars.length - length);
    const phrase = chars.slice(start, start + length).join('');
    if (!/\s/u.test(phrase)) phrases.push(phrase);
  }
  return phrases;
}

describe('phrase index', () => {
  it('returns exactly the documents containing each sampled phrase of 2–12 characters', async () => {
    for (const phrase of samplePhrases(150)) expect(await ids(phrase), phrase).toEqual(grep(phrase));
  });

  it('returns exactly the documents containing each slogan', async () => {
    for (const slogan of SLOGANS) {
      const expected = grep(slogan);
      expect(expected.length, slogan).toBeGreaterThan(0);
      expect(await ids(slogan), slogan).toEqual(expected);
    }
  });

  it('requires every space-separated term', async () => {
    const query = '三会一课 两个维护';
    const expected = grep(query);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(grep('三会一课').length);
    expect(await ids(query)).toEqual(expected);
  });

  it('finds single characters and long phrases, and nothing for absent ones', async () => {
    for (const c of ['爭', '党', '$', '８']) expect(await ids(c), c).toEqual(grep(c));
    expect(await ids('爭')).toEqual(['a00000000001']);
    const long = corpus[0]!.text.paragraphs[0]![1];
    expect(await ids(long)).toEqual(grep(long));
    expect(await ids('量子计算机')).toEqual([]);
  });

  it('folds traditional and full-width text in documents and queries alike', async () => {
    expect(await ids('三严三实')).toContain('a00000000001');
    expect(await ids('三嚴三實')).toEqual(await ids('三严三实'));
    expect(await ids('黨建')).toEqual(await ids('党建'));
    expect(await ids('GDP增长8.5%')).toEqual(['a00000000001']);
    expect(await ids('ｇｄｐ')).toEqual(['a00000000001']);
  });

  it('does not match a phrase split across paragraphs', async () => {
    expect(await ids('三会一课制度')).not.toContain('a00000000002');
  });

  it('counts hits in titles apart', async () => {
    const hits = await index.search(parseQuery('三会一课', map).terms);
    const notice = hits.find((h) => index.meta.ids[h.doc] === 'a00000000002')!;
    expect(notice).toEqual({ doc: notice.doc, hits: 1, titleHits: 1 });
  });

  it('records metadata columns for every document', () => {
    const meta = JSON.parse(files.get(metaPath) as string) as IndexMeta;
    expect(meta.ids).toHaveLength(corpus.length);
    const n = meta.ids.indexOf('a00000000001');
    expect(meta.speakerValues[meta.speakers[n]![0]!]).toBe('朱烜');
    expect(meta.years[n]).toBe(2012);
    expect(meta.regions[n]).toBe(-1);
    expect(meta.titles).toEqual(corpus.map((d) => d.text.title));
  });

  it('covers every character of a term with the cheapest bigram offsets', () => {
    const flat = () => 1;
    expect(cheapestCover(2, flat)).toEqual([0]);
    expect(cheapestCover(5, flat)).toEqual([0, 2, 3]);
    expect(cheapestCover(6, flat)).toEqual([0, 2, 4]);
    // A costly bigram at offset 2 is routed around by its neighbours.
    expect(cheapestCover(6, (o) => (o === 2 ? 100 : 1))).toEqual([0, 1, 3, 4]);
  });

  it('puts very common bigrams in files of their own', () => {
    const meta = JSON.parse(files.get(metaPath) as string) as IndexMeta;
    expect(meta.shards.map((s) => s.dir)).toEqual(['']);
    expect(meta.shards[0]!.heavyBigrams.length).toBeGreaterThan(0);
    meta.shards[0]!.heavyBigrams.forEach(([, bytes], n) => expect((files.get(heavyPath(n)) as Uint8Array).length).toBe(bytes));
  });
});

describe('phrase index in shards of documents', () => {
  /** What a search finds, by document id: the hits and the title hits. */
  async function found(within: PhraseIndex, query: string): Promise<string[]> {
    const hits = await within.search(parseQuery(query, map).terms);
    return hits.map((h) => `${within.meta.ids[h.doc]} ${h.hits} ${h.titleHits}`).sort();
  }

  it('splits 302 documents into 8 shards by the leading digits of their ids, in id order', () => {
    expect(corpus.length).toBe(302);
    const meta = JSON.parse(shardedFiles.get(metaPath) as string) as IndexMeta;
    expect(meta.shards.length).toBe(8);
    expect(meta.shards.map((s) => s.dir.slice(0, 6))).toEqual(['s/8-0-', 's/8-1-', 's/8-2-', 's/8-3-', 's/8-4-', 's/8-5-', 's/8-6-', 's/8-7-']);
    expect(meta.shards.reduce((n, s) => n + s.docs, 0)).toBe(302);
    expect(meta.ids).toEqual(byId.map((d) => d.meta.id));
    // Each shard's postings are files of its own folder.
    for (const shard of meta.shards) expect([...shardedFiles.keys()].some((path) => path.startsWith(`search/${shard.dir}u/`))).toBe(true);
  });

  it('finds the same documents with the same hit counts as one index', async () => {
    const queries = [...samplePhrases(150), ...SLOGANS, '党建 发展', '的', '总书记 重要讲话', '不在任何文献中的话'];
    for (const query of queries) expect(await found(sharded, query), query).toEqual(await found(index, query));
    expect(await found(sharded, SLOGANS[0]!)).not.toEqual([]);
  });
});
