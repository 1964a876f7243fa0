// Body sentences the cleaning took for chrome (thirteenth session): a first
// sentence that tells the headline's event again with its date and a full stop.
// Examples written by hand from the pages named in the rule's comment.
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { readHead, restatesTitle } from '../../scripts/ingest/structure/head.ts';

const bodyOf = (text: string) => {
  const result = ingestOne({ path: 'p.txt', bytes: new TextEncoder().encode(text) });
  if (result.kind !== 'document') throw new Error(result.reason);
  return result.blocks.map((b) => b.text);
};

describe('a lede restating the headline', () => {
  it('is a sentence, not the title printed again (yancheng jianhu, lssjt)', () => {
    expect(restatesTitle('3月5日，建湖县召开卫生健康工作会议。', '建湖县召开卫生健康工作会议')).toBe(true);
    expect(restatesTitle('1998年2月23日，周恩来诞辰一百周年纪念大会在北京人民大会堂隆重举行。', '周恩来诞辰一百周年纪念大会在北京人民大会堂隆重举行')).toBe(true);
  });
  it('the title again, bare or with a full stop only, or without a stop, is a copy', () => {
    expect(restatesTitle('建湖县召开卫生健康工作会议', '建湖县召开卫生健康工作会议')).toBe(false);
    expect(restatesTitle('建湖县召开卫生健康工作会议。', '建湖县召开卫生健康工作会议')).toBe(false);
    expect(restatesTitle('【要闻】建湖县召开卫生健康工作会议', '建湖县召开卫生健康工作会议')).toBe(false);
    expect(restatesTitle('3月5日，全县卫生健康工作会议召开。', '建湖县召开卫生健康工作会议')).toBe(false);
  });
  it('ends the head: the copy above it goes, the lede stays', () => {
    const lines = ['建湖县召开卫生健康工作会议', '3月5日，建湖县召开卫生健康工作会议。', '会议要求，一要剖析形势，提高认识。'];
    const { head, next } = readHead(lines, 0, '建湖县召开卫生健康工作会议');
    expect(head.map((h) => h.kind)).toEqual(['repeat']);
    expect(next).toBe(1);
  });
  it('stays as the first body line of the page (yancheng jianhu)', () => {
    const body = bodyOf(
      '建湖县召开卫生健康工作会议\n\n发布日期:2019-03-06 08:56 来源:建湖县政府办公室\n\n3月5日,建湖县召开卫生健康工作会议。\n\n会议要求,一要剖析形势,提高认识,进一步增强做好卫生健康工作的责任感和紧迫感。二要锐意进取,主动作为,切实抓好卫生健康重点工作落实。\n',
    );
    expect(body[0]).toBe('3月5日，建湖县召开卫生健康工作会议。');
  }, 60_000);
});
