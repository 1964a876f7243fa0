// Hong Kong, Macao or Taiwan named in a mainland text as where people come from or
// where something goes (会见台湾客人, 书画展亮相澳门, 我来自香港无线电视) is a passing
// name, not the text's place (region-cues.ts AREA_PASSING_CUES; placeguard,
// twenty-ninth session). A Hong Kong text in its own script, or one that names the
// area as its own, is still placed there.
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile, structureStages } from '../../scripts/ingest/pipeline.ts';
import { extractRegion } from '../../scripts/ingest/stages/region.ts';
import { extractSource } from '../../scripts/ingest/stages/source.ts';
import { AREA_PASSING_AFTER, AREA_PASSING_BEFORE } from '../../scripts/ingest/extract/region-cues.ts';

function regionOf(text: string): { province: string | null; city: string | null; county: string | null } {
  const ingest = createFile({ path: 'page.txt', bytes: new TextEncoder().encode(text) });
  for (const stage of [...cleaningStages, ...structureStages, extractSource, extractRegion]) stage(ingest);
  const r = ingest.data.meta.region;
  return { province: r?.province ?? null, city: r?.city ?? null, county: r?.county ?? null };
}

describe('the words around the area name', () => {
  it.each([
    ['会见', '客人丁渝洲一行', true],
    ['率', '制造业界考察团32人来我市', true],
    ['书画展亮相', '', true],
    ['我来自', '无线电视', true],
    ['代表团将赴', '出席', true],
    // The area's own: its government, its economy, a place of it.
    ['', '特区政府今日宣布', false],
    ['支持', '经济发展', false],
    ['', '回归祖国25周年', false],
  ])('%s【area】%s: passing %s', (before, after, passing) => {
    expect(AREA_PASSING_BEFORE.test(before) || AREA_PASSING_AFTER.test(after)).toBe(passing);
  });
});

describe('a mainland report naming Taiwan or Macao in passing', () => {
  // rznews.cn (kinds2/k3-rznews) in short: the city receives Taiwanese guests; on main: 台湾省 from the title.
  const guests = [
    '市委书记会见台湾客人',
    '',
    '日照讯（记者 王明）10月8日，市委书记李华会见了来日照参访的台湾客人一行。',
    '',
    '李华对客人一行的到来表示热烈欢迎，并介绍了日照的经济社会发展情况。客人们对日照市的热情接待表示感谢。',
  ].join('\n');
  it('places the hosts, not the guests', () => {
    expect(regionOf(guests)).toEqual({ province: '山东省', city: '日照市', county: null });
  }, 60_000);
  // xiangtan.gov.cn (unseen14/a14-xiangtan) in short: a city's exhibition shown in Macao; on main: 澳门特别行政区 from the title.
  const show = [
    '书画展亮相澳门',
    '',
    '9月29日，由湘潭市文化产业协会带来的书画名家作品展成为展会上的一大亮点。湘潭艺术家应邀进行了现场创作。',
  ].join('\n');
  it('places the exhibitors, not the show', () => {
    expect(regionOf(show)).toEqual({ province: '湖南省', city: '湘潭市', county: null });
  }, 60_000);
});

describe('the area as the text own place still counts', () => {
  const own = ['香港特区政府推出新措施', '', '香港特区政府今日宣布，将于下月起推出新措施，支持香港中小企业发展。'].join('\n');
  it('a report on the area itself', () => {
    expect(regionOf(own)).toEqual({ province: '香港特别行政区', city: null, county: null });
  }, 60_000);
});
