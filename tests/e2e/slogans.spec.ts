import { test, expect } from '@playwright/test';

test('the glossary lists slogans with counts and links each to its page', async ({ page }) => {
  await page.goto('/slogans/');
  const row = page.locator('tr[data-slogan="三严三实"]');
  await expect(row).toBeVisible();
  await expect(row.locator('.count')).toHaveText(/^[1-9]\d*$/);
  await expect(row.locator('.summary')).toContainText('严以修身');
  // A dated slogan has a per-year sparkline that says its counts.
  await expect(page.locator('tr[data-slogan="十二五"] svg.sparkline')).toHaveAttribute('aria-label', /2012年 1 篇/);
  await row.getByRole('link', { name: '三严三实' }).click();
  await expect(page).toHaveURL(/\/slogans\/(%E4%B8%89|三)/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('“三严三实”');
});

test('a mention links to the paragraph that holds it', async ({ page }) => {
  await page.goto('/slogans/三严三实/');
  const hit = page.locator('a.hit').first();
  await expect(hit).toContainText('三严三实');
  const href = await hit.getAttribute('href');
  expect(href).toMatch(/^\/documents\/[0-9a-f]{12}\/#p-[0-9a-f]{8}(-\d+)?$/);
  await hit.click();
  const anchor = page.locator(`[id="${href!.split('#')[1]}"]`);
  await expect(anchor).toHaveCount(1);
  // The anchor starts the paragraph that holds the sentence.
  await expect(anchor.locator('xpath=ancestor::*[self::p or self::h2 or self::h3 or self::h4][1]')).toContainText('三严三实');
});

test('co-occurring slogans link to their own pages', async ({ page }) => {
  await page.goto('/slogans/四个意识/');
  const other = page.locator('.cooccurring a').first();
  await expect(other).toBeVisible();
  const name = (await other.textContent())!;
  await other.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`“${name}”`);
});

test('the data page describes the exports, which are served with the schema', async ({ page, request }) => {
  await page.goto('/data/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('数据下载');
  await expect(page.getByRole('link', { name: 'document.schema.json' })).toHaveAttribute('href', '/data/document.schema.json');
  const schema = await (await request.get('/data/document.schema.json')).json();
  expect(schema.required).toEqual(['id', 'permalink', 'metadata', 'paragraphs', 'raw', 'source']);
  const jsonl = await (await request.get('/data/documents.jsonl')).text();
  const records = jsonl.trimEnd().split('\n').map((line) => JSON.parse(line));
  expect(records).toHaveLength(5);
  const one = await (await request.get(`/data/documents/${records[0].id}.json`)).json();
  expect(one).toEqual(records[0]);
});
