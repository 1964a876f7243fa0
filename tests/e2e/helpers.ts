// Shared by the site's browser tests.
import type { Page, TestInfo } from '@playwright/test';

/** Full-page screenshots at desktop and phone widths, kept under test-results/. */
export async function screenshots(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const path = testInfo.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
  }
}
