// titlefix3 (fortieth session): what a model-text site glues after a piece's title (a recommendation mark, a piece
// number after the genre word, the title's own year again), the site's blurb naming the piece on a page that prints
// no heading (LEAD_INS, LEAD_IN_ENDS), and a breadcrumb's last step as the headline where the page prints none
// (breadcrumb-last-step, title-rescue.ts), and a hijacked page's gambling keyword runs before the headline (title-sanitize
// gambling-prefix). Each vocabulary row's examples run with every row's in structure.test.ts;
// here what the rules take and what they leave alone, written by hand, and the evaluation pages of the classes through
// the whole pipeline. The sample's half A (tests/fixtures/titles-s40/README.md) runs whole as well.
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../scripts/ingest/structure/title-clean.ts';
import { leadInTitle } from '../../scripts/ingest/structure/title-lead-in.ts';
import { lastStep } from '../../scripts/ingest/structure/title-rescue.ts';
import { sanitizeTitle } from '../../scripts/ingest/structure/title-sanitize.ts';
import { expectCaseTitle, expectSampleTitle, titleSample } from './title-sample.ts';

const { dir, labels } = titleSample('titles-s40');

describe("a model-text site's marks after the title come off", () => {
  it.each([
    // yq-online.cn (unseen32 a32-yqonline): the column label before it is cut by the rule before.
    ['县长庆祝第24个教师节电视讲话【范文精选】', '县长庆祝第24个教师节电视讲话'],
    ['在党支部书记培训班开班仪式上讲话(范文推荐)', '在党支部书记培训班开班仪式上讲话'],
    // www.p719.cn (unseen35 a35-p719): the first piece of the page's set, numbered after its genre word.
    ['开学典礼校长发言稿（一）', '开学典礼校长发言稿'],
    ['教师节国旗下的讲话(三)', '教师节国旗下的讲话'],
    // moyanwh.cn (unseen33 e33-moyanwh): the year the title opens with, again in brackets.
    ['2022年支部书记党课讲稿（2022年）', '2022年支部书记党课讲稿'],
  ])('%s → %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it.each([
    // A series' part after a word that is no genre word is the title's (unseen17 c17-tvb, unseen4 x2-zhongguotongcuhui).
    '社评摘要（二）',
    '略论台海安全局势及战略研判（一）',
    // A bracketed date the title does not print before is its own (unseen34 b34-clxzf, unseen25 a25-zkxxing).
    '昌黎县2021年下半年食品监督抽查结果公示（2021年11月）',
    '黄坤明同志在广东省高质量发展大会上的讲话实录（2024）',
    // 精选 inside the title is no mark.
    '精选十篇优秀党课讲稿',
  ])('%s keeps its end', (title) => {
    expect(cleanTitle(title).title).toBe(title);
  });
});

describe("a model-text site's blurb naming the piece", () => {
  it.each([
    ['本站小编为你精心准备了县医院住院大楼竣工庆典讲话参考范文,愿这些范文能点燃您思维的火花,激发您的写作灵感。', '县医院住院大楼竣工庆典讲话'],
    ['前言:本站为你精心整理了民政局民生教育发展讲话范文,希望能为你的创作提供参考价值,我们的客服老师可以帮助你提供个性化的参考', '民政局民生教育发展讲话'],
    // The lead-in read before this session still reads.
    ['下面是小编为大家整理的在2021年党支部书记培训班开班仪式上的讲话,供大家参考。', '在2021年党支部书记培训班开班仪式上的讲话'],
  ])('%s names %s', (line, title) => {
    expect(leadInTitle([line])).toBe(title);
  });

  it('a blurb that names no piece before 范文 gives no title', () => {
    expect(leadInTitle(['本站为你精心整理了范文,希望能为你的创作提供参考价值'])).toBeUndefined();
  });
});

describe("a breadcrumb's last step (breadcrumb-last-step)", () => {
  it('names the piece at the end of a path through the columns', () => {
    expect(lastStep('畜牧家禽网首页 > 资讯中心 > 行业动态 > 广东徐闻县畜牧局部署秋季动物疫病防控工作')).toBe('广东徐闻县畜牧局部署秋季动物疫病防控工作');
  });

  it.each([
    // A path ending in a column, a list column's label or 正文 names no piece.
    '首页 > 新闻中心 > 乡镇动态',
    '首页 > 新闻中心 > 医院新闻 > 正文',
    '首页 >> 通知公告 >> 详细内容',
    // One step from the home page is a single page's column (gluedHeading reads it with its heading).
    '首页 > 院长寄语',
    // The heading glued before the path is gluedHeading's.
    '院长寄语首页>院长寄语',
  ])('%s gives none', (line) => {
    expect(lastStep(line)).toBeUndefined();
  });
});

describe("a hijacked page's gambling keyword runs before the headline (gambling-prefix)", () => {
  it('a run of three, each closed by its mark, comes off whole', () => {
    expect(sanitizeTitle('大发体育在线_大发体育投注-彩票平台：2025年中小学生防溺水工作会议召开').title).toBe('2025年中小学生防溺水工作会议召开');
  });

  it.each([
    // An organ's name before a colon holds no betting word.
    '市体育局：关于举办全市全民健身运动会的通知',
    '体育彩票中心：开展社会责任宣传活动',
    // A headline about gambling names it after its own kicker.
    '打击网络赌博：警方捣毁投注平台',
  ])('%s is left whole', (title) => {
    expect(sanitizeTitle(title).title).toBe(title);
  });
});

describe('the evaluation pages of the classes, through the whole pipeline', () => {
  it.each([
    ['unseen35', 'a35-p719-mirror-liuxue86-opening-address-collection-pinyin-glosses-trad-font-size-label-cut'],
    ['unseen33', 'e33-moyanwh-branch-secretary-party-lesson-party-90th-fanwen-blurb-collection-first-piece-utf16-cut-speech'],
    ['unseen32', 'a32-yqonline-shangcheng-county-head-teachers-day-tv-address-essay-site-summary-cut'],
    ['unseen31', 'e31-xxmh431-county-hospital-inpatient-emergency-building-completion-trad-blurb-gb18030-speech'],
    ['unseen32', 'a32-bjhyfc-civil-affairs-bureau-livelihood-speech-trad-pinyin-mirror-blurb-title-cut'],
    ['unseen35', 'e35-hngza-poultry-site-xuwen-county-autumn-animal-epidemic-meeting-trad-pinyin-breadcrumb-title-info-line-report'],
    ['unseen29', 'b29-ahshangpin-hengfeng-drowning-prevention-meeting-injected-report'],
    ['unseen34', 'a34-kasoldeals-hijacked-mirror-redstar-interview-baiyansong-ministers-passage-gambling-spam-injected-doubled-title-cut'],
    ['unseen34', 'a34-sizhongpx-hijacked-mirror-cctv-news-parlour-exam-centre-yangxuewei-interview-spam-title-prefix-trad-cut'],
  ])('%s/%s', (set, slug) => expectCaseTitle(set, slug), 60_000);
});

describe('the titles-s40 sample, half A (new model-text sites, labelled by hand)', () => {
  const pages = labels.filter((l) => l.half === 'A');
  it.each(pages.map((l) => [l.file, l.title] as const))('%s → %s', (file, title) => expectSampleTitle(dir, file, title), 60_000);
});
