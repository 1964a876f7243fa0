// An official document's title read by its GB/T 9704 shape (twentieth session): a 关于…的通知 line over its
// addressees under a site's banner and the 版头's issuer names, and a 转发 title longer than any headline.
// Lines are the pages' own (as the stages before structure leave them); expected titles written by hand.
import { describe, expect, it } from 'vitest';
import { isNoticeTitle, isTitleLike } from '../../scripts/ingest/structure/lines.ts';
import { chooseTitle, startsText } from '../../scripts/ingest/structure/title.ts';

// eval unseen10 a10-hengyang (sthjj.hengyang.gov.cn): 63 characters.
const FORWARD = '湖南省环境保护厅办公室关于转发《关于印发“绿盾2017”国家级自然保护区监督检查专项行动重点核查问题清单和核查表的通知》的通知';

describe('isNoticeTitle', () => {
  it('reads a 转发 title nesting the forwarded title in 《》, past a headline length', () => {
    expect(FORWARD.length).toBeGreaterThan(60);
    expect(isNoticeTitle(FORWARD)).toBe(true);
    expect(isTitleLike(FORWARD)).toBe(true);
    expect(startsText(FORWARD)).toBe(false);
  });

  it('does not read the sentence that forwards the same title', () => {
    const sentence = '现将环境保护部《关于印发“绿盾2017”国家级自然保护区监督检查专项行动重点核查问题清单和核查表的通知》（环办生态函〔2017〕1255号）转发你们，请各单位高度重视，精准核查，按时上报。';
    expect(isNoticeTitle(sentence)).toBe(false);
    expect(isTitleLike(sentence)).toBe(false);
  });

  it('needs 关于 and a 文种 word at the end', () => {
    expect(isNoticeTitle('关于春节期间全县机关企事业单位免费开放停车场所的通知')).toBe(true);
    // cases/gov-kaili: a plan's title, no 关于 and no notice word.
    expect(isNoticeTitle('凯里市教育系统2024年公开招聘事业单位工作人员实施方案')).toBe(false);
    // A long line that mentions 关于 and a notice inside a clause is no title.
    expect(isNoticeTitle('根据《国务院办公厅关于2024年部分节假日安排的通知》精神，现将有关事项通知')).toBe(false);
  });
});

describe('a notice title over its addressees, under a banner and the issuers', () => {
  // eval unseen16 a16-qclgf (m.qclgf.com), after the chrome stage took the breadcrumb.
  const qclgf = [
    '衡南的乡亲们！春节回家 免费停车！',
    '中共衡南县委办公室',
    '衡南县人民政府办公室',
    '关于春节期间全县机关企事业单位免费开放停车场所的通知',
    '各乡镇（街道）党（工）委、人民政府（办事处），县直机关各单位：',
    '为确保春节期间道路交通安全畅通，切实缓解群众“停车难”，方便群众出行，经县委、县政府研究决定，于春节期间免费开放全县机关企事业单位停车场所。现将有关事项通知如下：',
  ];
  it('takes the 关于…的通知 line as printed, without the issuer lines above it', () => {
    const choice = chooseTitle(qclgf, 0);
    expect(choice?.block.clean.title).toBe('关于春节期间全县机关企事业单位免费开放停车场所的通知');
    expect(choice?.block.at).toBe(3);
  });

  it('takes nothing when a sentence stands between the banner and the notice line', () => {
    const lines = [qclgf[0]!, qclgf[5]!, qclgf[3]!, qclgf[4]!, qclgf[5]!];
    expect(chooseTitle(lines, 0)).toBeUndefined();
  });

  it('takes nothing when no addressee line or 文号 follows the notice line', () => {
    const lines = [qclgf[0]!, qclgf[1]!, qclgf[3]!, qclgf[5]!];
    expect(chooseTitle(lines, 0)).toBeUndefined();
  });
});
