// The benchmark corpus generator (scripts/bench): deterministic, a realistic
// mix of formats, scripts and encodings, and reposts that the pipeline merges.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchDocument, generateCorpus, writeCorpus, type BenchDocument } from '../../scripts/bench/corpus.ts';
import { random } from '../../scripts/bench/random.ts';
import { loadSeedPool, type SeedPool } from '../../scripts/bench/seeds.ts';
import { account } from '../../scripts/ingest/merge.ts';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';

let pool: SeedPool;
let corpus: BenchDocument[];
const COUNT = 400;

beforeAll(() => {
  pool = loadSeedPool(path.resolve('content/raw'));
  corpus = [...generateCorpus(pool, COUNT, 7)];
}, 60_000);

const decode = (d: BenchDocument) => (d.dress.encoding === 'utf-8' ? new TextDecoder().decode(d.bytes) : iconv.decode(Buffer.from(d.bytes), d.dress.encoding));

describe('random', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, random(seed).next);
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
  });
});

describe('bench corpus', () => {
  it('is the same for the same seed, and a smaller corpus is a prefix of a larger one', () => {
    const again = [...generateCorpus(pool, 50, 7)];
    expect(again.map((d) => d.name)).toEqual(corpus.slice(0, 50).map((d) => d.name));
    expect(again.map((d) => Buffer.from(d.bytes).toString('hex'))).toEqual(corpus.slice(0, 50).map((d) => Buffer.from(d.bytes).toString('hex')));
    expect(benchDocument(pool, 8, 3).bytes).not.toEqual(corpus[3]!.bytes);
  });

  it('mixes text and HTML pages, traditional script with glued pinyin, GB18030 and Big5', () => {
    const share = (test: (d: BenchDocument) => boolean) => corpus.filter(test).length / COUNT;
    expect(share((d) => d.format === 'html')).toBeGreaterThan(0.3);
    expect(share((d) => d.format === 'text')).toBeGreaterThan(0.3);
    expect(share((d) => d.dress.traditional)).toBeGreaterThan(0.05);
    const glued = corpus.filter((d) => d.dress.pinyin).map(decode);
    expect(glued.length).toBeGreaterThan(0);
    for (const text of glued) expect(text).toMatch(/\p{Script=Han}\([a-zü\u0101-\u01dc]+\)/u);
    const gb = corpus.filter((d) => d.dress.encoding === 'gb18030');
    const big5 = corpus.filter((d) => d.dress.encoding === 'big5');
    expect(gb.length).toBeGreaterThan(0);
    expect(big5.length).toBeGreaterThan(0);
    for (const d of [...gb, ...big5]) {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(d.bytes)).toThrow();
      expect(decode(d)).toMatch(/[\u4e00-\u9fff]{20}/);
    }
    expect(big5.map(decode).join('')).toMatch(/[黨會實據]/);
  });

  it('spreads documents over years and real places', () => {
    const years = new Set(corpus.map((d) => d.name.slice(7, 11)));
    expect(years.size).toBeGreaterThanOrEqual(15);
    const places = new Set(corpus.map((d) => /[\u4e00-\u9fff]{1,8}(?:市|县|区|旗)/.exec(decode(d))?.[0]));
    expect(places.size).toBeGreaterThan(100);
  });

  it('has a few percent of reposts, each merged by the pipeline into the document it copies', () => {
    const docs = corpus.slice(0, 150);
    const reposts = docs.filter((d) => d.repostOf !== undefined);
    expect(reposts.length).toBeGreaterThan(0);
    expect(reposts.length / docs.length).toBeLessThan(0.1);
    const { merged, documents, quarantined } = account(docs.map((d) => ingestOne({ path: d.name, bytes: d.bytes })));
    expect(quarantined).toEqual([]);
    expect(documents.length + merged.length).toBe(docs.length);
    const group = (name: string) => {
      const into = merged.find((m) => m.path === name)?.into;
      return into ?? documents.find((d) => d.path === name)!.meta.id;
    };
    for (const repost of reposts) expect(group(repost.name)).toBe(group(docs[repost.repostOf!]!.name));
    expect(merged.length).toBe(reposts.length);
  }, 120_000);

  it('writes every document to the folder and counts what it wrote', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
    try {
      const summary = writeCorpus(dir, pool, 60, 7);
      expect(readdirSync(dir).sort()).toEqual(corpus.slice(0, 60).map((d) => d.name).sort());
      expect(summary.documents).toBe(60);
      expect(summary.bytes).toBe(corpus.slice(0, 60).reduce((n, d) => n + d.bytes.length, 0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
