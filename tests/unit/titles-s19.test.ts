// Title rules of the nineteenth session, on the real lines of the pages that showed them (class sample
// docs/wide-samples/titles-s19, eval slugs named beside each case). Expected values written by hand from the pages.
import { describe, expect, it } from 'vitest';
import { refusal } from '../../scripts/ingest/structure/title-clean.ts';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';

describe("a poster's name and the post's time", () => {
  it.each([
    ['资深长老2025-11-11 13:13:33'], // hlgnet.com (class sample titles-s19 13): the forum poster over the thread's title
    ['每日经济新闻 2021-03-05 00:21:14'], // nbd.com.cn (eval cases/c3b-nbd-npc-presser-report): the outlet over the story
  ])('is refused as a title: %s', (line) => {
    expect(refusal(line)).toBe("a poster's name and the post's time");
  });

  it.each([
    ['2021-03-05 全国两会开幕'], // a date before a headline: no clock time closes it
    ['三道通镇召开党委政府工作会议'], // linkou.gov.cn-style heading without any stamp
    ['学习时间 2021-03-05 学习内容'], // words after the date: not a bare stamp
  ])('is not refused by it: %s', (line) => {
    expect(refusal(line)).not.toBe("a poster's name and the post's time");
  });

  it('is not taken as the title of the thread under it (hlgnet.com, class sample titles-s19 13)', () => {
    const lines = ['观网活动', '资深长老2025-11-11 13:13:33', '楼主', '【第18期】2025-2026年度“爱在龙泽 志愿有我”志愿服务招募志愿者！', '跟帖：1条浏览602次'];
    expect(chooseTitle(lines, 0)?.block.clean.title).not.toBe('资深长老2025-11-11 13:13:33');
  });
});
