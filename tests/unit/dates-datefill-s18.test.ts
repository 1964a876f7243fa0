import { describe, expect, it } from 'vitest';
import { isoOf } from '../../core/dates/parse.ts';
import { infoLineDate } from '../../scripts/ingest/extract/date-evidence.ts';

const shown = (line: string) => {
  const d = infoLineDate(line);
  return d && isoOf(d);
};

describe("a newspaper page's line dates the issue (eighteenth session)", () => {
  it.each([
    // paper.ce.cn (eval cases pg-ce-paper-xianweishuji-report): the e-paper's pager, the issue date, font controls.
    ['上一版3  4下一版 2017年7月27日 星期 放大 缩小 默认', '2017-07-27'],
    // archive.acgloria.com (eval unseen12 c12-acgloria): paper, page, column, date.
    ['大众报 P08 | 澳门新闻 2011-09-02', '2011-09-02'],
  ])('%s → %s', (line, expected) => {
    expect(shown(line)).toBe(expected);
  });

  it.each([
    // The pager with two dates: which one is the is not said.
    '上一版 2017年7月26日 下一版 2017年7月28日',
    // A page mark and a month without its day.
    '大众报 P08 | 澳门新闻 2011年9月',
    // P and digits after a Latin name are a model, not a paper's page.
    'Huawei P30 2019-03-26',
    // A sentence is text, whatever it names.
    '下一版将于2017年7月28日推出，敬请关注。',
  ])('none: %s', (line) => {
    expect(infoLineDate(line)).toBeUndefined();
  });
});
