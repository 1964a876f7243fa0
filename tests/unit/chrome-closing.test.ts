// The end of a document's text on real pages: a notice's contact lines and
// signature stay before the page's own chrome; a site's rights notice, a
// commentator's bracketed credit, a byline behind a marker and a live page's
// frame go. Lines are copied from the evaluation pages named.
import { describe, expect, it } from 'vitest';
import { stripChrome } from '../../scripts/ingest/stages/chrome.ts';
import { trailingCredit } from '../../scripts/ingest/stages/chrome/credits.ts';
import { bylineNames } from '../../scripts/ingest/stages/chrome/credits.ts';
import { linesOf, textFile } from '../fixtures/chrome/harness.ts';

function strip(lines: string[]) {
  const file = textFile(lines.join('\n'));
  stripChrome(file);
  return { kept: linesOf(file).map((l) => l.trim()).filter(Boolean), removed: file.data.removed.map((r) => r.text) };
}

describe('a notice closing with its contact lines and signature (elearning-innovators.com mirror of a 环境保护部 公示)', () => {
  const page = [
    '一、公示日期:2016年8月19日至25日',
    '二、公示期间,环境保护部接受反映拟命名地区环境保护情况的来信、来访和来电。公示期间设立下列举报电话:',
    '电    话:(010)66556306',
    '通讯地址:北京市西直门内南小街115号',
    '邮政编码:100035',
    '电子邮箱:stszhc@126.com',
    '环境保护部',
    '2016年8月18日',
    '点击查看附件:公示名单',
    '相关链接',
  ];
  const { kept, removed } = strip(page);

  it('keeps the contact lines, the issuer and the date as text', () => {
    expect(kept).toEqual(page.slice(0, 8));
  });

  it('drops the page furniture after the signature', () => {
    expect(removed).toEqual(['点击查看附件:公示名单', '相关链接']);
  });

  it('drops a site footer address that no signature follows', () => {
    const footer = strip([page[1]!, '地 址：湖南省长沙市芙蓉南路二段118号', '版权所有：湖南省市场监督管理局']);
    expect(footer.kept).toEqual([page[1]]);
  });
});

describe('a notice whose signature ends the page with a date no grammar reads (www.heqing.gov.cn)', () => {
  // The plain-text copy keeps the right-aligned signature; the scrape lost the date's 年月日.
  const page = [
    '针对目前新型冠状病毒感染的肺炎疫情发展态势,为切实做好疫情防控工作,我们号召全县广大人民群众积极行动起来,上下同心,打赢一场疫情防控的人民战争。',
    '',
    '举报电话:08723034093',
    '',
    '特此通告',
    '',
    '                                          鹤庆县新型冠状病毒感染的肺炎疫情',
    '',
    '                                               防控工作指挥部办公室',
    '',
    '                                                   2020126',
  ];

  it('keeps its report line, closing formula, issuer and date as text', () => {
    const { kept, removed } = strip(page);
    expect(kept).toEqual([page[0], '举报电话:08723034093', '特此通告', '鹤庆县新型冠状病毒感染的肺炎疫情', '防控工作指挥部办公室', '2020126']);
    expect(removed).toEqual([]);
  });
});

describe("a signature date with the page's source glued on (finance.sina.cn)", () => {
  it('keeps the date and sets the source aside', () => {
    const { kept, removed } = strip([
      '经本公司内部调整确认:2005年第一季度报告由于工程项目数据统计出现差错,错将设备工程量累计数据作为当期数据使用。请广大投资者注意投资风险。',
      '天津创业股份有限公司董事会',
      '2005年8月25日（来源：上海证券报）',
      '加载中...',
    ]);
    expect(kept.slice(1)).toEqual(['天津创业股份有限公司董事会', '2005年8月25日']);
    expect(removed).toEqual(['（来源：上海证券报）', '加载中...']);
  });
});

describe("a site's rights notice after the text (www.shjnet.cn)", () => {
  it('goes from its heading to the end, with the editor credit before it; the print source is left to the structure stage', () => {
    const { kept } = strip([
      '目前，西吉县像这样的种薯脱毒育种企业有3家，每年可生产原原种8000万粒。原原种繁育一代是原种，下一代是一级种，再种植就是高品薯。在西吉，按照这种代际关系，分别将祖孙几代命名为“吉兴”“吉祥”“吉泰”“吉利”，赋予了产业兴旺的美好寓意。',
      '西吉县土豆种植面积为66万亩，其种薯除满足当地需求外，还销往国内其他土豆产区。饱受种子之苦的种植大户晏守强“逆流而上”，在温室种了6万平方米的原原种，大田种植了500亩的原种、1000亩的一级种，全部是订单生产。“脱毒种薯的产量就是高，每亩平均能产3吨左右，是原来的3倍，而且还无病薯烂薯。比起以前，农户种植一亩地的收益增加了上千元。”晏守强说。',
      '固原市委副书记、西吉县委书记白学贵告诉记者：“西吉县已形成了县有繁育中心、乡有种薯基地、村有扩繁点、组有良种示范户的四级良繁体系，全县马铃薯良种覆盖率接近100%。”',
      '土豆,曾经的“救命蛋”,如今的“致富薯”,还被精深加工为方便酸辣粉等产品,成为当地群众增收致富的“金豆豆”。',
      '《光明日报》（ 2022年02月13日 02版）',
      '（松花江网编辑 孙桂芳）',
      '反侵权公告：',
      '根据《中华人民共和国著作权法》、《信息网络传播权保护条例》等法律法规,未经书面授权,任何单位或个人不得转载、摘编或以其他方式使用。',
      '三、对于各类非法转载行为,欢迎读者提供侵权线索：',
    ]);
    expect(kept.at(-1)).toBe('《光明日报》（ 2022年02月13日 02版）');
    expect(kept).toHaveLength(5);
  });
});

describe("a live page's frame and post times (xpj33277.com mirror of 中国网)", () => {
  it('drops the frame labels, the event blurb and the stamps between the posts', () => {
    const { kept } = strip([
      '活动标题',
      '- 环保部长陈吉宁就“加强生态环境保护”答问',
      '活动描述',
      '- 十二届全国人大四次会议新闻中心定于3月11日(星期五)10时在梅地亚中心多功能厅举行记者会,邀请环境保护部部长陈吉宁就“加强生态环境保护”的相关问题回答中外记者的提问。中国网现场直播,敬请关注!',
      '文字内容:',
      '- 中国网:',
      '今天上午,十二届全国人大四次会议在梅地亚中心举行记者会,环境保护部部长陈吉宁就“加强生态环境保护”的相关问题回答中外记者的提问。',
      '2016-03-11 09:33:18',
      '- 陈吉宁:',
      '非常高兴今天有这样的机会和我们的媒体朋友们见面,回答大家的问题。',
    ]);
    expect(kept).toEqual([
      '- 环保部长陈吉宁就“加强生态环境保护”答问',
      '- 中国网:',
      '今天上午,十二届全国人大四次会议在梅地亚中心举行记者会,环境保护部部长陈吉宁就“加强生态环境保护”的相关问题回答中外记者的提问。',
      '- 陈吉宁:',
      '非常高兴今天有这样的机会和我们的媒体朋友们见面,回答大家的问题。',
    ]);
  });

  it('a post time after the last long post opens no footer: the short posts after it stay (fangtan.china.com.cn, xpj33277.com)', () => {
    const { kept } = strip([
      '文字内容:',
      '  • 中国网:',
      '各位网友,大家好!欢迎您收看中国访谈·世界对话!本期《中国访谈》特别为您邀请到了中国政法大学副教授元轶做客演播室,请他就此次法律解释的具体内容做一个深入的解读。',
      '2014-04-29 10:02:06',
      '  • 元轶:',
      '你好!',
      '2014-04-29 10:04:17',
      '  • 中国网:',
      '在节目开始前,首先请您给我们解释',
    ]);
    expect(kept.map((l) => l.trim())).toEqual([
      '• 中国网:',
      '各位网友,大家好!欢迎您收看中国访谈·世界对话!本期《中国访谈》特别为您邀请到了中国政法大学副教授元轶做客演播室,请他就此次法律解释的具体内容做一个深入的解读。',
      '• 元轶:',
      '你好!',
      '• 中国网:',
      '在节目开始前,首先请您给我们解释',
    ]);
    // The site's footer after the posts still goes.
    const footer = strip([
      '- 陈吉宁:',
      '非常高兴今天有这样的机会和我们的媒体朋友们见面,回答大家的问题。环境问题是一个发展问题,人类在发展中都会遇到问题。',
      '2016-03-11 09:57:26',
      '版权所有 中国互联网新闻中心',
      '电子邮件: webmaster@china.org.cn',
    ]).kept;
    expect(footer).toEqual(['- 陈吉宁:', '非常高兴今天有这样的机会和我们的媒体朋友们见面,回答大家的问题。环境问题是一个发展问题,人类在发展中都会遇到问题。']);
  });
});

describe('credits', () => {
  it("cuts a paper's unnamed commentator after an editorial's last sentence (qq.com repost of 经济日报)", () => {
    expect(trailingCredit('只有自由贸易、充分竞争,才能形成全球产能格局的最优解,才能让全球绿色发展的底色更亮、成色更足。（经济日报评论员）')).toEqual({
      line: '只有自由贸易、充分竞争,才能形成全球产能格局的最优解,才能让全球绿色发展的底色更亮、成色更足。',
      credit: '（经济日报评论员）',
    });
  });

  it('keeps a report closing with its reporter in brackets', () => {
    expect(trailingCredit('推动全省制造业高质量发展。（记者胡晓蓉）')).toBeUndefined();
  });

  it('reads a byline behind a marker (js.people.com.cn repost of 新华日报)', () => {
    expect(bylineNames('□ 本报记者 葛灵丹')).toEqual(['葛灵丹']);
  });
});

describe('a notice closing with a contact list, an attachment list and its signature (www.moe.gov.cn mirror)', () => {
  const page = [
    '（三）压实责任，务求实效。各地各高校要坚持社会主义核心价值观，筑牢网上网下意识形态阵地，专人负责、细化分工、倒排工期，确保各项工作稳步推进、取得实效。有关做法和经验及时以信息、简报等形式报送教育部。',
    '七、联系方式',
    '上海交通大学：021-34206231',
    '全国高校思想政治工作网：010-56803635、010-56803616',
    '中国大学生在线：010-58603676',
    '教育部宣传教育中心：010-66096859',
    '教育部思想政治工作司：010-66096689',
    '附件：1.知识竞答工作要求',
    '2.数字微展览、工作案例、视频微课等作品报送要求',
    '3.2024年高校“礼敬中华优秀传统文化”宣传教育活动成果征集表',
    '教育部办公厅',
    '2024年5月30日',
  ];

  it('keeps every line down to the signature date: the lists do not use up the reach', () => {
    expect(strip(page).kept).toEqual(page);
  });

  it('still drops contact lines when no signature closes them (a site footer)', () => {
    const footer = strip([page[0]!, '上海交通大学：021-34206231', '版权所有：教育部', '京ICP备10028400号']);
    expect(footer.kept).toEqual([page[0]]);
  });
});


// A school office's holiday notice (cuiniaoyizhan.com, evaluation case
// v2-cuiniaoyizhan-national-day-holiday-notice): its year in Chinese numerals
// typed with the letter O, as date tools and many sites write it (二OO八年).
describe('a signature date whose year is typed with the letter O', () => {
  const page = [
    '请各单位妥善安排节假日期间的值班和安全保卫工作，于9月27日前将值班人员名单分别报送学校办公室和保卫处，并在学校内部网上报送。',
    '学 校 办 公 室',
    '二OO七年九月二十日',
  ];

  it('stays as the text\'s date even where a rule took the spaced issuer line above it', () => {
    expect(strip(page).kept).toContain('二OO七年九月二十日');
  });
});
