// The version of the code that fills a cache: a hash of every file under the
// given folders (path and content), of the installed packages (npm's hidden
// lockfile lists each one with its version and integrity; the project lockfile
// if there is none) and of the runtime's versions (V8's regular expressions and
// ICU's Unicode data are part of what the code computes). Any change of code,
// dependency or Node is a new version, so no cached result outlives the code
// that made it, whether or not whoever changed the code thought of the cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The first 16 hex digits of the hash of `folders`' files, the first lockfile present and the runtime. */
export function codeVersion(folders: readonly string[], lockfiles: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const file of filesUnder(folder)) hash.update(`${path.basename(folder)}/${path.relative(folder, file)}\0`).update(readFileSync(file)).update('\0');
  }
  const lock = lockfiles.map(readIfPresent).find((bytes) => bytes !== undefined);
  if (!lock) throw new Error(`code version: no lockfile among ${lockfiles.join(', ')}`);
  hash.update(lock);
  hash.update(JSON.stringify(process.versions));
  return hash.digest('hex').slice(0, 16);
}

/** The lockfiles of a project root, in the order codeVersion prefers them. */
export const lockfilesOf = (root: string) => [path.join(root, 'node_modules/.package-lock.json'), path.join(root, 'package-lock.json')];

const siteVersions = new Map<string, string>();

/**
 * The version of the site's build-time code under a project root (src/lib,
 * src/integrations and the shared core/): the version of every per-document
 * build cache. Computed once per root and process.
 */
export function siteCodeVersion(root: string): string {
  let version = siteVersions.get(root);
  if (version === undefined) {
    version = codeVersion([path.join(root, 'src/lib'), path.join(root, 'src/integrations'), path.join(root, 'core')], lockfilesOf(root));
    siteVersions.set(root, version);
  }
  return version;
}
