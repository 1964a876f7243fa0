import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { extractDates } from '../../scripts/ingest/stages/dates.ts';
import { dateLine, findDates, isoOf, resolveYear } from '../../scripts/ingest/extract/date-parse.ts';
import { countingNumeral, digitNumeral } from '../../scripts/ingest/extract/chinese-numerals.ts';
import type { Block, Candidates, IngestFile } from '../../scripts/ingest/types.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures/dates');

interface Fixture {
  title: string;
  front: string[];
  blocks: Block[];
  candidates: Candidates;
  expected: { date?: string; dateKind?: string; year?: number; otherDates?: { date: string; kind: string }[] };
}

/** A file as the structure stage leaves it: title, front lines, blocks and chrome candidates. */
function cleanedFile(fixture: Fixture): IngestFile {
  const file = createFile({ path: 'fixture.txt', bytes: new Uint8Array() });
  file.value = fixture.blocks.map((b) => b.text).join('\n');
  file.data.meta.title = fixture.title;
  file.data.front = fixture.front;
  file.data.blocks = fixture.blocks;
  file.data.candidates = fixture.candidates;
  return file;
}

/** The single date found in a text, as ISO or as month/day when it has no year. */
function only(text: string): string | undefined {
  const dates = findDates(text);
  expect(dates.length).toBeLessThanOrEqual(1);
  const [d] = dates;
  return d && (isoOf(d) ?? `--${d.month}-${d.day}`);
}

describe('findDates: date forms', () => {
  it.each([
    ['2012年5月29日', '2012-05-29'],
    ['二〇一二年六月六日', '2012-06-06'],
    ['二○一二年六月六日', '2012-06-06'],
    ['二零一二年六月六日', '2012-06-06'],
    ['二ＯＯ八年五月十二日', '2008-05-12'],
    ['二OO八年五月十二日', '2008-05-12'],
    ['二〇二二年九月二十七日', '2022-09-27'],
    ['一九九八年十月一日', '1998-10-01'],
    ['一九四九年十月一日', '1949-10-01'],
    ['二〇一九年十二月三十一日', '2019-12-31'],
    ['二〇二二年9月27日', '2022-09-27'],
    ['２０１２年５月２９日', '2012-05-29'],
    ['2012.5.29', '2012-05-29'],
    ['2012-05-29', '2012-05-29'],
    ['2012/5/29', '2012-05-29'],
    ['2012年5月', '2012-05'],
    ['二〇一二年十二月', '2012-12'],
    ['2012 年 5 月 29 日', '2012-05-29'],
    ['2018年3月5号', '2018-03-05'],
    ['发表于 2023-8-30 10:47:03', '2023-08-30'],
    ['（《徐州日报》2022年9月27日 文/王任飞 谈建荣）', '2022-09-27'],
    ['发布时间：2023年08月30日 10:47', '2023-08-30'],
    ['十二月三十一日', '--12-31'],
    ['在5月29日召开的全区会议上', '--5-29'],
  ])('%s → %s', (text, expected) => {
    expect(only(text)).toBe(expected);
  });

  it.each(['2月30日', '2013年2月30日', '1938年7月7日', '2019年2月29日', '2012年13月1日', '今年5月', '今年', '1-2-3', '版本 1.2.3.4'])('finds no date in %s', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('accepts 29 February in a leap year', () => {
    expect(only('2020年2月29日')).toBe('2020-02-29');
  });

  it('finds several dates in order without overlaps', () => {
    const dates = findDates('会议于2012年5月29日召开，6月6日印发。').map((d) => d.text);
    expect(dates).toEqual(['2012年5月29日', '6月6日']);
  });

  it('keeps the original text and position of full-width dates', () => {
    const [d] = findDates('日期：２０２１年３月１日');
    expect(d).toMatchObject({ text: '２０２１年３月１日', index: 3 });
  });
});

describe('numerals', () => {
  it('reads digit-by-digit years with every zero variant', () => {
    expect(['二〇一二', '二○一二', '二零一二', '二ＯＯ八', '一九四九'].map(digitNumeral)).toEqual([2012, 2012, 2012, 2008, 1949]);
  });
  it('reads counting numerals, including 廿 and 卅', () => {
    expect(['十', '十二', '二十七', '三十一', '廿七', '卅一'].map(countingNumeral)).toEqual([10, 12, 27, 31, 27, 31]);
  });
});

describe('dateLine', () => {
  it('recognises bracketed and bare date lines', () => {
    expect(dateLine('（2012年5月29日）')).toMatchObject({ bracketed: true, date: { year: 2012, month: 5, day: 29 } });
    expect(dateLine('二〇一二年六月六日')).toMatchObject({ bracketed: false, date: { year: 2012, month: 6, day: 6 } });
    expect(dateLine('（2012年5月29日，根据录音整理）')).toMatchObject({ bracketed: true });
    expect(dateLine('2012年')).toMatchObject({ date: { year: 2012 } });
  });
  it('rejects lines that say more than a date', () => {
    expect(dateLine('2012年5月29日，全区卫生系统召开座谈会。')).toBeUndefined();
    expect(dateLine('朱烜同志在5月29日召开的会议上')).toBeUndefined();
    expect(dateLine('5月29日')).toBeUndefined();
  });
});

describe('resolveYear', () => {
  const [may] = findDates('5月29日');
  const [dec] = findDates('12月28日');
  it('takes the year of the later reference date', () => {
    expect(resolveYear(may!, { year: 2012, month: 6, day: 6 })).toBe('2012-05-29');
  });
  it('goes back a year when the month-day would fall after the reference', () => {
    expect(resolveYear(dec!, { year: 2020, month: 1, day: 6 })).toBe('2019-12-28');
  });
});

describe('extractDates on cleaned documents', () => {
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.json'));
  it('has fixtures', () => expect(files.length).toBeGreaterThanOrEqual(8));
  it.each(files)('%s', (name) => {
    const fixture = JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as Fixture;
    const file = cleanedFile(fixture);
    extractDates(file);
    const { date, dateKind, year, otherDates } = file.data.meta;
    expect({ date, dateKind, year, otherDates }).toEqual({
      date: fixture.expected.date,
      dateKind: fixture.expected.dateKind,
      year: fixture.expected.year,
      otherDates: fixture.expected.otherDates,
    });
  });
});
