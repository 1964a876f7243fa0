import { describe, expect, it } from 'vitest';
import { interviewDate, ledeYesterday } from '../../scripts/ingest/extract/date-evidence.ts';
import { cleaned } from './dates-file.ts';

/** A document's date and its kind from the dates stage over a title, a page stamp and body paragraphs. */
const dated = (title: string, published: string | undefined, body: string[], pageLines?: string[]) => {
  const { meta } = cleaned(title, body, published, pageLines).data;
  return { date: meta.date, kind: meta.dateKind };
};

describe("an interview's header block gives the day it was held (twenty-eighth session)", () => {
  it('采访日期 under a 采访对象 line that ends in a full stop (www.nctzt.org, eval unseen23 d23-nctzt)', () => {
    expect(interviewDate('采访日期：2017年6月5日')).toMatchObject({ year: 2017, month: 6, day: 5 });
    const body = [
      '采访对象：郑金沐，1936年1月生，福建莆田人。1959年毕业于厦门大学，高级经济师。',
      '采访组：沈凌 路也 胥晴',
      '采访日期：2017年6月5日',
      '采访地点：厦门宾馆',
      '采访组：郑主任，习近平同志1985年6月到厦门任副市长，您是市计委副主任。你们是什么时间见的面？',
    ];
    expect(dated('“制定发展战略是近平同志对厦门的一个全局性贡献”', undefined, body)).toEqual({ date: '2017-06-05', kind: 'published' });
  });
  it('the same block on another site (sfahvof.cn, eval unseen19 d19-sfahvof)', () => {
    expect(interviewDate('采访日期:2018年1月6日')).toMatchObject({ year: 2018, month: 1, day: 6 });
  });
  it('a label of another field, a value that is not one full date, or a date in a sentence is none', () => {
    expect(interviewDate('会议时间：2017年6月5日')).toBeUndefined();
    expect(interviewDate('采访日期：2017年6月')).toBeUndefined();
    expect(interviewDate('采访时间：2017年6月5日至6月7日')).toBeUndefined();
    expect(interviewDate('采访日期：2017年6月5日，记者来到厦门宾馆')).toBeUndefined();
    expect(interviewDate('他说采访日期：2017年6月5日')).toBeUndefined();
  });
});

describe("yesterday as the time of a clause's predicate in the first sentence (twenty-eighth session)", () => {
  it('昨日 before a saying verb (unseen23 d23-houkongdaily)', () => {
    expect(ledeYesterday('【特讯】行政长官崔世安昨日表示，明年特区政府换届，作为现届政府，一定全力以赴做好各项工作。')).toEqual({});
    expect(dated('政府全力以赴 做好明年换届', '2018-12-18 01:29:41', ['【特讯】行政长官崔世安昨日表示，明年特区政府换届，作为现届政府，一定全力以赴做好各项工作。'])).toEqual({
      date: '2018-12-17',
      kind: 'published',
    });
  });
  it('昨日 in the second clause, after a clause of what is to come (unseen22 c22-stheadline)', () => {
    const lede = '区议会选举将在今年12月10日举行，政制及内地事务局局长曾国卫昨日出席立法会议员陈颖欣及吴杰庄的联合办事处开幕礼致辞时，呼吁街坊、市民踊跃投票。';
    expect(ledeYesterday(lede)).toEqual({});
    expect(dated('曾国卫指改革后区会 可回归初心重民生事务', '2023-10-08 00:00', [lede])).toEqual({ date: '2023-10-07', kind: 'published' });
  });
  it('yesterday as an attribute or the start of a span, or outside the first sentence, is none', () => {
    expect(ledeYesterday('市民回顾昨日的辉煌，展望明天。')).toBeUndefined();
    expect(ledeYesterday('本市自昨日起实施新的交通管制措施。')).toBeUndefined();
    expect(ledeYesterday('全市各区自昨日至今共录得三宗个案。')).toBeUndefined();
    expect(ledeYesterday('市政府发布通告。市长昨日表示满意。')).toBeUndefined();
  });
});
