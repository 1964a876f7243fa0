import { test, expect } from '@playwright/test';

test('searching 党建 from the header finds documents and opens one', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-input')).toBeFocused();
  await page.keyboard.type('党建');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toBeVisible();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/documents\/[0-9a-f]{12}\/$/);
  await first.click();
  await expect(page).toHaveURL(new RegExp(href!.replace(/\//g, '\\/') + '$'));
  await expect(page.locator('article h1')).toBeVisible();
});
