// What last session's titlefix left (titlefix2, thirty-ninth session): a form's subject field before the title (主旨 of
// a Taiwan county's news release, a board post's 主题:; title-vocabulary.ts SUBJECT_FIELDS, rule subject-field in
// title-sanitize.ts) and a hospital's 祝您健康 greeting, a welcome banner (WELCOME_BANNERS). Each
// row's examples run with every row's in structure.test.ts and title-s33.test.ts; here what the rules take and what they
// leave alone, and the evaluation pages of the class through the whole pipeline. Expected titles written by hand from
// the pages (the cases' meta.json; tests/fixtures/titles-s39/README.md).
import { describe, expect, it } from 'vitest';
import { refusal } from '../../scripts/ingest/structure/title-clean.ts';
import { removedHeadline } from '../../scripts/ingest/structure/title-rescue.ts';
import { sanitizeTitle } from '../../scripts/ingest/structure/title-sanitize.ts';
import { expectCaseTitle, expectSampleTitle, titleSample } from './title-sample.ts';

const { dir, labels } = titleSample('titles-s39');

describe("a hospital's 祝您健康 greeting is a welcome banner", () => {
  it.each([
    // es9e.com, unseen30 e30-es9e: the hospital and the university's clinical college it also is, a bar between.
    '恩施土家族苗族自治州中心医院│武汉大学恩施临床学院 祝您健康！',
    // guilinlife.com's links to the city's hospitals (tests/fixtures/titles-s39/guilinlife-hospital-links.txt).
    '桂林市人民医院祝您健康',
    '厚德精医 南溪山医院祝您健康',
    // shxrmyy.com, unseen5 y2-shxrmyy: 身体健康, the page's first line.
    '泗洪县人民医院祝您身体健康!',
  ])('%s', (line) => {
    expect(refusal(line)).toBe("the site's welcome banner");
  });

  it.each([
    // A letter's or a speech's closing wish names no institution before it.
    '在此祝您健康！',
    '最后，祝您健康长寿！',
    // A headline about a hospital's wish goes on after it.
    '市人民医院祝您健康过大年 春节门诊安排出炉',
  ])('%s is no banner', (line) => {
    expect(refusal(line)).not.toBe("the site's welcome banner");
  });
});

describe("a form's subject field is the title's label (subject-field)", () => {
  it('主旨 glued to the title of a county news release comes off (upntoday.blogspot.com, unseen29 d29-upntoday)', () => {
    expect(sanitizeTitle('主旨张县长就任第十七届嘉义县长暨一级主管布达').title).toBe('张县长就任第十七届嘉义县长暨一级主管布达');
  });

  it.each([
    // 主旨 opens a keynote's name; 主题 opens ordinary titles; neither is a label without its colon.
    '主旨演讲：数字经济与城市治理',
    '主题党日活动走进革命老区',
    '主题教育读书班开班',
  ])('%s keeps its first word', (title) => {
    expect(sanitizeTitle(title).title).toBe(title);
  });

});

describe('headline-twice-over-info on a second site\'s layout', () => {
  // The rule's development page is hkxiaopan.com's (unseen32 c32-hkxiaopan, title-s38.test.ts). The same layout — the
  // headline, its info line (作者, 文章来源, 点击数, 更新时间), the headline again — is 吉安县公安局's
  // (jaxga.jianxian.gov.cn, unseen18 b18-jianxian, lines as its raw prints them), whose copies the chrome stage leaves in the text;
  // were both taken, the walk up from the text puts the lower copy back as the headline, not as a caption.
  const headline = '特巡警大队到县城发放禁止违法燃放烟花爆竹的警方宣传单';
  const page = ['您现在的位置: 吉安县公安局 >> 首页 > 警务动态 > 警界资讯 > 正文 >> 正文', headline, '作者:办公室    文章来源:    点击数:  nbsp;   更新时 间:2019-01-23', '', headline, '燃放烟花爆竹是全社会广大市民在重要节日和喜庆活动期间的传统习俗。'];

  it('the copy under the info line, the same line as over it, is the headline', () => {
    const passed: string[] = [];
    expect(removedHeadline(page, [page[0]!, headline, page[2]!, headline], page[5]!, passed)).toBe(headline);
    expect(passed).toContain('headline-twice-over-info');
  });
});

describe('the evaluation pages of the class, through the whole pipeline', () => {
  it.each([
    ['unseen30', 'e30-es9e-enshi-central-hospital-provincial-hospital-group-summit-report'],
    ['unseen29', 'd29-upntoday-chiayi-magistrate-zhanghuaguan-second-term-glued-labels-report'],
  ])('%s/%s', (set, slug) => expectCaseTitle(set, slug), 60_000);
});

describe('the titlefix2 sample, half A, through the whole pipeline', () => {
  const pages = labels.filter((l) => l.half === 'A');
  it.each(pages.map((l) => [l.file, l.title] as const))('%s → %s', (file, title) => expectSampleTitle(dir, file, title), 60_000);
});
