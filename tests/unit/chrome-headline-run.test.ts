// A run of other pages' headlines ending the page under the text's last
// sentence (chrome.ts headline-run, and foreign-headlines for a run with no
// heading the rules know), and the short runs a text ends on that stay. Lines are from real pages (site named beside each); what goes and
// what stays is read off them by hand.
import { describe, expect, it } from 'vitest';
import { strip } from '../fixtures/chrome/harness.ts';

// www.exmoo.com (eval unseen9 b9-exmoo): the story's last paragraph with its editor glued on, then the site's other headlines.
const EXMOO_END = '歐陽瑜在會上強調,政府雖然沒有封關措施,但請市民切勿外出,切勿出境,她更激動地表示留意到三盞燈一帶今日人頭湧湧,更直言請市民「先控制好自己隻腳先!」不要輕易外出及出境。(編輯:陳嘉俊)';
const EXMOO_RUN = ['兩位長者因新冠感染離世', '92歲長者因新冠感染離世', '本澳昨增9人入住隔離治療設施', '五名長者因新冠感染離世', '關稅與出口管制措施暫緩一年', '高盛:兌美元有望朝100回升', '11月6日起接受澳方登記', '按年實質增長8%'];

describe('a run of headlines ending the page', () => {
  it('takes a run of four or more with no heading when the text uses none of its words (exmoo)', () => {
    const { kept, removed } = strip([EXMOO_END, ...EXMOO_RUN].join('\n'));
    expect(kept.at(-1)).toBe(EXMOO_END);
    for (const line of EXMOO_RUN) expect(removed).toContain(`foreign-headlines ${line}`);
  });

  it('keeps the same run when its lines use the text’s words (a list the text gives)', () => {
    // The story's paragraph made of the headlines' own words: the lines are now the text's.
    const story = `${EXMOO_RUN.slice(0, 4).join(',')},當局表示。`;
    const { kept } = strip([story, ...EXMOO_RUN.slice(0, 4)].join('\n'));
    expect(kept.at(-1)).toBe(EXMOO_RUN[3]);
  });

  it('keeps a run of four when a sentence of the text follows it', () => {
    const { kept } = strip([EXMOO_END, ...EXMOO_RUN.slice(0, 4), '以上措施自即日起生效,請市民留意。'].join('\n'));
    expect(kept).toContain(EXMOO_RUN[0]);
  });

  it('keeps three short lines: up to three may be the text’s own (a sentence broken over lines, tzlqey)', () => {
    const { kept } = strip([EXMOO_END, ...EXMOO_RUN.slice(0, 3)].join('\n'));
    expect(kept.at(-1)).toBe(EXMOO_RUN[2]);
  });

  it('keeps a run that does not stand under a finished sentence (a list the text introduced)', () => {
    const intro = '公示期间,如有异议,请通过以下方式反映:';
    const { kept } = strip([EXMOO_END, intro, ...EXMOO_RUN.slice(0, 4)].join('\n'));
    expect(kept.at(-1)).toBe(EXMOO_RUN[3]);
  });

  it("keeps a notice's closing formula, issuer and date (jiexixian, eval unseen3 w1-jiexixian)", () => {
    const end = ['对违反本通告规定的,由公安机关依法予以处罚。', '特此通告', '揭阳市公安局', '2017年1月1日'];
    expect(strip(end.join('\n')).kept).toEqual(end);
  });

  it("keeps a notice's contact rows, issuer and date (gzqyzjbc, eval unseen9 b9-gzqyzjbc)", () => {
    // Without the page around them the contact rows go by the contact rules; this rule takes none of the six.
    const end = ['欢迎社会各界监督。', '联系电话:8296709(传真)', '邮政编码:741000', '电子信箱:gstswmb2008@163.com', '天水市精神文明建设指导委员会办公室', '2022年3月16日'];
    const { kept, removed } = strip(end.join('\n'));
    expect(removed.filter((r) => r.startsWith('headline-run'))).toEqual([]);
    expect(kept.slice(-2)).toEqual(end.slice(-2));
  });
});

// 203.198.47.105 (eval unseen11 b11-crntthk): the two sound bites as the chrome stage reads them, the reporter's line, then the
// site's 视频更 多 box of five other videos' titles, the last cut inside its second clause.
const CRNTTHK_TURNS = [
  '多谢主席。局长刚才都已经解释了,她很心急,是希望可以住在㓥房里面的住户,尽量可以早点进入公屋。正所谓住在里面一天都嫌长。但我也很想邀请局长,如果可以抽出最近的一个周末,就可以回去内地考察一下,最快速建简易公屋的方式,有些新的黑技术出来了,我们现在在这里相约局长,看下春节里面有没有时间,我做你的私人保镖,带你走一走内地,寻找简易公屋,在最短时间建起来,给予我们的市民,㓥房户的住户,你会不会接受我这个邀约?',
  '【同期】香港特区政府房屋局局长 何永贤 多谢主席,多谢何君尧议员的邀约。首先我想说,坊间事实上有很多影片,关于很多不同类型的快速兴建方舱之类的,很多这些影片。我希望大家可以留心一点,有一些是专业的,但也可能有一些是不符合香港的环境。最主要是什么环境?香港有台风□香港是会打十号风球。据我所知,有一些看着价钱很便宜的,可能是连一号风球都抵挡不住的。这个我想大家真的要留意一下。至于何议员的邀约呢?我是很有兴趣的。不过我希望不是只是我和何议员,我希望带上我其他的同事,带上我其他同事一起去看,一起去学习。这个也是在通关以后,我希望可以和房委会的同事,我们的技术小组,多些和内地交流。这个我是非常愿意,我们可以组织一下。谢谢。',
];
const CRNTTHK_BOX = ['视频更 多', '港产龙凤胎大熊猫百日庆 香港市民激动受访:盈盈妈咪辛苦了', '梁朝伟 黄仁勋获科大颁授荣誉博士', '海南舰人气超旺 现场市民直呼想上去参观', '潮汕侨商富甲天下的秘密 原来就藏在这个小村落中', '中国互联网巨头之一的百度来香港了!将促进产教结合 培养'];

// chuansong.me (eval fresh h4-chuansong): the speech's last sentence, the account's 昨日大案： box of four headlines, its
// 阅读原文 prompt.
const CHUANSONG_END = '我就讲这些。最后,祝大家工作顺利、身体健康、阖家幸福,在今后的工作中取得更大成绩!';
const CHUANSONG_BOX = [
  '昨日大案：',
  '【头条】重镑·典谟论坛 | 江平:刑辩律师勇于抗争,才能促进司法清明',
  '【二条】警示 | 为e租宝站台的经济学家杨晨被批捕',
  '【三条】犀利 | C刊奇葩文再度爆出：中国学术腐败将动摇国本',
  '【四条】揭密 | 社会抚养费给干部发奖金: 必须立即停收社会抚养费',
];
const CHUANSONG_PROMPT = '点击下方“阅读原文”查看近期热文《重镑·典谟论坛 | 江平:刑辩律师勇于抗争,才能促进司法清明》';

describe('other pages’ headlines under a label the rules do not know', () => {
  it('takes the label and its four headlines, and the prompt under them as the footer (chuansong)', () => {
    const { kept, removed } = strip([CHUANSONG_END, ...CHUANSONG_BOX, CHUANSONG_PROMPT].join('\n'));
    expect(kept.at(-1)).toBe(CHUANSONG_END);
    for (const line of CHUANSONG_BOX) expect(removed).toContain(`foreign-headlines ${line}`);
  });

  it('keeps the label and three headlines: a run under four may be the text’s', () => {
    const { kept } = strip([CHUANSONG_END, ...CHUANSONG_BOX.slice(0, 4)].join('\n'));
    expect(kept.at(-1)).toBe(CHUANSONG_BOX[3]);
  });
});

describe('a list heading with its bare titles ending the page', () => {
  it('takes the 视频更 多 box and its titles, the cut one too, and keeps both turns (crntthk)', () => {
    const { kept, removed } = strip([...CRNTTHK_TURNS, '记者 张宏斌 香港报道 |', ...CRNTTHK_BOX].join('\n'));
    expect(kept.at(-1)).toBe(CRNTTHK_TURNS[1]);
    expect(kept).toContain(CRNTTHK_TURNS[0]);
    expect(removed).toContain('related-links 视频更 多');
    for (const title of CRNTTHK_BOX.slice(1)) expect(kept).not.toContain(title);
  });

  it('keeps bare lines under the heading when they hold more than a third of what the text holds', () => {
    // The same box under the question alone: the five titles are no longer small beside the text.
    const { kept } = strip([CRNTTHK_TURNS[0].slice(0, 60), ...CRNTTHK_BOX].join('\n'));
    expect(kept.at(-1)).toBe(CRNTTHK_BOX.at(-1));
  });
});

// m.news.shi-fen.com (eval unseen11 b11-shifen): the report's last paragraph, the previous and next stories' headlines on one
// line, and 相关阅读: with its list gone.
const SHIFEN_END = '为了让居民更好地了解各自所负责的分工领域,6位“发言人”形象地称自己为“城市管家”,自称“管秤的”“管吃的”“管垃圾的”等,并就居民现场提出的公共场所如何实现垃圾分类、买菜如何避免缺斤少两、医保报销如何合规合法、电梯出现故障如何应对、保健食品骗局如何识别等问题,逐一进行了解答。';
const SHIFEN_LINKS = '内蒙古巴林左旗:土笤帚“扫”出新生活 北京今夜至明天局地大雨,气温骤降8℃';

describe('a headline run bounded by a list heading', () => {
  it('takes one headline line right above 相关阅读: under the finished text (shifen)', () => {
    const { kept, removed } = strip([SHIFEN_END, '', SHIFEN_LINKS, '相关阅读:'].join('\n'));
    expect(kept.at(-1)).toBe(SHIFEN_END);
    expect(removed).toContain(`headline-run ${SHIFEN_LINKS}`);
  });

  it('keeps the same line when no heading bounds it: one line may be the text’s own', () => {
    const { kept } = strip([SHIFEN_END, '', SHIFEN_LINKS].join('\n'));
    expect(kept.at(-1)).toBe(SHIFEN_LINKS);
  });

  it("keeps a notice's issuer and date above 相关阅读: (a signature is no headline)", () => {
    const end = ['对违反本通告规定的,由公安机关依法予以处罚。', '揭阳市公安局', '2017年1月1日'];
    const { kept } = strip([...end, '相关阅读:'].join('\n'));
    expect(kept.slice(-3)).toEqual(end);
  });

  it('keeps a line above 相关阅读: that continues a sentence the text left open', () => {
    const open = ['本次活动共邀请了以下单位的发言人与市民直接面对面交流:', '重庆市城市管理局 重庆市市场监管局'];
    const { kept } = strip([...open, '相关阅读:'].join('\n'));
    expect(kept.slice(-2)).toEqual(open);
  });
});
