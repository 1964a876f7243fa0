// Builds the fold map (traditional and HK/TW variant characters → simplified)
// from OpenCC's own dictionaries at build time. Only one-to-one character
// entries are taken: the map must keep positions aligned (see fold.ts), and a
// compact map ships to the browser instead of the whole converter.
import { from, to } from 'opencc-js/preset/t2cn';
import type { DictLike } from 'opencc-js/core';
import type { FoldMap } from './fold.ts';

function entries(dict: DictLike): [string, string][] {
  if (typeof dict !== 'string') return dict.map(([k, v]) => [k, v]);
  return dict.split('|').map((entry) => {
    const [k = '', v = ''] = entry.split(' ');
    return [k, v];
  });
}

const isOneCodePoint = (s: string) => s.length > 0 && [...s].length === 1;

function charTable(groups: readonly (readonly DictLike[])[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const group of groups)
    for (const dict of group)
      for (const [k, v] of entries(dict)) if (isOneCodePoint(k) && isOneCodePoint(v) && !table.has(k)) table.set(k, v);
  return table;
}

export function buildFoldMap(): FoldMap {
  const toSimplified = charTable(to.cn ?? []);
  const map: Record<string, string> = {};
  const add = (k: string, v: string) => {
    const simplified = toSimplified.get(v) ?? v;
    if (simplified !== k) map[k] = simplified;
  };
  for (const [k, v] of toSimplified) add(k, v);
  for (const region of ['tw', 'hk'])
    for (const [k, v] of charTable(from[region] ?? [])) if (!(k in map)) add(k, v);
  return map;
}
