import { describe, expect, it } from 'vitest';
import { ceremonyYear, infoLineDate } from '../../scripts/ingest/extract/date-evidence.ts';
import { cleaned } from './dates-file.ts';

/** A document's date and its kind from the dates stage over a title, a page stamp and body paragraphs. */
const dated = (title: string, published: string | undefined, body: string[], pageLines?: string[]) => {
  const file = cleaned(title, body, published, pageLines);
  return { date: file.data.meta.date, kind: file.data.meta.dateKind, rules: file.messages.map((m) => m.ruleId) };
};

describe("an undated report of a school ceremony named by its class or school year (twenty-ninth session)", () => {
  it('the school year of an opening ceremony (kinds3 k5-suneasecloud)', () => {
    const body = ['金秋送爽，丹桂飘香。在这个充满希望的季节里，大余中学2025-2026学年开学典礼如约而至。全体师生齐聚校园体育场，共同拉开新学年的帷幕，典礼由刘涛主任主持。'];
    expect(dated('丹桂飘香启新程，师生聚首谱华章', undefined, body)).toMatchObject({ date: '2025', rules: expect.arrayContaining(['date-ceremony-report-year']) });
  });
  it("an intake's class in a speech's headline left as the body's first line (unseen23 a23-gerecailiao)", () => {
    const body = ['四年后，见证那个更加优秀的你！——中国政法大学校长马怀德在2023级本科生开学典礼上的致辞', '大家好！今天，我们隆重举行中国政法大学2023级本科生开学典礼。'];
    expect(dated('尊敬的老师们、亲爱的同学们', undefined, body).date).toBe('2023');
  });
  it('a graduating class in the title', () => {
    expect(dated('我校隆重举行2019届毕业生毕业典礼', undefined, ['毕业典礼在第一学术报告厅举行，学校领导出席。']).date).toBe('2019');
  });
  it('not with a date found elsewhere: the page stamp dates the report', () => {
    const body = ['大余中学2025-2026学年开学典礼如约而至，全体师生齐聚校园体育场。'];
    expect(dated('开学典礼', '2025-09-02 10:00', body, ['开学典礼', '发布时间：2025-09-02 10:00', body[0]!]).date).toBe('2025-09-02');
  });
  it('not a class named only deeper in the text, past the opening paragraphs', () => {
    const body = ['学校召开教学工作会议。', '会议总结了上学期工作。', '会议部署了本学期任务。', '会上还通报了2019级新生开学典礼的筹备情况。'];
    expect(dated('学校召开教学工作会议', undefined, body).date).toBeUndefined();
  });
  it('not a notice (its signature dates it)', () => {
    expect(dated('关于举行2023级新生开学典礼的通知', undefined, ['各学院：', '定于9月5日举行开学典礼，请通知到人。']).date).toBeUndefined();
  });
});

describe("a disclosure table's row with the date label in a later cell (twenty-ninth session)", () => {
  it('公开目录 | 人事信息 | 发布日期 | 2022-03-07 | (longling.gov.cn, unseen24 b24-longling)', () => {
    expect(infoLineDate('公开目录 | 人事信息 | 发布日期 | 2022-03-07 |')).toMatchObject({ year: 2022, month: 3, day: 7 });
  });
  it('with the clock time after the day (tengchong.gov.cn, unseen20 b20-tengchong)', () => {
    expect(infoLineDate('公开目录 | 乡镇信息 | 发布日期 | 2021-05-07 13:37:50 |')).toMatchObject({ year: 2021, month: 5, day: 7 });
  });
  it('not a label standing as a value (an odd cell), nor a row without the page-date label', () => {
    expect(infoLineDate('栏目 | 发布日期 | 2022-03-07 |')).toBeUndefined();
    expect(infoLineDate('索引号 | 01526265-2-/2022-0307001 | 发布机构 | 龙陵县教育体育局 |')).toBeUndefined();
    expect(infoLineDate('公开目录 | 人事信息 | 会议日期 | 2022-03-07 |')).toBeUndefined();
  });
});

describe("a graduation named by a school year's span (twenty-ninth session)", () => {
  it('names no year: the ceremony may close either end of it (unseen5 y1-easypublish)', () => {
    expect(ceremonyYear('今天，我们在这里隆重举行 2016 - 2017年度福建中学第六十五届毕业典礼')).toBeUndefined();
  });
  it('a subtitle dash before the class is no span', () => {
    expect(ceremonyYear('——2023届毕业典礼致辞')).toBe(2023);
  });
});
