// A site's heading or file name over the document's own title line that differs from it only by a particle the
// site left out (twenty-fourth session, titles): the own line is the title. Expected titles written by hand from
// the raw pages named beside them.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../fixtures/structure/harness.ts';
import { ownCopyAfter, particlesDropped } from '../../scripts/ingest/structure/title-particles.ts';

describe('a copy with a particle left out', () => {
  it.each([
    ['校长在本科生毕业典礼上讲话', '校长在本科生毕业典礼上的讲话'], // eval unseen19 a19-swxbz
    ['县长在全县乡镇党委书记座谈会上讲话', '县长在全县乡镇党委书记座谈会上的讲话'], // eval unseen19 a19-wenke99
    ['在庆祝建党百年大会上讲话', '在庆祝建党百年大会上的讲话'],
  ])('is an edit of the own line: %s', (edited, own) => {
    expect(particlesDropped(edited, own)).toBe(true);
  });

  it.each([
    ['校长在本科生毕业典礼上的讲话', '校长在本科生毕业典礼上讲话'], // the other way round: the heading is the fuller
    ['在全县工作会议上讲话', '在全县工作会议上的重要讲话'], // 重要 is a word, not a particle
    ['在全县工作会议上讲话', '在全县工作会议上讲话'], // the same line
    ['上讲话', '上的讲话'], // too short to be a heading
    ['校长在毕业典礼上讲话', '校长在本科生毕业典礼上的讲话'], // more than particles missing
  ])('is not: %s / %s', (edited, own) => {
    expect(particlesDropped(edited, own)).toBe(false);
  });

  it('finds the own copy glued after a file name, and nothing where the text follows the title', () => {
    expect(ownCopyAfter('县长在全县乡镇党委书记座谈会上讲话', '县长在全县乡镇党委书记座谈会上的讲话同志们：今天会议的主要任务是…')).toBe('县长在全县乡镇党委书记座谈会上的讲话');
    expect(ownCopyAfter('县长在全县乡镇党委书记座谈会上的讲话', '同志们：今天会议的主要任务是…')).toBeUndefined();
  });
});

describe('the title of a page printing both copies', () => {
  it("takes the own line under an essay site's heading (swxbz, eval unseen19 a19-swxbz)", () => {
    const file = ingestText(['校长在本科生毕业典礼上讲话', '校长在本科生毕业典礼上的讲话', '各位老师，各位家长，亲爱的同学们：', '大家上午好！', '对一所大学来说，每年的这个季节，既是收获的季节，也是别离的季节。'].join('\n'));
    expect(file.data.meta.title).toBe('校长在本科生毕业典礼上的讲话');
    expect(file.data.blocks[0]?.text).toBe('各位老师，各位家长，亲爱的同学们：');
  });

  it('takes the own copy run after a file name on one line (wenke99, eval unseen19 a19-wenke99)', () => {
    const file = ingestText('县长在全县乡镇党委书记座谈会上讲话县长在全县乡镇党委书记座谈会上的讲话同志们：今天会议的主要任务是认真贯彻落实全市区县委书记座谈会议精神，低调务实，少说多干。');
    expect(file.data.meta.title).toBe('县长在全县乡镇党委书记座谈会上的讲话');
    expect(file.data.blocks.map((b) => b.text).join('')).not.toContain('座谈会上的讲话');
    expect(file.data.blocks[0]?.text.startsWith('同志们：')).toBe(true);
  });

  it('keeps a fuller heading over a shorter body copy', () => {
    const file = ingestText(['校长在本科生毕业典礼上的讲话', '校长在本科生毕业典礼上讲话', '各位老师，各位家长，亲爱的同学们：', '对一所大学来说，每年的这个季节，既是收获的季节，也是别离的季节。'].join('\n'));
    expect(file.data.meta.title).toBe('校长在本科生毕业典礼上的讲话');
  });
});
