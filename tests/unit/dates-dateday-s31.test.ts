import { beforeAll, describe, expect, it } from 'vitest';
import { ledeDate, monthlessDay, runInSubtitleDate } from '../../scripts/ingest/extract/date-evidence.ts';
import { isoOf } from '../../core/dates/parse.ts';
import { cleaned, ingestedDate, samplePages, type SamplePage } from './dates-file.ts';

/** A document's date, its kind and the rules that logged it, from the dates stage over a title, a page stamp and body paragraphs. */
const dated = (title: string, published: string | undefined, body: string[]) => {
  const file = cleaned(title, body, published);
  return { date: file.data.meta.date, kind: file.data.meta.dateKind, rules: file.messages.map((m) => m.ruleId) };
};

const sample = new URL('../fixtures/dates/dateday-s31/', import.meta.url);
const pages = samplePages(sample);
const dateOf = (page: SamplePage) => ingestedDate(new URL(page.file, sample));

describe('the dateday sample of new sites (thirty-first session)', () => {
  // Every page is ingested once, before the cases read the dates: the first ingest loads the pipeline's models.
  const dates = new Map<string, string | null>();
  beforeAll(() => {
    for (const page of pages) dates.set(page.file, dateOf(page));
  }, 120_000);
  it('has at least twelve dated pages and four controls, in two halves, each with its source and reason', () => {
    expect(pages.filter((p) => p.date !== null).length).toBeGreaterThanOrEqual(12);
    expect(pages.filter((p) => p.date === null).length).toBeGreaterThanOrEqual(4);
    for (const page of pages) expect(page.url.startsWith('http') && page.why.length > 10).toBe(true);
    expect(new Set(pages.map((p) => p.half))).toEqual(new Set(['A', 'B']));
  });
  // Half A was read and fitted to: every page is dated as labelled (9 of its first 10 before the change; the
  // eleventh, wanglu.net, added for the run-in subtitle and labelled before its own run, was null before).
  it.each(pages.filter((p) => p.half === 'A').map((p) => [p.file, p.date, p] as const))('half A %s → %s', (file, date) => {
    expect(dates.get(file)).toBe(date);
  });
  // Half B is only counted, never read case by case: 9 of its 10 before the change and after (docs/eval.md).
  it('half B: at least 9 of 10 dated as labelled', () => {
    const b = pages.filter((p) => p.half === 'B');
    expect(b.filter((p) => dates.get(p.file) === p.date).length).toBeGreaterThanOrEqual(9);
  });
});

describe('a day printed without its 月 (thirty-first session, rule date-monthless-day)', () => {
  it('929日 is 9月29日 (yushu.gov.cn, eval unseen24 c24-yushu) and 1226日 is 12月26日 (58xinbao.com, sample half A)', () => {
    expect(monthlessDay('929日下午,代市长吴威主持召开市长办公会2021年第一次会议')).toMatchObject({ month: 9, day: 29 });
    expect(monthlessDay('1226日,区领导刘惠、于瑞均、李雯分别主持召开《政府工作报告》征求意见建议座谈会')).toMatchObject({ month: 12, day: 26 });
  });
  it('not digits that split two ways, none that make a date, or a number that is no day of an event', () => {
    expect(monthlessDay('111日,全县召开会议')).toBeUndefined(); // 1月11日 or 11月1日
    expect(monthlessDay('1326日,全县召开会议')).toBeUndefined(); // neither 13月26日 nor 1月326日
    expect(monthlessDay('105日,全县召开会议')).toMatchObject({ month: 10, day: 5 }); // never 1月05日: no zero is dropped
    expect(monthlessDay('300日的攻坚行动取得成效')).toBeUndefined(); // no time of day or comma after it
    expect(monthlessDay('全县929日下午召开会议')).toBeUndefined(); // not at the sentence's start
  });
  it("the lede's day, after a dateline too", () => {
    const shown = (d: ReturnType<typeof ledeDate>) => d && `--${d.month}-${d.day}`;
    expect(shown(ledeDate('929日下午，代市长吴威主持召开市长办公会2021年第一次会议。徐志刚、闫伟出席会议。'))).toBe('--9-29');
    expect(shown(ledeDate('本网讯 1226日，区领导分别主持召开《政府工作报告》征求意见建议座谈会。'))).toBe('--12-26');
  });
  it("dates the report with the info line's year, and the rule's id reaches the log", () => {
    const body = ['929日下午，代市长吴威主持召开市长办公会2021年第一次会议。徐志刚、闫伟、马光辉出席会议。', '会议听取了安全生产等重点工作推进情况汇报。'];
    const result = dated('吴威主持召开市长办公会2021年第一次会议', '2021-09-30', body);
    expect(result).toMatchObject({ date: '2021-09-29', kind: 'published' });
    expect(result.rules).toContain('date-monthless-day');
  });
});

describe("a speech's occasion subtitle run into the headline's line (thirty-first session, rule date-run-in-subtitle)", () => {
  it('the day after the dash (ruclaw.com, eval unseen20 a20-ruclaw; wanglu.net, sample half A)', () => {
    const ruclaw = runInSubtitleDate('湖北省高级人民法院地址,湖北省高级人民法院工作报告——2022年1月20日在湖北省第十三届人民代表大会第七次会议上');
    const wanglu = runInSubtitleDate("政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT ――2019 年3月5日在第十三届全国人民代表大会第二次会议上 Delivered at the Second Session of the 13th National People'");
    expect(ruclaw && isoOf(ruclaw)).toBe('2022-01-20');
    expect(wanglu && isoOf(wanglu)).toBe('2019-03-05');
  });
  it('not a subtitle alone on its line (headLineDate reads it), a date in a sentence, or a day without its year', () => {
    expect(runInSubtitleDate('——2022年1月18日在甘肃省第十三届人民代表大会第六次会议上')).toBeUndefined();
    expect(runInSubtitleDate('省长于2022年1月20日在省第十三届人民代表大会第七次会议上作报告')).toBeUndefined();
    expect(runInSubtitleDate('湖北省高级人民法院工作报告——1月20日在湖北省第十三届人民代表大会第七次会议上')).toBeUndefined();
  });
  it("dates the speech over the repost's stamp, and the rule's id reaches the log", () => {
    const body = ['湖北省高级人民法院地址，湖北省高级人民法院工作报告——2022年1月20日在湖北省第十三届人民代表大会第七次会议上', '代表们：', '现在，我代表省高级人民法院向大会报告工作，请予审议。'];
    const result = dated('湖北省高级人民法院工作报告', '2022-11-02', body);
    expect(result).toMatchObject({ date: '2022-01-20', kind: 'delivered' });
    expect(result.rules).toContain('date-run-in-subtitle');
  });
});
