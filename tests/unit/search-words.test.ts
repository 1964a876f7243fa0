import { describe, expect, it } from 'vitest';
import { pagefindRecord } from '../../src/lib/pagefind/records.ts';
import { excerptSegments, filterOptions } from '../../src/lib/search/words.ts';

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
