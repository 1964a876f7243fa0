// Classes of dirt found on pages the pipeline was not tuned on, each on real
// lines of the pages named: an essay site's sales preamble, a newsroom's photo
// credit without a reporter's role, a publishing system's leftovers, a site's
// stamp glued after lines, a site name dashed before a dateline, an
// interview's questions marked like captions, and a profile a mirror planted
// under a person's name.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile } from '../../scripts/ingest/pipeline.ts';
import { stripChrome } from '../../scripts/ingest/stages/chrome.ts';
import { isCreditOnly, isMarkedTurn, isPhotoCaption, isPictureLabel } from '../../scripts/ingest/stages/chrome/credits.ts';
import { stripRepeatedStamps } from '../../scripts/ingest/stages/chrome/inline.ts';
import { READ_INVITATION, classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { sitePrefix } from '../../scripts/ingest/stages/chrome/sitenames.ts';
import { fixture, linesOf, textFile } from '../fixtures/chrome/harness.ts';

function strip(lines: string[]) {
  const file = textFile(lines.join('\n'));
  stripChrome(file);
  return { kept: linesOf(file).map((l) => l.trim()).filter(Boolean), removed: file.data.removed.map((r) => `${r.rule} ${r.text}`) };
}

describe("an essay site's preamble above the text", () => {
  it('goes whether the editor (小编, www.upkao.com) or the site (本站, 1mishu.com) speaks', () => {
    const upkao = '每年大学开学都是让人激动的时刻，不仅仅是学生和家长，学校的老师和高年级学生也都很开心，原因嘛自然是有新人进来了，学校又能充满活力了。近段时间，各大高校的开学基本完成，小编整理了湖北大学（本部）新生开学典礼上校党委书记的讲话，一起来看看吧。';
    const mishu = '前言：本站为你精心整理了代市长在市党委全体会议上的讲话范文，希望能为你的创作提供参考价值，我们的客服老师可以帮助你提供个性化的参考范文，欢迎咨询。';
    expect(classifyChrome(upkao)?.rule).toBe('uploader-disclaimer');
    expect(classifyChrome(mishu)?.rule).toBe('uploader-disclaimer');
  });

  it('goes when we or I gathered it for the reader as material (以下是我们为您搜集的…资料, www.gsi8.com; 下面是我为大家整理的…演讲稿模板, m.pinggu.org)', () => {
    const gsi8 = '以下是我们为您搜集的与“医院院长年会致辞”有关的相关资料，语言的表达方式是人们通过语言传达信息的方式。那您知道好的发言稿应该怎么写吗？供你参考，希望能够帮助到大家！';
    const pinggu = '它商量的应当是现实生活中存在的并为人们所关怀的问题。下面是我为大家整理的2022年〔元旦〕佳节演讲稿模板,更多〔节日演讲稿〕点击“节日演讲稿”查看!';
    expect(classifyChrome(gsi8)?.rule).toBe('uploader-disclaimer');
    expect(classifyChrome(pinggu)?.rule).toBe('uploader-disclaimer');
  });

  it('goes when it names the piece as this article or what follows and bids the reader read it (本文是…，欢迎大家阅读学习, rzpgrj.com; 下面是…，仅供参考，欢迎大家阅读, cnited.com)', () => {
    const rzpgrj = '愉快的暑假已经结束了,迎来了开学典礼,本文是秋季开学典礼中学校长致辞,欢迎大家阅读学习。';
    const cnited = '相信很多朋友都对写演讲稿感到非常苦恼吧,下面是小编精心整理的2022开学典礼演讲稿,仅供参考,欢迎大家阅读。';
    expect(READ_INVITATION.test(rzpgrj)).toBe(true);
    expect(READ_INVITATION.test(cnited)).toBe(true);
    expect(classifyChrome(rzpgrj)?.rule).toBe('uploader-disclaimer');
  });

  it('a paper inviting its reader without naming the piece, or a lead to a full text, stays', () => {
    expect(classifyChrome('本报今天发表中美两国专家的观点,欢迎大家阅读。')).toBeUndefined();
    expect(classifyChrome('以下是会议全文。')).toBeUndefined();
  });

  it('a speaker who prepared something for the audience is no site (no material word)', () => {
    expect(classifyChrome('今天，我们为大家准备了丰富多彩的文艺节目，希望大家度过一个愉快的夜晚。')).toBeUndefined();
  });

  it('a sentence of the text about compiling stays (整理 without the site or its editor, h5-jnxy)', () => {
    expect(classifyChrome('2.各党总支（党委）、党支部要根据实际工作情况，对讲授党课进行录制，每个总支（党委）原则上至少录制一部，要注意收集整理讲党课的主要概要、听众反响反映、现场照片和有关视频材料。录制党课选材、主题、讲稿、授课形式等内容详见展播党课开发参考标准（B305领取）。讲党课情况及时上传山东e支部。')).toBeUndefined();
  });
});

describe("a newsroom's photo credit without a reporter's role", () => {
  it('is a credit line: the newsroom and a name (ny.stgloballink.com), a wire service\'s 发 note (he.news.cn)', () => {
    expect(isCreditOnly('中新社杜洋摄')).toBe(true);
    expect(isCreditOnly('新华社发（刘满仓摄）')).toBe(true);
  });

  it('is not a clause whose words only end like one', () => {
    expect(isCreditOnly('他在报社工作摄')).toBe(false);
    expect(isCreditOnly('组织拍摄')).toBe(false);
  });
});

describe("a publishing system's leftovers printed as text", () => {
  it('go: a picture\'s file name (www.sjqbgw.com), a record id (ny.stgloballink.com), a row of template fields (www.zgnt.net)', () => {
    expect(classifyChrome('91f9ca0dcab8ef50ff5ae33ab14bbfa.jpg')?.rule).toBe('cms-leftover');
    expect(classifyChrome('1489624643449')?.rule).toBe('cms-leftover');
    expect(classifyChrome('2020-04-24 1 1 南通日报 content_15530.html 1 3 关于征集崇川区公共卫生体系建设方面意见建议的通告 /enpproperty-->')?.rule).toBe('cms-leftover');
  });

  it('a phone number the text gives stays', () => {
    expect(classifyChrome('3.拨打崇川区卫生健康委热线电话：85590062；')?.rule).not.toBe('cms-leftover');
    expect(classifyChrome('85590062')?.rule).not.toBe('cms-leftover');
  });
});

describe("a site's stamp glued after lines (gaozihui.com)", () => {
  it('is cut from every line it ends when it ends two or more', () => {
    const { lines, cut } = stripRepeatedStamps(['同志们: 公文汇 www.gongwenhui.com', '党的二十大吹响了全面建设社会主义现代化国家、以中国式现代化全面推进中华民族伟大复兴的奋斗号角,开启了充满光荣和梦想的新征程。', '一、弘扬伟大建党精神与党的二十大的郑重宣示 公文汇 www.gongwenhui.com']);
    expect(lines).toEqual(['同志们:', '党的二十大吹响了全面建设社会主义现代化国家、以中国式现代化全面推进中华民族伟大复兴的奋斗号角,开启了充满光荣和梦想的新征程。', '一、弘扬伟大建党精神与党的二十大的郑重宣示']);
    expect(cut).toEqual(['公文汇 www.gongwenhui.com', '公文汇 www.gongwenhui.com']);
  });

  it('a tail the page prints once is not known to be a stamp, and stays', () => {
    const lines = ['同志们: 公文汇 www.gongwenhui.com', '党的二十大吹响了全面建设社会主义现代化国家、以中国式现代化全面推进中华民族伟大复兴的奋斗号角,开启了充满光荣和梦想的新征程。'];
    expect(stripRepeatedStamps(lines)).toEqual({ lines, cut: [] });
  });

  it('lets the salutation read as one, not as a row of an info table', () => {
    const { kept } = strip(['当前位置: 首页 > 公务范文 > 党课讲稿', '时间:2023-07-19 党课讲稿 我要投稿', '同志们: 公文汇 www.gongwenhui.com', '党的二十大吹响了全面建设社会主义现代化国家、以中国式现代化全面推进中华民族伟大复兴的奋斗号角，开启了充满光荣和梦想的新征程。', '一、弘扬伟大建党精神与党的二十大的郑重宣示 公文汇 www.gongwenhui.com']);
    expect(kept.slice(0, 1)).toEqual(['同志们:']);
    expect(kept.at(-1)).toBe('一、弘扬伟大建党精神与党的二十大的郑重宣示');
  });
});

describe('a site name dashed before a dateline (sznew888)', () => {
  it('is a prefix: the dateline after the dash opens the report', () => {
    const line = '梧州零距离网-梧州日报讯（记者 梁萍）12月30日，市政协举行新年茶话会。';
    expect(sitePrefix(line, [])).toEqual({ prefix: '梧州零距离网-', name: '梧州零距离网' });
  });

  it('a title with a dash and no dateline after it is left alone', () => {
    expect(sitePrefix('互联网-数字经济发展的新引擎', [])).toBeUndefined();
  });
});

describe("an interview's questions marked like captions (huaren.haiwainet.cn)", () => {
  it('are turns, not captions, and lose the mark', () => {
    const q = '▲新华社记者:在十三五规划纲要中,政协是如何献言献策的?';
    expect(isMarkedTurn(q)).toBe(true);
    expect(isPhotoCaption(q)).toBe(false);
    const { kept } = strip(['中国政协十二届四次会议新闻发布会王国庆答记者问', q, '王国庆:在十三五规划的献言献策中,政协开展56次专题调研,提交363份提案。', '▲中国新闻社记者:我的']);
    expect(kept).toEqual(['中国政协十二届四次会议新闻发布会王国庆答记者问', '新华社记者:在十三五规划纲要中,政协是如何献言献策的?', '王国庆:在十三五规划的献言献策中,政协开展56次专题调研,提交363份提案。', '中国新闻社记者:我的']);
  });

  it('a marked caption stays a caption (huxijiongpo.com)', () => {
    expect(isMarkedTurn('▲市民搀扶走过积水的街道')).toBe(false);
    expect(isPhotoCaption('▲市民搀扶走过积水的街道')).toBe(true);
  });
});

/** A held-out development page run through the cleaning stages up to the chrome stage. */
function pageThroughChrome(set: string, slug: string): string {
  const dir = new URL(`../eval/${set}/${slug}/`, import.meta.url);
  const url = new URL(readdirSync(dir).find((n) => n.startsWith('raw.'))!, dir);
  const file = createFile({ path: url.pathname.split('/').pop()!, bytes: readFileSync(url) });
  for (const stage of cleaningStages.slice(0, cleaningStages.indexOf(stripChrome) + 1)) stage(file);
  return String(file.value);
}

describe('a profile a mirror planted under a person\'s name (mhxqwer mirrors of www.moe.gov.cn and www.suibin.gov.cn)', () => {
  it.each([
    ['h2-mirror-moe-heritage-campaign-notice', '王佳，华熠智库专家', '教育部思想政治工作司'],
    ['h2-mirror-suibin-npc-deputies-report', '刘殿启，男，1935年出生', '第一时间回应群众诉求'],
  ])('%s: the profile goes with no résumé words needed, the text before it stays', (slug, profile, own) => {
    const text = pageThroughChrome('holdout', slug);
    expect(text).not.toContain(profile);
    expect(text).not.toContain('关于专家组');
    expect(text).toContain(own);
  });
});

describe("a picture's label on a line of its own, between paragraphs", () => {
  it('is a caption when it names the scene or a named person at a ceremony (news.xhu.edu.cn, msn.finance.sina.com.cn, www.kepu.gov.cn)', () => {
    expect(isPictureLabel('开学典礼现场')).toBe(true);
    expect(isPictureLabel('发布会现场')).toBe(true);
    expect(isPictureLabel('校党委书记边慧敏讲话')).toBe(true);
    expect(isPictureLabel('李强蔡奇出席')).toBe(true);
  });

  it('is a caption when an official by post and name is pictured at a ceremony, with where (www.cyberctm.com)', () => {
    expect(isPictureLabel('行政长官贺一诚等嘉宾在庆祝国庆招待酒会上祝酒')).toBe(true);
    expect(isPictureLabel('行政长官贺一诚在庆祝国庆招待酒会上致辞')).toBe(true);
  });

  it('is not a speech title naming the occasion but no place, or saying 的致辞 (info.gov.hk, srcic)', () => {
    expect(isPictureLabel('行政长官国庆酒会致辞')).toBe(false);
    expect(isPictureLabel('吕建中主席关于答谢SRIIF与会代表的致辞')).toBe(false);
  });

  it('is not a title or heading naming the meeting or a post without a name (gwyoo.com, wugjj, sjqbgw, huaboedu.com)', () => {
    expect(isPictureLabel('全市组织工作会议讲话')).toBe(false);
    expect(isPictureLabel('书记在新区开发建设会发言')).toBe(false);
    expect(isPictureLabel('1、3次大会发言')).toBe(false);
    expect(isPictureLabel('县委书记在教育工作大会上的讲话')).toBe(false);
  });

  it('between paragraphs goes, the paragraphs stay (news.xhu.edu.cn)', () => {
    const before = '校党委书记边慧敏以“青春与时代同行 梦想与祖国同在”为题,给同学们上了开学第一课。她说:“13141名2019级新同学从此成为西华的主人,‘一生一世’刻上西华的烙印,我代表全校师生员工向你们表示最热烈的欢迎!”';
    const after = '边书记指出,今年是不平凡的一年,我们即将迎来新中国70华诞,在这个特殊的历史节点成为一名大学生,要求我们更多地去思考时代的使命和青年的责任。她提出了“我们生活在一个怎样的时代?”“来到了一方怎样的土地?”“身处怎样的人生阶段?”三个问题,带领同学们共同思考,并对这三个问题逐一作了分析和阐释,教会学生爱国、爱校、爱学习。她指出,同学们在这样的历史节点,应该抓住机遇、迎接挑战,成长为未来社会需要的人才;传承“知难而进,自强不息”的西华精神,在展望未来中不负学校期望,以青春之我、奋斗之我,实现人生梦想;求真学问、练真本领,既读有字之书,也读无字之书,坚持知行合一,在躬身实践中积累人生经验和社会知识,通过学识的积累拓宽人生的厚度,提升人生的高度。';
    expect(strip([before, '校党委书记边慧敏讲话', after]).kept).toEqual([before, after]);
  });
});

describe("an app's advert as a bar of slogans after the text (news.ltn.com.tw)", () => {
  it('goes though it is long and one slogan reads like a title (活动办法)', () => {
    expect(classifyChrome('不用抽 不用抢 现在用APP看新闻 保证天天中奖 点我下载APP 按我看活动办法')?.rule).toBe('advertisement');
  });

  it("a notice's theme in three phrases stays: no advert in it (www.moe.gov.cn)", () => {
    expect(classifyChrome('赓续文化血脉 筑牢信仰根基 谱写青春华章')).toBeUndefined();
  });
});

describe("a site's greeting and a page's toolbar", () => {
  it("a site greeting its visitor goes, above or below the text (www.linxiangshanghui.org.cn; bingdoc.com); a speech's welcome stays (www.zhishi5.com)", () => {
    expect(classifyChrome('您好,欢迎访问广东省湖南临湘商会官方网站!')?.rule).toBe('site-greeting');
    expect(classifyChrome('欢迎来到冰点文库! | 帮助中心 分享价值,成长自我!')?.rule).toBe('site-greeting');
    expect(classifyChrome('欢迎你们来广州。我们十分高兴地迎接你们的到来,广州市人民期待着你们的到来。')).toBeUndefined();
    const { kept, removed } = strip(['您好,欢迎访问广东省湖南临湘商会官方网站!', '', '东莞市安徽安庆商会到访我会,双方结成友好商会', '', '2022年5月20日下午,东莞市安徽安庆商会会长许绪宝率监事长、秘书长等全体班子成员到访我会,双方开展交流,结成友好商会。']);
    expect(kept[0]).toBe('东莞市安徽安庆商会到访我会,双方结成友好商会');
    expect(removed).toContain('site-greeting 您好,欢迎访问广东省湖南临湘商会官方网站!');
  });

  it('a toolbar after the text goes with the buttons of two sites: 关闭正文 and 相关信息 (bazhou.gov.cn), 回到顶部 (csrmyy.com)', () => {
    const body = '违规燃放烟花爆竹不仅污染空气、影响市容,还是引发火灾事故的重要因素之一,希望广大群众自觉遵守禁放烟花爆竹规定。';
    expect(strip([body, '【打印正文】 【关闭正文】 【返回顶部】 相关信息']).kept).toEqual([body]);
    const notice = ['特殊时期特殊举措,望能多一分理解,给您造成不便,敬请谅解!', '常山县人民医院', '2022年4月27日', '满意度调查 回到顶部'];
    expect(strip(notice).kept).toEqual(notice.slice(0, 3));
  });
});

describe("a periodical site's machine translation under the text (www.ppdoc.com, soolun.net)", () => {
  const page = fixture('chrome/pages', 'soolun-periodical.txt').split('\n');

  it('goes after the Chinese text it translates', () => {
    const { kept, removed } = strip(page);
    expect(kept).toContain(page[1]);
    expect(kept).not.toContain(page[2]);
    expect(removed.some((r) => r.startsWith('translation On the fourth edition'))).toBe(true);
  });

  it("takes the site's label over the excerpt (论文部分内容阅读: no title; eval unseen4 x2-ppdoc has the same line)", () => {
    expect(page[0]).toBe('论文部分内容阅读');
    const { kept, removed } = strip(page);
    expect(kept).not.toContain('论文部分内容阅读');
    expect(removed).toContain('doc-site-meta 论文部分内容阅读');
  });

  it('stays on a page without Han prose, and inside the text', () => {
    expect(strip([page[2]!]).kept).toEqual([page[2]]);
    expect(strip([page[1]!, page[2]!, page[1]!]).kept).toEqual([page[1], page[2], page[1]]);
  });

  it('a salutation naming members is no advert (agnbn.com, www.sdxzsh.com)', () => {
    expect(classifyChrome('各位嘉宾、会员朋友:')).toBeUndefined();
    expect(classifyChrome('各位领导、各位嘉宾、各位会员:')).toBeUndefined();
  });
});

describe("a caption pointing at a person's place in the picture", () => {
  it('is a caption without a credit after it (news.gov.hk), as the credited captions of three more sites are (worldjournal.com, 2241626.com, news.youth.cn)', () => {
    expect(isPhotoCaption('美丽浙江：林郑月娥（左一）参观工艺区。')).toBe(true);
    expect(isPhotoCaption('台北市长蒋万安(右)16日晚在圆山饭店宴请上海副市长华源(左)等上海团,两人在交换礼物后握手致意。')).toBe(true);
    expect(isPhotoCaption('台中市长卢秀燕(中)率副市长黄国荣、王育敏、秘书长黄崇典及市府一级机关首长拜晚年,祝市政昌隆、钱兔似锦!')).toBe(true);
    expect(isPhotoCaption('上海工程技术大学管理学院养老服务管理专业学生杨锦（右）在为老服务中心实习。')).toBe(true);
  });

  it("a report's paragraph of two sentences is no caption, whatever it points at", () => {
    expect(isPhotoCaption('会议由县委书记张三（中）主持，县长李四出席会议并讲话。会议强调，要抓好落实。')).toBe(false);
  });
});

describe('a pointer to another page', () => {
  it("goes with the page's address after a 见 prompt (ailibi.com) or over it on the next line (bbs.radida.com)", () => {
    expect(classifyChrome('【采访视频见 http://tv.people.com.cn/n/2014/0423/c14644-24934066.html 】')?.rule).toBe('link-pointer');
    const page = fixture('chrome/pages', 'radida-forum.txt').split('\n');
    const { kept } = strip(page);
    expect(kept).toEqual([page[1], page[2]]);
  });

  it("a document pointing at its own attachment or table stays, and so does a sentence (详见…。)", () => {
    expect(classifyChrome('详见附件')).toBeUndefined();
    expect(classifyChrome('详情见附表2')).toBeUndefined();
    expect(classifyChrome('面试具体时间、地点及事项详见《面试准考证》。')).toBeUndefined();
  });
});
