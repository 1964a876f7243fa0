// A text speaking of its own area below a province (全县, 我市) whose only place is
// one province, named by itself, lies in that province (region.ts ownProvince, rule id
// region-own-province; regionfix3, fortieth session). Read on the development pages the
// rule was written from, whole, through every stage; the expected places are their hand labels.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFile, stages } from '../../scripts/ingest/pipeline.ts';

function run(dir: string) {
  const at = path.join('tests/eval', dir);
  const raw = readdirSync(at).find((f) => f.startsWith('raw.'))!;
  const file = createFile({ path: raw, bytes: readFileSync(path.join(at, raw)) });
  for (const stage of stages) stage(file);
  const r = file.data.meta.region;
  return { region: { province: r?.province ?? null, city: r?.city ?? null, county: r?.county ?? null }, rules: file.messages.map((m) => m.ruleId) };
}

describe('a local text whose only place is its province', () => {
  it.each([
    // 陕西十强县 in a county leader's toast whose county names are redacted (××县).
    ['unseen7/b7-kjiaoyi-county-planning-review-toast-redacted', '陕西省'],
    // 甘肃发展史上 in a city secretary's speech to the city's plenum (全市).
    ['unseen23/a23-98523-city-secretary-party-plenum-opening-speech-2006', '甘肃省'],
    // 在四川省委十二届二次全会上 in a county hospital's opening (县人民医院, 副县长).
    ['unseen31/e31-dawendou-xx-county-hospital-new-campus-opening-welcome-placeholders-utf16-cut-speech', '四川省'],
    // 在福建调研 in a county paper's report of its government's meetings (县政府常务会议).
    ['kinds1/k1-mhnews-minhou-county-government-executive-meetings', '福建省'],
  ])('%s: %s', (dir, province) => {
    const { region, rules } = run(dir);
    expect(region.province).toBe(province);
    // The county is not named in the text: the levels below stay empty.
    expect(region.county).toBeNull();
    expect(rules).toContain('region-own-province');
  }, 60_000);
});

describe('what stays empty', () => {
  it.each([
    // 北京大学 (the capital's university its pupils entered) in a county secretary's education speech.
    'cases/ho-huaboedu-county-education-speech',
    // 青州 once in a town congress report speaking of its 区: a place below a province is another county's.
    'unseen16/b16-fjsx-qingzhou-town-congress-report',
  ])('%s', (dir) => {
    const { region, rules } = run(dir);
    expect(region).toEqual({ province: null, city: null, county: null });
    expect(rules).not.toContain('region-own-province');
  }, 60_000);
});
