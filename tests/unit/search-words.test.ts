import { describe, expect, it } from 'vitest';
import { pagefindRecord } from '../../src/lib/pagefind/records.ts';
import { excerptSegments, filterOptions, queryWords, rankByWords } from '../../src/lib/search/words.ts';

describe('excerptSegments', () => {
  it('marks the words Pagefind marked, drops its word breaks and keeps markup-like text as text', () => {
    expect(excerptSegments('加强\u200b<mark>基层</mark>\u200b<mark>治理</mark>，\u200b<b>不</b>')).toEqual([
      { text: '加强', hit: false },
      { text: '基层', hit: true },
      { text: '治理', hit: true },
      { text: '，<b>不</b>', hit: false },
    ]);
    expect(excerptSegments('')).toEqual([]);
  });
});

describe('filterOptions', () => {
  it('lists years newest first and the rest by count, the value for none last, empty values left out', () => {
    expect(filterOptions('year', { '2019': 3, 年份不详: 9, '2021': 1, '2020': 0 })).toEqual([
      ['2021', 1],
      ['2019', 3],
      ['年份不详', 9],
    ]);
    expect(filterOptions('province', { 地区不详: 5, 浙江省: 2, 江苏省: 4, 山西省: 2 })).toEqual([
      ['江苏省', 4],
      ['山西省', 2],
      ['浙江省', 2],
      ['地区不详', 5],
    ]);
  });
});

describe('pagefindRecord', () => {
  const data = {
    id: 'abc123abc123',
    title: '在全县党建工作会议上的讲话',
    type: 'speech',
    date: '2021-03-05',
    year: 2021,
    region: { province: '重庆市', county: '开州区', code: '500154' },
    speakers: [{ name: '唐荣', role: '书记' }, { name: '李明' }],
  };
  const paragraphs = [
    { id: 'p-00000001', text: '同志们：' },
    { id: 'p-00000002', text: '今天召开会议。' },
  ];

  it('gives the title and paragraphs as text, the row as meta, and the filters', () => {
    expect(pagefindRecord({ data, paragraphs })).toEqual({
      url: '/documents/abc123abc123/',
      content: '在全县党建工作会议上的讲话\n同志们：\n今天召开会议。',
      language: 'zh-cn',
      meta: { title: '在全县党建工作会议上的讲话', date: '2021-03-05', place: '重庆市 开州区', type: '讲话', speakers: '唐荣、李明' },
      filters: { year: ['2021'], type: ['讲话'], province: ['重庆市'] },
    });
  });

  it('files a document without a year or place under 年份不详 and 地区不详', () => {
    const { date: _date, year: _year, region: _region, ...bare } = data;
    const record = pagefindRecord({ data: { ...bare, type: 'report', speakers: [] }, paragraphs: [] });
    expect(record.filters).toEqual({ year: ['年份不详'], type: ['报道'], province: ['地区不详'] });
    expect(record.meta).toEqual({ title: data.title, date: '', place: '', type: '报道', speakers: '' });
  });
});

describe('queryWords', () => {
  it('splits a long query into the parts to search one by one, a run of single characters whole', () => {
    // ICU splits 从严治党 into four characters; the run is searched whole.
    expect(queryWords('全面从严治党永远在路上')).toEqual(['全面', '从严治党', '永远', '路上']);
    expect(queryWords('两个维护')).toEqual(['两个', '维护']);
  });
  it('leaves out punctuation, spaces and repeated parts, and a lone character when longer parts remain', () => {
    expect(queryWords('三会一课，党建 党建')).toEqual(['三会', '一课', '党建']);
    expect(queryWords('党')).toEqual(['党']);
    expect(queryWords('，')).toEqual([]);
  });
});

describe('rankByWords', () => {
  const hit = (id: string, score: number) => ({ id, score });
  it('puts documents holding more of the words first, then by their summed relevance, each with the words it holds', () => {
    const ranked = rankByWords([
      { word: '从严治党', results: [hit('a', 0.5), hit('b', 2)] },
      { word: '永远', results: [hit('c', 9), hit('a', 0.1)] },
      { word: '路上', results: [hit('b', 0.1)] },
    ]);
    expect(ranked.map((r) => [r.result.id, r.words])).toEqual([
      ['b', ['从严治党', '路上']],
      ['a', ['从严治党', '永远']],
      ['c', ['永远']],
    ]);
  });
  it('finds nothing when no word is found', () => {
    expect(rankByWords([{ word: '全面', results: [] }])).toEqual([]);
  });
});
