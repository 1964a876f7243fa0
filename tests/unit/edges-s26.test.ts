// The edge model (twenty-sixth session, edgemodel): a logistic regression over
// line features, fitted on the development sets, peels chrome the rules left
// at the bottom of the cleaned text and stops at the first line it keeps.
// Expected values written by hand: the features are measurements of a line;
// the peel's decisions are those the conventions ask for (tests/eval/README.md:
// a signature, a date, a closing 谢谢大家！ and 特此通知 are body).
import { describe, expect, it } from 'vitest';
import { edgeFeatures } from '../../scripts/ingest/stages/chrome/edge-features.ts';
import { peelable, peeledLines, peelEdges } from '../../scripts/ingest/stages/edges.ts';
import { createFile } from '../../scripts/ingest/pipeline.ts';

const BODY = '会议要求，各单位要切实加强组织领导，确保各项工作落到实处，推动全年目标任务圆满完成。';

describe('edge features', () => {
  it('measure a link label, a date line, a closing and a teaser headline', () => {
    const more = edgeFeatures('更多>>', 'tail', 0, BODY);
    expect(more.tail).toBe(1);
    expect(more.head).toBe(0);
    expect(more.tiny).toBe(1);
    expect(more['separator-run']).toBe(1);
    expect(more['inner-ends-sentence']).toBe(1);
    expect(more['ends-sentence']).toBe(0);
    const date = edgeFeatures('2023年5月6日', 'tail', 0, BODY);
    expect(date['date-only']).toBe(1);
    expect(date['date-line']).toBe(1);
    expect(edgeFeatures('谢谢大家！', 'tail', 0, BODY)['closing-word']).toBe(1);
    expect(edgeFeatures('谢谢大家！', 'tail', 0, BODY)['ends-sentence']).toBe(1);
    expect(edgeFeatures('（此件公开发布）', 'tail', 0, BODY)['document-note']).toBe(1);
    expect(edgeFeatures('第六条 检', 'tail', 0, BODY)['article-number']).toBe(1);
    expect(edgeFeatures('23秒答对全部20道题目！冠军居然是....', 'tail', 0, BODY)['ellipsis-end']).toBe(1);
    expect(edgeFeatures('【打印文章】 【添加收藏】', 'tail', 0, BODY)['bracket-links']).toBe(1);
    expect(edgeFeatures('分享到：微信 微博', 'tail', 0, BODY)['follow-word']).toBe(1);
    expect(edgeFeatures('发布时间：2023-05-06', 'tail', 0, BODY)['info-label']).toBe(1);
    expect(edgeFeatures('更多', 'tail', 3, BODY).depth).toBeGreaterThan(edgeFeatures('更多', 'tail', 1, BODY).depth);
  });
});

describe('the peel', () => {
  it('never asks about a long sentence', () => {
    expect(peelable(BODY + BODY)).toBe(false);
    expect(peelable(BODY)).toBe(true);
    expect(peelable('更多>>')).toBe(true);
  });

  it('takes a run of link labels under the text (qdhnews, unseen20: 部门概况 / 更多>>)', () => {
    expect([...peeledLines([BODY, '部门概况', '更多>>']).keys()].sort()).toEqual([1, 2]);
  });

  it('keeps a closing, a signature and a date, a disclosure note', () => {
    expect(peeledLines([BODY, '谢谢大家！']).size).toBe(0);
    expect(peeledLines([BODY, '特此通知。']).size).toBe(0);
    expect(peeledLines([BODY, 'XX市人民政府办公室', '2023年5月6日']).size).toBe(0);
    expect(peeledLines([BODY, '（此件公开发布）']).size).toBe(0);
  });

  it('stops at the first line it keeps and never takes the last line left', () => {
    expect(peeledLines([BODY, '更多', BODY]).size).toBe(0);
    expect(peeledLines(['部门概况', '更多>>']).size).toBeLessThan(2);
  });

  it('logs what it takes under its own rule id', () => {
    const file = createFile({ path: 'a.txt', bytes: new TextEncoder().encode('') });
    file.value = [BODY, '', '部门概况', '更多>>'].join('\n');
    peelEdges(file);
    expect(String(file.value)).toBe(BODY + '\n');
    expect(file.data.removed.map((r) => [r.stage, r.rule, r.text])).toEqual([
      ['edges', 'edge-model', '部门概况'],
      ['edges', 'edge-model', '更多>>'],
    ]);
    expect(file.data.chromeLines).toEqual(['部门概况', '更多>>']);
  });
});
