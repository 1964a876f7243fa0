// Agreement between a page's own copies of its title: real <title>s, headings,
// breadcrumbs and text lines from the evaluation corpus and fixtures; the
// expected answers are written by hand from the pages.
import { describe, expect, it } from 'vitest';
import { agree, framed, gluedNames, pieces } from '../../scripts/ingest/structure/title-agreement.ts';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';
import { ingestText } from '../fixtures/structure/harness.ts';

describe('framed: a copy of the title with only names around it', () => {
  it.each([
    // <title> line over the heading, 媒体报道-标题-机构名 (hhyfoundation.org, eval ho-hhyfoundation-xuyongguang-interview).
    ['徐永光：新华网访谈', '媒体报道-徐永光：新华网访谈-北京黄河缘公益基金会'],
    // The site's name before ——, as ArticleTitle prints it (www.baoding.gov.cn, eval gov-baoding-presser).
    ['保定市统筹推动城市和产业转型升级 着力构建“医车电数游”五大优势产业集群', '保定市人民政府网——保定市统筹推动城市和产业转型升级 着力构建“医车电数游”五大优势产业集群'],
    // 标题_栏目_站点 (www.1905.com, eval c4h-1905-gmrb-short-video-commentary).
    ['短视频与大众文化生产', '短视频与大众文化生产_要闻_电影网_1905.com'],
    // A breadcrumb ending in the title (hanjia777.com, eval c3c-hanjia777-rural-revival-dangke).
    ['2022年度专题党课：从党史中汲取智慧和力量全力推进乡村振兴（精选文档）', '您的当前位置：77范文网 > 范文大全 > 党史学习 > 2022年度专题党课：从党史中汲取智慧和力量全力推进乡村振兴（精选文档）'],
  ])('%s in %s', (title, source) => {
    expect(framed(title, source)).toBe(true);
  });

  it.each([
    // A kicker and its headline joined by a colon are one title (the second half printed again as a heading).
    ['出国前后关注点大不同', '海外留学生看两会：出国前后关注点大不同'],
    // A sentence that starts with the headline's words does not frame it (www.jw0577.com, eval c3c-jw0577-forum-hu-online-report).
    ['胡主席上午与网友在线交流', '胡主席上午与网友在线交流，历时20分钟回答三个提问'],
    // A menu word is too short to count as a copy (www.1905.com).
    ['要闻', '短视频与大众文化生产_要闻_电影网_1905.com'],
  ])('not %s in %s', (title, source) => {
    expect(framed(title, source)).toBe(false);
  });
});

describe('agree: two copies of one title', () => {
  it.each([
    // The first line of a hard-wrapped copy and the title line above it (寿县人民政府 bulletin, fixture structure/pages/shouxian-tongbao.txt).
    ['关于印发2022年《政府工作报告》主要任务', '关于印发2022年《政府工作报告》主要任务上半年落实情况的通报'],
    // A headline and the same headline with the word the story leads on (news.cn, in tests/unit/structure.test.ts).
    ['习近平主持召开深入推进长三角一体化发展座谈会', '习近平主持召开深入推进长三角一体化发展座谈会强调'],
  ])('%s ~ %s', (a, b) => {
    expect(agree(a, b)).toBe(true);
    expect(agree(b, a)).toBe(true);
  });

  it('does not take two headlines that share words for copies (zhuti.net.cn, eval txt-zhuti-agriculture-minister-press-interview)', () => {
    expect(agree('农业部答记者问', '农业部部长韩长赋等就实施乡村振兴战略推动农业转型升级答记者问')).toBe(false);
  });
});

describe('pieces: a line split at the page\'s separators', () => {
  it('keeps a year range whole and splits at the site separators', () => {
    // www.caijing.com.cn <title> (eval cx-caijing-nbs-cpi-release); a range as szcn-led.com prints it.
    expect(pieces('2024年4月全国CPI同比上涨0.3% 食品价格下降2.7%_数据_宏观频道首页_财经网 - CAIJING.COM.CN')).toEqual(['2024年4月全国CPI同比上涨0.3%', '食品价格下降2.7%', '数据', '宏观频道首页', '财经网', 'CAIJING.COM.CN']);
    expect(pieces('诸城市重大突发事件应急保障体系建设行动计划（2021-2022年）')).toEqual(['诸城市重大突发事件应急保障体系建设行动计划（2021-2022年）']);
  });
});

describe('gluedNames: a name the page glues to a line and prints again elsewhere', () => {
  it.each([
    // tougao.12371.cn/gaojian.php?tid=5470754 (eval c3c-12371-tougao-theme-education-article): the toolbar opens with the site's name.
    ['共产党员网 先锋文汇主题教育心得体会', ['主题教育要“层层递进”', '共产党员网来稿 打印 纠错 投稿须知 投稿'], ['共产党员网']],
    // tougao.12371.cn/gaojian.php?tid=3550609 (pages corpus): another column of the same site.
    ['共产党员网 先锋文汇随笔漫谈', ['@共产党员网 遇上你是我的缘', '共产党员网来稿 打印 纠错 投稿须知 投稿'], ['共产党员网']],
  ])('%s', (line, page, names) => {
    expect(gluedNames(line, page)).toEqual(names);
  });

  it.each([
    // The title's second phrase printed again as a heading: it shares the title's words (dswxyjy, fixture chrome/pages/dswxyjy-party.txt).
    ['胡国强:长征精神  永放光芒', ['长征精神  永放光芒']],
    // An issuer before its notice's title, signing it at the end: the signature is the name alone (dongyang.gov.cn, fixture).
    ['东阳市人民政府办公室 关于印发《东阳市促进残疾人就业行动实施方案(2023—2025年)》的通知', ['发布日期:2023-03-21访问次数: 信息来源:东阳市人民政府办公室', '东阳市人民政府办公室']],
  ])('none in %s', (line, page) => {
    expect(gluedNames(line, page)).toEqual([]);
  });
});

describe('chooseTitle: agreement and position', () => {
  const chosen = (lines: string[], context = {}) => chooseTitle(lines, 0, context)?.block.clean.title;

  it('takes the line under the site\'s name-and-column line, right above the text (tougao.12371.cn)', () => {
    const lines = [
      '共产党员网 先锋文汇主题教育心得体会',
      '主题教育要“层层递进”',
      '习近平总书记今年在广东考察时强调“以学铸魂”，要做好深化、内化、转化工作。第二批主题教育在群众身边开展，同群众的联系更直接、更紧密，需要下深功夫解决的矛盾和问题更多样、更具体。',
    ];
    expect(chosen(lines, { pageLines: ['安徽省安庆市岳西县石关乡人民政府 储川川', '共产党员网来稿 打印 纠错 投稿须知 投稿'] })).toBe('主题教育要“层层递进”');
  });

  it('takes the heading the <title> line frames (hhyfoundation.org)', () => {
    const lines = ['媒体报道-徐永光：新华网访谈-北京黄河缘公益基金会', '徐永光：新华网访谈', '2007-07-26', '3月10日下午，全国政协委员徐永光做客新华网，就农民工子女教育解决的途径与网友交流。'];
    expect(chosen(lines)).toBe('徐永光：新华网访谈');
  });
});

describe('structure: the page heading printed under a lede', () => {
  it('takes the page heading as the title when a line of the text agrees with it, and leaves the line in the text (www.tqxz.com)', () => {
    const text = [
      '有关疫情一刀切的防疫政策也是疫情期间民众最为关注的，对于部分地区疫情一刀切民众都在咨询相关的解决办法。疫情一刀切政策怎么投诉举报？',
      '疫情一刀切政策怎么投诉举报',
      '除了可以拨打12388投诉举报疫情一刀切政策外，还可以通过以下途径处理解决。',
    ].join('\n');
    const file = ingestText(text, { title: '疫情一刀切政策怎么投诉举报' });
    expect(file.data.meta.title).toBe('疫情一刀切政策怎么投诉举报');
    expect(file.data.meta.titleSource).toBe('found');
    expect(file.data.blocks.map((b) => b.text)).toContain('疫情一刀切政策怎么投诉举报');
  });

  it('keeps a derived title, marked so, on a page that states none (eval dirt-ztdxk120-new-officials-article, m.ztdxk120.com)', () => {
    const text = [
      '【摘要】基层换届后，有极少数新上任干部胡作为乱作为，好高骛远，标新立异，热衷于改弦更张、另起炉灶。',
      '基层换届后，个别新上任干部胡作为乱作为的多种样态和具体表征',
      '不调查研究，偏好“大干快上”，描画不切实际的新蓝图。',
    ].join('\n');
    const file = ingestText(text);
    expect(file.data.meta.titleSource).toBe('derived');
  });
});
