// Where the text ends by the structure of the page: a teaser of another page
// below the page's own block after the text, a counter after a notice's
// signature date — and the document's own closing lines, which stay.
import { describe, expect, it } from 'vitest';
import { afterSignature, textEnd } from '../../scripts/ingest/stages/chrome/text-end.ts';
import { fixture, strip } from '../fixtures/chrome/harness.ts';

/** A notice's last lines (www.heqing.gov.cn, c3a-heqing-epidemic-hotline-notice): a hotline, 特此通告, the issuer on two lines and a date no grammar reads. */
const HEQING = [
    "针对目前新型冠状病毒感染的肺炎疫情发展态势,为切实做好疫情防控工作,我们号召全县广大人民群众积极行动起来,上下同心,打赢一场疫情防控的人民战争。鹤庆县新型冠状病毒感染的肺炎防控工作指挥部办公室即日起开通面向公众的举报电话,发现近期湖北至鹤庆或其他疑似感染但未接受医学监测检查治疗的人员线索,违反《中华人民共和国传染病防治法》《鹤庆县人民政府关于进一步加强人员密集场所管理工作的通告》规定的行为,请及时向县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室举报。",
    "举报电话:08723034093",
    "特此通告",
    "                                          鹤庆县新型冠状病毒感染的肺炎疫情",
    "                                               防控工作指挥部办公室",
    "                                                   2020126"
  ];
/** A publicity notice's last lines and the site footer (wjw.luan.gov.cn, c3a-luan-health-town-publicity). */
const LUAN = [
    "如有意见,请于2018年2月15日前以信函形式向市爱卫办反映(以到达日邮戳为准),内容要求真实。",
    "联系人:胡红梅 联系电话:0564-3379194",
    "电子邮箱:lascwb@sina.com",
    "通讯地址:六安市行政中心10号楼403室",
    "邮编:237001",
    "2018年2月8日",
    "六安市爱卫办",
    "版权所有:六安市卫生健康委员会(市中医药管理局)",
    "通信地址: 六安市行政中心11号楼3楼 联系电话:0564-3379730",
    "皖ICP备19001988号-1",
    "技术支持:安徽商网 站点地图 网站标识码:3415000049",
    "皖公网安备 34150102000149号"
  ];
/** A speech's salutation, first paragraph, section heading and next paragraph (m.sanweiyuan.com, u1-sanweiyuan-safety-meeting-speech). */
const SPEECH = [
    "同志们:",
    "今天的安全生产工作会议主要任务是:总结今年我县发生两起较大安全生产事故的惨痛教训,分析当前安全生产的严峻形势,动员全县上下立即行动起来,采取切实有效措施,坚决扭转安全生产工作的被动局面。刚才,×××同志通报了全县安全生产情况,×××县长对今后安全生产工作进行了全面部署,我完全同意,请各地、各部门,特别是今天参加会议的各位企业法人要认真抓好贯彻落实。下面,我讲三点意见。",
    "一、总结惨痛教训,分析严峻形势,切实增强做好安全生产工作的责任感和紧迫感",
    "近年来,县委、县政府对安全生产工作高度重视,多次进行研究和部署。但令人痛心的是,在不到×个月的时间里,我县就接连发生两起较大安全生产事故。这两起事故的接连发生,不但给人民群众的生命财产带来了巨大损失,而且给XX乃至全市的安全生产工作造成了负面影响,同时还会直接影响我县的对外形象,削弱投资者的信心,影响到全县经济社会的发展。造成这两起事故发生的原因是多方面的,既有客观原因,又有主观因素。客观原因主要是,对于我县这样一个矿业占据经济发展份额××%的矿产品加工大县来讲,经过这么多年的粗放开采和原始积累,原来一些潜在的安全隐患已经逐渐暴露出来,迫切需要下大力气进行治理和整顿。主观......"
  ];
/** An interview's turns, each label on a line of its own above what was said (ailibi.com, u2-ailibi-hospital-ranking-interview). */
const TURNS = [
    "[人民网]:",
    "日前,2013中国医院竞争力排行榜出炉。这份榜单呈现出哪些新趋势和新特点呢?同第一届相比发生了哪些变化?4月24日10时,中欧国际工商学院卫生管理与政策中心主任、经济学兼职教授蔡江南,香港医院管理研究中心主任,香港《医院观察》杂志社总编辑,艾力彼管理顾问有限公司总经理王兴琳将做客人民网,与网友在线交流“2013中国医院竞争力排行榜”,敬请关注。",
    "[主持人]:",
    "大家好,这里是人民网健康频道。近日,由香港艾力彼医院管理研究中心与香港医院管理杂志社在广州共同推出了“2013中国医院竞争力排名”。今天在现场我们非常荣幸邀请到了中欧国际工商学院卫生管理与政策中心主任蔡江南先生和香港《医院观察》杂志社总编辑、香港艾力彼管理顾问有限公司总经理王兴琳女士,两为将与我们一起探讨这个排名的前后一些原因。",
    "[主持人]:",
    "首先问一下王总,我们出了这个排名,当时是出于一个怎样的考虑来打造这个排名?",
    "[王兴琳]:",
    "我们是从2010年开始的第一届县医院的排名,当时做这个排名之前,我们是在全国做了一个大型的基层医院深层发展研究,在这个研究的过程中,发现县医院,"
  ];

describe("another page's teaser under the page's block after the text", () => {
  it('the list heading, the link titles and the teaser below them go; both paragraphs stay (www.hit008.com)', () => {
    const page = strip(fixture('chrome/pages', 'hit008-news.txt'));
    expect(page.kept.at(-1)).toMatch(/^会议指出,春节期间,/u);
    for (const line of ['相关阅读', '热点图片', '- 头条新闻', '- 新闻推荐', '最新专题']) expect(page.kept).not.toContain(line);
    expect(page.kept.some((line) => line.includes('酷暑时节'))).toBe(false);
    expect(page.removed.some((r) => r.startsWith('detached-teaser - 酷暑时节'))).toBe(true);
    expect(page.kept.filter((line) => line.startsWith('本报讯'))).toHaveLength(1);
  });

  it('prose after short lines no rule names is the text: a section heading between paragraphs of a speech (m.sanweiyuan.com)', () => {
    // The dots where the site cut the speech short are the site's (the case's expected text ends at 主观).
    expect(strip(SPEECH.join('\n')).kept).toEqual(SPEECH.map((l) => l.trim().replace(/\.{6}$/u, '')));
  });

  it("prose after label lines is the text: an interview's turns (ailibi.com)", () => {
    const kept = strip(TURNS.join('\n')).kept;
    expect(kept.at(-1)).toBe(TURNS.at(-1)!.trim());
    expect(kept).toContain('[主持人]:');
  });

  it("prose after a block of credits without a teaser's form is the text: an article printed after its editor's note and author line (chinadigitaltimes.net)", () => {
    const page = strip(fixture('chrome/pages', 'chinadigitaltimes-notes.txt'));
    expect(page.kept.some((line) => line.startsWith('回顾以往,还是有不少记者'))).toBe(true);
    expect(page.kept.at(-1)).toBe('2014年3月13日上午,全国“两会”的最后一');
    expect(page.removed.some((r) => r.startsWith('detached-teaser'))).toBe(false);
  });

  it('the same block with a closing form in it (a signature date, a signature) ends no text (www.hit008.com)', () => {
    const lines = fixture('chrome/pages', 'hit008-news.txt').split('\n');
    const prose = (line: string) => /^(?:本报讯|会议指出|- 酷暑时节)/u.test(line);
    const reading = lines.map((line) => ({ prose: prose(line), edge: line === '相关阅读', own: false }));
    const teaser = lines.findIndex((line) => line.startsWith('- 酷暑时节'));
    expect(textEnd(lines, reading)).toBe(lines.findIndex((line) => line.startsWith('会议指出')));
    const signed = reading.map((r, i) => (lines[i] === '最新专题' ? { ...r, own: true } : r));
    expect(textEnd(lines, signed)).toBe(teaser);
  });
});

describe('a line without Han after the signature date', () => {
  it('a view count after the date goes; the attachment and the date stay (nynct.guizhou.gov.cn)', () => {
    const page = strip(fixture('chrome/pages', 'guizhou-agri-notice.txt'));
    expect(page.kept).not.toContain('323');
    expect(page.removed).toContain('after-signature 323');
    expect(page.kept.slice(-2)).toEqual(['附件:粮油高产创建示范点标牌(参考样式)', '二〇〇八年七月一十五日']);
    expect(afterSignature(['二〇〇八年七月一十五日', '', '323'], 0)).toEqual([2]);
  });

  it('a date the scrape mangled (2020126) ends a notice as its own line; the hotline and 特此通告 stay (www.heqing.gov.cn)', () => {
    const kept = strip(HEQING.join('\n')).kept;
    expect(kept.slice(-4)).toEqual(['特此通告', '鹤庆县新型冠状病毒感染的肺炎疫情', '防控工作指挥部办公室', '2020126']);
    expect(kept).toContain('举报电话:08723034093');
  });

  it("a notice's contact lines, date and issuer stay; the site footer after them goes (wjw.luan.gov.cn)", () => {
    const kept = strip(LUAN.join('\n')).kept;
    expect(kept.slice(-6)).toEqual(['联系人:胡红梅 联系电话:0564-3379194', '电子邮箱:lascwb@sina.com', '通讯地址:六安市行政中心10号楼403室', '邮编:237001', '2018年2月8日', '六安市爱卫办']);
  });
});

describe('a list heading and its marked items ending the page', () => {
  it('eight headline items under 推荐阅读 go however many and however prose-like; the answers stay (easyfang.com)', () => {
    const page = strip(
      [
        '问：发布这样的安全提醒，对于两国人员往来会不会造成影响？目前的这种状况会持续多久？',
        '答：我们希望有关情况能够尽快得以改善。同时我们也想强调，人员往来是促进中美两国间各领域交流与合作的基础。',
        '推荐阅读',
        '- 使徒|PS5发布一周年，最受玩家喜爱的10款PS5游戏',
        '- 魔兽世界|《轨迹》新作明年发布！法老控将针对NS平台开发游戏',
        '- 微软|【多图杀猫？】IGN满分大作《极限竞速：地平线 5》今日正式发布',
        '- edg战队|EDG发布战队“庆功宴”，蔬菜论盆装，肉在盘子里堆成了小山',
        '- hle|HLE发布世界赛纪录片，孙大勇教练最后的训话：明年成为更好的选手，无论你身在何方，无论你与谁在一起',
        '- 双城之战|《双城之战》正式开播，口碑炸裂！里面出现了哪些已发布的英雄？',
        '- 网游|《红色警戒2》超大Mod“心灵终结”发布3.3.6版，15年的开发完结',
        '- 商人|DNF：一阵雨发布“玉玺令”，跨五',
      ].join('\n'),
    );
    expect(page.kept.at(-1)).toMatch(/^答：我们希望有关情况/u);
    expect(page.kept.some((line) => line.startsWith('- ') || line === '推荐阅读')).toBe(false);
  });

  it('dated items under 相关新闻 go; the text above the credits stays (www.gscn.com.cn)', () => {
    const page = strip(fixture('titles', 'gscn-youfu.txt'));
    expect(page.kept.some((line) => line.startsWith('习近平深情地说'))).toBe(true);
    expect(page.kept.some((line) => line.startsWith('- 2021-03-25') || line === '相关新闻')).toBe(false);
  });

  it('items without the heading before them are not taken by it: a speech closing on its own numbered points stays', () => {
    const lines = ['同志们：', '今年的工作任务很重，我讲三点意见，请大家认真抓好落实。', '1. 要提高认识，切实增强做好工作的责任感和紧迫感。', '2. 要突出重点，扎实推进各项工作任务落到实处。'];
    const reading = lines.map((_line, i) => ({ prose: i > 0, edge: false, own: false }));
    expect(textEnd(lines, reading)).toBe(3);
  });
});
