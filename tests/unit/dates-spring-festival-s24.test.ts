import { describe, expect, it } from 'vitest';
import { springFestivalYear } from '../../scripts/ingest/extract/date-evidence.ts';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { extractDates } from '../../scripts/ingest/stages/dates.ts';
import type { Block } from '../../scripts/ingest/types.ts';

describe('the animal a Spring Festival couplet welcomes in its second half (twenty-fourth session)', () => {
  it('福虎迎新春 after the year reviewed: the tiger year after 2009 is 2010 (hospital.hzau.edu.cn, eval unseen18 a18-hzau)', () => {
    const opening = '全院干部职工：金牛辞旧岁，福虎迎新春。值此岁序更迭、万象更新之际，我代表医院领导班子致以新春的祝福！';
    expect(springFestivalYear(opening, `${opening}\n过去的2009年，是极不平凡的一年。`)).toBe(2010);
  });
  it('金牛迎新春 with the festival\'s year named: 2021 is the ox\'s (tobysbone.com, datecand sample half A)', () => {
    const opening = '凯歌送旧岁，金牛迎新春。农历除夕，港投公司领导班子与外地留连员工欢聚一堂。';
    expect(springFestivalYear(opening, `${opening}\n在2021年春节来临之际，港投公司外地员工主动选择就地过年。`)).toBe(2021);
  });
  it('the animal seen off in the first half names no year: 金牛辞旧岁，迎新春', () => {
    const opening = '金牛辞旧岁，迎新春。';
    expect(springFestivalYear(opening, `${opening}\n过去的2009年，是极不平凡的一年。`)).toBeUndefined();
  });
  it('an animal without a year the text names leaves the year to the reader: 瑞虎迎新春 alone', () => {
    const opening = '金牛辞旧岁，瑞虎迎新春。虎年里，祝愿同事们工作顺利！';
    expect(springFestivalYear(opening, opening)).toBeUndefined();
  });
});

describe("a Spring Festival address under a speech's posting stamp (twenty-fourth session)", () => {
  const speech = (title: string, published: string | undefined, body: string[]) => {
    const file = createFile({ path: 'page.txt', bytes: new Uint8Array() });
    file.data.meta.title = title;
    if (published) file.data.candidates.published = published;
    file.data.blocks = body.map((text): Block => ({ kind: 'paragraph', part: 'body', text }));
    extractDates(file);
    return { date: file.data.meta.date, kind: file.data.meta.dateKind, others: file.data.meta.otherDates };
  };
  const body = ['玉兔呈祥辞旧岁，金龙献瑞迎新春。在中华民族传统新春佳节来临之际，我谨代表法院党组，向全院干警致以诚挚的祝福！', '过去的一年，全院干警兢兢业业、辛勤付出。'];

  it('the stamp is no date of the speech, the greeting still gives its year: 2024年新春致辞 posted 2024-12-23 (xcxzfy.ahcourt.gov.cn, eval unseen19 a19-ahcourt)', () => {
    expect(speech('2024年新春致辞', '2024-12-23 15:37:10', body)).toEqual({ date: '2024', kind: 'delivered', others: [{ date: '2024-12-23', kind: 'published' }] });
  });
  it('the same address without a stamp, as before', () => {
    expect(speech('2024年新春致辞', undefined, body)).toMatchObject({ date: '2024', kind: 'delivered' });
  });
  it('a speech under a stamp that greets no animal stays undated', () => {
    expect(speech('2024年新春致辞', '2024-12-23 15:37:10', ['在中华民族传统新春佳节来临之际，我谨代表法院党组，向全院干警致以诚挚的祝福！']).date).toBeUndefined();
  });
});
