// The search page's word search: below the exact phrase results, a section
// that on the reader's request loads Pagefind (its shards merged, see
// src/integrations/pagefind.ts), which segments the query into words (分词)
// and lists the documents holding those words anywhere, not necessarily all
// of them, ranked by Pagefind's relevance, with its year, type and province
// filters. Nothing of Pagefind is
// fetched until the reader asks. Strings from the index are set as text,
// never parsed as markup.
import { formatDate } from '../dates.ts';
import { FILTERS, type FilterName, type RecordMeta } from '../pagefind/records.ts';
import { redactionNodes } from '../redaction.ts';

const PAGE_SIZE = 10;
const FILTER_LABELS: Record<FilterName, string> = { year: '年份', type: '类型', province: '省份' };
const FILTER_NAMES = Object.keys(FILTER_LABELS) as FilterName[];

export type WordFilters = Partial<Record<FilterName, string>>;

/** What the page's browser code uses of Pagefind's module (pagefind.js). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResult>;
}
interface PagefindSearch {
  results: PagefindHit[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Partial<RecordMeta>;
}

/** An excerpt as Pagefind gives it, as runs of text, the query's words marked; the zero-width spaces its segmenter put between words removed. */
export function excerptSegments(excerpt: string): { text: string; hit: boolean }[] {
  const out: { text: string; hit: boolean }[] = [];
  let hit = false;
  for (const part of excerpt.replaceAll('\u200b', '').split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') hit = part === '<mark>';
    else if (part) out.push({ text: part, hit });
  }
  return out;
}

/** A filter's values as the menu lists them: years newest first, the rest by count; the value of documents without one last. */
export function filterOptions(name: FilterName, counts: Record<string, number>): [string, number][] {
  const none = FILTERS[name];
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a, na], [b, nb]) => {
      if ((a === none) !== (b === none)) return a === none ? 1 : -1;
      if (name === 'year') return a < b ? 1 : a > b ? -1 : 0;
      return nb - na || (a < b ? -1 : a > b ? 1 : 0);
    });
}

/** Most words of a query searched one by one when no document holds them all. */
const MAX_WORDS = 8;

/**
 * The parts of a query to search one by one when no document holds every word
 * of it (Pagefind segments a query and lists only documents holding all its
 * words) and the exact search named no parts of it to search instead. The browser's own segmenter (Intl.Segmenter, which knows Chinese)
 * splits the query; runs of single characters it could not place in a word
 * (从|严|治|党) are joined again, as Pagefind's segmenter may know the term; a
 * single character alone matches too much and is left out when longer parts
 * remain.
 */
export function queryWords(query: string): string[] {
  const runs: string[] = [];
  let single = false;
  for (const s of new Intl.Segmenter('zh', { granularity: 'word' }).segment(query)) {
    if (!s.isWordLike) {
      single = false;
      continue;
    }
    const one = [...s.segment].length === 1;
    if (one && single) runs[runs.length - 1] += s.segment;
    else runs.push(s.segment);
    single = one;
  }
  const words = [...new Set(runs)];
  const longer = words.filter((w) => [...w].length > 1);
  return (longer.length ? longer : words).slice(0, MAX_WORDS);
}

export interface WordHits<R> {
  word: string;
  results: readonly R[];
}

/**
 * Documents found by searching a query's words one by one, those holding more
 * of the words first, then by the sum of their relevance for those words; each
 * with the words it holds, in the query's order.
 */
export function rankByWords<R extends { id: string; score: number }>(hits: readonly WordHits<R>[]): { result: R; words: string[] }[] {
  const byId = new Map<string, { result: R; words: string[]; score: number }>();
  for (const { word, results } of hits) {
    for (const r of results) {
      const entry = byId.get(r.id) ?? { result: r, words: [], score: 0 };
      entry.words.push(word);
      entry.score += r.score;
      byId.set(r.id, entry);
    }
  }
  return [...byId.values()]
    .sort((a, b) => b.words.length - a.words.length || b.score - a.score || (a.result.id < b.result.id ? -1 : 1))
    .map(({ result, words }) => ({ result, words }));
}

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join('');

const optionLabel = (name: FilterName, value: string) => (name === 'year' && /^\d{4}$/.test(value) ? `${value}年` : value);

let loading: Promise<Pagefind | null> | undefined;

/** Pagefind with every shard merged; null when the archive has none. */
function loadPagefind(base = '/pagefind/'): Promise<Pagefind | null> {
  loading ??= (async () => {
    const res = await fetch(`${base}shards.json`);
    if (!res.ok) throw new Error(`${base}shards.json: HTTP ${res.status}`);
    const { shards } = (await res.json()) as { shards: string[] };
    if (!shards.length) return null;
    const pagefind = (await import(/* @vite-ignore */ `${base}${shards[0]}/pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 40 });
    for (const shard of shards.slice(1)) await pagefind.mergeIndex(`${base}${shard}/`);
    // Pagefind counts a search's results by filter only once the filters are loaded.
    await pagefind.filters();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export class WordSearch {
  private readonly section: HTMLElement;
  private readonly load: HTMLButtonElement;
  private readonly filtersBox: HTMLElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  /** Once the reader asked, later queries on this page run the word search at once. */
  private wanted = false;
  private query = '';
  private filters: WordFilters = {};
  /** The parts of the query the exact search found held by some document, when it found none holding it whole. */
  private parts: readonly string[] = [];
  private run = 0;

  constructor(section: HTMLElement) {
    this.section = section;
    this.load = section.querySelector<HTMLButtonElement>('.word-search__load')!;
    this.filtersBox = section.querySelector<HTMLElement>('.word-search__filters')!;
    this.status = section.querySelector<HTMLElement>('.word-search__status')!;
    this.list = section.querySelector<HTMLOListElement>('.word-search__results')!;
    this.more = section.querySelector<HTMLButtonElement>('.word-search__more')!;
    this.load.addEventListener('click', () => {
      this.wanted = true;
      void this.search();
    });
  }

  hide(): void {
    this.run++;
    this.section.hidden = true;
  }

  /**
   * A new query (folded like the phrase index's, so traditional characters find simplified text), the page's
   * filters to start from, and the parts of it the exact search found held when none held it whole: those are
   * searched one by one when no document holds every word of the query.
   */
  show(query: string, filters: WordFilters, parts: readonly string[] = []): void {
    this.run++;
    this.query = query;
    this.filters = filters;
    this.parts = parts;
    this.section.hidden = false;
    this.section.dataset.state = 'idle';
    this.list.replaceChildren();
    this.filtersBox.replaceChildren();
    this.filtersBox.hidden = true;
    this.more.hidden = true;
    this.status.textContent = '';
    this.load.hidden = this.wanted;
    this.load.textContent = `按词语检索“${query}”`;
    if (this.wanted) void this.search();
  }

  private async search(): Promise<void> {
    const mine = ++this.run;
    this.load.hidden = true;
    this.section.dataset.state = 'busy';
    this.status.textContent = '正在按词语检索…';
    let found: PagefindSearch | null;
    let results: PagefindHit[];
    /** When no document holds every word: which words some document holds, and which none. */
    let partial: { found: string[]; missing: string[] } | undefined;
    const filters = Object.fromEntries(Object.entries(this.filters).filter(([, v]) => v)) as Record<string, string>;
    try {
      const pagefind = await loadPagefind();
      found = pagefind && (await pagefind.search(this.query, { filters }));
      results = found?.results ?? [];
      const words = this.parts.length > 1 ? this.parts.slice(0, MAX_WORDS) : queryWords(this.query);
      if (pagefind && !results.length && words.length > 1) {
        const hits = await Promise.all(words.map(async (word) => ({ word, results: (await pagefind.search(word, { filters }))?.results ?? [] })));
        results = rankByWords(hits).map((r) => r.result);
        partial = { found: hits.filter((h) => h.results.length).map((h) => h.word), missing: hits.filter((h) => !h.results.length).map((h) => h.word) };
      }
    } catch (error) {
      console.warn(error);
      if (mine === this.run) this.done('分词检索加载失败，请稍后重试。');
      return;
    }
    if (mine !== this.run) return;
    this.list.replaceChildren();
    // The counts by filter are those of the whole query; searched word by word they would count a document once per word.
    this.renderFilters(partial ? null : (found?.filters ?? {}));
    const filtering = Object.values(this.filters).some(Boolean);
    if (!results.length) return this.done(`没有文档含有“${this.query}”分出的词语${filtering ? '（可取消部分筛选条件）' : ''}。`);
    this.status.textContent = partial
      ? `没有文档同时含有${quoted([...partial.found, ...partial.missing])}；按含有的词语多少列出 ${results.length} 篇文档：找到${quoted(partial.found)}${partial.missing.length ? `，未找到${quoted(partial.missing)}` : ''}。`
      : `按词语找到 ${results.length} 篇文档，最相关的在前。`;
    let shown = 0;
    const showMore = async () => {
      const page = results.slice(shown, shown + PAGE_SIZE);
      shown += page.length;
      this.more.hidden = true;
      const rows = await Promise.all(page.map(async (r) => resultRow(await r.data())));
      if (mine !== this.run) return;
      this.list.append(...rows);
      this.more.hidden = shown >= results.length;
      this.more.textContent = `显示更多（还有 ${results.length - shown} 篇）`;
    };
    this.more.onclick = () => void showMore();
    try {
      await showMore();
    } catch (error) {
      console.warn(error);
    }
    if (mine === this.run) this.section.dataset.state = 'ready';
  }

  private done(message: string): void {
    this.status.textContent = message;
    this.section.dataset.state = 'ready';
  }

  /** Counts are null when not known (the query searched word by word). */
  private renderFilters(counts: Record<string, Record<string, number>> | null): void {
    this.filtersBox.replaceChildren();
    for (const name of FILTER_NAMES) {
      const chosen = this.filters[name];
      const options = filterOptions(name, counts?.[name] ?? {});
      if (chosen && !options.some(([v]) => v === chosen)) options.unshift([chosen, counts ? 0 : Number.NaN]);
      if (!options.length) continue;
      const select = document.createElement('select');
      select.name = `word-${name}`;
      select.dataset.filter = name;
      select.append(new Option('全部', ''), ...options.map(([value, n]) => new Option(Number.isNaN(n) ? optionLabel(name, value) : `${optionLabel(name, value)}（${n}）`, value, false, value === chosen)));
      select.addEventListener('change', () => {
        this.filters = { ...this.filters, [name]: select.value || undefined };
        void this.search();
      });
      const label = document.createElement('label');
      label.append(FILTER_LABELS[name], ' ', select);
      this.filtersBox.append(label);
    }
    this.filtersBox.hidden = this.filtersBox.childElementCount === 0;
  }
}

function resultRow(data: PagefindResult): HTMLLIElement {
  const m = data.meta;
  const details = [m.date ? formatDate(m.date) : '', m.place, m.type, m.speakers].filter(Boolean).join(' · ');
  const snippet = el('p', { className: 'result-snippet' }, ...excerptSegments(data.excerpt).map((s) => (s.hit ? el('mark', {}, ...redactionNodes(s.text)) : el('span', {}, ...redactionNodes(s.text)))));
  const li = el('li', { className: 'word-result' }, el('h3', {}, el('a', { href: data.url }, ...redactionNodes(m.title || data.url))), el('p', { className: 'result-meta', textContent: details }), snippet);
  li.dataset.url = data.url;
  return li;
}
