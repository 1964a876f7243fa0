import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveYearNotAfter } from '../../core/dates/parse.ts';
import { ledeDate } from '../../scripts/ingest/extract/date-evidence.ts';
import { cleaned } from './dates-file.ts';

/** A report's dates stage over a title, a page stamp and body paragraphs. */
const report = (title: string, published: string | undefined, body: string[]) => {
  const { meta } = cleaned(title, body, published).data;
  return { date: meta.date, kind: meta.dateKind };
};

describe('a day alone right before what the subject did (twenty-fifth session)', () => {
  it('入境事务处3日举行 under a dateline of the 4th: the 3rd (www.kuai5.com, eval unseen17 c17-kuai5)', () => {
    expect(ledeDate('人民网香港8月4日电（记者陈然）香港特区政府入境事务处3日举行将军澳新总部开幕典礼。新总部已于6月11日正式启用。')).toMatchObject({ month: 8, day: 3 });
  });
  it('发言人毛宁27日主持例行记者会: the subject\'s day, the dateline\'s month (2961688.com, relday sample half A)', () => {
    const page = readFileSync(new URL('../fixtures/dates/pages/2961688-foreign-ministry-briefing.txt', import.meta.url), 'utf8');
    const lede = page.split('\n').find((line) => line.startsWith('中新网'))!;
    expect(ledeDate(lede)).toMatchObject({ text: '27日', month: 1, day: 27 });
  });
  it('the report dated by that day under a repost stamp days later', () => {
    const body = ['人民网香港8月4日电（记者陈然）香港特区政府入境事务处3日举行将军澳新总部开幕典礼。', '香港特区政府政务司司长陈国基当日出席典礼并致辞。'];
    expect(report('香港入境处新总部开幕', '2024-08-10 00:34:11', body)).toEqual({ date: '2024-08-03', kind: 'published' });
  });
  it('a day counted or closing a span is no event day: 每月5日召开, 第3日举行', () => {
    expect(ledeDate('人民网北京8月4日电 该委员会每月5日召开例会。')).toMatchObject({ month: 8, day: 4 });
    expect(ledeDate('人民网北京8月4日电 运动会第3日举行田径决赛。')).toMatchObject({ month: 8, day: 4 });
  });
  it('a day looked ahead to dates nothing: 将于5日举行', () => {
    expect(report('委员会将开会', '2024-08-01', ['委员会将于5日举行全体会议，审议有关报告。'])).toEqual({ date: '2024-08-01', kind: 'published' });
  });
});

describe("a report's day is not after its page's date (twenty-fifth session)", () => {
  it('3月28日 under 2017-10-26 is 2017-03-28, not the nearer 2018-03-28 (www.chxf.gov.cn, eval unseen19 b19-chxf)', () => {
    const body = ['3月28日，庙岗乡第九届人民代表大会第四次会议胜利召开。61名乡人大代表出席了大会。'];
    expect(report('庙岗乡第九届人民代表大会第四次会议胜利召开', '2017-10-26 11:46:39', body)).toEqual({ date: '2017-03-28', kind: 'published' });
  });
  it('a stamp set a fortnight before the day it reports keeps its year: 4月25日 under 2021-04-09 (itsc.nju.edu.cn, eval holdout h2-nju-itsc)', () => {
    const body = ['为全面推广使用好智慧党建管理服务平台，确保平台运转顺利，4月25日，党委组织部在仙林校区举办了平台培训及答疑会。'];
    expect(report('智慧党建管理服务平台培训及答疑会举行', '2021-04-09', body)).toEqual({ date: '2021-04-25', kind: 'published' });
  });
  it('a day a few days after a stamp at the year\'s end is the next year\'s: 1月2日 under 2017-12-30', () => {
    expect(resolveYearNotAfter({ text: '1月2日', index: 0, end: 4, month: 1, day: 2 }, { year: 2017, month: 12, day: 30 }, 7)).toBe('2018-01-02');
  });
  it('a later day of the year, past the slack, is last year\'s', () => {
    expect(resolveYearNotAfter({ text: '11月30日', index: 0, end: 6, month: 11, day: 30 }, { year: 2017, month: 10, day: 26 }, 7)).toBe('2016-11-30');
    expect(resolveYearNotAfter({ text: '10月30日', index: 0, end: 6, month: 10, day: 30 }, { year: 2017, month: 10, day: 26 }, 7)).toBe('2017-10-30');
  });
});

describe('a day alone in the month before only across the turn of the month (twenty-fifth session)', () => {
  it('13日 under a stamp of 6 January is placed nowhere: the report keeps its publication day (www.qhdhgq.gov.cn, eval unseen20 c20-qhdhgq)', () => {
    const body = ['13日，一场瑞雪给港城披上银装，为农业生产创造了有利条件，也为市民节日生活带来了不便。为保证全区人民生产生活和交通出行安全，节后上班第一天，区政府系统各部门工作人员上街清扫积雪。'];
    expect(report('区政府各部门上街清扫积雪', '2010/1/6 16:43:13', body)).toEqual({ date: '2010-01-06', kind: 'published' });
  });
  it('28日 under a stamp of 2 March is 28 February', () => {
    expect(report('全县安全生产会议召开', '2023-03-02 09:00', ['28日，全县安全生产工作会议召开。'])).toEqual({ date: '2023-02-28', kind: 'published' });
  });
  it('5日 under a stamp of the 8th is the 5th of the same month', () => {
    expect(report('县委召开常委会', '2011-12-08', ['5日，县委召开常委会议，研究部署冬季安全生产工作。'])).toEqual({ date: '2011-12-05', kind: 'published' });
  });
});
