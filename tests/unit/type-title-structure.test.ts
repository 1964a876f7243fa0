// Type and title rules by the structure of real pages of sites the pipeline
// was not tuned on: a programme host's voice, questions that are answered,
// an interview word in a headline with nothing of an interview under it, a
// 文号 in a site's field list; a speech's day and occasion under its title,
// the title of an open-government field table, a speech's own title above
// its salutation, and a headline a chrome rule took from under a site's menu.
// Lines are copied from the pages named; expected values written by hand.
import { describe, expect, it } from 'vitest';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { firedRules, scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';
import { refusal } from '../../scripts/ingest/structure/title-clean.ts';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';
import { fieldTitle, withRemovedHeadline } from '../../scripts/ingest/structure/title-rescue.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const body = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', part: 'body', text }));
const typeOfLines = (title: string | undefined, blocks: Block[], front: string[] = []) => typeOf(scoreTypes(documentView(title, blocks, front)));
const fired = (title: string | undefined, blocks: Block[], front: string[] = []) => firedRules(documentView(title, blocks, front)).map((r) => r.id);

describe("classify: a programme host's voice", () => {
  it('reads a host’s label line as an interview’s turn (msdfz.org.cn, c3c-msdfz-mirror-news1plus1-interview)', () => {
    const blocks = body(
      '国务院总理与普通网民在网上零距离的交流，可以说成了大家热议的一个话题。央视《新闻1+1》近日邀请了北京大学的王锡锌教授做分析点评。',
      '主持人（王跃军）:',
      '您好，欢迎收看今天的《新闻1+1》。',
      '每年的“两会”即将召开了，最近一段时间，在网上“我向总理问问题”、“向总理建言”、“总理请听我说”都已经成了热门的话题。2月28日下午，国务院总理来到了中国政府网和新华网，与网友在线交流。',
    );
    expect(typeOfLines('总理和网民互动是倾听“原生态”的声音', blocks)).toBe('interview');
  });

  it('reads a host’s greeting to the viewers as an interview’s, with the transcript’s headline (fangtan.china.com.cn, u1-fangtan-law-interpretation-interview)', () => {
    const blocks = body('文字实录 图片实录 返回访谈页', '• 中国网：', '各位网友，大家好！欢迎您收看中国访谈·世界对话！24日，十二届全国人大常委会第八次会议举行了闭幕会。');
    expect(fired('专家解读刑法及刑事诉讼法有关规定的解释草案', blocks)).toContain('interview-host');
  });
});

describe('classify: an interview word in a headline needs an interview under it', () => {
  it('a help page of a site’s 在线访谈 column is no interview (www.bjlsbj.gov.cn fresh h5-bjlsbj-wuhu-online-interview-guide-article)', () => {
    const blocks: Block[] = [
      { kind: 'heading', part: 'body', text: '1、概述' },
      ...body('根据《国务院办公厅关于进一步加强政府信息公开回应社会关切提升政府公信力的意见》（国办发〔2013〕100号）“地方政府和部门负责同志应主动到政府网站接受在线访谈”的要求。'),
      { kind: 'heading', part: 'body', text: '2、使用步骤' },
      ...body('①通过安徽政务服务网认证身份信息', '②点击进入“在线访谈”栏目', '③选择正在进行中的在线访谈活动'),
    ];
    expect(typeOfLines('互动交流栏目使用方法——在线访谈', blocks)).toBe('article');
  });

  it('a press interview’s questions put and answered make the headline count (news.sina.com.cn, pg-sina-shanxi-jiwei-interview)', () => {
    const blocks = body(
      '刚才你谈到今年我省将深入、集中开展煤焦领域反腐败斗争，请问有什么具体的措施？',
      '近两年来，省纪委、省监委针对人民群众反映强烈的我省煤焦领域党风廉政建设存在的问题，在全省深入开展了专题调研。',
      '在本案的查处中，遇到过哪些阻力？',
      '我们每查一个案件，都会遇到这样与那样的阻力。',
    );
    expect(fired('纪委副书记：腐败与反腐败就是生死较量——省纪委副书记张晓亚答记者问', blocks)).toEqual(expect.arrayContaining(['interview-headline', 'interview-questions']));
  });

  it('a feature’s question subheads asked one after another are not questions put (www.youth.cn, c4h-youth-overseas-students-lianghui-report)', () => {
    const blocks = body(
      '出国前后关注点大不同',
      '出国前：政治科目会出啥考题？',
      '出国后：国家未来将如何发展？',
      '在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。但是，随着年龄和阅历的增长，学子对两会的关注点在出国前后发生了很大的变化。',
    );
    expect(fired('海外留学生看两会：出国前后关注点大不同', blocks)).not.toContain('interview-questions');
  });
});

describe('classify: a 文号 in the site’s field list', () => {
  it('is the catalogue’s record, not the document’s own number (zb.gov.cn, holdout h2-zhenba-county-government-work-rules)', () => {
    const front = ['• 发文机构:', '• 发文字号:', '镇政发〔2024〕7号', '• 发文日期:'];
    const blocks = body('一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，参照《陕西省人民政府工作规则》《汉中市人民政府工作规则》的有关规定，结合本县实际，制定本规则。');
    expect(fired('镇巴县人民政府工作规则', blocks, front)).not.toContain('notice-number');
    expect(typeOfLines('镇巴县人民政府工作规则', blocks, front)).toBe('article');
  });

  it('over the title it is the notice’s own (wjw.huzhou.gov.cn, c3a-huzhou-health-work-points-notice)', () => {
    const blocks = body('各区县卫生健康局（南太湖新区社发中心），委属各单位，委机关各处室：', '现将《2023年全市卫生健康工作要点》下发给你们，请认真贯彻执行。');
    expect(fired('湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知', blocks, ['湖卫健发〔2023〕1号'])).toContain('notice-number');
  });
});

describe("titles: a speech's day and occasion under its title", () => {
  it.each([
    // news.cnhubei.com (c3a-hubei-high-court-work-report).
    '2023年1月14日在湖北省第十四届人民代表大会第一次会议上',
    // www.hanbin.gov.cn (unseen u2-hanbin-government-work-report-speech): hard-wrapped.
    '2025年3月21日在汉滨区第十九届',
  ])('%s is never a title', (line) => {
    expect(refusal(line)).toBe("a speech's day and occasion under its title");
  });

  it('a headline with a day and no occasion may still be one', () => {
    expect(refusal('2019年湖北大学（本部）新生开学典礼上校党委书记的讲话')).toBeUndefined();
  });

  it('passes over the occasion and the line it is wrapped onto (www.hanbin.gov.cn)', () => {
    const lines = ['2025年3月21日在汉滨区第十九届', '人民代表大会第四次会议上', '汉滨区人民政府代区长 向诗兵', '各位代表：', '现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。'];
    expect(chooseTitle(lines, 0)).toBeUndefined();
  });
});

describe('titles: the title of an open-government field table', () => {
  it.each([
    // www.hanbin.gov.cn (unseen u2-hanbin-government-work-report-speech): a pipe row.
    ['文件名称 | 汉滨区2025年政府工作报告 | ||', '汉滨区2025年政府工作报告'],
    // lc123.net (tests/fixtures/structure/pages/lc123-gonggao.txt).
    ['文件名称:关于授予内蒙古自治区扎兰屯市等20个市(县、区/旗)“国家生态县(市、区)”称号的公告', '关于授予内蒙古自治区扎兰屯市等20个市（县、区/旗）“国家生态县（市、区）”称号的公告'],
    // www.panjin.gov.cn (tests/fixtures/structure/pages/panjin-jueding.txt): the 文号 before the title.
    ['标 题: | 盘政发〔2010〕22号 盘锦市人民政府关于表彰第二十二届农田基本建设“大禹杯”竞赛优胜单位和先进单位的决定 | ||', '盘锦市人民政府关于表彰第二十二届农田基本建设“大禹杯”竞赛优胜单位和先进单位的决定'],
  ])('%s → %s', (row, title) => {
    expect(fieldTitle(['索引号 | /2025-0000 | 公开目录: | 工作报告 |', row])).toBe(title);
  });

  it('is the title where the text prints none (www.hanbin.gov.cn)', () => {
    const lines = ['2025年3月21日在汉滨区第十九届', '人民代表大会第四次会议上', '汉滨区人民政府代区长 向诗兵', '各位代表：', '现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。', '2024年，我们紧扣高质量发展主题，深化拓展“三个年”活动，汉滨区地区生产总值440.5亿元。'];
    const before = ['文件名称 | 汉滨区2025年政府工作报告 | ||', '索引号 | /2025-0000 | 公开目录: | 工作报告 |', ...lines];
    const choice = withRemovedHeadline(lines, 0, chooseTitle(lines, 0), { before, pageLines: [before[0]!, before[1]!] });
    expect(choice?.block.clean.title).toBe('汉滨区2025年政府工作报告');
    expect(choice?.block.found.lines).toBe(0);
  });
});

describe("titles: a speech's own title above its salutation", () => {
  it('under the portal’s headline for it, the portal’s intro gone (www.upkao.com, holdout h2-upkao-hubu-party-secretary-opening-speech)', () => {
    const lines = ['2019年湖北大学（本部）新生开学典礼上校党委书记的讲话全文', '2019年湖北大学（本部）新生开学典礼上校党委书记的讲话全文', '湖大人！由我的湖大朋友圈说起', '亲爱的同学们：', '经过激烈的高考，你们经历了金榜题名的“小欢喜”，经历了离家求学的“小别离”。'];
    const choice = chooseTitle(lines, 0);
    expect(choice?.block.clean.title).toBe('湖大人！由我的湖大朋友圈说起');
    expect(choice?.describes?.clean.title).toBe('2019年湖北大学（本部）新生开学典礼上校党委书记的讲话');
  });

  it('not the speaker and occasion lines under a speech’s own title (news.cnhubei.com)', () => {
    const lines = ['湖北省高级人民法院工作报告——', '2023年1月14日在湖北省第十四届人民代表大会第一次会议上', '湖北省高级人民法院院长 游劝荣', '各位代表：', '现在，我代表省高级人民法院向大会报告工作，请予审议，并请省政协委员和各位列席同志提出意见。'];
    expect(chooseTitle(lines, 0)?.block.at).toBe(0);
  });
});

describe("titles: a headline a chrome rule took from under a site's menu", () => {
  it('is taken over the site’s banner above the menu (www.ceo.gov.hk, holdout h2-ceogovhk-new-year-wishes-blog)', () => {
    const lines = ['行政长官香港特别行政区', '简历', '政纲', '演辞和文章', '图片和短片', '行政会议', '相关连结', '香港政府一站通', '香港品牌', '无障碍网页嘉许计划', '今日是2013年的第一日，我衷心祝愿大家新一年事事顺利、身体健康、生活愉快。', '大家对刚刚过去的一年会有不同的回忆，但2012年毕竟已经过去，摆在我们前面的是全新的一年。'];
    const before = [...lines.slice(0, 10), '新年祝愿', ...lines.slice(10)];
    const choice = withRemovedHeadline(lines, 0, chooseTitle(lines, 0), { before, pageLines: ['新年祝愿'] });
    expect(choice?.block.clean.title).toBe('新年祝愿');
  });

  it('is not taken where the chosen headline stands right above the text (www.tsxnews.com.cn: a headline and its lede, no menu between)', () => {
    const lines = ['三级干部大会召开', '本网讯（全媒体记者组）2月7日，我县召开三级干部大会，总结去年工作，部署今年任务。'];
    const before = ['三级干部大会召开', '打印本页', ...lines.slice(1)];
    const choice = withRemovedHeadline(lines, 0, chooseTitle(lines, 0), { before, pageLines: ['打印本页'] });
    expect(choice?.block.clean.title).toBe('三级干部大会召开');
  });
});
