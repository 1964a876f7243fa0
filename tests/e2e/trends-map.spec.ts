// Phrase trends (the search page's distribution, /trends/) and the province
// map, on a generated corpus built for these tests. Every expected figure is
// counted here from the site's own export (/data/documents.jsonl), not read
// from the index the pages use.
import { test, expect, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fold } from '../../src/lib/search/fold.ts';
import { buildFoldMap } from '../../src/lib/search/foldmap.ts';
import { generateCorpus } from '../fixtures/search/corpus.ts';
import { writeMdxCorpus } from '../fixtures/search/write-mdx.ts';
import { buildAndServe, screenshots } from './helpers.ts';

test.describe.configure({ timeout: 240_000 });

const map = buildFoldMap();
const port = 4394;
let site: Awaited<ReturnType<typeof buildAndServe>>;
let documents: string;

interface ExportRecord {
  id: string;
  metadata: { title: string; year?: number; region?: { province: string } };
  paragraphs: { text: string }[];
}

test.beforeAll(async () => {
  documents = join(await mkdtemp(join(tmpdir(), 'speech-archive-trends-e2e-')), 'documents');
  await writeMdxCorpus(generateCorpus(120, 23), documents);
  site = await buildAndServe({ documents, port });
});
test.afterAll(async () => {
  await site?.close();
  if (documents) await rm(join(documents, '..'), { recursive: true, force: true });
});

async function exported(page: Page, base: string): Promise<ExportRecord[]> {
  const jsonl = await (await page.request.get(`${base}/data/documents.jsonl`)).text();
  return jsonl.trimEnd().split('\n').map((line) => JSON.parse(line) as ExportRecord);
}

interface Tally {
  docs: number;
  hits: number;
}

/** Documents holding the phrase and its occurrences, per key, counted in the exported texts. */
function count(records: ExportRecord[], phrase: string, key: (r: ExportRecord) => string): Map<string, Tally> {
  const needle = fold(phrase, map);
  const out = new Map<string, Tally>();
  for (const r of records) {
    const text = fold([r.metadata.title, ...r.paragraphs.map((p) => p.text)].join('\n'), map);
    const hits = text.split(needle).length - 1;
    if (!hits) continue;
    const t = out.get(key(r)) ?? { docs: 0, hits: 0 };
    t.docs++;
    t.hits += hits;
    out.set(key(r), t);
  }
  return out;
}
const byYear = (r: ExportRecord) => String(r.metadata.year ?? 'none');
const byProvince = (r: ExportRecord) => r.metadata.region?.province ?? 'none';

/** The figures a chart's links say: label → [documents, hits]. */
async function spoken(links: ReturnType<Page['locator']>, pattern: RegExp): Promise<Map<string, Tally>> {
  const out = new Map<string, Tally>();
  for (const label of await links.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) {
    const m = label.match(pattern);
    expect(m, label).not.toBeNull();
    out.set(m![1]!, { docs: Number(m![2]), hits: Number(m![3]) });
  }
  return out;
}

/** The 南海诸岛 inset is drawn, named, and sits in the lower right quarter of the map. */
async function expectNanhaiInset(page: Page): Promise<void> {
  const inset = page.locator('.province-map__nanhai');
  await expect(inset).toBeVisible();
  await expect(inset).toHaveAttribute('aria-label', '南海诸岛');
  const dashes = await inset.locator('.province-map__nanhai-line').getAttribute('d');
  expect(dashes?.split('M').length).toBe(10);
  const map = (await page.locator('.province-map__svg').boundingBox())!;
  const box = (await inset.boundingBox())!;
  expect(box.width).toBeGreaterThan(0);
  expect(box.x).toBeGreaterThan(map.x + map.width / 2);
  expect(box.y).toBeGreaterThan(map.y + map.height / 2);
  expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 1);
  expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height + 1);
}

const settled = (page: Page) => expect(page.locator('.search-page')).toHaveAttribute('data-state', 'ready');

test('the search page counts a phrase’s documents and hits per year and per province, as the exported texts do', async ({ page }, testInfo) => {
  const records = await exported(page, site.base);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${site.base}/search/?q=三严三实`);
  await settled(page);
  const trends = page.locator('.search-trends');
  await expect(trends).toBeVisible();
  await expect(trends).toHaveAttribute('open', '');

  const years = await spoken(trends.locator('.search-trends__years a.trend-bar'), /^(\d{4})年：(\d+)篇，命中(\d+)处$/);
  expect(Object.fromEntries(years)).toEqual(Object.fromEntries(count(records, '三严三实', byYear)));
  // The table gives the same figures.
  await trends.locator('.search-trends__years summary').click();
  const rows = await trends.locator('.search-trends__years tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  expect(rows).toEqual([...years].map(([y, t]) => [`${y}年`, `${t.docs}篇`, `${t.hits}处`]));

  const provinces = await spoken(trends.locator('.search-trends__provinces a[aria-label]'), /^(.+?)：(\d+)篇，命中(\d+)处$/);
  expect(Object.fromEntries(provinces)).toEqual(Object.fromEntries([...count(records, '三严三实', byProvince)].map(([k, v]) => [k === 'none' ? '地区不详' : k, v])));
  await screenshots(page, testInfo, 'search-trends');
});

test('clicking a year bar or a province filters the results to it; clicking the chosen year again lifts the filter', async ({ page }) => {
  const records = await exported(page, site.base);
  const expected = count(records, '两个维护', byYear);
  const [year, { docs }] = [...expected].sort((a, b) => b[1].docs - a[1].docs)[0]!;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${site.base}/search/?q=两个维护`);
  await settled(page);
  await page.locator(`.search-trends__years a.trend-bar[aria-label^="${year}年："]`).click();
  await expect(page).toHaveURL(new RegExp(`[?&]year=${year}(&|$)`));
  await settled(page);
  await expect(page.locator('.search-status')).toHaveText(`找到 ${docs} 篇文档包含“两个维护”`);
  const dates = await page.locator('.search-result').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.date ?? ''));
  expect(dates.length).toBe(Math.min(docs, 20));
  for (const d of dates) expect(d.startsWith(year)).toBe(true);
  // The chosen year is marked; the other years stay to choose from.
  await expect(page.locator('.search-trends__years a.trend-bar[aria-current=true]')).toHaveCount(1);
  expect(await page.locator('.search-trends__years a.trend-bar').count()).toBe(expected.size);

  const inYear = count(records.filter((r) => byYear(r) === year), '两个维护', byProvince);
  const [province, inProvince] = [...inYear].filter(([k]) => k !== 'none').sort((a, b) => b[1].docs - a[1].docs)[0]!;
  await page.locator(`.search-trends__provinces a[aria-label^="${province}："]`).click();
  await expect(page).toHaveURL(new RegExp(`province=${encodeURIComponent(province)}`));
  await settled(page);
  await expect(page.locator('.search-status')).toHaveText(`找到 ${inProvince.docs} 篇文档包含“两个维护”`);

  await page.locator('.search-trends__years a.trend-bar[aria-current=true]').click();
  await expect(page).not.toHaveURL(/year=/);
  await settled(page);
  await expect(page.locator('.search-status')).toHaveText(`找到 ${count(records, '两个维护', byProvince).get(province)!.docs} 篇文档包含“两个维护”`);
});

test('/trends/ compares two phrases year by year, each column linking to that phrase’s documents of the year', async ({ page }, testInfo) => {
  const records = await exported(page, site.base);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${site.base}/trends/?q=三严三实&q=两个维护`);
  await expect(page.locator('.trends-page')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('#trends-q-0')).toHaveValue('三严三实');
  await expect(page.locator('#trends-q-1')).toHaveValue('两个维护');
  const legend = page.locator('.trends-legend li');
  await expect(legend).toHaveCount(2);

  for (const [s, phrase] of ['三严三实', '两个维护'].entries()) {
    const expected = count(records, phrase, byYear);
    const total = [...expected.values()].reduce((n, t) => n + t.docs, 0);
    await expect(legend.nth(s)).toContainText(`“${phrase}” ${total}篇`);
    const bars = page.locator(`.trends-result a.trend-bar.series-${s}`);
    const figures = await spoken(bars, new RegExp(`^“${phrase}”，(\\d{4})年：(\\d+)篇，命中(\\d+)处$`));
    expect(Object.fromEntries(figures), phrase).toEqual(Object.fromEntries(expected));
    for (const year of expected.keys()) {
      await expect(page.locator(`.trends-result a.trend-bar.series-${s}[aria-label^="“${phrase}”，${year}年"]`)).toHaveAttribute('href', `/search/?${new URLSearchParams({ q: phrase, year })}`);
    }
  }

  // A column leads to the phrase's documents of that year.
  const [year, { docs }] = [...count(records, '三严三实', byYear)][0]!;
  await page.locator(`.trends-result a.trend-bar.series-0[aria-label^="“三严三实”，${year}年"]`).click();
  await settled(page);
  await expect(page.locator('.search-status')).toHaveText(`找到 ${docs} 篇文档包含“三严三实”`);
  await page.goBack();
  await expect(page.locator('.trends-page')).toHaveAttribute('data-state', 'ready');
  await screenshots(page, testInfo, 'trends');
  expect(errors).toEqual([]);
});

test('/trends/ takes at most four phrases and says so', async ({ page }) => {
  await page.goto(`${site.base}/trends/?q=三严三实&q=两个维护&q=三会一课&q=四个意识&q=两学一做`);
  await expect(page.locator('.trends-page')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('.trends-legend li')).toHaveCount(4);
  await expect(page.locator('.trends-status')).toContainText('最多比较4个');
});

test('the map has one link per province with documents, with its count, on the home page and /regions/', async ({ page }, testInfo) => {
  // The generated corpus, and the fixture corpus (the tests' default site).
  for (const base of [site.base, '']) {
    const records = await exported(page, base);
    const expected = new Map<string, number>();
    for (const r of records) if (r.metadata.region) expected.set(r.metadata.region.province, (expected.get(r.metadata.region.province) ?? 0) + 1);
    expect(expected.size).toBeGreaterThan(1);
    for (const path of ['/', '/regions/']) {
      await page.goto(`${base}${path}`);
      const links = page.locator('.province-map a');
      await expect(links).toHaveCount(expected.size);
      const labels = await links.evaluateAll((els) => els.map((e) => [e.getAttribute('aria-label'), e.getAttribute('href')]));
      expect(new Set(labels.map(([l]) => l))).toEqual(new Set([...expected].map(([p, n]) => `${p}：${n}篇`)));
      for (const [label, href] of labels) expect(href).toBe(`/regions/${encodeURIComponent(label!.split('：')[0]!)}/`);
      // Every province is drawn, those without documents unlinked; the ranked list stays beside the map.
      await expect(page.locator('.province-map path.province-map__area')).toHaveCount(34);
      // The 南海诸岛 inset with its dashed line of nine dashes, in the map's lower right.
      await expectNanhaiInset(page);
      await expect(page.locator('.region-bars li')).toHaveCount(expected.size);
    }
  }
  await page.goto(`${site.base}/`);
  await page.locator('.province-map a[aria-label^="广东省"]').click();
  await expect(page.locator('h1')).toContainText('广东省');
  await page.goto(`${site.base}/regions/`);
  await screenshots(page, testInfo, 'regions-map');
});
