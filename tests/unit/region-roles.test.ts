// The roles of lines and place names for the region: footer fields, lists of
// places, institutions merely mentioned and national issuers, on real lines.
import { describe, expect, it } from 'vitest';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { extractRegion } from '../../scripts/ingest/stages/region.ts';
import { placeMentions } from '../../scripts/ingest/extract/place-mentions.ts';
import { hasNationalIssuer, isFooterLine, isPlaceList } from '../../scripts/ingest/extract/region-roles.ts';
import type { Block, IngestFile } from '../../scripts/ingest/types.ts';

/** A file as the structure and source stages leave it. */
function cleaned(title: string, blocks: Block[], source?: string): IngestFile {
  const file = createFile({ path: 'fixture.txt', bytes: new Uint8Array() });
  file.value = blocks.map((b) => b.text).join('\n');
  file.data.meta.title = title;
  file.data.blocks = blocks;
  if (source) file.data.meta.source = { name: source };
  return file;
}
const paragraph = (text: string, part: Block['part'] = 'body'): Block => ({ kind: 'paragraph', text, part }) as Block;
const regionOf = (file: IngestFile) => {
  extractRegion(file);
  const r = file.data.meta.region;
  return [r?.province ?? null, r?.city ?? null, r?.county ?? null];
};

describe('footer and contact fields', () => {
  it.each([
    ['主办：凯里市人民政府办公室  地址：贵州省凯里市行政中心C座', 'www.kaili.gov.cn footer'],
    ['主办：万载县人民政府  承办：万载县人民政府办公室', 'www.wanzai.gov.cn footer'],
    ['通讯地址:六安市行政中心10号楼403室', 'wjw.luan.gov.cn contact block'],
    ['版权所有:六安市卫生健康委员会(市中医药管理局)', 'wjw.luan.gov.cn footer'],
  ])('%s (%s) is a footer field', (line) => {
    expect(isFooterLine(line)).toBe(true);
  });
  it.each([
    '六安市卫生健康委员会',
    '2018年1月上旬，市爱卫办组织专家对金寨县燕子河镇和霍山县下符桥镇创建市级卫生镇工作进行了现场技术评估。',
    '长沙县卫生健康局',
  ])('%s is not', (line) => {
    expect(isFooterLine(line)).toBe(false);
  });
});

describe('lists of places', () => {
  it.each([
    // www.southcn.com's directory of the province's cities, its links' text in order.
    '广州市 深圳市 佛山市 珠海市 中山市 东莞市 惠州市 汕头市',
    // m.lc123.net: a national notice's list of the counties it names.
    '江苏省 南京市六合区，南通市通州区，泰州市海陵区',
    '福建省 福州市马尾区，安溪县，福清市，长乐市、厦门市翔安区，厦门市集美区，厦门市同安区',
  ])('%s', (line) => {
    expect(isPlaceList(line)).toBe(true);
  });
  it.each([
    // Prose naming three places, and an address: one place and its parents.
    '这期研修班200名学员参加了座谈会，浙江省丽水市莲都区委书记林健东、吉林省四平市伊通县委书记孙立荣先后发言。',
    '在河北省遵化市东新庄镇一家庭农场',
    '重庆市开州区卫生健康委员会',
  ])('not a list: %s', (line) => {
    expect(isPlaceList(line)).toBe(false);
  });
  it('a list standing first in the text does not place the document (m.lc123.net)', () => {
    const file = cleaned('关于授予国家生态县称号的公告', [
      paragraph('江苏省 南京市六合区，南通市通州区，泰州市海陵区'),
      paragraph('以上地区要珍惜荣誉，巩固创建成果，持续改善生态环境质量。'),
    ]);
    expect(regionOf(file)).toEqual([null, null, null]);
  });
});

describe('an institution the text only mentions', () => {
  it('is marked on its place name', () => {
    // msdfz.org.cn: 北京大学 is where the commentator works.
    const [mention] = placeMentions('央视《新闻1+1》近日邀请了北京大学的王锡锌教授做分析点评。');
    expect([mention!.text, mention!.institution]).toEqual(['北京', true]);
    // bynews.bjmu.edu.cn: the hospital where the surgeon works.
    expect(placeMentions('现任北京大学第一医院胸外科主任。')[0]?.institution).toBe(true);
    expect(placeMentions('北京市卫生健康委员会')[0]?.institution).toBeUndefined();
  });
  it('in the lede does not place a document, though its place is named there', () => {
    const file = cleaned('总理和网民互动是倾听“原生态”的声音', [
      paragraph('国务院总理与普通网民在网上零距离的交流，可以说成了大家热议的一个话题。央视《新闻1+1》近日邀请了北京大学的王锡锌教授做分析点评。'),
      paragraph('王锡锌：我觉得这种形式非常好。'),
    ]);
    expect(regionOf(file)).toEqual([null, null, null]);
  });
  it('as the publisher places it', () => {
    const file = cleaned('我院召开2024年度职工代表大会', [paragraph('3月12日，我院召开2024年度职工代表大会，全院职工代表参加会议。')], '北京大学第三医院');
    expect(regionOf(file)).toEqual(['北京市', null, null]);
  });
});

describe('a national issuer', () => {
  const segments = (title: string, closing: string[] = []) => [{ kind: 'title' as const, text: title }, ...closing.map((text) => ({ kind: 'closing' as const, text }))];
  it.each([
    [segments('中国证券业协会倡议书：全力维护市场稳定', ['中国证券业协会', '2015年7月4日']), true],
    [segments('中央军委主席习近平签署命令 发布《军队装备试验鉴定规定》'), true],
    [segments('中共湖南省委办公厅关于印发…的通知'), false],
    [segments('长沙县卫生健康局关于公开征求意见的通知', ['长沙县卫生健康局']), false],
    [segments('工商部门初定SKII广告属于虚假宣传'), false],
  ])('%j → %s', (list, expected) => {
    expect(hasNationalIssuer(list)).toBe(expected);
  });
  it('keeps a reposting medium from placing the document (money.163.com)', () => {
    const file = cleaned(
      '中国证券业协会倡议书：全力维护市场稳定',
      [paragraph('一、正确认识我国经济和资本市场发展形势。当前，改革开放红利继续释放的趋势没有改变。'), paragraph('中国证券业协会', 'closing'), paragraph('2015年7月4日', 'closing')],
      '第一财经日报(上海',
    );
    expect(regionOf(file)).toEqual([null, null, null]);
    expect(file.messages.map((m) => m.ruleId)).toContain('region-national');
  });
});

describe('a notice’s addressees', () => {
  it('a zone named after a place is inside it: the sender is that place (www.gzlps.gov.cn)', () => {
    const file = cleaned('市人民政府办公室关于印发健康行动推进方案的通知', [
      paragraph('各县、市、特区、区人民政府，六盘水高新区管委会、各经济开发区管委会，市人民政府各部门、各直属机构：', 'notice'),
      paragraph('《推进方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。', 'notice'),
    ]);
    expect(regionOf(file)).toEqual(['贵州省', '六盘水市', null]);
  });
  it('a place addressed itself is below the sender', () => {
    const file = cleaned('关于做好卫生应急工作的通知', [
      paragraph('伊犁哈萨克自治州，各地、州、市卫生局：', 'notice'),
      paragraph('现将有关事项通知如下，请认真贯彻执行。', 'notice'),
    ]);
    expect(regionOf(file)).toEqual(['新疆维吾尔自治区', null, null]);
  });
  it.each([
    ['教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知', '各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局，部属各高等学校党委、部省合建各高等学校党委：', 'www.moe.gov.cn'],
    ['关于印发紧密型城市医疗集团试点城市名单的通知', '各省、自治区、直辖市及新疆生产建设兵团卫生健康委、发展改革委、财政厅(局)、人力资源社会保障厅(局)、中医药局、疾控局:', 'mxzdjyxk.cn'],
  ])('a province among the recipients has the nation above it: no place (%s, %s)', (title, addressees) => {
    const file = cleaned(title, [paragraph(addressees), paragraph('现将有关事项通知如下，请认真贯彻执行。')]);
    expect(regionOf(file)).toEqual([null, null, null]);
  });
});

describe('the publisher against the places the text names', () => {
  it('a place named once in passing does not unseat the site named after its county (221.176.229.56, 中国舞阳网)', () => {
    const file = cleaned(
      '县委县政府重点工作第52次周交办会议召开',
      [paragraph('8月22日，县委副书记、县长朱暑光主持召开县委县政府重点工作第52次周交办会议，着力推动城区大外环、五馆一中心及城区水系二期、职业中专、平漯周高铁片区、沙河复航、开发区道路等重点项目建设，确保全县经济社会健康快速发展。')],
      '中国舞阳网',
    );
    expect(regionOf(file)).toEqual(['河南省', '漯河市', '舞阳县']);
  });
  it('a place the title establishes does (j.021east.com’s news of Xinjiang as a county’s site would repost it)', () => {
    const file = cleaned('突发！新疆地震', [paragraph('据中国地震台网正式测定，5月20日13时10分在新疆克孜勒苏州阿图什市发生5.2级地震，震源深度19公里，震中位于北纬40.28度，东经77.05度。')], '中国舞阳网');
    expect(regionOf(file)).toEqual(['新疆维吾尔自治区', '克孜勒苏柯尔克孜自治州', '阿图什市']);
  });
});
