// A city organ's branch named after one of its counties (株洲市生态环境局渌口分局) is the
// county's organ: the page it signs is the county's, not the city's. Real lines, two sites.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFile, stages } from '../../scripts/ingest/pipeline.ts';
import { branchesIn } from '../../scripts/ingest/extract/region-evidence.ts';
import { placeMentions } from '../../scripts/ingest/extract/place-mentions.ts';

/** The county each city mention opening a branch's name stands for, and the mentions inside the branch's name. */
function branches(text: string) {
  const mentions = placeMentions(text);
  const { county, inside } = branchesIn(text, mentions);
  return { county: [...county].map(([m, d]) => [m.text, d.name]), inside: [...inside].map((m) => m.text) };
}

function regionOfPage(name: string, bytes: Uint8Array) {
  const file = createFile({ path: name, bytes });
  for (const stage of stages) stage(file);
  const r = file.data.meta.region;
  return r ? [r.province, r.city ?? null, r.county ?? null] : null;
}

describe('a city organ’s branch named after a county', () => {
  it.each([
    // www.lukou.gov.cn (unseen4/x1-lukou): the notice's signature and its address for replies.
    ['株洲市生态环境局渌口分局', [['株洲市', '渌口区']], ['渌口']],
    ['通过书面、电子邮件、电话等形式,将意见反馈至株洲市生态环境局渌口分局。', [['株洲市', '渌口区']], ['渌口']],
    // www.yy.gov.cn (wide sample publisher-s14 01): 余姚 by its short form, a county-level city.
    ['宁波市生态环境局余姚分局起草了《余姚市“三线一单”生态环境分区管控方案(征求意见稿)》', [['宁波市', '余姚市']], []],
    // www.jiaoling.gov.cn: the county-level name written as 蕉岭.
    ['梅州市生态环境局蕉岭分局', [['梅州市', '蕉岭县']], ['蕉岭']],
    // A district named in full (jizhaodahuang.com): 黄石港区 under 黄石市; 浠水县 under 黄冈市.
    ['11月7日,黄石市生态环境局黄石港区分局组织黄石港区水利和湖泊局、黄石港区江北管理区联合黄冈市生态环境局浠水县分局', [['黄石市', '黄石港区'], ['黄冈市', '浠水县']], ['黄石港区', '浠水县']],
  ])('%s', (text, county, inside) => {
    expect(branches(text)).toEqual({ county, inside });
  });

  it.each([
    // The city's own bureau, no branch (www.yy.gov.cn).
    ['根据浙江省生态环境厅和宁波市生态环境局统一安排', 'the city bureau itself'],
    // A province's bureau's branch (cases/cx-jilin-nenjiang): 镇赉县 is under 白城市, not a child of 吉林省.
    ['吉林省监狱管理局镇赉分局', 'a province’s bureau'],
    // A zone's branch (scjgj.huaian.gov.cn): 园区 is no division.
    ['春节临近,市市场监管局园区分局紧扣“内部综合查”工作部署', 'a zone, no city named'],
    // A county of another city after the bureau: not this city's branch.
    ['宁波市生态环境局蕉岭分局', 'a county of another city'],
  ])('%s: no branch (%s)', (text) => {
    expect(branches(text)).toEqual({ county: [], inside: [] });
  });
});

describe('pages signed by a branch', () => {
  it('a notice drafted and signed by 宁波市生态环境局余姚分局 is 余姚市’s (www.yy.gov.cn)', () => {
    const page = readFileSync(path.join(import.meta.dirname, '../fixtures/region/pages/yy-yuyao-branch.txt'));
    expect(regionOfPage('yy-yuyao-branch.txt', page)).toEqual(['浙江省', '宁波市', '余姚市']);
  }, 60_000);
  it('a notice signed by 株洲市生态环境局渌口分局 is 渌口区’s, not only 株洲市’s (www.lukou.gov.cn)', () => {
    const text = [
      '关于公开征求《关于渌口区划定秸秆禁烧区的通告(征求意见稿)》意见的通告',
      '根据《中华人民共和国大气污染防治法》《湖南省大气污染防治条例》等法律法规和政策要求,经省生态环境厅和市人民政府同意,决定将渌口区全域划定为秸秆禁烧区。我分局草拟了《关于渌口区划定秸秆禁烧区的通告》,现向社会公开征求意见。',
      '通过书面、电子邮件、电话等形式,将意见反馈至株洲市生态环境局渌口分局。',
      '感谢您对生态环境工作的支持与理解!',
      '株洲市生态环境局渌口分局',
      '2025年6月30日',
    ].join('\n');
    expect(regionOfPage('lukou.txt', new TextEncoder().encode(text))).toEqual(['湖南省', '株洲市', '渌口区']);
  }, 60_000);
});
