// The reviewers' sign-off a county media centre prints under a report
// (fourteenth session, credits): 一审/二审/三审 read by the label, whatever
// the name — 稂 of 稂银 is in no surname list. Lines from the pages named.
import { describe, expect, it } from 'vitest';
import { isReviewCredit } from '../../scripts/ingest/stages/chrome/credits.ts';
import { keptLines } from '../fixtures/chrome/harness.ts';

describe("the reviewers' sign-off", () => {
  it('reads a review label with a name of any surname (hengdong.gov.cn, m.nbpengxuan.com)', () => {
    expect(isReviewCredit('一审:稂银')).toBe(true);
    expect(isReviewCredit('一审：稂银')).toBe(true);
    expect(isReviewCredit('编辑:周敏 一审:周涛 二审:曹稳 三审:李勇')).toBe(true);
    expect(isReviewCredit('(编辑:周敏 一审:周涛 二审:曹稳 三审:李勇)')).toBe(true);
  });

  it('is not a sentence, a clause or a line without a review label', () => {
    expect(isReviewCredit('二审：维持原判。')).toBe(false);
    expect(isReviewCredit('终审判决：驳回上诉，维持原判')).toBe(false);
    // Production credits alone are the production-credit rule's (names with a listed surname).
    expect(isReviewCredit('编辑:周敏')).toBe(false);
    // A value of more than four tokens, or a long one, is no list of names.
    expect(isReviewCredit('一审:县融媒体中心新闻部')).toBe(false);
  });

  it("goes after the last paragraph; the paragraph stays (hengdong.gov.cn)", () => {
    const last = '为春耕生产提供物资保障，确保今年我县粮食及农业生产大丰收。';
    expect(keptLines([last, '一审:稂银'])).toEqual([last]);
  });
});
