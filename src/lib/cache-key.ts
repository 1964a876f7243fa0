// Keys for Astro's incremental build (experimental.incrementalBuild): a page
// whose getStaticPaths entry returns the same cacheKey as in the previous build
// (and whose code is unchanged) is restored instead of rendered. The key must
// therefore cover everything the page shows, and preferably no more.
import { createHash } from 'node:crypto';
import type { Doc } from './documents.ts';
import type { Page } from './paging.ts';

/** A content collection entry: its content digest stands for all of it. */
function isEntry(value: object): value is { collection: string; id: string; digest: string } {
  return 'collection' in value && 'id' in value && typeof (value as { digest?: unknown }).digest === 'string';
}

function replacer(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  if (isEntry(value)) return `${value.collection}/${value.id}@${value.digest}`;
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  return value;
}

/** A hash of `value` in which every collection entry counts by its id and digest. */
export function cacheKey(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value, replacer) ?? 'undefined')
    .digest('base64url');
}

/**
 * The key of one page of a document list: what the page says about the list,
 * and the documents it lists, by digest. (Keying only what DocList shows of
 * them would spare a few list pages when a document's body changes below its
 * first line, but reading every first line costs more than those pages.)
 */
export const listPageKey = (about: unknown, page: Page<Doc>) => cacheKey({ about, number: page.number, total: page.total, items: page.items });
