import { describe, expect, it } from 'vitest';
import { flattenTree, regionPath, regionTree, regionUrl, type RegionFields } from '../../src/lib/regions.ts';

const doc = (id: string, region?: RegionFields) => ({ id, data: { region } });

describe('regionPath', () => {
  it('goes province → city → county', () => {
    expect(regionPath({ province: '江苏省', city: '徐州市', county: '丰县' })).toEqual(['江苏省', '徐州市', '丰县']);
  });
  it('skips the city level of a municipality', () => {
    expect(regionPath({ province: '重庆市', county: '开州区' })).toEqual(['重庆市', '开州区']);
    expect(regionPath({ province: '重庆市', city: '重庆市', county: '开州区' })).toEqual(['重庆市', '开州区']);
  });
});

describe('regionUrl', () => {
  it('percent-encodes each name and keeps the slashes', () => {
    expect(regionUrl(['重庆市', '开州区'])).toBe('/regions/%E9%87%8D%E5%BA%86%E5%B8%82/%E5%BC%80%E5%B7%9E%E5%8C%BA/');
    expect(decodeURI(regionUrl(['江苏省', '徐州市']))).toBe('/regions/江苏省/徐州市/');
  });
});

describe('regionTree', () => {
  const docs = [
    doc('a', { province: '江苏省', city: '徐州市', county: '丰县', code: '320321' }),
    doc('b', { province: '江苏省', city: '徐州市', code: '320300' }),
    doc('c', { province: '重庆市', county: '开州区', code: '500154' }),
    doc('d'),
    doc('e', { province: '江苏省' }),
    doc('f', { province: '新疆维吾尔自治区' }),
    doc('g', { province: '重庆市', county: '开州区' }),
  ];
  const tree = regionTree(docs);

  it('counts a county document at its city and its province too', () => {
    const jiangsu = tree.find((n) => n.name === '江苏省')!;
    expect(jiangsu.docs.map((d) => d.id)).toEqual(['a', 'b', 'e']);
    const xuzhou = jiangsu.children[0]!;
    expect([xuzhou.name, xuzhou.level, xuzhou.docs.map((d) => d.id)]).toEqual(['徐州市', 'city', ['a', 'b']]);
    const fengxian = xuzhou.children[0]!;
    expect([fengxian.path, fengxian.level, fengxian.docs.map((d) => d.id)]).toEqual([['江苏省', '徐州市', '丰县'], 'county', ['a']]);
  });

  it('puts a municipal district directly under its municipality as a county', () => {
    const chongqing = tree.find((n) => n.name === '重庆市')!;
    expect(chongqing.children.map((n) => [n.name, n.level, n.docs.length])).toEqual([['开州区', 'county', 2]]);
  });

  it('orders siblings by count then name and leaves out documents without a place', () => {
    expect(tree.map((n) => [n.name, n.docs.length])).toEqual([
      ['江苏省', 3],
      ['重庆市', 2],
      ['新疆维吾尔自治区', 1],
    ]);
    expect(flattenTree(tree).map((n) => n.path.join('/'))).toEqual([
      '江苏省',
      '江苏省/徐州市',
      '江苏省/徐州市/丰县',
      '重庆市',
      '重庆市/开州区',
      '新疆维吾尔自治区',
    ]);
  });
});
