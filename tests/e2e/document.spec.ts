// A document page of the fixture site: paragraph links, citations, copy
// buttons, damaged and derived titles, warnings, provenance and the raw text.
// Which document shows what is read from the fixture files.
import { test, expect, type Page } from '@playwright/test';
import { isoDay } from '../../src/lib/citation.ts';
import { site } from '../../src/site.config.ts';
import { fixtureDoc, fixtureDocs, rawText } from './fixture-corpus.ts';
import { screenshots } from './helpers.ts';

/** The speech with a speaker and the most paragraphs, which states no publication date of its own. */
const SPEECH = fixtureDocs
  .filter((d) => d.meta.type === 'speech' && d.meta.speakers.length > 0 && d.meta.dateKind === 'delivered' && !d.meta.source.published)
  .sort((a, b) => b.anchors - a.anchors)[0]!;
/** An interview from which ingest dropped repeated text. */
const INTERVIEW = fixtureDoc('interview with repeated text dropped', (d) => d.meta.type === 'interview' && d.meta.warnings.some((w) => w.ruleId === 'repeat'));

/** Where permalinks point: SITE_URL when the build had one, else the address the page is served from. */
const origin = (page: Page) => (site.published ? site.published.replace(/\/$/, '') : new URL(page.url()).origin);

async function openDocument(page: Page, title: string): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.locator('article h1')).toHaveText(title);
  return new URL(page.url()).pathname;
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a paragraph link scrolls to its paragraph and marks it', async ({ page }, testInfo) => {
  const path = await openDocument(page, INTERVIEW.meta.title);
  const anchors = page.locator('.prose .anchor');
  await expect(anchors).toHaveCount(INTERVIEW.anchors);
  const id = await anchors.nth(3).getAttribute('id');
  expect(id).toMatch(/^p-[0-9a-f]{8}(-\d+)?$/);
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto(`${path}#${id}`);
  const anchor = page.locator(`[id="${id}"]`);
  await expect(anchor).toBeInViewport();
  const paragraph = page.locator(`p:has([id="${id}"])`);
  await expect(paragraph).toHaveCSS('background-color', 'rgb(255, 243, 196)');
  await expect(page.locator('p:has(.anchor)').first()).not.toHaveCSS('background-color', 'rgb(255, 243, 196)');
  // The cite box follows the chosen paragraph.
  await expect(page.locator('#paragraph-permalink a')).toHaveText(`${origin(page)}${path}#${id}`);
  await screenshots(page, testInfo, 'document-paragraph');
});

test('the copied citation is the GB/T 7714 reference of the document, on the address the page is served from', async ({ page }) => {
  const path = await openDocument(page, SPEECH.meta.title);
  await page.getByRole('button', { name: '复制引文' }).click();
  await expect(page.locator('.cite-box__status')).toHaveText('引文已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // A speech's delivery day is not its online publication date: the page states none, so none is given.
  expect(copied).toBe(`${SPEECH.meta.speakers[0]!.name}. ${SPEECH.meta.title}[EB/OL]. [${isoDay(new Date())}]. ${origin(page)}${path}.`);
  if (!site.published) expect(copied).toContain('http://127.0.0.1:');
  await expect(page.locator('#doc-permalink')).toHaveText(`${origin(page)}${path}`);
});

test('a paragraph’s copy-link button copies its absolute permalink, by keyboard too, and says so next to the button', async ({ page }) => {
  const path = await openDocument(page, SPEECH.meta.title);
  const button = page.locator('.prose button.copy-link').nth(2);
  const id = await button.getAttribute('data-anchor');
  await button.focus();
  await page.keyboard.press('Enter');
  const tip = page.locator('.copy-tip');
  await expect(tip).toHaveText('本段链接已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin(page)}${path}#${id}`);
  await expect(page.locator('#citation')).toContainText(`${origin(page)}${path}#${id}.`);
  const [at, said] = [(await button.boundingBox())!, (await tip.boundingBox())!];
  expect(Math.abs(said.y - (at.y + at.height))).toBeLessThan(24);
  expect(Math.abs(said.x - at.x)).toBeLessThan(200);
});

test('on a phone the confirmation appears at the copied paragraph, on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDocument(page, SPEECH.meta.title);
  // The last paragraph: below the first screen.
  const button = page.locator('.prose button.copy-link').nth(SPEECH.anchors - 1);
  await button.scrollIntoViewIfNeeded();
  await button.click();
  const tip = page.locator('.copy-tip');
  await expect(tip).toBeInViewport();
  const [at, said] = [(await button.boundingBox())!, (await tip.boundingBox())!];
  expect(said.y - (at.y + at.height)).toBeGreaterThanOrEqual(0);
  expect(said.y - (at.y + at.height)).toBeLessThan(24);
  expect(said.x + said.width).toBeLessThanOrEqual(390);
});

test('a damaged title shows its damage and is cited as supplied; a derived title too', async ({ page }) => {
  const damaged = fixtureDoc('title with a damage mark', (d) => d.meta.title.includes('□'));
  const derived = fixtureDoc('title derived from the first sentence', (d) => d.meta.titleSource === 'derived');
  await openDocument(page, damaged.meta.title);
  const mark = page.locator('article h1 .damage-mark');
  await expect(mark).toHaveText('□'.repeat(damaged.meta.title.split('□').length - 1));
  await expect(mark.first()).toHaveCSS('background-color', 'rgb(246, 231, 228)');
  await expect(page.locator('.title-note--damaged')).toContainText('标题在原始文本中已损坏');
  await expect(page.locator('#citation')).toContainText(`[${damaged.meta.title}][EB/OL].`);
  await openDocument(page, derived.meta.title);
  await expect(page.locator('.title-note')).toContainText('标题据正文首句拟定');
  await expect(page.locator('#citation')).toContainText(`[${derived.meta.title}][EB/OL].`);
});

test('warnings and the cleaning log are in Chinese', async ({ page }) => {
  await openDocument(page, INTERVIEW.meta.title);
  const provenance = page.locator('.provenance');
  // One item per warning, in the order ingest gave them, each marked with its rule id.
  const items = provenance.locator('.warnings li');
  await expect(items).toHaveCount(INTERVIEW.meta.warnings.length);
  expect(await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.warning))).toEqual(INTERVIEW.meta.warnings.map((w) => w.ruleId));
  await expect(provenance.locator('.warnings li[data-warning=repeat]')).toHaveText(/^已删去重复文字：第 \d+–\d+ 行与第 \d+–\d+ 行相同$/);
  await provenance.locator('.removed summary').click();
  await expect(provenance.locator('.removed tbody tr')).toHaveCount(INTERVIEW.meta.removed.length);
  const repeat = provenance.locator('.removed tbody tr[data-stage=repeats]').first();
  await expect(repeat.locator('td').nth(0)).toHaveText('删去重复文字');
  await expect(repeat.locator('td').nth(1)).toHaveText(/^重复的文字：与第 \d+–\d+ 行相同$/);
  const shown = (await provenance.locator('.warnings li, .removed td:not(.removed__text), .removed th').allTextContents()).join(' ');
  expect(shown).not.toMatch(/[A-Za-z]{3,}/);
});

test('every raw file is served as the text its recorded encoding reads', async ({ request }) => {
  expect(fixtureDocs.some((d) => d.meta.raw.encoding !== 'utf-8')).toBe(true);
  for (const d of fixtureDocs) {
    const response = await request.get(`${d.path}raw.txt`);
    expect(response.ok(), d.meta.raw.path).toBe(true);
    expect((await response.text()).replace(/^\uFEFF/, ''), d.meta.raw.path).toBe(rawText(d));
  }
});

test('the document page carries provenance, the raw text and JSON-LD', async ({ page }) => {
  await openDocument(page, INTERVIEW.meta.title);
  await expect(page.locator('.provenance')).toContainText(INTERVIEW.meta.raw.path);
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(json).toMatchObject({ '@context': 'https://schema.org', name: INTERVIEW.meta.title });
  // Without SITE_URL the page's own path, which resolves against wherever the page is served.
  expect(new URL(json.url, page.url()).href).toBe(page.url().replace(/^http:\/\/[^/]+/, origin(page)));
  const link = page.getByRole('link', { name: '查看原文' });
  await expect(link).toHaveAttribute('href', `${INTERVIEW.path}raw.txt`);
  // Verbatim: the raw file decoded with its recorded encoding, as UTF-8 text after a byte order mark, the text that cleaning dropped still in it.
  const raw = (await (await page.request.get(`${INTERVIEW.path}raw.txt`)).text()).replace(/^\uFEFF/, '');
  expect(raw).toBe(rawText(INTERVIEW));
  for (const line of INTERVIEW.meta.removed.flatMap((r) => r.text.split('\n'))) expect(raw).toContain(line);
});
