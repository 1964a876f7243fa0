// Xinhua's footer and its copies bracket the editor credit in 【】 as they do
// 【纠错】 (twenty-first session, newsfooter): 【纠错】 【责任编辑:马俊卿 】 on
// catapt.com (unseen17 a17-catapt); 【编辑:徐嘉仪】 on a 香港新闻网 copy (unseen14
// c14-loriforfreedom); 【纠错】 【责任编辑:王頔】 is news.cn's HTML footer.
import { describe, expect, it } from 'vitest';
import { isCreditLine } from '../../scripts/ingest/stages/chrome/credits.ts';
import { keptLines } from '../fixtures/chrome/harness.ts';

describe('an editor credit in 【】', () => {
  it('is a credit line, with or without 【纠错】 before it', () => {
    expect(isCreditLine('【纠错】 【责任编辑:马俊卿 】')).toBe(true);
    expect(isCreditLine('【纠错】 【责任编辑:王頔】')).toBe(true);
    expect(isCreditLine('【责任编辑：郭旭】')).toBe(true);
    expect(isCreditLine('【编辑:徐嘉仪】')).toBe(true);
  });

  it('is not a bracketed heading or a value that is no name', () => {
    expect(isCreditLine('【编辑推荐】')).toBe(false);
    expect(isCreditLine('【责任编辑:本网综合整理报道】')).toBe(false);
    expect(isCreditLine('【纠错】 【相关新闻】')).toBe(false);
    // Only one pair of brackets around the whole line is taken off.
    expect(isCreditLine('【责任编辑:王頔】【来源:新华网】')).toBe(false);
  });

  it('goes after the last paragraph; the paragraph stays (catapt.com)', () => {
    const last = '梁君彦在社交媒体上表示，送虎迎兔，行政与立法关系踏上新台阶。';
    expect(keptLines([last, '【纠错】 【责任编辑:马俊卿 】'])).toEqual([last]);
  });
});
