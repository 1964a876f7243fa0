import { describe, expect, it } from 'vitest';
import { doubledCaptions } from '../../scripts/ingest/stages/chrome/captions.ts';

const none = () => false;

describe('doubledCaptions', () => {
  it('takes a short line printed twice in a row inside the body (dimsumtv)', () => {
    const lines = ['香港文汇报创刊70周年庆典酒会于9月9日隆重举行。', '主礼嘉宾合照', '', '主礼嘉宾合照', '姜在忠表示，《文汇报》将不忘初心。'];
    expect(doubledCaptions(lines, 0, none)).toEqual([1, 3]);
  });

  it('keeps the headline printed twice above the body, and sentences', () => {
    const lines = ['县委书记在创建文明县城动员大会上的讲话', '县委书记在创建文明县城动员大会上的讲话', '同志们：今天召开动员大会。'];
    expect(doubledCaptions(lines, 2, none)).toEqual([]);
    const body = ['1月9日，全县卫生健康工作会议召开。', '副县长王明出席会议并讲话。', '副县长王明出席会议并讲话。', '\\', '\\'];
    expect(doubledCaptions(body, 0, none)).toEqual([]);
  });
});
