import { describe, expect, it } from 'vitest';
import { chinaMap, decodeRing, nanhaiRings, provinceFeatures, shapeFor } from '../../src/lib/china-map.ts';

/** The numbers of an SVG path's points, as [x, y] pairs. */
const points = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number).reduce<number[][]>((out, n, i) => (i % 2 ? out.at(-1)!.push(n) : out.push([n]), out), []);
const parts = (d: string) => d.split('M').length - 1;

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
    // Computed once per build, whatever the inset does to the viewBox's width.
    expect(chinaMap()).toBe(map);
  });

  it('keeps the islands that show at the map’s scale: 崇明, 舟山, 澎湖, 金门 and 海坛, 南澳 and 上川', () => {
    const map = chinaMap();
    expect(parts(shapeFor(map, '上海市')!.d)).toBeGreaterThanOrEqual(2);
    expect(parts(shapeFor(map, '浙江省')!.d)).toBeGreaterThanOrEqual(2);
    expect(parts(shapeFor(map, '台湾省')!.d)).toBeGreaterThanOrEqual(2);
    expect(parts(shapeFor(map, '福建省')!.d)).toBeGreaterThanOrEqual(2);
    expect(parts(shapeFor(map, '广东省')!.d)).toBeGreaterThanOrEqual(3);
    expect(parts(shapeFor(map, '海南省')!.d)).toBeGreaterThanOrEqual(1);
    // Every part is drawn as land, wound as its province's mainland is, not cut out as a hole (the fill rule is nonzero).
    const signedArea = (ring: number[][]) => ring.reduce((a, [x, y], i) => a + x! * ring[(i + 1) % ring.length]![1]! - ring[(i + 1) % ring.length]![0]! * y!, 0) / 2;
    for (const p of map.provinces) {
      const areas = p.d.split('M').slice(1).map((part) => signedArea(points(part)));
      const mainland = areas.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a));
      for (const area of areas) expect(Math.sign(area), p.name).toBe(Math.sign(mainland));
    }
  });

  it('reads ECharts’ 南海诸岛: the coast, 海南, nine dashes and the frame, south of 25°N in the sea east of 台湾', () => {
    const rings = nanhaiRings();
    expect(rings).toHaveLength(12);
    for (const ring of rings) for (const [lon, lat] of ring) {
      expect(lon).toBeGreaterThanOrEqual(126);
      expect(lat).toBeLessThanOrEqual(25);
    }
  });

  it('draws the 南海诸岛 inset with its dashed line at the lower right, clear of every province', () => {
    const map = chinaMap();
    const { x, y, width, height, land, dashes, frame } = map.nanhai;
    // Lower right: the box ends at the map's right and bottom edges.
    expect(x + width).toBeCloseTo(map.width, 0);
    expect(y + height).toBe(map.height);
    expect(x).toBeGreaterThan(map.width / 2);
    expect(y).toBeGreaterThan(map.height / 2);
    // Portrait, as the South China Sea's extent is.
    expect(height).toBeGreaterThan(width);
    expect(parts(dashes)).toBe(9);
    expect(parts(land)).toBe(2);
    expect(parts(frame)).toBe(1);
    for (const [px, py] of points(land + dashes + frame)) {
      expect(px).toBeGreaterThanOrEqual(x - 0.5);
      expect(px).toBeLessThanOrEqual(x + width + 0.5);
      expect(py).toBeGreaterThanOrEqual(y - 0.5);
      expect(py).toBeLessThanOrEqual(y + height + 0.5);
    }
    // No province's point falls inside the box: 台湾 and 浙江 stay beside it.
    for (const p of map.provinces) for (const [px, py] of points(p.d)) expect(px < x || py < y, `${p.name} ${px},${py}`).toBe(true);
  });
});
