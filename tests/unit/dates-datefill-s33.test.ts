import { beforeAll, describe, expect, it } from 'vitest';
import { classYearFill, fillCandidates, yearMentions, type FillInput } from '../../scripts/ingest/extract/date-fill.ts';
import { cleaned, ingestedDate, samplePages } from './dates-file.ts';

/** A document's date, its kind and the rules that logged it, from the dates stage over a title and body paragraphs. */
const dated = (title: string, body: string[], published?: string) => {
  const file = cleaned(title, body, published);
  return { date: file.data.meta.date, kind: file.data.meta.dateKind, rules: file.messages.map((m) => m.ruleId) };
};

const sample = new URL('../fixtures/dates/datefill-s33/', import.meta.url);
const pages = samplePages(sample);

describe('the datefill sample of new sites (thirty-third session)', () => {
  // Every page is ingested once, before the cases read the dates: the first ingest loads the pipeline's models.
  const dates = new Map<string, string | null>();
  beforeAll(() => {
    for (const page of pages) dates.set(page.file, ingestedDate(new URL(page.file, sample)));
  }, 120_000);
  it('has at least ten dated pages and four controls, in two halves, each with its source and reason', () => {
    expect(pages.filter((p) => p.date !== null).length).toBeGreaterThanOrEqual(10);
    expect(pages.filter((p) => p.date === null).length).toBeGreaterThanOrEqual(4);
    for (const page of pages) expect(page.url.startsWith('http') && page.why.length > 10).toBe(true);
    expect(new Set(pages.map((p) => p.half))).toEqual(new Set(['A', 'B']));
  });
  // Half A was read: 8 of 11 dated as labelled before the change, 11 after (a02 xjbdql's 07级, a03 ustc's 2011级
  // 军训, a05 vt935's 2022--2023学年度第二学期).
  it.each(pages.filter((p) => p.half === 'A').map((p) => [p.file, p.date] as const))('half A %s → %s', (file, date) => {
    expect(dates.get(file)).toBe(date);
  });
  // Half B is only counted, never read case by case (docs/eval.md).
  it('half B: at least 8 of 9 dated as labelled', () => {
    const b = pages.filter((p) => p.half === 'B');
    expect(b.filter((p) => dates.get(p.file) === p.date).length).toBeGreaterThanOrEqual(8);
  });
  it('no control gains a date', () => {
    for (const page of pages.filter((p) => p.date === null)) expect(dates.get(page.file)).toBeNull();
  });
});

describe('year mentions and their kinds (extract/date-vocabulary.ts YEAR_MENTIONS)', () => {
  const kinds = (text: string) => yearMentions(text, 'lede').map((m) => `${m.kind}:${m.year}`);
  it('a cohort by four digits (yichulegw.com, sample half A; xhu.edu.cn, eval holdout h2-xhu) or by two (xjbdql.com, sample half A; hotelaztecacentro.com, fixture datemiss-s32)', () => {
    expect(kinds('9月9日上午,我校举行2015级新生军训动员大会暨授旗仪式。')).toEqual(['cohort:2015']);
    expect(kinds('西华大学2019级新生开学典礼在这里隆重举行')).toEqual(['cohort:2019']);
    expect(kinds('9月11日下午16:00点,学院召开了07级新生军训动员大会。')).toEqual(['cohort:2007']);
    expect(kinds('16级学生代表汪旭以及19级新生代表郝子韫在典礼上发言')).toEqual(['cohort:2016', 'cohort:2019']);
  });
  it('two digits before 级 that name no cohort are none (一级学科, 3级风)', () => {
    expect(kinds('法学一级学科被评为国家级重点学科，全市12级风力')).toEqual([]);
  });
  it("a school year's first term in its first year, its second term in its second (vt935.cn, sample half A; suneasecloud.com, eval kinds3)", () => {
    expect(kinds('共同举行了2022--2023学年度第二学期开学典礼')).toEqual(['school-year:2023']);
    expect(kinds('大余中学2025-2026学年开学典礼如约而至')).toEqual(['school-year:2025']);
  });
  it('a class (yanjianggu.com, eval unseen25; swxbz.com, eval unseen19), a season of a year (xbxxb.com, sample half A; cdsjw.cn, eval unseen27)', () => {
    expect(kinds('上海财经大学校长樊丽明在2019届本科毕业典礼上的讲话')).toEqual(['class:2019']);
    expect(kinds('这其中也有 2010 届全体本科毕业生的功劳')).toEqual(['class:2010']);
    expect(kinds('近日，扶风县杏林镇召开2023年春季重点工作推进会。')).toEqual(['season:2023']);
    expect(kinds('对全县中小学2018年春季学期教辅材料征订工作进行了专项督查')).toEqual(['season:2018']);
  });
  it('a year since which, a year characterised as the one ahead, a 年度 and a plain year are told apart', () => {
    expect(kinds('2020年以来，梧州公安系统')).toEqual(['since:2020']);
    expect(kinds('他强调，2019年是全面建成小康社会的关键之年')).toEqual(['ahead:2019']);
    expect(kinds('隆重召开我校2011年度教职工年终表彰大会')).toEqual(['annual:2011']);
    expect(kinds('截至2014年3月底，全县实施公务卡结算')).toEqual(['plain:2014']);
  });
});

describe("the class-year fill (thirty-third session, rule date-class-year-fill)", () => {
  const input = (over: Partial<FillInput>): FillInput => ({ title: '', head: [], lede: '', opening: [], body: [], genre: 'other', ...over });
  it('the one year a cohort, class, school year or season names near the top, with the lede day', () => {
    const fill = classYearFill(fillCandidates(input({ lede: '9月11日下午16:00点,学院召开了07级新生军训动员大会。', ledeDay: { month: 9, day: 11 } })));
    expect(fill?.iso).toBe('2007-09-11');
    expect(classYearFill(fillCandidates(input({ lede: '会上,周先意副校长宣读了2011级本科生军训团成员名单,陈初升作动员报告。' })))?.iso).toBe('2011');
  });
  it('none from a plain or a planned year, from two such years, or from a mention further into the text', () => {
    expect(classYearFill(fillCandidates(input({ title: '2023年乡镇年度工作计划', lede: '2023年乡镇年度工作计划是为了促进乡镇的可持续发展而制定的。' })))).toBeUndefined();
    expect(classYearFill(fillCandidates(input({ lede: '16级学生代表汪旭以及19级新生代表郝子韫在典礼上发言。' })))).toBeUndefined();
    expect(classYearFill(fillCandidates(input({ lede: '中秋佳节将至，圣方济各大学今日特别安排派发月饼。', opening: ['在 2025-26 学年，方大迎来了近 2,500 名新生。'] })))).toBeUndefined();
  });
  it("dates an undated report through the stage, and the rule's id reaches the log", () => {
    const result = dated('军训动员大会', ['9月11日下午16:00点,学院在文峰校区主教学楼308召开了07级新生军训动员大会。学院党总支书记、07级辅导员参加了此次会议。']);
    expect(result).toMatchObject({ date: '2007-09-11', kind: 'published' });
    expect(result.rules).toContain('date-class-year-fill');
  });
  it('leaves a date the rules take alone, and a page that states a day without any year undated', () => {
    expect(dated('开学典礼', ['2016年9月2日上午，我校举行2015级新生开学典礼。']).date).toBe('2016-09-02');
    expect(dated('中心组学习会议', ['3月28日，县委书记主持召开县委理论学习中心组集体学习会议。']).date).toBeUndefined();
  });
  it('the development page it turns right through the whole pipeline (cdsjw.cn, eval unseen27 b27-cdsjw)', () => {
    expect(ingestedDate(new URL('../eval/unseen27/b27-cdsjw-taoyuan-textbook-ordering-spot-check-report/raw.txt', import.meta.url))).toBe('2018');
  }, 60_000);
});
