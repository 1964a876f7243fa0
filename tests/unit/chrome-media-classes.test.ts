// Classes of chrome found on news, portal and mirror pages the pipeline had
// never seen (tests/fixtures/chrome/pages, SOURCES.md): a site's notices to
// the reader, photographers' credits closing a caption, notes on where the
// pictures come from, a table's border after the last sentence. Lines are
// real, as the chrome stage reads them; expectations are written by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripChrome } from '../../scripts/ingest/stages/chrome.ts';
import { isPhotoCaption } from '../../scripts/ingest/stages/chrome/credits.ts';
import { posterCardRows } from '../../scripts/ingest/stages/chrome/forum.ts';
import { stripTrailingCellBar } from '../../scripts/ingest/stages/chrome/inline.ts';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { linesOf, textFile } from '../fixtures/chrome/harness.ts';

function strip(lines: string[]) {
  const file = textFile(lines.join('\n'));
  stripChrome(file);
  return { kept: linesOf(file).map((l) => l.trim()).filter(Boolean), removed: file.data.removed.map((r) => `${r.rule} ${r.text}`) };
}

describe("a site's notice to the reader about the page (news.now.com, cna.com.tw)", () => {
  it('goes above the story: the browser it does not support, the best way to view it, the consent its privacy terms ask for', () => {
    const { kept } = strip([
      '抱歉,我们并不支援你正使用的浏览器。',
      '为达至最佳浏览效果,请更新至最新的浏览器版本。',
      '【Now新闻台】港澳办主任夏宝龙继续澳门考察行程,先后到酒楼饮茶,参观长者中心、经济房屋及旅游景点。',
      '夏宝龙之后参观大赛车博物馆及探访长者日间服务中心。',
    ]);
    expect(kept).toEqual(['【Now新闻台】港澳办主任夏宝龙继续澳门考察行程,先后到酒楼饮茶,参观长者中心、经济房屋及旅游景点。', '夏宝龙之后参观大赛车博物馆及探访长者日间服务中心。']);
  });

  it('is read by its topic and its address to the reader together', () => {
    expect(classifyChrome('请同意我们的隐私权规范,才能启用听新闻的功能。')?.rule).toBe('site-notice');
    expect(classifyChrome('本网站使用相关技术提供更好的阅读体验,同时尊重使用者隐私,点这里了解中央社隐私声明当您关闭此视窗,代表您同意上述规范。')?.rule).toBe('site-notice');
    // A complaint guide telling the reader to open a browser names it, but does not speak of the page.
    expect(classifyChrome('2、通过国家政务服务平台进行举报。在浏览器找到【国家政务服务平台】，在此平台【首页】找到【我要投诉】，输入用户ID和密码登录后，根据界面提示填写投诉内容就完成了。')).toBeUndefined();
  });
});

describe("a caption closed by its photographer's credit", () => {
  it('with the label first (xinjiapo.news, news.cri.cn) or a bare name in brackets (cn4.rti.tw)', () => {
    expect(isPhotoCaption('李克强步入会场,与记者打招呼。摄影/新京报记者 薛珺')).toBe(true);
    expect(isPhotoCaption('十九大秘书处新闻组和大会新闻中心负责人在招待会上祝酒 摄影:黎萌')).toBe(true);
    expect(isPhotoCaption('副总统萧美琴1日出席中央社百周年社庆,肯定中央社「见证东亚局势百年变迁」。(江昭伦 摄)')).toBe(true);
  });

  it('a bracketed aside after the last sentence that credits no one stays (c3c-suichang-edu-placename-notice)', () => {
    expect(isPhotoCaption('地名标志的地理实体可拍摄清晰的近景远景（有背景）照片；地名标志的地理实体可从多角度拍摄照片。（要求二张，一张全景，一张有大门有校牌）')).toBe(false);
  });
});

describe("a note on where the page's pictures come from (chinadigitaltimes.net, ppfocus.com)", () => {
  it('in brackets on a line of its own, or closing a short caption (news.cri.cn), is a caption', () => {
    expect(isPhotoCaption('(图片来自网易)')).toBe(true);
    expect(isPhotoCaption('(以上图片均为采访现场)')).toBe(true);
    expect(isPhotoCaption('十九大新闻中心举行酒会欢迎中外记者(图片来源:人民网)')).toBe(true);
  });

  it('a bracketed aside of the text that does not speak of its pictures stays', () => {
    expect(isPhotoCaption('李冬民:蒯大富很“关心”中学文化大革命运动。(大笑)')).toBe(false);
  });
});

describe("a table's border after a paragraph's last sentence (tese5.com, opinion.haiwainet.cn)", () => {
  it('is cut from the line', () => {
    expect(stripTrailingCellBar('仪式结束后,领导和来宾以及市民们共同欣赏了一场由上海歌剧院交响乐团演奏的精彩音乐会。 |')).toEqual({
      line: '仪式结束后,领导和来宾以及市民们共同欣赏了一场由上海歌剧院交响乐团演奏的精彩音乐会。',
      cut: ['|'],
    });
    expect(stripTrailingCellBar('摘要:我跑了15届两会,我觉的重要性超过我当初的想象。 |').line).toBe('摘要:我跑了15届两会,我觉的重要性超过我当初的想象。');
  });

  it("cuts the empty cells closing a row after a headline (www.hzzkrmyy.com …的通告 | ||; 打印 字号: | |, www.shanxify.gov.cn); a row with filled cells keeps its bars", () => {
    expect(stripTrailingCellBar('关于仲恺高新区人民医院暂停部分科室 医疗业务工作的通告 | ||')).toEqual({ line: '关于仲恺高新区人民医院暂停部分科室 医疗业务工作的通告', cut: ['| ||'] });
    expect(stripTrailingCellBar('发布时间:2011-05-31 16:31:47 打印 字号: | |').cut).toEqual(['| |']);
    expect(stripTrailingCellBar('| 姓名 | 职务 | |').cut).toEqual([]);
  });

  it('a bar between words is the text’s own and stays', () => {
    const line = '作者 | 邹欣 责编 | 梦依丹';
    expect(stripTrailingCellBar(line)).toEqual({ line, cut: [] });
  });
});

describe("a portal's headline marked as carrying pictures (news.cri.cn, yhg994208.cn)", () => {
  it('is not a menu item though it names a news centre', () => {
    expect(classifyChrome('十九大新闻中心举行中外记者欢迎酒会(组图)')).toBeUndefined();
    expect(classifyChrome('政协新闻发言人:尽量回答更多公众关心的问题(图)')).toBeUndefined();
  });

  it('the news centre alone in a menu still is', () => {
    expect(classifyChrome('新闻中心 > 社会新闻 > 正文')).toBeDefined();
  });
});

describe("a forum poster's profile card between the thread header and the first post (www.hksc888.com, dianbo.org)", () => {
  const fixture = (name: string) => readFileSync(new URL(`../fixtures/chrome/pages/${name}`, import.meta.url), 'utf8').split('\n');

  it('goes whole, the custom title and medals no vocabulary knows included', () => {
    const lines = fixture('hksc888-forum.txt');
    const card = posterCardRows(lines).map((i) => lines[i]!.trim());
    expect(card).toContain('沧浪诗人诗趣长青首席版主兼奇文神韵执行首版');
    expect(card).toContain('勤勉版主勋章敬业首版勋章');
    expect(card).toContain('Rank: 8Rank: 8');
    expect(card).not.toContain('[理论探讨] 声律札记');
    expect(card.some((line) => line.includes('发表于'))).toBe(false);
  });

  it('the same on another forum: counters and their labels, 版主, 上将', () => {
    const lines = fixture('dianbo-forum.txt');
    const card = posterCardRows(lines).map((i) => lines[i]!.trim());
    expect(card).toEqual(expect.arrayContaining(['威望', '3259', '版主', '上将', '注册时间', '2010-2-9']));
  });

  it('a post stamped right under the header leaves nothing to take (bbs.w10.cn, c3c-jw0577-forum-hu-online-report)', () => {
    expect(posterCardRows(['查看: 101|回复: 0', '', '软件开发中的理性和感性决定(软件开发理念)', '', '[复制链接]', '我来看看 发表于 2023-03-15 00:00:19 | 显示全部楼层 |阅读模式'])).toEqual([]);
    expect(posterCardRows(['胡主席上午与网友在线交流', '', '[复制链接]', '江再清 发表于 2008-6-20 12:28:24 | 显示全部楼层 |阅读模式', '574 2'])).toEqual([]);
  });
});

describe('a caption that is a clause with no sentence mark: an official or the author doing what the picture shows', () => {
  it('goes (dialog.cnnb.com.cn, gdsxwxh.ycwb.com, chinadigitaltimes.net)', () => {
    expect(isPhotoCaption('省委常委、市委书记王辉忠听取中国宁波网总编辑田勇介绍《对话》栏目')).toBe(true);
    expect(isPhotoCaption('作者在2018 全国两会期间采访杨利伟')).toBe(true);
    expect(isPhotoCaption('前任总理温家宝转身离去')).toBe(true);
  });

  it('the same act told as a sentence of the report stays, and so do headings that name no one (ori.hangzhou.com.cn, xinjiapo.news)', () => {
    expect(isPhotoCaption('近日,记者新春返乡基层行中,带着一系列问题采访了县委书记苏晓梅。')).toBe(false);
    expect(isPhotoCaption('宛如世外桃源的乡村期待着城里人的喧闹')).toBe(false);
    expect(isPhotoCaption('单刀直入和临别赠语')).toBe(false);
  });
});

describe('a picture marked as an archive photo (nuan.wqp8.com, m.xin.cwan.com)', () => {
  it('alone in brackets or closing a short caption is a caption', () => {
    expect(isPhotoCaption('《拂晓报》报史馆一角资料照片')).toBe(true);
    expect(isPhotoCaption('【资料图】')).toBe(true);
  });

  it('a sentence that speaks of archive photos stays (c3c-suichang-edu-placename-notice)', () => {
    expect(isPhotoCaption('地名标志的地理实体可拍摄清晰的近景远景（有背景）照片；地名标志的地理实体可从多角度拍摄照片。（要求二张，一张全景，一张有大门有校牌）')).toBe(false);
  });
});

describe('a picture of an interview or a sitting, labelled on a line of its own', () => {
  it('is a caption: the one interviewed (zj.people.com.cn), the deputies voting (mdjzy.hljcourt.gov.cn), a guest in a picture so named (pfcx.cn)', () => {
    expect(isPhotoCaption('郁建兴接受专访')).toBe(true);
    expect(isPhotoCaption('各位代表进行表决')).toBe(true);
    expect(isPhotoCaption('最高人民法院办公厅主任、新闻发言人王少南做客强国论坛照片')).toBe(true);
  });

  it('is not a host asking for the vote, a headline naming a guest (cctv.com 三农人物做客搜狐), a heading or a post without a name', () => {
    expect(isPhotoCaption('请各位代表进行表决')).toBe(false);
    expect(isPhotoCaption('三农人物做客搜狐')).toBe(false);
    expect(isPhotoCaption('二、照片')).toBe(false);
    expect(isPhotoCaption('市长接受采访')).toBe(false);
  });
});
