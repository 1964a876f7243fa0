// The region stage on pages where a place other than the document's own is
// named prominently (the regionwrong class, thirty-first session): a visiting
// party's home, a trip's destination, a list of a joint meeting's places, a
// ranking's runner-up: the class sample of new sites (tests/fixtures/region/regionwrong,
// labelled by hand before any run) and the development page the change placed, each
// run through the stages the region stage reads after (cleaning, structure, source).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asRegion, evalRaw, ingest, ruleIds, type Labelled } from './region-sample.ts';

const sample = path.join(import.meta.dirname, '../fixtures/region/regionwrong');

describe('the regionwrong class sample of new sites', () => {
  const { pages } = JSON.parse(readFileSync(path.join(sample, 'labels.json'), 'utf8')) as { pages: Labelled[] };
  /** Left, each with what it gets today (docs/eval.md, thirty-first session: regionwrong): never a place the label does not name. */
  const left: Record<string, { province: string | null; city: string | null; county: string | null }> = {
    // 德州新闻网讯 glued to its pinyin (德州新聞網(wǎng)訊) is not read as a dateline: 我县 stays unnamed.
    'floorcoveringcontractor-dezhou-county-visitors-trad.txt': { province: null, city: null, county: null },
    // 来源:广宁公安 closing the text is not read as its source; the lede lists four police forces.
    'guangningzx-four-police-forum.txt': { province: '广东省', city: '肇庆市', county: null },
    // 舟山市…一行赴万源市: written as a trip; only the dateline's 达州日报 says it is written at the destination.
    'ce5-wanyuan-zhoushan-aid.txt': { province: null, city: null, county: null },
    // 霍邱县 named once, inside its hospital's name, with no other place and no relative reference of its kind.
    'hqyy-huoqiu-shanghai-doctors.txt': { province: null, city: null, county: null },
  };
  /**
   * Half B pages the change did not move (counted before and after, read only after):
   * still placed at another place. A trip in the title (我市赴乡城县…) is not discounted
   * there; 走进常山 is no trip cue; a ranking's runner-up (第二名的敦化市) is read as the
   * text's own area. Written down so that a change moving them shows here.
   */
  const wrongToday: Record<string, { province: string | null; city: string | null; county: string | null }> = {
    'jdnews-jiande-xiangcheng-aid.txt': { province: '四川省', city: '甘孜藏族自治州', county: '乡城县' },
    'qzhospital-quzhou-changshan-clinic.txt': { province: '浙江省', city: '衢州市', county: '常山县' },
    'mhk-county-economy-ranking.txt': { province: '吉林省', city: '延边朝鲜族自治州', county: '敦化市' },
  };
  it('holds 15 pages of 15 sites, 8 in half A', () => {
    expect(pages).toHaveLength(15);
    expect(new Set(pages.map((p) => (p as Labelled & { site: string }).site)).size).toBe(15);
    expect(pages.filter((p) => p.half === 'A')).toHaveLength(8);
  });
  it.each(pages.filter((p) => !(p.file in left) && !(p.file in wrongToday)).map((p) => [p.file, p] as const))('%s', (name, page) => {
    expect(asRegion(ingest(name, readFileSync(path.join(sample, name))).data.meta.region)).toEqual(page.expected);
  });
  it.each(Object.entries(left))('%s is left short of its label, not placed elsewhere', (name, today) => {
    expect(asRegion(ingest(name, readFileSync(path.join(sample, name))).data.meta.region)).toEqual(today);
  });
  it.each(Object.entries(wrongToday))('%s (half B, not moved) gives what it gave before the change', (name, today) => {
    expect(asRegion(ingest(name, readFileSync(path.join(sample, name))).data.meta.region)).toEqual(today);
  });
  it('a ranking’s scope is logged as region-ranking-scope (m.dentiste-levallois-perret.com)', () => {
    const name = 'dentiste-shangnan-ranking-trad.txt';
    expect(ruleIds(ingest(name, readFileSync(path.join(sample, name))))).toContain('region-ranking-scope');
  });
  it('a visiting party’s home named before its coming is logged as region-arrival (wenxian1.gszlwl.cn)', () => {
    const name = 'gszlwl-wenxian-jimo-aid.txt';
    expect(ruleIds(ingest(name, readFileSync(path.join(sample, name))))).toContain('region-arrival');
  });
});

describe('a party coming to the place, the page’s neighbour links and an owner’s venue (development pages)', () => {
  it('延安市’s meeting 在富县召开, reported by a provincial paper: the city, not its venue: ehsb.hspress.net, unseen21', () => {
    const { raw, bytes } = evalRaw('unseen21/c21-hspress-yanan-county-media-convergence-meeting-report');
    const file = ingest(raw, bytes);
    expect(asRegion(file.data.meta.region)).toEqual({ province: '陕西省', city: '延安市', county: null });
    expect(ruleIds(file)).toContain('region-held-at');
  });
  it('陇县’s party 来凤考察, hosted by 凤翔区 (我区), under a link to 四川省眉山市政协来凤考察…: sxfxzx2.gov.cn, unseen26', () => {
    const { raw, bytes } = evalRaw('unseen26/c26-sxfxzx2-fengxiang-cppcc-longxian-delegation-civilized-city-report');
    const file = ingest(raw, bytes);
    expect(asRegion(file.data.meta.region)).toEqual({ province: '陕西省', city: '宝鸡市', county: '凤翔区' });
    expect(ruleIds(file)).toEqual(expect.arrayContaining(['region-arrival', 'region-neighbour-link']));
  });
});
