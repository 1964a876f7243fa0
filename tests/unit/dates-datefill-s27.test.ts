import { describe, expect, it } from 'vitest';
import { damagedDateLine, infoLineDate, ledeDate, opensOnDateline, signatureDates } from '../../scripts/ingest/extract/date-evidence.ts';
import { cleaned } from './dates-file.ts';

/** A document's date and its kind from the dates stage over a title, a page stamp and body paragraphs. */
const dated = (title: string, published: string | undefined, body: string[], pageLines?: string[]) => {
  const { meta } = cleaned(title, body, published, pageLines).data;
  return { date: meta.date, kind: meta.dateKind };
};

describe("an outlet's 讯 dateline of any name (twenty-seventh session)", () => {
  it('本站讯 and a space: the full date the lede opens on (tsswzy.com, eval unseen11 c11-tsswzy)', () => {
    const lede = '本站讯 2004年1月21日是大年三十，我院在红角洲新校区食堂举行师生共庆春节团拜。';
    expect(opensOnDateline(lede)).toBe(true);
    expect(ledeDate(lede)).toMatchObject({ year: 2004, month: 1, day: 21 });
    expect(dated('学校领导与留校学生共度大年三十', undefined, [lede])).toEqual({ date: '2004-01-21', kind: 'published' });
  });
  it('全媒体讯 and its writers in brackets: the day, its year from the page stamp (www.803.com.cn, eval unseen22 c22-803)', () => {
    const lede = '岳阳日报全媒体讯（翁正娇 周敏）1月23日，带着新春的关怀和暖暖的祝福，汨罗市委常委、宣传部长王敏求来到汨罗市融媒体中心，慰问新闻工作者。';
    expect(ledeDate(lede)).toMatchObject({ month: 1, day: 23 });
    expect(dated('王敏求看望慰问新闻工作者', '2020-01-24 15:00:22', [lede])).toEqual({ date: '2020-01-23', kind: 'published' });
  });
  it('an outlet with the site before a dash (传媒网-日报讯, zgdxy.com.cn, datefill-s27 sample half A)', () => {
    expect(opensOnDateline('传媒网-日报讯 6月18日，2013年市会年会暨建设论坛举行。')).toBe(true);
  });
  it('a word ending in 讯 with nothing after it, or 喜讯, is no dateline', () => {
    expect(opensOnDateline('我校传来喜讯 3月5日学校获奖。')).toBe(false);
    expect(opensOnDateline('通讯员到达现场，3月5日，会议召开。')).toBe(false);
  });
});

describe('a stamp line with its clock time between a name and a counter (twenty-seventh session)', () => {
  it('賴義中 2014/09/22 22:53 點閱 784 次 dates the page (anntw.com, eval unseen14 c14-anntw)', () => {
    expect(infoLineDate('赖义中 2014/09/22 22:53 点阅 784 次')).toMatchObject({ year: 2014, month: 9, day: 22 });
  });
  it('a stamp then its source (ztnews.net, datefill-s27 sample half A)', () => {
    expect(infoLineDate('2018-02-11 10:32  来源:昭通新闻网')).toMatchObject({ year: 2018, month: 2, day: 11 });
  });
  it("an essay's page is dated by it when the text states no day", () => {
    const lines = ['台湾醒报', '电话的对面', '赖义中 2014/09/22 22:53 点阅 784 次', '我比较喜欢面访，但电话访问是每天的功课。'];
    expect(dated('电话的对面', undefined, ['我比较喜欢面访，但电话访问是每天的功课。'], lines)).toEqual({ date: '2014-09-22', kind: 'published' });
  });
  it("a list's headline before a stamp, or a second date on the line, is no page's stamp", () => {
    expect(infoLineDate('最新公告关于举办全校春季运动会的通知 2019-05-01 10:00')).toBeUndefined();
    expect(infoLineDate('2019-05-01 10:00 更新 2019-05-03')).toBeUndefined();
  });
});

describe('a signature date printed with damage (twenty-seventh session)', () => {
  it('a misprinted unit: 2018年10日11日 (nyncj.zhanjiang.gov.cn, eval unseen6 z1-zhanjiang)', () => {
    expect(damagedDateLine('2018年10日11日')?.date).toMatchObject({ year: 2018, month: 10, day: 11 });
  });
  it('the units lost, a stray mark before: { 2017 6 23 (www.mdx.gov.cn, eval unseen20 b20-mdx)', () => {
    expect(damagedDateLine('{ 2017 6 23')?.date).toMatchObject({ year: 2017, month: 6, day: 23 });
  });
  it('no date that does not exist, and no line with other words', () => {
    expect(damagedDateLine('2017 13 23')).toBeUndefined();
    expect(damagedDateLine('2021 2 30')).toBeUndefined();
    expect(damagedDateLine('电话 2017 6 23')).toBeUndefined();
  });
  it('a 附注 between the signature and its date (（此件公开发布）, GB/T 9704)', () => {
    expect(signatureDates(['牟定县人民政府办公室', '（此件公开发布）', '{ 2017 6 23', '牟定县突发环境事件应急预案（试行）'])).toMatchObject([{ year: 2017, month: 6, day: 23 }]);
  });
  it("the notice is dated by its signature, not by the info block's 发文日期", () => {
    const body = ['各乡镇人民政府，县级有关部门：', '经县人民政府同意，现将《牟定县突发环境事件应急预案（试行）》印发给你们，请认真贯彻执行。', '牟定县人民政府办公室', '（此件公开发布）', '{ 2017 6 23', '牟定县突发环境事件应急预案（试行）', '1 总则', '1.1 编制目的'];
    expect(dated('牟定县人民政府办公室关于印发牟定县突发环境事件应急预案（试行）的通知', '2017-06-28', body)).toEqual({ date: '2017-06-23', kind: 'issued' });
  });
});
