// Keeps what a later one-file rebuild needs to render pages without Astro's
// whole build (scripts/build/onefast.ts): the prerender bundle Astro compiled
// (its .prerender folder, which Astro deletes once the pages are written) and
// the few build facts its renderer asks for (each route's stylesheets, the
// page scripts, the output settings). Astro's default prerenderer does the
// work unchanged; this only wraps it to read its build internals once.
// Nothing here changes what the build writes into dist/.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro's compiled modules, by path: the ones used here are not in its package exports. */
export const ASTRO_DIST = new URL('../../node_modules/astro/dist/', import.meta.url);

export const ONEFAST_DIR = 'onefast';
export const STATE_FILE = 'state.json';
export const BUNDLE_DIR = 'bundle';

/** What the kept bundle was compiled from: every file a page's code or the build's settings come from, the packages and
 * the environment the config reads. A rebuild takes the one-file path only while this is the same. */
export function codeVersion(root: string): string {
  const hash = createHash('sha256');
  const add = (rel: string) => {
    const full = path.join(root, rel);
    if (!existsSync(full)) return;
    const entries = readdirSync(full, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();
    for (const file of entries) hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0');
  };
  for (const file of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    if (existsSync(path.join(root, file))) hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0');
  }
  for (const folder of ['src', 'core', 'public', 'content/slogans', 'content/overrides']) add(folder);
  for (const name of ['SITE_URL', 'DOCUMENTS_DIR', 'RAW_DIR', 'ASTRO_CACHE_DIR']) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}

/** What scripts/build/onefast.ts reads back. */
export interface OnefastState {
  version: 1;
  codeVersion: string;
  /** The prerender entry's file name inside the kept bundle. */
  prerenderEntryFileName: string;
  /** Build internals' pagesByKeys, reduced to what the renderer's head elements read. */
  pages: [key: string, styles: unknown[]][];
  entrySpecifierToBundleMap: [string, string][];
  pageDependencyHashes: [string, string][];
  scripts: unknown[];
  config: {
    base: string;
    format: string;
    assets: string;
    trailingSlash: string;
    redirects: boolean;
    compressHTML: boolean;
    outDir: string;
    publicDir: string;
    site?: string;
  };
  origin: string;
  buildOutput: string;
}

interface Internals {
  prerenderEntryFileName?: string;
  pagesByKeys: Map<string, { styles: unknown[] }>;
  entrySpecifierToBundleMap: Map<string, string>;
  pageDependencyHashes?: Map<string, string>;
}
interface Options {
  origin: string;
  settings: {
    buildOutput: string;
    scripts: unknown[];
    config: { base: string; build: { format: string; redirects: boolean; assets: string }; trailingSlash: string; compressHTML: boolean; outDir: URL; publicDir: URL; site?: string };
  };
}
interface Prerenderer {
  name: string;
  app?: { setInternals(i: Internals): void; getOptions(): Options };
  setup?(): Promise<void>;
  getStaticPaths(): Promise<unknown>;
  render(request: Request, options: unknown): Promise<unknown>;
  teardown?(): Promise<void>;
}

export function onefastState(): AstroIntegration {
  let cacheDir = '';
  let root = '';
  let version = '';
  let pending: string | undefined;
  let captured: { internals: Internals; options: Options; entryUrl: URL } | undefined;
  return {
    name: 'speech-archive:onefast-state',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), ONEFAST_DIR);
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async (options) => {
        // An earlier build's state must never outlive a build that did not finish keeping its own.
        rmSync(cacheDir, { recursive: true, force: true });
        version = codeVersion(root);
        const { setPrerenderer } = options as unknown as { setPrerenderer(p: (d: Prerenderer) => Prerenderer): void };
        setPrerenderer((fallback) => {
          const wrapped: Prerenderer = {
            name: fallback.name,
            async setup() {
              await fallback.setup?.();
              const app = fallback.app!;
              // The default prerenderer hands the app its build internals in setup; ask it again with the app's
              // setInternals wrapped (the entry module is cached, so it is the same app).
              const proto = Object.getPrototypeOf(app) as { setInternals(i: Internals): void };
              const own = proto.setInternals;
              let internals: Internals | undefined;
              proto.setInternals = function (this: unknown, value: Internals) {
                internals = value;
                return own.call(this, value);
              };
              try {
                await fallback.setup?.();
              } finally {
                proto.setInternals = own;
              }
              if (internals?.prerenderEntryFileName) {
                const opts = app.getOptions();
                // Astro's own answer to where it wrote the bundle (a folder under the project root for a static site).
                const utils = (await import(new URL('prerender/utils.js', ASTRO_DIST).href)) as { getPrerenderOutputDirectory(s: unknown): URL };
                const prerenderDir = utils.getPrerenderOutputDirectory(opts.settings);
                captured = { internals, options: opts, entryUrl: new URL(internals.prerenderEntryFileName, prerenderDir) };
              }
              Object.defineProperty(wrapped, 'app', { get: () => fallback.app, configurable: true });
            },
            getStaticPaths: () => fallback.getStaticPaths(),
            render: (request, o) => fallback.render(request, o),
            teardown: () => fallback.teardown?.() ?? Promise.resolve(),
          };
          return wrapped;
        });
      },
      'astro:build:generated': ({ logger }) => {
        if (!captured) {
          logger.info('no prerender state captured: the next build cannot take the one-file path');
          return;
        }
        // Astro deletes the bundle after this hook, before astro:build:done.
        const { internals, options, entryUrl } = captured;
        const prerenderDir = path.dirname(fileURLToPath(entryUrl));
        const bundle = path.join(cacheDir, BUNDLE_DIR);
        mkdirSync(cacheDir, { recursive: true });
        cpSync(prerenderDir, bundle, { recursive: true });
        // The bundle imports the project's packages by name: they resolve from beside it as from the project.
        symlinkSync(path.join(root, 'node_modules'), path.join(cacheDir, 'node_modules'));
        const c = options.settings.config;
        const state: OnefastState = {
          version: 1,
          codeVersion: version,
          prerenderEntryFileName: path.relative(prerenderDir, fileURLToPath(entryUrl)),
          pages: [...internals.pagesByKeys].map(([key, data]) => [key, data.styles]),
          entrySpecifierToBundleMap: [...internals.entrySpecifierToBundleMap],
          pageDependencyHashes: [...(internals.pageDependencyHashes ?? [])],
          scripts: options.settings.scripts,
          config: {
            base: c.base,
            format: c.build.format,
            assets: c.build.assets,
            trailingSlash: c.trailingSlash,
            redirects: c.build.redirects,
            compressHTML: c.compressHTML,
            outDir: c.outDir.href,
            publicDir: c.publicDir.href,
            ...(c.site ? { site: c.site } : {}),
          },
          origin: options.origin,
          buildOutput: options.settings.buildOutput,
        };
        pending = JSON.stringify(state);
      },
      // Last of the integrations (astro.config.mjs): the state is kept only once every step of the build has succeeded.
      'astro:build:done': () => {
        if (pending) writeFileSync(path.join(cacheDir, STATE_FILE), pending);
      },
    },
  };
}
