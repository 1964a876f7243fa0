import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { pagefind } from '../../src/integrations/pagefind.ts';
import { MAX_DELTA_SHARE, planIndex, type DeltaState } from '../../src/lib/pagefind/plan.ts';

describe('planIndex', () => {
  const pages = Object.fromEntries(Array.from({ length: 20 }, (_, n) => [`/documents/${n}/`, `h${n}`]));
  const snapshot = { version: 'v1', pages };

  it('indexes everything without a usable snapshot', () => {
    expect(planIndex(undefined, pages, 'v1')).toMatchObject({ kind: 'full' });
    expect(planIndex(snapshot, pages, 'v2')).toMatchObject({ kind: 'full', reason: expect.stringContaining('v1 → v2') });
  });

  it('puts changed and new pages in the delta and supersedes changed and deleted ones', () => {
    const now: Record<string, string> = { ...pages, '/documents/3/': 'changed', '/documents/new/': 'n' };
    delete now['/documents/7/'];
    expect(planIndex(snapshot, now, 'v1')).toEqual({ kind: 'delta', add: ['/documents/3/', '/documents/new/'], superseded: ['/documents/3/', '/documents/7/'] });
    expect(planIndex(snapshot, pages, 'v1')).toEqual({ kind: 'delta', add: [], superseded: [] });
  });

  it('goes back to a full index when too much changed', () => {
    const now = Object.fromEntries(Object.entries(pages).map(([url, h], n) => [url, n <= 20 * MAX_DELTA_SHARE ? 'x' : h]));
    expect(planIndex(snapshot, now, 'v1')).toMatchObject({ kind: 'full' });
  });
});

describe('pagefind integration', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'pagefind-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const site = path.join(work, 'dist');
  const page = (id: string, text: string) => {
    mkdirSync(path.join(site, 'documents', id), { recursive: true });
    writeFileSync(path.join(site, 'documents', id, 'index.html'), `<!doctype html><html lang="zh-CN"><head><title>${id}</title></head><body><nav>导航</nav><article data-pagefind-body><h1 data-pagefind-meta="title">${id}</h1><p>${text}</p></article></body></html>`);
  };
  const logs: string[] = [];
  const logger = { info: (m: string) => logs.push(m) } as unknown as AstroIntegrationLogger;
  const build = async () => {
    const hooks = pagefind().hooks as Record<string, (options: unknown) => Promise<void> | void>;
    await hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(path.join(work, 'cache') + '/'), root: pathToFileURL(process.cwd() + '/') } });
    await hooks['astro:build:done']!({ dir: pathToFileURL(site + '/'), logger });
    return JSON.parse(readFileSync(path.join(site, 'pagefind-delta', 'state.json'), 'utf8')) as DeltaState;
  };
  const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();

  it('indexes all pages first, then only the changed page into a delta next to the cached bundle', async () => {
    for (let n = 0; n < 40; n++) page(`d${n}`, `第${n}篇：全面从严治党，推进基层党建工作。`);
    expect(await build()).toMatchObject({ delta: false, superseded: [] });
    expect(logs.at(-1)).toMatch(/^indexed 40 pages \(full index: no cached index\)/);
    const full = path.join(work, 'full-bundle');
    cpSync(path.join(site, 'pagefind'), full, { recursive: true });

    const base = (await build()).base;
    page('d3', '改写后的文本：乡村振兴。');
    expect(await build()).toEqual({ base, delta: true, superseded: ['/documents/d3/'] });
    expect(logs.at(-1)).toMatch(/^indexed 1 changed pages into the delta bundle/);
    // The main bundle is the cached full index, byte for byte.
    expect(files(path.join(site, 'pagefind'))).toEqual(files(full));
    for (const f of files(full)) expect(readFileSync(path.join(site, 'pagefind', f)).equals(readFileSync(path.join(full, f))), f).toBe(true);
    expect(existsSync(path.join(site, 'pagefind-delta', 'pagefind-entry.json'))).toBe(true);

    // The output folder is kept between builds: a main bundle it holds already is not copied again…
    writeFileSync(path.join(site, 'pagefind', 'kept.txt'), '');
    rmSync(path.join(site, 'documents', 'd5'), { recursive: true });
    expect(await build()).toEqual({ base, delta: true, superseded: ['/documents/d3/', '/documents/d5/'] });
    expect(existsSync(path.join(site, 'pagefind', 'kept.txt'))).toBe(true);
    // …but one that is gone is restored from the cache.
    rmSync(path.join(site, 'pagefind'), { recursive: true });
    expect(await build()).toEqual({ base, delta: true, superseded: ['/documents/d3/', '/documents/d5/'] });
    expect(files(path.join(site, 'pagefind'))).toEqual(files(full));
  });

  it('refuses a page without an indexable body in the delta, naming it', async () => {
    writeFileSync(path.join(site, 'documents', 'd1', 'index.html'), '<html><body><p>无正文标记</p></body></html>');
    await expect(build()).rejects.toThrow('documents/d1/index.html has no <article data-pagefind-body>');
  });
});
