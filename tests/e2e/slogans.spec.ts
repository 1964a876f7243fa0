// The slogan glossary and pages on the fixture site; which documents carry
// which slogan, and in which year, is read from the fixture files.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFrontmatter } from '../../core/mdx/frontmatter.ts';
import { fixtureDoc, fixtureDocs } from './fixture-corpus.ts';

/** A slogan with a curated description (content/slogans/) that the fixture documents carry. */
const curated = readFrontmatter(readFileSync('content/slogans/sanyan-sanshi.mdx', 'utf8')).data as { slogan: string; summary: string };
const carrying = (slogan: string) => fixtureDocs.filter((d) => d.meta.slogans.includes(slogan));

test('the glossary lists slogans with counts and links each to its page', async ({ page }) => {
  const { slogan, summary } = curated;
  await page.goto('/slogans/');
  const row = page.locator(`tr[data-slogan="${slogan}"]`);
  await expect(row).toBeVisible();
  await expect(row.locator('.count')).toHaveText(String(carrying(slogan).length));
  await expect(row.locator('.summary')).toContainText(summary.split('、')[0]!);
  // A dated slogan has a per-year sparkline that says its counts.
  const dated = fixtureDoc('document with a year and a slogan', (d) => d.meta.year !== undefined && d.meta.slogans.length > 0).meta.slogans[0]!;
  const years = new Map<number, number>();
  for (const d of carrying(dated)) if (d.meta.year) years.set(d.meta.year, (years.get(d.meta.year) ?? 0) + 1);
  const said = [...years].sort((a, b) => a[0] - b[0]).map(([y, n]) => `${y}年 ${n} 篇`).join('，');
  await expect(page.locator(`tr[data-slogan="${dated}"] svg.sparkline`)).toHaveAttribute('aria-label', new RegExp(`${said}$`));
  await row.getByRole('link', { name: slogan }).click();
  await expect(page).toHaveURL(new RegExp(`/slogans/(${encodeURIComponent(slogan[0]!)}|${slogan[0]})`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`“${slogan}”`);
});

test('a mention links to the paragraph that holds it', async ({ page }) => {
  const { slogan } = curated;
  await page.goto(`/slogans/${slogan}/`);
  const hit = page.locator('a.hit').first();
  await expect(hit).toContainText(slogan);
  const href = await hit.getAttribute('href');
  expect(href).toMatch(/^\/documents\/[0-9a-f]{12}\/#p-[0-9a-f]{8}(-\d+)?$/);
  expect(carrying(slogan).map((d) => d.path)).toContain(href!.split('#')[0]);
  await hit.click();
  const anchor = page.locator(`[id="${href!.split('#')[1]}"]`);
  await expect(anchor).toHaveCount(1);
  // The anchor starts the paragraph that holds the sentence.
  await expect(anchor.locator('xpath=ancestor::*[self::p or self::h2 or self::h3 or self::h4][1]')).toContainText(slogan);
});

test('co-occurring slogans link to their own pages', async ({ page }) => {
  const doc = fixtureDoc('document with two slogans', (d) => d.meta.slogans.length > 1);
  const [slogan, ...others] = doc.meta.slogans;
  await page.goto(`/slogans/${slogan}/`);
  const other = page.locator('.cooccurring a').first();
  await expect(other).toBeVisible();
  const name = (await other.textContent())!.trim();
  expect(others).toContain(name);
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
  expect(records.map((r) => r.id).sort()).toEqual(fixtureDocs.map((d) => d.meta.id).sort());
  const one = await (await request.get(`/data/documents/${records[0].id}.json`)).json();
  expect(one).toEqual(records[0]);
});
