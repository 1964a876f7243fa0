// What a run produced, as a hash of every file, so that two runs over the same
// input (before and after a speed-up) can be shown to give the same search
// indexes, exports and pages byte for byte, by a comparison and not by eye.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const CATEGORIES = ['documents', 'pages', 'pagefind index', 'phrase index', 'exports', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Relative path (with its top folder: documents/… or dist/…) → SHA-256, by category. */
export interface Outputs {
  /** What the run was over: corpus size, seed and a hash of the raw files as generated. */
  input: { docs: number; seed: number; corpus: string };
  files: Record<Category, Record<string, string>>;
}

/** The category of a file by its path under the run's folder. */
export function categoryOf(relative: string): Category {
  const parts = relative.split('/');
  if (parts[0] === 'documents') return 'documents';
  const inSite = parts.slice(1);
  if (inSite[0] === 'pagefind' || inSite[0] === 'pagefind-delta') return 'pagefind index';
  if (inSite[0] === 'search' && inSite.length > 1 && inSite.at(-1) !== 'index.html') return 'phrase index';
  if (inSite[0] === 'data') return 'exports';
  if (relative.endsWith('.html')) return 'pages';
  return 'other';
}

function filesUnder(root: string, top: string): string[] {
  return readdirSync(path.join(root, top), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * A Pagefind bundle's folder is named after its place and a digest of its
 * documents and the code version (src/lib/pagefind/shards.ts), so any change
 * to the site's code renames every bundle. The comparison judges what the
 * bundles hold: a bundle is known by its place, and the list of bundles
 * (shards.json) is hashed with the digests taken out.
 */
const BUNDLE_NAME = /\b(\d+-\d+)-[0-9a-f]{12}\b/g;
const SHARD_LIST = 'dist/pagefind/shards.json';
const bundlePlace = (relative: string) => relative.replace(/^(dist\/pagefind\/\d+-\d+)-[0-9a-f]{12}\//, '$1/');
const hashOf = (root: string, relative: string) =>
  relative === SHARD_LIST ? createHash('sha256').update(readFileSync(path.join(root, relative), 'utf8').replace(BUNDLE_NAME, '$1')).digest('hex') : sha256(path.join(root, relative));

/** One hash over every file of a folder (names and contents), for the generated corpus. */
export function hashFolder(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(`${name}\0${sha256(path.join(dir, name))}\n`);
  return hash.digest('hex');
}

/** Hashes every file under `root`/documents and `root`/dist. */
export function collectOutputs(root: string, input: Outputs['input']): Outputs {
  const files = Object.fromEntries(CATEGORIES.map((c) => [c, {} as Record<string, string>])) as Outputs['files'];
  for (const top of ['documents', 'dist']) for (const rel of filesUnder(root, top)) files[categoryOf(rel)][bundlePlace(rel)] = hashOf(root, rel);
  return { input, files };
}

export interface CategoryDiff {
  category: Category;
  files: number;
  changed: string[];
  /** Only in the earlier run. */
  missing: string[];
  /** Only in this run. */
  added: string[];
}

export interface Comparison {
  sameInput: boolean;
  identical: boolean;
  categories: CategoryDiff[];
}

/** Compares this run's outputs (`now`) with an earlier run's (`before`), category by category. */
export function compareOutputs(before: Outputs, now: Outputs): Comparison {
  const sameInput = before.input.docs === now.input.docs && before.input.seed === now.input.seed && before.input.corpus === now.input.corpus;
  const categories = CATEGORIES.map((category): CategoryDiff => {
    // Bundle places also for runs recorded before they were (their shards.json still differs by the names).
    const places = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([file, hash]) => [bundlePlace(file), hash]));
    const a = places(before.files[category] ?? {});
    const b = places(now.files[category] ?? {});
    const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return {
      category,
      files: Object.keys(b).length,
      changed: names.filter((n) => n in a && n in b && a[n] !== b[n]),
      missing: names.filter((n) => !(n in b)),
      added: names.filter((n) => !(n in a)),
    };
  });
  return { sameInput, identical: categories.every((c) => !c.changed.length && !c.missing.length && !c.added.length), categories };
}
