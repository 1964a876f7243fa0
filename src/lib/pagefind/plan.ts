// Pagefind has no incremental indexing, so a one-page change would re-index
// the whole archive (its cost per page: docs/performance.md). Instead the last full index is kept as the main bundle and a
// small delta bundle holds the pages changed since; the browser merges the two
// and drops the main bundle's stale records (src/lib/search/related.ts).
// This module decides, purely from page digests, what the next build indexes.

import { createHash } from 'node:crypto';

/** The pages (url → sha256 of the page) that the cached main bundle was built from. */
export interface Snapshot {
  version: string;
  pages: Record<string, string>;
}

export function snapshotId(snapshot: Snapshot): string {
  return createHash('sha256').update(JSON.stringify(snapshot)).digest('hex').slice(0, 16);
}

export type IndexPlan =
  | { kind: 'full'; reason: string }
  | { kind: 'delta'; add: string[]; superseded: string[] };

/** Past this share of changed pages a full index is cheaper to search and about as quick to build. */
export const MAX_DELTA_SHARE = 0.1;

export function planIndex(previous: Snapshot | undefined, pages: Record<string, string>, version: string): IndexPlan {
  if (!previous) return { kind: 'full', reason: 'no cached index' };
  if (previous.version !== version) return { kind: 'full', reason: `index version changed (${previous.version} → ${version})` };
  const add = Object.keys(pages).filter((url) => previous.pages[url] !== pages[url]).sort();
  const superseded = Object.keys(previous.pages).filter((url) => previous.pages[url] !== pages[url]).sort();
  const total = Math.max(1, Object.keys(pages).length);
  if (Math.max(add.length, superseded.length) > total * MAX_DELTA_SHARE) {
    return { kind: 'full', reason: `${Math.max(add.length, superseded.length)} of ${total} pages changed` };
  }
  return { kind: 'delta', add, superseded };
}

/** What the browser reads to merge the bundles: /pagefind-delta/state.json. */
export interface DeltaState {
  /** The full index /pagefind/ holds (snapshotId of its snapshot): a kept output folder that holds it already is not copied again. */
  base: string;
  /** Whether /pagefind-delta/ holds a bundle to merge. */
  delta: boolean;
  /** Pages whose records in the main bundle are out of date or gone. */
  superseded: string[];
}

/** The meta key that marks a record of the delta bundle, so the browser keeps it over a superseded main record. */
export const DELTA_META = 'delta';
