// The days of the calendar that holidays, observance days and festivals fall on: a reference table from public lists,
// not words seen on pages (the rules that read them are in date-vocabulary.ts, with their examples).
/**
 * Holidays, observance days and festivals that fall on one day of the calendar, named alike on every site:
 * the State Council's 全国年节及纪念日放假办法 (国务院令第270号, as revised in 2024) — 元旦, 春节 (and its eve, 除夕),
 * 劳动节, 端午节, 中秋节, 国庆节; 妇女节, 青年节, 儿童节, 建军节; 植树节, 护士节, 教师节, 记者节 among the days kept
 * without leave — with the days the NPC Standing Committee or the State Council set since (国家宪法日 12-4, 2014;
 * 中国医师节 8-19, 2017; 中国人民警察节 1-10, 2020), the Party's founding day (7-1), the UN's World Environment Day
 * (6-5, the UN's list of international days) and the lunar festivals of the same 办法's tradition (元宵, 重阳). `names`
 * is a RegExp source; `lunar` days are the Chinese calendar's month and day, converted with the calendar Intl carries
 * (extract/date-evidence.ts holidayDate). `dated` says what a year printed beside the name dates when the text does not say the
 * day is today: only a day late in its month keeps its month in the days before it, and New Year's Day, the Spring
 * Festival and its eve are greeted as often in the year before (tests/eval/README.md: `新年`, said the December before).
 */
export interface Holiday {
  id: string;
  names: string;
  month: number;
  /** None for an observance kept a whole month (安全生产月) or on a solar term (农民丰收节 on 秋分): its month only. */
  day?: number;
  lunar?: boolean;
  /** What a year beside the name gives without a today: `month` (its day falls late enough in its month), `year`, or nothing. */
  dated: 'month' | 'year' | 'none';
  /**
   * The year the first one was kept, from the act that set the day: the N-th (第N个教师节, 首个国家宪法日) falls in
   * first + N − 1, the same on every site (extract/date-evidence.ts observanceOrdinal). Only where the act fixes the
   * count; observances counted from different starts on different sites (护士节, 妇女节, 世界环境日) have none.
   */
  first?: number;
  /**
   * The count dates a page (tests/eval/README.md, settled in the thirty-sixth session): a count fixed by the act
   * that set the day gives its year as an anniversary of a fixed event does (unseen11 a11-4fhk, unseen2 v2-xyrsks,
   * unseen20 c20-ysxw, unseen23 c23-wxredian, unseen28 c28-jnshuncheng, unseen31 d31-qiekao).
   */
  settled?: true;
}
export const HOLIDAYS: Holiday[] = [
  { id: 'new-year-day', names: '元旦', month: 1, day: 1, dated: 'none' },
  // 国务院关于同意设立“中国人民警察节”的批复 (2020-07-21): kept each 1月10日 from 2021.
  { id: 'police-day', names: '人民警察节', month: 1, day: 10, dated: 'none', first: 2021, settled: true },
  { id: 'womens-day', names: '妇女节|三八节', month: 3, day: 8, dated: 'month' },
  { id: 'arbor-day', names: '植树节', month: 3, day: 12, dated: 'month' },
  { id: 'labour-day', names: '(?<!妇女)劳动节|五一节', month: 5, day: 1, dated: 'year' },
  { id: 'youth-day', names: '青年节', month: 5, day: 4, dated: 'year' },
  { id: 'nurses-day', names: '护士节', month: 5, day: 12, dated: 'month' },
  { id: 'childrens-day', names: '儿童节', month: 6, day: 1, dated: 'year' },
  { id: 'environment-day', names: '环境日', month: 6, day: 5, dated: 'year' },
  { id: 'party-day', names: '建党节', month: 7, day: 1, dated: 'year' },
  { id: 'army-day', names: '建军节', month: 8, day: 1, dated: 'year' },
  // 国务院 2017-11-03 批复 the health commission's request: each 8月19日 from 2018.
  { id: 'doctors-day', names: '医师节', month: 8, day: 19, dated: 'month', first: 2018, settled: true },
  // 第六届全国人大常委会第九次会议 (1985-01-21) 关于教师节的决定: the first 9月10日 kept was 1985's.
  { id: 'teachers-day', names: '教师节', month: 9, day: 10, dated: 'month', first: 1985, settled: true },
  { id: 'national-day', names: '国庆节|国庆日', month: 10, day: 1, dated: 'year' },
  // 国务院 2000-08-01 批复 中国记协《关于确定记者节具体日期的请示》: the first 11月8日 kept was 2000's.
  { id: 'journalists-day', names: '记者节', month: 11, day: 8, dated: 'month', first: 2000, settled: true },
  // 第十二届全国人大常委会第十一次会议 (2014-11-01) 关于设立国家宪法日的决定: the first 12月4日 was 2014's.
  { id: 'constitution-day', names: '宪法日', month: 12, day: 4, dated: 'year', first: 2014, settled: true },
  // 中华人民共和国国家安全法 (2015-07-01) 第十四条: each 4月15日 全民国家安全教育日, the first 2016's.
  { id: 'national-security-education-day', names: '全民国家安全教育日|国家安全教育日', month: 4, day: 15, dated: 'month', first: 2016, settled: true },
  // 国务院 2014-08 批复 设立扶贫日: each 10月17日 from 2014 (the UN's 国际消除贫困日, counted from 1993, is another name).
  { id: 'poverty-relief-day', names: '(?<!消除贫困日|国际)扶贫日', month: 10, day: 17, dated: 'month', first: 2014, settled: true },
  // The whole of June since 2002, when 中宣部 and 国家安全生产监督管理局 turned the 安全生产周 (1991–2001) into a month.
  { id: 'safety-production-month', names: '安全生产月', month: 6, dated: 'month', first: 2002, settled: true },
  // 国务院 2018-06 批复 设立中国农民丰收节: each 秋分 from 2018; a solar term, so its month only.
  { id: 'farmers-harvest-festival', names: '农民丰收节', month: 9, dated: 'month', first: 2018, settled: true },
  { id: 'lunar-new-year-eve', names: '除夕', month: 12, day: 30, lunar: true, dated: 'none' },
  { id: 'spring-festival', names: '春节', month: 1, day: 1, lunar: true, dated: 'none' },
  { id: 'lantern-festival', names: '元宵节|元宵', month: 1, day: 15, lunar: true, dated: 'year' },
  { id: 'dragon-boat-festival', names: '端午节|端午', month: 5, day: 5, lunar: true, dated: 'year' },
  { id: 'mid-autumn-festival', names: '中秋节|中秋', month: 8, day: 15, lunar: true, dated: 'year' },
  { id: 'double-ninth-festival', names: '重阳节|重阳', month: 9, day: 9, lunar: true, dated: 'year' },
];

/**
 * The opening days of the Party's national congresses since 1949 (中国共产党历次全国代表大会, the Party's own list as sites
 * reprint it, e.g. bchycy.com's 党建 page for the 8th to 17th; the 18th to 20th from their opening reports): a text that
 * greets or reports one by its number (喜迎党的二十大; 中国共产党第十九次全国代表大会在人民大会堂隆重开幕) stands in its
 * year (extract/date-evidence.ts congressDay).
 */
export const CONGRESSES: Record<number, [number, number, number]> = {
  8: [1956, 9, 15],
  9: [1969, 4, 1],
  10: [1973, 8, 24],
  11: [1977, 8, 12],
  12: [1982, 9, 1],
  13: [1987, 10, 25],
  14: [1992, 10, 12],
  15: [1997, 9, 12],
  16: [2002, 11, 8],
  17: [2007, 10, 15],
  18: [2012, 11, 8],
  19: [2017, 10, 18],
  20: [2022, 10, 16],
};
