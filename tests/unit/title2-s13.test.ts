// Thirteenth session, title2 class: lines near the headline that are not titles.
// Expected values written by hand from the pages' text.
import { describe, expect, it } from 'vitest';
import { parseNameLine } from '../../scripts/ingest/structure/lines.ts';
import { refusal } from '../../scripts/ingest/structure/title-clean.ts';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { structure as structureOnly } from '../../scripts/ingest/stages/structure.ts';
import { ingestText } from '../fixtures/structure/harness.ts';

describe("a paper's or a bulletin's name and the day of its issue", () => {
  it.each([
    // m.runtun.cn (class sample title2-s13, 03) and planning.yunlin.gov.tw (unseen6 z1-yunlin).
    '甘孜日报 2020年08月13日',
    '云林县政府新闻参考资料112.7.5',
  ])('%s is never a title', (line) => {
    expect(refusal(line)).toBe("a periodical's issue line");
  });

  it('a headline ending in a report word and a day is not a masthead', () => {
    expect(refusal('关于全县防汛工作的时报 2020年8月1日')).toBeUndefined();
    expect(refusal('工作汇报 2020年8月1日')).toBeUndefined();
  });

  it('the masthead over a story with no headline: the title is derived from the lede', () => {
    const file = ingestText(
      [
        '甘孜日报 2020年08月13日',
        '本网讯 为进一步体现县委、县政府对离退休老干部的关心关怀，让老干部全面了解全县经济社会发展情况，共商发展之策，共谋发展蓝图，8月7日，乡城县召开2020年离退休老干部座谈会。',
        '与会的离退休老干部代表纷纷发言，肯定了乡城县近年来取得的成绩，并对今后的发展提出了意见建议。',
      ].join('\n'),
    );
    expect(file.data.meta.titleSource).toBe('derived');
    expect(file.data.meta.title).not.toContain('甘孜日报');
    expect(file.data.blocks.map((b) => b.text)).not.toContain('甘孜日报 2020年08月13日');
    expect(file.data.blocks[0]!.text.startsWith('本网讯')).toBe(true);
  });
});

describe('a name followed by its post on a line of its own', () => {
  it('is a name line, spaced (a9-westgarden) or not (a9-stlkg)', () => {
    expect(parseNameLine('林泽安 院长')).toEqual({ name: '林泽安', role: '院长' });
    expect(parseNameLine('姚玉云校长')).toEqual({ name: '姚玉云', role: '校长' });
  });

  it('not a post alone, nor a post with a rank before it', () => {
    expect(parseNameLine('常务副主任')).toBeUndefined();
    expect(parseNameLine('县委副书记')).toBeUndefined();
  });

  it('under the heading the chrome stage took, the heading the text quotes is put back (stlkg.edu.hk)', () => {
    const text = [
      '姚玉云校长',
      '时光如流水，今天本园庆祝五十周年金禧校庆之际，除了现读学生及家长以外，特别欢迎历届校友回园，一同参与各色各样的贺年摊位。',
      '本人谨代表本园向各位莅临的学生、家长及校友致以热烈的欢迎和诚挚的问候，谢谢你们拨冗来参加，使「50金禧庆团圆」增加了无限的光彩。',
    ];
    const file = createFile({ path: 'stlkg.txt', bytes: new Uint8Array() });
    file.value = text.join('\n');
    file.data.chromeLines = ['50金禧庆团圆'];
    file.data.pageLines = ['50金禧庆团圆', ...text];
    structureOnly(file);
    expect(file.data.meta.title).toBe('50金禧庆团圆');
    expect(file.data.blocks.map((b) => b.text)).not.toContain('姚玉云校长');
  });
});
