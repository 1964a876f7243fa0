import { test, expect, type Page } from '@playwright/test';
import { isoDay } from '../../src/lib/citation.ts';
import { site } from '../../src/site.config.ts';
import { screenshots } from './helpers.ts';

const SPEECH = '在全区卫生系统创先争优活动座谈会暨基层组织建设工作会议上的总结讲话';
const INTERVIEW = '医心向党担使命 健康为民守初心';

async function openDocument(page: Page, title: string): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.locator('article h1')).toHaveText(title);
  return new URL(page.url()).pathname;
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a paragraph link scrolls to its paragraph and marks it', async ({ page }, testInfo) => {
  const path = await openDocument(page, INTERVIEW);
  const anchors = page.locator('.prose .anchor');
  expect(await anchors.count()).toBeGreaterThan(3);
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
  await expect(page.locator('#paragraph-permalink a')).toHaveText(`${site.url}${path}#${id}`);
  await screenshots(page, testInfo, 'document-paragraph');
});

test('the copied citation is the GB/T 7714 reference of the document', async ({ page }) => {
  const path = await openDocument(page, SPEECH);
  await page.getByRole('button', { name: '复制引文' }).click();
  await expect(page.locator('.cite-box__status')).toHaveText('引文已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`朱烜. ${SPEECH}[EB/OL]. (2012-05-29)[${isoDay(new Date())}]. ${site.url}${path}.`);
});

test('a paragraph’s copy-link button copies its absolute permalink, by keyboard too', async ({ page }) => {
  const path = await openDocument(page, SPEECH);
  const button = page.locator('.prose button.copy-link').nth(2);
  const id = await button.getAttribute('data-anchor');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.cite-box__status')).toContainText('本段链接已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}${path}#${id}`);
  await expect(page.locator('#citation')).toContainText(`${site.url}${path}#${id}.`);
});

test('the document page carries provenance, the raw text and JSON-LD', async ({ page }) => {
  await openDocument(page, INTERVIEW);
  await expect(page.locator('.provenance')).toContainText('003_44bd821e0a88ba93.txt');
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(json).toMatchObject({ '@context': 'https://schema.org', name: INTERVIEW });
  expect(json.url).toBe(page.url().replace(/^http:\/\/[^/]+/, site.url));
  await page.getByRole('link', { name: '查看原文' }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f]{12}\/raw\/$/);
  // Verbatim: the repeated block of the raw file is still there, as text.
  const raw = (await page.locator('pre.raw-text').textContent()) ?? '';
  expect(raw.startsWith('医心向党担使命 健康为民守初心\n')).toBe(true);
  expect(raw.split('本报记者 颜小镇').length - 1).toBe(2);
});
