// A date line whose indentation a GBK round trip printed as ASCII question marks (seventeenth session).
import { describe, expect, it } from 'vitest';
import { damagedDateLine } from '../../scripts/ingest/extract/date-evidence.ts';
import { isoOf } from '../../core/dates/parse.ts';

describe('a date line after its lost indentation printed as question marks', () => {
  it.each([
    // unseen11 b11-bkw8: the notice's date line under 梧州市人民政府办公室, its full-width spaces lost, a table bar after it.
    ['??????????????????????????????????????????????????????? ?2015年11月3日 |', '2015-11-03'],
    ['?? 二〇一五年十一月三日', '2015-11-03'],
  ])('%s → %s', (line, iso) => {
    expect(isoOf(damagedDateLine(line)!.date)).toBe(iso);
  });

  it.each([
    // One mark may be a lost glyph of the text, not indentation.
    '?2015年11月3日',
    // The marks before a paragraph (unseen2 v1-mty90 ????我區各部門…) leave a sentence, not a date line.
    '????我区各部门、镇街于2018年12月18日集中收看',
    // Full-width question marks are punctuation the page printed.
    '？？2015年11月3日',
    '????',
  ])('%s is no date line', (line) => {
    expect(damagedDateLine(line)).toBeUndefined();
  });
});
