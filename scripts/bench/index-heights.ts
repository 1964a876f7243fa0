#!/usr/bin/env node
// npm run bench:index-heights -- [--site DIR] | [--docs N [--seed S] [--heap MB] [--rebuild | --no-build]] [--json FILE]
//
// How tall the index pages of a built site are, in screens, in Chromium at a
// desktop and a phone width: the home page, /years/, the undated list, the
// largest year, /speakers/, /regions/, the largest province, /types/,
// /slogans/ and the first page of the largest list. With --site it measures a
// site already built (default dist/). With --docs it first builds one over
// the benchmark's corpus of N documents (the bench's own generator, seed and
// ingest), in bench-results/index-heights-N/ with caches of its own, so the
// checkout's content, caches and dist/ are untouched; --rebuild builds the
// site again over the documents already ingested there (to check a change to
// the pages), --no-build measures what is there.
//
// Index pages (home, /years/, /speakers/, /regions/, /types/, /slogans/) fail
// the check above MAX_SCREENS; list pages are shown for comparison, their
// height set by the page size whatever the corpus.
import { chromium, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';
import { loadSeedPool } from './seeds.ts';
import { serveStatic } from './server.ts';
import { makeSiteRoot } from './site.ts';

/** A laptop screen and a phone's: the two widths the site is checked at. */
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
/** Taller than this many screens is too tall for an index page. */
const MAX_SCREENS = 5;

const { values: opts } = parseArgs({
  options: {
    site: { type: 'string' },
    docs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    heap: { type: 'string', default: '8192' },
    rebuild: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const repo = path.resolve(import.meta.dirname, '../..');
const say = (text: string) => console.error(`index-heights: ${text}`);

function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }) {
  say(`${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')}`);
  const result = spawnSync(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`index-heights: ${args[0]} ended with ${result.signal ?? `exit ${result.status}`}`);
}

/** Generates, ingests and builds the benchmark corpus of `docs` documents; returns the built site. */
function buildBenchSite(docs: number, seed: number): string {
  const work = path.join(repo, 'bench-results', `index-heights-${docs}`);
  const dir = (name: string) => path.join(work, name);
  if (opts['no-build']) return dir('dist');
  const node = process.execPath;
  if (!opts.rebuild || !existsSync(dir('documents'))) {
    mkdirSync(dir('no-overrides'), { recursive: true });
    say(`generating ${docs} documents in ${dir('raw')}`);
    writeCorpus(dir('raw'), loadSeedPool(path.join(repo, 'content/raw')), docs, seed);
    run(node, [path.join(repo, 'scripts/ingest/cli.ts'), '--input', dir('raw'), '--output', dir('documents'), '--report', dir('report.json'), '--overrides', dir('no-overrides'), '--quiet'], {
      cwd: repo,
      env: { INGEST_CACHE_DIR: dir('ingest-cache') },
    });
  }
  makeSiteRoot(repo, dir('site'));
  run(node, [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir('site'), '--outDir', dir('dist')], {
    cwd: dir('site'),
    env: { DOCUMENTS_DIR: dir('documents'), RAW_DIR: dir('raw'), ASTRO_CACHE_DIR: dir('astro-cache'), NODE_OPTIONS: `--max-old-space-size=${opts.heap}` },
  });
  return dir('dist');
}

interface Listed {
  href: string;
  count: number;
}

/** Links on the page with the document count beside them ("N 篇" or "(N)"), largest first. */
async function listedCounts(page: Page, selector: string): Promise<Listed[]> {
  const found = await page.locator(selector).evaluateAll((links) =>
    links.map((a) => {
      const text = a.parentElement?.querySelector('.count')?.textContent ?? '';
      return { href: (a as HTMLAnchorElement).getAttribute('href') ?? '', count: Number(/\d+/.exec(text)?.[0] ?? NaN) };
    }),
  );
  return found.filter((l) => l.href && Number.isFinite(l.count)).sort((a, b) => b.count - a.count);
}

/** The pages to measure, found from the site's own indexes so that any corpus works. */
type Kind = 'index' | 'list';

async function pagesOf(page: Page, origin: string): Promise<{ label: string; path: string; kind: Kind }[]> {
  await page.goto(`${origin}/years/`);
  const years = await listedCounts(page, '.facet-list a');
  const undated = years.find((y) => /undated/.test(y.href));
  const largestYear = years.find((y) => y !== undated);
  await page.goto(`${origin}/types/`);
  const types = await listedCounts(page, '.facet-list a');
  await page.goto(`${origin}/regions/`);
  const provinces = await listedCounts(page, '.region-tree > li > a, .region-tree > li > details > summary > a');
  const largest = [...years, ...types, ...provinces].sort((a, b) => b.count - a.count)[0];
  const index = (label: string, path: string) => ({ label, path, kind: 'index' as const });
  const list = (label: string, l: Listed | undefined) => (l ? [{ label: `${label} (${l.count} 篇)`, path: l.href, kind: 'list' as const }] : []);
  const pages = [
    index('home', '/'),
    index('years', '/years/'),
    ...list('undated, page 1', undated),
    ...list('largest year, page 1', largestYear),
    index('speakers', '/speakers/'),
    index('regions', '/regions/'),
    ...list('largest province, page 1', provinces[0]),
    index('types', '/types/'),
    index('slogans', '/slogans/'),
    ...list('largest list, page 1', largest),
  ];
  return pages;
}

interface Height {
  label: string;
  path: string;
  kind: Kind;
  /** Per viewport width: the document's height in px and in screens. */
  heights: { width: number; px: number; screens: number }[];
}

async function measureHeights(siteDir: string): Promise<Height[]> {
  if (!existsSync(path.join(siteDir, 'index.html'))) throw new Error(`index-heights: no built site in ${siteDir}`);
  const { server, origin } = await serveStatic(siteDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const pages = await pagesOf(page, origin);
    const rows: Height[] = pages.map((p) => ({ ...p, heights: [] }));
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const row of rows) {
        await page.goto(origin + row.path, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const px = await page.evaluate(() => document.documentElement.scrollHeight);
        row.heights.push({ width: viewport.width, px, screens: px / viewport.height });
      }
    }
    await context.close();
    return rows;
  } finally {
    await browser.close();
    await new Promise((resolve) => (server as Server).close(resolve));
  }
}

const tooTall = (row: Height, h: Height['heights'][number]) => row.kind === 'index' && h.screens > MAX_SCREENS;

function formatHeights(rows: readonly Height[]): string {
  const head = ['page', 'path', ...VIEWPORTS.map((v) => `${v.width}×${v.height}`)];
  const cell = (r: Height, h: Height['heights'][number]) => `${h.screens.toFixed(1)} (${h.px.toLocaleString('en')} px)${tooTall(r, h) ? ' ✗' : ''}`;
  const lines = [head, head.map(() => '---'), ...rows.map((r) => [r.kind === 'list' ? `list: ${r.label}` : r.label, `\`${decodeURI(r.path)}\``, ...r.heights.map((h) => cell(r, h))])];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

const docs = opts.docs === undefined ? undefined : Number(opts.docs);
if (docs !== undefined && (!Number.isInteger(docs) || docs < 1)) throw new Error(`index-heights: --docs must be a positive integer, not ${opts.docs}`);
const siteDir = path.resolve(docs ? buildBenchSite(docs, Number(opts.seed)) : (opts.site ?? path.join(repo, 'dist')));
say(`measuring ${siteDir}`);
const rows = await measureHeights(siteDir);
console.log(`Document height in screens (px); an index page of more than ${MAX_SCREENS} screens is marked ✗\n`);
console.log(formatHeights(rows));
if (opts.json) writeFileSync(opts.json, JSON.stringify({ site: siteDir, viewports: VIEWPORTS, rows }, null, 2) + '\n');
process.exitCode = rows.some((r) => r.heights.some((h) => tooTall(r, h))) ? 1 : 0;
