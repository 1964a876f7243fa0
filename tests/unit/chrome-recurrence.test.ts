// A line after the text that ends no sentence and uses none of the text's
// words is the page's (chrome/recurrence.ts): a document site's prompt, a
// login prompt. The document's own lines after its text stay whatever their
// words: a signature date and print line, a list item, an interview's turn,
// a line that goes on with an unfinished sentence.
import { describe, expect, it } from 'vitest';
import { stripChrome } from '../../scripts/ingest/stages/chrome.ts';
import { hanPairs, isForeignLine, recurrence } from '../../scripts/ingest/stages/chrome/recurrence.ts';
import { fixture, linesOf, textFile } from '../fixtures/chrome/harness.ts';

function strip(text: string) {
  const file = textFile(text);
  stripChrome(file);
  return { kept: linesOf(file).map((l) => l.trim()).filter(Boolean), removed: file.data.removed.map((r) => `${r.rule} ${r.text}`) };
}

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
  it("takes a document site's prompt after a ceremony script (m.xiaozhentang.com)", () => {
    const { kept, removed } = strip(fixture('chrome/pages', 'xiaozhentang-doc.txt'));
    expect(removed).toContain('foreign-tail 因篇幅问题不能全部显示,请点此查看更多更全内容');
    expect(kept.at(-1)).toBe('谢谢大家!');
  });

  it('takes a login prompt after a news story (mingpao.com)', () => {
    expect(strip(fixture('chrome/pages', 'mingpao-news.txt')).removed.some((r) => r.includes('請先登入系統'))).toBe(true);
  });

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

  it('never takes a list item, a dated line or a line that ends a sentence', () => {
    const text = new Set(hanPairs('今天我们召开会议。'));
    expect(isForeignLine('4、艺术美学与哲学经典阅读', text)).toBe(false);
    expect(isForeignLine('④填写相关必选项、留言内容,点击提交', text)).toBe(false);
    expect(isForeignLine('我校院长办公室 2008年12月25日印发', text)).toBe(false);
    expect(isForeignLine('欢迎广大市民积极举报共同维护平安。', text)).toBe(false);
    expect(isForeignLine('因篇幅问题不能全部显示,请点此查看更多更全内容', text)).toBe(true);
  });
});
