// The /trends/ page: up to four phrases (?q=…&q=…) over the years on one
// chart, searched with the phrase index in the browser. Each column links to
// that phrase's documents of that year; a table gives the same figures.
// Strings from the query are set with textContent, never parsed as markup.
import { chartTable, columnChart, showLatest, type Cell } from './charts.ts';
import { yearLabel } from './distribution.ts';
import { PhraseIndex, fetchSource, type DocHits } from './engine.ts';
import { parseQuery } from './query.ts';
import { NONE } from './state.ts';
import { byYear, corpusByYear, yearSpan } from './trends.ts';

export const MAX_PHRASES = 4;
const MEASURES = { docs: '文档数', hits: '命中次数', share: '文档占当年全部文档的比例' } as const;
type Measure = keyof typeof MEASURES;

export interface TrendsState {
  phrases: string[];
  measure: Measure;
}

/** The phrases asked for (blank ones and repeats dropped, at most four) and the measure. */
export function parseTrends(search: string): TrendsState & { dropped: number } {
  const params = new URLSearchParams(search);
  const all = [...new Set(params.getAll('q').map((q) => q.trim()).filter(Boolean))];
  const m = params.get('m');
  return { phrases: all.slice(0, MAX_PHRASES), measure: m && m in MEASURES ? (m as Measure) : 'docs', dropped: Math.max(0, all.length - MAX_PHRASES) };
}

const searchHref = (q: string, year?: string) => `/search/?${new URLSearchParams({ q, ...(year ? { year } : {}) })}`;
const percent = (v: number) => `${(v * 100).toFixed(v >= 0.1 ? 0 : 1)}%`;

export function startTrendsPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form.trends-form')!;
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[name=q]')];
  const measureSelect = form.querySelector<HTMLSelectElement>('select[name=m]')!;
  const status = root.querySelector<HTMLElement>('.trends-status')!;
  const out = root.querySelector<HTMLElement>('.trends-result')!;
  const state = parseTrends(location.search);
  inputs.forEach((input, i) => (input.value = state.phrases[i] ?? ''));
  measureSelect.value = state.measure;
  // Blank boxes are not sent: the address holds only the phrases.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const input of inputs) if (input.value.trim()) params.append('q', input.value.trim());
    if (measureSelect.value !== 'docs') params.set('m', measureSelect.value);
    location.assign(`/trends/?${params}`);
  });
  const siteTitle = document.title.split(' · ').at(-1)!;
  if (state.phrases.length) document.title = `${state.phrases.map((p) => `“${p}”`).join('、')}的年份趋势 · ${siteTitle}`;
  void render(state).catch((error) => {
    status.textContent = '检索索引加载失败，请稍后重试。';
    console.warn(error);
    root.dataset.state = 'ready';
  });

  async function render({ phrases, measure, dropped }: TrendsState & { dropped: number }): Promise<void> {
    if (!phrases.length) {
      status.textContent = `请输入一至${MAX_PHRASES}个词语或短语，比较它们在各年份文档中的出现情况。`;
      root.dataset.state = 'ready';
      return;
    }
    status.textContent = '正在检索…';
    const index = await PhraseIndex.open(fetchSource('/'));
    const results: DocHits[][] = await Promise.all(
      phrases.map((q) => {
        const terms = parseQuery(q, index.map).terms;
        return terms.length ? index.search(terms) : Promise.resolve([]);
      }),
    );
    const totals = corpusByYear(index.meta);
    const span = yearSpan(results.flatMap((r) => byYear(r, index.meta).map((b) => b.key)));
    const series = results.map((r) => byYear(r, index.meta, span));
    const keys = [...span, ...(series.some((s) => s.at(-1)?.key === NONE) ? [NONE] : [])];
    const bucket = (s: number, key: string) => series[s]!.find((b) => b.key === key) ?? { key, docs: 0, hits: 0 };
    const value = (s: number, key: string) => {
      const b = bucket(s, key);
      return measure === 'hits' ? b.hits : measure === 'share' ? b.docs / (totals.get(key) || 1) : b.docs;
    };
    const format = measure === 'share' ? percent : String;
    const describe = (s: number, key: string) => {
      const b = bucket(s, key);
      const share = measure === 'share' ? `，占当年文档的${percent(value(s, key))}` : '';
      return `“${phrases[s]}”，${yearLabel(key)}：${b.docs}篇，命中${b.hits}处${share}`;
    };

    const legend = document.createElement('ul');
    legend.className = 'trends-legend';
    phrases.forEach((q, s) => {
      const docs = results[s]!.length;
      const hits = results[s]!.reduce((n, r) => n + r.hits, 0);
      const li = document.createElement('li');
      li.className = `series-${s}`;
      const swatch = Object.assign(document.createElement('span'), { className: 'trends-legend__swatch' });
      swatch.setAttribute('aria-hidden', 'true');
      const link = Object.assign(document.createElement('a'), { href: searchHref(q), textContent: `“${q}”` });
      li.append(swatch, link, ` ${docs}篇，命中${hits}处`);
      li.dataset.docs = String(docs);
      legend.append(li);
    });

    const found = results.some((r) => r.length);
    const cut = dropped ? `（最多比较${MAX_PHRASES}个，已略去其后的${dropped}个）` : '';
    status.textContent = found ? `各年份包含${phrases.map((p) => `“${p}”`).join('、')}的${MEASURES[measure]}${cut}` : `没有找到包含${phrases.map((p) => `“${p}”`).join('、')}的文档${cut}。`;
    const parts: HTMLElement[] = [legend];
    if (found) {
      parts.push(
        columnChart({
          label: `各年份${MEASURES[measure]}`,
          format,
          // The page's main content: wider and taller than a chart beside search results.
          spread: 880,
          height: 240,
          groups: keys.map((key) => ({
            key,
            label: key === NONE ? '不详' : key,
            bars: phrases.map((q, s) => ({ value: value(s, key), series: s, href: searchHref(q, key), title: describe(s, key) })),
          })),
        }),
        chartTable({
          caption: `各年份包含各词语的文档数与命中次数${measure === 'share' ? '及占当年文档的比例' : ''}`,
          columns: ['年份', ...phrases.map((p) => `“${p}”`)],
          // Years in which none of the phrases occurs are left out of the table (the chart shows the gap).
          rows: keys.filter((key) => phrases.some((_, s) => bucket(s, key).docs > 0)).map((key) => ({
            head: yearLabel(key),
            cells: phrases.map((q, s): Cell => {
              const b = bucket(s, key);
              const text = `${b.docs}篇 · ${b.hits}处${measure === 'share' ? ` · ${percent(value(s, key))}` : ''}`;
              return b.docs ? { text, href: searchHref(q, key) } : '—';
            }),
          })),
        }),
      );
    }
    out.replaceChildren(...parts);
    showLatest(out);
    root.dataset.state = 'ready';
  }
}
