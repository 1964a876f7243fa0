// Title rules of the eighteenth session (titlefix), each on the real lines of the evaluation pages that showed
// it; expected values written by hand from the raw pages.
import { describe, expect, it } from 'vitest';
import { cleanTitle, refusal } from '../../scripts/ingest/structure/title-clean.ts';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';
import { isBylineLine } from '../../scripts/ingest/structure/lines.ts';

describe('a short name after a spaced hyphen closing the headline', () => {
  it.each([
    ['李国章童年冇「家教」 - 李八方', '李国章童年冇「家教」'], // dweb.news (unseen14 c14-dweb): the columnist's name
    ['延边朝鲜族自治州人民政府办公室关于2024年州庆放假的通告 -凯发地址首页app', '延边朝鲜族自治州人民政府办公室关于2024年州庆放假的通告'], // unseen13 c13-hg4067: the site's
  ])('comes off: %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it.each([
    ['访谈活动-与徐远谋老师有约'], // unseen13 c13-ilc: an unspaced hyphen joins the headline's own parts
    ['关于做好2021-2022年度冬季供暖工作的通知'], // a span of years
    ['市委书记 - 在全市经济工作会议上的讲话'], // what follows is no short name
  ])('leaves the headline whole: %s', (line) => {
    expect(cleanTitle(line).title).toBe(line);
  });
});

describe("a post's time and count of views", () => {
  it.each([
    ['赖义中 2014/09/22 22:53 点阅 784 次'], // anntw.com (unseen14 c14-anntw): the byline line over the headline
    ['时间:2020-10-24 11:09:00    浏览量:105'],
  ])('is never a title: %s', (line) => {
    expect(refusal(line)).toBeDefined();
  });

  it('leaves a headline with a count in it alone', () => {
    expect(refusal('全市新闻阅读量突破100万次')).toBeUndefined();
  });

  it('passes over the byline line to the headline under it (unseen14 c14-anntw)', () => {
    const lines = ['赖义中 2014/09/22 22:53 点阅 784 次', '电话的对面', '那天下午，电话那头的声音很轻，他说自己在医院门口等了很久。'];
    expect(chooseTitle(lines, 0)?.block.clean.title).toBe('电话的对面');
  });
});

describe("a newsroom's credit with the agency before the reporter", () => {
  it('is a byline (atanews.net, unseen12 c12-atanews)', () => {
    expect(isBylineLine('【亚太新闻网/特派记者张建奎/竹县报导】')).toBe(true);
    expect(isBylineLine('亚太新闻网/特派记者张建奎/竹县报导')).toBe(true);
  });

  it('is not taken for the title once its 【】 come off', () => {
    const lines = ['【亚太新闻网/特派记者张建奎/竹县报导】', '新竹县议会今(25)日召开第十九届第五次定期会，议长张镇荣主持开幕。'];
    expect(chooseTitle(lines, 0)?.block.clean.title).not.toBe('亚太新闻网/特派记者张建奎/竹县报导');
  });

  it('leaves a column label over a headline to the column rules (cases c3b-nbd: 记者现场手记 | …)', () => {
    const lines = ['记者现场手记 | 平凡之年一场不平凡的发布会:轻松气氛贯穿全场', '今天上午，十三届全国人大二次会议新闻发布会在人民大会堂举行。'];
    expect(chooseTitle(lines, 0)?.block.clean.title).toBe('平凡之年一场不平凡的发布会:轻松气氛贯穿全场');
  });
});
