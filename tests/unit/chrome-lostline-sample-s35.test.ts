// The lostline sample of the thirty-fifth session (tests/fixtures/chrome/lostline-s35):
// 10 pages of 10 sites no evaluation set holds — county emergency plans and the notices
// that issue them, stored page texts, most cut by the store inside the plan — whose
// body holds a line citing laws and plans in 《》 (编制依据) or a table of contents
// next to the site's chrome, their bodies and chrome written by hand before any run
// (meta.json says why for each label). Half A was read and fitted to; half B is only
// counted with `npm run eval -- --cases tests/fixtures/chrome/lostline-s35/B`, so here
// it is only checked for being well formed. Through the cleaning stages up to and with
// the chrome stage, as the chrome rules' sources are read (tests/fixtures/chrome/sources.ts).
import { describe, expect, it } from 'vitest';
import { isCitationList } from '../../scripts/ingest/stages/chrome/rules.ts';
import { namesDocumentSite, pageMarkers, removePageMarkers } from '../../scripts/ingest/stages/chrome/docsite.ts';
import { linesSeen } from '../fixtures/chrome/sources.ts';
import { afterChrome, chromeSample, expectLostSamplePageWellFormed, squeeze } from './chrome-sample.ts';

const sample = (half: 'A' | 'B') => chromeSample('lostline-s35', half);

/** The text the chrome stage leaves of a source, squeezed. */
const kept = (seen: string) => squeeze(linesSeen(seen, afterChrome).join('\n'));

describe('the lostline sample, half A, through the chrome stage', { timeout: 120_000 }, () => {
  it.each(sample('A').map((c) => [c.slug, c] as const))('%s keeps every body line, its cut last line too', (_slug, c) => {
    const text = kept(c.seen);
    for (const line of c.body) expect(text).toContain(squeeze(line));
  });

  it('still takes the info lines above the daishan notice and the breadcrumb with its planted brand above syhaiyugjg’s', () => {
    expect(kept('www.daishan.gov.cn fixture:chrome/lostline-s35/A/daishan-s35-plan/raw.txt')).not.toContain(squeeze('信息来源: 县卫生健康局'));
    expect(kept('syhaiyugjg.com fixture:chrome/lostline-s35/A/syhaiyugjg-s35-plan/raw.txt')).not.toContain(squeeze('手机赌钱游戏'));
  });
});

describe('a line of cited laws, regulations and plans is no advertisement', () => {
  it('reads a notice’s legal basis as a citation, cut or whole (mdx, daishan, kqyc)', () => {
    expect(isCitationList('《中华人民共和国突发事件应对法》《中华人民共和国环境保护法》《中华人民共和国水污染防治法》《中华人民共和国固体废物污染环境防治法》《中华人民共和国大气污染防治法》《中华人民共和国安全生产法》《国家突发环境事件应急')).toBe(true);
    expect(isCitationList('依据《突发公共卫生事件应急条例》、《浙江省突发公共事件应急预案》、《浙江省突发公共卫生事件应急预案》、《浙江省防台风应急预案》、《舟山市突发公共事件应急预案》、《舟山市突发公共卫生事件应急预案》、《舟山市卫生计生系统防汛防')).toBe(true);
    // An edition in brackets after the genre: 《…办法（试行）》.
    expect(isCitationList('根据《贵州省事业单位新增人员公开招聘暂行办法》、《贵州省事业单位公开招聘操作办法（试行）》、《公务员录用体检通用标准（试行）》')).toBe(true);
  });

  it('leaves books, courses and films as they were (laomiw, honghu’s film list)', () => {
    expect(isCitationList('《文稿,还能这样写》作者雄文《笔杆子碎语》作者王一端《机关文稿写作入门》作者杨新宇《机关文字工作五十讲》作者何新国')).toBe(false);
    expect(isCitationList('著名导演焦晓雨曾执导过《地雷战》《大刀记》《荡寇》《兵临村下》等多部红色题材作品')).toBe(false);
  });
});

describe('closing lines of development pages that the advertisement row took stay', { timeout: 120_000 }, () => {
  it('mdx: the 编制依据 line cut where the stored page ends', () => {
    const text = kept('www.mdx.gov.cn eval:b20-mdx-mouding-environment-emergency-plan-notice');
    expect(text).toContain(squeeze('《中华人民共和国突发事件应对法》《中华人民共和国环境保护法》'));
    expect(text).not.toContain(squeeze('公文目录:应急管理'));
  });
});

describe("a document site's page numbers", { timeout: 120_000 }, () => {
  it('go when a removed line names the site, after a blank line too (jinchutou, wenku365)', () => {
    const jinchutou = kept('m.jinchutou.com eval:d29-jinchutou-opening-ceremony-first-lesson-secretaries-principals-doc-share-article');
    expect(jinchutou).toContain(squeeze('生活独立、学习独立习惯很难养成, 精神和人格上的独立更是无从谈起'));
    const wenku365 = kept('m.wenku365.com eval:e28-wenku365-county-head-drought-spring-ploughing-meeting-speech');
    expect(wenku365).toContain(squeeze('明确提出,要按照“稳定粮食、提高菜果、做强畜牧”的方针'));
    expect(wenku365).toContain(squeeze('把精力花在当前的防旱和春耕生产上来。当前,春耕生产已到了关键时刻'));
  });

  it('go on a page with no site chrome when every later number breaks a sentence (aqrzj)', () => {
    const aqrzj = kept('m.aqrzj.com eval:z1-aqrzj-county-education-revival-speech');
    expect(aqrzj).toContain(squeeze('帮助齐桓公在经济、政治、军事等方面进行改革'));
    expect(aqrzj).toContain(squeeze('排在前六位,那就是第一方阵'));
  });

  it('stay where nothing says a document site and a number opens a paragraph after a sentence', () => {
    const page = '文'.repeat(250);
    const list = `1、${'工作要求明确，'.repeat(30)}。\n2、${'责任落实到人，'.repeat(30)}继续\n3、${'加强督促检查，'.repeat(30)}。`;
    expect(pageMarkers(list, true).length).toBe(3);
    expect(pageMarkers(list, false)).toEqual([]);
    expect(removePageMarkers(list, false).text).toBe(list);
    // Known to be a document site, one page breaking a sentence is enough; unknown, it is not.
    const someRunOn = `1、${page}\n2、${page}。\n3、${page}`;
    expect(pageMarkers(someRunOn, true).length).toBe(3);
    expect(pageMarkers(someRunOn, false)).toEqual([]);
  });

  it('are told by a 文库 named in the chrome, not by a body that mentions none', () => {
    expect(namesDocumentSite('欢迎来到天天文库')).toBe(true);
    expect(namesDocumentSite('《开讲啦! 听书记、校长说——开学第一课(1页珍藏版)》请在金锄头文库上搜索。')).toBe(true);
    expect(namesDocumentSite('发布时间:2020-09-14 浏览次数:')).toBe(false);
  });
});

describe('the lostline sample is well formed', () => {
  const all = [...sample('A'), ...sample('B')];
  it.each(all.map((c) => [c.slug, c] as const))('%s: a source, a reason per label, its last line in its body, no chrome string in it', (_slug, c) => {
    expectLostSamplePageWellFormed(c);
  });

  it('has ten pages of ten sites, five in each half', () => {
    expect(all.length).toBe(10);
    expect(new Set(all.map((c) => c.meta.site)).size).toBe(10);
    expect(sample('A').length).toBe(5);
  });
});
