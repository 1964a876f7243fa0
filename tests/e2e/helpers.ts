// Shared by the site's browser tests.
import type { Page, TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serveStatic } from '../fixtures/search/serve.ts';

/** Full-page screenshots at desktop and phone widths, kept under test-results/. */
export async function screenshots(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const path = testInfo.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
  }
}

/**
 * Builds the site over a corpus of generated MDX into a fresh folder and
 * serves it on `port`, apart from dist/ and port 4321. A fresh folder each
 * run: Astro's content cache keeps entry paths relative to the project root.
 */
export async function buildAndServe(options: { documents: string; raw?: string; env?: Record<string, string>; port: number }): Promise<{ root: string; base: string; close(): Promise<void> }> {
  // Inside the project: Astro writes the prerender chunks of an outDir outside the working
  // directory to <cwd>/.astro/, where two builds at once overwrite each other's, and chunks
  // elsewhere cannot import the project's packages.
  const project = process.cwd();
  const scratch = join(project, 'node_modules/.cache/speech-archive-e2e');
  await mkdir(scratch, { recursive: true });
  const root = await mkdtemp(join(scratch, 'build-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DOCUMENTS_DIR: resolve(options.documents), ASTRO_CACHE_DIR: `${root}/cache`, ...(options.raw ? { RAW_DIR: resolve(options.raw) } : {}), ...options.env };
  if (!options.env?.SITE_URL) delete env.SITE_URL;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', `${root}/dist`], { env, stdio: 'pipe' });
  const server = await serveStatic(`${root}/dist`, options.port);
  return {
    root,
    base: `http://127.0.0.1:${options.port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(root, { recursive: true, force: true });
    },
  };
}
