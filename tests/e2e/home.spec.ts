import { test, expect } from '@playwright/test';
import { countBy, fixtureDocs } from './fixture-corpus.ts';
import { screenshots } from './helpers.ts';

test('the home page shows what the archive holds and lists every document of the corpus', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.doc-list > li')).toHaveCount(fixtureDocs.length);
  await expect(page.locator('.stats')).toContainText(`${fixtureDocs.length} 篇`);
  // The year histogram and the region overview are drawn at build time.
  const bars = page.locator('.chart__svg a');
  await expect(bars).not.toHaveCount(0);
  const provinces = countBy((d) => d.meta.region?.province);
  await expect(page.locator('.region-bars li')).toHaveCount(provinces.size);
  for (const province of provinces.keys()) await expect(page.locator('.region-bars')).toContainText(province);
  await screenshots(page, testInfo, 'home');
});

test('a skip link leads the keyboard past the header', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
