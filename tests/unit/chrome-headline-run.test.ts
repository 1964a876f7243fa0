// A run of other pages' headlines ending the page under the text's last
// sentence (chrome.ts headline-run), and the short runs a text ends on that
// stay. Lines are from real pages (site named beside each); what goes and
// what stays is read off them by hand.
import { describe, expect, it } from 'vitest';
import { strip } from '../fixtures/chrome/harness.ts';

// www.exmoo.com (eval unseen9 b9-exmoo): the story's last paragraph with its editor glued on, then the site's other headlines.
const EXMOO_END = '歐陽瑜在會上強調,政府雖然沒有封關措施,但請市民切勿外出,切勿出境,她更激動地表示留意到三盞燈一帶今日人頭湧湧,更直言請市民「先控制好自己隻腳先!」不要輕易外出及出境。(編輯:陳嘉俊)';
const EXMOO_RUN = ['兩位長者因新冠感染離世', '92歲長者因新冠感染離世', '本澳昨增9人入住隔離治療設施', '五名長者因新冠感染離世', '關稅與出口管制措施暫緩一年', '高盛:兌美元有望朝100回升', '11月6日起接受澳方登記', '按年實質增長8%'];

describe('a run of headlines ending the page', () => {
  it("takes the site's other headlines under the story and keeps the story (exmoo)", () => {
    const { kept, removed } = strip([EXMOO_END, ...EXMOO_RUN].join('\n'));
    expect(kept.at(-1)).toBe(EXMOO_END);
    expect(removed).toContain('headline-run 兩位長者因新冠感染離世');
    expect(removed).toContain('headline-run 按年實質增長8%');
  });

  it('keeps three short lines: up to three may be the text’s own (a sentence broken over lines, tzlqey)', () => {
    const { kept } = strip([EXMOO_END, ...EXMOO_RUN.slice(0, 3)].join('\n'));
    expect(kept.at(-1)).toBe(EXMOO_RUN[2]);
  });

  it('keeps a run that does not stand under a finished sentence (a list the text introduced)', () => {
    const intro = '公示期间,如有异议,请通过以下方式反映:';
    const { kept } = strip([EXMOO_END, intro, ...EXMOO_RUN.slice(0, 4)].join('\n'));
    expect(kept.at(-1)).toBe(EXMOO_RUN[3]);
  });

  it("keeps a notice's closing formula, issuer and date (jiexixian, eval unseen3 w1-jiexixian)", () => {
    const end = ['对违反本通告规定的,由公安机关依法予以处罚。', '特此通告', '揭阳市公安局', '2017年1月1日'];
    expect(strip(end.join('\n')).kept).toEqual(end);
  });

  it("keeps a notice's contact rows, issuer and date (gzqyzjbc, eval unseen9 b9-gzqyzjbc)", () => {
    // Without the page around them the contact rows go by the contact rules; this rule takes none of the six.
    const end = ['欢迎社会各界监督。', '联系电话:8296709(传真)', '邮政编码:741000', '电子信箱:gstswmb2008@163.com', '天水市精神文明建设指导委员会办公室', '2022年3月16日'];
    const { kept, removed } = strip(end.join('\n'));
    expect(removed.filter((r) => r.startsWith('headline-run'))).toEqual([]);
    expect(kept.slice(-2)).toEqual(end.slice(-2));
  });
});
