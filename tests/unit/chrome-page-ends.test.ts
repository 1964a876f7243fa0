// Chrome at the ends of pages the pipeline was not tuned on (government,
// hospital and school sites sampled from the pages corpus): a table's cell
// bars left around the text, the captions of a page's pictures after its
// last paragraph, and a label with nothing after it ending the page.
import { describe, expect, it } from 'vitest';
import { stripTrailingCellBar } from '../../scripts/ingest/stages/chrome/inline.ts';
import { fixture, strip } from '../fixtures/chrome/harness.ts';

describe("a table's cell bars left around the text", () => {
  it('a bar after the last sentence is cut, the sentence stays (www.ptzszx.com, thrd.gov.cn)', () => {
    expect(stripTrailingCellBar('刘校长希望同学们用青春来奋斗,用拼搏来努力,以梦为马,与时间为友,勇往直前,实现美好的梦想。 |')).toEqual({ line: '刘校长希望同学们用青春来奋斗,用拼搏来努力,以梦为马,与时间为友,勇往直前,实现美好的梦想。', cut: ['|'] });
    expect(stripTrailingCellBar('建设和谐牛镇、平安牛镇、富裕牛镇、魅力牛镇而努力奋斗! |').line).toBe('建设和谐牛镇、平安牛镇、富裕牛镇、魅力牛镇而努力奋斗!');
  });

  it("a table row printed as text keeps its cells (www.hanyin.gov.cn), and a line without a bar is untouched", () => {
    const row = '索引号 | xzfgzbmzfb/2021-3740 | 公开目录: | 县政府办文件,惠农惠民政策和资金 |';
    expect(stripTrailingCellBar(row)).toEqual({ line: row, cut: [] });
    const sentence = '会上,案管部门通报上半年业务数据;分管第六检察部的领导作表态发言。';
    expect(stripTrailingCellBar(sentence)).toEqual({ line: sentence, cut: [] });
  });

  it('bars alone on a line above and below the text go, the paragraph stays (ahjw.anhua.gov.cn, mtqyy.com)', () => {
    const page = strip(fixture('chrome/pages', 'anhua-gov-cellbar.txt'));
    expect(page.kept).toHaveLength(1);
    expect(page.kept[0]).toMatch(/^1月19日,滔溪镇召开了第六届人民代表大会第七次会议。/u);
    expect(page.kept[0]).toMatch(/着力谱写全镇人民美好生活新篇章。$/u);
    const hospital = strip(fixture('chrome/pages', 'mtqyy-hospital.txt'));
    expect(hospital.kept.at(-1)).toMatch(/必将产生积极的推动作用。$/u);
    expect(hospital.kept).not.toContain('|');
  });
});

describe("the captions of a page's pictures after its last paragraph", () => {
  it('a run with a scene goes with the credit under it; the paragraphs stay (www.chinacdc.cn)', () => {
    const page = strip(fixture('chrome/pages', 'chinacdc-captions.txt'));
    expect(page.kept).not.toContain('南疆地区传染病监测预警与响应能力培训班开幕式');
    expect(page.kept).not.toContain('南疆地区传染病监测预警与响应能力培训班合影');
    expect(page.kept).not.toContain('卫生应急中心 供稿');
    expect(page.kept.at(-1)).toMatch(/受到当地一致好评。$/u);
  });

  it("a run with a speaker's caption goes, descriptions of the pictures too; the last paragraph stays (www.qvc.edu.cn)", () => {
    const page = strip(fixture('chrome/pages', 'qvc-captions.txt'));
    expect(page.kept.at(-1)).toBe('伴随着《一路生花》的旋律,学院领导与毕业生挥手道别,目送他们迈向新征程,开启新篇章。');
    expect(page.removed).toEqual(
      expect.arrayContaining(['photo-caption 学院举行2024届毕业生毕业典礼', 'photo-caption 学院领导为毕业生代表颁发毕业证书', 'photo-caption 学院领导为优秀毕业生代表颁发荣誉证书']),
    );
  });

  it("short lines after the last paragraph with no caption among them are the page's own (www.tzlqey.com)", () => {
    const own = ['经过与会代表的共同努力', '大会圆满完成了各项议程', '在《国际歌》歌声中缓缓落下帷幕'];
    const paragraph = '各职工代表认真聆听了职代会的各项议案,秉着对医院发展高度负责的态度,大家各抒己见,畅所欲言,提出了很多宝贵的建议,切实履行了职工代表的职责。最后,代表们通过投票表决,通过了以上各项报告内容。';
    expect(strip([paragraph, ...own].join('\n')).kept).toEqual([paragraph, ...own]);
  });
});

describe('a label with nothing after it ending the page', () => {
  it('goes (www.qhdhgq.gov.cn, www.chinacdc.cn)', () => {
    expect(strip(fixture('chrome/pages', 'qhdhgq-gov.txt')).removed).toContain('dangling-label 友情链接:');
    expect(strip(fixture('chrome/pages', 'chinacdc-captions.txt')).removed).toContain('dangling-label 文件附件:');
  });

  it("a speech's salutation ending a cut-short page stays (www.7rdy.cn)", () => {
    const lead = '今天是正月初七,春节长假后上班第一天。首先,我代表区四大班子,给大家拜个晚年,祝大家在新的一年里,身体健康、工作顺利、万事如意!';
    expect(strip([lead, '同志们:'].join('\n')).kept).toEqual([lead, '同志们:']);
  });

  it("an attachment label with its attachment after it stays (www.xmrd.gov.cn's notice shape)", () => {
    const lead = '现将草案修改二稿征求意见稿向社会公开征求意见,欢迎社会各界人士踊跃参与,建言献策。';
    expect(strip([lead, '附件:', '厦门经济特区社会信用条例'].join('\n')).kept).toContain('附件:');
  });
});
