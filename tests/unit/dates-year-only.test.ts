// Dates a text gives only as a year: the Spring Festival a greeting welcomes, named by its animal and
// anchored by the years the text names; the year of a school term a speech opens (2018年新学期).
import { describe, expect, it } from 'vitest';
import { ceremonyYear, springFestivalYear } from '../../scripts/ingest/extract/date-evidence.ts';
import { cleaned } from './dates-file.ts';

// unseen8 a8-zslib (中山日报 on the mayor's greeting, after conversion): the ox's year after the 2008 it sums up.
const ZSLIB = ['牛来运转，牛转乾坤。昨日，市委副书记、市长李启红发表新年贺词，祝愿国泰民丰，万象更新，百业兴旺。', '李启红在贺词中，代表市委、市政府向全市人民拜年：“恭祝大家新春愉快，身体健康，事业进步，阖家幸福！”', '李启红说，2008年，是充满考验的一年。'];
// unseen9 b9-5iyq (a town's 新春 greeting): the year just past and the one begun are both named.
const PANSHI = ['金牛奔盛世，紫燕舞卫城。值此新春佳节到来之际，磐石镇党委、人大、政府向全镇广大干部群众，致以诚挚的问候。', '2020年是极不平凡的一年。', '2021年是中国共产党建党100周年，是“十四五”规划开局之年。'];
// yearonly-s14 sample A 03 (eda-rhinos.com, 衡南县委、县政府 after conversion): the ox seen off, the tiger welcomed.
const HENGNAN = ['勤牛踏雪绘盛景，瑞虎迎春谱新篇。值此新春佳节来临之际，我们谨代表中共衡南县委、衡南县人民政府，向全县人民致以新春的美好祝福！', '2021年，是中国共产党建党100周年，是"十四五"开局之年。'];

describe('the year of the Spring Festival a greeting welcomes', () => {
  it.each([
    [ZSLIB, 2009],
    [PANSHI, 2021],
    [HENGNAN, 2022],
    // 瑞鼠辞旧岁，金牛报春来 (scdl.gov.cn, a county's 慰问信 posted 2021-02-10): the rat seen off is not the year.
    [['瑞鼠辞旧岁，金牛报春来。值此新春佳节来临之际，县委、县政府向您及家人致以诚挚的问候！', '回首来时路，郁郁满芳华。2020年，我们走得很坚定。'], 2021],
  ] as const)('%#: %j', (body, year) => {
    expect(springFestivalYear(body.join('\n'), body.join('\n'))).toBe(year);
  });

  it('says nothing without a year named: an animal names one year in twelve (unseen7 a7-rfa: 迎接羊年)', () => {
    const text = '我们除旧迎新，送走马年，迎接羊年。新一年是羊年，我们祝各位市民羊年喜气洋洋。值此新春佳节，向大家拜年。';
    expect(springFestivalYear(text, text)).toBeUndefined();
  });

  it('says nothing outside the Spring Festival, nor when the animal fits neither the year named nor the next', () => {
    expect(springFestivalYear('金牛奔盛世', '金牛奔盛世。2020年是极不平凡的一年。')).toBeUndefined();
    expect(springFestivalYear('瑞虎迎春，值此新春佳节', '瑞虎迎春，值此新春佳节。2019年是极不平凡的一年。')).toBeUndefined();
  });

  it('does not read an idiom as an animal (万马奔腾)', () => {
    const text = '值此新春佳节，全县上下万马奔腾、干劲十足。2025年是“十四五”规划收官之年。';
    expect(springFestivalYear(text, text)).toBeUndefined();
  });

  it('does not take a goal year for the text\'s own (到2035年)', () => {
    const text = '金牛奔盛世，值此新春佳节到来之际。2020年是极不平凡的一年。到2035年基本实现现代化。';
    expect(springFestivalYear(text, text)).toBe(2021);
  });

  it('dates a greeting that states no day by that year alone', () => {
    const file = cleaned('', PANSHI);
    expect(file.data.meta.date).toBe('2021');
  });

  it('leaves a greeting with a day of its own to that day', () => {
    const file = cleaned('', [...PANSHI, '磐石镇人民政府', '2021年2月10日']);
    expect(file.data.meta.date).toBe('2021-02-10');
  });
});

describe('the year of the school term a speech opens', () => {
  it.each([
    // unseen10 b10-whdslt.
    ['金秋送爽，丹桂飘香，我们迎来了充满希望与挑战的2018年新学期。', 2018],
    // unseen9 a9-pleasurethai: the year written without 年.
    ['9月5日早上，利国镇府前路小学隆重举行2022秋季新学期第一次升旗仪式。', 2022],
  ] as const)('%s → %s', (text, year) => {
    expect(ceremonyYear(text)).toBe(year);
  });

  it('not a count before the term', () => {
    expect(ceremonyYear('全校12018名学生迎来新学期。')).toBeUndefined();
  });

  it('dates a speech on a model-text site by that year (unseen10 b10-whdslt)', () => {
    const file = cleaned('', ['亲爱的老师们、同学们：', '大家好！', '金秋送爽，丹桂飘香，我们迎来了充满希望与挑战的2018年新学期。在这万象更新的时刻，我谨代表学校全体教职员工，向每一位同学致以最诚挚的问候。', '谢谢大家！']);
    expect(file.data.meta.date).toBe('2018');
  });
});
