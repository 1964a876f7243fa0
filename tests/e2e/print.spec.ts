import { test, expect } from '@playwright/test';
import { fixtureDocs } from './fixture-corpus.ts';

test('print media hides the site chrome and keeps title, metadata, text, citation and URL', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('link', { name: fixtureDocs[0]!.meta.title }).first().click();
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.site-footer', '.para-tools >> nth=0', '.cite-box button', '.provenance', '#site-search-input']) {
    await expect(page.locator(chrome)).toBeHidden();
  }
  for (const kept of ['article h1', '.doc-meta', '.prose', '#citation', '#doc-permalink']) {
    await expect(page.locator(kept)).toBeVisible();
  }
  const path = testInfo.outputPath('print-document.png');
  await page.screenshot({ path, fullPage: true });
});
