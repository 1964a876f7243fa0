// An essay site's lead-in (下面是小编为大家整理的…，供大家参考) names the piece it serves: on a page that shows no
// title of its own the title is read out of it. The lead-ins are the real lines of the three sites named; the
// expected titles are written by hand from the pages.
import { describe, expect, it } from 'vitest';
import { leadInTitle } from '../../scripts/ingest/structure/title-lead-in.ts';

describe("an essay site's lead-in naming the piece", () => {
  it.each([
    // agnbn.com (eval unseen4 x2-agnbn): the page's only statement of the speech's title; the year is the site's.
    ['下面是小编为大家整理的2022年欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话,供大家参考。', '欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话'],
    // hanjia777.com (eval c3c-hanjia777): the page's own heading reads 专题党课：…, without the site's year and mark.
    ['下面是小编为大家整理的2022年度专题党课:从党史中汲取智慧和力量全力推进乡村振兴(精选文档),供大家参考。', '专题党课:从党史中汲取智慧和力量全力推进乡村振兴'],
    // www.shanhaijingshui.cn (eval pg-shanhaijingshui): glued after a line of the text; the column's label and (全文) are the site's.
    ['精神和胡锦涛总书记在全国政法工作会下面是小编为大家整理的【法院讲话】县人民法院院长在全院贯彻落实省法院院长会议精神大会上讲话(全文),供大家参考。', '县人民法院院长在全院贯彻落实省法院院长会议精神大会上讲话'],
  ])('%s → %s', (line, title) => {
    expect(leadInTitle(['手机版', line, '各位嘉宾、会员朋友:'])).toBe(title);
  });

  it('reads no title out of a lead-in that names no piece, nor one far down the page', () => {
    // www.xiexiebang.com (eval txt-xiexiebang): a pointer to many documents, not to this one.
    expect(leadInTitle(['简介:写写帮文库小编为你整理了多篇相关的《湖南省人民政府办公厅文件》,但愿对你工作学习有帮助'])).toBeUndefined();
    // www.upkao.com (eval h2-upkao): describes the piece, does not name it.
    expect(leadInTitle(['近段时间,各大高校的开学基本完成,小编整理了湖北大学(本部)新生开学典礼上校党委书记的讲话,一起来看看吧。'])).toBeUndefined();
    const far = [...Array.from({ length: 12 }, (_, k) => `第${k + 1}行的正文，句子很长很长。`), '下面是小编为大家整理的2022年欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话,供大家参考。'];
    expect(leadInTitle(far)).toBeUndefined();
  });

  it('keeps a year that is the whole of what would be left too short a title', () => {
    expect(leadInTitle(['下面是小编为大家整理的2022年工作总结,供大家参考。'])).toBe('2022年工作总结');
  });
});
