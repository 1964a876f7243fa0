// The province → city → county tree of the documents' places, and its URLs.
// A document counts at every level above its own: a county's documents also
// belong to its city and its province.

export interface RegionFields {
  province: string;
  city?: string;
  county?: string;
  code?: string;
}

interface WithRegion {
  data: { region?: RegionFields };
}

export interface RegionNode<D> {
  name: string;
  /** Names from the province down to this node. */
  path: string[];
  level: 'province' | 'city' | 'county';
  /** Documents at this node and every node below it. */
  docs: D[];
  children: RegionNode<D>[];
}

/**
 * The names of a region from the top down. Municipalities (重庆市) have no city
 * level between province and district, so a city equal to the province is skipped.
 */
export function regionPath(region: RegionFields): string[] {
  const path = [region.province];
  if (region.city && region.city !== region.province) path.push(region.city);
  if (region.county) path.push(region.county);
  return path;
}

/** Readable and stable: the names themselves, percent-encoded per segment. */
export function regionUrl(path: readonly string[]): string {
  return `/regions/${path.map(encodeURIComponent).join('/')}/`;
}

function levelOf(region: RegionFields, depth: number): RegionNode<unknown>['level'] {
  if (depth === 0) return 'province';
  // depth 1 is the county when there is no city between (municipalities).
  const hasCity = Boolean(region.city && region.city !== region.province);
  return depth === 1 && hasCity ? 'city' : 'county';
}

const byCountThenName = <D>(a: RegionNode<D>, b: RegionNode<D>) =>
  b.docs.length - a.docs.length || a.name.localeCompare(b.name, 'zh-CN');

/** The region tree; siblings ordered by document count, then by name. Documents keep the input order. */
export function regionTree<D extends WithRegion>(docs: readonly D[]): RegionNode<D>[] {
  const roots: RegionNode<D>[] = [];
  for (const doc of docs) {
    const region = doc.data.region;
    if (!region) continue;
    let siblings = roots;
    const path = regionPath(region);
    path.forEach((name, depth) => {
      let node = siblings.find((n) => n.name === name);
      if (!node) {
        node = { name, path: path.slice(0, depth + 1), level: levelOf(region, depth), docs: [], children: [] };
        siblings.push(node);
      }
      node.docs.push(doc);
      siblings = node.children;
    });
  }
  const sort = (nodes: RegionNode<D>[]) => {
    nodes.sort(byCountThenName);
    nodes.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** Every node of the tree, parents before children. */
export function flattenTree<D>(nodes: readonly RegionNode<D>[]): RegionNode<D>[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}

export const levelLabels = { province: '省级', city: '地市级', county: '县区级' } as const;
