// A credit signed for a unit (tenth session, bylines): the unit, a space, then
// the credit — labelled (文/邓杰 图/朱伟, 编辑:邓修祥) or a reporter's byline —
// is a credit line, in brackets or not; a unit alone, or a unit with a bare
// name run on, is a notice's signature and stays. Lines from the pages named.
import { describe, expect, it } from 'vitest';
import { isUnitCredit } from '../../scripts/ingest/stages/chrome/credits.ts';
import { keptLines } from '../fixtures/chrome/harness.ts';

describe('a credit signed for a unit', () => {
  it('reads the unit and a labelled credit (sinayp.net, xiaojiejieav.com)', () => {
    expect(isUnitCredit('集团办公室 文/邓杰 图/朱伟')).toBe(true);
    expect(isUnitCredit('怀宁县融媒体中心 编辑:邓修祥')).toBe(true);
  });

  it('is not a unit alone, nor a unit with a word run on (wjw.luan.gov.cn, finance.sina.cn, 151d.net)', () => {
    expect(isUnitCredit('六安市爱卫办')).toBe(false);
    expect(isUnitCredit('天津创业股份有限公司董事会')).toBe(false);
    expect(isUnitCredit('大涌镇党政办公室')).toBe(false);
    // A unit and a person's name with no credit label is the author-affiliation rule's, under a title only.
    expect(isUnitCredit('集团办公室 邓杰')).toBe(false);
    // A sentence naming a unit and a label is text.
    expect(isUnitCredit('集团办公室 编辑:邓杰，负责全部稿件。')).toBe(false);
  });

  it('goes after the last paragraph on a line of its own; the paragraph stays (sinayp.net)', () => {
    const last = '集团各部门、各全资、控股公司和园投集团主要负责人参加会议。';
    expect(keptLines([last, '(集团办公室 文/邓杰 图/朱伟)'])).toEqual([last]);
  });

  it("leaves a notice's issuer and date after its last paragraph (issuer line of 151d.net's notice, paragraph and date written for the test)", () => {
    const lines = ['请各村(社区)高度重视,认真组织实施。', '大涌镇党政办公室', '2021年3月1日'];
    expect(keptLines(lines)).toEqual(lines);
  });
});
