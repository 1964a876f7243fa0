import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile, structureStages } from '../../scripts/ingest/pipeline.ts';
import { extractRegion } from '../../scripts/ingest/stages/region.ts';
import { extractSource } from '../../scripts/ingest/stages/source.ts';

/** Raw page text through the stages the region stage reads after (cleaning, structure, source). */
function regionOf(text: string): { province: string | null; city: string | null; county: string | null } {
  const ingest = createFile({ path: 'page.txt', bytes: new TextEncoder().encode(text) });
  for (const stage of [...cleaningStages, ...structureStages, extractSource, extractRegion]) stage(ingest);
  const r = ingest.data.meta.region;
  return { province: r?.province ?? null, city: r?.city ?? null, county: r?.county ?? null };
}

const XUCHANG_BODY =
  '根据省政府办公厅通知精神,为便于各地、各单位及早合理安排工作,现将2021年中秋节、国庆节放假日期安排通知如下。\n\n中秋节:9月19日至21日放假调休,共3天。9月18日(星期六)上班。\n\n国庆节:10月1日至7日放假调休,共7天。9月26日(星期日)、10月9日(星期六)上班。\n\n节假日期间,各地、各单位要妥善安排好值班和安全、保卫等工作,遇有重大突发事件,要按规定及时报告并妥善处置,确保人民群众祥和平安度过节日假期。\n\n2021年9月16日\n';

describe('an addressee off the line of the sender the title names (organplace, sixteenth session)', () => {
  it('drops 东城区管委会, a zone of 许昌 that GB/T 2260 reads as Beijing’s 东城区, and the title’s sender stands (xuchang.gov.cn, unseen7/b7)', () => {
    const text = `许昌市人民政府办公室关于2021年中秋节国庆节放假安排的通知\n\n各县(市、区)人民政府,市城乡一体化示范区、经济技术开发区、东城区管委会,市直各单位:\n\n${XUCHANG_BODY}`;
    expect(regionOf(text)).toEqual({ province: '河南省', city: '许昌市', county: null });
  });

  it('keeps addressees on the sender’s line: the sender is still the place (岳阳 under 岳阳市, pingjiang.gov.cn)', () => {
    const text = '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知\n\n各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:\n\n《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。\n\n中共岳阳市委办公室\n\n岳阳市人民政府办公室\n\n2017年1月10日\n';
    expect(regionOf(text)).toEqual({ province: '湖南省', city: '岳阳市', county: null });
  });

  it('without a sender in the title the addressee list is not judged against one (the title names no organ)', () => {
    const text = `关于2021年中秋节国庆节放假安排的通知\n\n各县(市、区)人民政府,市城乡一体化示范区、经济技术开发区、东城区管委会,市直各单位:\n\n${XUCHANG_BODY}`;
    expect(regionOf(text).province).not.toBe('河南省');
  });
});
