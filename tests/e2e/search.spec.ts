import { test, expect, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexDoc } from '../../src/integrations/phrase-index.ts';
import { loadDocument } from '../../src/lib/exports/paragraphs.ts';
import { extractDocument } from '../../src/lib/search/extract.ts';
import { fold } from '../../src/lib/search/fold.ts';
import { buildFoldMap } from '../../src/lib/search/foldmap.ts';
import { docText } from '../../src/lib/search/format.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { SLOGANS, generateCorpus } from '../fixtures/search/corpus.ts';
import { writeMdxCorpus } from '../fixtures/search/write-mdx.ts';
import { FIXTURE_DOCUMENTS, fixtureDocs } from './fixture-corpus.ts';
import { buildAndServe } from './helpers.ts';

const map = buildFoldMap();

/** Ids of the documents whose folded text contains every term: the grep the search must equal. */
function grep(texts: Map<string, string>, query: string): string[] {
  const terms = parseQuery(query, map).terms.map((t) => t.join(''));
  return [...texts].filter(([, text]) => terms.every((t) => text.includes(t))).map(([id]) => id).sort();
}

/**
 * The folded text of every fixture document as its served page shows it,
 * checked to be what the phrase index holds of it (indexDoc, from the
 * document's paragraph record or, for these hand-written fixtures, its MDX).
 */
async function servedTexts(base: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const d of fixtureDocs) {
    const shown = extractDocument(await (await fetch(new URL(d.path, base))).text());
    expect(shown, d.path).not.toBeNull();
    expect(indexDoc(await loadDocument(FIXTURE_DOCUMENTS, d.meta.id)).text, d.path).toEqual(shown);
    texts.set(d.meta.id, fold(docText(shown!), map));
  }
  return texts;
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

async function search(page: Page, base: string, query: string, params = ''): Promise<void> {
  await page.goto(`${base}/search/?${new URLSearchParams({ q: query })}${params}`);
  await settled(page);
}

/** The page marks itself ready once a search's results (or message) are on screen. */
const settled = (page: Page) => expect(page.locator('.search-page')).toHaveAttribute('data-state', 'ready');

/** Every result id, pressing "more" until all are shown. */
async function allResultIds(page: Page): Promise<string[]> {
  const more = page.locator('.search-more');
  await settled(page);
  while (await more.isVisible()) {
    await more.click();
    await settled(page);
  }
  return (await page.locator('.search-result').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!))).sort();
}

async function statusCount(page: Page): Promise<number> {
  await settled(page);
  return Number((await page.locator('.search-status').textContent())?.match(/找到 (\d+) 篇/)?.[1] ?? 0);
}

test.describe('fixture corpus', () => {
  let texts: Map<string, string>;
  test.beforeAll(async ({}, testInfo) => {
    texts = await servedTexts(testInfo.project.use.baseURL!);
    // Every fixture document is on the site and read back.
    expect(texts.size).toBe(fixtureDocs.length);
  });

  test('searching 党建 from the header finds documents and opens one', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await expect(page.locator('#site-search-input')).toBeFocused();
    await page.keyboard.type('党建');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    const first = page.locator('.search-result a.result-title').first();
    await expect(first).toBeVisible();
    // The link points at the first hit's paragraph once the document's text has arrived.
    await expect(first).toHaveAttribute('href', /^\/documents\/[0-9a-f]{12}\/\?q=%E5%85%9A%E5%BB%BA#p-[0-9a-f]{8}$/);
    const href = await first.getAttribute('href');
    await first.click();
    await expect(page).toHaveURL(new RegExp(href!.replace(/[/?]/g, '\\$&') + '$'));
    await expect(page.locator('article h1')).toBeVisible();
  });

  test('phrases return exactly the documents whose text contains them', async ({ page }) => {
    const errors = watchErrors(page);
    let seed = 99;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const all = [...texts.values()];
    const sampled: string[] = [];
    while (sampled.length < 8) {
      const text = all[next() % all.length]!;
      const length = 2 + (next() % 11);
      const start = next() % (text.length - length);
      const phrase = text.slice(start, start + length);
      if (!/\s/u.test(phrase)) sampled.push(phrase);
    }
    const queries = [...SLOGANS, '公立医院党委领导下的院长负责制', '党建', '三会一课 党建', ...sampled];
    expect(grep(texts, '三会一课').length).toBeGreaterThan(0);
    for (const q of queries) {
      await search(page, '', q);
      const expected = grep(texts, q);
      // No document holding the phrase: the page lists those holding parts of it instead, and says so.
      await expect(page.locator('.search-page'), q).toHaveAttribute('data-mode', expected.length ? 'exact' : 'partial');
      if (expected.length) expect(await allResultIds(page), q).toEqual(expected);
      else await expect(page.locator('.search-status'), q).toContainText('没有找到');
    }
    expect(errors).toEqual([]);
  });

  test('traditional queries return what simplified ones do', async ({ page }) => {
    for (const [traditional, simplified] of [['三嚴三實', '三严三实'], ['黨建', '党建']] as const) {
      await search(page, '', simplified);
      const expected = await allResultIds(page);
      expect(expected.length, simplified).toBeGreaterThan(0);
      await search(page, '', traditional);
      expect(await allResultIds(page), traditional).toEqual(expected);
    }
  });

  test('facets narrow the results, counts match, state lives in the URL', async ({ page }) => {
    await search(page, '', '党');
    const total = await statusCount(page);
    expect(total).toBeGreaterThan(1);
    const facet = page.locator('.facet[data-facet=type] button[data-value]').first();
    const expected = Number(await facet.locator('.facet-count').textContent());
    const type = await facet.getAttribute('data-value');
    await facet.click();
    await expect(page).toHaveURL(new RegExp(`type=${type}`));
    await expect(page.locator('.search-result')).toHaveCount(expected);
    expect(await statusCount(page)).toBe(expected);
    const year = page.locator('.facet[data-facet=year] button[data-value]').first();
    if (await year.count()) {
      const n = Number(await year.locator('.facet-count').textContent());
      await year.click();
      await expect(page).toHaveURL(/year=\d{4}/);
      await expect(page.locator('.search-result')).toHaveCount(n);
    }
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`type=${type}$`));
    await expect(page.locator('.search-result')).toHaveCount(expected);
    await page.goBack();
    await expect(page.locator('.search-result')).toHaveCount(Math.min(total, 20));
  });

  test('a result shows its hits and opens the document at the first hit, all hits marked', async ({ page }) => {
    await search(page, '', '三会一课');
    const result = page.locator('.search-result').first();
    await expect(result.locator('.result-snippet mark').first()).toHaveText('三会一课');
    const hits = Number((await result.locator('.result-hits').textContent())!.match(/\d+/)![0]);
    await result.locator('a.result-title').click();
    await expect(page).toHaveURL(/#p-[0-9a-f]{8}$/);
    const anchor = new URL(page.url()).hash.slice(1);
    const marks = page.locator('article mark.search-hit');
    await expect(marks).toHaveCount(hits);
    await expect(page.locator('p', { has: page.locator(`#${anchor}`) }).locator('mark.search-hit').first()).toBeVisible();
    await expect(page.locator('.hit-position')).toHaveText(`第 1 / ${hits} 处`);
    if (hits > 1) {
      await page.locator('.hit-next').click();
      await expect(page.locator('.hit-position')).toHaveText(`第 2 / ${hits} 处`);
      await expect(marks.nth(1)).toHaveClass(/is-current/);
      await expect(marks.nth(1)).toBeInViewport();
    }
  });

  test('result rows show before the snippet texts arrive; the count is announced once', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { statusTexts: seen });
      new MutationObserver((records) => {
        const status = records.map((r) => (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('.search-status')).find(Boolean);
        if (status) seen.push(status.textContent ?? '');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = 0;
    await page.route('**/search/t/*.json', async (route) => {
      requested++;
      await held;
      await route.continue();
    });
    const q = '三会一课';
    const expected = grep(texts, q);
    await page.goto(`/search/?${new URLSearchParams({ q })}`);
    const rows = page.locator('.search-result');
    await expect(rows).toHaveCount(Math.min(expected.length, 20));
    await expect(rows.first().locator('a.result-title')).toBeVisible();
    await expect(rows.first().locator('.result-meta')).toContainText('命中');
    await expect(page.locator('.search-results')).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('.result-snippet mark')).toHaveCount(0);
    expect(requested).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      const title = (await row.locator('a.result-title').textContent())!;
      expect(texts.get((await row.getAttribute('data-id'))!)!.startsWith(fold(title, map)), title).toBe(true);
    }
    release();
    await expect(page.locator('.search-results')).not.toHaveAttribute('aria-busy');
    await expect(rows.first().locator('.result-snippet mark').first()).toHaveText(q);
    const announced = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    expect(announced.filter((t) => t.startsWith('找到'))).toEqual([`找到 ${expected.length} 篇文档包含“${q}”`]);
  });

  test('no exact hit: the documents holding the most of the query, the parts found named; Pagefind is never loaded', async ({ page }) => {
    const errors = watchErrors(page);
    const pagefindRequests: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind') && pagefindRequests.push(r.url()));
    // Two stretches of one document, joined: no document holds the whole.
    const parts = ['从严治党', '三严三实'];
    const query = parts.join('');
    expect(grep(texts, query)).toEqual([]);
    const both = grep(texts, parts.join(' '));
    expect(both.length).toBeGreaterThan(0);
    await search(page, '', query);
    await expect(page).toHaveTitle(`“${query}”的检索结果 · 讲话文库`);
    const status = page.locator('.search-status');
    await expect(status).toContainText(`没有找到包含完整的“${query}”的文档`);
    await expect(status).toContainText(`“${parts[1]}”`);
    const ids = await page.locator('.search-result').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!));
    expect(ids.length).toBeGreaterThan(0);
    // Most of the query first: all of its characters, in two stretches.
    expect(both).toContain(ids[0]);
    const first = page.locator('.search-result').first();
    await expect(first.locator('.result-parts')).toHaveText(`含${parts.map((p) => `“${p}”`).join('')}`);
    await expect(first.locator('.result-snippet mark').first()).toBeVisible();
    // Every listed document holds two or more adjacent characters of the query.
    const pairs = [...query].slice(1).map((c, i) => query[i] + c);
    for (const id of ids) expect(pairs.some((p) => texts.get(id)!.includes(p)), id).toBe(true);
    // Its link opens the document with those parts marked.
    await first.locator('a.result-title').click();
    await expect(page.locator('article mark.search-hit').first()).toBeVisible();
    expect(pagefindRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the word search loads Pagefind only when asked and lists documents holding words of the query', async ({ page }) => {
    const errors = watchErrors(page);
    const pagefindRequests: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
    // Two phrases that no document holds joined: the exact search finds nothing whole.
    const parts = ['从严治党', '三严三实'];
    const query = parts.join('');
    const holdingBoth = grep(texts, parts.join(' '));
    expect(holdingBoth.length).toBeGreaterThan(0);
    await search(page, '', query);
    const section = page.locator('.word-search');
    await expect(section).toBeVisible();
    expect(pagefindRequests).toEqual([]);
    await section.locator('.word-search__load').click();
    await expect(section).toHaveAttribute('data-state', 'ready');
    await expect(section.locator('.word-search__status')).toContainText('按词语找到');
    const urls = await section.locator('.word-result').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.url!));
    expect(urls.length).toBeGreaterThan(0);
    expect(pagefindRequests.length).toBeGreaterThan(0);
    // Every row is a fixture document, and the documents holding both phrases are among them.
    const idOf = (url: string) => url.match(/\/documents\/([^/]+)\//u)?.[1];
    const ids = urls.map(idOf);
    for (const id of ids) expect(texts.has(id!), String(id)).toBe(true);
    for (const id of holdingBoth) expect(ids).toContain(id);
    await expect(section.locator('.word-result mark').first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a word search with no document holding every word lists those holding more of its parts first and names the parts found', async ({ page }) => {
    const errors = watchErrors(page);
    // Two phrases that no fixture document holds together, joined without a space.
    const phrases = ['三严三实', '两个维护', '三会一课', '从严治党', '永远在路上', '四个意识'];
    const holding = new Map(phrases.map((p) => [p, grep(texts, p)]));
    const pair = phrases.flatMap((a) => phrases.map((b) => [a, b] as const)).find(([a, b]) => a !== b && holding.get(a)!.length && holding.get(b)!.length && !holding.get(a)!.some((id) => holding.get(b)!.includes(id)));
    expect(pair, 'two phrases held by different documents').toBeDefined();
    const [a, b] = pair!;
    await search(page, '', a + b);
    const section = page.locator('.word-search');
    await section.locator('.word-search__load').click();
    await expect(section).toHaveAttribute('data-state', 'ready');
    const status = section.locator('.word-search__status');
    await expect(status).toContainText('没有文档同时含有');
    await expect(status).toContainText('按含有的词语多少列出');
    await expect(status).toContainText(`找到“${a}”“${b}”`);
    const urls = await section.locator('.word-result').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.url!));
    const ids = urls.map((url) => url.match(/\/documents\/([^/]+)\//u)?.[1]);
    for (const id of ids) expect(texts.has(id!), String(id)).toBe(true);
    // Every document holding either phrase is listed.
    for (const id of [...holding.get(a)!, ...holding.get(b)!]) expect(ids).toContain(id);
    expect(errors).toEqual([]);
  });

  test('the query is in the page title; an invalid parameter is ignored with a note', async ({ page }) => {
    await search(page, '', '党建', '&year=abc&sort=best');
    await expect(page).toHaveTitle('“党建”的检索结果 · 讲话文库');
    await expect(page.locator('.search-note')).toHaveText('已忽略无效的参数：year=abc，sort=best');
    expect(await statusCount(page)).toBe(grep(texts, '党建').length);
  });

  test('awkward queries get a clear message and inject nothing', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/search/');
    await expect(page.locator('.search-status')).toHaveText(/请输入/);
    const hostile = '"<img src=x onerror=alert(1)>" * ? ( ) { } <b>粗</b>';
    for (const q of [hostile, '《', '党', '一'.repeat(200), '" "', '量子计算机与区块链']) {
      await search(page, '', q);
      const status = (await page.locator('.search-status').textContent())!;
      expect(status, q).toMatch(/找到 \d+ 篇|没有找到|请输入/);
      if (q === '党') expect(await allResultIds(page)).toEqual(grep(texts, '党'));
    }
    await search(page, '', hostile);
    await expect(page.locator('.search-status')).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.locator('img[src="x"], b:has-text("粗")')).toHaveCount(0);
    await page.goto(`/documents/${[...texts.keys()][0]}/?q=${encodeURIComponent(hostile)}`);
    await expect(page.locator('.hit-query')).toContainText('<img');
    await expect(page.locator('img[src="x"], b:has-text("粗")')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('generated corpus with paging', () => {
  test.describe.configure({ timeout: 240_000 });
  const port = 4391;
  const base = `http://127.0.0.1:${port}`;
  const corpus = generateCorpus(240, 11);
  const texts = new Map(corpus.map((d) => [d.meta.id, fold(docText(d.text), map)]));
  let site: Awaited<ReturnType<typeof buildAndServe>>;
  let documents: string;

  test.beforeAll(async () => {
    documents = join(await mkdtemp(join(tmpdir(), 'speech-archive-search-e2e-')), 'documents');
    await writeMdxCorpus(corpus, documents);
    site = await buildAndServe({ documents, port });
  });
  test.afterAll(async () => {
    await site?.close();
    if (documents) await rm(join(documents, '..'), { recursive: true, force: true });
  });

  test('pages past 20 results and returns exactly the grep', async ({ page }) => {
    const errors = watchErrors(page);
    for (const q of ['三会一课', '党委领导下的院长负责制', '三嚴三實', '两个维护 四个意识']) {
      const expected = grep(texts, q);
      await search(page, base, q);
      expect(await statusCount(page), q).toBe(expected.length);
      if (expected.length > 20) {
        await expect(page.locator('.search-result')).toHaveCount(20);
        await expect(page.locator('.search-more')).toBeVisible();
      }
      expect(await allResultIds(page), q).toEqual(expected);
    }
    expect(errors).toEqual([]);
  });

  test('region facets drill down and several facets combine, counts matching', async ({ page }) => {
    await search(page, base, '工作');
    for (const key of ['province', 'city', 'type']) {
      const button = page.locator(`.facet button[data-key=${key}][data-value]`).first();
      const n = Number(await button.locator('.facet-count').textContent());
      await button.click();
      await expect(page).toHaveURL(new RegExp(`${key}=`));
      expect(await statusCount(page)).toBe(n);
      expect(await allResultIds(page)).toHaveLength(n);
    }
    await expect(page.locator('.facet[data-facet=region] button[data-key=county]').first()).toBeVisible();
  });

  test('sorts newest and oldest by date', async ({ page }) => {
    for (const [sort, dir] of [['newest', -1], ['oldest', 1]] as const) {
      await search(page, base, '三会一课', `&sort=${sort}`);
      await expect(page.locator('#search-sort')).toHaveValue(sort);
      const dates = await page.locator('.search-result').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.date ?? ''));
      // Shown in the site's one date style.
      await expect(page.locator('.result-meta').first()).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
      expect(dates.length).toBe(20);
      expect(dates).toEqual([...dates].sort((a, b) => (a < b ? -dir : a > b ? dir : 0)));
    }
  });
});
