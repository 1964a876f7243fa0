// The one spec over the sample corpus: the README's `npm start` path (ingest of
// content/raw, build, dist/ served by astro preview) must give a whole site,
// which the fixture site, built from ready-made MDX, does not show. What it
// holds is read from the documents that ingest wrote.
import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { SAMPLE_BASE } from './ports.ts';

const ingested = readdirSync('content/documents').filter((name) => name.endsWith('.mdx'));

test('npm start: the home page lists every document ingest wrote, each page opens, the exports hold them all', async ({ page, request }) => {
  expect(ingested.length).toBeGreaterThan(0);
  await page.goto(`${SAMPLE_BASE}/`);
  await expect(page.locator('.doc-list > li')).toHaveCount(ingested.length);
  await expect(page.locator('.stats')).toContainText(`${ingested.length} 篇`);
  const jsonl = await (await request.get(`${SAMPLE_BASE}/data/documents.jsonl`)).text();
  const ids = jsonl.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
  expect(ids.sort()).toEqual(ingested.map((name) => name.replace(/\.mdx$/, '')).sort());
  for (const id of ids) {
    await page.goto(`${SAMPLE_BASE}/documents/${id}/`);
    await expect(page.locator('article h1')).not.toBeEmpty();
    await expect(page.locator('.provenance')).toBeVisible();
  }
});
