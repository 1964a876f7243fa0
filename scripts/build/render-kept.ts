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
  const renderPath = await renderPathOfAstro();
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

interface RenderPathOptions {
  prerenderer: { render(request: Request, o: { routeData: unknown; collectMetadata?: boolean }): Promise<unknown> };
  pathname: string;
  route: RouteData & { pathname?: string; isIndex?: boolean; redirect?: string };
  options: { settings: { config: Record<string, unknown> & { base: string; outDir: URL; publicDir: URL; build: { format: string; redirects: boolean }; trailingSlash: string; compressHTML: boolean; site?: string }; buildOutput: string; adapter?: unknown }; origin: string; routesList: { routes: unknown[] } };
  logger: ReturnType<typeof quietLogger>;
  collectMetadata: boolean;
}

/**
 * Astro's renderPath (astro/dist/core/build/generate.js, 7.3.5) for a static build without an adapter, with Astro's own
 * helpers: generate.js's module graph loads Astro's integration hooks and with them Vite and Rolldown, about 0.6 CPU-s
 * of every one-file rebuild for a function whose own code is these lines. Left out: the adapter's static headers (no
 * adapter) and the i18n fallback test, which looks through the routes list it is given, empty here as before.
 */
async function renderPathOfAstro() {
  const { createRequest } = await astro<{ createRequest(o: unknown): Request }>('core/request.js');
  const { getOutFile, getOutFolder } = await astro<{ getOutFolder(s: unknown, p: string, r: unknown): URL; getOutFile(f: string, folder: URL, p: string, r: unknown): URL }>('core/build/common.js');
  const { redirectTemplate } = await astro<{ redirectTemplate(o: unknown): string }>('core/routing/3xx.js');
  const { getRedirectLocationOrThrow } = await astro<{ getRedirectLocationOrThrow(h: Headers): string }>('core/redirects/index.js');
  const { routeIsRedirect } = await astro<{ routeIsRedirect(r: unknown): boolean }>('core/routing/helpers.js');
  const { AstroError } = await astro<{ AstroError: { is(e: unknown): boolean } }>('core/errors/index.js');
  const p = await astro<Record<'appendForwardSlash' | 'removeLeadingForwardSlash' | 'removeTrailingForwardSlash' | 'trimSlashes', (s: string) => string> & {
    joinPaths(...s: string[]): string;
    collapseDuplicateTrailingSlashes(s: string, trailing: boolean): string;
    hasFileExtension(s: string): boolean;
  }>('core/path.js');
  const { existsSync } = await import('node:fs');

  const getUrlForPath = (pathname: string, base: string, origin: string, format: string, trailingSlash: string, routeType: string, isIndex: boolean | undefined) => {
    const effectiveFormat = format === 'preserve' ? (isIndex ? 'directory' : 'file') : format;
    const ending = effectiveFormat === 'directory' ? (trailingSlash === 'never' ? '' : '/') : '.html';
    let buildPathname: string;
    if (pathname === '/' || pathname === '') {
      buildPathname = effectiveFormat === 'file' ? p.joinPaths(base, 'index.html') : p.collapseDuplicateTrailingSlashes(base + ending, trailingSlash !== 'never');
    } else if (routeType === 'endpoint') {
      let endpointPathname = p.joinPaths(base, p.removeLeadingForwardSlash(pathname));
      if (trailingSlash === 'always' && !p.hasFileExtension(pathname)) endpointPathname = p.appendForwardSlash(endpointPathname);
      else if (trailingSlash === 'never') endpointPathname = p.removeTrailingForwardSlash(endpointPathname);
      buildPathname = endpointPathname;
    } else {
      buildPathname = p.joinPaths(base, p.removeTrailingForwardSlash(p.removeLeadingForwardSlash(pathname)) + ending);
    }
    return new URL(buildPathname, origin);
  };

  return async ({ prerenderer, pathname, route, options, logger, collectMetadata }: RenderPathOptions): Promise<{ body: Buffer | string; outFile: URL } | null> => {
    const { config } = options.settings;
    if (options.settings.buildOutput !== 'static' || options.settings.adapter) throw new Error('onefast: the kept build is not a static one');
    const url = getUrlForPath(pathname, config.base, options.origin, config.build.format, config.trailingSlash, route.type, route.isIndex);
    const request = createRequest({ url, headers: new Headers(), logger, isPrerendered: true, routePattern: route.component });
    let response: Response;
    try {
      const rendered = await prerenderer.render(request, { routeData: route, collectMetadata });
      response = rendered instanceof Response ? rendered : (rendered as { response: Response }).response;
    } catch (err) {
      logger.error('build', `Caught error rendering ${pathname}: ${err}`);
      if (err && !AstroError.is(err) && !(err as { id?: unknown }).id && typeof err === 'object') (err as { id?: unknown }).id = route.component;
      throw err;
    }
    let body: Buffer | string;
    if (response.status >= 300 && response.status < 400) {
      if (routeIsRedirect(route) && !config.build.redirects) return null;
      const locationSite = getRedirectLocationOrThrow(response.headers);
      const location = config.site ? new URL(locationSite, config.site) : locationSite;
      body = redirectTemplate({ status: response.status, absoluteLocation: location, relativeLocation: locationSite, from: new URL(request.url).pathname });
      if (config.compressHTML) body = body.replaceAll('\n', '');
      if (route.type !== 'redirect') route.redirect = location.toString();
    } else {
      if (!response.body) return null;
      body = Buffer.from(await response.arrayBuffer());
    }
    const encodedPath = encodeURI(pathname);
    const outFolder = getOutFolder(options.settings, encodedPath, route);
    const outFile = getOutFile(config.build.format, outFolder, encodedPath, route);
    if (route.distURL) route.distURL.push(outFile);
    else route.distURL = [outFile];
    // checkPublicConflict: a static build's pages go to outDir.
    const relativePath = outFile.href.slice(config.outDir.href.length);
    if (existsSync(new URL(relativePath, config.publicDir))) {
      logger.warn('build', `Skipping ${route.component} because a file with the same name exists in the public folder: ${relativePath}`);
      return null;
    }
    return { body, outFile };
  };
}
