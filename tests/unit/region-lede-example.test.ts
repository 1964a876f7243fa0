// A lede's county named no more often than each of two or more other counties of
// the same place is one example of a round-up over them: the region stops at the place.
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile, structureStages } from '../../scripts/ingest/pipeline.ts';
import { extractRegion } from '../../scripts/ingest/stages/region.ts';
import { extractSource } from '../../scripts/ingest/stages/source.ts';

function regionOf(text: string): { province: string | null; city: string | null; county: string | null } {
  const ingest = createFile({ path: 'page.txt', bytes: new TextEncoder().encode(text) });
  for (const stage of [...cleaningStages, ...structureStages, extractSource, extractRegion]) stage(ingest);
  const r = ingest.data.meta.region;
  return { province: r?.province ?? null, city: r?.city ?? null, county: r?.county ?? null };
}

// dhcdi (unseen6/z1-dhcdi): 惠安县 opens the lede, then 丰泽区 and 晋江市 are named as often.
const quanzhou = [
  '不久前，泉州市惠安县召开警示教育大会，现场播放警示教育片《奖励政策变“生财之道”》。同时，大会结合新修订的《中国共产党纪律处分条例》，将违纪事实对照六项纪律逐项剖析阐释，突出以案示警、以案说纪、以案明纪。',
  '“案中人”是最好的“教科书”，“案中事”是最好的“清醒剂”。泉州市纪检监察机关在加大案件查处力度同时，深化运用“以案四说”机制，注重发挥典型案件的警示教育作用。',
  '持续丰富载体形式，增强警示教育吸引力和感染力。丰泽区组织该区200余名党员领导干部到泉州监狱，听取职务犯罪人员现身说法。晋江市纪委监委则采取“案件情景重现+违纪违法事例剖析+当事人现身说法+办案干部点评”方式摄制警示片。',
];

describe('a lede county among peers of the same city', () => {
  it('stops at the city when two other counties are named as often (dhcdi)', () => {
    expect(regionOf(quanzhou.join('\n'))).toEqual({ province: '福建省', city: '泉州市', county: null });
  });
  it('keeps the county when only one other county is named beside it', () => {
    const one = [quanzhou[0], quanzhou[1], '持续丰富载体形式，增强警示教育吸引力和感染力。丰泽区组织该区200余名党员领导干部到泉州监狱，听取职务犯罪人员现身说法。'];
    expect(regionOf(one.join('\n'))).toEqual({ province: '福建省', city: '泉州市', county: '惠安县' });
  });
  it('keeps the county when the lede names it more often than its peers', () => {
    const more = [quanzhou[0].replace('同时，大会', '同时，惠安县'), quanzhou[1], quanzhou[2]];
    expect(regionOf(more.join('\n'))).toEqual({ province: '福建省', city: '泉州市', county: '惠安县' });
  });
});
