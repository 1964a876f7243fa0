// Speakers the page names outside the shapes read before (twenty-seventh
// session, speakerfill): a speech title whose occasion is closed by 的 alone, a
// speech title naming a body, a name and a post, and the name line above a
// salutation that stands past the page's own furniture. Titles and lines copied
// from the pages named; the texts run through the whole pipeline, which keeps
// the page's lines as the speakers stage sees them; expected values written by
// hand.
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';

const encode = (lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');

function speakersOf(lines: string[]): { type: string | undefined; names: string[]; roles: (string | undefined)[] } {
  const result = ingestOne({ path: 'speakerfill/page.txt', bytes: encode(lines) });
  if (result.kind !== 'document') throw new Error(result.reason);
  const speakers = result.meta.speakers ?? [];
  return { type: result.meta.type, names: speakers.map((s) => s.name), roles: speakers.map((s) => s.role) };
}

const speech = [
  '尊敬的各位领导、各位来宾，老师们、同学们：',
  '大家上午好！今天我们在这里隆重集会，我代表学校向各位来宾的到来表示热烈的欢迎，向全体师生致以诚挚的问候！',
  '过去的一年，我们团结奋进、攻坚克难，各项工作取得了新的成绩。希望大家珍惜时光，努力学习，为学校的发展贡献力量。',
  '谢谢大家！',
];

describe('a speech title whose occasion is closed by 的, without 上 or 时', { timeout: 120_000 }, () => {
  it('apgei.org (unseen17 c17-apgei): 王珣章主委在中美经贸圆桌会议的致辞稿', () => {
    const got = speakersOf(['王珣章主委在中美经贸圆桌会议的致辞稿', ...speech]);
    expect(got.type).toBe('speech');
    expect(got.names).toEqual(['王珣章']);
  });

  it('kanhuxi.com (unseen21 a21-kanhuxi) has the shape, but 院校长 (院长 and 校长 at once) is no post word: nobody', () => {
    expect(speakersOf(['王辰院校长在北京协和医学院落成100周年暨中国医学科学院建院65周年纪念大会的讲话', ...speech]).names).toEqual([]);
  });

  it('a post alone before 在 names nobody', () => {
    expect(speakersOf(['校长在全校教职工大会的讲话', ...speech]).names).toEqual([]);
  });
});

describe('a speech title naming a body, a name and a post', { timeout: 120_000 }, () => {
  it('004km.cn (unseen21 a21-004km): the university, the president, 校长', () => {
    const got = speakersOf(['中国科学技术大学侯建国校长在2013级本科新生开学典礼上的讲话', ...speech]);
    expect(got.names).toEqual(['侯建国']);
    expect(got.roles).toEqual(['中国科学技术大学校长']);
  });

  it.each([
    '中国科学技术大学校长在2013级本科新生开学典礼上的讲话', // the body and the post: no name
    '县政府办公室主任在全县信访工作会议上的讲话', // 办公室 is the body, no name after it
  ])('%s names nobody', (title) => {
    expect(speakersOf([title, ...speech]).names).toEqual([]);
  });
});

describe('the name line above the salutation, past a table of contents', { timeout: 120_000 }, () => {
  // xiebitongdao.com (unseen22 a22-xiebitongdao): a 范文 compilation's contents, then the speech under its heading.
  const contents = ['目 录', '河北省新闻通报会推介词....................2', '陕西省新闻通报会推介词...................9', '湖北省新闻通报会推介词...................15', '江西省新闻通报会推介词...................20', '浙江省新闻通报会推介词...................26', '贵州省新闻通报会推介词..................33', '上海市新闻通报会推介词..................38', '武汉市新闻通报会推介词..................44'];
  const text = ['女士们、先生们、媒体朋友们：', '大家上午好！很高兴和大家在这里见面。首先，我代表中共河北省委、省人民政府，向大家长期以来给予河北的关心支持和帮助表示衷心的感谢！', '河北是革命的土地、英雄的土地，是新中国从这里走来的地方。我们热忱欢迎各位朋友到河北走一走、看一看。'];

  it('is the speaker, with his posts', () => {
    const got = speakersOf([...contents, '河北省新闻通报会推介词', '中共河北省委书记、省人大常委会主任 王东峰', ...text]);
    expect(got.names).toEqual(['王东峰']);
    expect(got.roles).toEqual(['中共河北省委书记、省人大常委会主任']);
  });

  it('a heading above the salutation, no name line, gives none', () => {
    expect(speakersOf([...contents, '河北省新闻通报会推介词', ...text]).names).toEqual([]);
  });
});

describe('an interview whose answers are labelled with the name the title gives with a post', { timeout: 120_000 }, () => {
  // jiangsulong.com (unseen20 d20-jiangsulong): the page starts in an answer; the medium's label asks.
  // The page's headline as printed, the aggregator's place tag and page marker with it, and the blank lines under it.
  const title = '长顺:85后带货副县长郑秋实:美女是我竭力想撕去的标签( 二 )\n\n';
  const turns = [
    '郑秋实：这两年长顺在大力发展旅游业，景区打造的非常棒，并且目前与旅游相关的业态也是比较成熟了。',
    '澎湃新闻：很多领导干部可能不愿意在公众面前展现较为个性化的一面，有没有想过出镜拍短视频会给个人的生活带来哪些影响？',
    '郑秋实：实话说，当初拍摄前确实是有顾虑的。但想到这种形式的初心是为长顺解决实际问题，那就应该很坦荡地去做。',
    '澎湃新闻：网上很多人对你的外表和气质给予了称赞，对此你如何看待？',
    '郑秋实：美女是我竭力想撕去的标签，因为我的工作毕竟不是靠脸吃饭的，还是要凭借自身的努力，靠工作成绩来说话。',
  ];

  it('is the interviewee', () => {
    const got = speakersOf([title, ...turns]);
    expect(got.type).toBe('interview');
    expect(got.names).toEqual(['郑秋实']);
  });

  it('a title naming nobody with a post leaves the labels unread', () => {
    expect(speakersOf(['长顺:美女是我竭力想撕去的标签( 二 )\n\n', ...turns]).names).toEqual([]);
  });
});
