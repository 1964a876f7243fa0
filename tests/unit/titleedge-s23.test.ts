// The edges of a title, twenty-third session (titleedge): what a page glues before a complete title that is
// no language (a web address with its spam name, a damage mark where an indent was lost), a collection's item
// number before one of its texts, a site named for its genre at the title's end, and a <title>'s separator
// inside a quotation. Expected titles written by hand from the raw pages named beside them.
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../scripts/ingest/structure/title-clean.ts';
import { titleParts } from '../../scripts/ingest/stages/html-meta.ts';

describe('an address or a damage mark glued before the title', () => {
  it.each([
    ['沈阳白癜风医院 http://baidianfeng.39.net/西平县防汛抗早指挥部关于加强小洪河堤防值守的通知', '西平县防汛抗早指挥部关于加强小洪河堤防值守的通知'], // eval unseen14 b14-xipingzx
    ['□关于第十二届梧州宝石节放假的通知', '关于第十二届梧州宝石节放假的通知'], // eval unseen11 b11-bkw8
  ])('comes off: %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it('leaves a damage mark that stands for lost words of the title', () => {
    expect(cleanTitle('□□县人民政府关于做好春节期间安全工作的通知').title).toBe('□□县人民政府关于做好春节期间安全工作的通知');
  });

  it('leaves an address before words that are no complete title', () => {
    expect(cleanTitle('http://www.example.com/欢迎访问').title).toBe('http://www.example.com/欢迎访问');
  });
});

describe("a collection's item number before one of its texts", () => {
  it.each([
    ['1篇1:足球赛开幕式领导讲话', '足球赛开幕式领导讲话'], // eval unseen16 a16-bzuowen
    ['篇一:国庆73周年国旗下讲话稿', '国庆73周年国旗下讲话稿'], // m.zuowen.com.cn, sample A
  ])('comes off: %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it('leaves a title that opens with 篇 as a word', () => {
    expect(cleanTitle('篇章：奋力谱写高质量发展新篇章').title).toBe('篇章：奋力谱写高质量发展新篇章');
  });
});

describe('a site named for the genre it hosts', () => {
  it("is the title's own genre word at its end (demotpfc, eval unseen10 a10-demotpfc)", () => {
    expect(cleanTitle('初中教师国旗下的讲话稿', ['讲话稿']).title).toBe('初中教师国旗下的讲话稿');
  });

  it('while a site name glued after a title still comes off', () => {
    expect(cleanTitle('关于做好2024年春节放假工作的通知中国教育在线', ['中国教育在线']).title).toBe('关于做好2024年春节放假工作的通知');
  });
});

describe("a <title>'s separator inside a quotation", () => {
  it('does not split the quoted name (fjax, eval unseen18 c18-fjax)', () => {
    expect(titleParts('“海丝茶源·飘香安溪” 入选“驾游中国”精品路线_公共服务_旅游_安溪县人民政府', ['安溪县人民政府']).headline).toBe('“海丝茶源·飘香安溪” 入选“驾游中国”精品路线');
  });

  it('still splits at a · outside quotation marks', () => {
    expect(titleParts('市政府召开常务会议·要闻', []).parts).toEqual(['市政府召开常务会议', '要闻']);
  });
});

describe('a genre-named site over a speech printed twice (demotpfc, eval unseen10 a10-demotpfc)', () => {
  it('keeps the title whole and the salutation under its copy as text', async () => {
    const { ingestOne } = await import('../../scripts/ingest/pipeline.ts');
    const raw = [
      '讲话稿 文案下载手机站',
      '',
      '初中教师国旗下的讲话稿',
      '',
      '时间:2023-09-29 21:17 讲话稿',
      '',
      '初中教师国旗下的讲话稿',
      '',
      '亲爱的同学们,',
      '',
      '大家早上好!',
      '',
      '今天是我们学校的升旗仪式,作为初中教师,我很荣幸站在这里,和大家一起庄重地迎接国旗的升起。',
      '',
      '国旗是国家的象征,它代表着我们伟大的祖国。每天升旗仪式,是我们向国旗致敬、表达对祖国的热爱和敬意的时刻。',
    ].join('\n');
    const result = ingestOne({ path: 'page.txt', bytes: new TextEncoder().encode(raw) });
    if (result.kind !== 'document') throw new Error('not ingested');
    expect(result.meta.title).toBe('初中教师国旗下的讲话稿');
    expect(result.blocks.map((b) => b.text)[0]).toBe('亲爱的同学们，');
  }, 60_000);
});
