import { describe, expect, it } from 'vitest';
import type { DocHits } from '../../src/lib/search/engine.ts';
import { applyFilters, countFacets, sortResults } from '../../src/lib/search/facets.ts';
import { buildFoldMap } from '../../src/lib/search/foldmap.ts';
import type { IndexMeta } from '../../src/lib/search/format.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { makeSnippet } from '../../src/lib/search/snippet.ts';
import { readState, withFilter, writeState } from '../../src/lib/search/state.ts';

const map = buildFoldMap();
const meta: IndexMeta = {
  v: 1, bigramShards: 1, heavyBigrams: [], unigramShards: 1,
  ids: ['a', 'b', 'c', 'd'],
  titles: ['甲', '乙', '丙', '丁'],
  dates: ['2015-03-01', '2021-07-09', '', '2018-01-02'],
  years: [2015, 2021, 0, 2018],
  titleLengths: [10, 10, 10, 10],
  types: [0, 1, 0, 0],
  typeValues: [['speech', '讲话'], ['notice', '通知']],
  regions: [0, 1, -1, 2],
  regionValues: [['江苏省', '徐州市', '沛县'], ['江苏省', '南京市', ''], ['广东省', '', '']],
  speakers: [[0], [], [0, 1], [1]],
  speakerValues: ['王建国', '李红梅'],
  people: [[], [0], [0], []],
  personValues: ['张华'],
};
const hits: DocHits[] = [
  { doc: 0, hits: 2, titleHits: 0 },
  { doc: 1, hits: 5, titleHits: 0 },
  { doc: 2, hits: 1, titleHits: 1 },
  { doc: 3, hits: 2, titleHits: 0 },
];
const counts = (values: { value: string; count: number }[]) => Object.fromEntries(values.map((v) => [v.value, v.count]));

describe('facets', () => {
  it('counts each value over the results, so a count is what choosing it leaves', () => {
    const f = countFacets(hits, meta, {});
    expect(counts(f.year.values)).toEqual({ 2015: 1, 2021: 1, 2018: 1 });
    expect(counts(f.region.values)).toEqual({ 江苏省: 2, 广东省: 1 });
    expect(counts(f.type.values)).toEqual({ speech: 3, notice: 1 });
    expect(counts(f.speaker.values)).toEqual({ 王建国: 2, 李红梅: 2 });
    for (const v of f.speaker.values) expect(applyFilters(hits, meta, { speaker: v.value })).toHaveLength(v.count);
    expect(counts(f.person.values)).toEqual({ 张华: 2 });
    expect(applyFilters(hits, meta, { person: '张华' }).map((h) => h.doc)).toEqual([1, 2]);
  });

  it('drills down province → city → county and combines facets', () => {
    expect(countFacets(hits, meta, { province: '江苏省' }).region).toMatchObject({ key: 'city' });
    const inJiangsu = applyFilters(hits, meta, { province: '江苏省' });
    expect(counts(countFacets(inJiangsu, meta, { province: '江苏省' }).region.values)).toEqual({ 徐州市: 1, 南京市: 1 });
    expect(countFacets(hits, meta, { province: '江苏省', city: '徐州市' }).region.key).toBe('county');
    expect(applyFilters(hits, meta, { province: '江苏省', type: 'speech' }).map((h) => h.doc)).toEqual([0]);
  });

  it('sorts by title hits then hit count, or by date with undated last', () => {
    expect(sortResults([...hits], meta, 'relevance').map((h) => h.doc)).toEqual([2, 1, 3, 0]);
    expect(sortResults([...hits], meta, 'newest').map((h) => h.doc)).toEqual([1, 3, 0, 2]);
    expect(sortResults([...hits], meta, 'oldest').map((h) => h.doc)).toEqual([0, 3, 1, 2]);
  });
});

describe('search state in the URL', () => {
  it('round-trips query, filters and sort, and ignores unknown values', () => {
    const state = { q: '三会一课 党建', filters: { year: '2021', province: '江苏省' }, sort: 'newest' as const };
    expect(readState(writeState(state))).toEqual(state);
    expect(readState('?q=x&sort=bogus&colour=red')).toEqual({ q: 'x', filters: {}, sort: 'relevance' });
  });

  it('clears the lower region levels when a higher one changes', () => {
    expect(withFilter({ province: '江苏省', city: '徐州市', county: '沛县', year: '2020' }, 'province', '广东省')).toEqual({ province: '广东省', year: '2020' });
    expect(withFilter({ province: '江苏省', city: '徐州市' }, 'city', undefined)).toEqual({ province: '江苏省' });
  });
});

describe('snippets', () => {
  const doc = {
    title: '在全县党建工作会议上的讲话',
    paragraphs: [
      ['p-1', '同志们：'],
      ['p-2', '今年以来，各支部认真落实三会一课制度。要把三會一課和主题党日结合起来！其他工作另行部署。'],
    ] as [string, string][],
  };

  it('shows the sentence of the first hit with every hit in it marked, folded like the index', () => {
    const s = makeSnippet(doc, parseQuery('三会一课', map).terms, map);
    expect(s.anchor).toBe('p-2');
    expect(s.segments.map((x) => x.text).join('')).toBe('今年以来，各支部认真落实三会一课制度。…');
    expect(s.segments.filter((x) => x.hit).map((x) => x.text)).toEqual(['三会一课']);
    const both = makeSnippet(doc, parseQuery('主题党日 三會一課', map).terms, map);
    expect(both.segments.filter((x) => x.hit).map((x) => x.text)).toEqual(['三会一课']);
  });

  it('falls back to the title when only the title matches', () => {
    const s = makeSnippet(doc, parseQuery('县党建', map).terms, map);
    expect(s.anchor).toBeUndefined();
    expect(s.segments.filter((x) => x.hit).map((x) => x.text)).toEqual(['县党建']);
  });
});
