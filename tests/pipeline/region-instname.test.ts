// The region stage on pages of a hospital or school whose name prints its place
// by construction (the instplace class, thirty-seventh session): the class sample
// of new sites (tests/fixtures/region/instname, labelled by hand before any run),
// the township-named school the README places by its township
// (region-town-institution) and the listed institution that opens a lede.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listedInstitutions } from '../../scripts/ingest/extract/institutions.ts';
import { gather } from '../../scripts/ingest/extract/region-evidence.ts';
import type { Segment } from '../../scripts/ingest/extract/region-segments.ts';
import { asRegion, evalRaw, ingest, ruleIds, type Labelled } from './region-sample.ts';

const sample = path.join(import.meta.dirname, '../fixtures/region/instname');

describe('the instplace class sample of new sites (thirty-seventh session)', () => {
  const { pages } = JSON.parse(readFileSync(path.join(sample, 'labels.json'), 'utf8')) as { pages: (Labelled & { site: string })[] };
  it('holds 15 pages of 15 sites, 7 in half A', () => {
    expect(pages).toHaveLength(15);
    expect(new Set(pages.map((p) => p.site)).size).toBe(15);
    expect(pages.filter((p) => p.half === 'A')).toHaveLength(7);
  });
  it.each(pages.map((p) => [p.file, p] as const))('%s', (name, page) => {
    expect(asRegion(ingest(name, readFileSync(path.join(sample, name))).data.meta.region)).toEqual(page.expected);
  });
});

/** The township-named institutions gather reads in one segment, as [text, county]. */
const read = (kind: Segment['kind'], text: string) =>
  gather([{ kind, text } as Segment], new Set())
    .evidence.filter((e) => e.townInstitution)
    .map((e) => [e.text, e.divisions.map((d) => d.name)]);

describe('a school named after its township (region-town-institution)', () => {
  it.each([
    // qiekao.com (unseen31 d31): the page's heading, printed below the salutation and left in the body.
    ['body', '宜陵小学教师节校长致辞范文（通用1篇）', [['宜陵小学', ['江都区']]]],
    ['title', '宜陵小学教师节校长致辞范文', [['宜陵小学', ['江都区']]]],
    // ylwgy.szftedu.cn (unseen28 e28): the heading's subtitle, with a qualifier before the kind.
    ['front', '----园岭外国语小学2013-2014学年第一学期开学典礼致辞', [['园岭外国语小学', ['福田区']]]],
  ] as const)('%s: %s', (kind, text, expected) => {
    expect(read(kind, text)).toEqual(expected);
  });
  it.each([
    ['title', '第一小学开学典礼校长致辞', '第一 is a numeral of the dictionary, though 扎赉诺尔区 has a 第一街道'],
    ['title', '民族中学教师节校长致辞', '民族 is an ordinary word (东胜区 has a 民族街道)'],
    ['title', '阳光小学举行开学典礼', '阳光 is an ordinary word (花溪区 has a 阳光街道)'],
    ['title', '十里中心小学举行开学典礼', '十里 is a township of seven counties'],
    ['body', '组织学生到宜陵小学参观学习，并与师生座谈。', 'a sentence of the body, where the school is only visited'],
    ['lede', '9月1日，区教育局领导走访了宜陵小学', 'in the lede past its opening: a school visited, not the actor'],
    ['title', '在宜陵小学举行的现场会', 'inside a word run: not the name’s start'],
  ] as const)('%s: nothing (%s)', (kind, text, _why) => {
    expect(read(kind, text)).toEqual([]);
  });
  it('places the development page by its heading: qiekao.com, unseen31', () => {
    const { raw, bytes } = evalRaw('unseen31/d31-qiekao-yiling-primary-principal-teachers-day-essay-site-misplaced-title-speech');
    const file = ingest(raw, bytes);
    expect(asRegion(file.data.meta.region)).toEqual({ province: '江苏省', city: '扬州市', county: '江都区' });
    expect(ruleIds(file)).toContain('region-town-institution');
  });
});

describe('a listed institution opening the lede holds it as the text’s own institution does', () => {
  it('北京协和医学院 opening the lede of its president’s centenary speech: kanhuxi.com, unseen21', () => {
    const { raw, bytes } = evalRaw('unseen21/a21-kanhuxi-pumc-president-wangchen-centenary-speech');
    expect(asRegion(ingest(raw, bytes).data.meta.region)).toEqual({ province: '北京市', city: null, county: null });
  });
  it('…while a partner institution in the lede of a text speaking for its own is still not read: bookm.cn, unseen22', () => {
    const { raw, bytes } = evalRaw('unseen22/a22-bookm-tsinghua-president-graduate-commencement-speech');
    expect(asRegion(ingest(raw, bytes).data.meta.region)).toEqual({ province: null, city: null, county: null });
  });
});

describe('a branch campus is not its parent university (the Ministry of Education’s list)', () => {
  const read = (text: string) => listedInstitutions(text).map((i) => [i.text, i.division.name]);
  it.each([
    ['北京理工大学珠海学院2019届毕业典礼', 'listed with 所在地 珠海市: read whole, and its name prints no seat of its own'],
    ['北京师范大学珠海分校2019届毕业生', 'listed, 所在地 珠海市'],
    ['山东大学威海分校2019届毕业典礼', 'a 分校 after the parent’s name'],
    ['哈尔滨工业大学（威海）2019届本科生毕业典礼', 'a place in brackets after the parent’s name'],
    ['中山大学珠海校区开学典礼', 'a 校区 after the parent’s name'],
  ])('%s: nothing (%s)', (text, _why) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['汕头大学2019届毕业典礼', [['汕头大学', '汕头市']]],
    ['汕头大学（以下简称汕大）2019届毕业典礼', [['汕头大学', '汕头市']]],
  ])('%s: the university itself', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
