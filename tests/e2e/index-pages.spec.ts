// The index pages over a corpus large enough that listing everything on one
// page would run to dozens of screens: a third of it undated, hundreds of
// speakers, dozens of provinces with cities and counties, a glossary longer
// than a screen. Each index page stays within a few screens; what it holds
// opens on demand.
import { test, expect } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../fixtures/search/corpus.ts';
import { writeMdxCorpus } from '../fixtures/search/write-mdx.ts';
import { buildAndServe } from './helpers.ts';

const DOCS = 900;
const SCREEN = 900;
const PROVINCES = ['河北省', '山西省', '辽宁省', '吉林省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省'];
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢'];
const GIVEN = [...'建国红梅志强海燕立新文华明辉秀英'];
/** Slogans with the number they start with, or the pinyin initial of their first character: more than the glossary shows open. */
const NUMBERED: [string, number][] = [['一岗双责', 1], ['一把手', 1], ['两个维护', 2], ['两学一做', 2], ['三严三实', 3], ['三会一课', 3], ['四个意识', 4], ['四个自信', 4], ['五个一批', 5], ['七个能力', 7], ['八项规定', 8], ['九个坚持', 9]];
const LETTERED: [string, string][] = [['安全生产', 'A'], ['办好实事', 'B'], ['成效清单', 'C'], ['党建引领', 'D'], ['敢为善为', 'G'], ['好干部', 'H'], ['活字典', 'H'], ['红色基因', 'H'], ['急难愁盼', 'J'], ['健康乡村', 'J'], ['零容忍', 'L'], ['民生实事', 'M'], ['清单管理', 'Q'], ['群众路线', 'Q'], ['深化改革', 'S'], ['问题清单', 'W'], ['乡村振兴', 'X'], ['学习强国', 'X'], ['蓄水池', 'X'], ['压实责任', 'Y'], ['政策通', 'Z'], ['作风建设', 'Z']];
const SLOGANS = [...NUMBERED.map(([s]) => s), ...LETTERED.map(([s]) => s)];
const sloganOf = (n: number) => SLOGANS[n % SLOGANS.length]!;

let site: Awaited<ReturnType<typeof buildAndServe>>;
let documents: string;

test.describe.configure({ timeout: 300_000 });

test.beforeAll(async () => {
  const corpus = generateCorpus(DOCS, 23).map((doc, n) => {
    const { date: _date, year: _year, region: _region, ...meta } = doc.meta;
    const dated = n % 3 !== 0;
    const province = PROVINCES[n % PROVINCES.length]!;
    const city = `${province.slice(0, 2)}第${(n % 3) + 1}市`;
    const county = `${city.slice(0, -1)}${(n % 4) + 1}县`;
    const speakers = n % 2 === 0 ? [`${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}${GIVEN[(n * 3) % GIVEN.length]}`] : [];
    return { ...doc, meta: { ...meta, ...(dated ? { date: doc.meta.date, year: doc.meta.year } : {}), region: { province, city, county }, speakers } };
  });
  documents = join(await mkdtemp(join(tmpdir(), 'speech-archive-index-')), 'documents');
  await writeMdxCorpus(corpus, documents);
  // The writer gives no document a slogan; each gets one here, so that the glossary has entries to group.
  const slogans = new Map(corpus.map((doc, n) => [`${doc.meta.id}.mdx`, sloganOf(n)]));
  for (const name of await readdir(documents)) {
    const file = join(documents, name);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^"slogans": \[\]$/m, `"slogans":\n  - ${JSON.stringify(slogans.get(name))}`));
  }
  site = await buildAndServe({ documents, port: 4393 });
});
test.afterAll(async () => {
  await site?.close();
  if (documents) await rm(join(documents, '..'), { recursive: true, force: true });
});

for (const width of [1280, 390]) {
  test(`no index page is taller than a few screens at ${width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: SCREEN });
    for (const path of ['/', '/years/', '/speakers/', '/regions/', '/types/', '/slogans/']) {
      await page.goto(`${site.base}${path}`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, path).toBeLessThan(4 * SCREEN);
      await page.screenshot({ path: testInfo.outputPath(`${path.replace(/\//g, '') || 'home'}-${width}.png`), fullPage: true });
    }
  });
}

test('undated documents are paged like a year', async ({ page }) => {
  await page.goto(`${site.base}/years/`);
  const link = page.getByRole('link', { name: '日期不详' });
  await expect(link.locator('xpath=..')).toContainText('300 篇');
  await link.click();
  await expect(page.locator('.doc-list > li')).toHaveCount(100);
  await expect(page.locator('.pager__pages li')).toHaveCount(3);
  await page.locator('.pager a[rel=next]').click();
  await expect(page).toHaveURL(/\/years\/undated\/2\/$/);
  await expect(page.locator('.doc-list > li')).toHaveCount(100);
});

test('speakers: letters with counts, a letter opens its names, the filter finds a name by pinyin', async ({ page }) => {
  await page.goto(`${site.base}/speakers/`);
  const groups = page.locator('details.speaker-group');
  expect(await groups.count()).toBeGreaterThan(10);
  // Closed: the names wait behind their letters.
  await expect(page.locator('li[data-name]:visible')).toHaveCount(0);
  const counts = await page.locator('.initials a .count').allTextContents();
  const people = Number((await page.locator('h1 .count').textContent())!.match(/\d+/)![0]);
  expect(counts.reduce((n, c) => n + Number(c), 0)).toBe(people);
  await page.locator('.initials a', { hasText: /^Z/ }).click();
  await expect(page.locator('details#initial-Z')).toHaveAttribute('open', '');
  await expect(page.locator('details#initial-Z li[data-name]').first()).toBeVisible();
  await page.getByLabel('按姓名或拼音筛选').fill('wang');
  const shown = page.locator('li[data-name]:visible');
  expect(await shown.count()).toBeGreaterThan(0);
  for (const name of await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.name!))) expect(name.startsWith('王')).toBe(true);
});

test('regions list provinces and open their cities and counties on demand', async ({ page }) => {
  await page.goto(`${site.base}/regions/`);
  const province = page.locator('.region-tree > li > details').first();
  await expect(province.locator('> summary a')).toBeVisible();
  await expect(province.locator('.region-tree a').first()).toBeHidden();
  await province.locator('> summary').click({ position: { x: 4, y: 8 } });
  await expect(province.locator('.region-tree a').first()).toBeVisible();
});

test('a long slogan glossary is in sections by leading number, then pinyin initial, that open on demand', async ({ page }) => {
  await page.goto(`${site.base}/slogans/`);
  const sections = page.locator('details.slogan-group');
  // Closed: the rows wait behind their sections, whose counts add up to every slogan listed.
  await expect(page.locator('tr[data-slogan]:visible')).toHaveCount(0);
  const rows = await page.locator('tr[data-slogan]').count();
  expect(rows).toBeGreaterThanOrEqual(SLOGANS.length);
  const counts = await sections.locator('.slogan-group__count').allTextContents();
  expect(counts.reduce((n, c) => n + Number(c.match(/\d+/)![0]), 0)).toBe(rows);
  // Each slogan stands in the section of its number or initial.
  const numerals = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九'];
  const expected = new Map<string, string>([...NUMBERED.map(([s, n]) => [s, numerals[n]!] as const), ...LETTERED]);
  for (const [slogan, label] of expected) {
    const section = page.locator('details.slogan-group', { has: page.locator(`tr[data-slogan="${slogan}"]`) });
    // A section may hold one number written two ways (7、七).
    expect((await section.locator('.slogan-group__label').textContent())!.split('、'), slogan).toContain(label);
  }
  // Glossary order across the sections: by number, then by pinyin.
  const pinyinOrder = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
  const number = new Map(NUMBERED);
  const order = (await page.locator('tr[data-slogan]').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.slogan!))).filter((s) => expected.has(s));
  expect(order).toEqual([...SLOGANS].sort((a, b) => (number.get(a) ?? Infinity) - (number.get(b) ?? Infinity) || pinyinOrder.compare(a, b)));
  // A section opens to its rows, each with its document count.
  const slogan = LETTERED[0]![0];
  const section = page.locator('details.slogan-group', { has: page.locator(`tr[data-slogan="${slogan}"]`) });
  await section.locator('summary').click();
  const row = page.locator(`tr[data-slogan="${slogan}"]`);
  await expect(row).toBeVisible();
  await expect(row.locator('.count')).toHaveText(String(Array.from({ length: DOCS }, (_, n) => sloganOf(n)).filter((s) => s === slogan).length));
});
