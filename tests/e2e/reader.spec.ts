// What a reader meets on a phone, on paper and in the type: the first result
// on screen, touch targets, a clean printout, CJK fonts, one date style.
import { test, expect, type Page } from '@playwright/test';
import { holding } from './fixture-corpus.ts';
import { screenshots } from './helpers.ts';

const PHONE = { width: 390, height: 844 };
/** A query, and a dated speech of the fixture corpus that holds it. */
const QUERY = '党建';
const SPEECH = holding(QUERY).find((d) => d.meta.type === 'speech' && d.meta.date?.length === 10)!;
/** A query that no document holds whole, but one holds both its halves. */
const PARTIAL = ['从严治党', '三严三实'] as const;

const settled = (page: Page) => expect(page.locator('.search-page')).toHaveAttribute('data-state', 'ready');

/** Elements smaller than a fingertip among those `selector` finds (visible ones only). */
async function tooSmall(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => [e, e.getBoundingClientRect()] as const)
      .filter(([, r]) => r.width < 32 || r.height < 32)
      .map(([e, r]) => `${e.className || e.tagName} “${e.textContent?.trim()}” ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: PHONE });

  test('the first search result is on screen without scrolling; the facets open from 筛选', async ({ page }, testInfo) => {
    await page.goto(`/search/?q=${encodeURIComponent(QUERY)}`);
    await settled(page);
    await expect(page.locator('.search-result').first().locator('a.result-title')).toBeInViewport();
    const facets = page.locator('.search-facets');
    await expect(facets).toBeHidden();
    const toggle = page.getByRole('button', { name: /筛选/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(facets.locator('.facet').first()).toBeVisible();
    expect(await tooSmall(page, '.search-filter-toggle, .facet button, .search-form button, .search-form select, .site-nav a')).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('search-390.png'), fullPage: true });
  });

  test('paragraph tools, navigation and the hit bar are at least 32 px', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: SPEECH.meta.title }).first().click();
    // The click resolves once the document page commits; sizes are read only after its stylesheet has applied.
    await page.waitForURL(/\/documents\//);
    await page.waitForLoadState('load');
    expect(await tooSmall(page, '.para-tools a.anchor, .para-tools button.copy-link, .site-nav a, .site-search button, .cite-box button')).toEqual([]);
    await page.goto(`${new URL(page.url()).pathname}?q=${encodeURIComponent(QUERY)}`);
    await expect(page.locator('.hit-bar')).toBeVisible();
    expect(await tooSmall(page, '.hit-bar button')).toEqual([]);
  });
});

test('at 1280 px the facets stand beside the results, without a 筛选 button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/search/?q=${encodeURIComponent(QUERY)}`);
  await settled(page);
  await expect(page.locator('.search-facets .facet').first()).toBeVisible();
  await expect(page.locator('.search-filter-toggle')).toBeHidden();
});

test('a page opened from a search prints without hit marks, with margins, the citation at the end', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('link', { name: SPEECH.meta.title }).first().click();
  await page.goto(`${new URL(page.url()).pathname}?q=${encodeURIComponent(QUERY)}`);
  const mark = page.locator('article mark.search-hit').first();
  await expect(mark).toHaveCSS('background-color', 'rgb(245, 166, 35)');
  await page.emulateMedia({ media: 'print' });
  await expect(mark).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(page.locator('.hit-bar')).toBeHidden();
  const margins = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule).map((rule) => rule.style.margin),
  );
  expect(margins.length).toBeGreaterThan(0);
  expect(margins.every((m) => m && !/^0(px)?$/.test(m))).toBe(true);
  const lastParagraph = (await page.locator('.prose p').last().boundingBox())!;
  const citation = (await page.locator('#citation').boundingBox())!;
  expect(citation.y).toBeGreaterThan(lastParagraph.y + lastParagraph.height);
  await page.screenshot({ path: testInfo.outputPath('print-from-search.png'), fullPage: true });
});

test('the interface sets Chinese quotation marks full width: CJK fonts come first', async ({ page }) => {
  await page.goto('/');
  const widths = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.textContent = '“';
    document.querySelector('.site-nav')!.append(probe);
    const size = parseFloat(getComputedStyle(probe).fontSize);
    return { quote: probe.getBoundingClientRect().width / size, family: getComputedStyle(document.documentElement).fontFamily };
  });
  expect(widths.family.split(',')[0]).toMatch(/PingFang SC|Noto Sans CJK SC|Source Han Sans SC/);
  expect(widths.quote).toBeGreaterThan(0.8);
});

test('one date style: lists, document pages and search results write dates as 年月日', async ({ page }) => {
  const isoOutsideCitation = (p: Page) =>
    p.evaluate(() => {
      const clone = document.querySelector('main')!.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.citation, code, pre, .removed, script').forEach((e) => e.remove());
      return clone.textContent!.match(/\b\d{4}-\d{1,2}-\d{1,2}\b/g) ?? [];
    });
  await page.goto('/');
  expect(await isoOutsideCitation(page)).toEqual([]);
  await page.getByRole('link', { name: SPEECH.meta.title }).first().click();
  const [y, m, d] = SPEECH.meta.date!.split('-').map(Number);
  await expect(page.locator('.doc-meta')).toContainText(`${y}年${m}月${d}日`);
  expect(await isoOutsideCitation(page)).toEqual([]);
  await page.goto(`/search/?q=${encodeURIComponent(QUERY)}`);
  await settled(page);
  expect(await isoOutsideCitation(page)).toEqual([]);
});

test('document and search pages at 1280 and 390 px', async ({ page }, testInfo) => {
  expect(SPEECH).toBeDefined();
  expect(holding(PARTIAL.join(''))).toEqual([]);
  expect(holding(PARTIAL[0]).filter((d) => holding(PARTIAL[1]).includes(d)).length).toBeGreaterThan(0);
  await page.goto('/');
  await page.getByRole('link', { name: SPEECH.meta.title }).first().click();
  await screenshots(page, testInfo, 'document');
  await page.goto(`/search/?q=${encodeURIComponent(PARTIAL.join(''))}`);
  await settled(page);
  await screenshots(page, testInfo, 'search-partial');
});
