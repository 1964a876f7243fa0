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
  day: number;
  lunar?: boolean;
  /** What a year beside the name gives without a today: `month` (its day falls late enough in its month), `year`, or nothing. */
  dated: 'month' | 'year' | 'none';
}
export const HOLIDAYS: Holiday[] = [
  { id: 'new-year-day', names: '元旦', month: 1, day: 1, dated: 'none' },
  { id: 'police-day', names: '人民警察节', month: 1, day: 10, dated: 'none' },
  { id: 'womens-day', names: '妇女节|三八节', month: 3, day: 8, dated: 'month' },
  { id: 'arbor-day', names: '植树节', month: 3, day: 12, dated: 'month' },
  { id: 'labour-day', names: '(?<!妇女)劳动节|五一节', month: 5, day: 1, dated: 'year' },
  { id: 'youth-day', names: '青年节', month: 5, day: 4, dated: 'year' },
  { id: 'nurses-day', names: '护士节', month: 5, day: 12, dated: 'month' },
  { id: 'childrens-day', names: '儿童节', month: 6, day: 1, dated: 'year' },
  { id: 'environment-day', names: '环境日', month: 6, day: 5, dated: 'year' },
  { id: 'party-day', names: '建党节', month: 7, day: 1, dated: 'year' },
  { id: 'army-day', names: '建军节', month: 8, day: 1, dated: 'year' },
  { id: 'doctors-day', names: '医师节', month: 8, day: 19, dated: 'month' },
  { id: 'teachers-day', names: '教师节', month: 9, day: 10, dated: 'month' },
  { id: 'national-day', names: '国庆节|国庆日', month: 10, day: 1, dated: 'year' },
  { id: 'journalists-day', names: '记者节', month: 11, day: 8, dated: 'month' },
  { id: 'constitution-day', names: '宪法日', month: 12, day: 4, dated: 'year' },
  { id: 'lunar-new-year-eve', names: '除夕', month: 12, day: 30, lunar: true, dated: 'none' },
  { id: 'spring-festival', names: '春节', month: 1, day: 1, lunar: true, dated: 'none' },
  { id: 'lantern-festival', names: '元宵节|元宵', month: 1, day: 15, lunar: true, dated: 'year' },
  { id: 'dragon-boat-festival', names: '端午节|端午', month: 5, day: 5, lunar: true, dated: 'year' },
  { id: 'mid-autumn-festival', names: '中秋节|中秋', month: 8, day: 15, lunar: true, dated: 'year' },
  { id: 'double-ninth-festival', names: '重阳节|重阳', month: 9, day: 9, lunar: true, dated: 'year' },
];
