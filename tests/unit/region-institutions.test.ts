// The Ministry of Education's list of institutions as a vocabulary (institutions.ts):
// a listed name is read where it prints its seat, at the level it prints; a name
// that prints no place, or a word that is not its seat, gives none. Strings are
// the pages' own (sites named with each).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { divisionByCode } from '../../scripts/ingest/extract/divisions.ts';
import { listedInstitutions, printedSeat } from '../../scripts/ingest/extract/institutions.ts';

const read = (text: string) => listedInstitutions(text).map((i) => [i.text, i.division.name]);

describe('listed institutions whose names print their seat', () => {
  it.each([
    // jizihe.com (unseen25 a25-jizihe): the city the name prints is the list's 所在地.
    ['向汕头大学2019届优秀的毕业生们表示最诚挚的祝贺', [['汕头大学', '汕头市']]],
    // yahooflicker.cn (instplace sample), a traditional page as simplified.
    ['今天是个值得纪念的日子，阳泉职业技术学院首届毕业生即将走出“象牙塔”', [['阳泉职业技术学院', '阳泉市']]],
    // regatron-china.com (instplace sample): the name prints its province only; 济南市 is not printed.
    ['副院长郭鹏宣读了《山东职业学院关于准予2019届毕业生毕业的决定》', [['山东职业学院', '山东省']]],
    // www.yanjianggu.com (unseen25 a25-yanjianggu): a municipality's name.
    ['上海财经大学校长樊丽明在2019届本科毕业典礼上的讲话', [['上海财经大学', '上海市']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('names that print no seat give none', () => {
  it.each([
    // m.gerecailiao.cn (unseen23 a23-gerecailiao, labelled null): 中国政法大学 prints no place.
    '今天，我们举行中国政法大学2023级本科生开学典礼',
    // guangdong12320.com (instplace sample): 中山 is 孙中山's, the university stands in 广州市.
    '（作者单位：中山大学孙逸仙纪念医院）',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('清华大学 gives none beside a partner that prints its seat (bookm.cn, unseen22 a22-bookm, labelled null; the partner is only mentioned)', () => {
    expect(read('北京协和医学院—清华大学医学部的同学们')).toEqual([['北京协和医学院', '北京市']]);
  });
  it('a word that is a division inside the seat, or elsewhere, is not the seat (南开大学: 天津市; 江南大学: 无锡市)', () => {
    expect(printedSeat('南开大学', divisionByCode('120000')!)).toBeUndefined();
    expect(printedSeat('江南大学', divisionByCode('320200')!)).toBeUndefined();
    expect(printedSeat('汕头大学', divisionByCode('440500')!)?.name).toBe('汕头市');
  });
});

describe('the list', () => {
  const list = JSON.parse(readFileSync(new URL('../../scripts/ingest/extract/moe-institutions.json', import.meta.url), 'utf8')) as { source: string; institutions: [string, string][] };
  it('says where it came from and holds the 2,631 institutions of 2017 with a known place each', () => {
    expect(list.source).toMatch(/全国高等学校名单/u);
    expect(list.institutions).toHaveLength(2631);
    expect(list.institutions.filter(([, code]) => divisionByCode(code) === undefined)).toEqual([]);
  });
});
