// Titles of the fourteenth session: a wire story's dateline that states its
// headline (…日电 题：…). Lines copied from the pages, expected titles written
// by hand.
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../scripts/ingest/structure/title-clean.ts';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';

describe("cleanTitle: a wire story's dateline stating the headline", () => {
  it.each([
    // widzvidz.com (title-s14 sample A 10): spaced, over the reporters' line.
    ['新华社北京3月15日电 题：传递中国信心与力量——2017年两会“部长通道”和记者会回眸', '传递中国信心与力量——2017年两会“部长通道”和记者会回眸'],
    // sadc (unseen10 b10-sadc-eco-zoning-mee-official-interview): unspaced, half-width colon.
    ['新华社北京3月17日电题:加强生态环境分区管控为发展“明底线”“划边框”——生态环境部有关负责人就关于加强生态环境分区管控的意见答记者问', '加强生态环境分区管控为发展“明底线”“划边框”——生态环境部有关负责人就关于加强生态环境分区管控的意见答记者问'],
  ])('%s', (line, title) => {
    const clean = cleanTitle(line);
    expect(clean.title).toBe(title);
    expect(clean.cut[0]?.reason).toBe("a wire story's dateline stating its headline");
  });

  it('leaves a dateline that opens the story, with no 题：', () => {
    const line = '新华社北京3月12日电 记者从全国两会新闻中心获悉';
    expect(cleanTitle(line).title).toBe(line);
  });

  it('leaves 题 inside a headline that is no dateline', () => {
    const line = '解决群众急难愁盼问题：把实事办到心坎上';
    expect(cleanTitle(line).title).toBe(line);
  });

  it('chooses the stated headline over the reporters’ line under it (unseen10 b10-sadc)', () => {
    const lines = [
      '新华社北京3月17日电题:加强生态环境分区管控为发展“明底线”“划边框”——生态环境部有关负责人就关于加强生态环境分区管控的意见答记者问',
      '新华社记者',
      '《中共中央办公厅国务院办公厅关于加强生态环境分区管控的意见》3月17日公开发布。意见出台的背景是什么？提出了哪些重点任务？记者就此采访了生态环境部有关负责人。',
    ];
    expect(chooseTitle(lines, 0, { siteNames: [] })?.block.clean.title).toBe('加强生态环境分区管控为发展“明底线”“划边框”——生态环境部有关负责人就关于加强生态环境分区管控的意见答记者问');
  });
});
