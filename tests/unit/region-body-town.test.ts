// A county's own townships named in the lede or body of a text in the county's
// own voice (我县, 县委…, or a county post without its place: ，副县长吉海) place
// the text in that county: a township one township in the country bears
// (涟城街道), or a list of bare names closed by 乡镇 (国华、高阳…等乡镇) that one
// county holds (region-evidence.ts bodyTownsIn, townListIn; placeown2,
// twenty-ninth session).
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile, structureStages } from '../../scripts/ingest/pipeline.ts';
import { extractRegion } from '../../scripts/ingest/stages/region.ts';
import { extractSource } from '../../scripts/ingest/stages/source.ts';
import { townListIn } from '../../scripts/ingest/extract/region-evidence.ts';

function regionOf(text: string): { province: string | null; city: string | null; county: string | null; rules: string[] } {
  const ingest = createFile({ path: 'page.txt', bytes: new TextEncoder().encode(text) });
  for (const stage of [...cleaningStages, ...structureStages, extractSource, extractRegion]) stage(ingest);
  const r = ingest.data.meta.region;
  const rules = [...new Set(ingest.messages.filter((m) => String(m.ruleId ?? '').startsWith('region-')).map((m) => String(m.ruleId)))];
  return { province: r?.province ?? null, city: r?.city ?? null, county: r?.county ?? null, rules };
}

const read = (text: string) => townListIn(text).towns.map((t) => `${t.text} ${t.divisions.map((d) => d.name).join('/')}`);

describe('a list of bare township names closed by 乡镇', () => {
  it.each([
    // scgw.gov.cn (kinds1/k1-scgw): 旺苍县 holds 国华镇, 高阳镇, 盐河镇 and 天星镇; 万家 is another county's.
    ['胥勋雷一行先后深入国华、高阳、盐河、万家、天星等乡镇，对“六打六治”专项整治行动工作开展情况进行检查', ['国华 旺苍县', '高阳 旺苍县', '盐河 旺苍县', '天星 旺苍县']],
    // dsnews.zjol.com.cn (kinds2/k3-zjol): 东沙镇 and 长涂镇, both of 岱山县.
    ['调研组一行还实地走访了东沙、长涂两个乡镇的社区（村）和企业', ['东沙 岱山县', '长涂 岱山县']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  }, 60_000);

  it.each([
    // Names many counties share: no county holds them all, and none alone.
    ['县领导分别到城关、新华、红星等乡镇督导检查'],
    // Two names only one of which a county holds: all of two are needed.
    ['走访了东沙、新华两个乡镇'],
    // No 乡镇 after the list: names of anything.
    ['先后深入国华、高阳、盐河、天星等地检查'],
  ])('%s reads no township', (text) => {
    expect(read(text)).toEqual([]);
  }, 60_000);
});

describe('a county’s own townships in its body', () => {
  // lsxw.net.cn (kinds1/k1-lsxw), shortened: the deputy county head's inspection reaches
  // 涟城街道, the one subdistrict of that name (涟水县); no other place is named.
  const lsxw = [
    '县领导开展中秋节前安全生产大检查',
    '',
    '本报讯 9月9日，副县长吉海带领县农业农村局、民政局、生态环境局、民宗局等部门相关负责人开展中秋节前安全生产大检查。',
    '',
    '吉海一行先后深入县基督教中心教堂、涟城街道敬老院等地，通过看现场、听汇报、找问题等方式现场检查安全生产工作。',
  ].join('\n');
  it('places a county post’s inspection at its township’s county', () => {
    expect(regionOf(lsxw)).toEqual({ province: '江苏省', city: '淮安市', county: '涟水县', rules: ['region-body-town'] });
  }, 60_000);

  // The same inspection told by a provincial paper (no county voice): the township is a place it passes through.
  const visit = [
    '省安委会督导组开展中秋节前安全生产大检查',
    '',
    '9月9日，省安委会督导组组长带领省应急管理厅、民政厅等部门相关负责人开展中秋节前安全生产大检查。',
    '',
    '督导组一行先后深入涟城街道敬老院等地，通过看现场、听汇报、找问题等方式现场检查安全生产工作。',
  ].join('\n');
  it('does not read a township without the county’s voice', () => {
    expect(regionOf(visit)).toMatchObject({ province: null, city: null, county: null });
  }, 60_000);

  // yxxww.cn (class sample): 梅仙镇 is a township of 尤溪县 and of 平江县: it names no county.
  const meixian = [
    '县委书记周庆裕率队到梅仙镇调研推进乡村振兴工作',
    '',
    '昨天（22日）下午，县委书记周庆裕率队到梅仙镇调研推进乡村振兴工作。',
    '',
    '周庆裕先后到梅仙镇汶潭村、半山村，实地察看防洪堤工程、望月民宿提升路段等项目建设情况。县领导缑泽昆、雷泉明参加调研。',
  ].join('\n');
  it('leaves a township two counties bear empty', () => {
    expect(regionOf(meixian)).toMatchObject({ province: null, city: null, county: null });
  }, 60_000);

  // A county's party visiting another county's township (赴…学习): the destination is no place of the text.
  const trip = [
    '我县考察团赴外地学习',
    '',
    '11月25日，副县长带队组成考察团，赴涟城街道学习考察社区治理工作，县民政局、各乡镇负责同志参加。',
    '',
    '考察团表示，将认真借鉴先进经验，推动我县社区治理工作再上新台阶。',
  ].join('\n');
  it('does not take a destination for the county', () => {
    expect(regionOf(trip)).toMatchObject({ province: null, city: null, county: null });
  }, 60_000);
});
