// Thirteenth session, title2 class: lines near the headline that are not titles.
// Expected values written by hand from the pages' text.
import { describe, expect, it } from 'vitest';
import { refusal } from '../../scripts/ingest/structure/title-clean.ts';
import { ingestText } from '../fixtures/structure/harness.ts';

describe("a paper's or a bulletin's name and the day of its issue", () => {
  it.each([
    // m.runtun.cn (class sample title2-s13, 03) and planning.yunlin.gov.tw (unseen6 z1-yunlin).
    '甘孜日报 2020年08月13日',
    '云林县政府新闻参考资料112.7.5',
  ])('%s is never a title', (line) => {
    expect(refusal(line)).toBe("a periodical's issue line");
  });

  it('a headline ending in a report word and a day is not a masthead', () => {
    expect(refusal('关于全县防汛工作的时报 2020年8月1日')).toBeUndefined();
    expect(refusal('工作汇报 2020年8月1日')).toBeUndefined();
  });

  it('the masthead over a story with no headline: the title is derived from the lede', () => {
    const file = ingestText(
      [
        '甘孜日报 2020年08月13日',
        '本网讯 为进一步体现县委、县政府对离退休老干部的关心关怀，让老干部全面了解全县经济社会发展情况，共商发展之策，共谋发展蓝图，8月7日，乡城县召开2020年离退休老干部座谈会。',
        '与会的离退休老干部代表纷纷发言，肯定了乡城县近年来取得的成绩，并对今后的发展提出了意见建议。',
      ].join('\n'),
    );
    expect(file.data.meta.titleSource).toBe('derived');
    expect(file.data.meta.title).not.toContain('甘孜日报');
    expect(file.data.blocks.map((b) => b.text)).not.toContain('甘孜日报 2020年08月13日');
    expect(file.data.blocks[0]!.text.startsWith('本网讯')).toBe(true);
  });
});
