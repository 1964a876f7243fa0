import { describe, expect, it } from 'vitest';
import { ledeDate, monthlessDay, opensOnDateline } from '../../scripts/ingest/extract/date-evidence.ts';
import { cleaned, describeDateSample } from './dates-file.ts';

/** A found date as ISO, or as --M-D when it has no year. */
const shown = (d: { year?: number; month?: number; day?: number } | undefined) =>
  d && (d.year !== undefined ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : `--${d.month}-${d.day}`);

/** A document's date, its kind and the rules that logged it, from the dates stage over a title, a page stamp and body paragraphs. */
const dated = (title: string, published: string | undefined, body: string[]) => {
  const file = cleaned(title, body, published);
  return { date: file.data.meta.date, kind: file.data.meta.dateKind, rules: file.messages.map((m) => m.ruleId) };
};

describe('a lede day printed with its 月 dropped (thirty-ninth session, rule date-monthless-day)', () => {
  it('with its year printed whole before it: 2015年1213日 is 2015-12-13 (wuhucourt.gov.cn, eval unseen28 b28-wuhucourt)', () => {
    expect(shown(monthlessDay('2015年1213日上午，县委常委会召开会议，听取了我院专题工作汇报。'))).toBe('2015-12-13');
    expect(shown(ledeDate('2015年1213日上午，县委常委会召开会议，听取了我院专题工作汇报。奚南山书记主持会议。'))).toBe('2015-12-13');
  });
  it('opening the sentence after a scene-setting one: 214日 is 2月14日 (gaxfy.hbfy.gov.cn, eval unseen31 b31-gaxfy)', () => {
    expect(shown(ledeDate('不发通知、不打招呼，直奔基层、直击现场。214日，党组书记、院长毛华庆奔赴藕池法庭、南平法庭。'))).toBe('--2-14');
  });
  it('not past the first sentence when the slip stands inside a clause, nor digits that split two ways or make no date', () => {
    expect(ledeDate('不发通知、不打招呼，直奔基层。全县在214日，召开会议。')).toBeUndefined();
    expect(ledeDate('一年来成效明显。128日，全县召开总结会。')).toBeUndefined(); // 1月28日 or 12月8日
    expect(ledeDate('攻坚行动成效明显。300日，全县召开总结会。')).toBeUndefined(); // no month and day it can be
  });
  it("dates the report over the page's later stamp, and the rule's id reaches the log", () => {
    const result = dated('毛华庆到人民法庭检查工作', '2022-02-15 14:39', ['不发通知、不打招呼，直奔基层、直击现场。214日，党组书记、院长毛华庆奔赴藕池法庭、南平法庭、埠河法庭。', '每到一个法庭，毛华庆详细询问司法办案情况。']);
    expect(result).toMatchObject({ date: '2022-02-14' });
    expect(result.rules).toContain('date-monthless-day');
  });
});

describe('a lede day printed with its 日 dropped before the time of day (thirty-ninth session, rule date-day-mark-dropped)', () => {
  it('4月21晚 is 4月21日 (uk1media.com, eval unseen29 c29-uk1media); 321上午 is 3月21日 (qzjgxx.cn, eval unseen12 a12-qzjgxx)', () => {
    expect(shown(monthlessDay('4月21晚，“放歌三月三，奋进共富路”2023中国畲乡“三月三”开幕式举行。'))).toBe('--4-21');
    expect(shown(monthlessDay('怎样做好安全防范工作，确保不发生安全事故，321上午泉州市晋光小学东海校区社区民警凌晨同志莅临我校'))).toBe('--3-21');
  });
  it('not a number before 晚会, digits that split two ways, a day with its 日, or a slip inside a word', () => {
    expect(monthlessDay('1230晚会在县广场举行')).toBeUndefined();
    expect(monthlessDay('111上午全县召开会议')).toBeUndefined(); // 1月11日 or 11月1日
    expect(shown(ledeDate('4月21日晚，开幕式在景宁举行。'))).toBe('--4-21'); // the whole date, read as before
    expect(monthlessDay('全县共有1321上午参加培训的干部')).toBeUndefined(); // not at a clause's start
  });
  it("dates the report with the stamp's year, and the rule's id reaches the log", () => {
    const body = ['4月21晚，“放歌三月三，奋进共富路”2023中国畲乡“三月三”开幕式暨浙江广电百名记者主持走基层活动在景宁举行。', '楼炳文在致辞中指出，景宁是忠勇担当的红色畲乡。'];
    const result = dated('“放歌三月三，奋进共富路”开幕式举行', '2023-04-22 15:33', body);
    expect(result).toMatchObject({ date: '2023-04-21' });
    expect(result.rules).toContain('date-day-mark-dropped');
  });
});

describe("datelines of two more forms (thirty-ninth session, DATELINES and DATED_DATELINES)", () => {
  it("a site's 消息 with its credit or programme in brackets is passed over to the lede's day (chinaqn.com.cn, web120.com.cn, 07774.cn)", () => {
    expect(shown(ledeDate('央广网河南分网消息（记者 魏林甫 王一行）11月13日，中央人民广播电台乡村之声《县务直通》栏目组走进河南滑县。'))).toBe('--11-13');
    expect(opensOnDateline('中国网络电视台消息（新闻调查）：近几年，随着我国新农合的普及，我国农村的医疗卫生状况正在逐步改变。')).toBe(true);
    expect(opensOnDateline('央视网消息（新闻联播）：我国是农业大国，重农固本是安民之基。')).toBe(true);
  });
  it('not 消息 inside a sentence, nor one without its bracket', () => {
    expect(opensOnDateline('记者从县委宣传部获悉消息（详见附件）')).toBe(false);
    expect(opensOnDateline('据可靠消息，全县将于下月召开大会。')).toBe(false);
  });
  it("a channel's dated 讯 across a hyphen or a slash: the day filed, or the lede's own day after it (hanfengnongye.com; guanhai.com.cn, sample half A)", () => {
    expect(shown(ledeDate('浙江在线-台州频道11月11日讯（浙江在线通讯员 陈强）在第20个记者节到来之际，11月7日上午，天台县委书记管文新向县传媒中心发来贺辞。'))).toBe('--11-7');
    expect(shown(ledeDate('青岛日报社/观海新闻10月1日讯  “今天是你的生日，我的中国。”今天上午10点，专场综艺演出在五四广场中心舞台举行。'))).toBe('--10-1');
  });
});

// Half A (a01–a06) was read; half B is only counted: 6 of 6 before the change and after (docs/eval.md, datefix2).
describeDateSample('the dayslip sample of new sites (thirty-ninth session)', new URL('../fixtures/dates/dayslip-s39/', import.meta.url), {
  least: 12,
  controls: 7,
  passing: ['a01', 'a02', 'a03', 'a05', 'a06'],
  halfB: 6,
  controlsStayUndated: true,
});
