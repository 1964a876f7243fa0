// Credit and provenance lines (twenty-third session, credits): a credit printed
// before the lede on its line, a relay note, a unit's name alone in brackets, a
// supplier's credit bracketed whole, an editor's credit between the last
// paragraph and a list of teasers. Expected values written by hand from the
// development pages named; the lines the conventions keep are checked beside them.
import { describe, expect, it } from 'vitest';
import { isBracketedUnit, isRelayNote, leadingCredit, trailingCredit } from '../../scripts/ingest/stages/chrome/credits.ts';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { keptLines } from '../fixtures/chrome/harness.ts';

describe('a credit before the lede on the same line', () => {
  it('is cut from the lede: a byline, a labelled byline, a relay note', () => {
    expect(leadingCredit('常德日报记者 李张念 通讯员 范瑾瑜 文/图  3月3日,全市法院院长会议召开。')).toEqual({ credit: '常德日报记者 李张念 通讯员 范瑾瑜 文/图', line: '3月3日,全市法院院长会议召开。' });
    expect(leadingCredit('文‧图/记者陈慧明 狮爱传递、环岛接力!今年欣逢国际狮子会创立100周年。')).toEqual({ credit: '文‧图/记者陈慧明', line: '狮爱传递、环岛接力!今年欣逢国际狮子会创立100周年。' });
    expect(leadingCredit('财金网消息 4月17日,县教育和体育局中小学校长座谈会在职教中心召开。')).toEqual({ credit: '财金网消息', line: '4月17日,县教育和体育局中小学校长座谈会在职教中心召开。' });
  });

  it('leaves a dateline and its credit, a reporter’s 报道 and an ordinary lede as printed', () => {
    expect(leadingCredit('本报讯 记者 刁城邦 苏远龙 通讯员 何宽 春节期间，全市社会治安持续平安稳定。')).toBeUndefined();
    expect(leadingCredit('本报讯(记者 邬明洋 通讯员 吴真锴) 今年7月1日是中国共产党建党92周年，')).toBeUndefined();
    expect(leadingCredit('本网讯 9月1日，珠晖区各中小学、幼儿园迎来新学期。')).toBeUndefined();
    expect(leadingCredit('记者梁爽报道 8月5日，辽阳市第十五届运动会开幕。')).toBeUndefined();
    expect(leadingCredit('县长 王仲田要求各乡镇认真贯彻落实会议精神。')).toBeUndefined();
  });

  it('goes from the first paragraph in the chrome stage', () => {
    expect(keptLines(['常德市法院院长会议召开', '常德日报记者 李张念 通讯员 范瑾瑜 文/图  3月3日，全市法院院长会议召开。', '会议为先进个人颁奖。'])).toEqual(['常德市法院院长会议召开', '3月3日，全市法院院长会议召开。', '会议为先进个人颁奖。']);
  });
});

describe('a relay note on a line of its own', () => {
  it('names the outlet a story came from', () => {
    expect(isRelayNote('CCTV.com消息(新闻会客厅):')).toBe(true);
    expect(isRelayNote('凤凰新闻社讯 来源:香港大中华通讯社】')).toBe(true);
    expect(isRelayNote('财金网消息')).toBe(true);
  });

  it('is not a newsroom’s own 本报讯, a sentence or a column heading', () => {
    expect(isRelayNote('本网讯')).toBe(false);
    expect(isRelayNote('据新华社消息')).toBe(false);
    expect(isRelayNote('新闻快讯')).toBe(false);
    expect(isRelayNote('好消息')).toBe(false);
  });
});

describe('a unit alone in brackets', () => {
  it('is a credit after the text', () => {
    expect(isBracketedUnit('省公安厅办公室')).toBe(true);
    expect(isBracketedUnit('宣传部')).toBe(true);
    expect(classifyChrome('(省公安厅办公室)')?.rule).toBe('end-credit');
  });

  it('is not a notice’s bracketed note', () => {
    expect(classifyChrome('（此件公开发布）')).toBeUndefined();
    expect(classifyChrome('（具体见附表）')).toBeUndefined();
  });
});

describe('bracketed credits', () => {
  it('reads a supplier bracketed whole (qzjgxx)', () => {
    expect(classifyChrome('(欧阳贽 供稿)')?.rule).toBe('credit-parts');
  });

  it('takes an editor’s credit in 【】 between paragraphs as a strong production credit (loriforfreedom)', () => {
    expect(classifyChrome('【编辑:徐嘉仪】')?.rule).toBe('production-credit');
    expect(classifyChrome('（袁源）')?.rule).toBe('end-credit');
  });

  it('keeps a credit glued to the last paragraph (ahjicg.cn, cnread.news)', () => {
    const last = '全力守护广大师生的出行安全。（丁雨琪）';
    expect(keptLines(['腊树派出所提前部署。', last])).toEqual(['腊树派出所提前部署。', last]);
  });
});

describe('a picture source glued after the last sentence', () => {
  it('is the page’s note and goes (zhilengw)', () => {
    expect(trailingCredit('确保圆满完成“三秋”生产工作。(图片来源:民权网)')).toEqual({ line: '确保圆满完成“三秋”生产工作。', credit: '(图片来源:民权网)' });
  });

  it('leaves the writer’s credit the report prints (ahjicg.cn, cnread.news)', () => {
    expect(trailingCredit('全力守护广大师生的出行安全。(丁雨琪)')).toBeUndefined();
    expect(trailingCredit('以实际行动践行“美丽乡村”建设。 (宋娇)')).toBeUndefined();
  });
});
