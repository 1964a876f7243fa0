// The model of the text's own place (scripts/ingest/extract/region-own.ts): the
// roles it reads around a mention, the fill below the rules' place, and the
// committed weights and margin as the committed procedure
// (scripts/eval/fit-region-own.ts) gives them from the committed features of
// the development sets (scripts/eval/region-own-features.json; unseen23, the
// validation set, never fitted).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fit, fitTop, fourToOne, loadRows, TOP_FEATURES, type Judged } from '../../scripts/eval/fit-region-own.ts';
import { createFile, stages } from '../../scripts/ingest/pipeline.ts';
import { divisionByCode, type Division } from '../../scripts/ingest/extract/divisions.ts';
import type { Evidence } from '../../scripts/ingest/extract/region-evidence.ts';
import { ownCandidates, ownFill, ownFillTop, ownModel, type OwnModel } from '../../scripts/ingest/extract/region-own.ts';

const at = (code: string) => divisionByCode(code)!;
const mention = (division: Division, text: string, segment: string): Evidence => ({ divisions: [division], tier: 'body', organ: false, text, segment });
const segments = (...texts: string[]) => texts.map((text) => ({ text, kind: 'body' as const }));
const featuresOf = (evidence: Evidence[], code: string) => ownCandidates(evidence, segments(...evidence.map((e) => e.segment)), new Set(), 'report').find((c) => c.division.code === code)!.features;

describe('the roles of a place in the text', () => {
  it('reads what the text works for (建设具有王益特色的…: tcwy.gov.cn, 打响环翠品牌: huancui.gov.cn)', () => {
    expect(featuresOf([mention(at('610202'), '王益', '聚焦五大重点产业链，建设具有王益特色的现代化产业体系。')], '610202')['role:attribute']).toBe(1);
    expect(featuresOf([mention(at('371002'), '环翠', '努力在全省乃至全国打响环翠品牌。')], '371002')['role:attribute']).toBe(1);
  });
  it('reads a visit by someone else as its topic, and a trip as a destination', () => {
    const f = featuresOf([mention(at('450000'), '广西', '会议传达学习了习近平总书记在广西考察时的重要讲话精神。')], '450000');
    expect(f['role:visited']).toBe(1);
    expect(f['role:attribute']).toBeUndefined();
    expect(featuresOf([mention(at('330109'), '萧山', '一行前往浙江萧山开展学习交流。')], '330109')['role:destination']).toBe(1);
  });
  it('reads an organ above whose directive the text follows, and a post', () => {
    expect(featuresOf([mention(at('340800'), '安庆市', '认真学习安庆市委十一届十次全体会议精神。')], '340800')['role:authority']).toBe(1);
    expect(featuresOf([mention(at('340800'), '安庆市', '安庆市委书记出席会议。')], '340800')['role:post']).toBe(1);
    expect(featuresOf([mention(at('340800'), '安庆市', '安庆市委书记出席会议。')], '340800')['role:authority']).toBeUndefined();
  });
  it('reads a visitor’s home (武汉市政协副主席李富生一行: uatriatlon.com; 睢阳区四大家考察团: zhilengw.com) and an item of a list (赴山东、江苏、河南等地: wenke99.com; 苏州、昆山: zsnews.cn)', () => {
    expect(featuresOf([mention(at('420100'), '武汉市', '11月18日，武汉市政协副主席李富生一行就我县经济社会发展情况进行了考察。')], '420100')['role:guest']).toBe(1);
    expect(featuresOf([mention(at('411403'), '睢阳区', '睢阳区四大家考察团莅临我县。')], '411403')['role:guest']).toBe(1);
    expect(featuresOf([mention(at('320000'), '江苏', '先后赴山东、江苏、河南等地进行考察交流。')], '320000')['role:listed']).toBe(1);
    expect(featuresOf([mention(at('320500'), '苏州', '赴江苏苏州、昆山、浙江嘉兴等市开展调研考察活动。')], '320500')['role:listed']).toBe(1);
    expect(featuresOf([mention(at('420100'), '武汉市', '武汉市第一医院召开职工大会。')], '420100')['role:guest']).toBeUndefined();
  });
  it('marks a national text (国务院, 国家…部) and the capital, and the province the text’s 我省 speaks of', () => {
    const f = featuresOf([mention(at('110000'), '北京', '国务院新闻办公室在北京举行发布会。')], '110000');
    expect([f.national, f.capital]).toEqual([1, 1]);
    const own = ownCandidates([mention(at('350000'), '福建省', '18位委员围绕做强做大我省产业龙头、推进福建省精准扶贫建言献策。')], segments('18位委员围绕做强做大我省产业龙头、推进福建省精准扶贫建言献策。'), new Set(['省']), 'report');
    expect(own.find((c) => c.division.code === '350000')!.features.ownProvince).toBe(1);
  });
  it('counts the places below a candidate as its support, and its rivals under the same parent', () => {
    const evidence = [mention(at('340881'), '桐城市', '桐城市召开全会。'), mention(at('340800'), '安庆市', '安庆市委全会精神。'), mention(at('340826'), '宿松县', '宿松县代表团。')];
    const city = featuresOf(evidence, '340800');
    expect(city.below).toBeCloseTo(Math.log(3));
    expect(city.levelShare).toBe(1);
    expect(featuresOf(evidence, '340881').rivals).toBeCloseTo(Math.log(2));
  });
});

describe('the fill below the rules’ place', () => {
  const toy: OwnModel = { features: ['share'], weights: [10], bias: -5, margin: 0.8 };
  const evidence = [mention(at('340881'), '桐城', '推动长三角一体化发展国家战略在桐城落地生根。'), mention(at('340881'), '桐城', '桐城担当。'), mention(at('340800'), '安庆', '安庆市委。')];
  const candidates = ownCandidates(evidence, segments(...evidence.map((e) => e.segment)), new Set(), 'report');
  it('fills the county under the city where it scores at least the margin', () => {
    expect(ownFill(candidates, at('340800'), toy).map((s) => s.division.name)).toEqual(['桐城市']);
  });
  it('fills nothing under the margin, and nothing at the top', () => {
    expect(ownFill(candidates, at('340800'), toy, 0.999)).toEqual([]);
    expect(ownFill(candidates, undefined, toy)).toEqual([]);
  });
  it('at the top, fills only with a top model, from the province down, each level at least its margin', () => {
    expect(ownFillTop(candidates, toy)).toEqual([]);
    const withTop: OwnModel = { ...toy, top: { features: ['share', 'norules'], weights: [10, 1], bias: -5, margin: 0.8 } };
    expect(ownFillTop(candidates, withTop).map((s) => s.division.name)).toEqual(['安徽省', '安庆市', '桐城市']);
    expect(ownFillTop(candidates, { ...withTop, top: { ...withTop.top!, margin: 0.999 } })).toEqual([]);
  });
});

function regionOf(raw: string) {
  const file = createFile({ path: 'raw.txt', bytes: readFileSync(new URL(`../eval/${raw}`, import.meta.url)) });
  for (const stage of stages) stage(file);
  return { region: file.data.meta.region, rules: file.messages.filter((m) => m.source === 'region').map((m) => m.ruleId) };
}

describe('development pages the committed model fills', { timeout: 120_000 }, () => {
  // 天长市 (a county-level city) speaks of its 市政协 throughout; the rules stop at 安徽省.
  it('unseen9 a9-tcszx: 安徽省 → 滁州市/天长市', () => {
    const { region, rules } = regionOf('unseen9/a9-tcszx-tianchang-cppcc-session-notice/raw.txt');
    expect([region?.province, region?.city, region?.county]).toEqual(['安徽省', '滁州市', '天长市']);
    expect(rules).toContain('region-own-model');
  });
  it('unseen19 d19-siheshuidao: 北京市 → 昌平区', () => {
    const { region, rules } = regionOf('unseen19/d19-siheshuidao-changping-secretary-houjunshu-interview/raw.txt');
    expect([region?.province, region?.county]).toEqual(['北京市', '昌平区']);
    expect(rules).toContain('region-own-model');
  });
});

// The margin (0.8) is chosen leaving each of 744 sites out (`npx node scripts/eval/fit-region-own.ts`, about
// 90 s alone): too slow for this suite; docs/eval.md (placefill, twenty-seventh session) keeps its table.
describe('the top model is measured, not wired: the region stage leaves a page the rules leave empty empty', { timeout: 120_000 }, () => {
  // 湖北大学 alone in a short text establishes nothing (region.test.ts); the top model would fill 湖北省.
  it('unseen4 x2-ceoblog stays without a region, no top fill logged', () => {
    const { region, rules } = regionOf('unseen4/x2-ceoblog-kangshifu-chairman-interview/raw.txt');
    expect(region).toBeUndefined();
    expect(rules).not.toContain('region-own-model-top');
  });
});

describe('the margins, four fields turned right for one turned wrong, leaving sites out', () => {
  const j = (margin: number, right: number, wrong: number, moved = 0): Judged => ({ margin, right: { province: Array(right).fill('x'), city: [], county: [] }, wrong: { province: Array(wrong).fill('x'), city: [], county: [] }, moved: { province: Array(moved).fill('x'), city: [], county: [] } });
  it('takes the lowest margin at 4:1, a move between two wrong values counting as wrong', () => {
    expect(fourToOne([j(0.5, 7, 5), j(0.6, 7, 1, 1), j(0.65, 3, 0), j(0.7, 2, 0)])?.margin).toBe(0.65);
    expect(fourToOne([j(0.6, 4, 1), j(0.7, 2, 0)])?.margin).toBe(0.6);
    expect(fourToOne([j(0.8, 0, 0)])).toBeUndefined();
  });
  it('the committed margins are those the fitter chose (0.8 below, 0.65 at the top)', () => {
    expect(ownModel().margin).toBe(0.8);
    expect(ownModel().top!.margin).toBe(0.65);
  });
});

describe('the committed model', { timeout: 120_000 }, () => {
  const rows = loadRows();
  const committed = ownModel();
  const round = (x: number) => Math.round(x * 10000) / 10000;
  it('holds the cases of the thirty-four fitted development sets, unseen28 among them, never unseen29', () => {
    expect(rows).toHaveLength(961);
    expect(rows.some((r) => r.set === 'unseen28')).toBe(true);
    expect(rows.some((r) => r.set === 'unseen29')).toBe(false);
  });
  it('reproduces the committed weights', () => {
    const model = fit(rows);
    expect(model.features).toEqual(committed.features);
    expect(model.weights.map(round)).toEqual(committed.weights);
    expect(round(model.bias)).toBe(committed.bias);
  });
  it('reproduces the committed top model, which alone reads the top features', () => {
    const top = fitTop(rows);
    expect(top.features).toEqual(committed.top!.features);
    expect(top.weights.map(round)).toEqual(committed.top!.weights);
    expect(round(top.bias)).toBe(committed.top!.bias);
    expect(committed.features.some((f) => TOP_FEATURES.includes(f))).toBe(false);
    expect(committed.top!.features).toContain('norules');
  });
});
