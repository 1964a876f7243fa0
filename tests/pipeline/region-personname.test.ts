// The region stage on pages naming people whose names hold a division's short name (the
// personname class, thirty-ninth session: regionfix2): the class sample of new sites
// (tests/fixtures/region/personname, labelled by hand before any run) and the development
// pages the change read, each run through the stages the region stage reads after.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeMentions, personNames } from '../../scripts/ingest/extract/place-mentions.ts';
import { asRegion, evalRaw, ingest, ruleIds, type Labelled } from './region-sample.ts';

const sample = path.join(import.meta.dirname, '../fixtures/region/personname');

describe('the personname class sample of new sites', () => {
  const { pages } = JSON.parse(readFileSync(path.join(sample, 'labels.json'), 'utf8')) as { pages: (Labelled & { site: string })[] };
  it('holds 5 pages of 5 sites, 3 in half A', () => {
    expect(pages).toHaveLength(5);
    expect(new Set(pages.map((p) => p.site)).size).toBe(5);
    expect(pages.filter((p) => p.half === 'A')).toHaveLength(3);
  });
  it.each(pages.map((p) => [p.file, p] as const))('%s', (name, page) => {
    expect(asRegion(ingest(name, readFileSync(path.join(sample, name))).data.meta.region)).toEqual(page.expected);
  });
  it('韩凤城 and 王连城 in a list of county leaders are people, not 凤城市 or 连城县 (zonecy.com)', () => {
    const name = 'zonecy-county-executive-meeting-trad.txt';
    const file = ingest(name, readFileSync(path.join(sample, name)));
    expect(file.data.meta.region).toBeUndefined();
    expect(ruleIds(file)).toContain('region-person-name');
  });
});

describe('people’s names holding a place', () => {
  it.each([
    // A leaders' word before the surname (yywmw.net, unseen26; wgxj.yueyang.gov.cn, sample).
    ['9月2日，区领导卢金华到郧阳区城市文明创建中心', ['卢金华']],
    ['区人大常委会主任吴跃中，区领导张兴隆、薛冬武', ['张兴隆']],
    // The short name opening an item of a list of names (snxx.gov.cn, kinds1).
    ['县领导孙旭、蔡军、李向平、罗平华、赵金锋、罗彦龙出席会议', ['罗平华']],
  ])('%s', (text, names) => {
    expect(personNames(text)).toEqual(names);
  });
  it.each([
    ['罗平、师宗、陆良三县', 'a list of counties: each item is the short name alone'],
    ['罗平县、师宗县、陆良县', 'written in full'],
    ['大同镇、罗平镇、长沙镇', 'a list of towns: a level word ends each item'],
  ])('%s: no person (%s)', (text) => {
    expect(personNames(text)).toEqual([]);
  });
  it('a name read as a person once is the person elsewhere in the text, not the place inside it', () => {
    expect(placeMentions('卢金华要求，要以常态化、多样化志愿服务', false, new Set(['卢金华']))).toEqual([]);
    expect(placeMentions('卢金华要求，要以常态化、多样化志愿服务').map((m) => m.text)).toEqual(['金华']);
  });
});

describe('development pages', () => {
  it('卢金华, a district leader, no longer outweighs 郧阳区 (yywmw.net, unseen26)', () => {
    const { raw, bytes } = evalRaw('unseen26/c26-yywmw-yunyang-district-lujinhua-civilization-media-centre-report');
    const file = ingest(raw, bytes);
    expect(asRegion(file.data.meta.region)).toEqual({ province: '湖北省', city: '十堰市', county: '郧阳区' });
    expect(ruleIds(file)).toContain('region-person-name');
  });
  it('罗平华 in the county leaders’ list is no longer 罗平县 of Yunnan; the county, named nowhere, stays empty (snxx.gov.cn, kinds1)', () => {
    const { raw, bytes } = evalRaw('kinds1/k1-snxx-xixiang-county-steady-growth-safety-video-meeting');
    const file = ingest(raw, bytes);
    expect(file.data.meta.region).toBeUndefined();
    expect(ruleIds(file)).toContain('region-person-name');
  });
});
