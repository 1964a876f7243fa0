import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageMeta, titleParts } from '../../scripts/ingest/stages/html-meta.ts';
import type { Candidates } from '../../scripts/ingest/types.ts';

describe('titleParts', () => {
  // <title>s as government and news sites print them.
  it.each([
    ['【第226号令】《上市公司信息披露管理办法》_中国证券监督管理委员会', [], '【第226号令】《上市公司信息披露管理办法》'],
    ['邯郸市人民政府 - 关于印发邯郸市2023年大气污染防治工作方案的通知', [], '关于印发邯郸市2023年大气污染防治工作方案的通知'],
    ['健康为民守初心 奋力书写卫生健康新答卷--地方频道--示例新闻网', [], '健康为民守初心 奋力书写卫生健康新答卷'],
    ['首页_政务动态_县长主持召开县政府常务会议', [], '县长主持召开县政府常务会议'],
    ['习近平就推动哲学社会科学高质量发展作出重要指示_中华人民共和国工业和信息化部', ['中华人民共和国工业和信息化部'], '习近平就推动哲学社会科学高质量发展作出重要指示'],
  ])('%s → the headline', (title, sites, headline) => {
    expect(titleParts(title, sites).headline).toBe(headline);
  });

  it('has no headline when every part names the site', () => {
    expect(titleParts('XX县人民政府门户网站', []).headline).toBeUndefined();
  });
});

describe('titleParts: a <title> with no headline', () => {
  it.each([
    // A site's name and a column's marker in brackets.
    ['北医新闻网_(新闻)', ['北医新闻网']],
    ['首页_政务动态', []],
  ])('%s', (title, sites) => {
    expect(titleParts(title, sites).headline).toBeUndefined();
  });
});

describe('readPageMeta', () => {
  const read = (html: string) => {
    const candidates: Candidates = {};
    readPageMeta(parseHTML(html).document as never, candidates);
    return candidates;
  };

  it('reads the government site standard\'s meta tags', () => {
    const c = read(`<html><head><meta name="SiteName" content="邯郸市人民政府"><meta name="ArticleTitle" content="邯郸市召开全市安全生产工作会议"><meta name="PubDate" content="2023-02-10 09:12"><meta name="ContentSource" content="市应急管理局"><title>邯郸市召开全市安全生产工作会议_邯郸市人民政府</title></head><body><h1>邯郸市人民政府</h1></body></html>`);
    expect(c).toEqual({ title: '邯郸市召开全市安全生产工作会议', published: '2023-02-10 09:12', source: '市应急管理局', siteNames: ['邯郸市人民政府'] });
  });

  it('takes the heading that the <title> names, not a logo heading', () => {
    const c = read(`<html><head><title>我县召开秋冬季农业生产工作推进会 - 融媒体中心</title></head><body><h1>某某县融媒体中心</h1><div class="article-title">我县召开秋冬季农业生产工作推进会</div></body></html>`);
    expect(c.title).toBe('我县召开秋冬季农业生产工作推进会');
    expect(c.siteNames).toEqual(['融媒体中心']);
  });

  it('reads article:published_time and the canonical address', () => {
    const c = read(`<html><head><meta property="og:title" content="专访：把论文写在大地上"><meta property="article:published_time" content="2021-09-03T08:00:00+08:00"><link rel="canonical" href="https://example.com.cn/a/1.html"><title>x</title></head><body></body></html>`);
    expect(c).toMatchObject({ title: '专访：把论文写在大地上', published: '2021-09-03T08:00:00+08:00', url: 'https://example.com.cn/a/1.html' });
  });

  it('reads a WeChat page\'s scripted publication time as the day in China', () => {
    // 1659274471 is 2022-07-31 13:34:31 UTC, 21:34 in Beijing; 1659290000 is 2022-08-01 01:53 in Beijing.
    expect(read(`<html><head><title>t</title></head><body><script>var ct = "1659274471";</script></body></html>`).published).toBe('2022-07-31');
    expect(read(`<html><head><title>t</title></head><body><script>var ct = "1659290000";</script></body></html>`).published).toBe('2022-08-01');
  });

  // The page's own date: lines as the sites print them.
  it('takes the date the page shows under a label before the head\'s PubDate, which a regenerated page resets', () => {
    // www.miit.gov.cn: PubDate 2023-05-12 is a re-publication; the info line says 2009.
    expect(read(`<html><head><meta name="PubDate" content="2023-05-12 23:20"><title>t</title></head><body><div><span id="con_time">发布时间：2009-09-30 10:53</span>  <span>来源：北京通信管理局</span></div></body></html>`).published).toBe('2009-09-30 10:53');
    // www.wanzai.gov.cn: the 信息公开 table puts the label and the value in two cells.
    expect(read(`<html><head><meta name="PubDate" content="2023-08-16 10:33:59"><title>t</title></head><body><dd class="addWidth scrq"><label><font>生成日期：</font></label><div class="display-block">2023-05-11</div></dd></body></html>`).published).toBe('2023-05-11');
  });

  it('reads a label in traditional characters with pinyin glued into it, as the later stages will read it', () => {
    // www.0287327.com: the mirror glosses its info line's label; the pinyin and script stages run after this one.
    expect(read(`<html><head><title>t</title></head><body><div class="tags"><span>發(fā)布時(shí)間：2022-06-24</span><span>所屬欄目：<a href="/tag676371/">國內新聞</a></span></div></body></html>`).published).toBe('2022-06-24');
    // The same mirror dirt in other sites' info lines: heheying.net (fixture chrome/pages/heheying-hospital.txt), msdfz.org.cn (eval c3c-msdfz-mirror-news1plus1-interview).
    expect(read(`<html><head><title>t</title></head><body><p>發(fā)布時(shí)間:2009年6月11日 預(yù)覽:3374</p></body></html>`).published).toBe('2009年6月11日');
    expect(read(`<html><head><title>t</title></head><body><p>發(fā)布時間:2009-03-03 作者:ccy 瀏覽:56</p></body></html>`).published).toBe('2009-03-03');
  });

  it('a bare 时间： field only where it begins a field, and after the head\'s date', () => {
    expect(read(`<html><head><title>t</title></head><body><p>会议时间：2023年5月10日上午</p><div>时间:2022-11-21 12:36:00</div></body></html>`).published).toBe('2022-11-21 12:36:00');
    expect(read(`<html><head><meta name="PubDate" content="2023-02-10 09:12"><title>t</title></head><body><div>时间:2022-11-21 12:36:00</div></body></html>`).published).toBe('2023-02-10 09:12');
  });

  it('reads the Founder newspaper CMS\'s enpproperty date', () => {
    // paper.tywbw.com and epaper.chinatibetnews.com carry the article's properties in a comment.
    expect(read(`<html><head><title>t</title></head><body><!--enpproperty <articleid>183736</articleid><date>2021-11-25 16:26:07.0</date><author></author>/enpproperty--><p>正文</p></body></html>`).published).toBe('2021-11-25 16:26:07.0');
  });

  it('takes a date standing alone outside links and lists, not a related article\'s', () => {
    // newpaper.dahe.cn prints the edition date on its own; www.wanzai.gov.cn lists related articles with dates.
    expect(read(`<html><head><title>t</title></head><body><ul><li><a>图文解读：《万载县2022年统计公报》</a><span class="time">2023-07-12</span></li></ul><div class="dSearch"><strong>2022年02月12日</strong></div></body></html>`).published).toBe('2022年02月12日');
    // chinaneast.xinhuanet.com: the date before the 来源 field in one cell.
    expect(read(`<html><head><title>t</title></head><body><div class="zy">2005年08月16日　来源：新华网</div></body></html>`).published).toBe('2005年08月16日');
  });

  it('takes a clock-stamped date from a short info line', () => {
    // www.he.xinhuanet.com: 新华网河北频道 ( 2012-06-04 09:20:26 ) in a table cell.
    expect(read(`<html><head><title>t</title></head><body><table><tr><td><font>新华网河北频道 (\n 2012-06-04 09:20:26\n )</font></td></tr></table></body></html>`).published).toBe('2012-06-04 09:20:26');
  });
});

describe('readPageMeta: a <title> with no headline of its own', () => {
  const read = (html: string) => {
    const candidates: Candidates = {};
    readPageMeta(parseHTML(html).document as never, candidates);
    return candidates.title;
  };

  it("takes the page's one top heading when the <title> names only the site (www.tqxz.com, eval c4h-tqxz-epidemic-complaint-channels)", () => {
    const html = '<html><head><title>-铜雀历史网</title></head><body><div class="dh">当前位置：首页 > 中国历史 >疫情一刀切政策怎么投诉举报</div><h1>疫情一刀切政策怎么投诉举报</h1><p>有关疫情一刀切的防疫政策也是疫情期间民众最为关注的。</p><h5>图文推荐</h5><h5>热点文章</h5></body></html>';
    expect(read(html)).toBe('疫情一刀切政策怎么投诉举报');
  });

  it('takes no title from a <title> that is a breadcrumb (cn.cl2000.com, eval c4h-cl2000-chinese-academy-arts-phd-admissions)', () => {
    const html = '<html><head><title>世艺网>艺术教育</title></head><body><p>您的位置： 主页 &gt; 艺术教育 &gt; 院校招生资讯&gt; 中央美术学院</p><p><strong>中国艺术研究院2004年博士生招生简章</strong></p><p>一、培养目标：</p></body></html>';
    expect(read(html)).toBeUndefined();
  });

  it('takes no heading when the top level holds several (the related-article boxes of www.tqxz.com)', () => {
    const html = '<html><head><title>-铜雀历史网</title></head><body><h5>图文推荐</h5><h5>热点文章</h5><h5>推荐文章</h5></body></html>';
    expect(read(html)).toBeUndefined();
  });
});

describe('readPageMeta: the element a page names as its time', () => {
  const published = (html: string) => {
    const candidates: Candidates = {};
    readPageMeta(parseHTML(html).document as never, candidates);
    return candidates.published;
  };

  it('takes the first one outside a list item, not a related article\'s', () => {
    // www.cna.com.tw (eval:html-cna-egg-shortage): the time box prints the update beside the date.
    expect(published(`<html><head><title>t</title></head><body><ul><li><a>相關新聞</a><span class="date">2023/2/20</span></li></ul><div class="updatetime"><span>2023/2/21 21:20（2/21 22:08 更新）</span></div></body></html>`)).toBe('2023/2/21 21:20');
    // news.gmw.cn (eval:news-gmw-protectionism-commentary): the related list's times come after the page's.
    expect(published(`<html><head><title>t</title></head><body><div class="m-con-info"><span class="m-con-time">2024-05-13 08:49</span></div><div class="m-rel"><div class="u-time">2024-04-20 17:03</div></div></body></html>`)).toBe('2024-05-13 08:49');
    // www.sohu.com (eval:c3b-sohu-sino-french-trade-commentary).
    expect(published(`<html><head><title>t</title></head><body><div class="article-info"><span class="time" id="news-time">2024-05-13 06:15</span><span>作者</span></div></body></html>`)).toBe('2024-05-13 06:15');
  });

  it('reads the datetime of the standard <time> element', () => {
    expect(published(`<html><head><title>t</title></head><body><time datetime="2021-09-03T08:00:00+08:00">9月3日</time></body></html>`)).toBe('2021-09-03');
  });
});
