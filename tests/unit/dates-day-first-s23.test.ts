import { describe, expect, it } from 'vitest';
import { dateLine } from '../../core/dates/parse.ts';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { extractDates } from '../../scripts/ingest/stages/dates.ts';
import type { Block } from '../../scripts/ingest/types.ts';

describe('a date line written day first or with an English month (twenty-third session)', () => {
  it.each([
    // www.ogcio.gov.hk (eval unseen3 w2-ogcio): the office's date above a transcript.
    ['26-08-2019', '2019-08-26'],
    ['26/08/2019', '2019-08-26'],
    ['（26.08.2019）', '2019-08-26'],
    // Both readings possible: day first, as Hong Kong and Macao print it.
    ['02/12/2022', '2022-12-02'],
    // Only month first possible.
    ['08/26/2019', '2019-08-26'],
    // www.cuhkmc.hk (eval unseen8 a8-cuhkmc): a date badge, the day glued to the month's name.
    ['09Sep 2021', '2021-09-09'],
    ['1 September 2021', '2021-09-01'],
    ['1st Sept., 2021', '2021-09-01'],
    ['Sep 9, 2021', '2021-09-09'],
    ['September 9th 2021', '2021-09-09'],
  ])('%s → %s', (line, iso) => {
    const hit = dateLine(line)!;
    expect(hit).toBeDefined();
    const { year, month, day } = hit.date;
    expect([year, month, day]).toEqual(iso.split('-').map(Number));
  });

  it.each([
    '31-02-2019', // no such day
    '12 Mayor 2020', // a word, not a month's name
    '26-08-2019 香港', // not a line of a date alone
    '13/13/2020', // no reading
    '於26/08/2019舉行', // inside a sentence
  ])('%s → no date line', (line) => {
    expect(dateLine(line)).toBeUndefined();
  });
});

describe("the year of a Hong Kong transcript's 今日 from its day-first date line", () => {
  const page = (front: string[], title: string, body: string[]) => {
    const file = createFile({ path: 'page.txt', bytes: new Uint8Array() });
    file.data.meta.title = title;
    file.data.front = front;
    file.data.blocks = body.map((text): Block => ({ kind: 'paragraph', part: 'body', text }));
    extractDates(file);
    return file.data.meta.date;
  };

  it('26-08-2019 over a press interview dates its 今日(八月二十六日)', () => {
    expect(page(['政府资讯科技总监办公室', '26-08-2019'], '记者会答问内容', ['政务司司长今日(八月二十六日)与创新及科技局局长会见传媒。以下是记者会答问内容：', '记者：你好。'])).toBe('2019-08-26');
  });

  it('a badge 09Sep 2021 dates a report whose text names no day', () => {
    expect(page(['09Sep 2021'], '香港中文大学医院开幕典礼', ['本港首间由大学全资拥有的非牟利私营教学医院举行开幕典礼。'])).toBe('2021-09-09');
  });
});
