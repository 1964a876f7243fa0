// Titles of the sixteenth session: a document titled by its genre word alone
// (慰 问 信, 倡 议 书), or by its issuer's name over it (…指挥部 / 通 告), and
// the genre word put back where the chrome stage took it; a site name beside
// a headline the text prints again. Lines copied from
// the pages (simplified as the pipeline prints them), expected titles written
// by hand.
import { describe, expect, it } from 'vitest';
import { bareGenre, chooseTitle } from '../../scripts/ingest/structure/title.ts';
import { removedHeadline, withRemovedHeadline } from '../../scripts/ingest/structure/title-rescue.ts';
import { finishTitle } from '../../scripts/ingest/structure/title-clean.ts';

// unseen12 a12-zy234: a county education bureau's teachers' day letter.
const ZY234 = [
  '慰 问 信',
  '全县教师和教育工作者：',
  '在这金风送爽、硕果飘香的美好时节，我们迎来了第23个教师节。值此佳节来临之际，县教育局谨向辛勤耕耘在全县教育战线上的广大教师和教育工作者致以诚挚的问候和节日的祝贺！',
];
// unseen9 b9-smrmnews: the issuer's name wrapped over two lines, the genre word, the serial, the text.
const SHIMEN = [
  '石门县新型冠状病毒感染的',
  '肺炎疫情防控指挥部',
  '通 告',
  '（县疫情防控指挥部第1号）',
  '为全力做好新型冠状病毒感染的肺炎疫情防控工作，有效切断病毒传播途径，确保人民群众生命安全和身体健康，石门县成立了新型冠状病毒感染的肺炎疫情防控指挥部。',
];
// title-s16 sample A 01 (xqg.cn, tests/fixtures/titles/xqg-changyishu.txt).
const XQG = [
  '倡 议 书',
  '广大市民朋友们：',
  '全国文明城市是国家授予一座城市最高的综合性荣誉，是一座城市最有价值的城市品牌和亮丽名片。创建全国文明城市，是市委、市政府作出的重大决策，也是全市人民的共同心愿。为此，我们向全体市民发出如下倡议：',
];

describe('bareGenre: the genre word alone as the title, right above the text', () => {
  it('reads a spaced-out letter genre over its addressee line (zy234, xqg)', () => {
    expect(bareGenre(ZY234, 0)).toBe('慰问信');
    expect(bareGenre(XQG, 0)).toBe('倡议书');
  });

  it('reads a notice genre over its serial and first sentence (shimen)', () => {
    expect(bareGenre(SHIMEN, 2)).toBe('通告');
  });

  it('does not read a genre word that is a menu item over other menu items or a headline', () => {
    expect(bareGenre(['通知', '关于做好2021年普通高校招生志愿填报工作的通知', '各学院：'], 0)).toBeUndefined();
    expect(bareGenre(['通告', '学校新闻', '招生信息'], 0)).toBeUndefined();
  });

  it('does not read a longer line ending in a genre word', () => {
    expect(bareGenre(['致全县教师的慰问信', '全县教师和教育工作者：'], 0)).toBeUndefined();
  });
});

describe('chooseTitle: a title block of the genre word, with the issuer above it', () => {
  it('takes the genre word alone (zy234)', () => {
    expect(chooseTitle(ZY234, 0)?.block.clean.title).toBe('慰问信');
  });

  it("joins the issuer's wrapped name and the genre word (shimen)", () => {
    const choice = chooseTitle(SHIMEN, 0);
    expect(choice?.block.clean.title).toBe('石门县新型冠状病毒感染的肺炎疫情防控指挥部通告');
    expect(choice?.block.found.lines).toBe(3);
  });

});

describe('the genre word the chrome stage took out, put back', () => {
  it('finds it right above the text on the page as it was (xqg)', () => {
    expect(removedHeadline(['', '', ...XQG.map((l) => l.replace('：', ':'))], ['倡 议 书'], XQG[1]!)).toBe('倡 议 书');
  });

  it('puts it back as the title where no line was chosen (xqg)', () => {
    const lines = XQG.slice(1);
    const choice = withRemovedHeadline(lines, 0, chooseTitle(lines, 0), { before: XQG, pageLines: ['倡 议 书'] });
    expect(choice?.block.clean.title).toBe('倡议书');
  });

  it("puts it back under the issuer's name chosen as the title (shimen)", () => {
    const lines = SHIMEN.filter((l) => l !== '通 告');
    const choice = withRemovedHeadline(lines, 0, chooseTitle(lines, 0), { before: SHIMEN, pageLines: ['通 告'] });
    expect(choice?.block.clean.title).toBe('石门县新型冠状病毒感染的肺炎疫情防控指挥部通告');
  });

  it('leaves the chosen title when the page printed no genre word under it', () => {
    const lines = SHIMEN.filter((l) => l !== '通 告');
    const choice = withRemovedHeadline(lines, 0, chooseTitle(lines, 0), { before: lines, pageLines: ['首页'] });
    expect(choice?.block.clean.title).toBe('石门县新型冠状病毒感染的肺炎疫情防控指挥部');
  });
});

describe("finishTitle: the site's name beside a headline the text prints again", () => {
  it('cuts – RTHK where the text ends in the headline alone (unseen12 c12-internethk)', () => {
    const done = finishTitle('段崇智最后一次中大毕业礼致辞 勉励学生以高尚道德价值为指标 – RTHK', [
      '毕业礼原定上星期四举行，但受热带风暴桃芝影响，校方一度宣布取消，引起毕业生不满，并发起网上联署要求补办毕业礼。',
      '段崇智最后一次中大毕业礼致辞 勉励学生以高尚道德价值为指标',
      'Leave A Reply',
    ]);
    expect(done.title).toBe('段崇智最后一次中大毕业礼致辞 勉励学生以高尚道德价值为指标');
    expect(done.cut.map((c) => c.text)).toEqual(['– RTHK']);
  });

  it('cuts a site name after a spaced hyphen (cases/news-tywbw)', () => {
    expect(finishTitle('居家养老有“医”靠 安宁疗护有温度 - 太原晚报', ['居家养老有“医”靠 安宁疗护有温度']).title).toBe('居家养老有“医”靠 安宁疗护有温度');
  });

  it('leaves the title when the text has no copy of the headline', () => {
    const title = '段崇智最后一次中大毕业礼致辞 勉励学生以高尚道德价值为指标 – RTHK';
    expect(finishTitle(title, ['Leave A Reply']).title).toBe(title);
  });

  it('leaves a subtitle after ——, and a second phrase after a space', () => {
    const speech = '乘风破浪，逐梦扬帆——在2020学年第二学期开学典礼上的讲话';
    expect(finishTitle(speech, ['乘风破浪，逐梦扬帆']).title).toBe(speech);
    expect(finishTitle('居家养老有“医”靠 安宁疗护有温度', ['居家养老有“医”靠']).title).toBe('居家养老有“医”靠 安宁疗护有温度');
  });
});
