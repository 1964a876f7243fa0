// Dates the page establishes that the dates stage used to leave empty (fifteenth session): a signature year in
// Chinese numerals whose 〇 a GB2312 save lost (二?一一年, the damage stage's □), and the year of a numbered
// yearly police day (庆祝首个中国人民警察节: kept each 1月10日 from 2021), and the year of a Spring Festival text
// that reviews one year and sets work for the next.
import { describe, expect, it } from 'vitest';
import { damagedDateLine, infoLineDate, ledeYesterday, occasionYear, occasionDay, occasionYearOf, signatureDates, springFestivalPlannedYear, zeroRestored } from '../../scripts/ingest/extract/date-evidence.ts';
import { dateLine, findDates, isoOf } from '../../core/dates/parse.ts';
import { cleaned } from './dates-file.ts';

describe('a Chinese-numeral year that lost its 〇 to damage', () => {
  it.each([
    // unseen11 c11-hnagri: the notice's signature date, its 〇 a `?` in the GBK text.
    ['二□一一年五月三十日', '二〇一一年五月三十日'],
    // mudaan.com (sample datefill-s15 01): under 国务院办公厅.
    ['二□一一年十二月五日', '二〇一一年十二月五日'],
    // 二□二一: 2021 alone (2121 and later are no document's year).
    ['二□二一年一月八日', '二〇二一年一月八日'],
  ])('%s → %s', (line, restored) => {
    expect(zeroRestored(line)).toBe(restored);
  });

  it.each([
    // 二〇□一 could be 2001 to 2091.
    '二〇□一年五月三十日',
    // Two marks: 二□□九 could be 2009 to 2099.
    '二□□九年三月一日',
    // Only 一 makes a year of □九九九 (1999): a glyph a GB2312 save keeps, so the mark is something else.
    '□九九九年五月三十日',
    // No numeral left to read.
    '□□□□年五月三十日',
    // Digits in ASCII are not lost by a save in GB2312.
    '2□11年5月30日',
  ])('is left unread: %s', (line) => {
    expect(zeroRestored(line)).toBeUndefined();
  });

  it('reads the restored line as a date line, and any other line as before', () => {
    expect(isoOf(damagedDateLine('二□一一年五月三十日')!.date)).toBe('2011-05-30');
    expect(isoOf(damagedDateLine('二〇一一年三月二十五日')!.date)).toBe('2011-03-25');
    expect(damagedDateLine('二〇□一年五月三十日')).toBeUndefined();
  });

  it('dates a notice by its damaged signature date (unseen11 c11-hnagri)', () => {
    const file = cleaned('根据省政府办公厅通知', [
      '根据省政府办公厅通知，现将2011年端午节放假公休日期安排通知如下：',
      '6月4日至6日放假公休，共三天。',
      '节假日期间，各单位要妥善安排好值班和保卫等工作，遇有重大突发事件发生，要及时报告并妥善处置，确保全院职工祥和平安度过节日假期。',
      '二□一一年五月三十日',
    ]);
    expect(file.data.meta.date).toBe('2011-05-30');
  });

  it('reads a damaged signature date inside the text, under its signature (mudaan.com, sample 01)', () => {
    expect(signatureDates(['国务院办公厅', '二□一一年十二月五日', '2012年端午节放假安排:6月23日至25日放假公休,共3天。']).map(isoOf)).toEqual(['2011-12-05']);
  });
});

describe('the year of a numbered police day', () => {
  it.each([
    // unseen11 a11-4fhk.
    ['1月13日，市公安局举行庆祝中国人民警察节荣誉仪式暨党员先锋事迹报告会，庆祝首个中国人民警察节，进一步弘扬正气、激励先进、培树典型，讲好警察故事。', 2021],
    // apcreports.org.cn (sample datefill-s15 14), a page dated 2026-01-11.
    ['为庆祝第六个中国人民警察节,激励全警忠诚履职担当,和龙市公安局精心组织开展了内容丰富、意义深远的系列庆祝活动。', 2026],
  ] as const)('%s → %s', (sentence, year) => {
    expect(occasionYear([sentence])).toBe(year);
  });

  it('says nothing of the day unnumbered', () => {
    expect(occasionYear(['1月10日，市公安局举行庆祝中国人民警察节升警旗仪式。'])).toBeUndefined();
  });

  it('gives a report\'s day its year when the page prints no date (unseen11 a11-4fhk)', () => {
    const file = cleaned('', [
      '梧州日报讯（记者 陈雨燕 通讯员 曾亮 李蔚怡）1月13日，市公安局举行庆祝中国人民警察节荣誉仪式暨党员先锋事迹报告会，庆祝首个中国人民警察节，进一步弘扬正气、激励先进、培树典型，讲好警察故事。',
    ]);
    expect(file.data.meta.date).toBe('2021-01-13');
  });
});

describe('the numbered police day named as the time a text stands in (twentieth session)', () => {
  it.each([
    // unseen16 a16-zgzzs: no headline, no date on the page.
    ['为加强公安民警职业荣誉，鼓舞队伍士气，1月10日上午，在第一个中国人民警察节里，安徽省休宁县公安局举行从警特定年限荣誉纪念仪式。', 2021],
    // unseen13 a13-fzbdw: 第三届 for 第三个.
    ['2023年1月10日，在第三届“中国人民警察节”到来之际，星光融媒体联盟艺术部副主任陈春宇带着著名书法家张成生老师的书法作品', 2023],
    // northnews.cn (sample dates-s20 07).
    ['在第二个中国人民警察节到来之际,致敬这些可爱的平安守护者!', 2022],
  ] as const)('%s → %s', (sentence, year) => {
    expect(occasionYear([sentence])).toBe(year);
  });

  it('says nothing of a police day without its number', () => {
    expect(occasionYear(['在中国人民警察节到来之际，县委书记走访慰问一线民警。'])).toBeUndefined();
  });

  it('gives no year to a day late in the year before, in the run-up to the day', () => {
    const second = occasionDay(['在第二个中国人民警察节到来之际,致敬这些可爱的平安守护者!']);
    expect(second).toEqual({ year: 2022, month: 1, day: 10 });
    expect(occasionYearOf(second, 1, 8)).toBe(2022);
    expect(occasionYearOf(second, 12, 30)).toBeUndefined();
  });

  it('dates the lede\'s day on a page that prints none (unseen16 a16-zgzzs)', () => {
    const file = cleaned('', ['为加强公安民警职业荣誉，鼓舞队伍士气，1月10日上午，在第一个中国人民警察节里，安徽省休宁县公安局举行从警特定年限荣誉纪念仪式。县委书记卢邦生出席仪式。']);
    expect(file.data.meta.date).toBe('2021-01-10');
  });
});

describe('the year of a Spring Festival text that reviews a year and plans the next', () => {
  // unseen11 c11-isangil: a county hospital president's 新春致辞.
  const isangil = [
    '关于院长新春致辞',
    '笑语欢歌辞旧岁，喜庆祥和迎新春。值此佳节来临之际，我谨代表院委会向长期以来关心和支持医院发展建设的各级领导、各界朋友表示衷心的感谢！',
    '2014年是我院砥砺奋进、发展壮大的一年。一年来，我院在县委、县政府及县卫生局的正确领导下，不断深化公立医院改革。',
    '一元复始，万象更新，新的一年开启新的希望，新的历程承载新的梦想。2015年，我院将乘势而上，秉承“科学发展、技术突破、人才兴院、质量强院”的发展战略。',
  ];

  it('is the year planned: the festival falls in its January or February', () => {
    expect(springFestivalPlannedYear(isangil)).toBe(2015);
  });

  it('says nothing of a greeting that also greets New Year\'s Day, which may be given in December', () => {
    expect(springFestivalPlannedYear(['值此元旦、春节来临之际', ...isangil.slice(2)])).toBeUndefined();
  });

  it('says nothing without the Spring Festival, or with a year the text does not set work for', () => {
    expect(springFestivalPlannedYear(isangil.slice(2).map((p) => p.replace('迎新春', '')))).toBeUndefined();
    expect(springFestivalPlannedYear(['春节将至。', '2014年是我院砥砺奋进的一年。', '2015年1月，医院开业十周年。'])).toBeUndefined();
  });

  it('dates the speech by that year alone', () => {
    const file = cleaned(isangil[0]!, isangil.slice(1));
    expect(file.data.meta.date).toBe('2015');
  });
});

// Sixteenth session: a stamp whose clock lost its space, a date line inside a table's cell bars, and yesterday
// evening as Macau papers write it (昨晚, 昨晚(14), the venue after 假).
describe('a site stamp glued to its clock time', () => {
  it.each([
    // unseen12 b12-cqps: the info line under the headline.
    ['发布时间:2021-10-2609:26:57', '2021-10-26'],
    ['2021-10-2609:26', '2021-10-26'],
  ])('%s → %s', (line, iso) => {
    expect(findDates(line).map(isoOf)).toEqual([iso]);
    expect(isoOf(infoLineDate(line) ?? findDates(line)[0]!)).toBe(iso);
  });

  it.each([
    // No clock after the digits: a longer number, not a stamp.
    '编号2021-10-2612',
    // An hour no clock shows.
    '2021-10-2625:10',
    // A one-digit month: 2021-1-2609:26 could split its digits two ways.
    '2021-1-2609:26',
  ])('is left unread: %s', (line) => {
    expect(findDates(line)).toEqual([]);
  });

  it('dates the lede’s day by the glued stamp’s year (unseen12 b12-cqps)', () => {
    const file = cleaned('县法院召开人民法庭建设新闻发布会', ['重庆彭水网（融媒体记者 杨丽媛 李 峰） 10月21日，县法院召开人民法庭建设新闻发布会，立足县域文化特色、经济发展实际，提升各人民法庭司法服务能力。'], '2021-10-2609:26:57');
    expect(file.data.meta.date).toBe('2021-10-21');
  });
});

describe('a date line inside a table’s cell bars', () => {
  it.each([
    // unseen12 a12-zy234: under the letter's signature 枞阳县教育局.
    ['2007年9月10日 |', '2007-09-10'],
    // pudong-edu.sh.cn (sample datefill-s16 01): under 高桥镇小学兰嵩路校区.
    ['2011/10/17 |', '2011-10-17'],
    ['| 2019年1月16日 |', '2019-01-16'],
  ])('%s → %s', (line, iso) => {
    expect(isoOf(dateLine(line)!.date)).toBe(iso);
  });

  it('is no date line with a cell of words beside it', () => {
    expect(dateLine('2007年9月10日 | 评分')).toBeUndefined();
  });

  it('dates a letter by the date line under its signature (unseen12 a12-zy234)', () => {
    const file = cleaned('慰问信', ['全县教师和教育工作者：', '在这金风送爽、硕果飘香的美好时节，我们迎来了第23个教师节。', '祝全县教师和教育工作者节日愉快、工作顺利、阖家幸福！', '枞阳县教育局', '2007年9月10日 |']);
    expect(file.data.meta.date).toBe('2007-09-10');
  });
});

describe('yesterday evening in a Macau paper’s lede', () => {
  it('reads 昨晚 before the venue or the event as yesterday', () => {
    // unseen12 c12-acgloria.
    expect(ledeYesterday('【特讯】澳门南海同乡会昨晚假万豪轩酒楼举办成立三十周年会庆暨第十三届理监事就职典礼。')).toEqual({});
    // seedmacao.com (sample datefill-s16 03).
    expect(ledeYesterday('【本报讯】澳门崖门同乡联谊会昨晚举行庆祝中华人民共和国成立76周年、澳门回归26周年及该会成立16周年暨敬老联欢晚会。')).toEqual({});
    // A holiday, not a venue.
    expect(ledeYesterday('不少市民昨日假期出游，景区人流如织。')).toBeUndefined();
    // Pretending, not a venue.
    expect(ledeYesterday('该男子昨晚假装路人混入人群。')).toBeUndefined();
  });

  it('dates the day before the page’s date, and no day without one', () => {
    const lede = '【特讯】澳门南海同乡会昨晚假万豪轩酒楼举办成立三十周年会庆暨第十三届理监事就职典礼。';
    expect(cleaned('澳门南海同乡会新阁就职', [lede], '2011-09-02').data.meta.date).toBe('2011-09-01');
    expect(cleaned('澳门南海同乡会新阁就职', [lede]).data.meta.date).toBeUndefined();
  });

  it('takes the day in brackets after 昨晚 (unseen12 c12-macaulotustv)', () => {
    const lede = '澳门妈阁水陆演戏会于昨晚(14)八时在联邦酒楼举行成立三十九周年庆祝活动暨2025年敬老联欢宴会，中联办代表李嘉欣等出席。';
    expect(cleaned('妈阁水陆演戏会敬老联欢庆周年', [lede], '2025-01-15 12:55:41').data.meta.date).toBe('2025-01-14');
  });
});
