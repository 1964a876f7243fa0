// Document bodies rendered ahead of their pages in a worker thread. Turning a
// document's MDX into HTML (src/lib/document-html.ts) is most of a document
// page's time, Astro renders every page on the build's thread, and on a machine
// with two CPUs the second is mostly idle meanwhile (docs/performance.md). So the
// document pages' getStaticPaths hands the files of the pages this build
// will render to a worker, which renders the bodies a little ahead of the
// pages, in their order. Each body is claimed once, in shared memory, by
// whichever side reaches it first: the page renders the bodies it claims and
// waits for the worker's. The worker stays at most AHEAD bodies past the
// pages, so that the bodies waiting for their page are a few hundred, not
// the worker's whole share of the archive: going backwards from the last
// page, it held half the archive's HTML until the pages met it (0.7 GB of the
// build's heap at 10,000 documents). The HTML is the same either way: the
// same function of the same file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { cacheDir, root } from 'virtual:speech-archive/build-context';
import type { Doc } from './documents.ts';
import { documentHtml } from './document-source.ts';

const FREE = 0;
const PAGE = 1;
/** Below this many bodies to render, starting a worker (its own modules to load) costs more than it saves. */
const WORKER_AFTER = 32;
/** How far past the pages the worker renders: what bounds the bodies held at once. */
const AHEAD = 256;

/** A body the worker rendered; null when it failed (the page renders it again and reports why). */
export interface RenderedBody {
  slot: number;
  html: string | null;
}

export interface BodiesJob {
  root: string;
  /** Files (as the collection entries name them, relative to the root) in the order the pages render. */
  files: string[];
  /** One Int32 a file: FREE, or claimed by the page or the worker. */
  claims: SharedArrayBuffer;
  /** One Int32: the slot after the furthest one a page has asked for. */
  progress: SharedArrayBuffer;
  /** How many slots past it the worker may render (AHEAD). */
  ahead: number;
}

interface Ahead {
  slots: Map<string, number>;
  claims: Int32Array;
  progress: Int32Array;
  ready: Map<number, string | null>;
  waiting: Map<number, (html: string | null) => void>;
  /** The worker stopped: bodies it claimed and never sent are rendered by their pages. */
  gone: boolean;
  /** Waits for the worker's body of `slot`. */
  wait: (slot: number) => Promise<string | null>;
}

let ahead: Ahead | undefined;

/** A page to be: its document, its path and its cacheKey. */
export interface PlannedPage {
  doc: Doc;
  pathname: string;
  cacheKey: string;
}

/**
 * Starts rendering ahead the bodies of the pages of `route` (its component, as
 * Astro's incremental build names it) that this build will render: those whose
 * cacheKey differs from the last build's in Astro's incremental-build record
 * (all of them without one). A page Astro renders for another reason (its
 * code changed) renders its body itself.
 */
export function renderAhead(route: string, pages: readonly PlannedPage[]): void {
  if (ahead) return;
  const last = lastKeys(route);
  const files = pages.filter((p) => last?.get(p.pathname) !== p.cacheKey && p.doc.filePath).map((p) => ({ id: p.doc.id, file: p.doc.filePath! }));
  if (files.length < WORKER_AFTER) return;
  const claims = new SharedArrayBuffer(files.length * Int32Array.BYTES_PER_ELEMENT);
  const progress = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const state: Ahead = {
    slots: new Map(files.map((f, slot) => [f.id, slot])),
    claims: new Int32Array(claims),
    progress: new Int32Array(progress),
    ready: new Map(),
    waiting: new Map(),
    gone: false,
    wait: async () => null,
  };
  const job: BodiesJob = { root, files: files.map((f) => f.file), claims, progress, ahead: AHEAD };
  const worker = new Worker(path.join(root, 'src/lib/document-bodies-worker.ts'), { workerData: job });
  // It holds the build open only while a page waits for it (a failed build need not wait for the rest of its bodies).
  worker.unref();
  state.wait = (slot) =>
    new Promise((resolve) => {
      if (state.waiting.size === 0) worker.ref();
      state.waiting.set(slot, resolve);
    });
  worker.on('message', ({ slot, html }: RenderedBody) => {
    const resolve = state.waiting.get(slot);
    if (resolve) {
      state.waiting.delete(slot);
      if (state.waiting.size === 0) worker.unref();
      resolve(html);
    } else state.ready.set(slot, html);
  });
  const stop = () => {
    state.gone = true;
    for (const resolve of state.waiting.values()) resolve(null);
    state.waiting.clear();
  };
  worker.on('error', stop);
  worker.on('exit', stop);
  ahead = state;
}

/** The cacheKey of each path of `route` in the last build, from Astro's record of it; undefined without one. */
function lastKeys(route: string): Map<string, string> | undefined {
  try {
    const record = JSON.parse(readFileSync(path.join(cacheDir, 'incremental-build.json'), 'utf8')) as { routes?: Record<string, { paths?: Record<string, { cacheKey?: string }> }> };
    return new Map(Object.entries(record.routes?.[route]?.paths ?? {}).map(([pathname, entry]) => [pathname, entry.cacheKey ?? '']));
  } catch {
    return undefined;
  }
}

/** The document's body as HTML (documentHtml), from the worker when it got there first. */
export async function documentBody(doc: Doc): Promise<string> {
  const state = ahead;
  const slot = state?.slots.get(doc.id);
  if (state && slot !== undefined && slot >= state.progress[0]!) {
    // Only this thread writes it; the worker waits on it when it is AHEAD past.
    Atomics.store(state.progress, 0, slot + 1);
    Atomics.notify(state.progress, 0);
  }
  if (!state || slot === undefined || Atomics.compareExchange(state.claims, slot, FREE, PAGE) === FREE) return documentHtml(doc);
  let html: string | null;
  if (state.ready.has(slot)) {
    html = state.ready.get(slot)!;
    state.ready.delete(slot);
  } else html = state.gone ? null : await state.wait(slot);
  return html ?? documentHtml(doc);
}
