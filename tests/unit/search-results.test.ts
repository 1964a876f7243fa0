import { describe, expect, it } from 'vitest';
import type { DocHits } from '../../src/lib/search/engine.ts';
import { applyFilters, countFacets, sortResults, validateFilters } from '../../src/lib/search/facets.ts';
import { buildFoldMap } from '../../src/lib/search/foldmap.ts';
import type { IndexMeta } from '../../src/lib/search/format.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { makeSnippet } from '../../src/lib/search/snippet.ts';
import { parseState, readState, withFilter, writeState } from '../../src/lib/search/state.ts';

const map = buildFoldMap();
const meta: IndexMeta = {
  v: 1, shards: [{ dir: '', docs: 4, bigramShards: 1, heavyBigrams: [], unigramShards: 1 }],
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
    expect(counts(f.year.values)).toEqual({ 2015: 1, 2021: 1, 2018: 1, none: 1 });
    expect(counts(f.region.values)).toEqual({ 江苏省: 2, 广东省: 1, none: 1 });
    expect(counts(f.type.values)).toEqual({ speech: 3, notice: 1 });
    expect(counts(f.speaker.values)).toEqual({ 王建国: 2, 李红梅: 2, none: 1 });
    for (const v of f.speaker.values) expect(applyFilters(hits, meta, { speaker: v.value })).toHaveLength(v.count);
    expect(counts(f.person.values)).toEqual({ 张华: 2, none: 2 });
    expect(applyFilters(hits, meta, { person: '张华' }).map((h) => h.doc)).toEqual([1, 2]);
  });

  it('has an unknown bucket, so that the counts of a single-valued facet add up to the results, and it filters', () => {
    const f = countFacets(hits, meta, {});
    for (const facet of [f.year, f.region, f.type]) expect(facet.values.reduce((n, v) => n + v.count, 0)).toBe(hits.length);
    expect(f.year.values.at(-1)).toMatchObject({ value: 'none', label: '年份不详', count: 1 });
    expect(f.region.values.at(-1)).toMatchObject({ key: 'province', value: 'none', label: '地区不详' });
    expect(applyFilters(hits, meta, { year: 'none' }).map((h) => h.doc)).toEqual([2]);
    expect(applyFilters(hits, meta, { province: 'none' }).map((h) => h.doc)).toEqual([2]);
    expect(applyFilters(hits, meta, { speaker: 'none' }).map((h) => h.doc)).toEqual([1]);
    // Below a province: the documents whose place stops at the province.
    const inJiangsu = applyFilters(hits, meta, { province: '江苏省' });
    const below = countFacets(inJiangsu, meta, { province: '江苏省' }).region.values;
    expect(below.reduce((n, v) => n + v.count, 0)).toBe(inJiangsu.length);
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

describe('municipalities and provinces with county-level places directly under them', () => {
  const m: IndexMeta = {
    ...meta,
    ids: ['k', 'w', 'c', 'x', 's'],
    titles: ['一', '二', '三', '四', '五'],
    dates: ['', '', '', '', ''],
    years: [0, 0, 0, 0, 0],
    titleLengths: [1, 1, 1, 1, 1],
    types: [0, 0, 0, 0, 0],
    regions: [0, 1, 2, 3, 4],
    regionValues: [['重庆市', '', '开州区'], ['重庆市', '重庆市', '万州区'], ['重庆市', '', ''], ['新疆维吾尔自治区', '', '石河子市'], ['新疆维吾尔自治区', '乌鲁木齐市', '天山区']],
    speakers: [[], [], [], [], []],
    people: [[], [], [], [], []],
  };
  const all: DocHits[] = [0, 1, 2, 3, 4].map((doc) => ({ doc, hits: 1, titleHits: 0 }));

  it('drill down to their districts and counties, with the documents of the municipality alone as unknown', () => {
    const chongqing = applyFilters(all, m, { province: '重庆市' });
    const values = countFacets(chongqing, m, { province: '重庆市' }).region.values;
    expect(values.map((v) => [v.key, v.value, v.count])).toEqual([
      ['county', '开州区', 1],
      ['county', '万州区', 1],
      ['city', 'none', 1],
    ]);
    expect(values.at(-1)!.label).toBe('重庆市（未具体到市县）');
    expect(applyFilters(all, m, { province: '重庆市', county: '开州区' }).map((h) => m.ids[h.doc])).toEqual(['k']);
    expect(applyFilters(all, m, { province: '重庆市', city: 'none' }).map((h) => m.ids[h.doc])).toEqual(['c']);
    const xinjiang = countFacets(applyFilters(all, m, { province: '新疆维吾尔自治区' }), m, { province: '新疆维吾尔自治区' }).region.values;
    expect(xinjiang.map((v) => [v.key, v.value])).toEqual([['county', '石河子市'], ['city', '乌鲁木齐市']]);
  });
});

describe('invalid parameters', () => {
  it('are ignored and named: a year that is no year, an unknown sort, a type, place or name the index does not hold', () => {
    expect(parseState('?q=党建&year=abc&sort=best&type=Speech!')).toEqual({ state: { q: '党建', filters: {}, sort: 'relevance' }, ignored: ['year=abc', 'type=Speech!', 'sort=best'] });
    expect(parseState('?q=党建&year=2021&year=none').ignored).toEqual([]);
    expect(validateFilters({ type: 'memo', province: '江苏省', city: '火星市', speaker: '王建国', person: '无名氏' }, meta)).toEqual({
      filters: { province: '江苏省', speaker: '王建国' },
      ignored: ['type=memo', 'city=火星市', 'person=无名氏'],
    });
    expect(validateFilters({ county: '沛县' }, meta).ignored).toEqual(['county=沛县']);
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
