// Browsing the fixture site by year, place, type and speaker; what each list
// should hold is counted from the fixture files.
import { test, expect } from '@playwright/test';
import { countBy, fixtureDoc, fixtureDocs } from './fixture-corpus.ts';
import { screenshots } from './helpers.ts';

/** An ISO day as the site writes dates (2012年5月29日). */
const chineseDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const speech = fixtureDoc('speech with its delivery day and a speaker', (d) => d.meta.type === 'speech' && d.meta.dateKind === 'delivered' && d.meta.date?.length === 10 && d.meta.speakers.length > 0);
/** A document of a municipality's district: the region has a county and no city. */
const district = fixtureDoc('document in a district of a municipality', (d) => Boolean(d.meta.region?.county && !d.meta.region.city));
const { province, county } = district.meta.region as { province: string; county: string };

test('year → document: a speech is reached from the year list', async ({ page }, testInfo) => {
  const year = String(speech.meta.year);
  await page.goto('/years/');
  await page.getByRole('link', { name: `${year}年`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/years/${year}/$`));
  await expect(page.locator('h1')).toContainText(`${year}年`);
  await expect(page.locator('.doc-list > li')).toHaveCount(countBy((d) => d.meta.year?.toString()).get(year)!);
  await screenshots(page, testInfo, `year-${year}`);
  await page.getByRole('link', { name: speech.meta.title }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f]{12}\/$/);
  await expect(page.locator('article h1')).toHaveText(speech.meta.title);
  await expect(page.locator('.doc-meta')).toContainText('讲话日期');
  await expect(page.locator('.doc-meta')).toContainText(chineseDay(speech.meta.date!));
  await expect(page.locator('.doc-meta')).toContainText(speech.meta.speakers[0]!.name);
});

test('region tree → county → document: a municipality leads to its district and the district’s documents', async ({ page }, testInfo) => {
  await page.goto('/regions/');
  const tree = page.locator('.region-tree').first();
  await tree.getByRole('link', { name: province }).click();
  await expect(page.locator('h1')).toContainText(province);
  await page.locator('.region-tree').getByRole('link', { name: county }).click();
  await expect(page).toHaveURL(new RegExp(`/regions/${encodeURIComponent(province)}/${encodeURIComponent(county)}/$`));
  await expect(page.locator('.breadcrumbs')).toContainText(province);
  await expect(page.locator('.doc-list > li')).toHaveCount(countBy((d) => d.meta.region?.county).get(county)!);
  await screenshots(page, testInfo, 'region-county');
  await page.getByRole('link', { name: district.meta.title }).click();
  await expect(page.locator('article h1')).toHaveText(district.meta.title);
  // The place is linked up its hierarchy.
  const place = page.locator('.doc-meta .place');
  await expect(place.getByRole('link', { name: province })).toHaveAttribute('href', `/regions/${encodeURIComponent(province)}/`);
  await expect(place.getByRole('link', { name: county })).toBeVisible();
});

test('a county document is also listed under its province', async ({ page }) => {
  await page.goto(`/regions/${encodeURIComponent(province)}/`);
  await expect(page.locator('.doc-list')).toContainText(district.meta.title);
  await expect(page.locator('.doc-list > li')).toHaveCount(countBy((d) => d.meta.region?.province).get(province)!);
});

test('type and speaker pages list their documents', async ({ page }) => {
  for (const [type, n] of countBy((d) => d.meta.type)) {
    await page.goto(`/types/${type}/`);
    await expect(page.locator('.doc-list > li'), type).toHaveCount(n);
    for (const d of fixtureDocs.filter((x) => x.meta.type === type)) await expect(page.locator('.doc-list')).toContainText(d.meta.title);
  }
  // The speaker of the most documents.
  const [name, n] = [...countBy((d) => d.meta.speakers[0]?.name)].sort((a, b) => b[1] - a[1])[0]!;
  await page.goto('/speakers/');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.locator('h1')).toContainText(name);
  await expect(page.locator('.doc-list > li')).toHaveCount(n);
  for (const d of fixtureDocs.filter((x) => x.meta.speakers.some((s) => s.name === name))) await expect(page.locator('.doc-list')).toContainText(d.meta.title);
});
