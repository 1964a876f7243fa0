// Renders pages with the prerender bundle an earlier `astro build` compiled
// and src/integrations/onefast-state.ts kept, in this process, through
// Astro's own renderer (the same path and page code as the build's, so the same
// bytes), without Vite, the content sync or the bundling.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ASTRO_DIST, BUNDLE_DIR, STATE_FILE, type OnefastState } from '../../src/integrations/onefast-state.ts';

interface RouteData {
  component: string;
  route: string;
  type: string;
  prerender: boolean;
  distURL?: URL[];
}
export interface StaticPath {
  pathname: string;
  route: RouteData;
  cacheKey?: string;
}
interface App {
  setInternals(i: unknown): void;
  setOptions(o: unknown): void;
}

const astro = async <T>(file: string) => (await import(new URL(file, ASTRO_DIST).href)) as T;

/** A logger of Astro's shape that keeps only warnings and errors (to stderr). */
function quietLogger() {
  const destination = {
    write(event: { level: string; message: string; label?: string | null }) {
      if (event.level === 'warn' || event.level === 'error') process.stderr.write(`onefast: [${event.label ?? ''}] ${event.message}\n`);
      return true;
    },
  };
  const logger = {
    options: { destination, level: 'warn' },
    info() {},
    debug() {},
    warn: (label: string, message: string) => destination.write({ level: 'warn', label, message }),
    error: (label: string, message: string) => destination.write({ level: 'error', label, message }),
    fork: () => logger,
    forkIntegrationLogger: () => logger,
  };
  return logger;
}

export interface KeptRenderer {
  state: OnefastState;
  /** Every path of every prerendered route, with its cacheKey, as Astro's build lists them. */
  staticPaths(): Promise<StaticPath[]>;
  /** The page's bytes and its file in dist/ (relative), as Astro's build writes them. */
  render(p: StaticPath): Promise<{ body: Buffer; file: string; encoded: string } | null>;
}

export async function openKept(stateDir: string): Promise<KeptRenderer> {
  const state = JSON.parse(readFileSync(path.join(stateDir, STATE_FILE), 'utf8')) as OnefastState;
  const entry = (await import(pathToFileURL(path.join(stateDir, BUNDLE_DIR, state.prerenderEntryFileName)).href)) as { app: App };
  const logger = quietLogger();
  const c = state.config;
  const outDir = new URL(c.outDir);
  const settings = {
    buildOutput: state.buildOutput,
    scripts: state.scripts,
    adapter: undefined,
    config: {
      base: c.base,
      build: { format: c.format, redirects: c.redirects },
      trailingSlash: c.trailingSlash,
      compressHTML: c.compressHTML,
      outDir,
      publicDir: new URL(c.publicDir),
      ...(c.site ? { site: c.site } : {}),
    },
  };
  const options = { settings, origin: state.origin, logger, routesList: { routes: [] } };
  const internals = {
    prerenderEntryFileName: state.prerenderEntryFileName,
    pagesByKeys: new Map(state.pages.map(([key, styles]) => [key, { styles }])),
    entrySpecifierToBundleMap: new Map(state.entrySpecifierToBundleMap),
    pageDependencyHashes: new Map(state.pageDependencyHashes),
  };
  const app = entry.app;
  app.setInternals(internals);
  app.setOptions(options);
  const { StaticPaths } = await astro<{ StaticPaths: new (app: App) => { getAll(): Promise<StaticPath[]> } }>('runtime/prerender/static-paths.js');
  const { renderPath } = await astro<{ renderPath(o: unknown): Promise<{ body: Buffer | string; outFile: URL } | null> }>('core/build/generate.js');
  const prerenderer = {
    name: 'speech-archive:onefast',
    app,
    getStaticPaths: () => new StaticPaths(app).getAll(),
    render: async (request: Request, o: { routeData: unknown; collectMetadata?: boolean }) => {
      const { renderForPrerender } = await astro<{ renderForPrerender(a: App, r: Request, o: unknown): Promise<unknown> }>('core/app/prerender.js');
      return renderForPrerender(app, request, o);
    },
  };
  return {
    state,
    staticPaths: () => prerenderer.getStaticPaths(),
    async render(p) {
      const result = await renderPath({ prerenderer, pathname: p.pathname, route: p.route, options, logger, collectMetadata: false });
      if (!result) return null;
      const body = typeof result.body === 'string' ? Buffer.from(result.body) : result.body;
      // Astro records the file by its URL's path (percent-encoded); the file system has it decoded.
      const encoded = result.outFile.href.slice(outDir.href.length);
      return { body, file: decodeURIComponent(encoded), encoded };
    },
  };
}
