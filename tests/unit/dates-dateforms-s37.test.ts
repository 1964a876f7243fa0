import { describe, expect, it } from 'vitest';
import { infoLineDate, issueLabelAlone, wireClosingDate } from '../../scripts/ingest/extract/date-evidence.ts';
import { isoOf } from '../../core/dates/parse.ts';
import { cleaned, describeDateSample } from './dates-file.ts';

const sample = new URL('../fixtures/dates/dateforms-s37/', import.meta.url);
const iso = (d: Parameters<typeof isoOf>[0] | undefined) => d && isoOf(d);

// Half A was read: 4 of 6 dated as labelled before the change, 5 after (a04's day stands mid-sentence after the
// organisers' clause, 中A區辦理…,於114年9月23日假…舉行: no date shape, left).
// Half B is only counted, never read case by case (docs/eval.md, thirty-seventh session: dateforms).
describeDateSample('the dateforms sample of new sites (thirty-seventh session)', sample, { least: 10, passing: ['a01', 'a02', 'a03', 'a05', 'a06'], halfB: 4 });

describe("the Central News Agency's closing code (rule date-wire-closing-code)", () => {
  it('dates the story on the agency\'s page and on a blog that reposts it (www.cna.com.tw, shrrylfhah.pixnet.net)', () => {
    expect(iso(wireClosingDate(['（中央社记者温贵香台北21日电）行政院副院长郑文灿今天表示，这一波是全球蛋荒。', '已经要求农委会在一段时间内尽全力缓解。（编辑：苏龙麒）1120221']))).toBe('2023-02-21');
    expect(iso(wireClosingDate(['(中央社记者叶子纲嘉义县21日电)农历春节在即，元宵绕境将至。', '奉天宫也要分送民众1万6000个精制幸运福袋。1060121', '元宵绕境贴香条 新港奉天宫邀祈福', '全站热搜']))).toBe('2017-01-21');
  });
  it('controls: no agency dateline, a number inside a sentence, a code no calendar has', () => {
    expect(wireClosingDate(['台北21日讯 行政院今天表示。', '已经要求农委会尽全力缓解。1120221'])).toBeUndefined();
    expect(wireClosingDate(['（中央社记者温贵香台北21日电）行政院今天表示。', '全年共发放补助1120221元，受益农户逾八千户。'])).toBeUndefined();
    expect(wireClosingDate(['（中央社记者温贵香台北21日电）行政院今天表示。', '已经要求农委会尽全力缓解。（编辑：苏龙麒）1121341'])).toBeUndefined();
  });
  it("the code dates a repost over the blog's own stamp, and the rule's id reaches the log", () => {
    const report = cleaned('元宵绕境贴香条 新港奉天宫邀祈福', ['(中央社记者叶子纲嘉义县21日电)农历春节在即，元宵绕境将至，嘉义新港奉天宫今天张贴香条，宣告妈祖行经路线。', '奉天宫也要分送民众1万6000个精制幸运福袋。1060121'], '2017-02-16');
    expect(report.data.meta.date).toBe('2017-01-21');
    expect(report.messages.map((m) => m.ruleId)).toContain('date-wire-closing-code');
  });
});

describe("an e-paper's issue label (rule date-issue-label)", () => {
  it('dates the issue on the label\'s line or the line under it (www.sengpou.com, www.macaodaily.com)', () => {
    expect(iso(infoLineDate('当前报章2022年02月16日'))).toBe('2022-02-16');
    expect(issueLabelAlone('当前报纸日期:')).toBe(true);
    // The template's year set apart from its month, 年 lost (2018 11月14日 星期): read after the label only.
    expect(iso(infoLineDate('当前报纸日期:2018 11月14日 星期'))).toBe('2018-11-14');
  });
  it("controls: the paper's name under a like label, a year set apart with no label", () => {
    expect(infoLineDate('当前报纸名称:余姚日报')).toBeUndefined();
    expect(issueLabelAlone('当前报纸名称:余姚日报')).toBe(false);
    expect(infoLineDate('2018 11月14日 星期')).toBeUndefined();
  });
  it("the label's line over the text gives the page's date, and the rule's id reaches the log", () => {
    const lines = ['今日日期:     版面导航', '当前报纸日期:', '2018 11月14日 星期', '特首明发表2019施政报告', '【本报消息】行政长官明日将到立法会发表施政报告，澳广视网站直播。'];
    const report = cleaned('特首明发表2019施政报告', ['【本报消息】行政长官明日将到立法会发表施政报告，澳广视网站直播。'], undefined, lines);
    expect(report.data.meta.date).toBe('2018-11-14');
    expect(report.messages.map((m) => m.ruleId)).toContain('date-issue-label');
  });
});
