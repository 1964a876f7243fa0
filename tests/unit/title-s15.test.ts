// Titles of the fifteenth session: a share widget on the title's line, a site's
// 网评 column before the title, a subtitle's dash and the page's lost
// indentation opening the chosen title. Lines copied from the pages (simplified
// as the pipeline prints them), expected titles written by hand.
import { describe, expect, it } from 'vitest';
import { cleanTitle, finishTitle } from '../../scripts/ingest/structure/title-clean.ts';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';

describe('cleanTitle: a share widget closes the title', () => {
  it('cuts 分享到： and what the page printed after it (unseen11 b11-crntthk)', () => {
    const clean = cleanTitle('何君尧邀请房屋局局长到内地看房？还要当她的私人保镖？分享到：');
    expect(clean.title).toBe('何君尧邀请房屋局局长到内地看房？还要当她的私人保镖？');
    expect(clean.cut.map((c) => c.reason)).toContain('a share widget after the title');
  });

  it('leaves a headline that ends in 分享 (no 到/至)', () => {
    expect(cleanTitle('全县脱贫攻坚典型经验分享').title).toBe('全县脱贫攻坚典型经验分享');
  });

  it('chooses the headline the widget closes over the transcript label under it (b11-crntthk)', () => {
    const lines = [
      '何君尧邀请房屋局局长到内地看房？还要当她的私人保镖？分享到：',
      '【同期】香港立法会议员 何君尧',
      '多谢主席。局长刚才都已经解释了，她很心急，是希望可以住在㓥房里面的住户，尽量可以早点进入公屋。',
    ];
    expect(chooseTitle(lines, 0)?.block.clean.title).toBe('何君尧邀请房屋局局长到内地看房？还要当她的私人保镖？');
  });
});

describe("cleanTitle: a site's 网评 column before the title", () => {
  it.each([
    // unseen11 b11-taicangdaily, after the 【地评线】 label.
    ['【地评线】荔枝网评：“好评中国”为人民豪迈鼓与呼', '“好评中国”为人民豪迈鼓与呼'],
    // maok.cn fixture.
    ['人民网评：以创新增动能，以创业促就业', '以创新增动能，以创业促就业'],
  ])('%s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it('leaves a headline that names a commentator (title-s15 sample 11, zprce.cn)', () => {
    expect(cleanTitle('人民日报评论员：为党立言的人性温度').title).toBe('人民日报评论员：为党立言的人性温度');
  });
});

describe('finishTitle', () => {
  it('cuts the dash of a subtitle printed with no headline over it (unseen11 b11-senqingzn)', () => {
    const done = finishTitle('——茌平区振兴街道前曹村支书马立岭在新书《张国忠：把功勋写在大地上》研讨会上的发言', ['各位领导大家好：']);
    expect(done.title).toBe('茌平区振兴街道前曹村支书马立岭在新书《张国忠：把功勋写在大地上》研讨会上的发言');
    expect(done.cut).toHaveLength(1);
  });

  it('cuts a spaced dash (unseen10 b10-whdslt, the line printed last)', () => {
    expect(finishTitle('—— 2018年新学期校长寄语', []).title).toBe('2018年新学期校长寄语');
  });

  it('leaves a title with a dash inside it', () => {
    const title = '县委书记的一天——走近县委书记';
    expect(finishTitle(title, []).title).toBe(title);
  });
});

describe('finishTitle: a breadcrumb glued before the title', () => {
  it.each([
    // unseen9 b9-tristarnews, slashes unspaced.
    ['首页/地方综合/台湾区南投县同乡会联合总会年度凤还巢返乡活动', '台湾区南投县同乡会联合总会年度凤还巢返乡活动'],
    // today.help.bj.cn (title-s15 sample A 09): its breadcrumb line ends in the headline.
    ['首页> 1998> 12月17日> 中国首届青少年网络大赛闭幕', '中国首届青少年网络大赛闭幕'],
  ])('%s', (title, expected) => {
    expect(finishTitle(title, []).title).toBe(expected);
  });

  it('leaves a breadcrumb ending in a column, not a headline', () => {
    expect(finishTitle('首页 / 本院动态 / 正文', []).title).toBe('首页 / 本院动态 / 正文');
  });
});
