// Taiwan's government-site template (twentieth session): the info block printed as a list with dates of the
// Republic, and the header above the template's access-key marker. Lines are from real pages (site named
// beside each); expected values are read off them by hand.
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { collectCandidates, isLabelLine } from '../../scripts/ingest/stages/chrome/labels.ts';
import { chooseTitle, templateHeader } from '../../scripts/ingest/structure/title.ts';
import { bare } from '../../scripts/ingest/structure/title-agreement.ts';
import type { Candidates } from '../../scripts/ingest/types.ts';

const published = (line: string) => {
  const candidates: Candidates = {};
  collectCandidates(line, candidates);
  return candidates.published;
};

describe("the template's info block", () => {
  it('a bullet before the label leaves it a labelled line, its date of the Republic the page date (ctd.judicial.gov.tw, eval unseen16 c16-judicial)', () => {
    expect(isLabelLine('  • 发布日期:106-08-29')).toBe(true);
    expect(published('  • 发布日期:106-08-29')).toBe('106-08-29');
  });

  it('a dash before the label is a bullet too (- 资料来源:金门日报社, www.kmcc.gov.tw, eval unseen5 y1-kmcc)', () => {
    expect(isLabelLine('- 资料来源:金门日报社')).toBe(true);
  });

  it('a two-digit year after the label is not read as the Republic (it may be a day of a month)', () => {
    expect(published('发布日期:06-08-29')).toBeUndefined();
  });

  it('a sentence opening with a bullet is no label line', () => {
    expect(isLabelLine('• 发布日期定于下周一，请各单位做好准备。')).toBe(false);
  });
});

// The head of ctd.judicial.gov.tw's page (eval unseen16 c16-judicial), in simplified characters.
const QIAOTOU = ['按 Enter 到主内容区', ':::', '', '台湾桥头地方法院', '', ':::', '', '国际司法交流 日本早稻田大学暨北陆大学师生参访桥头地院', '', '字型大小:', '', '相片集锦', '', '       日本早稻田大学法务研究科西口元教授暨北陆大学经济经营学部校务委员长胡光辉教授率辩护士及学生等一行,于8月29日前往桥头地方法院进行实务参访,由庄秋桃院长及葛羽洪书记官长等人陪同。'];

describe("the header above the template's access-key marker", () => {
  it('is the skip link and the banner over the second ::: (ctd.judicial.gov.tw)', () => {
    expect(templateHeader(QIAOTOU)).toEqual(new Set([bare('按 Enter 到主内容区'), bare('台湾桥头地方法院')]));
  });

  it('is the skip link alone over one ::: (www.cyscc.gov.tw, eval unseen16 c16-cyscc)', () => {
    expect(templateHeader(['跳到主要内容区块', ':::', '', 'title 新闻议点通', '', '[2019/01/16]'])).toEqual(new Set([bare('跳到主要内容区块')]));
  });

  it('is nothing when the marker opens the page (www.coa.gov.tw, eval unseen4 x1-coa)', () => {
    expect(templateHeader([':::主要内容区', '', '李主任委员主持93年庆祝农民节暨神农奖颁奖典礼致词', '', '主任委员 李金龙'])).toEqual(new Set());
  });

  it("is nothing when the only ::: stands after the first sentence (the footer's marker)", () => {
    expect(templateHeader(['台湾桥头地方法院', '最后胡光辉教授表示,藉由此次的国际交流,更加深对我国司法改革之了解与信赖。', ':::', '回页首'])).toEqual(new Set());
  });

  it('leaves the banner out of the title: the headline under the marker is chosen', () => {
    const lines = QIAOTOU.filter((l) => l.trim() !== '' && l !== ':::' && l !== '字型大小:').map((l) => l.trim());
    expect(chooseTitle(lines, 0, { before: QIAOTOU })?.block.clean.title).toBe('国际司法交流 日本早稻田大学暨北陆大学师生参访桥头地院');
  });
});

describe('a court report of the template, whole (ctd.judicial.gov.tw, eval unseen16 c16-judicial)', () => {
  const raw = [
    '按 Enter 到主內容區', ':::', '', '臺灣橋頭地方法院', '', ':::', '', '國際司法交流 日本早稻田大學暨北陸大學師生參訪橋頭地院', '', '字型大小:', '',
    '       日本早稻田大學法務研究科西口元教授暨北陸大學經濟經營學部校務委員長胡光輝教授率辯護士及學生等一行,於8月29日前往橋頭地方法院進行實務參訪,由莊秋桃院長及葛羽洪書記官長等人陪同。',
    '',
    '       最後胡光輝教授表示,藉由此次的國際交流,更加深對我國司法改革之瞭解與信賴,並對莊院長推動各項業務的用心甚表敬佩。',
    '',
    '  • 發布日期:106-08-29',
    '  • 更新日期:111-11-24',
    '  • 發布單位:臺灣橋頭地方法院文書科',
    '回頁首',
  ].join('\n');
  const result = ingestOne({ path: 'page.txt', bytes: new TextEncoder().encode(raw) });
  if (!('meta' in result)) throw new Error('not ingested');

  it('takes the headline as title and dates the visit by the block (8月29日 of 106 = 2017)', () => {
    expect(result.meta.title).toBe('国际司法交流 日本早稻田大学暨北陆大学师生参访桥头地院');
    expect(result.meta.date).toBe('2017-08-29');
  });

  it('leaves the info block, the banner and 回页首 out of the text', () => {
    const text = result.blocks.map((b) => b.text).join('\n');
    for (const chrome of ['发布日期', '更新日期', '发布单位', '台湾桥头地方法院', '回页首', 'Enter']) expect(text).not.toContain(chrome);
  });
});
