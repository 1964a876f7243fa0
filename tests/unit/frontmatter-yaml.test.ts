// The frontmatter's YAML written without the yaml package's Document
// (scripts/ingest/frontmatter-yaml.ts) must be the package's, byte for byte.
import { describe, expect, it } from 'vitest';
import { frontmatterYaml, packageYaml } from '../../scripts/ingest/frontmatter-yaml.ts';

/** Strings on the edges of the package's rules: indicators, 1.1's booleans, numbers and dates, quotes, escapes. */
const STRINGS = [
  '在全区卫生健康系统工作务虚会上的讲话', '[复制链接]', '【打印】', '“健康乡村”', 'page-controls', 'utf-8', 'simplified', '000938_2025.txt',
  '764fa8f63c5ff993a81377c4015eb861a7e559876c153ef579861898e4f29498', '764fa8f63c5f', '130000', '2025-09-25', '2025-09-25 16:35:21', '1:20', '0x1F', '0o7', '017', '1e5', '.5', '+1', '.inf',
  'yes', 'Yes', 'ON', 'off', 'y', 'N', 'null', 'Null', '~', '', ' ', ' a', 'a ', 'a:', 'a: b', 'a:b', 'a #b', 'a#b', '#a', '- a', '-', '?', '? a', 'a -', '<<', '&a', '*a', '!a', '|a', '>a', '%a', '@a', '`a',
  '--- a', '...', 'a---', '"a"', "it's", 'a\'b"c', '"中"文', 'a\\b', '中\\文', 'a\tb', 'a\rb', 'x\u0085', 'a\u00a0', '\u3000中', '\ufeff中', '中\u2028文', '中文 ', '中文：', 'wenmi2019 发表于 2025-09-25 16:35:21 | 显示全部楼层 |阅读模式',
  'speech without a stated delivery date: the page\'s', 'é', '€x', '中\n文', 'a\n\nb',
];

const shapes = (s: string) => [{ a: s }, { a: [s, { b: s, c: [s] }], d: { e: s } }, { a: [[s, s], []], b: {} }, { a: [{ b: [{ c: s }] }] }];

describe('frontmatterYaml', () => {
  it('writes every edge string as the package does, in every block position', () => {
    for (const s of STRINGS) for (const value of shapes(s)) expect(frontmatterYaml(value), JSON.stringify(value)).toBe(packageYaml(value));
  });

  it('writes numbers, booleans, null and empty collections as the package does', () => {
    for (const v of [0, -0, 1.5, 1e21, -3, 1e-7, true, false, null, [], {}]) for (const value of [{ a: v }, { a: [v, v] }]) expect(frontmatterYaml(value)).toBe(packageYaml(value));
  });

  it('hands what it does not lay out to the package: an empty document, odd keys, undefined', () => {
    for (const value of [{}, { y: 1 }, { 'a b': 1 }, { Yes: 1 }, { a: undefined, b: 1 }, { a: [undefined] }]) expect(frontmatterYaml(value)).toBe(packageYaml(value));
  });

  it('writes a document frontmatter as the package does', () => {
    const meta = {
      id: '764fa8f63c5f', title: '在全区卫生健康系统工作务虚会上的讲话', type: 'speech', date: '2025-09-25', year: 2025,
      otherDates: [{ date: '2025-09-25', kind: 'published' }], source: { name: '讲话稿论坛', published: '2025-09-25' },
      region: { province: '河北省', code: '130000' }, speakers: [{ name: '程英敏' }], people: [], slogans: ['7个能力', '两个维护'],
      raw: { path: '000938_2025.txt', sha256: '764fa8f63c5ff993a81377c4015eb861a7e559876c153ef579861898e4f29498', encoding: 'utf-8', script: 'simplified' },
      warnings: [], removed: [{ stage: 'chrome', rule: 'page-controls', reason: 'page controls', text: '[复制链接]' }],
    };
    expect(frontmatterYaml(meta)).toBe(packageYaml(meta));
    expect(frontmatterYaml(meta)).toContain('code: "130000"\n');
  });
});
