// Standard forms around a document's title on pages the pipeline was not
// tuned on: book-title marks and a 全文 mark around a title, a listing's
// numbered label, a date in brackets after a headline, the issuer opening a
// notice's title where the site bears its name, a newsroom's dateline read
// as a headline, an order (令) over the document it promulgates, and the
// clause a lede opens on before its day. Lines are copied from the pages
// named; expected values written by hand.
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../scripts/ingest/structure/title-clean.ts';
import { chooseTitle, findTitle } from '../../scripts/ingest/structure/title.ts';
import { promulgatedTitle } from '../../scripts/ingest/structure/title-order.ts';
import { ledeDate } from '../../scripts/ingest/extract/date-evidence.ts';
import { ingestText } from '../fixtures/structure/harness.ts';

describe('cleanTitle: what a page writes around the whole title', () => {
  it.each([
    // www.theorychina.org.cn (holdout h3-theorychina-chinese-modernisation-report): the page's heading.
    ['《中国式现代化发展之路》全文', '中国式现代化发展之路'],
    // www.jumpstarthappiness.com (fresh h4-jumpstart-chengdu-work-report-notice): a notice's title quoted whole.
    ['《成都市人民政府办公厅关于建立政府工作落实情况报告制度的通知》', '成都市人民政府办公厅关于建立政府工作落实情况报告制度的通知'],
    // www.upkao.com (holdout h2-upkao-hubu-party-secretary-opening-speech): 全文 after the genre word.
    ['2019年湖北大学（本部）新生开学典礼上校党委书记的讲话全文', '2019年湖北大学（本部）新生开学典礼上校党委书记的讲话'],
  ])('%s → %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it.each([
    // A title that names a book among other words keeps its marks.
    '《中国式现代化发展之路》出版发行',
    // 全文 that is not after a closing mark or a genre word is the title's own word.
    '学习贯彻党章全文',
  ])('keeps %s', (line) => {
    expect(cleanTitle(line).title).toBe(line);
  });
});

describe("cleanTitle: a listing's numbered label before a colon", () => {
  it.each([
    // www.tmdps.cn (holdout h3-tmdps-jiangnan-opening-ceremony-speech): a compilation's first item.
    ['第一篇：江南大学校长陈坚在2017级本科新生开学典礼上的讲话', '江南大学校长陈坚在2017级本科新生开学典礼上的讲话'],
    // www.cneb.gov.cn (fresh h5-cneb-taxi-reform-radio-interview): a programme's name.
    ['第一访谈：交通运输部部长杨传堂答记者问', '交通运输部部长杨传堂答记者问'],
  ])('%s → %s', (line, title) => {
    const clean = cleanTitle(line);
    expect(clean.title).toBe(title);
    expect(clean.cut.map((c) => c.text)).toContain(`${line.split('：')[0]}：`);
  });

  it('keeps a post before a colon (第一书记 is a post, not an item)', () => {
    expect(cleanTitle('第一书记：扎根基层带领群众致富').title).toBe('第一书记：扎根基层带领群众致富');
  });
});

describe('cleanTitle: a date in brackets after a headline', () => {
  it('cuts 永蔚两会第一线（3月12日） and hands the day to the date stage (news.cctv.cn, holdout h3-cctv-npc-reporter-interview)', () => {
    const clean = cleanTitle('永蔚两会第一线（3月12日）');
    expect(clean.title).toBe('永蔚两会第一线');
    expect(clean.cut).toContainEqual({ text: '3月12日', reason: 'date after the title → date', front: true });
  });

  it('keeps a year in brackets, which is part of a plan’s title', () => {
    expect(cleanTitle('诸城市重大突发事件应急保障体系建设行动计划（2021-2022年）').title).toBe('诸城市重大突发事件应急保障体系建设行动计划（2021-2022年）');
  });
});

describe("cleanTitle: the issuer opening a notice's title is not the site's name glued to it", () => {
  it.each([
    // fzgg.gansu.gov.cn (fresh h4-fzgg-gansu-equipment-renewal-notice): a joint notice, 等部门关于.
    ['甘肃省发展和改革委员会等部门关于印发《甘肃省关于加力支持工业企业设备更新的若干措施》的通知', '甘肃省发展和改革委员会'],
    // wjw.huzhou.gov.cn (eval c3a-huzhou-health-work-points-notice): the site is the issuer's.
    ['湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知', '湖州市卫生健康委'],
  ])('%s keeps %s', (line, site) => {
    expect(cleanTitle(line, [site]).title).toBe(line);
  });

  it('still cuts the site name before a headline that is not the issuer’s title', () => {
    expect(cleanTitle('湖州市卫生健康委 全市卫生健康工作会议召开', ['湖州市卫生健康委']).title).toBe('全市卫生健康工作会议召开');
  });
});

describe('findTitle: a newsroom dateline after the site name is not a headline', () => {
  it('梧州零距离网-梧州日报讯（记者 梁萍）12月30日，… (www.sznew888.com, fresh h4-sznew888-wuzhou-cppcc-teaparty-report)', () => {
    expect(findTitle(['梧州零距离网-梧州日报讯（记者 梁萍）12月30日，市政协举行新年茶话会。全市各界人士代表欢聚一堂，畅叙友情，共话发展，展望未来。', '全桂寿代表市四家班子致辞。'], 0)).toBeUndefined();
  });
});

describe('an order (令) over the document it promulgates', () => {
  // www.gov.cn (fresh h4-govcn-ndrc-repeal-decision-notice).
  const ndrc = [
    '中华人民共和国国家发展和改革委员会令',
    '第42号',
    '《关于废止部分规章和行政规范性文件的决定》已经2021年2月23日第16次委务会议审议通过，现予公布，自2021年4月1日起施行。',
    '主任：何立峰',
    '2021年3月27日',
    '关于废止部分规章和行政规范性文件的决定',
    '为贯彻落实党中央、国务院深化“放管服”改革优化营商环境部署，我委组织开展了规章、行政规范性文件清理工作。',
  ];
  // law312.infoeach.com (a 法律资料网 mirror of 宁夏回族自治区人民政府令第103号): heading and number on one line, 〈〉 inside 《》.
  const ningxia = [
    '宁夏回族自治区人民政府令第103号',
    '《宁夏回族自治区〈地方志工作条例〉实施办法》已经2007年11月9日自治区人民政府第102次常务会议讨论通过，现予以公布，自2008年1月1日起施行。',
    '自治区代主席 王正伟',
    '二○○七年十一月九日',
    '宁夏回族自治区《地方志工作条例》实施办法',
    '第一条 为了规范和加强地方志编纂工作，全面、客观、系统地编纂地方志，制定本办法。',
  ];

  it('names the promulgated document', () => {
    expect(promulgatedTitle(ndrc, 0)).toBe('关于废止部分规章和行政规范性文件的决定');
    expect(promulgatedTitle(ningxia, 0)).toBe('宁夏回族自治区《地方志工作条例》实施办法');
  });

  it('reads nothing where no sentence promulgates (a 令 heading alone, a title ending in 令)', () => {
    expect(promulgatedTitle(['中华人民共和国国家发展和改革委员会令', '第42号', '根据有关规定，我委对部分规章进行了清理。'], 0)).toBeUndefined();
    expect(promulgatedTitle(ndrc, 5)).toBeUndefined();
  });

  it('takes the document as the title and keeps the order as text', () => {
    const file = ingestText(ndrc.join('\n'));
    expect(file.data.meta.title).toBe('关于废止部分规章和行政规范性文件的决定');
    expect(file.data.meta.titleSource).toBe('found');
    expect(file.data.blocks.map((b) => b.text).slice(0, 2)).toEqual(['中华人民共和国国家发展和改革委员会令', '第42号']);
  });
});

describe('ledeDate: a purpose or basis clause before the day', () => {
  const shown = (d: ReturnType<typeof ledeDate>) => (d ? `${d.year ?? '-'}-${d.month ?? '-'}-${d.day ?? '-'}` : undefined);
  it.each([
    // itsc.nju.edu.cn (holdout h2-nju-itsc-party-platform-training-report): the clause runs over two commas.
    ['为全面推广使用好智慧党建管理服务平台，确保平台运转顺利、发挥作用、取得实效，4月25日，党委组织部联合信息化建设管理服务中心在仙林校区举办了南京大学智慧党建管理服务平台培训及答疑会。', '--4-25'],
    // www.sctu.edu.cn (fresh h4-sctu-spring-festival-students-report): a day and a time of day.
    ['根据学校相关工作安排，2月2日晚，在学生处会议室举行了2019春节留校学生慰问座谈会。', '--2-2'],
  ])('%s → %s', (text, expected) => {
    expect(shown(ledeDate(text))).toBe(expected);
  });

  it.each([
    // The date inside the clause is the basis's, not the event's.
    '根据市政府2023年5月10日常务会议精神，全市开展安全生产大检查。',
    // No day opens a clause after it.
    '为全面推广使用好智慧党建管理服务平台，党委组织部举办了培训会，时间定在下月。',
  ])('names no day: %s', (text) => {
    expect(ledeDate(text)).toBeUndefined();
  });
});

describe('cleanTitle: a 文号 printed after the title on its line', () => {
  it.each([
    // zb.gov.cn (holdout h2-zhenba-county-government-work-rules): the rules' title and the 文号 of its 发文字号 field, a space between.
    ['镇巴县人民政府工作规则 镇政发〔2024〕7号', '镇巴县人民政府工作规则', '镇政发〔2024〕7号'],
    // xiexiebang.com (the 湖南省 notice of tests/unit/structure.test.ts, its 文号 over its title): run together, told apart at the genre word.
    ['湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知湘政办发〔2009〕24号', '湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知', '湘政办发〔2009〕24号'],
  ])('%s', (line, title, number) => {
    const clean = cleanTitle(line);
    expect(clean.title).toBe(title);
    expect(clean.cut).toContainEqual({ text: number, reason: '文号 after the title → date', front: true });
  });

  it('leaves a 文号 alone on its line to the refusal', () => {
    expect(cleanTitle('湘政办发〔2009〕24号').title).toBe('湘政办发〔2009〕24号');
  });
});

describe('chooseTitle: a kicker ending in its colon over the headline', () => {
  const chosen = (lines: string[]) => chooseTitle(lines, 0)?.block.clean.title;

  it('joins them (www.workercn.cn, fresh h5-workercn-npc-first-presser-report)', () => {
    expect(
      chosen(['人大首场新闻发布会：', '发言人与记者畅所欲言', '本报记者 王冬梅', '今天上午11时，十一届全国人大三次会议首场新闻发布会在人民大会堂新闻发布厅举行，大会发言人李肇星引经据典，妙语连珠，会场气氛非常活跃。']),
    ).toBe('人大首场新闻发布会：发言人与记者畅所欲言');
  });

  it('leaves a toolbar label the text does not repeat (www.cctv.com, holdout h3-cctv-npc-reporter-interview)', () => {
    expect(chosen(['定义你的浏览字号：', '永蔚两会第一线（3月12日）', 'CCTV.com消息（今日关注）:', '任永蔚 中央电视台记者：好的，大家可能透过我们的节目看到我们的问政高官，也了解了他们的想法。'])).toBe('永蔚两会第一线');
  });
});

describe('cleanTitle: a headline wholly in 【】', () => {
  it.each([
    // www.ychouse.com (fixture region/pages/ychouse-chongyang-greeting.txt): glued before the salutation on a one-line page.
    ['【2021重阳节致辞】', '2021重阳节致辞'],
    // weibo.com (eval html-weibo-fuyang-tiger-deaths): a microblog's headline.
    ['【安徽阜阳一动物园20只东北虎死亡？官方：成立调查组进行全面调查】', '安徽阜阳一动物园20只东北虎死亡？官方：成立调查组进行全面调查'],
  ])('%s → %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it('keeps a short column marker alone to the refusal', () => {
    expect(cleanTitle('【法院讲话】').title).toBe('【法院讲话】');
  });
});
