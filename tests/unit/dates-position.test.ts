// The document's date by position and role: a day alone completed from the
// page's date, a relative day with its date in brackets, the date the title
// stage cut off a headline, a year the title names a time in, a notice's
// signature in Chinese numerals, and the days of a list left after the text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFile, ingestOne } from '../../scripts/ingest/pipeline.ts';
import { extractDates } from '../../scripts/ingest/stages/dates.ts';
import { isoOf, leadingDay, placeDay, resolveDay } from '../../core/dates/parse.ts';
import { anniversaryDate, ceremonyYear, ledeDate, occasionYear, titleTimeYear, turnYear } from '../../scripts/ingest/extract/date-evidence.ts';
import type { Block, IngestFile } from '../../scripts/ingest/types.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures');
const page = (name: string) => readFileSync(path.join(fixtures, 'dates/pages', name), 'utf8').split('\n').find((l) => l.trim() !== '')!;

/** A document as the structure stage leaves it. */
function cleaned(title: string, body: string[], { front = [] as string[], published = undefined as string | undefined } = {}): IngestFile {
  const file = createFile({ path: 'page.html', bytes: new Uint8Array() });
  file.data.meta.title = title;
  file.data.front = front;
  file.data.blocks = body.map((text): Block => ({ kind: 'paragraph', part: 'body', text }));
  if (published) file.data.candidates.published = published;
  extractDates(file);
  return file;
}

describe('a day alone', () => {
  it('opens a sentence in digits only', () => {
    expect(leadingDay(page('szxlp-anshan-government.txt'))?.day).toBe(24);
    expect(leadingDay('一日，他来到村里。')).toBeUndefined();
    expect(leadingDay('2024年5月9日')).toBeUndefined();
  });

  it('takes the month of the date after it, or the month before when the day is later', () => {
    const day = (d: number) => ({ text: `${d}日`, index: 0, end: 2, day: d });
    expect(resolveDay(day(24), { year: 2023, month: 2, day: 26 })).toBe('2023-02-24');
    expect(resolveDay(day(28), { year: 2023, month: 3, day: 2 })).toBe('2023-02-28');
    expect(resolveDay(day(30), { year: 2024, month: 1, day: 3 })).toBe('2023-12-30');
    // 30 February does not exist: no date rather than a guess.
    expect(resolveDay(day(30), { year: 2023, month: 3, day: 1 })).toBeUndefined();
    // A month without its day cannot tell which month the day is in.
    expect(resolveDay(day(4), { year: 2023, month: 5 })).toBeUndefined();
    expect(placeDay(day(3), { month: 3, day: 4 })).toMatchObject({ month: 3, day: 3 });
  });

  it('in a first sentence, dated by the page (xinhua via toutiao, eval html-toutiao-xinhua-foreign-trade)', () => {
    const file = cleaned('积极因素不断增多 “质升量稳”动能增强', [
      '9日，海关总署发布最新数据：今年前4个月，我国货物贸易进出口总值13.81万亿元，同比增长5.7%。',
    ], { published: '2024-05-10 08:00' });
    expect(file.data.meta).toMatchObject({ date: '2024-05-09', dateKind: 'published' });
  });

  it('under a wire dateline, dated by the day filed', () => {
    expect(ledeDate('中新社北京3月3日电 2日晚，全国政协十四届四次会议新闻发布会的准备工作就绪。')).toMatchObject({ month: 3, day: 2 });
  });
});

describe('a relative day with its date in brackets', () => {
  it.each([
    ['xijiangtv-guigang-meeting.txt', 10, 8],
    ['fuding-npc-party-meeting.txt', 12, 26],
  ])('%s', (name, month, day) => {
    expect(ledeDate(page(name))).toMatchObject({ month, day });
  });
});

describe("the date cut off a headline, completed from the page's date", () => {
  it('a month and day with a time of day', () => {
    const file = cleaned('全市安全生产工作会议召开', ['会议传达了全省安全生产工作会议精神。'], { front: ['3月27日上午'], published: '2023-03-28 10:00' });
    expect(file.data.meta).toMatchObject({ date: '2023-03-27', dateKind: 'published' });
  });

  it('a day alone, in the month before when it is later than the stamp', () => {
    const file = cleaned('全市安全生产工作会议召开', ['会议传达了全省安全生产工作会议精神。'], { front: ['28日'], published: '2023-03-02 10:00' });
    expect(file.data.meta).toMatchObject({ date: '2023-02-28', dateKind: 'published' });
  });
});

describe('a year the title names a time in', () => {
  it('gives the year only when the page states no other date (static.0471tv.org.cn)', () => {
    const title = '开局迈出新步伐——2023年开年推动高质量发展一线观察';
    expect(titleTimeYear(title)).toBe(2023);
    expect(cleaned(title, ['告别2022，迎来2023。']).data.meta).toMatchObject({ date: '2023', year: 2023 });
    expect(cleaned(title, ['告别2022，迎来2023。'], { published: '2023-01-03' }).data.meta.date).toBe('2023-01-03');
  });

  it('gives the year of the event a report title says was held (91jipiao.cn; sctu.edu.cn and mqnjt.icu are dated in that year by their text)', () => {
    expect(titleTimeYear('淄博市开展2021年六五环境日暨 “全员环保”助力生态赋能宣传活动')).toBe(2021);
    expect(titleTimeYear('学校举行2019年春节留校学生慰问座谈会')).toBe(2019);
    expect(cleaned('淄博市开展2021年六五环境日暨“全员环保”助力生态赋能宣传活动', ['今天上午，淄博市2021年纪念六五环境日宣传活动在孝妇河湿地公园拉开序幕。']).data.meta).toMatchObject({ date: '2021', year: 2021 });
  });

  it.each([
    // z2-sinayp-group-work-report: a meeting summing up 2021, held 2022-02-21.
    '集团召开2021年工作总结暨2022年改革发展务虚会',
    '县委举行2022年度民主生活会',
    '市政府举办2023年重点工作推进会',
  ])('not from a meeting that sums up or plans a year: %s', (title) => {
    expect(titleTimeYear(title)).toBeUndefined();
  });

  it.each([
    // pg-jcivt-holiday-notice: issued 2025-12-18.
    '关于 2026 年元旦及寒假放假安排的通知',
    // c4h-cl2000-chinese-academy-arts-phd-admissions: the page states no date.
    '中国艺术研究院2004年博士生招生简章',
    // gov-jiangxi-stats-bulletin: published the year after.
    '江西省2022年国民经济和社会发展统计公报',
  ])('not from a plan, a holiday or a review: %s', (title) => {
    expect(titleTimeYear(title)).toBeUndefined();
    expect(cleaned(title, ['为做好有关工作，现将有关事项通知如下。']).data.meta.date).toBeUndefined();
  });
});

describe("a notice's signature date", () => {
  it.each([
    // haikou.gov.cn: 二○一一年四月八日 under the text, the page stamped 2011-06-18.
    ['chrome/pages/haikou-gov.txt', '2011-04-08'],
    // sthjj.cq.gov.cn: 二○○七年十一月十六日 closing a 公示 after its contact lines.
    ['structure/pages/cq-gov-gongshi.txt', '2007-11-16'],
  ])('%s → %s', (name, date) => {
    const result = ingestOne({ path: path.basename(name), bytes: new Uint8Array(readFileSync(path.join(fixtures, name))) });
    expect(result.kind === 'document' && result.meta).toMatchObject({ date, dateKind: 'issued' });
  });
});

describe('a CPPCC session report dated by its dateline or lede, its year from the session named in full', () => {
  it.each([
    // hhh.gov.cn: 新华社北京3月13日电 …中国人民政治协商会议第十二届全国委员会第五次会议…13日上午在人民大会堂闭幕.
    ['hhh-cppcc-closing.txt', '2017-03-13'],
    // akcjnk999.com: a traditional-character copy of the same Xinhua report.
    ['xinhua-cppcc-closing.txt', '2017-03-13'],
    // feifmx.com: the lede opens on 3月10日上午 before the session's full name.
    ['feifmx-cppcc-closing.txt', '2025-03-10'],
    // nbnewpower.cn: 中新社北京三月十五日电, the day in Chinese numerals.
    ['chinanews-cppcc-closing.txt', '2007-03-15'],
  ])('%s → %s', (name, date) => {
    const result = ingestOne({ path: name, bytes: new Uint8Array(readFileSync(path.join(fixtures, 'dates/pages', name))) });
    expect(result.kind === 'document' && result.meta.date).toBe(date);
  });
});

describe("a newspaper's source line the chrome stage took away", () => {
  it.each([
    // mrdx.cn: ( 2019-10-12 ) 稿件来源:新华每日电讯 gives the year of the dateline 新华社印度金奈10月11日电.
    ['mrdx-epaper-source-line.txt', '2019-10-11', [{ date: '2019-10-12', kind: 'published' }]],
    // tkww.hk: (来源:大公报A1:要闻 2026/03/12) after a report that says only 昨日上午 (…全国政协十四届四次会议昨日上午…闭幕,
    // the lede's second clause): the day, and the day before it the session closed (twenty-eighth session).
    ['tkww-source-line.txt', '2026-03-11', [{ date: '2026-03-12', kind: 'published' }]],
  ])('%s → %s', (name, date, otherDates) => {
    const result = ingestOne({ path: name, bytes: new Uint8Array(readFileSync(path.join(fixtures, 'dates/pages', name))) });
    expect(result.kind === 'document' && result.meta).toMatchObject({ date, dateKind: 'published' });
    expect(result.kind === 'document' && result.meta.otherDates).toEqual(otherDates);
  });

  it('not when the removed source lines give several days (a list of other pages)', () => {
    const file = createFile({ path: 'page.html', bytes: new Uint8Array() });
    file.data.meta.title = '习近平抵达金奈 与印度总理莫迪举行会见';
    file.data.blocks = [{ kind: 'paragraph', part: 'body', text: '新华社印度金奈10月11日电(记者孙勇、霍小光、骆珺)国家主席习近平11日在金奈会见印度总理莫迪。' }];
    file.data.removed = ['( 2019-10-12 ) 稿件来源:新华每日电讯 要 闻', '( 2019-10-15 ) 稿件来源:新华每日电讯 国 际'].map((text) => ({ stage: 'chrome', reason: 'fixture', text }));
    extractDates(file);
    expect(file.data.meta.date).toBeUndefined();
  });
});

describe('the year a meeting plans, stated in the paragraph after the lede', () => {
  // jrsncn.com: a township congress's report; the year only in its second paragraph.
  const jrsncn = readFileSync(path.join(fixtures, 'dates/pages/jrsncn-township-congress.txt'), 'utf8').split('\n').slice(0, 2);
  // jyss.net: a hospital's workers' congress; the lede as the page prints it, without the forum's jammer text.
  const [lede, review] = readFileSync(path.join(fixtures, 'dates/pages/jyss-hospital-workers-congress.txt'), 'utf8').split('\n');
  const jyss = [lede!.replace(/^.*?(?=1月21日)/u, ''), review!.replace(/^.*?(?=大会认真)/u, '')];

  // jingzhouxw.com: a township's New Year gathering under a 本网讯 dateline; its second paragraph reviews 2011 and sets out 2012.
  const jingzhouxw = readFileSync(path.join(fixtures, 'dates/pages/jingzhouxw-township-new-year.txt'), 'utf8').split('\n').slice(0, 3);

  it.each([
    ['双沟镇召开第十八届人民代表大会第六次会议', jrsncn, '2020-05-10'],
    ['平茶镇各界人士迎春团拜会', jingzhouxw, '2012-01-10'],
    ['溱潼人民医院召开第三届第七次职工代表大会', jyss, '2019-01-21'],
  ])('%s → %s', (title, body, date) => {
    expect(cleaned(title, body).data.meta).toMatchObject({ date, dateKind: 'published' });
  });

  it("gives way to the page's date", () => {
    expect(cleaned('双沟镇召开第十八届人民代表大会第六次会议', jrsncn, { published: '2021-05-11 09:30' }).data.meta.date).toBe('2021-05-10');
  });

  // Changed in the ninth session: a year-end meeting plans the next year in the one it reviews, so its day
  // takes the reviewed year (as fresh/h4-sznew888's archivist dates 12月30日 with 2019 reviewed and 2020 planned).
  it('dates a day at the end of the year to the year the meeting reviews', () => {
    const december = ['12月28日上午，溱潼人民医院召开第三届第七次职工代表大会。', jyss[1]!];
    expect(cleaned('溱潼人民医院召开职工代表大会', december).data.meta.date).toBe('2018-12-28');
  });

  // Changed in the ninth session: the review and the plan may stand a few paragraphs after the lede
  // (unseen5/y1-sdfzcm, y1-zjjnews), read as the consistent pair of years the text names (reviewedPlannedYear).
  it('also from a later paragraph near the lede', () => {
    expect(cleaned('溱潼人民医院召开职工代表大会', [jyss[0]!, '会议由分管副院长许煦主持。', jyss[1]!]).data.meta.date).toBe('2019-01-21');
  });
});

describe('the days of a list left after the text', () => {
  // www.zjfish.org (eval c4h-zjfish-institute-integrity-meeting-report): its 相关推荐 list, with the day over each headline.
  const report = '为贯彻落实省农业农村厅干部职工大会精神，2月19日下午，浙江省淡水水产研究所召开干部职工大会暨党风廉政建设大会。';
  const related = ['2020年01月18日', '淡水水产所召开退休老同志情况通报会', '2025年06月26日', '浙江省淡水水产研究所成功研发大黄鱼锥体虫病防治药物', '2025年06月13日'];

  it('are not the document’s: no date, with a warning', () => {
    const file = cleaned('浙江省淡水水产研究所召开干部职工大会暨党风廉政建设大会', [report, ...related]);
    expect(file.data.meta.date).toBeUndefined();
    expect(file.messages.some((m) => m.ruleId === 'date-unsure')).toBe(true);
  });

  it("leave the day the first sentence opens on, after its purpose clause, with the page's year", () => {
    const file = cleaned('浙江省淡水水产研究所召开干部职工大会暨党风廉政建设大会', [report, ...related], { published: '2024-02-21' });
    expect(file.data.meta).toMatchObject({ date: '2024-02-19', dateKind: 'published' });
  });

  it("a notice's one signature date still closes it (finance.sina.cn, eval ho-sinacn-capital-env-notice)", () => {
    const file = cleaned('创业环保第一季度报告会计差错的提示性公告', ['请广大投资者注意投资风险。', '天津创业股份有限公司董事会', '2005年8月25日（来源：上海证券报）'], { published: '2005.08.26 05:39' });
    expect(file.data.meta).toMatchObject({ date: '2005-08-25', dateKind: 'issued' });
  });
});

describe('the paragraph opening on a dateline', () => {
  it('is the first one, whatever headline line stands above it (msn.finance.sina.com.cn, holdout h2-msnsina-zhaoqizheng-cppcc-presser-report)', () => {
    const file = cleaned('赵启正：今天记者们所提的问题都良好以上的！', [
      '赵启正：今天记者们所提的问题都良好以上的！',
      '中国经济网北京3月2日讯（中国经济信息记者张超）3月2日下午，全国政协十一届五次会议新闻发布会在人民大会堂三楼金色大厅召开，全国政协十一届五次会议新闻发言人赵启正答中外记者问。',
    ]);
    // The year from the session's numbers: the 11th CPPCC's 5th session met in 2012.
    expect(file.data.meta).toMatchObject({ date: '2012-03-02', dateKind: 'published' });
  });
});

/** The document a page under fixtures/dates/pages becomes. */
function ingested(name: string) {
  const result = ingestOne({ path: name, bytes: new Uint8Array(readFileSync(path.join(fixtures, 'dates/pages', name))) });
  if (result.kind !== 'document') throw new Error(result.reason);
  return result.meta;
}

describe("a speech's date line between its title and its salutation", () => {
  it.each([
    // cgj.yueyang.gov.cn: the work report's title glued to its speaker, then （2022年2月28日）, then 同志们：; posted 2022-03-10.
    ['yueyang-city-management-speech.txt', '2022-02-28'],
    // www.kankanews.com: 元旦献词 / 上海市市长 龚正 / 2023年1月1日 / 市民们，同志们，朋友们：.
    ['kankanews-new-year-address.txt', '2023-01-01'],
  ])('%s → %s', (name, date) => {
    expect(ingested(name)).toMatchObject({ date, dateKind: 'delivered' });
  });

  it('above the salutation, whatever sentence the site glued above it (wdocx.com, eval unseen/u2-wdocx-county-cadre-seminar-speech)', () => {
    const file = cleaned('在全县处级领导和科级主要负责同志专题研讨班结业仪式上的讲话', [
      // The site's summary of the page, glued into one line, to its first full stop.
      '在全县处级领导和科级主要负责同志专题研讨班结业仪式上的讲话用心用爱用功答好"强县之问"以良好的精神状态奋力开创强县事业新局面(2019年3月31日) 同志们: 县不图强,必有远忧。',
      '（2019年3月31日）',
      '同志们：',
      '县不图强,必有远忧。当前,全国各地都在深入学习贯彻XXX,高质量发展的浪潮中百舸争流、千帆竞发。',
      '坦白地讲,☆县是一个典型的传统大县,地域广、人口多,产业转型升级的包袱很重,社会长治久安的压力很大,迫切需要改革创新的地方很多。',
    ]);
    expect(file.data.meta).toMatchObject({ date: '2019-03-31', dateKind: 'delivered' });
  });
});

describe("a notice's 文号 names the year it was issued, not the copy's posting time", () => {
  it.each([
    // imasd-velecdom.com: 国发〔2023〕16号 under the title of a mirror's copy posted 2024-11-01.
    ['imasd-state-council-opinion-mirror.txt', '2023', '2024-11-01'],
    // 0798ci.com: 鲁政发〔2014〕20号 under the title, the copy's 时间:2016-01-17.
    ['0798ci-shandong-budget-opinion-mirror.txt', '2014', '2016-01-17'],
  ])('%s → %s', (name, date, posted) => {
    const meta = ingested(name);
    expect(meta).toMatchObject({ date, dateKind: 'issued' });
    expect(meta.otherDates).toEqual([{ date: posted, kind: 'published' }]);
  });

  it('also where the cleaning took the 文号 out as furniture (www.casakenia.com, eval fresh/h5-casakenia-anhui-basic-education-opinion-notice)', () => {
    const file = createFile({ path: 'page.html', bytes: new Uint8Array() });
    file.data.meta.title = '安徽省人民政府关于实施《国务院关于基础教育改革与发展的决定》的意见';
    file.data.chromeLines = ['（皖政[2001]85号）'];
    file.data.blocks = [{ kind: 'paragraph', part: 'body', text: '各市、县人民政府，省政府各部门、各直属机构：' }];
    file.data.candidates.published = '2025-06-07';
    extractDates(file);
    expect(file.data.meta).toMatchObject({ date: '2001', dateKind: 'issued' });
  });
});

describe("a school ceremony's class or year", () => {
  const ingest = (name: string) => ingestOne({ path: name, bytes: new Uint8Array(readFileSync(path.join(fixtures, 'dates/pages', name))) });
  it.each([
    // 39ysw.com: 校长在2022届学生毕业典礼暨学位授予仪式上的讲话 — the 届 class graduates in 2022.
    ['39ysw-graduation-speech.txt', '2022'],
    // dr05.com: 2023开学典礼校长讲话致辞 — a bare year right before the ceremony.
    ['dr05-opening-speech.txt', '2023'],
    // notenoughpdx.com: 9月4日上午,我校2023级新生开学典礼在体育场举行 — the lede's day, its year the class's.
    ['notenoughpdx-opening-ceremony.txt', '2023-09-04'],
    // xmafkj.com: 9月11日,我校2023一2024学年新生开学典礼 — the school year opens in its first year.
    ['xmafkj-opening-ceremony.txt', '2023-09-11'],
  ])('%s → %s', (name, date) => {
    const result = ingest(name);
    expect(result.kind === 'document' && result.meta.date).toBe(date);
  });
  it('not a New Year address: a 2017新年致辞 was given as 2016 ended (m.cjzyzz.com: 即将过去的2016年)', () => {
    const result = ingest('cjzyzz-new-year-speech.txt');
    expect(result.kind === 'document' && result.meta.date).toBe('2016');
  });
  it('a graduation speech looking back on the class entering', () => {
    expect(ceremonyYear('亲爱的2023届毕业生同学们：', '四年前，你们作为2019级新生走进校园。')).toBe(2023);
    expect(ceremonyYear('校长在毕业典礼上的讲话', '四年前，你们作为2019级新生走进校园。')).toBeUndefined();
  });
  it('not a count of new students, nor newborns', () => {
    const file = cleaned('某校开学典礼', ['9月1日上午，学校举行开学典礼，共2023名新生参加。'], {});
    expect(file.data.meta.date).toBeUndefined();
    const born = cleaned('人口统计', ['3月5日，全区2020年新生儿数量公布。'], {});
    expect(born.data.meta.date).toBeUndefined();
  });
});

describe("a 讯 dateline with its reporters credited without brackets", () => {
  it("hongye688.com: 本网讯  记者骆骥  2月5日,… — the lede's day, not the info line's 2018-02-06", () => {
    const result = ingestOne({ path: 'p.txt', bytes: new Uint8Array(readFileSync(path.join(fixtures, 'dates/pages', 'hongye688-government-plenary.txt'))) });
    expect(result.kind === 'document' && result.meta.date).toBe('2018-02-05');
  });
});

describe('a wire dateline set aside as the headline gives the day filed', () => {
  it('m.latitude-buildinganddevelopment.com: 中新社北京三月五日電 題:… taken for the title', () => {
    const result = ingestOne({ path: 'p.txt', bytes: new Uint8Array(readFileSync(path.join(fixtures, 'dates/pages', 'latitude-chinanews-dateline-title.txt'))) });
    expect(result.kind === 'document' && result.meta.date).toBe('2007-03-05');
    expect(result.kind === 'document' && result.meta.dateKind).toBe('published');
  });
  it("news.fjsen.com (eval unseen3/w1-fjsen-ministers-passage-npc-report): the dateline line removed as the headline's copy, not the info line's next day", () => {
    const file = createFile({ path: 'page.txt', bytes: new Uint8Array() });
    file.data.meta.title = '诚答家国事 通达百姓心——12位国务院部门负责人亮相“两会部长通道”再掀高潮';
    file.data.removed = [{ stage: 'structure', reason: 'a copy of the title', text: '新华社北京3月12日电 题：诚答家国事 通达百姓心——12位国务院部门负责人亮相“两会部长通道”再掀高潮' }];
    file.data.candidates.published = '2017-03-13 07:46:07';
    file.data.blocks = ['“以前是记者等部长，现在是部长等记者。”3月12日上午8点，人民大会堂北大厅，距离“两会部长通道”开始还有10分钟，五六名国务院部门负责人已经提早到达，做好“接招”热点问题的准备。'].map((text): Block => ({ kind: 'paragraph', part: 'body', text }));
    extractDates(file);
    expect(file.data.meta.date).toBe('2017-03-12');
  });
});

describe('the year a text at the turn of the year stands in', () => {
  it.each([
    // www.wenshubang.com (eval unseen3/w1-wenshubang-hospital-president-new-year-speech).
    ['我们走过了不平凡的2010年，迎来了充满希望的2011年。值此辞旧迎新之际', 2011],
    // m.cjzyzz.com (fixture dates/pages/cjzyzz-new-year-speech.txt).
    ['即将过去的2016年，是我校励精图治、开拓创新的一年', 2016],
  ])('%s → %s', (text, year) => {
    expect(turnYear(text)).toBe(year);
  });
  it("not an event's year after 迎来了", () => {
    expect(turnYear('我国迎来了2008年北京奥运会的举办权')).toBeUndefined();
  });
});

describe("the year of the meeting a first sentence reports, when the page gives none", () => {
  it('szb.zhonghongnet.com: 10月17日,我县召开2020年度…专题调度会议', () => {
    const result = ingestOne({ path: 'p.txt', bytes: new Uint8Array(readFileSync(path.join(fixtures, 'dates/pages', 'zhonghongnet-county-dispatch-meeting.txt'))) });
    expect(result.kind === 'document' && result.meta.date).toBe('2020-10-17');
  });
  it('mkcnfr.com (eval unseen3/w2-mkcnfr-healthy-china-seven-measures-report): the dateline day, the year of the 座谈会', () => {
    const file = cleaned('毛群安：七项举措推进“健康中国”', ['人民政协网北京1月24日电（记者 张春莉）1月24日下午，国家卫生计生委宣传司司长毛群安在该委与健康报联合举办的“健康中国”传播激励计划暨2017年卫生计生新闻工作者媒体座谈会上透露，新的一年，国家卫生计生委要采取七项举措。']);
    expect(file.data.meta.date).toBe('2017-01-24');
  });
  it('not a meeting that reviews a year (eval cases/news-yangtse-new-year-meetings), nor one from November on (epaper.qlwb.com.cn)', () => {
    expect(cleaned('苏州召开大会', ['2月7日，苏州召开2021年度综合考核工作总结暨作风建设大会。']).data.meta.date).toBeUndefined();
    expect(cleaned('济南召开务虚会', ['本报11月30日讯(记者 刘雅菲) 11月30日,2018年济南全市工作务虚会召开,在三天的会议中,济南深入学习贯彻党的十九大精神。']).data.meta.date).toBeUndefined();
  });
});

describe('the anniversary of a day everyone knows, named as now', () => {
  it.each([
    // www.am730.com.hk (eval unseen/u2-am730-handover-anniversary-report): today is the day itself.
    ['今日是香港回归28周年，湾仔金紫荆广场举行升旗仪式', '2025-07-01'],
    // yiyang.gov.cn (eval unseen3/w2-yiyang-fourth-hospital-national-day-speech): the day welcomed gives its year.
    ['我们携手迎来了一年一度的中秋佳节和伟大祖国六十八周年华诞', '2017'],
  ])('%s → %s', (text, iso) => {
    const found = anniversaryDate(text);
    expect(found && isoOf(found)).toBe(iso);
  });
  it.each([
    // fyxjyw.com (eval unseen15/b15-fyxjyw-gaolan-police-110-report): the festival's day named by its count.
    ['1月10日是第五个中国人民警察节，也是全国第39个110宣传日。', '2025-01-10'],
    // dongfengkuaidi.vip and www.hkwb.net (fixtures dates/pages): quoted, and today.
    ['1月10日是第五个“中国人民警察节”,县公安局举办系列活动', '2025-01-10'],
    ['今天是第二个“中国人民警察节”,', '2022-01-10'],
    ['今天(1月10日)是第四个中国人民警察节', '2024-01-10'],
    ['今天是首个中国人民警察节', '2021-01-10'],
  ])('the numbered police day named as the day: %s → %s', (text, iso) => {
    const found = anniversaryDate(text);
    expect(found && isoOf(found)).toBe(iso);
  });
  it('not a police day looked ahead to, nor one named without the copula', () => {
    expect(anniversaryDate('再过2天，1月10日就是首个中国人民警察节')).toBeUndefined();
    expect(anniversaryDate('明年1月10日是第二个中国人民警察节')).toBeUndefined();
    expect(anniversaryDate('1月9日是第五个中国人民警察节前夕')).toBeUndefined();
    // A day with its own year is dated by that year, not by the count (javascriptjump.com, sample datenull-s22 B).
    expect(anniversaryDate('2023年1月10日是第四个中国人民警察节')).toBeUndefined();
  });
  it('not a return without its place (喜迎回归十周年), nor an anniversary looked back on', () => {
    expect(anniversaryDate('喜迎回归十周年')).toBeUndefined();
    expect(anniversaryDate('去年我们隆重庆祝了新中国成立70周年')).toBeUndefined();
  });
});

describe('the year of the anniversary a text names as its occasion or as this year', () => {
  it.each([
    ['在纪念秋收起义80周年动员大会上的讲话', 2007],
    ['今天，我们齐聚一堂，以讲党课的形式庆祝中国共产党成立104周年。', 2025],
    ['今年是中华人民共和国建国六十周年，每一位中华儿女都会同感国庆的喜悦。', 2009],
    ['今年是改革开放40周年，习近平主席正式向世界宣告，中国将坚持改革开放政策。', 2018],
    ['新华社北京 9 月 30 日电 庆祝中华人民共和国成立 75 周年 招待会 30 日晚在人民大会堂隆重举行。', 2024],
  ])('%s → %i', (text, year) => {
    expect(occasionYear([text])).toBe(year);
  });

  it('not from a sentence passing on a speech given at such an occasion', () => {
    expect(occasionYear(['会议传达学习了习近平总书记在庆祝中国共产党成立100周年大会上的重要讲话精神。'])).toBeUndefined();
    expect(occasionYear(['全县召开2022年经济工作会议。'])).toBeUndefined();
  });

  it.each([
    // The speech's 今天是8月9日 takes its year from the title's 纪念秋收起义80周年 (the date line's year is masked: 20**年8月9日).
    ['baiyunpiaopiao-autumn-harvest-mobilisation.txt', '2007-08-09'],
    // Nothing but 今年是改革开放40周年 dates a speech to envoys.
    ['macaumonthly-envoys-speech.txt', '2018'],
    // A PDF's text with spaces around its digits: the wire's 9 月 30 日电 with the year of 庆祝…成立 75 周年.
    ['jlju-national-day-reception.txt', '2024-09-30'],
  ])('a whole page: %s → %s', (name, date) => {
    const result = ingestOne({ path: name, bytes: new Uint8Array(readFileSync(path.join(fixtures, 'dates/pages', name))) });
    expect(result.kind === 'document' && result.meta.date).toBe(date);
  });

  it('never over a date the page states', () => {
    const file = cleaned('今年是改革开放40周年', ['3月5日，全县召开经济工作会议。'], { published: '2019-03-06' });
    expect(file.data.meta.date).toBe('2019-03-05');
  });
});

describe('the lede the structure stage took for something else', () => {
  it.each([
    // The headline left in the body as a sentence (海口中院工作报告获高票通过！) is not the lede: 2月10日下午 under 发布时间:2023-02-13 is.
    ['hkca-haikou-court-report.txt', '2023-02-10'],
    // A re-post (2016-01-11) whose lede 1998年2月23日，周恩来…纪念大会在北京人民大会堂隆重举行。 was dropped as the title printed again.
    ['lssjt-zhou-enlai-centenary.txt', '1998-02-23'],
  ])('%s → %s', (name, date) => {
    const result = ingestOne({ path: name, bytes: new Uint8Array(readFileSync(path.join(fixtures, 'dates/pages', name))) });
    expect(result.kind === 'document' && result.meta.date).toBe(date);
  });
});
