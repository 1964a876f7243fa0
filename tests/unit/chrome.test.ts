import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cleaningStages, createFile } from '../../scripts/ingest/pipeline.ts';
import { stripChrome } from '../../scripts/ingest/stages/chrome.ts';
import { stripJammer } from '../../scripts/ingest/stages/chrome/rules.ts';
import { fixture, linesOf, seedThrough, textFile } from '../fixtures/chrome/harness.ts';

function cleaned(name: string) {
  const file = textFile(fixture('chrome', name), name);
  const before = String(file.value).split('\n');
  stripChrome(file);
  return { file, before, lines: linesOf(file), removed: file.data.removed.map((r) => r.text) };
}

/** The lines of `before` from the one starting with `first` to the one containing `last`. */
function span(before: string[], first: string, last: string): string[] {
  const from = before.findIndex((l) => l.startsWith(first));
  const to = before.findIndex((l) => l.includes(last));
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from);
  return before.slice(from, to + 1);
}

describe('stripChrome on a WeChat article', () => {
  const { file, before, lines, removed } = cleaned('wechat-tail.txt');

  it('drops the account header and the article tail', () => {
    expect(lines.some((l) => /发表于|收录于|来源：|编辑：|审核：|终审：|二维码|阅读原文|在看|▼/u.test(l))).toBe(false);
    expect(removed).toContain('长按识别二维码关注我们');
  });

  it('keeps title, byline and every paragraph through the author note', () => {
    expect(lines[0]).toBe('在全县村（社区）党组织书记培训班开班式上的讲话');
    expect(lines).toEqual(span(before, '在全县村', '（作者系'));
  });

  it('keeps labelled values as candidates', () => {
    expect(file.data.candidates).toMatchObject({ published: '2023-06-12 08:30', source: '清河县融媒体中心', editor: '王晓雯' });
  });

  it('records a reason for every removed line', () => {
    expect(file.data.removed.length).toBe(before.length - lines.length);
    expect(file.data.removed.every((r) => r.stage === 'chrome' && r.reason.length > 0)).toBe(true);
  });
});

describe('stripChrome on newspaper e-paper text', () => {
  const { file, before, lines } = cleaned('epaper.txt');

  it('drops masthead and page navigation, keeps the article with its attribution and the byline the structure stage sets aside', () => {
    expect(lines).toEqual(span(before, '坚持人民至上', '《 江淮日报 》'));
    expect(file.data.candidates.published).toBe('2023年08月30日');
  });
});

describe('stripChrome on a government page copied as text', () => {
  const { file, before, lines, removed } = cleaned('gov-site.txt');

  it('keeps title, speaker and date lines, drops banner, menus and footer', () => {
    expect(lines[0]).toBe('在全市优化营商环境大会上的讲话');
    expect(lines.slice(1, 4)).toEqual(['市长 王立群', '（2023年3月14日）', '同志们：']);
    expect(lines.at(-1)).toBe(before.find((l) => l.startsWith('同志们，优化营商环境')));
    expect(removed).toEqual(expect.arrayContaining(['【字体：大 中 小】【打印】【关闭】', '地址：淮北市相山区人民路1号  邮编：235000']));
    expect(lines.some((l) => /ICP|公网安备|网站地图|当前位置|访客/u.test(l))).toBe(false);
  });

  it('reads publication date and source from the labelled line, the site name from the banner', () => {
    expect(file.data.candidates).toMatchObject({ published: '2023-03-15 10:20', source: '市政府办公室' });
    expect(file.data.candidates.siteNames).toContain('淮北市人民政府门户网站');
  });
});

describe('stripChrome on a Discuz forum thread', () => {
  const { file, lines } = cleaned('forum-discuz.txt');

  it('cuts the button glued to the title and every toolbar line', () => {
    expect(lines[0]).toBe('[讲话稿] 在全镇安全生产工作会议上的讲话');
    expect(lines[1]).toBe('同志们：');
    expect(lines.at(-1)).toMatch(/^要压紧压实安全生产责任/u);
    expect(lines).toHaveLength(5);
  });

  it('takes the post time, not the edit time, as the publication candidate', () => {
    expect(file.data.candidates.published).toBe('2021-5-6 09:05:11');
  });
});

describe('stripChrome on a CMS article page', () => {
  const { file, lines } = cleaned('cms-article.txt');

  it('drops breadcrumb, stamp line, editor and the related-articles tail after the body', () => {
    expect(lines).toEqual([
      '坚定信心 真抓实干 奋力夺取全年目标任务圆满完成',
      expect.stringMatching(/^要坚定不移推进改革开放/u),
      '谢谢大家！',
    ]);
    expect(file.data.candidates).toMatchObject({ published: '2023-05-06', editor: '王五' });
  });

  it('splits several authors in one labelled line', () => {
    const text = '作者：张三 李四　来源：人民网　时间：2023-05-06 09:30\n在全市经济工作会议上的讲话\n今年以来，全市经济运行总体平稳、稳中有进，主要指标好于预期。';
    const file = textFile(text);
    stripChrome(file);
    expect(linesOf(file)[0]).toBe('在全市经济工作会议上的讲话');
    expect(file.data.candidates).toMatchObject({ authors: ['张三', '李四'], source: '人民网', published: '2023-05-06 09:30' });
  });

  it('drops a site menu before the title and learns the site name from it, keeping a title of space-separated phrases', () => {
    const file = textFile('关灯\n讲话稿论坛 最新课程直播间 范文下载\n开启左侧\n在全市农业农村系统工作务虚会上的讲话\n坚定信心 真抓实干 奋力夺取全年目标任务圆满完成\n同志们：今天召开这次会议，主要任务是总结工作、部署任务。');
    stripChrome(file);
    expect(linesOf(file).slice(0, 2)).toEqual(['在全市农业农村系统工作务虚会上的讲话', '坚定信心 真抓实干 奋力夺取全年目标任务圆满完成']);
    expect(file.data.candidates.siteNames).toContain('讲话稿论坛');
    expect(file.data.removed).toContainEqual({ stage: 'chrome', rule: 'site-menu', reason: 'site menu', text: '讲话稿论坛 最新课程直播间 范文下载' });
  });

  it('hands the stages after it the text it removed, as it logs it (a forum page and a news page)', () => {
    const forum = textFile('关灯\n讲话稿论坛 最新课程直播间 范文下载\n开启左侧\n在全市农业农村系统工作务虚会上的讲话\n同志们：今天召开这次会议，主要任务是总结工作、部署任务。');
    const news = textFile(`人民网 时政频道：深入推进作风建设。连日来，全市各级各部门认真贯彻落实会议精神，研究部署贯彻落实措施。`);
    for (const file of [forum, news]) {
      stripChrome(file);
      expect(file.data.chromeLines).toEqual(file.data.removed.filter((span) => span.stage === 'chrome').map((span) => span.text));
    }
    expect(forum.data.chromeLines).toContain('讲话稿论坛 最新课程直播间 范文下载');
    expect(news.data.chromeLines).toEqual(['人民网 时政频道：']);
  });

  it('takes the role words after a label for labels, not authors', () => {
    const file = textFile('2020-06-18 08:30:12　来源：嘉兴日报　作者：记者 周敏 通讯员 沈丽\n在全市卫生健康工作会议上的讲话\n今年以来，全市卫生健康系统各项工作稳步推进，成效明显。');
    stripChrome(file);
    expect(file.data.candidates.authors).toEqual(['周敏', '沈丽']);
  });
});

describe('stripChrome between body paragraphs', () => {
  const { before, lines, removed } = cleaned('notice-midbody.txt');

  it('removes only the unmistakable copyright line', () => {
    expect(removed).toEqual(['Copyright © 2020 某某文库 版权所有']);
    expect(lines).toEqual(before.filter((l) => !l.startsWith('Copyright')));
  });
});

describe('stripChrome at the top of a text', () => {
  const body = '连日来，全市各级各部门认真贯彻落实会议精神，研究部署贯彻落实措施。';

  it('removes a site and column glued before the first line and learns the site name', () => {
    const file = textFile(`人民网 时政频道：深入推进作风建设。${body}`);
    stripChrome(file);
    expect(String(file.value)).toBe(`深入推进作风建设。${body}`);
    expect(file.data.candidates.siteNames).toEqual(['人民网']);
    expect(file.data.removed).toEqual([{ stage: 'chrome', rule: 'site-name-prefix', reason: 'site-name prefix', text: '人民网 时政频道：' }]);
  });

  it('leaves a title that merely opens with a word ending in 网', () => {
    const text = `互联网：新质生产力的重要引擎\n${body}`;
    const file = textFile(text);
    stripChrome(file);
    expect(String(file.value)).toBe(text);
  });

  it('keeps titles that use menu or follow vocabulary', () => {
    for (const title of ['关于加强政务微信公众号管理工作的通知', '在全市政务公开工作会议上的讲话']) {
      const text = `${title}\n${body}`;
      const file = textFile(text);
      stripChrome(file);
      expect(String(file.value)).toBe(text);
    }
  });

  it('leaves text without chrome untouched and records nothing', () => {
    const text = `关于加强基层治理的几点思考\n${body}\n${body}`;
    const file = textFile(text);
    stripChrome(file);
    expect(String(file.value)).toBe(text);
    expect(file.data.removed).toEqual([]);
  });
});

describe('stripChrome on the seeds', () => {
  it('002: forum header and footer gone, title and every paragraph kept', () => {
    const { file, before } = seedThrough('002', stripChrome);
    const lines = linesOf(file);
    const chrome = /关灯|开启左侧|复制链接|发表于|阅读模式|培训班|登录|积分|关注|粉丝|帖子|排行榜|专栏|微信|热线|0595|地址|运营中心|Email|Copyright|ICP|公网安备|《.*》作者/u;
    expect(lines.filter((l) => chrome.test(l))).toEqual([]);
    expect(lines).toContain('在全县卫生健康系统党建工作座谈会上的讲话');
    const body = span(before, '同志们', '全面开创全县卫生健康事业发展新局面');
    expect(lines.slice(lines.indexOf(body[0]))).toEqual(body);
    expect(file.data.candidates.published).toBe('2023-8-30 10:47:03');
    expect(file.data.candidates.siteNames).toContain('老秘网');
  });

  it('004: site prefix and hotline gone, everything from the title to the attribution kept', () => {
    const { file, before } = seedThrough('004', stripChrome);
    const lines = linesOf(file);
    expect(lines[0]).toMatch(/^抓作/u);
    expect(before[0].endsWith(lines[0])).toBe(true);
    expect(lines.slice(1)).toEqual(before.slice(1, -1));
    expect(lines.at(-1)).toMatch(/《徐州日[报報]》2022年9月27日/u);
    expect(file.data.removed.filter((r) => r.stage === 'chrome').map((r) => r.reason).sort()).toEqual(['hotline', 'site-name prefix']);
    expect(file.data.candidates.siteNames?.[0]).toMatch(/^全程[导導][医醫].*[网網]$/u);
  });

  it.each(['000', '001', '003'])('%s: has no chrome and is left as it is', (seed) => {
    const { file, before } = seedThrough(seed, stripChrome);
    expect(linesOf(file)).toEqual(before);
    expect(file.data.removed.filter((r) => r.stage === 'chrome')).toEqual([]);
  });
});

describe('stripChrome on real pages its rules were not tuned on', () => {
  /** A page excerpt from tests/fixtures/chrome/pages run through the cleaning stages up to and including chrome. */
  function page(name: string) {
    const bytes = readFileSync(new URL(`../fixtures/chrome/pages/${name}`, import.meta.url));
    const file = createFile({ path: name, bytes });
    for (const stage of cleaningStages.slice(0, cleaningStages.indexOf(stripChrome) + 1)) stage(file);
    return linesOf(file).map((l) => l.trim()).filter(Boolean);
  }

  it('a county portal: index table, info line and share widget go, title, addressees and text stay', () => {
    const lines = page('szzj-gov.txt');
    expect(lines.some((l) => /位置|索引号|发布机构|有效性|浏览次数|分享/u.test(l))).toBe(false);
    expect(lines.slice(-3)).toEqual([
      '关于认真做好城南新区(三江街道)村和社区组织换届选举工作的实施意见',
      '各片、办、局、中心,各行政村(社区)、街道所属有关单位:',
      expect.stringMatching(/^今年3月份开始/u),
    ]);
  });

  it('a medical news site: login, summary label, keywords, comment box and counters go', () => {
    const lines = page('nurftech.txt');
    expect(lines[0]).toBe('卫生管理');
    expect(lines).toContain('推心置腹:部长岁末寄语院长');
    expect(lines.some((l) => /登录|作者:|导读|关键字|分享|评论|跟帖|统计|反馈/u.test(l))).toBe(false);
  });

  it('a forum thread: anti-copy jammer lines and glued runs go, every sentence stays whole', () => {
    expect(page('caiyes-forum.txt')).toEqual([
      '领导的大会讲话,一定要讲清会议宗旨、会议性质、会议内容,提出相应的要求。',
      expect.stringMatching(/觉得回味无穷。$/u),
      '讲话分三大部分,作评价,谈启示,提要求,12个自然段仅2368字。文字简洁,但内涵丰富,高屋建瓴。',
      '一、讲话谋篇布局,独具特色',
      '1.作评价。',
      '讲话第一部分,4个自然段:“言会”“祝贺”“回顾”“评价”。',
    ]);
  });

  it('two gov footers: every line is chrome', () => {
    expect(page('hunan-amr-footer.txt')).toEqual([]);
  });
});

describe("stripChrome after a column's last sentence (skypost.hk eval:c13-skypost-book-buying-column-article)", () => {
  const column = [
    '可是当逛书展时，浸在书海当中就很难节制。在刚过的台北国际书展，除了有来自世界不同国家的摊位外，中文书本的题材琳琅满目，展现不同的魅力。',
    '即使曾经试图克制购书的冲动，但在翻开一本书的瞬间，还是会被那股熟悉的悸动所拥抱。书架上的空间虽然有限，但心灵的天地，永远有位置容纳一本好书。既然如此，不如认命，或许该开始考虑的是——要不要多添置一个书架？',
  ];

  it("the columnist's Facebook and YouTube link rows go, the column stays whole", () => {
    const file = textFile([...column, 'Facebook Page: 魏绮珊Jo Ngai', 'Youtube Channel: 珊刚二人帮 / joandrensen'].join('\n'));
    stripChrome(file);
    expect(String(file.value).split('\n').filter((l) => l.trim() !== '')).toEqual(column);
  });

  it('a sentence of the text naming Facebook stays: only a short line without a sentence is a link', () => {
    const text = [...column, '她在Facebook上分享了这次书展的照片，吸引了不少读者留言。'].join('\n');
    const file = textFile(text);
    stripChrome(file);
    expect(String(file.value)).toBe(text);
  });
});

describe("Discuz!'s jammer glued to a line that does not start with a Han character (its grammar: pairs of a sign and a letter)", () => {
  it('cuts a run glued to a Latin word, as the last pair ends on one letter (unseen17 d17-tvbnowip-honglei-diaoyudao-interview)', () => {
    expect(stripJammer('$ m, p# `9 y; l2 s nTVBNOW 含有热门话题,最新最快电视。')).toEqual({ line: 'TVBNOW 含有热门话题,最新最快电视。', cut: ['$ m, p# `9 y; l2 s n'] });
  });

  it('cuts a run glued to a number or an abbreviation, and keeps the sentence whole', () => {
    expect(stripJammer('& x/ q( N+ j( w- Z6 \\: Y8 Z5 _2020年全市GDP增长5.2%。').line).toBe('2020年全市GDP增长5.2%。');
    expect(stripJammer('+ N; B3 j% |3 c8 E cGDP总量首次突破万亿元。').line).toBe('GDP总量首次突破万亿元。');
  });

  it('cuts a run after the last sentence whose first pair had a space for its sign (130.caiyes.cn)', () => {
    expect(stripJammer('也就是我们俗称的“写材料”。2 p  [, ^0 C7 a')).toEqual({ line: '也就是我们俗称的“写材料”。', cut: ['2 p  [, ^0 C7 a'] });
  });

  it('leaves text with single letters or numbers that are no jammer', () => {
    for (const text of ['2016年 A B C D E F 会议', 'iPhone X 发布会上 A B C', 'A 股 B 股 H 股 N 股 S 股同时上市。', '3 G 4 G 5 G 6 G 网络']) {
      expect(stripJammer(text)).toEqual({ line: text, cut: [] });
    }
  });

  it('a speech whose paragraphs start with a year or an abbreviation keeps them, without the jammer', () => {
    const file = textFile(['同志们：', '今天召开全市经济工作会议。', '& x/ q( N+ j( w- Z6 \\: Y8 Z5 _2020年全市GDP增长5.2%，好于预期。', '+ N; B3 j% |3 c8 E cGDP总量首次突破万亿元大关，全市上下共同努力。', '谢谢大家。'].join('\n'));
    stripChrome(file);
    const lines = String(file.value).split('\n').filter((l) => l.trim() !== '');
    expect(lines).toContain('2020年全市GDP增长5.2%，好于预期。');
    expect(lines).toContain('GDP总量首次突破万亿元大关，全市上下共同努力。');
  });
});
