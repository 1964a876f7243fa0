// Search cost in Chromium: for each query of a fixed list,
// a fresh browser context loads the search page (the startup download), then
// the query is submitted in the page; we record the bytes fetched for the query
// (until every request it started, snippet texts included, has finished) and
// the time until the first result row is painted (or the page says none) —
// what a reader sees first, not the moment every snippet has arrived.
import { chromium, type Browser } from '@playwright/test';
import type { Server } from 'node:http';
import { serveStatic } from './server.ts';

/** The search page's markup (src/pages/search.astro); the one place the benchmark names it. */
export const SEARCH_PAGE = {
  path: '/search/',
  root: '.search-page',
  form: 'form.search-form',
  input: 'input[name=q]',
  result: '.search-result',
  /** Marked aria-busy while snippet texts are still arriving. */
  list: '.search-results',
} as const;

export const QUERIES = ['三严三实', '两个维护', '三会一课', '党委领导下的院长负责制', '7个能力', '黨建', '健康乡村', '四个意识', '一岗双责', '从严治党', '高质量发展', '党建工作'];

export interface QueryCost {
  query: string;
  /** Bytes on the wire (headers included) from submitting the query until the page is done. */
  bytes: number;
  /** Milliseconds from submitting the query to the first frame painted with a result row (or the no-result message). */
  firstResultMs: number;
  results: number;
}

export interface SearchCost {
  startupBytes: number;
  queries: QueryCost[];
}

const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function measureQuery(browser: Browser, origin: string, query: string): Promise<QueryCost & { startupBytes: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  const pending = new Set<string>();
  cdp.on('Network.requestWillBeSent', (event) => pending.add(event.requestId));
  cdp.on('Network.loadingFinished', (event) => {
    pending.delete(event.requestId);
    bytes += event.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (event) => pending.delete(event.requestId));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(origin + SEARCH_PAGE.path, { waitUntil: 'networkidle' });
  const startupBytes = bytes;
  bytes = 0;
  const firstResultMs = await page.evaluate(
    ({ sel, q }) =>
      new Promise<number>((resolve) => {
        const root = document.querySelector<HTMLElement>(sel.root)!;
        const form = root.querySelector<HTMLFormElement>(sel.form)!;
        form.querySelector<HTMLInputElement>(sel.input)!.value = q;
        const started = performance.now();
        const settled = () => root.querySelector(sel.result) !== null || root.dataset.state === 'ready';
        // The next animation frame is the one that paints the row (style, layout and paint follow its
        // callbacks at once); a timer after it would also count whatever work the page queued first.
        const painted = () => requestAnimationFrame(() => resolve(performance.now() - started));
        const observer = new MutationObserver(() => {
          if (!settled()) return;
          observer.disconnect();
          painted();
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
        form.requestSubmit();
      }),
    { sel: SEARCH_PAGE, q: query },
  );
  await page.waitForFunction(
    (sel) => document.querySelector<HTMLElement>(sel.root)?.dataset.state === 'ready' && document.querySelector(sel.list)?.getAttribute('aria-busy') !== 'true',
    SEARCH_PAGE,
  );
  await waitUntil(() => pending.size === 0);
  const results = await page.locator(SEARCH_PAGE.result).count();
  await context.close();
  if (errors.length) throw new Error(`bench: the search page threw for ${query}: ${errors.join('; ')}`);
  return { query, bytes, firstResultMs, results, startupBytes };
}

async function waitUntil(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Serves `siteDir`, runs every query in Chromium, and stops the server. */
export async function measureSearch(siteDir: string, queries = QUERIES): Promise<SearchCost> {
  const { server, origin } = await serveStatic(siteDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: BROWSER_ARGS });
  try {
    const measured = [];
    for (const query of queries) measured.push(await measureQuery(browser, origin, query));
    return { startupBytes: Math.max(...measured.map((m) => m.startupBytes)), queries: measured.map(({ startupBytes: _, ...q }) => q) };
  } finally {
    await browser.close();
    await new Promise((resolve) => (server as Server).close(resolve));
  }
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
