// The import boundaries of the code: the pipeline (scripts/ingest/) and the
// site (src/) share code only through the shared core (core/), which imports
// neither, and neither the pipeline nor the core depends on Astro. Run by
// `npm run check`. A check of a few lines of our own instead of ESLint's
// no-restricted-imports: the project has no ESLint, and its import specifiers
// (in .ts, .mjs and the scripts of .astro files) are found by TypeScript's own
// scanner.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

interface Boundary {
  /** Files under this folder … */
  from: string;
  /** … may not import files under these folders … */
  folders: string[];
  /** … nor these packages (a name or a name's prefix ending in /). */
  packages: string[];
  why: string;
}

export const BOUNDARIES: Boundary[] = [
  { from: 'core', folders: ['src', 'scripts'], packages: ['astro', '@astrojs/'], why: 'the shared core stands on its own' },
  { from: 'scripts/ingest', folders: ['src'], packages: ['astro', '@astrojs/'], why: 'the pipeline reaches the site only through core/' },
  { from: 'src', folders: ['scripts'], packages: [], why: 'the site reaches the pipeline only through core/' },
];

const SOURCE = /\.(ts|mts|mjs|js|astro)$/;

export interface Violation {
  file: string;
  specifier: string;
  why: string;
}

/** The import and export specifiers of one source text, dynamic imports included. */
export function specifiersOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

const packageMatches = (specifier: string, name: string) => (name.endsWith('/') ? specifier.startsWith(name) : specifier === name || specifier.startsWith(`${name}/`) || specifier.startsWith(`${name}:`));

/** The boundaries a file (relative to the project root, with /) crosses by importing `specifier`. */
export function crossing(file: string, specifier: string): Boundary | undefined {
  const boundary = BOUNDARIES.find((b) => file.startsWith(`${b.from}/`));
  if (!boundary) return undefined;
  if (specifier.startsWith('.')) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    return boundary.folders.some((folder) => target.startsWith(`${folder}/`)) ? boundary : undefined;
  }
  return boundary.packages.some((name) => packageMatches(specifier, name)) ? boundary : undefined;
}

function sourcesUnder(root: string, folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Every import in the project under `root` that crosses a boundary. */
export function importViolations(root: string): Violation[] {
  const out: Violation[] = [];
  for (const folder of new Set(BOUNDARIES.map((b) => b.from))) {
    for (const file of sourcesUnder(root, folder)) {
      for (const specifier of specifiersOf(readFileSync(path.join(root, file), 'utf8'))) {
        const boundary = crossing(file, specifier);
        if (boundary) out.push({ file, specifier, why: boundary.why });
      }
    }
  }
  return out;
}

if (import.meta.main) {
  const violations = importViolations(path.resolve(import.meta.dirname, '..'));
  for (const v of violations) console.error(`${v.file}: imports ${v.specifier}: ${v.why}`);
  if (violations.length > 0) process.exit(1);
  console.log('imports: the pipeline and the site meet only in core/');
}
