// Title and type rules for classes of dirt seen on pages of sites the
// pipeline was never tuned on: a press office's labels after a title, a
// masthead's sponsor line, a preview line running the title into the text;
// a transcript laid out with each speaker's label on its own line, and a
// programme host's greeting read as a speech's salutation. Lines are copied
// from the pages named; expected values written by hand.
import { describe, expect, it } from 'vitest';
import { cleanTitle, refusal } from '../../scripts/ingest/structure/title-clean.ts';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';
import { labelLineTranscript } from '../../scripts/ingest/classify/features.ts';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { firedRules, scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';
import type { Block } from '../../scripts/ingest/types.ts';

describe("cleanTitle: a press office's labels in brackets after the title", () => {
  it.each([
    // sc.isd.gov.hk (unseen u1-isdhk-flower-show-speech): two labels, the last one's bracket cut by the page.
    ['行政长官出席二零一八年香港花卉展览开幕典礼致辞全文（只有中文）(附图/短片', '行政长官出席二零一八年香港花卉展览开幕典礼致辞全文'],
    // resources.cie.hkbu.edu.hk (unseen u1-hkbu-northdistrict-parade-speech): two labels, both closed.
    ['民政事务局局长出席北区大巡游暨回归纪念园开幕典礼致辞全文(只有中文)(附图)', '民政事务局局长出席北区大巡游暨回归纪念园开幕典礼致辞全文'],
    // www.info.gov.hk (c3b-infogovhk-tsang-ocmfa-speech): one label.
    ['行政长官在外交部驻港特派员公署成立十周年酒会致辞(附图/短片)', '行政长官在外交部驻港特派员公署成立十周年酒会致辞'],
  ])('%s → %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it('still cuts 全文 that closes the line as the site printed it (www.upkao.com)', () => {
    expect(cleanTitle('2019年湖北大学（本部）新生开学典礼上校党委书记的讲话全文').title).toBe('2019年湖北大学（本部）新生开学典礼上校党委书记的讲话');
  });
});

describe("refusal: a masthead naming the bodies behind a site", () => {
  it.each([
    // pfcx.cn (unseen u1-pfcx-court-report-interview): the first line of the page.
    '中国出版传媒股份有限公司主管 中国民主法制出版社有限公司主办',
    // cbkx.com (tests/fixtures/titles/cbkx-masthead.txt): a journal's masthead.
    '湖北编辑学会主办',
  ])('%s is no title', (line) => {
    expect(refusal(line)).toBe('a masthead naming the bodies behind the site');
  });

  it.each(['第五届全国青年科技论坛在京开幕', '由中国科学院学部局主办的活动圆满结束'])('%s may be a title', (line) => {
    expect(refusal(line)).toBeUndefined();
  });
});

describe('chooseTitle: a preview line that opens with the heading under it', () => {
  it('takes the heading, not a title derived from the preview (wdocx.com, unseen u2-wdocx-county-cadre-seminar-speech)', () => {
    const lines = [
      '在全县处级领导和科级主要负责同志专题研讨班结业仪式上的讲话用心用爱用功答好“强县之问”以良好的精神状态奋力开创强县事业新局面（2019年3月31日）同志们：县不图强，必有远忧。当前，全国各地都在深入学习贯彻习',
      '在全县处级领导和科级主要负责同志专题研讨班结业仪式上的讲话',
      '用心用爱用功答好“强县之问”',
      '以良好的精神状态奋力开创强县事业新局面',
      '（2019年3月31日）',
      '同志们：',
      '县不图强，必有远忧。当前，全国各地都在深入学习贯彻XXX，高质量发展的浪潮中百舸争流、千帆竞发。',
    ];
    const choice = chooseTitle(lines, 0);
    expect(choice?.block.clean.title).toBe('在全县处级领导和科级主要负责同志专题研讨班结业仪式上的讲话');
    expect(choice?.block.at).toBe(1);
  });

  it('does not take a short line the lede merely opens with (www.tsxnews.com.cn)', () => {
    // A lede and a heading under it that the lede does not run on from.
    const lines = ['本网讯（全媒体记者组）2月7日，我县召开三级干部大会，总结去年工作，部署今年任务。', '三级干部大会召开', '会议指出，要抓好项目建设。'];
    expect(chooseTitle(lines, 0)).toBeUndefined();
  });
});

const body = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', part: 'body', text }));

describe("classify: speakers' labels on lines of their own", () => {
  it('reads a transcript with bracketed labels as an interview (ailibi.com, unseen u2-ailibi-hospital-ranking-interview)', () => {
    const texts = [
      '2014年4月24日上午，香港艾力彼医院管理研究中心王兴琳主任和中欧国际工商管理学院蔡江南教授，联合接受了人民网健康频道的采访。以下为访谈全文。',
      '[人民网]:',
      '日前，2013中国医院竞争力排行榜出炉。这份榜单呈现出哪些新趋势和新特点呢？',
      '[主持人]:',
      '大家好，这里是人民网健康频道。',
      '[主持人]:',
      '首先问一下王总，我们出了这个排名，当时是出于一个怎样的考虑来打造这个排名？',
      '[王兴琳]:',
      '我们是从2010年开始的第一届县医院的排名。',
    ];
    expect(labelLineTranscript(texts)).toBe(true);
    expect(typeOf(scoreTypes(documentView('王兴琳主任、蔡江南教授作客人民网畅谈中国医院竞争力排名意义', body(...texts), [])))).toBe('interview');
  });

  it.each([
    // www.yichun.gov.cn (gov-jiangxi-stats-bulletin): a bulletin's notes, labels that never come back.
    [['全年全省生产总值比上年增长4.1%。', '注释：', '1.本公报中数据均为初步统计数据。', '资料来源：', '本公报中数据来自省统计局。']],
    // a CCTV transcript mirrored on msdfz.org.cn (c3c-msdfz-mirror-news1plus1-interview): one label line is no transcript by itself.
    [['国务院总理与普通网民在网上零距离的交流，可以说成了大家热议的一个话题。', '主持人（王跃军）:', '您好，欢迎收看今天的《新闻1+1》。']],
  ])('%o is no transcript', (texts) => {
    expect(labelLineTranscript(texts)).toBe(false);
  });
});

describe("classify: a host's greeting to an audience not in the room", () => {
  const fired = (title: string, ...texts: string[]) => firedRules(documentView(title, body(...texts), [])).map((r) => r.id);
  it.each([
    // fangtan.china.com.cn (unseen u1-fangtan-law-interpretation-interview).
    ['专家解读刑法及刑事诉讼法有关规定的解释草案', '各位网友，大家好！欢迎您收看中国访谈·世界对话！'],
    // www.ccmw.net (c3c-ccmw-wenjiabao-online-interview): the host's turn, its text without the label.
    ['温家宝：我是第一次和网友们进行在线交流', '各位网友，大家好！这里是中国政府网、新华网在'],
  ])('%s: %s is not a speech salutation', (title, text) => {
    expect(fired(title, text)).not.toContain('speech-salutation');
  });

  it('still reads a speech salutation (www.laowenmi.com)', () => {
    expect(fired('在全市组织工作会议上的讲话', '各位领导、同志们：')).toContain('speech-salutation');
  });
});
