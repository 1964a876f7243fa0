// A private Astro project root for benchmark builds. Astro writes build
// intermediates (.astro/.prerender) under the project root, so two builds in
// one checkout overwrite each other's chunks; a root of its own keeps a
// benchmark build apart from the checkout's own builds and tests. The sources
// are copied (a few hundred KB): Astro's compiler rejects symlinked source
// folders (it meets each module under two paths); node_modules is linked.
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'core', 'src', 'scripts', 'public', 'content/slogans', 'content/overrides'];

export function makeSiteRoot(repo: string, root: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of COPIED) cpSync(path.join(repo, entry), path.join(root, entry), { recursive: true });
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}
