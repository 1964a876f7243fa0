// Field tables by line shape (chrome/fields.ts): rows of short `label：value`
// lines outside the body go whatever their labels, and hand their values on;
// a salutation, a headline, a notice's contact lines and rows inside the body stay.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile } from '../../scripts/ingest/pipeline.ts';
import { fieldTableRows, isFieldLine } from '../../scripts/ingest/stages/chrome/fields.ts';

function clean(fixture: string) {
  const url = new URL(`../fixtures/${fixture}`, import.meta.url);
  const file = createFile({ path: url.pathname.split('/').pop()!, bytes: readFileSync(url) });
  for (const stage of cleaningStages) stage(file);
  return file;
}

const BODY = '为贯彻落实党中央、国务院关于加快推进生态文明建设的决策部署，现将有关事项通知如下。';

describe('field tables by line shape', () => {
  it('reads the shape of a row, not its label', () => {
    expect(isFieldLine('信息分类: 通知   发布机构: 太湖县人民政府办公室')).toBe(true); // www.taihu.gov.cn
    expect(isFieldLine('访谈主持:梧阳')).toBe(true); // www.yixing.gov.cn
    expect(isFieldLine('实施时间:')).toBe(true); // lc123.net
    expect(isFieldLine('主持人：各位网友，大家好！欢迎收看今天的访谈。')).toBe(false);
    expect(isFieldLine('一是要提高认识：这项工作关系全局')).toBe(false);
  });

  it("an interview page's info table goes and its guests reach the front lines (yixing.gov.cn)", () => {
    const file = clean('classify/pages/yixing-gov-interview.txt');
    const removed = file.data.removed.filter((r) => r.rule === 'field-table').map((r) => r.text);
    expect(removed).toEqual(['访谈嘉宾:市卫健委主任沈勇、市卫健委副主任黄海平、莫晶和邵平', '访谈主持:梧阳']);
    expect(file.data.front).toContain('访谈主持:梧阳');
    expect(String(file.value)).not.toContain('访谈主持');
  });

  it("a government info table with labels no vocabulary lists goes (taihu.gov.cn rows)", () => {
    const lines = ['太湖县人民政府办公室关于印发某方案的通知', '信息分类: 通知   发布机构: 太湖县人民政府办公室', '生成日期: 2019-01-23 文号:', '发文日期: 2019-01-23 生效时间: 2019-01-23', BODY];
    expect(fieldTableRows(lines, 4, 4, () => false)).toEqual([1, 2, 3]);
  });

  it('the salutation above the body and the headline at the top are not rows (court.gov.cn, dswxyjy.org.cn)', () => {
    const speech = ['分享到:', '发布时间:2011-05-31 16:31:47 打印 字号: | |', '同志们:', BODY];
    expect(fieldTableRows(speech, 3, 3, () => false)).toEqual([]);
    const essay = ['胡国强:长征精神  永放光芒', '作者:    发布时间:2016-09-27', '分享到 :', '长征精神  永放光芒', BODY];
    expect(fieldTableRows(essay, 4, 4, () => false)).toEqual([]);
  });

  it('rows inside the body stay (eastday.com ticket prices between paragraphs)', () => {
    const lines = [BODY, '成人票原价：30元', '老人票原价：25元', '学生票原价：12元', '游客咨询电话：62620116', BODY];
    expect(fieldTableRows(lines, 0, 5, () => false)).toEqual([]);
  });

  it("a notice's contact lines before its signature stay (luan.gov.cn, mee.gov.cn)", () => {
    const luan = ['xx', BODY, '联系人:胡红梅 联系电话:0564-3379194', '电子邮箱:lascwb@sina.com', '通讯地址:六安市行政中心10号楼403室', '邮编:237001', '六安市卫生健康委员会', '2023年5月10日'];
    // The chrome stage's closing reaches the signature date: the body ends there.
    expect(fieldTableRows(luan, 1, 7, () => false)).toEqual([]);
  });

  it('a bulleted table with values on the lines under their labels goes, the title after it stays (www.zhenba.gov.cn)', () => {
    const lines = ['镇巴县人民政府工作规则', '• 索引号:', '6107280000/2024-001005', '• 主题分类:', '• 发文字号:', '镇政发〔2024〕7号', '• 发文日期:', '2024年04月06日 16:40', '• 内容概述:', '镇巴县人民政府工作规则', '第一章总则', BODY];
    expect(fieldTableRows(lines, 11, 11, () => false)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('a title under the last empty label is no value (www.taihu.gov.cn)', () => {
    const lines = ['首页 > 信息浏览', '发文日期: 2019-01-23 生效时间: 2019-01-23', '信息来源: 关键词:', '浏览次数: 590 内容概述:', '太湖县人民政府关于印发《太湖县人民政府工作规则》的通知', BODY];
    expect(fieldTableRows(lines, 5, 5, () => false)).toEqual([1, 2, 3]);
  });
});
