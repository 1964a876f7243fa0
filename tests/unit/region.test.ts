import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { extractRegion } from '../../scripts/ingest/stages/region.ts';
import { clauseTokens, placeMentions } from '../../scripts/ingest/extract/place-mentions.ts';
import { divisionByCode, shortForms } from '../../scripts/ingest/extract/divisions.ts';
import type { Block, IngestFile, Region } from '../../scripts/ingest/types.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures/region');

/** A file as the structure stage leaves it. */
function cleanedFile(title: string, front: string[], blocks: Block[]): IngestFile {
  const file = createFile({ path: 'fixture.txt', bytes: new Uint8Array() });
  file.value = blocks.map((b) => b.text).join('\n');
  file.data.meta.title = title;
  file.data.front = front;
  file.data.blocks = blocks;
  return file;
}

function regionOf(title: string, body: string[], front: string[] = [], notice: string[] = [], publisher?: string): Region | undefined {
  const blocks: Block[] = [
    ...notice.map((text): Block => ({ kind: 'paragraph', part: 'notice', text })),
    ...body.map((text): Block => ({ kind: 'paragraph', part: 'body', text })),
  ];
  const file = cleanedFile(title, front, blocks);
  if (publisher) file.data.meta.source = { name: publisher };
  extractRegion(file);
  return file.data.meta.region;
}

/** The codes each place mention in the text can name. */
function codes(text: string): string[][] {
  return placeMentions(text).map((m) => m.divisions.map((d) => d.code).sort());
}

describe('division data', () => {
  it('has current divisions with GB/T 2260 codes', () => {
    expect(divisionByCode('500154')).toMatchObject({ name: '开州区', level: 'county', province: '500000' });
    expect(divisionByCode('320300')).toMatchObject({ name: '徐州市', level: 'city', province: '320000' });
    expect(divisionByCode('654000')).toMatchObject({ name: '伊犁哈萨克自治州', level: 'city' });
    expect(divisionByCode('429004')).toMatchObject({ name: '仙桃市', level: 'county', province: '420000' });
    expect(divisionByCode('429004')?.city).toBeUndefined();
  });
  it('leaves out statistical development zones and placeholders', () => {
    expect(divisionByCode('320371')).toBeUndefined(); // 徐州经济技术开发区
    expect(divisionByCode('320301')).toBeUndefined(); // 市辖区
  });
  it.each([
    ['徐州市', ['徐州']],
    ['新疆维吾尔自治区', ['新疆']],
    ['内蒙古自治区', ['内蒙古']],
    ['广西壮族自治区', ['广西']],
    ['伊犁哈萨克自治州', ['伊犁', '伊犁州']],
    ['恩施土家族苗族自治州', ['恩施', '恩施州']],
    ['海西蒙古族藏族自治州', ['海西', '海西州']],
    ['大理白族自治州', ['大理', '大理州']],
    ['锡林郭勒盟', ['锡林郭勒']],
    ['阿里地区', ['阿里']],
    ['沛县', []],
  ])('short form of %s', (name, expected) => {
    expect(shortForms(name)).toEqual(expected);
  });
});

describe('placeMentions', () => {
  it.each([
    ['全市卫健系统推进“健康徐州”建设', [['320300']]],
    ['（《徐州日报》2022年9月27日 文/王任飞 谈建荣）', [['320300']]],
    ['重庆市开州区卫生健康委员会', [['500000'], ['500154']]],
    ['加快建设新时代市域党建新高地开州样板', [['500154']]],
    ['新疆医科大学各附属医院', [['650000']]],
    ['内蒙古自治区卫生健康委', [['150000']]],
    ['广西各市卫生健康委', [['450000']]],
    ['担当起建设弊绝风清、民康太原的神圣使命', [['140100']]],
    ['恩施州各县市', [['422800']]],
    ['湖北省仙桃市人民医院', [['420000'], ['429004']]],
    ['南京市鼓楼区卫生健康委', [['320100'], ['320106']]],
    ['福州鼓楼医院', [['350100'], ['350102']]],
    ['北京朝阳', [['110000'], ['110105']]],
    ['天津和平区', [['120000'], ['120101']]],
    ['朝阳区卫生健康委', [['110105', '220104']]],
    ['朝阳市', [['211300']]],
    ['来源：嘉兴日报', [['330400']]],
    ['惠民县委、县政府高度重视', [['371621']]],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each([
    ['坚持党和政府的领导', '和政 inside 党和政府'],
    ['形势复杂多变', '杂多 inside 复杂多变'],
    ['加强人力资源建设', '资源 is an ordinary word'],
    ['聚焦惠民有感做', '惠民 is an ordinary word'],
    ['走和平发展道路', '和平 is an ordinary word'],
    ['鼓楼上的钟声', '鼓楼 without its city'],
    ['大力弘扬延安精神', 'a spirit named after a place'],
    ['发扬延安作风', 'a style named after a place'],
    ['位于中山路', 'a street named after a place'],
    ['开展“梓州健康卫士”评选活动', '梓州 is not a current division'],
    ['维护社会长治久安', '长治 inside 长治久安'],
    ['落实惠民政府补贴', '惠民 before 政府 without 县 is the ordinary word'],
  ])('no place in %s (%s)', (text) => {
    expect(placeMentions(text)).toEqual([]);
  });

  // The clause is segmented instead of the paragraph on the ground that jieba
  // splits at punctuation and spaces first; a jieba that did not would fail here.
  it.each([
    '为深入贯彻落实省委、省政府决策部署，加快建设新时代市域党建新高地开州样板，全市卫健系统推进“健康徐州”建设。',
    '新疆医科大学各附属医院 要坚持党和政府的领导；福州鼓楼医院、南京市鼓楼区卫生健康委（北京朝阳）走和平发展道路！',
  ])('segments a clause as it does inside its paragraph: %s', (text) => {
    const whole = clauseTokens(text, 0, text.length);
    expect(whole.map((w) => w.word).join('')).toBe(text);
    for (let at = 0; at < text.length; at++) {
      const clause = clauseTokens(text, at, at + 1);
      const [start, end] = [clause[0]!.index, clause.at(-1)!.end];
      expect(whole.filter((w) => w.index >= start && w.end <= end)).toEqual(clause);
      expect(whole.some((w) => (w.index < start && w.end > start) || (w.index < end && w.end > end))).toBe(false);
    }
  });
});

describe('extractRegion', () => {
  it('resolves a county to its city and province', () => {
    expect(regionOf('在全县卫生健康工作会议上的讲话', ['同志们：', '过去一年，沛县卫生健康事业取得新进展，全县医疗服务能力不断提升。'])).toEqual({
      province: '江苏省',
      city: '徐州市',
      county: '沛县',
      code: '320322',
    });
  });
  it('resolves an ambiguous district by its city named elsewhere', () => {
    expect(regionOf('在全区卫生健康工作会议上的讲话', ['鼓楼区委、区政府高度重视卫生健康工作。', '为建设美丽徐州贡献鼓楼力量。'])).toEqual({
      province: '江苏省',
      city: '徐州市',
      county: '鼓楼区',
      code: '320302',
    });
  });
  it('leaves an ambiguous district without context unresolved', () => {
    expect(regionOf('在全区卫生健康工作会议上的讲话', ['鼓楼区委、区政府高度重视卫生健康工作，全区上下团结一心。'])).toBeUndefined();
  });
  it('keeps the common parent of an ambiguous name', () => {
    // Both 鼓楼区 of 江苏 (南京, 徐州) share the province.
    expect(regionOf('在全省卫生健康工作会议上的讲话', ['江苏省卫生健康委员会召开会议。', '江苏鼓楼区经验值得推广。'])).toEqual({ province: '江苏省', code: '320000' });
  });
  it('stops at the city in a city-level document that names its counties', () => {
    expect(
      regionOf('在全市卫生健康工作会议上的讲话', ['全市各县（市、区）要对标找差。', '铜山区、贾汪区、沛县作了交流发言。', '奋力谱写健康徐州新篇章。']),
    ).toEqual({ province: '江苏省', city: '徐州市', code: '320300' });
  });
  it('stops at the province in a provincial document', () => {
    expect(regionOf('在全省医改工作会议上的讲话', ['江苏各地积极探索。', '南京、徐州、苏州等市走在前列。', '全省上下要再接再厉。'])).toEqual({
      province: '江苏省',
      code: '320000',
    });
  });
  it('gives no region from shared names without context', () => {
    // 新城区 (西安, 呼和浩特) and 青山区 (包头, 武汉) have nothing in common.
    expect(regionOf('学习体会', ['建设新城区，青山绿水就是金山银山。'])).toBeUndefined();
  });
  it('gives no region when no place dominates', () => {
    expect(regionOf('学习体会', ['浙江、江苏、广东、四川等地的经验值得学习。'])).toBeUndefined();
  });
  it('reads 全区 as the autonomous region when the document speaks of 自治区', () => {
    expect(regionOf('在全区卫生工作会议上的讲话', ['自治区卫生健康委要求，全区各地抓好落实。', '新疆各族群众的健康水平不断提高。'])).toEqual({
      province: '新疆维吾尔自治区',
      code: '650000',
    });
  });
  it('takes addressees as the sender’s area, not the sender', () => {
    expect(regionOf('关于做好冬春季疫情防控的通知', ['请认真贯彻落实。'], [], ['各州、市卫生健康委，恩施州卫生健康委：'])).toEqual({
      province: '湖北省',
      code: '420000',
    });
  });
  it('takes a county-level city directly under its province', () => {
    expect(regionOf('在全市卫生健康工作会议上的讲话', ['仙桃市卫生健康委召开会议，全市医疗卫生系统参加。'])).toEqual({
      province: '湖北省',
      county: '仙桃市',
      code: '429004',
    });
  });
  it('takes a county from the title even when the text never says 全县', () => {
    expect(regionOf('丰县召开卫生健康工作会议', ['会议总结了过去一年的工作。'])).toEqual({
      province: '江苏省',
      city: '徐州市',
      county: '丰县',
      code: '320321',
    });
  });

  it('takes a government or news publisher as evidence, but not a forum or a company', () => {
    const body = ['去年以来，我市认真贯彻落实省委、省政府的决策部署，全市生产安全事故实现“双下降”。'];
    expect(regionOf('在全市安全生产工作会议上的讲话', body, [], [], '赣州市人民政府网站')).toEqual({ province: '江西省', city: '赣州市', code: '360700' });
    expect(regionOf('在全县优化营商环境大会上的讲话', ['我县坚持把优化营商环境作为一号工程。'], [], [], '平遥县委办公室')).toEqual({
      province: '山西省', city: '晋中市', county: '平遥县', code: '140728',
    });
    expect(regionOf('在全县党建工作座谈会上的讲话', ['我县党建工作取得新成效。'], [], [], '泉州市老秘网络科技有限公司')).toBeUndefined();
  });

  it('does not take the venue of a national meeting for the document’s place', () => {
    const body = ['我市认真贯彻落实党中央决策部署。前不久在北京召开的全国安全生产电视电话会议，对今年工作作了全面部署。'];
    expect(regionOf('在全市安全生产工作会议上的讲话', body)).toBeUndefined();
    // A local meeting held in a named place still counts.
    expect(regionOf('在全市安全生产工作会议上的讲话', ['近日，全市安全生产工作会议在徐州召开。'])).toEqual({ province: '江苏省', city: '徐州市', code: '320300' });
  });

  describe('seeds, as cleaned by the stages before', () => {
    const files = readdirSync(fixtures).filter((f) => f.endsWith('.json'));
    it.each(files)('%s', (name) => {
      const fixture = JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as {
        title: string;
        front: string[];
        blocks: Block[];
        expected: Region | null;
      };
      const file = cleanedFile(fixture.title, fixture.front, fixture.blocks);
      extractRegion(file);
      expect(file.data.meta.region ?? null).toEqual(fixture.expected);
    });
  });
});
