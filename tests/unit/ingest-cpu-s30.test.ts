// The thirtieth session's ingest speed-ups (docs/performance.md, ingestcpu):
// jieba's tags remembered and shared, frozen; the UTF-8 run search asking the
// codec's table first; the contact-run guard. Each gives what it gave before.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { segmenter, tagged } from '../../scripts/ingest/lib/jieba.ts';
import { explainedRuns } from '../../scripts/ingest/lib/mojibake.ts';
import { stripTrailingContacts } from '../../scripts/ingest/stages/chrome/inline.ts';

describe('tagged remembers jieba\'s tags', () => {
  it('the same text twice: the same frozen words, as jieba tags them', () => {
    const text = '推进健康开州建设';
    const first = tagged(text, false);
    expect(first.map(({ word, tag }) => [word, tag])).toEqual(segmenter().tag(text, false).map(({ word, tag }) => [word, tag]));
    expect(tagged(text, false)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it('keeps the readings with and without HMM apart', () => {
    const text = '新高地开州样板';
    expect(tagged(text, true).map((t) => t.word)).toEqual(segmenter().tag(text, true).map((t) => t.word));
    expect(tagged(text, false).map((t) => t.word)).toEqual(segmenter().tag(text, false).map((t) => t.word));
  });
});

describe('explainedRuns finds UTF-8 read as GBK', () => {
  it('the run of a misread stream in a line of text, and none in clean text', () => {
    const misread = iconv.decode(Buffer.from('在全省深入开展', 'utf8'), 'gbk');
    const line = `会议要求，${misread}。`;
    const runs = explainedRuns(line, []);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs[0]!.start).toBe(5);
    expect(explainedRuns('会议要求，在全省深入开展主题教育。', [])).toEqual([]);
  });
});

describe('stripTrailingContacts', () => {
  it('cuts a site\'s contact run after the last sentence', () => {
    const line = '本院始终坚持以病人为中心。急救电话:0813-120 预约挂号电话:0813-2401126 投诉电话:2300337';
    expect(stripTrailingContacts(line)).toEqual({ line: '本院始终坚持以病人为中心。', cut: ['急救电话:0813-120 预约挂号电话:0813-2401126 投诉电话:2300337'] });
  });

  it('leaves a line that names no telephone, fax or mailbox', () => {
    const line = '本院始终坚持以病人为中心。编号:0813-120 编号:0813-2401126 编号:2300337';
    expect(stripTrailingContacts(line)).toEqual({ line, cut: [] });
  });
});
