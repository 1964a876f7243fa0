// The one-file rebuild without Astro's whole build (issue 17): after a full
// `astro build` has kept its compiled pages (src/integrations/onefast-state.ts),
// a rebuild over the same code syncs the documents collection with the same
// loader and schema, renders with Astro's own renderer only the pages whose
// cacheKey changed (and those without one, which every build renders), removes
// the pages the collection no longer has, and runs the build's own
// integrations (glossary, prune, Pagefind, phrase index, exports) as Astro
// would at the end of a build. Every other file of dist/ stays as it is.
//
// It declines — and scripts/build/cli.ts runs `astro build` instead — when
// there is no kept state, when any source, setting, package or the slogans
// collection differs from the build that kept it (codeVersion), when the
// output folder is another, when SITE_URL is set (the sitemap integration is
// not run here), and when Astro's own incremental manifest or the last page
// list is missing. Any failure after it started removes the kept state, so that
// the next build is a full one (cli.ts runs it at once when no step had started yet).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ASTRO_DIST, codeVersion, ONEFAST_DIR, type OnefastState } from '../../src/integrations/onefast-state.ts';
import { openKept, type StaticPath } from './render-kept.ts';

export interface OnefastOptions {
  root: string;
  outDir: string;
  cacheDir: string;
  log: (line: string) => void;
}

interface Manifest {
  routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string; outputFile: string; contentHashes?: Record<string, string> }> }>;
}

const DATA_CHUNK_MARK = '// \\0astro:data-layer-content';
/** Where the data-layer chunk finds the synced store in this process. */
const STORE_SLOT = Symbol.for('speech-archive:onefast-store');

/** Why the fast path cannot run, or undefined. */
export function declined(o: OnefastOptions): string | undefined {
  const dir = path.join(o.cacheDir, ONEFAST_DIR);
  if (!existsSync(path.join(dir, 'state.json'))) return 'no kept state from a full build';
  if (process.env.SITE_URL) return 'SITE_URL is set (the sitemap is written by a full build)';
  const state = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8')) as OnefastState;
  if (fileURLToPath(state.config.outDir) !== path.resolve(o.outDir) + path.sep && fileURLToPath(state.config.outDir) !== path.resolve(o.outDir)) return 'another output folder';
  if (state.codeVersion !== codeVersion(o.root)) return 'the code, settings or slogans changed since the kept build';
  for (const f of ['incremental-build.json', 'data-store.json', 'prune/pages.json']) if (!existsSync(path.join(o.cacheDir, f))) return `no ${f} in the cache`;
  return undefined;
}

type Hook = (options: Record<string, unknown>) => unknown;
type Integration = { name: string; hooks: Record<string, Hook | undefined> };

export async function onefast(o: OnefastOptions): Promise<{ rendered: number; removed: number; pages: number }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  // Wall since the start and this process's CPU (its threads; not the steps' own processes).
  const lap = (what: string) => {
    const c = process.cpuUsage(c0);
    o.log(`${what} (${((performance.now() - t0) / 1000).toFixed(1)} s, ${((c.user + c.system) / 1e6).toFixed(1)} CPU-s)`);
  };
  const dir = path.join(o.cacheDir, ONEFAST_DIR);
  let started = false;
  try {
    const rootUrl = pathToFileURL(o.root + path.sep);
    const cacheUrl = pathToFileURL(o.cacheDir + path.sep);
    const outUrl = pathToFileURL(path.resolve(o.outDir) + path.sep);
    const logger = integrationLogger(o.log);
    const state = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8')) as OnefastState;
    // What the integrations read of Astro's config (the site's address only without SITE_URL: declined).
    const config = { root: rootUrl, cacheDir: cacheUrl, outDir: outUrl, site: undefined, build: { assets: state.config.assets, format: state.config.format } };

    // The build's integrations but Astro's own (MDX, sitemap) and the state's keeper, in astro.config.mjs's order.
    const { buildContext } = await import('../../src/integrations/build-context.ts');
    const { glossaryEarly } = await import('../../src/integrations/glossary-early.ts');
    const { prune } = await import('../../src/integrations/prune.ts');
    const { concurrentBuildDone } = await import('../../src/integrations/concurrent.ts');
    const { pagefind } = await import('../../src/integrations/pagefind.ts');
    const { phraseIndex } = await import('../../src/integrations/phrase-index.ts');
    const { dataExports } = await import('../../src/integrations/exports.ts');
    const integrations = [
      buildContext(),
      glossaryEarly(),
      prune(),
      concurrentBuildDone('speech-archive:indexes', [pagefind(), phraseIndex(), dataExports()]),
    ] as unknown as Integration[];
    const hook = async (name: string, params: Record<string, unknown>) => {
      for (const i of integrations) await i.hooks[name]?.({ ...params, logger: logger.fork(i.name) });
    };
    await hook('astro:config:setup', { command: 'build', config, updateConfig: () => config, isRestart: false });
    await hook('astro:config:done', { config });

    // The content sync of the documents collection, as Astro's content layer runs it (the slogans' are unchanged: codeVersion).
    const store = await syncDocuments(o, config, logger);
    lap('documents synced');

    // The pages read the store from the bundle's data-layer chunk: it gets this store.
    const kept = path.join(dir, 'bundle', 'chunks');
    const { readdirSync } = await import('node:fs');
    const chunk = readdirSync(kept).find((f) => f.startsWith('_astro_data-layer-content_') && readFileSync(path.join(kept, f), 'utf8').startsWith(DATA_CHUNK_MARK));
    if (!chunk) throw new Error('the kept bundle has no data-layer chunk');
    // The chunk answers the synced store itself, as the Map of collections Astro's data store takes from a module
    // (ImmutableDataStore.fromModule: a Map is used as it is), instead of the store's text as a string literal that the
    // pages parsed and unflattened again: an 11 MB source at 10,000 documents, compiled anew on every rebuild since it
    // changes with every edit. The Map is sorted as Astro's writer sorts the file the full build's pages read.
    (globalThis as Record<symbol, unknown>)[STORE_SLOT] = store;
    // Should the slot be empty (the chunk imported by another process), the store file, which holds the same: Astro
    // would take a failing chunk for an empty collection.
    const storeFile = JSON.stringify(fileURLToPath(new URL('data-store.json', cacheUrl)));
    writeFileSync(
      path.join(kept, chunk),
      `${DATA_CHUNK_MARK}\nimport { readFileSync } from 'node:fs';\nvar _astro_data_layer_content_default = globalThis[Symbol.for(${JSON.stringify(STORE_SLOT.description)})] ?? JSON.parse(readFileSync(${storeFile}, 'utf8'));\nexport { _astro_data_layer_content_default as default };\n`,
    );

    // From here the steps run processes and workers of their own that write into the cache folder: a failure can no
    // longer be followed by a full build in this process (cli.ts).
    started = true;
    // Not prune's: it empties the client bundle folder, which Vite writes again in a full build; here it is kept.
    for (const i of integrations) if (i.name !== 'speech-archive:prune') await i.hooks['astro:build:start']?.({ setPrerenderer: () => {}, logger: logger.fork(i.name) });

    const renderer = await openKept(dir);
    const paths = await renderer.staticPaths();
    lap(`${paths.length} paths`);
    const manifestFile = path.join(o.cacheDir, 'incremental-build.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    const deps = new Map(renderer.state.pageDependencyHashes);
    const keep = new Set<string>();
    let rendered = 0;
    const html: URL[] = [];
    const todo: StaticPath[] = [];
    for (const p of paths) {
      const before = manifest.routes[p.route.component]?.paths[p.pathname];
      const same = p.cacheKey !== undefined && before?.cacheKey === p.cacheKey && manifest.routes[p.route.component]!.dependencyHash === (deps.get(p.route.component) ?? '') && !before.contentHashes;
      if (same && existsSync(path.join(o.outDir, decodeURIComponent(before.outputFile)))) {
        keep.add(`${p.route.component}\0${p.pathname}`);
        html.push(new URL(before.outputFile, outUrl));
      } else todo.push(p);
    }
    // Four at a time, as astro.config.mjs's build.concurrency.
    let next = 0;
    const work = async () => {
      while (next < todo.length) {
        const p = todo[next++]!;
        const out = await renderer.render(p);
        if (!out) continue;
        const file = path.join(o.outDir, out.file);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, out.body);
        html.push(new URL(out.encoded, outUrl));
        rendered++;
        if (p.cacheKey !== undefined) {
          // Astro's own record of the page, so that its next build restores it (its copy in the cache folder) or renders it again by key.
          const route = (manifest.routes[p.route.component] ??= { dependencyHash: deps.get(p.route.component) ?? '', paths: {} });
          route.paths[p.pathname] = { cacheKey: p.cacheKey, outputFile: out.encoded };
          const copy = path.join(o.cacheDir, 'dist', out.file);
          mkdirSync(path.dirname(copy), { recursive: true });
          writeFileSync(copy, out.body);
          keep.add(`${p.route.component}\0${p.pathname}`);
        }
      }
    };
    await Promise.all([work(), work(), work(), work()]);
    // Paths Astro recorded that this collection no longer has: their record and cached copy go (the page itself: prune).
    let removed = 0;
    for (const [component, route] of Object.entries(manifest.routes)) {
      for (const [pathname, entry] of Object.entries(route.paths)) {
        if (keep.has(`${component}\0${pathname}`)) continue;
        delete route.paths[pathname];
        rmSync(path.join(o.cacheDir, 'dist', decodeURIComponent(entry.outputFile)), { force: true });
        removed++;
      }
    }
    writeFileSync(manifestFile, JSON.stringify(manifest));
    lap(`${rendered} pages rendered, ${paths.length - todo.length} kept`);

    await hook('astro:build:done', { dir: outUrl, assets: new Map([['pages', html]]), pages: [], routes: [] });
    lap('integrations done');
    return { rendered, removed, pages: paths.length };
  } catch (error) {
    // Half-done: the next build must be a full one.
    rmSync(dir, { recursive: true, force: true });
    throw Object.assign(error as Error, { stepsStarted: started });
  }
}

/** An integration logger of Astro's shape, printing as Astro does (name in brackets). */
function integrationLogger(log: (line: string) => void, label = 'onefast') {
  const logger = {
    label,
    options: { destination: { write: () => true }, level: 'info' },
    info: (message: string) => log(`[${label}] ${message}`),
    warn: (message: string) => log(`[${label}] warning: ${message}`),
    error: (message: string) => log(`[${label}] error: ${message}`),
    debug: () => {},
    fork: (name: string) => integrationLogger(log, name),
  };
  return logger;
}

/**
 * The documents collection synced into Astro's data store file, by Astro's own store and entry
 * validation and the collection's loader and schema; answers its collections as Astro's writer orders them.
 */
async function syncDocuments(o: OnefastOptions, config: { root: URL; cacheDir: URL }, logger: ReturnType<typeof integrationLogger>): Promise<Map<string, Map<string, unknown>>> {
  const { MutableDataStore } = (await import(new URL('content/mutable-data-store.js', ASTRO_DIST).href)) as {
    MutableDataStore: { fromString(s: string): Promise<{ scopedStore(c: string): unknown; metaStore(c: string): unknown; toString(): string; _collections: Map<string, Map<string, unknown>> }> };
  };
  const { getEntryData } = (await import(new URL('content/utils.js', ASTRO_DIST).href)) as { getEntryData(e: unknown, c: unknown, emit: boolean): Promise<unknown> };
  const require = createRequire(new URL('content/content-layer.js', ASTRO_DIST));
  const xxhash = ((await import(pathToFileURL(require.resolve('xxhash-wasm')).href)) as { default: () => Promise<{ h64ToString(s: string): string }> }).default;
  const { h64ToString } = await xxhash();
  const { documentsLoader, documentsSchema } = await import('../../src/lib/documents-collection.ts');
  const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
  const before = readFileSync(file, 'utf8');
  // Without a file to write to (fromString, not fromFile): a store read from its file saves itself whole 500 ms after
  // each change, and the sync of 10,000 files' stats outlasts that, so it was serialized in the middle of the sync
  // and again at its end. Here it is serialized once, below.
  const store = await MutableDataStore.fromString(before);
  const loader = documentsLoader();
  const collection = { type: 'content_layer', schema: documentsSchema, loader };
  await loader.load({
    collection: 'documents',
    store: store.scopedStore('documents'),
    meta: store.metaStore('documents'),
    logger: logger.fork('documents'),
    config,
    parseData: ({ id, data, filePath = '' }: { id: string; data: unknown; filePath?: string }) =>
      getEntryData({ id, collection: 'documents', unvalidatedData: data, _internal: { rawData: undefined, filePath } }, collection, false),
    generateDigest: (data: unknown) => h64ToString(typeof data === 'string' ? data : JSON.stringify(data)),
    watcher: undefined,
  } as never);
  // Astro's own serialization (sorted by collection and id), as its writer makes it; written only when it differs, as
  // its writer does, through a temporary file so that a failure leaves the last store whole.
  const after = store.toString();
  if (after !== before) {
    writeFileSync(`${file}.tmp`, after);
    renameSync(`${file}.tmp`, file);
  }
  // data-store-writer.js's sortCollections.
  return new Map([...store._collections].sort(([a], [b]) => a.localeCompare(b)).map(([name, entries]) => [name, new Map([...entries].sort(([a], [b]) => a.localeCompare(b)))]));
}
