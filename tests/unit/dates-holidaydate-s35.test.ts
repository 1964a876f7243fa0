import { describe, expect, it } from 'vitest';
import { holidayDate } from '../../scripts/ingest/extract/date-evidence.ts';
import { HOLIDAYS } from '../../scripts/ingest/extract/holidays.ts';
import { cleaned, describeDateSample } from './dates-file.ts';

const sample = new URL('../fixtures/dates/holidaydate-s35/', import.meta.url);

// b08 was a third control until the thirty-sixth session settled an observance's count as its year.
// Half A was read: 3 of 6 dated as labelled before the change, 5 after; a01 (jsfgt.com) says today in its fourth
// sentence, after a damaged 妇女节 (…劳动□女节？) split its first ones, so it gets the month, 2024-03, and is left (docs/eval.md).
// Half B is only counted, never read case by case (docs/eval.md).
describeDateSample('the holidaydate sample of new sites (thirty-fifth session)', sample, { least: 10, controls: 2, passing: ['a02', 'a03', 'a04', 'a05', 'a06'], halfB: 6, controlsStayUndated: true });

describe('a holiday named with its year (thirty-fifth session, rules date-holiday-day, -month, -year)', () => {
  it('the table holds each day of the calendar once per name, lunar festivals on the Chinese calendar', () => {
    const ids = HOLIDAYS.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const h of HOLIDAYS) expect(h.month >= 1 && h.month <= 12 && (h.day === undefined || (h.day >= 1 && h.day <= 31))).toBe(true);
  });
  it("today named as the holiday of the title's year: its day (jiaowu.ijidi.cn, sample a03; tmrb.tmwcn.com's 今天是第十七个中国记者节 with a year beside it)", () => {
    expect(holidayDate(['2024年教师节校长致辞', '“一年之计，莫如树谷。”春夏秋冬，铭刻着实小教师奉献的功绩，今天是第40个教师节，这是属于我们自己的节日。'])).toEqual({ iso: '2024-09-10', holiday: 'teachers-day', reading: 'day' });
    expect(holidayDate(['2016年记者节慰问', '今天是第十七个中国记者节。'])).toEqual({ iso: '2016-11-08', holiday: 'journalists-day', reading: 'day' });
  });
  it('a lunar festival converted on the Chinese calendar: 2023 中秋 is 09-29, 2024 元宵 02-24, 2020 端午 06-25', () => {
    expect(holidayDate(['2023年中秋节致辞', '今天是中秋节，我们欢聚一堂。'])?.iso).toBe('2023-09-29');
    expect(holidayDate(['2024年元宵节致辞', '今天是元宵节。'])?.iso).toBe('2024-02-24');
    expect(holidayDate(['2020年端午节讲话', '今天是端午节。'])?.iso).toBe('2020-06-25');
  });
  it('a year beside the holiday\'s short name (jsfgt.com, sample a01: 2024年，三八妇女节…)', () => {
    expect(holidayDate(['各位女士你们好：', '2024年，三八妇女节在我国已经101周年了，国际上114周年。'])).toEqual({ iso: '2024-03', holiday: 'womens-day', reading: 'month' });
    expect(holidayDate(['在公司2011年“三八”国际劳动妇女节座谈会上的讲话', '今天我们共聚一堂，来共同纪念第101个“三八”国际妇女劳动节。'])?.iso).toBe('2011-03-08');
  });
  it('before the holiday: the month of a day late in its month (eval unseen8 a8-yyfangchan, 来临之际), else the year (jdfwg.com, sample a02)', () => {
    expect(holidayDate(['2012年5.12护士节院长讲话稿', '云霞开锦绣，万物启芳华！值此哈医大四院第一个“5.12国际护士节”来临之际，我谨向…表示祝贺。'])).toEqual({ iso: '2012-05', holiday: 'nurses-day', reading: 'month' });
    expect(holidayDate(['校长在2023中秋节庆典上致辞', '秋浓了，月圆了，又一个中秋就要到了！'])).toEqual({ iso: '2023', holiday: 'mid-autumn-festival', reading: 'year' });
    // A day said to be today in a text that stands before it (qingsongxiezuo.com's 再过几天…今天，我们相聚一堂，热烈庆祝…).
    expect(holidayDate(['2023年教师节庆祝大会上的发言', '再过几天，就是我国第39个教师节了。今天，我们相聚一堂，热烈庆祝我们自己的节日。'])?.reading).toBe('month');
  });
  it('controls: no year beside the name, a holiday named in passing or by its arrangements, New Year greeted the year before, the Republic\'s 国庆', () => {
    // eval unseen8 a8-qzzw: today, but only the count of the day (第100个), which establishes no year.
    expect(holidayDate(['在护士节颁奖晚会上的致辞', '今天，我们在这里欢聚一堂，隆重庆祝第100个“5·12”国际护士节的到来。'])).toBeUndefined();
    // eval unseen16 b16-zzgx: a notice of the holiday's arrangements.
    expect(holidayDate(['关于2015年“五一”劳动节放假的通知', '现将2015年“五一” 劳动节放假日期安排通知如下：'])).toBeUndefined();
    expect(holidayDate(['2023年国庆期间安全生产工作会议', '会议要求，国庆期间要做好安全生产工作。'])).toBeUndefined();
    // 新年 and 元旦 addresses are given as often in the December before (eval unseen8 b8-zhplaw).
    expect(holidayDate(['2022年元旦致辞', '一年一度的元旦即将来临。'])).toBeUndefined();
    expect(holidayDate(['2021年国庆日致词', '今天是中华民国110年的国庆日。'])).toBeUndefined();
  });
  it("dates an undated speech as delivered, a report's event, and the rule's id reaches the log", () => {
    const speech = cleaned('2024年教师节校长致辞', ['尊敬的各位领导、老师们：', '大家节日好！今天是第40个教师节，这是属于我们自己的节日。']);
    expect(speech.data.meta).toMatchObject({ date: '2024-09-10', dateKind: 'delivered' });
    expect(speech.messages.map((m) => m.ruleId)).toContain('date-holiday-day');
    const stamped = cleaned('2024年教师节校长致辞', ['大家节日好！今天是第40个教师节，这是属于我们自己的节日。'], '2024-09-22');
    expect(stamped.data.meta.date).toBe('2024-09-10');
    // A report with its page's stamp keeps the stamp: the rule reads only an undated text.
    const report = cleaned('我校举行2023年教师节表彰大会', ['9月8日，我校召开2023年教师节表彰大会。'], '2023-09-08');
    expect(report.data.meta.date).toBe('2023-09-08');
  });
});
