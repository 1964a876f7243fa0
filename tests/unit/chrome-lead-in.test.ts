// An essay site's lead-in run onto one line with the text's opening: the
// line is set on two, so that the lead-in rule takes the site's words and
// not the salutation and first sentence after them. Expected values written
// by hand from the pages' lines (tests/fixtures/chrome/pages/*-lead-in.txt).
import { describe, expect, it } from 'vitest';
import { splitGluedLeadIn } from '../../scripts/ingest/stages/chrome.ts';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';

describe('splitGluedLeadIn', () => {
  it('sets the salutation and first sentence after the lead-in on a line of their own (fanwen.aixue.net)', () => {
    const line =
      '下面是小编为大家整理的在全县安全生产专项整治工作会议上讲话【优秀范文】,供大家参考。同志们:经县政府研究决定,今天召开全县安全生产专项整治工作紧急会议。';
    expect(splitGluedLeadIn(line)).toEqual([
      '下面是小编为大家整理的在全县安全生产专项整治工作会议上讲话【优秀范文】,供大家参考。',
      '同志们:经县政府研究决定,今天召开全县安全生产专项整治工作紧急会议。',
    ]);
  });

  it('splits after the invitation to read when the item number stands before the salutation (m.wenke99.com)', () => {
    const line =
      '怎样写发言稿才能更好地发挥其做用呢?以下是我细心整理的2021最新春季学校开学典礼上校长发言稿(精选3篇),仅供参考,欢迎大家阅读。最新春季学校开学典礼上校长发言稿1尊敬的老师们,友爱的同学们:早上好!';
    const [lead, rest] = splitGluedLeadIn(line);
    expect(lead).toBe('怎样写发言稿才能更好地发挥其做用呢?以下是我细心整理的2021最新春季学校开学典礼上校长发言稿(精选3篇),仅供参考,欢迎大家阅读。');
    expect(rest).toBe('最新春季学校开学典礼上校长发言稿1尊敬的老师们,友爱的同学们:早上好!');
    expect(classifyChrome(lead!)?.rule).toBe('uploader-disclaimer');
  });

  it('leaves a lead-in alone on its line, and a lead-in with no salutation after it, whole', () => {
    const alone = '在日复一日的学习、工作或生活中,大家或多或少都用到过致辞吧。以下是小编整理的开学典礼校长致辞通用,希望对大家有所帮助。';
    expect(splitGluedLeadIn(alone)).toEqual([alone]);
    // The item's heading after the lead-in, no salutation yet: nothing tells where the text starts.
    const heading = '下面是小编为大家整理的2022开学典礼演讲稿,仅供参考。2022开学典礼演讲稿1';
    expect(splitGluedLeadIn(heading)).toEqual([heading]);
  });

  it('leaves a speech line with no lead-in whole', () => {
    const line = '同志们:今天这次会议,是院党组研究决定召开的。下面,我讲几点意见。';
    expect(splitGluedLeadIn(line)).toEqual([line]);
  });
});

describe('the editor lead-in in either word order', () => {
  it('takes 以下是小编 as it takes 下面是小编 (oh100.com)', () => {
    expect(classifyChrome('以下是小编整理的开学典礼校长致辞通用,希望对大家有所帮助。')?.rule).toBe('uploader-disclaimer');
  });
});
