// The year of the festivity or campaign a report's first sentence says an organ held (举办“…”2025年新春团拜会;
// 举行2024年迎新春团拜会): the year of the lede's day when the page prints no date, and the report's year when
// its lede names no day (近日，…).
import { describe, expect, it } from 'vitest';
import { ledeMeetingYear } from '../../scripts/ingest/extract/date-evidence.ts';
import { cleaned } from './dates-file.ts';

describe('the year of a festivity the first sentence says was held', () => {
  it.each([
    // unseen9 a9-dadi128 (after conversion to simplified): a quoted theme between the verb and the year.
    ['近日，长春新区人民法院举办“蛇年祥瑞迎新春、团结奋进谱新篇”2025年新春团拜会', 2025],
    // date-s13 sample A 01 (zp.gov.cn).
    ['2月7日,在新春佳节来临之际,漳平市举行2024年迎新春团拜会,向全市人民送上新春的问候和美好的祝福', 2024],
    // unseen5 y1-91jipiao's title.
    ['淄博市开展2021年六五环境日暨 “全员环保”助力生态赋能宣传活动', 2021],
  ] as const)('%s → %s', (sentence, year) => {
    expect(ledeMeetingYear(sentence)).toBe(year);
  });

  it.each([
    // A year of 度 is the year judged or rewarded, held the year after.
    '1月12日，公司举办2023年度表彰联欢会',
    // A festivity summing up a year.
    '1月12日，公司举办2023年工作总结联欢会',
    // The year is not the held thing's: a figure of the year before.
    '2月2日，集团举办元宵节联欢会，肯定了2022年的工作成绩',
  ])('says nothing: %s', (sentence) => {
    expect(ledeMeetingYear(sentence)).toBeUndefined();
  });
});

describe('a report dated by the festivity its lede reports', () => {
  it('gives the day its year when the page prints no date', () => {
    const file = cleaned('漳平市举行迎新春团拜会', ['2月7日,在新春佳节来临之际,漳平市举行2024年迎新春团拜会,向全市人民送上新春的问候和美好的祝福。']);
    expect(file.data.meta.date).toBe('2024-02-07');
  });

  it('dates by the year alone a lede without a day (unseen9 a9-dadi128)', () => {
    const file = cleaned('', ['近日，长春新区人民法院举办“蛇年祥瑞迎新春、团结奋进谱新篇”2025年新春团拜会。该院全体院导、干警及部分家属齐聚一堂，喜迎新春。']);
    expect(file.data.meta.date).toBe('2025');
    expect(file.data.meta.dateKind).toBe('published');
  });

  it('leaves a festivity the lede looks ahead to undated', () => {
    const file = cleaned('', ['近日，该院将于春节前举办2025年新春团拜会。']);
    expect(file.data.meta.date).toBeUndefined();
  });
});
