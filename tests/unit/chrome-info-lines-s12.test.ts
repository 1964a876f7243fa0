// Info lines in shapes the chrome rules used to miss (twelfth session, class
// sample docs/wide-samples/infolines-s12): a dashed list of label rows, compound
// and weak labels, a source glued after the last sentence, a font-size switch
// inside a one-line page. Expected values written by hand from the example lines.
import { describe, expect, it } from 'vitest';
import { fieldTableRows, isFieldLine } from '../../scripts/ingest/stages/chrome/fields.ts';
import { isLabelLine, labelledFields } from '../../scripts/ingest/stages/chrome/labels.ts';
import { trailingCredit } from '../../scripts/ingest/stages/chrome/credits.ts';
import { stripFontSizeSwitch } from '../../scripts/ingest/stages/chrome/inline.ts';

describe('info lines (twelfth session)', () => {
  it('reads a dashed list of label rows as a field table', () => {
    // kmcc.gov.tw, unseen5 y1-kmcc
    const lines = ['古城毕典 贵宾云集 捎满祝福', '- 资料来源:金门日报社', '- 记者:李增汪', '- 新闻日期:108-06-15', '古城国小昨日举行国小部第57届暨幼儿园第43届毕业典礼，在乌克丽丽乐团演奏下揭开序幕。'];
    expect(isFieldLine('- 新闻日期:108-06-15')).toBe(true);
    expect(fieldTableRows(lines, 4, 4, () => false)).toEqual([1, 2, 3]);
  });

  it('keeps a dashed list item that is a sentence', () => {
    expect(isFieldLine('- 目标:全面完成年度任务，确保群众满意。')).toBe(false);
  });

  it('knows 资料来源 and 主题词 as labels', () => {
    expect(labelledFields('新闻资料来源:马祖日报--2017-06-16')).toEqual([{ field: 'source', label: '新闻资料来源', value: '马祖日报' }]); // matsu.idv.tw
    expect(isLabelLine('主题词:2023年唐河县卫生健康工作会议召开 - 点击收起详细信息')).toBe(true); // chinabaisi.com
  });

  it('takes a short 来自 line as an info line, not a sentence opening on 来自', () => {
    expect(isLabelLine('来自:中山日报')).toBe(true); // zslib.cn
    expect(isLabelLine('来自:襄阳市政府门户网站 时间:2018-11-22')).toBe(true); // szbaja
    expect(isLabelLine('来自：全县各乡镇医院、卫生院的院长及部分医疗骨干60余人参加了联谊会。')).toBe(false);
    expect(isLabelLine('来自全县各乡镇的代表')).toBe(false);
  });

  it('cuts a source glued after the last sentence', () => {
    expect(trailingCredit('我们必将在改革开放30周年的辉煌成就上再创佳绩,向新中国成立60周年献上厚礼。” 来自:中山日报')).toEqual({
      line: '我们必将在改革开放30周年的辉煌成就上再创佳绩,向新中国成立60周年献上厚礼。”',
      credit: '来自:中山日报',
    });
    expect(trailingCredit('这些讯号,来自大洋彼岸的中国陕北延安。')).toBeUndefined(); // xzq5.com.cn
  });

  it('cuts a font-size switch inside a line and breaks the line there', () => {
    expect(stripFontSizeSwitch('来源: 发布时间:2022-02-15 15:52 浏览次数: 次 【字体:小 大】 有人会说,燃放烟花爆竹是一种传统习惯。')).toEqual({
      line: '来源: 发布时间:2022-02-15 15:52 浏览次数: 次\n有人会说,燃放烟花爆竹是一种传统习惯。',
      cut: ['【字体:小 大】'],
    }); // bazhou.gov.cn
    expect(stripFontSizeSwitch('会议要求字体大小统一。').cut).toEqual([]);
  });
});
