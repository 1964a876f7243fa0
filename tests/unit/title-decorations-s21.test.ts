// What a page adds around a document's own title, twenty-first session (titledeco): the original title's
// label, a reporter's credit in brackets, a date in figures in brackets, a column's name with a quoted pun,
// a short headline after a bracketed label. Each on the real lines of the pages named beside it; expected
// titles written by hand from the raw pages.
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../scripts/ingest/structure/title-clean.ts';
import { columnLabel } from '../../scripts/ingest/structure/title-column.ts';

describe("the original title's label (原标题：)", () => {
  it.each([
    ['【原标题:平阴县教育和体育局召开全县中小学校长座谈会】', '平阴县教育和体育局召开全县中小学校长座谈会'], // geyaocha, eval unseen17 b17-geyaocha
    ['原标题:重庆市相关部门“发言人”进社区与市民“零距离”交流', '重庆市相关部门“发言人”进社区与市民“零距离”交流'], // shifen, eval unseen11 b11-shifen
  ])('comes off: %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it('leaves a headline that only speaks of an original title alone', () => {
    expect(cleanTitle('原标题与新标题之争引发热议').title).toBe('原标题与新标题之争引发热议');
  });
});

describe("a reporter's or photographer's credit in brackets after the title", () => {
  it.each([
    ['访谈活动-与徐远谋老师有约（小记者：育齐.冠宇.东晋）', '访谈活动-与徐远谋老师有约'], // ilc, eval unseen13 c13-ilc
    ['对话潍坊市公安局局长闫希军(摄影/刘自勇)', '对话潍坊市公安局局长闫希军'], // bilezu, eval unseen2 v1-bilezu (a caption's line)
  ])('comes off: %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it("keeps a bracket that is the title's own", () => {
    expect(cleanTitle('关于进一步加强记者证管理的通知（试行）').title).toBe('关于进一步加强记者证管理的通知（试行）');
    expect(cleanTitle('致全市新闻工作者的慰问信（记者节）').title).toBe('致全市新闻工作者的慰问信（记者节）');
  });
});

describe('a date in figures in brackets after the title', () => {
  it('comes off and goes to the date stage (apgei, eval unseen17 c17-apgei)', () => {
    const clean = cleanTitle('王珣章主委在中美经贸圆桌会议的致辞稿(2014.8.28)');
    expect(clean.title).toBe('王珣章主委在中美经贸圆桌会议的致辞稿');
    expect(clean.cut).toContainEqual(expect.objectContaining({ text: '2014.8.28', front: true }));
  });

  it('leaves a span of years, which names the plan, alone', () => {
    expect(cleanTitle('诸城市重大突发事件应急保障体系建设行动计划（2021-2022年）').title).toBe('诸城市重大突发事件应急保障体系建设行动计划（2021-2022年）');
    expect(cleanTitle('某某市国民经济发展规划(2021-2025)').title).toBe('某某市国民经济发展规划(2021-2025)');
  });
});

describe("a column's name before the headline", () => {
  it('with a quoted pun before a separator (hbjc, eval unseen16 b16-hbjc)', () => {
    expect(columnLabel('两会“检”阅丨赞成率100%!秭归县检察院工作报告获全票通过')).toBe('两会“检”阅丨');
  });

  it('not a headline that quotes words and then names the site', () => {
    expect(columnLabel('“稳经济”需要跑出“加速度”|新华网')).toBeUndefined();
    expect(columnLabel('习近平：“稳经济”丨开局')).toBeUndefined();
  });

  it.each([
    ['[杂七杂八]并非杜撰', '[杂七杂八]'], // wenxue100.com, eval unseen7 b7-wenxue100
    ['[港澳台] 政府要有作為', '[港澳台] '], // tvbnow.com, eval unseen14 c14-tvbnow
  ])('in square brackets before a short headline: %s', (line, label) => {
    expect(columnLabel(line)).toBe(label);
  });

  it('not before a headline of fewer than four characters', () => {
    expect(columnLabel('[图]你好')).toBeUndefined();
  });
});
