// Pages that print no headline, whose first lines are a dateline with its
// credit, a sentence the page broke at its commas, or the labels of its
// photos (seventeenth session, ledetitle). Lines copied from the pages as the
// pipeline reads them (simplified, full-width punctuation); expected values
// written by hand.
import { describe, expect, it } from 'vitest';
import { chooseTitle, creditedDateline, deriveTitle, findTitle } from '../../scripts/ingest/structure/title.ts';
import { removedHeadline } from '../../scripts/ingest/structure/title-rescue.ts';
import { ledeDate } from '../../scripts/ingest/extract/date-evidence.ts';

// unseen13 a13-fzbdw: a reporters' club's dateline of a name no vocabulary lists, its writers and photographer in brackets.
const FZBDW = '中视小记者讯（文：詹亚军 段永红 图：陈春宇）2023年1月10日，在第三届“中国人民警察节”到来之际，星光融媒体联盟艺术部副主任陈春宇带着著名书法家张成生老师的书法作品，来到了黑龙江省肇东市公安局交警支队。';

describe('a dateline of any name with its credit opens the story', { timeout: 60_000 }, () => {
  it.each([
    ['中视小记者讯（文：詹亚军 段永红 图：陈春宇）', true],
    // ledetitle-s17 sample A 13 (ts.tongshan1.cn).
    ['云上通山报道：（通讯员 韩眸果）', true],
    // unseen4: a paper's dated dateline, already a dateline by the vocabulary.
    ['本报聊城3月2日讯（记者 刘铭 刘云菲）', true],
    // Headlines closed by a bracket that credits no one (titles of development cases).
    ['国新办就“十三五”卫生健康改革发展有关情况举行发布会（附发布会实录全文）', false],
    ['鹤庆县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室通告（第1号）', false],
  ])('%s → %s', (head, expected) => {
    expect(creditedDateline(head)).toBe(expected);
  });

  it('is not cut off the lede as a headline glued to it', () => {
    expect(findTitle([FZBDW, '人民警察，是和平年代最具危险的神圣职业。'], 0)).toBeUndefined();
  });

  it('still lets a headline glued before its text be cut (www.gongwk.com, eval txt-gongwk-township-revitalisation-pledge)', () => {
    const found = findTitle(['在全镇乡村振兴工作推进会上的表态发言 各位领导、同志们: 今天,我们召开乡村振兴工作推进会'], 0);
    expect(found?.title).toBe('在全镇乡村振兴工作推进会上的表态发言');
  });

  it('is passed over, with its credit and the day, by the title derived from the first sentence', () => {
    expect(deriveTitle(FZBDW)).toBe('在第三届“中国人民警察节”到来之际');
  });

  it('leaves the day of the lede readable after it', () => {
    const d = ledeDate(FZBDW);
    expect([d?.year, d?.month, d?.day]).toEqual([2023, 1, 10]);
    // The dateline term reads the half-width form the page printed as well.
    const t = ledeDate('云上通山报道:(通讯员 韩眸果)为进一步加大环境卫生整治力度,营造干净、整洁的社区环境,12月5日上午,通羊镇新城社区新时代文明实践站开展世界志愿日活动。');
    expect([t?.month, t?.day]).toEqual([12, 5]);
  });
});

describe('a sentence the page broke at its commas is text, not a headline', () => {
  // unseen13 c13-yes99: spam lines interleaved in the lede left its clauses on lines of their own.
  const YES99 = ['台中市农业局发送大利多，', '，海线地区农民可接受补贴2期再生稻，', '，每公顷得1万2千元，', '，从24日起发补贴金至农民户籍所在地之农会，', '细菌性感染', '，再转至农民帐户，', '行政院农业委员会原决定今年起的2期再生稻，不得申报缴交公粮，让农民喊苦连天。'];
  it('chooses no title', () => {
    expect(chooseTitle(YES99, 0, { siteNames: [] })).toBeUndefined();
  });
  it('still chooses a headline with a comma inside, the text under it (ledetitle-s17 sample B 16 shape)', () => {
    const lines = ['光谷星芯社区志愿服务队招新，近百人报名愿当“板车哥”', '为践行文明实践，让武汉东湖高新区左岭街星芯社区“板车哥”志愿服务队不断发展壮大，12月30日，该社区共同举办了志愿者招募活动。'];
    expect(chooseTitle(lines, 0, { siteNames: [] })?.block.clean.title).toBe('光谷星芯社区志愿服务队招新，近百人报名愿当“板车哥”');
  });
});

describe("a photo's label the chrome stage took is not put back as the headline", () => {
  // unseen13 b13-yyxnews: the stored page kept its two photos' labels above the dateline lede, and no headline.
  // The page's lines as the page-lines stage keeps them (blank lines dropped), before the chrome stage took the labels.
  const page = ['会议现场', '胡海平讲话', '岳阳县融媒体中心1月7日讯(记者 周星亮)1月6日,副县长胡海平主持召开全县生态环境质量改善工作会。'];
  it('passes over the labels', () => {
    expect(removedHeadline(page, ['会议现场', '胡海平讲话'], '岳阳县融媒体中心1月7日讯（记者 周星亮）1月6日，副县长胡海平主持召开全县生态环境质量改善工作会。')).toBeUndefined();
  });
  it("still puts back a headline worded as a picture's label of what an official did (unseen4 x1-lanxian)", () => {
    const lede = '款款尊师意，浓浓重教情。9月4日下午，在第33个教师节来临之际，县委副书记、县长乔云就全县教育工作进行调研，并与部分一线优秀教育工作者进行座谈交流，为他们送去节日的祝福。';
    expect(removedHeadline(['县委副书记、县长乔云调研全县教育工作', lede], ['县委副书记、县长乔云调研全县教育工作'], lede)).toBe('县委副书记、县长乔云调研全县教育工作');
  });
  it('still puts back a headline a chrome rule took from above the text', () => {
    const headline = ['岳阳县召开全县生态环境质量改善工作会', '岳阳县融媒体中心1月7日讯(记者 周星亮)1月6日,副县长胡海平主持召开全县生态环境质量改善工作会。'];
    expect(removedHeadline(headline, ['岳阳县召开全县生态环境质量改善工作会'], '岳阳县融媒体中心1月7日讯（记者 周星亮）1月6日，副县长胡海平主持召开全县生态环境质量改善工作会。')).toBe('岳阳县召开全县生态环境质量改善工作会');
  });
});
