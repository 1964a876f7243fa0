import { test, expect } from '@playwright/test';
import { screenshots } from './helpers.ts';

test('year → document: the 2012 speech is reached from the year list', async ({ page }, testInfo) => {
  await page.goto('/years/');
  await page.getByRole('link', { name: '2012年', exact: true }).click();
  await expect(page).toHaveURL(/\/years\/2012\/$/);
  await expect(page.locator('h1')).toContainText('2012年');
  await screenshots(page, testInfo, 'year-2012');
  await page.getByRole('link', { name: '在全区卫生系统创先争优活动座谈会暨基层组织建设工作会议上的总结讲话' }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f]{12}\/$/);
  await expect(page.locator('article h1')).toHaveText('在全区卫生系统创先争优活动座谈会暨基层组织建设工作会议上的总结讲话');
  await expect(page.locator('.doc-meta')).toContainText('讲话日期');
  await expect(page.locator('.doc-meta')).toContainText('2012年5月29日');
  await expect(page.locator('.doc-meta')).toContainText('朱烜');
});

test('region tree → county → document: 重庆市 › 开州区 leads to the interview', async ({ page }, testInfo) => {
  await page.goto('/regions/');
  const tree = page.locator('.region-tree').first();
  await tree.getByRole('link', { name: '重庆市' }).click();
  await expect(page.locator('h1')).toContainText('重庆市');
  await page.locator('.region-tree').getByRole('link', { name: '开州区' }).click();
  await expect(page).toHaveURL(/\/regions\/%E9%87%8D%E5%BA%86%E5%B8%82\/%E5%BC%80%E5%B7%9E%E5%8C%BA\/$/);
  await expect(page.locator('.breadcrumbs')).toContainText('重庆市');
  await screenshots(page, testInfo, 'region-county');
  await page.getByRole('link', { name: '医心向党担使命 健康为民守初心' }).click();
  await expect(page.locator('article h1')).toHaveText('医心向党担使命 健康为民守初心');
  // The place is linked up its hierarchy.
  const place = page.locator('.doc-meta .place');
  await expect(place.getByRole('link', { name: '重庆市' })).toHaveAttribute('href', '/regions/%E9%87%8D%E5%BA%86%E5%B8%82/');
  await expect(place.getByRole('link', { name: '开州区' })).toBeVisible();
});

test('a county document is also listed under its province', async ({ page }) => {
  await page.goto('/regions/%E9%87%8D%E5%BA%86%E5%B8%82/');
  await expect(page.locator('.doc-list')).toContainText('医心向党担使命 健康为民守初心');
});

test('type and speaker pages list their documents', async ({ page }) => {
  await page.goto('/types/interview/');
  await expect(page.locator('.doc-list')).toContainText('医心向党担使命 健康为民守初心');
  await page.goto('/speakers/');
  await page.getByRole('link', { name: '朱烜', exact: true }).click();
  await expect(page.locator('h1')).toContainText('朱烜');
  await expect(page.locator('.doc-list')).toContainText('总结讲话');
});
