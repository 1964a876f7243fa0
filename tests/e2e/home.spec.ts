import { test, expect } from '@playwright/test';

test('the home page lists every document of the sample corpus', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.doc-list > li')).toHaveCount(5);
});
