// The headline right above the page's info line, and captions under it that
// print the same words. Lines copied from the pages named (the page as it
// read before the chrome stage, where the info line was taken out); expected
// values written by hand.
import { describe, expect, it } from 'vitest';
import { aboveInfoLine, isStampLine } from '../../scripts/ingest/structure/title-position.ts';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';
import { readHead } from '../../scripts/ingest/structure/head.ts';

// www.gcs.gov.mo (holdout h3-gcsmo-macau-chief-executive-media-report): source and date lines under the headline, then a picture gallery.
const gcs = {
  before: ['行政长官:澳门新闻界始终发挥着不可或缺的重要作用', '新闻局', '2024-01-22 21:21', '• 行政长官贺一诚在宴请本地中文传媒负责人时致辞', '• 行政长官贺一诚宴请本地中文传媒负责人', '未能播放Youtube视频', '【新闻局】行政长官贺一诚宴请本地中文传媒负责人'],
  lines: [
    '行政长官：澳门新闻界始终发挥着不可或缺的重要作用',
    '• 行政长官贺一诚在宴请本地中文传媒负责人时致辞',
    '• 行政长官贺一诚宴请本地中文传媒负责人',
    '未能播放Youtube视频',
    '【新闻局】行政长官贺一诚宴请本地中文传媒负责人',
    '行政长官贺一诚今（22）日表示，过去一年，澳门新闻界在提高居民对社会复苏的信心、吸引外界对特区发展的更大关注、建言及配合政府施政等方面，始终发挥着不可或缺的重要作用。',
  ],
};

// msn.finance.sina.com.cn (holdout h2-msnsina-zhaoqizheng-cppcc-presser-report): a headline ending in ！ over the info line, printed again over a photo.
const msn = [
  '赵启正：今天记者们所提的问题都良好以上的！',
  'http://msn.finance.sina.com.cn 2012-03-02 18:58 来源：中国经济网',
  '中国经济网北京3月2日讯（中国经济信息记者张超）3月2日下午，全国政协十一届五次会议新闻发布会在人民大会堂三楼金色大厅召开，全国政协十一届五次会议新闻发言人赵启正答中外记者问。',
  '赵启正：今天记者们所提的问题都良好以上的！',
];

describe('isStampLine: the info line with the page date', () => {
  it.each([
    'http://msn.finance.sina.com.cn 2012-03-02 18:58 来源：中国经济网',
    // meetinghk.com (pages corpus): under 李家超競選頻道YouTube賬戶遭無理關停.
    '来源：香港商报网 2022-04-20 18:59',
    // news.sina.com.cn (pages corpus): under “湘女”一时间成了新疆市民的舆论热点（组图）.
    'http://www.sina.com.cn 2005年12月22日14:37 湖南经济电视台',
  ])('%s', (line) => {
    expect(isStampLine(line)).toBe(true);
  });

  it('is no sentence holding a date', () => {
    expect(isStampLine('2024年1月22日，行政长官贺一诚宴请本地中文传媒负责人。')).toBe(false);
  });
});

describe('aboveInfoLine', () => {
  it('reads the page before chrome, past a source line', () => {
    expect(aboveInfoLine(gcs.lines[0]!, gcs.lines, 0, gcs.before)).toBe(true);
    expect(aboveInfoLine(gcs.lines[2]!, gcs.lines, 2, gcs.before)).toBe(false);
  });
});

describe('chooseTitle: the headline over its info line', () => {
  it('wins over a gallery caption that a video title repeats', () => {
    expect(chooseTitle(gcs.lines, 0, { before: gcs.before })?.block.clean.title).toBe('行政长官：澳门新闻界始终发挥着不可或缺的重要作用');
  });

  it('is a title though it ends in ！', () => {
    expect(chooseTitle(msn, 0, { before: msn })?.block.clean.title).toBe('赵启正：今天记者们所提的问题都良好以上的！');
  });

  it('takes no exclaimed sentence without an info line under it', () => {
    expect(chooseTitle(['今天记者们所提的问题都良好以上的！', msn[2]!], 0)).toBeUndefined();
  });
});

describe('readHead: captions that print the same words', () => {
  it('sets the gallery aside, the player notice with it', () => {
    const { head, next } = readHead(gcs.lines, 1, gcs.lines[0]);
    expect(next).toBe(5);
    expect(head.slice(1).map((h) => h.kind)).toEqual(['caption', 'furniture', 'caption']);
  });
});

// www.pj9511.com (holdout h3-pj9511-nanchang-hospital-congress-report): the hospital's blurb over the news, the headline over its info line.
const teaser = [
  '赣江之滨，魅力南昌，老福山畔，实力二院。创建于1950年，前身为南昌市卫生联合医院，1956年4月经南昌市政府批准更名为“南昌市第二医院”…[ 详细 ]',
  '我院第八届六次职代会成功召开',
  '时间：2013-03-08 15:37来源：求医网',
  '月1日~3月2日，我院八届六次职工代表大会顺利召开，南昌市科教文卫体工会主席陈水平出席并讲话。',
];

describe('chooseTitle: a teaser paragraph over the headline', () => {
  it('passes over the teaser to the headline over its info line', () => {
    const choice = chooseTitle(teaser, 0);
    expect(choice?.block.clean.title).toBe('我院第八届六次职代会成功召开');
    expect(choice?.block.at).toBe(1);
  });

  it('takes no short line under a paragraph that no info line follows', () => {
    expect(chooseTitle([teaser[0]!, teaser[1]!, teaser[3]!], 0)).toBeUndefined();
  });
});

// www.upkao.com (holdout h2-upkao-hubu-party-secretary-opening-speech): the portal's headline, its intro and the headline again, then the speech under its own title.
const portal = [
  '2019年湖北大学（本部）新生开学典礼上校党委书记的讲话全文',
  '每年大学开学都是让人激动的时刻，不仅仅是学生和家长，学校的老师和高年级学生也都很开心，原因嘛自然是有新人进来了，学校又能充满活力了。',
  '2019年湖北大学（本部）新生开学典礼上校党委书记的讲话全文',
  '湖大人！由我的湖大朋友圈说起',
  '亲爱的同学们：',
  '经过激烈的高考，你们经历了金榜题名的“小欢喜”，经历了离家求学的“小别离”。',
];

describe("chooseTitle: a speech's own title right above its salutation", () => {
  it('wins over the portal headline, which describes the page', () => {
    const choice = chooseTitle(portal, 0);
    expect(choice?.block.clean.title).toBe('湖大人！由我的湖大朋友圈说起');
    expect(choice?.describes?.clean.title).toBe('2019年湖北大学（本部）新生开学典礼上校党委书记的讲话');
  });

  it('is not read past a paragraph of the text that is no intro (a line between that is neither prose nor a copy)', () => {
    const lines = [portal[0]!, portal[1]!, '湖北大学', portal[3]!, portal[4]!, portal[5]!];
    expect(chooseTitle(lines, 0)?.block.clean.title).toBe('2019年湖北大学（本部）新生开学典礼上校党委书记的讲话');
  });
});

describe("isStampLine: not a site header's today", () => {
  it('wants the time the page was put up', () => {
    expect(isStampLine('2021年7月1日 星期四')).toBe(false);
  });
});
