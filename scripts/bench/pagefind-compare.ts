#!/usr/bin/env node
// node scripts/bench/pagefind-compare.ts A B [--json FILE]
//
// Whether two Pagefind indexes of the site answer the same: A and B are
// /pagefind/ folders (shards.json and its shard bundles, as a build publishes
// them). Each is loaded in Chromium as the search page loads it (the first
// shard's pagefind.js, the others merged: src/lib/search/words.ts) and asked
// the same queries — slogans, names, places, traditional-script spellings,
// words with filters — and every result's id, score, matched words, url,
// meta, excerpt with its highlights and sub-results are compared, in order.
// Prints one line per query (results, and where A and B differ) and exits 1
// if any query differs. Used to show that indexing through Pagefind's CLI
// changes no answer (docs/performance.md, twenty-fourth session).
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { serveStatic } from './server.ts';

/** Queries with results in the sample and bench corpora, and some without; a filter as `year=2013`. */
export const QUERIES: { q: string; filters?: Record<string, string> }[] = [
  ...['三严三实', '两个维护', '三会一课', '两学一做', '四个意识', '四个全面', '不忘初心', '乡村振兴', '高质量发展', '全面从严治党', '中央八项规定', '放管服', '河长制', '营商环境', '疫情防控'].map((q) => ({ q })),
  ...['习近平', '李克强', '书记', '县长', '同志们', '主持人', '记者'].map((q) => ({ q })),
  ...['广东', '新疆维吾尔自治区', '乌鲁木齐', '达坂城区', '成都市', '浙江省 杭州'].map((q) => ({ q })),
  ...['兩個維護', '三嚴三實', '鄉村振興', '習近平', '黨建'].map((q) => ({ q })),
  ...['讲话 动员', '工作会议 部署', '人力资源和社会保障', '2019年', 'GDP', '一、', '（'].map((q) => ({ q })),
  { q: '党建', filters: { year: '2013' } },
  { q: '讲话', filters: { type: '讲话' } },
  { q: '经济', filters: { province: '广东省' } },
  { q: '工作', filters: { province: '地区不详' } },
  { q: '', filters: { year: '2020' } },
  { q: '会议', filters: { year: '2019', province: '广东省' } },
];

interface Answer {
  q: string;
  count: number;
  results: unknown[];
}

async function answers(origin: string, side: string, excerptLength: number): Promise<Answer[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    return await page.evaluate(
      async ({ base, queries, excerptLength }) => {
        const { shards } = (await (await fetch(`${base}shards.json`)).json()) as { shards: string[] };
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const pagefind: any = await import(`${base}${shards[0]}/pagefind.js`);
        await pagefind.options({ excerptLength });
        for (const shard of shards.slice(1)) await pagefind.mergeIndex(`${base}${shard}/`);
        const out = [];
        for (const { q, filters } of queries) {
          const found = await pagefind.search(q === '' ? null : q, filters ? { filters } : {});
          const results = [];
          for (const r of found?.results ?? []) {
            const d = await r.data();
            results.push({ id: r.id, score: r.score, words: r.words, url: d.url, meta: d.meta, filters: d.filters, excerpt: d.excerpt, words_in_page: d.word_count, locations: d.locations, sub: d.sub_results.map((s: { url: string; title: string; excerpt: string }) => [s.url, s.title, s.excerpt]) });
          }
          out.push({ q: filters ? `${q} ${JSON.stringify(filters)}` : q, count: found?.results.length ?? 0, results, unfiltered: found?.unfilteredResultCount, filters: found?.filters, totalFilters: found?.totalFilters });
        }
        return out;
      },
      { base: `/${side}/`, queries: QUERIES, excerptLength },
    );
  } finally {
    await browser.close();
  }
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'string' }, 'excerpt-length': { type: 'string', default: '40' } } });
if (positionals.length !== 2) throw new Error('usage: node scripts/bench/pagefind-compare.ts A B [--json FILE]');
const served = mkdtempSync(path.join(tmpdir(), 'pagefind-compare-'));
symlinkSync(path.resolve(positionals[0]!), path.join(served, 'a'));
symlinkSync(path.resolve(positionals[1]!), path.join(served, 'b'));
const { server, origin } = await serveStatic(served);
let differing = 0;
try {
  const length = Number(values['excerpt-length']);
  const [a, b] = [await answers(origin, 'a', length), await answers(origin, 'b', length)];
  const lines = a.map((x, i) => {
    const y = b[i]!;
    const same = JSON.stringify(x) === JSON.stringify(y);
    if (!same) differing++;
    const firstDiff = same ? -1 : x.results.findIndex((r, j) => JSON.stringify(r) !== JSON.stringify(y.results[j]));
    return { q: x.q, results: x.count, same, ...(same ? {} : { resultsB: y.count, firstDifferingResult: firstDiff }) };
  });
  for (const l of lines) console.log(`${l.same ? 'same' : 'DIFFERENT'}\t${l.results} results\t${l.q}${l.same ? '' : `\t(B: ${l.resultsB} results, first differing result #${l.firstDifferingResult})`}`);
  const summary = { queries: lines.length, withResults: lines.filter((l) => l.results > 0).length, results: lines.reduce((n, l) => n + l.results, 0), differing };
  console.log(JSON.stringify(summary));
  if (values.json) writeFileSync(values.json, JSON.stringify({ summary, lines, a, b }, null, 1));
} finally {
  server.close();
  rmSync(served, { recursive: true, force: true });
}
process.exit(differing ? 1 : 0);
