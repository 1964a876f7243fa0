import { describe, expect, it } from 'vitest';
import { chinaMap, decodeRing, provinceFeatures, shapeFor } from '../../src/lib/china-map.ts';

describe('china map', () => {
  it('decodes ECharts’ zigzag delta encoding', () => {
    // "@@" is a zero step; "B@" one unit (1/1024°) east; "@A" one unit south.
    expect(decodeRing('@@B@@A', [1024, 2048])).toEqual([[1, 2], [1 + 1 / 1024, 2], [1 + 1 / 1024, 2 - 1 / 1024], [1, 2]]);
  });

  it('reads every province-level division, each at its place', () => {
    const provinces = provinceFeatures().features;
    expect(provinces).toHaveLength(34);
    const jiangsu = provinces.find((f) => f.properties.code === '320000')!;
    expect(jiangsu.properties.name).toBe('江苏');
    // 南京 (118.8°E, 32.1°N) lies within the outline's bounds.
    const points = (jiangsu.geometry.type === 'Polygon' ? [jiangsu.geometry.coordinates] : jiangsu.geometry.coordinates).flat(2);
    const lons = points.map((p) => p[0]!);
    const lats = points.map((p) => p[1]!);
    expect(Math.min(...lons)).toBeLessThan(118.8);
    expect(Math.max(...lons)).toBeGreaterThan(118.8);
    expect(Math.min(...lats)).toBeLessThan(32.1);
    expect(Math.max(...lats)).toBeGreaterThan(32.1);
  });

  it('projects a small map: every province drawn, the whole under 40 kB', () => {
    const map = chinaMap();
    expect(map.provinces).toHaveLength(34);
    expect(map.height).toBeGreaterThan(map.width * 0.6);
    expect(map.height).toBeLessThan(map.width);
    expect(map.provinces.reduce((n, p) => n + p.d.length, 0)).toBeLessThan(40_000);
    for (const name of ['江苏省', '重庆市', '新疆维吾尔自治区', '内蒙古自治区', '香港特别行政区', '台湾省']) expect(shapeFor(map, name), name).toBeDefined();
    expect(shapeFor(map, '山西省')!.code).toBe('140000');
    expect(shapeFor(map, '陕西省')!.code).toBe('610000');
  });
});
