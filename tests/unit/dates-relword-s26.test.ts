import { describe, expect, it } from 'vitest';
import { heldDay, ledeDate, opensOnDateline } from '../../scripts/ingest/extract/date-evidence.ts';
import { cleaned } from './dates-file.ts';

/** A report's dates stage over a title, a page stamp and body paragraphs. */
const report = (title: string, published: string | undefined, body: string[]) => {
  const { meta } = cleaned(title, body, published).data;
  return { date: meta.date, kind: meta.dateKind };
};

describe("a reporter's credit without brackets opens the lede as a dateline (twenty-sixth session)", () => {
  it('记者梁爽报道　6月10日，… is the 10th (www.liaoyang.gov.cn, eval unseen15 a15-liaoyang)', () => {
    expect(ledeDate('记者梁爽报道\u30006月10日，辽宁省第十四届运动会青少年组现代五项比赛在弓长岭区开幕。')).toMatchObject({ month: 6, day: 10 });
  });
  it('the report is dated by that day, not by the stamp two days later', () => {
    const body = ['记者梁爽报道\u30006月10日，辽宁省第十四届运动会青少年组现代五项比赛在弓长岭区开幕。本次比赛由辽宁省体育局主办。'];
    expect(report('省运会青少年组现代五项比赛在弓长岭区开幕', '2023-06-12 09:51', body)).toEqual({ date: '2023-06-10', kind: 'published' });
  });
  it('记者王刚报道，… is a credit as well (nickbaillie.com, eval unseen7 b7-nickbaillie)', () => {
    expect(opensOnDateline('记者王刚报道，为做好秸秆禁烧工作，南郊乡积极行动，采取多项措施。')).toBe(true);
  });
  it('记者近日报道 is a sentence, not a credit', () => {
    expect(opensOnDateline('记者近日报道，3月5日，本市召开会议。')).toBe(false);
  });
});

describe("a bracketed today's or yesterday's day over a date the first sentence recalls (twenty-sixth session)", () => {
  const lede = '【识港网讯】新一届区议会议员于今年1月1日宣誓就任，行政长官李家超今日（9日）出席行政会议前见传媒时表示，很高兴18区区议会就任一个多星期，已开展新气象。';
  it('今日（9日） after 于今年1月1日宣誓就任 is the 9th (meetinghk.com, eval unseen21 c21-meetinghk)', () => {
    expect(ledeDate(lede)).toMatchObject({ day: 9 });
  });
  it('the report is dated the 9th under a stamp of the next morning', () => {
    expect(report('李家超：新一届区议会展现新气象', '2024-01-10 08:59', [lede])).toEqual({ date: '2024-01-09', kind: 'published' });
  });
  it('a date the sentence opens on stays its day', () => {
    expect(ledeDate('1月8日，立法会举行会议，行政长官今日（9日）表示支持。')).toMatchObject({ month: 1, day: 8 });
  });
});

describe('the day held, in the paragraph after a first one naming none (twenty-sixth session)', () => {
  const scene = '星岛环球网消息：轻快的散场音乐已经响起，记者们已经纷纷开始离席，这时记者席上有人大声对着总理喊出了自己的问题。';
  it('据《新京报》报导，3月15日中午，李克强总理举行… gives 3月15日 (ny.stgloballink.com, eval fresh h5-stgloballink)', () => {
    expect(heldDay('据《新京报》报导，3月15日中午，李克强总理举行记者招待会，在连续回答18个中外记者提问后，再次驻足。')).toMatchObject({ month: 3, day: 15 });
  });
  it('the report is dated the 15th under a stamp of the 16th (also gwejianzhan.com, eval unseen20 d20-gwejianzhan)', () => {
    const body = [scene, '据《新京报》报导，3月15日中午，李克强总理举行记者招待会，在连续回答18个中外记者提问后，再次驻足。'];
    expect(report('今年总理记者会创下20年之“最”', '2017-03-16 14:40', body)).toEqual({ date: '2017-03-15', kind: 'published' });
  });
  it('a day further back than a week is one the report recalls: the stamp stands', () => {
    const body = [scene, '3月15日中午，李克强总理举行记者招待会，回答了中外记者提问。'];
    expect(report('总理记者会', '2017-03-30 14:40', body)).toEqual({ date: '2017-03-30', kind: 'published' });
  });
  it('a day opening on something other than a meeting held is none (2月11日晚，南京发布…通知)', () => {
    expect(heldDay('2月11日晚，南京发布“疫情防控指挥部学校专项组对春季学期开学师生返校和疫情防控”的相关通知和要求。')).toBeUndefined();
    expect(heldDay('2009年11月30日，孙春兰从中华全国总工会副主席任上“空降”福建，召开会议。')).toBeUndefined();
  });
  it('a first paragraph that names a day keeps it', () => {
    const body = ['2月10日，全市教育工作会议召开，部署今年工作。', '2月11日上午，市教育局举行新闻发布会，通报有关情况。'];
    expect(report('全市教育工作会议召开', '2022-02-13', body)).toEqual({ date: '2022-02-10', kind: 'published' });
  });
});
