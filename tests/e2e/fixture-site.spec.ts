// The site over the purpose-built fixture corpus (tests/fixtures/site/: every
// document type, a municipality's district, a derived title, a page's 发布时间,
// redactions), built with SITE_URL as a published site is: a build of its own,
// as the other specs run on the fixture site without SITE_URL. Which document
// shows what is read from the fixture files (fixture-corpus.ts).
import { test, expect, type Page } from '@playwright/test';
import { isoDay } from '../../src/lib/citation.ts';
import { pinyin } from 'pinyin-pro';
import { fixtureDoc, fixtureDocs, FIXTURE_DOCUMENTS, FIXTURE_RAW, holding, type FixtureDoc } from './fixture-corpus.ts';
import { buildAndServe } from './helpers.ts';

const SITE = 'https://archive.example.cn';
let site: Awaited<ReturnType<typeof buildAndServe>>;

test.describe.configure({ timeout: 180_000 });
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeAll(async () => {
  site = await buildAndServe({ documents: FIXTURE_DOCUMENTS, raw: FIXTURE_RAW, env: { SITE_URL: SITE }, port: 4392 });
});
test.afterAll(async () => {
  await site?.close();
});

const settled = (page: Page) => expect(page.locator('.search-page')).toHaveAttribute('data-state', 'ready');

/** GB/T 7714 puts a title in [ ] when it is not the document's own: derived from the text, or damaged. */
const citedTitle = (d: FixtureDoc) => (d.meta.titleSource === 'derived' || d.meta.title.includes('□') ? `[${d.meta.title}]` : d.meta.title);
/** A day as GB/T 7714 writes it: YYYY-MM-DD. */
const gbDay = (stamp: string) => {
  const [y, m, d] = stamp.split(/[-\s]/).map(Number);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};
const report = fixtureDoc('report with authors and a publication date', (d) => d.meta.type === 'report' && Boolean(d.meta.source.authors?.length && d.meta.source.published));

test.describe('with SITE_URL every absolute address uses it', () => {
  test('canonical link, JSON-LD, permalink, feed and sitemap', async ({ page, request }) => {
    const rss = await (await request.get(`${site.base}/rss.xml`)).text();
    const sitemap = await (await request.get(`${site.base}/sitemap-0.xml`)).text();
    for (const { path } of fixtureDocs) {
      expect(rss).toContain(`<link>${SITE}${path}</link>`);
      expect(sitemap).toContain(`<loc>${SITE}${path}</loc>`);
    }
    expect(sitemap).not.toContain('/raw/');
    const { path } = fixtureDocs[0]!;
    await page.goto(`${site.base}${path}`);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${SITE}${path}`);
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(json.url).toBe(`${SITE}${path}`);
    expect(json.isPartOf.url).toBe(`${SITE}/`);
    await expect(page.locator('#doc-permalink')).toHaveText(`${SITE}${path}`);
  });

  test('a paragraph’s copy button copies its permalink on SITE_URL, not on the address it was opened from', async ({ page }) => {
    const { path } = fixtureDocs[0]!;
    await page.goto(`${site.base}${path}`);
    const button = page.locator('.prose button.copy-link').first();
    const anchor = await button.getAttribute('data-anchor');
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${path}#${anchor}`);
  });
});

test.describe('citations per GB/T 7714-2015, field by field', () => {
  const today = () => isoDay(new Date());

  test('a report: its reporters, its title (in [ ] when not its own), the page’s publication date, the reader’s access date, the permalink', async ({ page }) => {
    await page.goto(`${site.base}${report.path}`);
    await expect(page.locator('#citation')).toHaveText(`${report.meta.source.authors!.join(', ')}. ${citedTitle(report)}[EB/OL]. (${gbDay(report.meta.source.published!)})[${today()}]. ${SITE}${report.path}.`);
  });

  test('a speech: its speaker, and no date — the day it was given is not when it went online', async ({ page }) => {
    const speech = fixtureDoc('speech with a speaker, given on a stated day, no publication date', (d) => d.meta.type === 'speech' && d.meta.speakers.length > 0 && d.meta.dateKind === 'delivered' && !d.meta.source.published);
    await page.goto(`${site.base}${speech.path}`);
    await expect(page.locator('#citation')).toHaveText(`${speech.meta.speakers[0]!.name}. ${citedTitle(speech)}[EB/OL]. [${today()}]. ${SITE}${speech.path}.`);
  });

  test('a forum copy: the post time read as the online date', async ({ page }) => {
    const forum = fixtureDoc('page with a post time and no speaker', (d) => d.meta.raw.path.endsWith('.html') && d.meta.speakers.length === 0 && Boolean(d.meta.source.published));
    const day = gbDay(forum.meta.source.published!);
    await page.goto(`${site.base}${forum.path}`);
    await expect(page.locator('#citation')).toHaveText(`${citedTitle(forum)}[EB/OL]. (${day})[${today()}]. ${SITE}${forum.path}.`);
    const [y, m, d] = day.split('-').map(Number);
    await expect(page.locator('.doc-meta')).toContainText(`发布于${y}年${m}月${d}日`);
  });

  test('a derived title is given as supplied, in [ ], and the page says why', async ({ page }) => {
    const derived = fixtureDoc('title derived from the first sentence, no author', (d) => d.meta.titleSource === 'derived' && !d.meta.source.authors && d.meta.speakers.length === 0);
    await page.goto(`${site.base}${derived.path}`);
    await expect(page.locator('#citation')).toHaveText(`[${derived.meta.title}][EB/OL]. [${today()}]. ${SITE}${derived.path}.`);
    await expect(page.locator('.title-note')).toContainText('标题据正文首句拟定');
  });

  test('a paragraph citation cites the document with the paragraph’s link', async ({ page }) => {
    await page.goto(`${site.base}${report.path}`);
    const anchor = (await page.locator('.prose a.anchor').nth(1).getAttribute('id'))!;
    await page.locator('.prose a.anchor').nth(1).click();
    await expect(page.locator('#citation')).toHaveText(`${report.meta.source.authors!.join(', ')}. ${citedTitle(report)}[EB/OL]. (${gbDay(report.meta.source.published!)})[${today()}]. ${SITE}${report.path}#${anchor}.`);
    await expect(page.locator('#paragraph-permalink a')).toHaveText(`${SITE}${report.path}#${anchor}`);
  });
});

test.describe('the reader’s language', () => {
  test('the cleaning log and warnings are in Chinese; the exports keep the codes', async ({ page, request }) => {
    // The Chinese the page gives the stages and rules of this document's log.
    const STAGE = { chrome: '删去网页杂项', watermark: '删去水印' } as Record<string, string>;
    const RULE = { 'page controls': '页面操作按钮（打印、关闭、字号等）', 'site name inside a sentence': '插在句中的网站名称' } as Record<string, string>;
    const doc = fixtureDoc('document with a watermark warning', (d) => d.meta.warnings.some((w) => w.ruleId === 'watermark'));
    const stamp = doc.meta.removed.find((r) => r.stage === 'watermark')!.text;
    await page.goto(`${site.base}${doc.path}`);
    const provenance = page.locator('.provenance');
    await expect(provenance.locator('.warnings li')).toHaveText([`已删去插在句中的网站名称“${stamp}”`]);
    await provenance.locator('.removed summary').click();
    for (const [i, r] of doc.meta.removed.entries()) {
      await expect(provenance.locator('.removed tbody tr').nth(i).locator('td')).toHaveText([STAGE[r.stage]!, RULE[r.reason]!, r.text]);
    }
    expect(await provenance.locator('.warnings, .removed thead, .removed td:not(.removed__text)').allTextContents()).not.toContainEqual(expect.stringMatching(/[A-Za-z]{3,}/));
    const record = await (await request.get(`${site.base}/data/documents/${doc.meta.id}.json`)).json();
    expect(record.metadata.warnings).toEqual(doc.meta.warnings);
  });

  test('a warning of a rule the site has no words for says its stage in Chinese and keeps the reason as a tooltip', async ({ page }) => {
    const KNOWN = ['damage', 'title-damaged', 'region-unsure', 'speakers-unsure', 'date-unsure', 'watermark', 'repeat', 'markup-as-text', 'type-unsure'];
    const doc = fixtureDoc('document with a warning of an unknown rule', (d) => d.meta.warnings.some((w) => !KNOWN.includes(w.ruleId)));
    const warning = doc.meta.warnings.find((w) => !KNOWN.includes(w.ruleId))!;
    await page.goto(`${site.base}${doc.path}`);
    const item = page.locator(`.warnings li[data-warning="${warning.ruleId}"]`);
    await expect(item).toHaveAttribute('title', warning.reason);
    await expect(item).toContainText('清洗时发现的其他问题');
    expect(await item.textContent()).not.toMatch(/[A-Za-z]{3,}/);
  });

  test('redactions look the same in the page, list excerpts, search snippets and the feed', async ({ page, request }) => {
    const doc = fixtureDoc('document with a redaction', (d) => d.paragraphs.some((p) => p.includes('*')));
    const redacted = doc.paragraphs.find((p) => p.includes('*'))!;
    // The words before the first redaction, to search for; the feed's excerpt shows the paragraph from there on.
    const before = redacted.slice(0, redacted.indexOf('*')).slice(-6);
    await page.goto(`${site.base}${doc.path}`);
    const inPage = page.locator('.prose .redacted').first();
    await expect(inPage).toBeVisible();
    const look = (l: typeof inPage) => l.evaluate((e) => getComputedStyle(e).backgroundImage);
    const pageLook = await look(inPage);
    expect(pageLook).toContain('repeating-linear-gradient');
    await page.goto(`${site.base}/years/${doc.meta.year}/`);
    const inList = page.locator('.doc-list__line .redacted').first();
    await expect(inList).toBeVisible();
    expect(await look(inList)).toBe(pageLook);
    await page.goto(`${site.base}/search/?q=${encodeURIComponent(before)}`);
    await settled(page);
    const inSnippet = page.locator('.result-snippet .redacted').first();
    await expect(inSnippet).toBeVisible();
    expect(await look(inSnippet)).toBe(pageLook);
    const rss = await (await request.get(`${site.base}/rss.xml`)).text();
    expect(rss).toContain(redacted.slice(redacted.indexOf(before)).replaceAll('*', '▨'));
    expect(rss).not.toMatch(/\*/);
  });

  test('slogans in glossary order: by the number they start with, then by pinyin', async ({ page }) => {
    await page.goto(`${site.base}/slogans/`);
    const order = await page.locator('tr[data-slogan]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.slogan));
    // The leading numbers the fixture's slogans start with; pinyin order by the browser-independent ICU collator.
    const NUMBERS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
    const leading = (slogan: string) => (/^\d+/.test(slogan) ? Number(slogan.match(/^\d+/)![0]) : (NUMBERS[slogan[0]!] ?? Infinity));
    const pinyinOrder = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
    const slogans = [...new Set(fixtureDocs.flatMap((d) => d.meta.slogans))];
    expect(order).toEqual(slogans.sort((a, b) => leading(a) - leading(b) || pinyinOrder.compare(a, b)));
  });
});

test.describe('facets', () => {
  test('a municipality drills down to its district; unknown buckets make the counts add up', async ({ page }) => {
    const { province, county } = fixtureDoc('document in a district of a municipality', (d) => Boolean(d.meta.region?.county && !d.meta.region.city)).meta.region as { province: string; county: string };
    const holdingQuery = holding('卫生');
    expect(holdingQuery.some((d) => !d.meta.region)).toBe(true);
    await page.goto(`${site.base}/search/?q=${encodeURIComponent('卫生')}`);
    await settled(page);
    const total = Number((await page.locator('.search-status').textContent())!.match(/找到 (\d+) 篇/)![1]);
    expect(total).toBe(holdingQuery.length);
    const sum = async (facet: string) => (await page.locator(`.facet[data-facet=${facet}] button[data-value] .facet-count`).allTextContents()).reduce((n, c) => n + Number(c), 0);
    expect(await sum('year')).toBe(total);
    expect(await sum('region')).toBe(total);
    expect(await sum('type')).toBe(total);
    await expect(page.locator('.facet[data-facet=region] button[data-value=none]')).toContainText('地区不详');
    await page.locator(`.facet[data-facet=region] button[data-value="${province}"]`).click();
    await expect(page).toHaveURL(new RegExp(`province=${encodeURIComponent(province)}`));
    await settled(page);
    const district = page.locator(`.facet[data-facet=region] button[data-key=county][data-value="${county}"]`);
    await expect(district).toBeVisible();
    const n = holdingQuery.filter((d) => d.meta.region?.county === county).length;
    await expect(district.locator('.facet-count')).toHaveText(String(n));
    await district.click();
    await settled(page);
    await expect(page).toHaveURL(new RegExp(`county=${encodeURIComponent(county)}`));
    await expect(page.locator('.search-result')).toHaveCount(n);
    await expect(page.locator('.search-result .result-meta').first()).toContainText(county);
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
    const undated = fixtureDocs.filter((d) => !d.meta.date);
    await expect(page.locator('.doc-list > li')).toHaveCount(undated.length);
    for (const d of undated) await expect(page.locator('.doc-list')).toContainText(d.meta.title);
  });

  test('speakers by pinyin initial, with a filter that takes names and pinyin', async ({ page }) => {
    const names = [...new Set(fixtureDocs.flatMap((d) => d.meta.speakers.map((s) => s.name)))].sort();
    // The pinyin of a surname, by a library apart from the site's code.
    const surname = (name: string) => pinyin(name[0]!, { toneType: 'none' });
    const initial = (name: string) => surname(name)[0]!.toUpperCase();
    const letters = [...new Set(names.map(initial))].sort();
    const people = (letter: string) => names.filter((n) => initial(n) === letter).length;
    await page.goto(`${site.base}/speakers/`);
    await expect(page.locator('details.speaker-group summary')).toHaveText(letters.map((l) => new RegExp(`^${l}\\s*${people(l)} 人`)));
    const filter = page.getByLabel('按姓名或拼音筛选');
    const [one, other] = [names[0]!, names.at(-1)!];
    const bySurname = (text: string) => names.filter((n) => surname(n) === text);
    await filter.fill(surname(one));
    await expect(page.locator('li[data-name]:visible')).toHaveText(bySurname(surname(one)).map((n) => new RegExp(n)));
    await expect(page.locator('.speaker-filter__status')).toHaveText(`找到 ${bySurname(surname(one)).length} 人`);
    await filter.fill(other[0]!);
    await expect(page.locator('li[data-name]:visible')).toHaveText(names.filter((n) => n.startsWith(other[0]!)).map((n) => new RegExp(n)));
    await filter.fill('');
    await expect(page.locator('li[data-name]:visible')).toHaveCount(names.length);
  });
});
