// The site over the purpose-built fixture corpus (tests/fixtures/site/: every
// document type, a municipality's district, a derived title, a page's 发布时间,
// redactions), built with SITE_URL as a published site is. Expected values
// are read off the fixture files by hand.
import { test, expect, type Page } from '@playwright/test';
import { isoDay } from '../../src/lib/citation.ts';
import { buildAndServe } from './helpers.ts';

const SITE = 'https://archive.example.cn';
let site: Awaited<ReturnType<typeof buildAndServe>>;

test.describe.configure({ timeout: 180_000 });
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeAll(async () => {
  site = await buildAndServe({ documents: 'tests/fixtures/site/documents', raw: 'tests/fixtures/site/raw', env: { SITE_URL: SITE }, port: 4392 });
});
test.afterAll(async () => {
  await site?.close();
});

const settled = (page: Page) => expect(page.locator('.search-page')).toHaveAttribute('data-state', 'ready');

test.describe('with SITE_URL every absolute address uses it', () => {
  test('canonical link, JSON-LD, permalink, feed and sitemap', async ({ page, request }) => {
    await page.goto(`${site.base}/documents/0147fd24a5a0/`);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${SITE}/documents/0147fd24a5a0/`);
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(json.url).toBe(`${SITE}/documents/0147fd24a5a0/`);
    expect(json.isPartOf.url).toBe(`${SITE}/`);
    await expect(page.locator('#doc-permalink')).toHaveText(`${SITE}/documents/0147fd24a5a0/`);
    const rss = await (await request.get(`${site.base}/rss.xml`)).text();
    expect(rss).toContain(`<link>${SITE}/documents/0147fd24a5a0/</link>`);
    const sitemap = await (await request.get(`${site.base}/sitemap-0.xml`)).text();
    expect(sitemap).toContain(`<loc>${SITE}/documents/0147fd24a5a0/</loc>`);
    expect(sitemap).not.toContain('/raw/');
  });

  test('a paragraph’s copy button copies its permalink on SITE_URL, not on the address it was opened from', async ({ page }) => {
    await page.goto(`${site.base}/documents/3de2bad140f5/`);
    const button = page.locator('.prose button.copy-link').first();
    const anchor = await button.getAttribute('data-anchor');
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/documents/3de2bad140f5/#${anchor}`);
  });
});

test.describe('citations per GB/T 7714-2015, field by field', () => {
  const today = () => isoDay(new Date());

  test('a report: its reporters, its title (derived: in [ ]), the page’s publication date, the reader’s access date, the permalink', async ({ page }) => {
    await page.goto(`${site.base}/documents/794d23aaff7d/`);
    await expect(page.locator('#citation')).toHaveText(`王某飞, 谈某荣. [抓作风就是讲政治 抓作风就是谋发展][EB/OL]. (2022-09-27)[${today()}]. ${SITE}/documents/794d23aaff7d/.`);
  });

  test('a speech: its speaker, and no date — the day it was given is not when it went online', async ({ page }) => {
    await page.goto(`${site.base}/documents/1f7277925fe4/`);
    await expect(page.locator('#citation')).toHaveText(`朱某. 在全区卫生系统创先争优活动座谈会上的总结讲话[EB/OL]. [${today()}]. ${SITE}/documents/1f7277925fe4/.`);
  });

  test('a forum copy: the post time read as the online date', async ({ page }) => {
    await page.goto(`${site.base}/documents/e250dcdce1ef/`);
    await expect(page.locator('#citation')).toHaveText(`在全县卫生健康系统党建工作座谈会上的讲话[EB/OL]. (2023-08-30)[${today()}]. ${SITE}/documents/e250dcdce1ef/.`);
    await expect(page.locator('.doc-meta')).toContainText('发布于2023年8月30日');
  });

  test('a derived title is given as supplied, in [ ], and the page says why', async ({ page }) => {
    await page.goto(`${site.base}/documents/524e0a64f7ef/`);
    await expect(page.locator('#citation')).toHaveText(`[学习重要讲话精神的体会][EB/OL]. [${today()}]. ${SITE}/documents/524e0a64f7ef/.`);
    await expect(page.locator('.title-note')).toContainText('标题据正文首句拟定');
  });

  test('a paragraph citation cites the document with the paragraph’s link', async ({ page }) => {
    await page.goto(`${site.base}/documents/794d23aaff7d/`);
    const anchor = (await page.locator('.prose a.anchor').nth(1).getAttribute('id'))!;
    await page.locator('.prose a.anchor').nth(1).click();
    await expect(page.locator('#citation')).toHaveText(`王某飞, 谈某荣. [抓作风就是讲政治 抓作风就是谋发展][EB/OL]. (2022-09-27)[${today()}]. ${SITE}/documents/794d23aaff7d/#${anchor}.`);
    await expect(page.locator('#paragraph-permalink a')).toHaveText(`${SITE}/documents/794d23aaff7d/#${anchor}`);
  });
});

test.describe('the reader’s language', () => {
  test('the cleaning log and warnings are in Chinese; the exports keep the codes', async ({ page, request }) => {
    await page.goto(`${site.base}/documents/e250dcdce1ef/`);
    const provenance = page.locator('.provenance');
    await expect(provenance.locator('.warnings li')).toHaveText(['已删去插在句中的网站名称“老秘网”']);
    await provenance.locator('.removed summary').click();
    await expect(provenance.locator('.removed tbody tr').nth(0).locator('td')).toHaveText(['删去网页杂项', '页面操作按钮（打印、关闭、字号等）', '关灯']);
    await expect(provenance.locator('.removed tbody tr').nth(1).locator('td')).toHaveText(['删去水印', '插在句中的网站名称', '老秘网']);
    expect(await provenance.locator('.warnings, .removed thead, .removed td:not(.removed__text)').allTextContents()).not.toContainEqual(expect.stringMatching(/[A-Za-z]{3,}/));
    const record = await (await request.get(`${site.base}/data/documents/e250dcdce1ef.json`)).json();
    expect(record.metadata.warnings).toEqual([{ reason: 'watermark removed: site name "老秘网" inside a sentence', ruleId: 'watermark', source: 'watermark' }]);
  });

  test('redactions look the same in the page, list excerpts, search snippets and the feed', async ({ page, request }) => {
    await page.goto(`${site.base}/documents/e250dcdce1ef/`);
    const inPage = page.locator('.prose .redacted').first();
    await expect(inPage).toBeVisible();
    const look = (l: typeof inPage) => l.evaluate((e) => getComputedStyle(e).backgroundImage);
    const pageLook = await look(inPage);
    expect(pageLook).toContain('repeating-linear-gradient');
    await page.goto(`${site.base}/years/2023/`);
    const inList = page.locator('.doc-list__line .redacted').first();
    await expect(inList).toBeVisible();
    expect(await look(inList)).toBe(pageLook);
    await page.goto(`${site.base}/search/?q=${encodeURIComponent('今后一段时期')}`);
    await settled(page);
    const inSnippet = page.locator('.result-snippet .redacted').first();
    await expect(inSnippet).toBeVisible();
    expect(await look(inSnippet)).toBe(pageLook);
    const rss = await (await request.get(`${site.base}/rss.xml`)).text();
    expect(rss).toContain('今后一段时期▨卫健系统党建工作，奋力开创▨卫生健康事业发展新局面');
    expect(rss).not.toMatch(/\*/);
  });

  test('slogans in glossary order: by the number they start with, then by pinyin', async ({ page }) => {
    await page.goto(`${site.base}/slogans/`);
    const order = await page.locator('tr[data-slogan]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.slogan));
    expect(order).toEqual(['两个维护', '三会一课', '三严三实', '7个能力', '创先争优']);
  });
});

test.describe('facets', () => {
  test('a municipality drills down to its district; unknown buckets make the counts add up', async ({ page }) => {
    await page.goto(`${site.base}/search/?q=${encodeURIComponent('卫生')}`);
    await settled(page);
    const total = Number((await page.locator('.search-status').textContent())!.match(/找到 (\d+) 篇/)![1]);
    const sum = async (facet: string) => (await page.locator(`.facet[data-facet=${facet}] button[data-value] .facet-count`).allTextContents()).reduce((n, c) => n + Number(c), 0);
    expect(await sum('year')).toBe(total);
    expect(await sum('region')).toBe(total);
    expect(await sum('type')).toBe(total);
    await expect(page.locator('.facet[data-facet=region] button[data-value=none]')).toContainText('地区不详');
    await page.locator('.facet[data-facet=region] button[data-value="重庆市"]').click();
    await expect(page).toHaveURL(/province=%E9%87%8D%E5%BA%86%E5%B8%82/);
    await settled(page);
    const district = page.locator('.facet[data-facet=region] button[data-key=county][data-value="开州区"]');
    await expect(district).toBeVisible();
    const n = Number(await district.locator('.facet-count').textContent());
    await district.click();
    await settled(page);
    await expect(page).toHaveURL(/county=%E5%BC%80%E5%B7%9E%E5%8C%BA/);
    await expect(page.locator('.search-result')).toHaveCount(n);
    await expect(page.locator('.search-result .result-meta').first()).toContainText('开州区');
  });

  test('invalid parameters are ignored with a note and dropped from the address', async ({ page }) => {
    await page.goto(`${site.base}/search/?q=${encodeURIComponent('卫生')}&year=abc&type=memo`);
    await settled(page);
    await expect(page.locator('.search-note')).toHaveText('已忽略无效的参数：year=abc，type=memo');
    await expect(page.locator('.search-status')).toContainText('找到');
    expect(new URL(page.url()).searchParams.has('year')).toBe(false);
  });
});

test.describe('index pages', () => {
  test('undated documents have a page of their own, paged like a year', async ({ page }) => {
    await page.goto(`${site.base}/years/`);
    await page.getByRole('link', { name: '日期不详' }).click();
    await expect(page).toHaveURL(/\/years\/undated\/$/);
    await expect(page.locator('h1')).toContainText('日期不详');
    await expect(page.locator('.doc-list > li')).toHaveCount(1);
    await expect(page.locator('.doc-list')).toContainText('学习重要讲话精神的体会');
  });

  test('speakers by pinyin initial, with a filter that takes names and pinyin', async ({ page }) => {
    await page.goto(`${site.base}/speakers/`);
    await expect(page.locator('details.speaker-group summary')).toHaveText([/^L\s*1 人/, /^T\s*1 人/, /^Z\s*1 人/]);
    const filter = page.getByLabel('按姓名或拼音筛选');
    await filter.fill('tang');
    await expect(page.locator('li[data-name]:visible')).toHaveText([/唐某/]);
    await expect(page.locator('.speaker-filter__status')).toHaveText('找到 1 人');
    await filter.fill('朱');
    await expect(page.locator('li[data-name]:visible')).toHaveText([/朱某/]);
    await filter.fill('');
    await expect(page.locator('li[data-name]:visible')).toHaveCount(3);
  });
});
