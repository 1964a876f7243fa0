// Picture captions and placeholders left between the paragraphs (thirtieth
// session, chromecap): the word a picture or a video leaves where it stood
// (图片 — mytaizhou, unseen20; lxxww, unseen24; zazhizhixing, kinds3; 影片 — stlkg,
// unseen9; 视频 — loriforfreedom, unseen14; 点击查看原图 — jxsdfx.jxnu.edu.cn), an
// interview's caption told as it happens (张津梁在接受记者采访。 — tianshui, unseen20;
// 张剑飞市长正在接受记者专访。 — enorth, unseen21), and a ceremony's acts in a run
// of captions (宣读…表彰决定 — zazhizhixing; 主持表彰大会, 拜年 — ynpfph.cn).
// Lines from the real pages; what goes and what stays read off them by hand.
import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { isPicturePlaceholder } from '../../scripts/ingest/stages/chrome/captions.ts';
import { isPhotoCaption } from '../../scripts/ingest/stages/chrome/credits.ts';
import { strip } from '../fixtures/chrome/harness.ts';

describe("a picture's or a video's placeholder", () => {
  it('is the picture-placeholder rule', () => {
    for (const word of ['图片', '视频', '影片', '图集', '点击查看原图', '查看大图']) expect(classifyChrome(word)?.rule).toBe('picture-placeholder');
  });

  it('is not a sentence or a heading that names pictures', () => {
    expect(isPicturePlaceholder('图片展')).toBe(false);
    expect(isPicturePlaceholder('观看建院60周年图片展等四项议程。')).toBe(false);
    expect(isPicturePlaceholder('视频会议')).toBe(false);
    expect(isPicturePlaceholder('（见首页视频窗口）')).toBe(false);
  });

  it('goes from between the paragraphs, which stay, under its own id (lxxww, unseen24)', () => {
    const lede = '2月2日下午，澧县禁止燃放烟花爆竹工作领导小组组长、副县长高家喜组织召开2023年秸秆禁烧暨元宵节烟花爆竹禁燃禁放工作紧急调度会，就这两项工作进行专题安排部署。';
    const next = '会议通报了春节期间督查禁鞭禁炮、秸秆禁烧相关情况及当前空气质量状况，并对下步工作进行了安排部署。';
    const { kept, removed } = strip([lede, '图片', next].join('\n'));
    expect(kept).toEqual([lede, next]);
    expect(removed).toEqual(['picture-placeholder 图片']);
  });

  it('goes with the captions around it, and the paragraphs stay (zazhizhixing, kinds3)', () => {
    const before = '本次会议由院党总支书记张召平主持。会上，院长王晓辉代表院委会向大会作了工作报告，他从九个方面全面回顾了2022年工作，肯定了取得的成绩。';
    const after = '区卫健局党组成员、副局长苏纪明充分肯定了区中医医院过去一年的工作成绩，结合当前医院面临的形势，提出了医院下一步的奋斗目标。';
    const { kept, removed } = strip([before, '副院长严亮宣读先进集体及先进个人表彰决定', '图片', '副院长杨永杰宣读新技术新项目表彰决定', after].join('\n'));
    expect(kept).toEqual([before, after]);
    expect(removed).toEqual(['photo-caption 副院长严亮宣读先进集体及先进个人表彰决定', 'picture-placeholder 图片', 'photo-caption 副院长杨永杰宣读新技术新项目表彰决定']);
  });
});

describe("an interview's caption told as it happens", () => {
  it('is a photo caption, with the full stop and a post after the name', () => {
    expect(isPhotoCaption('张津梁在接受记者采访。')).toBe(true);
    expect(isPhotoCaption('张剑飞市长正在接受记者专访。')).toBe(true);
    expect(isPhotoCaption('郁建兴接受专访')).toBe(true);
  });

  it("is not a report's sentence about the interview, nor a host's line", () => {
    expect(isPhotoCaption('张津梁在接受记者采访时表示，兰州将进一步扩大对外开放。')).toBe(false);
    expect(isPhotoCaption('下面请市长接受记者采访。')).toBe(false);
    expect(isPhotoCaption('记者在接受采访。')).toBe(false);
  });
});

describe("a ceremony's acts in a run of captions (ynpfph.cn, chromecap sample half A)", () => {
  const said = '省一院党委副书记李伟宣读医院表彰决定，院党政领导为获奖代表颁奖。';
  const next = '迎新春文艺演出在欢快的气氛中拉开了序幕。';
  const captions = ['党委副书记李伟主持表彰大会', '为先进集体、先进工作者、医德医风奖代表颁奖', '为先进基层党组织、优秀共产党员、优秀党务工作者代表颁奖', '为手卫生摄影比赛一、二、三等奖的科室颁奖', '院党政领导给全院职工拜年'];

  it('go whole: who chaired, the awards, the leaders greeting the staff; the sentences stay', () => {
    const { kept } = strip([said, ...captions, next].join('\n'));
    expect(kept).toEqual([said, next]);
  });

  it('stay when one stands alone: a heading or a title reads the same', () => {
    const { kept } = strip([said, '院党政领导给全院职工拜年', next].join('\n'));
    expect(kept).toEqual([said, '院党政领导给全院职工拜年', next]);
  });
});

describe('a figure numbered in characters (028px.com, chromecap sample half A)', () => {
  it('is the figure-caption rule when a space sets the number off', () => {
    expect(classifyChrome('图一 肖前胜校长致辞')?.rule).toBe('figure-caption');
    expect(classifyChrome('图三 肖校长介绍新老师')?.rule).toBe('figure-caption');
  });

  it('is not a line that opens with the same characters', () => {
    expect(classifyChrome('表十分感谢各位领导的关心')?.rule).not.toBe('figure-caption');
    expect(classifyChrome('图书馆举办读书月活动')?.rule).not.toBe('figure-caption');
  });

  it('goes from between the paragraphs, which stay', () => {
    const before = '学校党支部书记、校长肖前胜同志为本次开学典礼致辞。今朝砥砺前行创佳绩，明日追求卓越报家国。';
    const after = '随后学校副校长沈福春、万福国也分别就高中部德育管理和初中部管理进行了讲话。';
    const { kept } = strip([before, '图一 肖前胜校长致辞', '图二 肖校长介绍高中部行政班子成员', '图三 肖校长介绍新老师', after].join('\n'));
    expect(kept).toEqual([before, after]);
  });
});
