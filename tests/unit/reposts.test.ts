import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterReposts, REPOST_THRESHOLD, similarAtLeast, similarity, sketch } from '../../scripts/ingest/reposts.ts';

const rawDir = new URL('../../content/raw/', import.meta.url);
const seeds = readdirSync(rawDir).map((name) => readFileSync(new URL(name, rawDir), 'utf8'));
const speech = seeds.find((s) => s.includes('我代表县委'))!;
const paragraphs = speech.split('\n').filter((l) => l.length > 80);

/** Variants a real repost shows: other punctuation and spacing, a lost paragraph, edited sentences. */
const variants = {
  punctuation: paragraphs.join('\n').replace(/，/g, ',').replace(/：/g, ':').replace(/。/g, '. '),
  droppedParagraph: paragraphs.filter((_, i) => i !== 3).join('\n'),
  editedSentences: paragraphs.map((p, i) => (i % 4 === 0 ? p.replace(/卫健系统/g, '全县卫生健康系统') : p)).join('\n'),
  otherChrome: ['转载自某某公众号 2023-09-01', ...paragraphs, '点击阅读原文 长按识别二维码关注'].join('\n'),
};

describe('repost similarity', () => {
  it('separates distinct speeches on the same subject from reposts with a wide margin', () => {
    const distinct: number[] = [];
    for (let i = 0; i < seeds.length; i++)
      for (let j = i + 1; j < seeds.length; j++) distinct.push(similarity(sketch(seeds[i]!), sketch(seeds[j]!)));
    const original = sketch(paragraphs.join('\n'));
    const reposts = Object.values(variants).map((v) => similarity(original, sketch(v)));
    // The measurement behind REPOST_THRESHOLD (see reposts.ts).
    expect(Math.max(...distinct)).toBeLessThan(0.1);
    expect(Math.min(...reposts)).toBeGreaterThan(0.8);
    expect(REPOST_THRESHOLD).toBeGreaterThan(Math.max(...distinct) + 0.3);
    expect(REPOST_THRESHOLD).toBeLessThan(Math.min(...reposts) - 0.15);
  });

  it('scores identical text 1 and ignores punctuation and spacing', () => {
    expect(similarity(sketch(speech), sketch(speech))).toBe(1);
    expect(similarity(sketch('同志们：今天开会。'), sketch('同志们:今天 开会.'))).toBe(1);
  });
});

describe('similarAtLeast', () => {
  /** Ascending distinct values below `range`, `count` of them: small ranges make sketches that overlap. */
  const randomSketch = (next: () => number, count: number, range: number) => Uint32Array.from(new Set(Array.from({ length: count }, () => Math.floor(next() * range)))).sort();

  it('answers exactly as similarity(a, b) >= threshold, strangers, near twins and short sketches alike', () => {
    let state = 7;
    const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 3000; n++) {
      const range = [160, 200, 400, 5000][n % 4]!;
      const a = randomSketch(next, 1 + Math.floor(next() * 140), range).slice(0, 128);
      const b = n % 5 === 0 ? a.map((v, i) => (i % 7 === 0 ? v + 1 : v)).sort() : randomSketch(next, Math.floor(next() * 140), range).slice(0, 128);
      for (const threshold of [REPOST_THRESHOLD, 0.5, 0.9]) expect(similarAtLeast(a, b, threshold)).toBe(similarity(a, b) >= threshold);
    }
  });

  it('takes a repost and leaves a distinct speech', () => {
    const original = sketch(paragraphs.join('\n'));
    expect(similarAtLeast(original, sketch(variants.droppedParagraph), REPOST_THRESHOLD)).toBe(true);
    const other = seeds.find((s) => s !== speech)!;
    expect(similarAtLeast(original, sketch(other), REPOST_THRESHOLD)).toBe(false);
  });
});

describe('clusterReposts', () => {
  it('groups a speech with its reposts and leaves the other documents alone', () => {
    const items = [
      ...seeds.map((text, i) => ({ key: `seed${i}`, sketch: sketch(text) })),
      ...Object.entries(variants).map(([key, text]) => ({ key, sketch: sketch(text) })),
    ];
    const groups = clusterReposts(items).map((g) => g.sort());
    const speechKey = `seed${seeds.indexOf(speech)}`;
    expect(groups).toContainEqual([...Object.keys(variants), speechKey].sort());
    expect(groups).toHaveLength(seeds.length);
  });

  it('keeps short unrelated texts apart', () => {
    const groups = clusterReposts([
      { key: 'a', sketch: sketch('关于召开全县卫生健康工作会议的通知') },
      { key: 'b', sketch: sketch('关于召开全市教育工作会议的通知') },
    ]);
    expect(groups).toEqual([['a'], ['b']]);
  });
});
