// Site furniture around a headline (titlefix, thirty-eighth session): a welcome banner with its toolbar's links on the
// same line (title-vocabulary.ts BANNER_LINKS, rule welcome-banner-links) and a 欢迎进入 greeting are never a title nor
// the text's first sentence; a headline a chrome rule took, printed again right under the info block it stands over, is
// the headline (title-rescue.ts, rule headline-twice-over-info). Each row's examples run with every row's in
// structure.test.ts; here what the rules refuse or put back and what they leave alone. Expected titles written by hand
// from the pages (tests/fixtures/titles-s38/README.md and the evaluation cases named).
import { describe, expect, it } from 'vitest';
import { LINKED_BANNER_REFUSAL, refusal } from '../../scripts/ingest/structure/title-clean.ts';
import { removedHeadline } from '../../scripts/ingest/structure/title-rescue.ts';
import { expectCaseTitle, expectSampleTitle, titleSample } from './title-sample.ts';

const { dir, labels } = titleSample('titles-s38');

describe("a welcome banner with its toolbar's links is no title (welcome-banner-links)", () => {
  it('a county congress\'s banner, an empty template field (N/A) and the link back to the province\'s portal (dcdrd.gov.cn, unseen16 b16-dcdrd)', () => {
    expect(refusal('大柴旦人民代表大会常务委员会欢迎您!N/A 返回青海省人民代表大会常务委员会门户网站')).toBe(LINKED_BANNER_REFUSAL);
  });

  it("a county hospital's banner with two toolbar links (myxrmyy.com, unseen8 a8-myxrmyy): short enough for the banner's slogan reading too", () => {
    expect(refusal('欢迎来到米易县人民医院官方网站! 设为首页  |  收藏网站')).toMatch(/welcome banner/u);
  });

  it('a 欢迎进入 greeting naming a school by two names is a banner (ahbbjsxy.com, unseen32 e32-ahbbjsxy)', () => {
    expect(refusal('欢迎进入安徽蚌埠技师学院 蚌埠科技工程学校 官方网站!')).toBe("the site's welcome banner");
  });

  it.each([
    // After the greeting, words that are no toolbar link: a sentence of a speech goes on.
    '欢迎来到本次大会!返回家乡的校友们都来了',
    // A headline about a welcome is no banner.
    '我校欢迎新同学返回校园',
  ])('%s is no linked banner', (line) => {
    expect(refusal(line)).not.toBe(LINKED_BANNER_REFUSAL);
  });
});

describe('a headline printed again under its info block is put back (headline-twice-over-info)', () => {
  // The collector site's page (hkxiaopan.com, unseen32 c32-hkxiaopan) as it read before the chrome stage, which took
  // both copies of the headline as photo captions.
  const page = ['华安县委副书记、宣传部长吴晶晶看望慰问一线新闻工作者', '时间:2016-11-10 02:03:05', '作者:采集侠', '来源:网络整理', '华安县委副书记、宣传部长吴晶晶看望慰问一线新闻工作者', '11月8日是第十七个中国记者节。今天上午,县委副书记、宣传部长吴晶晶来到县广播电视新闻中心,看望慰问长期奋战在一线的新闻工作者,并为他们送上节日的问候和祝福。'];
  const removed = [page[0]!, page[1]!, page[2]!, page[3]!, page[4]!];

  it('the copy under the info block, the same line as over it, is the headline', () => {
    const passed: string[] = [];
    expect(removedHeadline(page, removed, page[5]!, passed)).toBe(page[4]);
    expect(passed).toContain('headline-twice-over-info');
  });

  it('a line under the info block that is not printed over it stays a caption', () => {
    const captioned = [page[0]!, page[1]!, page[2]!, page[3]!, '吴晶晶与新闻工作者座谈交流现场', page[5]!];
    expect(removedHeadline(captioned, [...removed.slice(0, 4), captioned[4]!], page[5]!)).toBeUndefined();
  });
});

describe('the evaluation pages of the class, through the whole pipeline', () => {
  it.each([
    ['unseen16', 'b16-dcdrd-dachaidan-two-towns-congress-report'],
    ['unseen32', 'e32-ahbbjsxy-bengbu-technician-college-teachers-day-commendation-banner-ext-char-cut-report'],
    ['unseen32', 'c32-hkxiaopan-huaan-propaganda-head-journalists-day-collector-info-lines-cut-gbk-report'],
  ])('%s/%s', (set, slug) => expectCaseTitle(set, slug), 60_000);
});

describe('the titlefix sample, half A, through the whole pipeline', () => {
  const pages = labels.filter((l) => l.half === 'A');
  it.each(pages.map((l) => [l.file, l.title] as const))('%s → %s', (file, title) => expectSampleTitle(dir, file, title), 60_000);
});
