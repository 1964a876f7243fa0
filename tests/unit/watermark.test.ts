import { describe, expect, it } from 'vitest';
import { stripChrome } from '../../scripts/ingest/stages/chrome.ts';
import { removeWatermarks } from '../../scripts/ingest/stages/watermark.ts';
import { fixture, linesOf, seedThrough, textFile } from '../fixtures/chrome/harness.ts';

function chromeThenWatermarks(name: string) {
  const file = textFile(fixture('watermark', name), name);
  stripChrome(file);
  const before = linesOf(file);
  removeWatermarks(file);
  return { file, before, lines: linesOf(file) };
}

const warnings = (file: ReturnType<typeof textFile>) => file.messages.filter((m) => m.ruleId === 'watermark').map(String);

describe('removeWatermarks with a site learned from the chrome', () => {
  const { file, before, lines } = chromeThenWatermarks('essay-site.txt');

  it('cuts the name out of the sentences it was stamped into', () => {
    expect(lines.some((l) => l.includes('范文先生网'))).toBe(false);
    expect(lines).toContain('要持续开展隐患排查整治，对查出的问题建立台账、限期整改，切实做到隐患不除不放过。');
    expect(lines.find((l) => l.startsWith('今年以来'))).toContain('当前正处于安全生产爬坡过坎的关键期');
  });

  it('leaves every other line as it was', () => {
    const changed = before.filter((l, i) => l !== lines[i]);
    expect(changed).toHaveLength(2);
    expect(lines).toHaveLength(before.length);
  });

  it('warns with the context of each removal and records it', () => {
    expect(warnings(file)).toHaveLength(2);
    expect(warnings(file)[1]).toContain('切实做到[范文先生网]隐患不除');
    expect(file.data.removed.filter((r) => r.stage === 'watermark').map((r) => r.text)).toEqual(['范文先生网', '范文先生网']);
  });
});

describe('removeWatermarks on a text about the site', () => {
  it('keeps every mention, even one between Han characters', () => {
    const { file, before, lines } = chromeThenWatermarks('about-site.txt');
    expect(file.data.candidates.siteNames).toEqual(['淮北新闻网']);
    expect(lines).toEqual(before);
    expect(warnings(file)).toEqual([]);
  });
});

describe('removeWatermarks candidates', () => {
  const stamped = '要坚持以人民为中心的发展思想，切实把群众的急难愁盼公文之家网问题解决好。';

  it('uses names that stand alone in the chrome the chrome stage removed, even without siteNames', () => {
    const file = textFile(stamped);
    file.data.chromeLines.push('©2012-2024 公文之家网 版权所有');
    removeWatermarks(file);
    expect(String(file.value)).toBe('要坚持以人民为中心的发展思想，切实把群众的急难愁盼问题解决好。');
  });

  it('never uses an institution named in a copyright line', () => {
    const text = '我代表淮北市人民政府向全市广大干部群众致以诚挚的问候。';
    const file = textFile(text);
    file.data.candidates.siteNames = ['淮北市人民政府'];
    removeWatermarks(file);
    expect(String(file.value)).toBe(text);
  });

  it('leaves an occurrence next to a word that may make it a mention', () => {
    const text = '会议要求，各单位要在公文之家网开设专栏，及时发布工作动态。';
    const file = textFile(text);
    file.data.candidates.siteNames = ['公文之家网'];
    removeWatermarks(file);
    expect(String(file.value)).toBe(text);
  });

  it('drops a line that is only the site name', () => {
    const file = textFile(`第一段正文内容。\n公文之家網\n第二段正文内容。`);
    file.data.candidates.siteNames = ['公文之家網'];
    removeWatermarks(file);
    expect(String(file.value)).toBe('第一段正文内容。\n第二段正文内容。');
    expect(warnings(file)).toHaveLength(1);
  });

  it('does nothing without candidates', () => {
    const file = textFile(stamped);
    removeWatermarks(file);
    expect(String(file.value)).toBe(stamped);
  });
});

describe('removeWatermarks on seed 002', () => {
  it('removes 老秘网 from the sentence and warns once', () => {
    const { file, before } = seedThrough('002', removeWatermarks);
    const lines = linesOf(file);
    expect(lines.filter((l) => l.includes('老秘网'))).toEqual([]);
    expect(lines.some((l) => l.includes('正是我县深化医药卫生体制改革'))).toBe(true);
    expect(lines.filter((l, i) => l !== before[i])).toHaveLength(1);
    expect(warnings(file)).toHaveLength(1);
    expect(warnings(file)[0]).toContain('正是我[老秘网]县深化');
  });
});
