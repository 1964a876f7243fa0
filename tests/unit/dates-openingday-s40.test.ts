import { beforeAll, describe, expect, it } from 'vitest';
import { openingDay, stampedOpeningDay } from '../../scripts/ingest/extract/date-evidence.ts';
import { cleaned, describeDateSample } from './dates-file.ts';

/** A document's date and the rules that logged it, from the dates stage over a title, a page stamp and body paragraphs. */
const dated = (title: string, published: string | undefined, body: string[]) => {
  const file = cleaned(title, body, published);
  return { date: file.data.meta.date ?? null, rules: file.messages.map((m) => m.ruleId) };
};

// The first document through the dates stage loads the people and place models; load them before the cases.
beforeAll(() => void cleaned('会议', ['全县召开会议。']), 120_000);

describe("the day a clause of a report's opening opens on (fortieth session, OPENING_DAYS)", () => {
  it('past a pull quote or a scene-setting sentence, with a time of day or a comma after it (bodypridespa.com, 0933.biz)', () => {
    expect(openingDay(['“我们要打造青岛的‘前花园’。”作为鲁南经济带惟一的直接出海口，日照正面临难得的发展新机遇。3月10日中午，全国人大代表、日照市委书记杨军在接受记者专访时，向记者详细阐述了…'])).toMatchObject({ month: 3, day: 10 });
    expect(openingDay(['重教育，为长远发展打基础；做决策，从群众利益来出发。', '——宋全科', '4月12日，泾川县委书记宋全科接受了人民网甘肃频道的专访。'])).toMatchObject({ month: 4, day: 12 });
  });
  it("named as last year's, or a day alone before its time of day (86zhuxian.com, oubrhjy.cn)", () => {
    expect(openingDay(['本报讯 为切实解决当前农民对病虫害防治等实际问题，去年12月30日，县广播电视台与县农业局签订联办对农节目协议。'])).toMatchObject({ month: 12, day: 30, rel: '去年' });
    expect(openingDay(['首次以中国现任唯一女性正职省委书记出现在全国“两会”现场的孙春兰，成为媒体记者关注的热门人物。6日下午在福建省代表团的审议会上，孙春兰回答了记者的提问。'])).toMatchObject({ month: undefined, day: 6 });
  });
  it('not inside a quotation, nor a day without a time of day or a comma after it, nor one inside a clause', () => {
    expect(openingDay(['“2月1日，我们就开始排查了。”他说。'])).toBeUndefined();
    expect(openingDay(['会议要求，各地要在3月15日前完成自查。'])).toBeUndefined();
    expect(openingDay(['全县于3月15日上午召开大会。'])).toBeUndefined();
    expect(openingDay(['3月5日至7日，全县开展集中整治。'])).toBeUndefined();
  });
});

describe("the opening's day dated by the page's stamp that follows it (rule date-opening-day-stamp)", () => {
  it('the last such day on or before the stamp, within 14 days', () => {
    expect(stampedOpeningDay({ month: 3, day: 10, sentence: '' }, '2009-03-16', 14)).toBe('2009-03-10');
    expect(stampedOpeningDay({ month: 12, day: 30, rel: '去年', sentence: '' }, '2010-01-06', 14)).toBe('2009-12-30');
    expect(stampedOpeningDay({ month: 12, day: 30, sentence: '' }, '2010-01-06', 14)).toBe('2009-12-30');
    expect(stampedOpeningDay({ day: 6, sentence: '' }, '2010-03-08', 14)).toBe('2010-03-06');
  });
  it('not a day further back than the window, after the stamp, or a day alone past the stamp\'s day (its month unprinted)', () => {
    expect(stampedOpeningDay({ month: 2, day: 10, sentence: '' }, '2009-03-16', 14)).toBeUndefined();
    expect(stampedOpeningDay({ month: 3, day: 20, sentence: '' }, '2009-03-16', 14)).toBeUndefined();
    expect(stampedOpeningDay({ day: 28, sentence: '' }, '2009-03-06', 14)).toBeUndefined();
  });
  it("dates a report over its stamp, and the rule's id reaches the log", () => {
    const result = dated('日照市委书记杨军谈青日一体：打造青岛前花园', '2009-03-16', ['“我们既有和青岛相同的资源，也有和青岛不同的资源，所以我们要打造成青岛的‘前花园’。”“在会议发言时，我特别把日照和青岛接轨的问题作为一个议题。”“我建议应尽快规划建设青岛和上海间的高速铁路，青岛和上海的互动能带动日照的发展……”作为鲁南经济带惟一的直接出海口，日照正面临难得的发展新机遇。3月10日中午，全国人大代表、日照市委书记杨军在接受记者专访时，向记者详细阐述了青岛与日照之间的“一体发展、同城时代”。', '谈起青岛和日照的关系，杨军告诉记者，两个城市现在正在打造“同城时代”。']);
    expect(result.date).toBe('2009-03-10');
    expect(result.rules).toContain('date-opening-day-stamp');
  }, 60_000);
  it('leaves the stamp when the day stands inside a quotation or a month before it', () => {
    expect(dated('县长谈疫情防控', '2020-02-03', ['“2月1日，我们就开始逐户排查了。”县长说。', '目前全县没有新增病例。']).date).toBe('2020-02-03');
    expect(dated('全县召开会议', '2020-05-20', ['近年来，全县上下紧紧围绕中心工作，取得了明显成效。', '4月2日上午，县委召开常委会，研究部署有关工作。']).date).toBe('2020-05-20');
  });
});

describe('the opening\'s day in a year another rule established (rule date-opening-day-year)', () => {
  it("a cohort's 届 in the sentence the day opens a clause of (bytoday.com, eval unseen34 e34-bytoday)", () => {
    const result = dated('黄塍镇中心小学举行毕业典礼', undefined, ['“多年师生情，今夕恨别离。满堂祝福语，只赠学子行”。又到毕业季，又是离别时。在这个浓情四溢的初夏，为了给孩子们在毕业之际送上一份特别的礼物，6月30日上午，黄塍镇中心小学举行了以“今天，我们从这里起飞”为主题的2017届毕业典礼。', '毕业典礼一开始，主持人充满对母校眷恋之情。']);
    expect(result.date).toBe('2017-06-30');
    expect(result.rules).toContain('date-opening-day-year');
  });
  it("an observance's count with the day the clause gives it as this year's (wxredian.com, eval unseen23 c23-wxredian)", () => {
    const result = dated('县委书记看望慰问新闻工作者', undefined, ['今年11月8日是第二十五个中国记者节，上午，县委书记吕庆来到县融媒体中心看望慰问新闻工作者，为新闻工作者们送上节日祝福。', '吕庆先后参观了县融媒体中心指挥中心、演播室。']);
    expect(result.date).toBe('2024-11-08');
  });
  it("not a day named as last year's, and no day where the opening states none", () => {
    expect(dated('我校举行2017届毕业典礼', undefined, ['又到毕业季。去年6月30日，学校也曾举行过一场毕业典礼。', '今年的典礼更加隆重。']).date).not.toBe('2017-06-30');
    expect(dated('我校举行2017届毕业典礼', undefined, ['又到毕业季，学校举行2017届毕业典礼。', '典礼上，校长致辞。']).date).toBe('2017');
  });
});

// Half A (a01–a08) was read; half B only counted: 7 of 8 before the change and after (docs/eval.md, datefix3).
describeDateSample('the openingday sample of new sites (fortieth session)', new URL('../fixtures/dates/openingday-s40/', import.meta.url), {
  least: 16,
  controls: 4,
  passing: ['a02', 'a03', 'a04', 'a05', 'a06', 'a07', 'a08'],
  halfB: 7,
  controlsStayUndated: true,
});
