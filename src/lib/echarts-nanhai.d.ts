// ECharts ships no declarations beside its lib/ files; this one names the
// shape of the 南海诸岛 fix that china-map.ts reads.
declare module 'echarts/lib/coord/geo/fix/nanhai.js' {
  interface NanhaiRegion {
    name: string;
    geometries: { type: 'polygon'; exterior: number[][] }[];
  }
  export default function fixNanhai(mapType: string, regions: NanhaiRegion[]): void;
}
