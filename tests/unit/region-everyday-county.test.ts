// A county's short name that is also an everyday phrase jieba's dictionary tags
// as a place (上街: 郑州's 上街区, and "go out into the street") names the county
// only with its parent, an organ after it or its level (region-cues.ts
// ORDINARY_COUNTY_NAMES; placenull, twenty-eighth session).
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile, structureStages } from '../../scripts/ingest/pipeline.ts';
import { extractRegion } from '../../scripts/ingest/stages/region.ts';
import { extractSource } from '../../scripts/ingest/stages/source.ts';
import { placeMentions } from '../../scripts/ingest/extract/place-mentions.ts';

const names = (text: string) => placeMentions(text).map((m) => `${m.text} ${m.divisions.map((d) => d.name).join('/')}`);

function regionOf(text: string): { province: string | null; city: string | null; county: string | null } {
  const ingest = createFile({ path: 'page.txt', bytes: new TextEncoder().encode(text) });
  for (const stage of [...cleaningStages, ...structureStages, extractSource, extractRegion]) stage(ingest);
  const r = ingest.data.meta.region;
  return { province: r?.province ?? null, city: r?.city ?? null, county: r?.county ?? null };
}

describe('上街 as an everyday phrase', () => {
  it.each([
    // unseen20/c20-qhdhgq: district staff clear the snow.
    ['单位工作人员积极响应区委、区政府号召，冒着严寒上街清扫积雪', []],
    // unseen20/c20-qdhnews: a township's cadres and pupils clean the streets.
    ['还组织了乡政府驻地干部群众和屏门中学师生上街打扫卫生', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  }, 60_000);

  it.each([
    // The district itself: in full, with its parent before it, or with an organ after it.
    ['上街区召开安全生产工作会议', ['上街区 上街区']],
    ['郑州上街的发展', ['郑州 郑州市', '上街 上街区']],
    ['上街区委书记到企业调研', ['上街区 上街区']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  }, 60_000);
});

describe('a township in the title is no longer outvoted by 上街 read as 上街区', () => {
  // qdhnews.com.cn (unseen20/c20-qdhnews): 屏门乡 is the one township of its name (淳安县);
  // 上街打扫卫生 had read as 河南省's 上街区 and, lying in another province, dropped the township.
  const page = [
    '屏门乡清洁乡村掀高潮',
    '',
    '2月20日，屏门乡召集乡村干部召开清洁乡村推进会。',
    '',
    '会上，在总结和表彰2008年县乡清洁乡村先进的同时，提出了2009年清洁乡村工作新目标、新措施。会后，还组织了乡政府驻地干部群众和屏门中学师生上街打扫卫生。',
  ].join('\n');
  it('places the text in 淳安县', () => {
    expect(regionOf(page)).toEqual({ province: '浙江省', city: '杭州市', county: '淳安县' });
  }, 60_000);
  // qhdhgq (unseen20/c20-qhdhgq): a district's own report naming no district: nothing.
  const snow = ['区直部门上街清雪', '', '1月4日，区直各部门、单位工作人员积极响应区委、区政府号召，冒着严寒上街清扫积雪，区长带头参加清雪活动。'].join('\n');
  it('leaves a text that names no place empty', () => {
    expect(regionOf(snow)).toEqual({ province: null, city: null, county: null });
  }, 60_000);
});
