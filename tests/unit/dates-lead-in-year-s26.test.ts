// The year an essay site's lead-in (下面是小编为大家整理的…，供大家参考) puts before the name of the speech it serves: the
// page's copy of the headline, and on a repost the only place the page states the speech's year (tests/eval/README.md:
// a repost's stamp dates nothing, the speech takes the year its text establishes). The lead-ins are the sites' real
// lines; the expected years are the eval labels, written by hand.
import { describe, expect, it } from 'vitest';
import { leadInYear } from '../../scripts/ingest/structure/title-lead-in.ts';
import { cleaned } from './dates-file.ts';

const AGNBN = '下面是小编为大家整理的2022年欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话,供大家参考。';
const HHSCYY = '下面是小编为大家整理的2023年县长在全县安全生产电视电话会议上讲话(全文完整),供大家参考。';

describe("the year an essay site's lead-in puts before a speech's name", () => {
  it.each([
    // agnbn.com (eval unseen4 x2-agnbn): the title is the document's own heading, without the year.
    [AGNBN, '欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话', 2022],
    // hhscyy.com (eval unseen20 a20-hhscyy): the lead-in is the page's only copy of the title.
    [HHSCYY, '县长在全县安全生产电视电话会议上讲话(全文完整)', 2023],
    [HHSCYY, '2023年县长在全县安全生产电视电话会议上讲话', 2023],
  ] as const)('%s → %s', (line, title, year) => {
    expect(leadInYear(['手机版', line, '各位嘉宾、会员朋友:'], title)).toBe(year);
  });

  it('reads no year from a 年度 the site stamps, a lead-in without a year, or one naming another piece', () => {
    // jsjstd.com (eval unseen14 a14-jsjstd) and hanjia777.com (eval c3c-hanjia777): labelled undated.
    expect(leadInYear(['下面是小编为大家整理的2022年度在市中医院分院剪彩仪式上致辞【优秀范文】,供大家参考。'], '在市中医院分院剪彩仪式上的致辞')).toBeUndefined();
    expect(leadInYear(['下面是小编为大家整理的2022年度专题党课:从党史中汲取智慧和力量全力推进乡村振兴(精选文档),供大家参考。'], '专题党课：从党史中汲取智慧和力量全力推进乡村振兴')).toBeUndefined();
    expect(leadInYear(['下面是小编为大家整理的【法院讲话】县人民法院院长在全院贯彻落实省法院院长会议精神大会上讲话(全文),供大家参考。'], '在全院贯彻落实省法院院长会议精神大会上的讲话')).toBeUndefined();
    expect(leadInYear([AGNBN], '在全县安全生产电视电话会议上的讲话')).toBeUndefined();
    expect(leadInYear([AGNBN], '')).toBeUndefined();
  });
});

describe('a repost speech dated by the lead-in year', () => {
  const run = (title: string, pageLines: string[], published?: string) =>
    cleaned(title, ['各位嘉宾、会员朋友：', '大家晚上好！很感谢大家能够在百忙之中抽空前来参加商会一年一度的中秋活动。'], published, pageLines);

  it('takes the year, and not the page stamp', () => {
    const file = run('欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话', [AGNBN], '2024-05-06 10:00');
    expect(file.data.meta.date).toBe('2022');
    expect(file.data.meta.dateKind).toBe('delivered');
  });

  it('leaves a speech without such a lead-in undated', () => {
    expect(run('欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话', ['手机版']).data.meta.date).toBeUndefined();
  });
});
