// The /search/ page: reads the state from the URL, runs the phrase search,
// renders facets and results. When no document holds the query, the
// documents holding the most of it are listed instead, with the parts found
// (partial.ts). Below them, on the reader's request, the word search
// (words.ts). Every string from the index or the query is set with
// textContent, never parsed as markup.
import { formatDate } from '../dates.ts';
import { redactionNodes } from '../redaction.ts';
import { showLatest } from './charts.ts';
import { distribution } from './distribution.ts';
import { PhraseIndex, fetchSource, type DocHits } from './engine.ts';
import { fold } from './fold.ts';
import { applyFilters, countFacets, noneLabel, sortResults, validateFilters, type FacetName, type FacetValue } from './facets.ts';
import { partialMatches, type PartialHit } from './partial.ts';
import { parseQuery } from './query.ts';
import { makeSnippet, type Segment } from './snippet.ts';
import { NONE, SORTS, parseState, withFilter, writeState, type FilterKey, type SearchState, type Sort } from './state.ts';
import { WordSearch, type WordFilters } from './words.ts';
import { FILTERS } from '../pagefind/records.ts';
import { typeLabels } from '../type-labels.ts';

const PAGE_SIZE = 20;
const FACET_LABELS: Record<FacetName, string> = { year: '年份', region: '地区', type: '类型', speaker: '讲话人', person: '文中人物' };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const quoted = (parts: readonly string[]) => parts.map((p) => `“${p}”`).join('');

interface Found {
  q: string;
  /** Exact hits; empty when no document holds the query. */
  hits: DocHits[];
  /** When there are no exact hits: documents holding parts of the query. */
  partial?: { found: string[]; hits: PartialHit[]; truncated: boolean };
  truncated: boolean;
}

export function startSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form.search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name=sort]')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const note = root.querySelector<HTMLElement>('.search-note')!;
  const facetsBox = root.querySelector<HTMLElement>('.search-facets')!;
  const facetsToggle = root.querySelector<HTMLButtonElement>('.search-filter-toggle')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const trends = root.querySelector<HTMLDetailsElement>('.search-trends')!;
  const trendsBody = trends.querySelector<HTMLElement>('.search-trends__body')!;
  const trendsLink = trends.querySelector<HTMLAnchorElement>('.search-trends__compare')!;
  // Open beside the results on a wide screen; on a phone the results come first.
  trends.open = window.matchMedia('(min-width: 40rem)').matches;
  const words = new WordSearch(root.querySelector<HTMLElement>('.word-search')!);
  const indexReady = PhraseIndex.open(fetchSource('/'));
  // "搜索 · 讲话文库": the page's own title names the query once there is one.
  const siteTitle = document.title.split(' · ').at(-1)!;
  let cached: Found | undefined;
  let run = 0;

  const navigate = (state: SearchState) => {
    history.pushState(null, '', `/search/${writeState(state)}`);
    void render(location.search);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ q: input.value.trim(), filters: {}, sort: sortSelect.value as Sort });
  });
  sortSelect.addEventListener('change', () => navigate({ ...parseState(location.search).state, sort: sortSelect.value as Sort }));
  window.addEventListener('popstate', () => void render(location.search));
  // On a phone the facets wait behind this button, so that the first result is on screen.
  facetsToggle.addEventListener('click', () => {
    const open = facetsToggle.getAttribute('aria-expanded') !== 'true';
    facetsToggle.setAttribute('aria-expanded', String(open));
    facetsBox.classList.toggle('is-open', open);
  });

  async function find(q: string, index: PhraseIndex): Promise<Found> {
    const query = parseQuery(q, index.map);
    const hits = query.terms.length ? await index.search(query.terms) : [];
    if (hits.length || !query.terms.length) return { q, hits, truncated: query.truncated };
    return { q, hits, partial: await partialMatches(index, query.terms), truncated: query.truncated };
  }

  async function render(search: string): Promise<void> {
    const mine = ++run;
    const parsed = parseState(search);
    let state = parsed.state;
    root.dataset.state = 'busy';
    input.value = state.q;
    sortSelect.value = SORTS.includes(state.sort) ? state.sort : 'relevance';
    document.title = state.q ? `“${state.q}”的检索结果 · ${siteTitle}` : `搜索 · ${siteTitle}`;
    const headerBox = document.querySelector<HTMLInputElement>('#site-search-input');
    if (headerBox) headerBox.value = state.q;
    facetsBox.replaceChildren();
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    more.hidden = true;
    note.hidden = true;
    facetsToggle.hidden = true;
    trends.hidden = true;
    trendsBody.replaceChildren();
    words.hide();
    const done = (message: string) => {
      status.textContent = message;
      root.dataset.state = 'ready';
    };
    if (!state.q) return done('请输入要检索的词语或短语，多个词用空格分开。');
    status.textContent = '正在检索…';
    let index: PhraseIndex;
    try {
      index = await indexReady;
      if (cached?.q !== state.q) cached = await find(state.q, index);
    } catch (error) {
      if (mine === run) done('检索索引加载失败，请稍后重试。');
      console.warn(error);
      return;
    }
    if (mine !== run) return;
    const found = cached;
    const terms = parseQuery(state.q, index.map).terms;
    if (!terms.length) return done('检索词只有引号或空格，请输入要检索的文字。');
    words.show(fold(state.q, index.map), wordFilters(state), found.partial?.found);

    // Parameters that do not fit (year=abc) or name nothing in the index are dropped, and the reader told.
    const valid = validateFilters(state.filters, index.meta);
    const ignored = [...parsed.ignored, ...valid.ignored];
    if (ignored.length) {
      state = { ...state, filters: valid.filters };
      history.replaceState(null, '', `/search/${writeState(state)}`);
      note.textContent = `已忽略无效的参数：${ignored.join('，')}`;
      note.hidden = false;
    }

    const partial = found.partial;
    const filtered = applyFilters(partial ? partial.hits : found.hits, index.meta, state.filters);
    // Partial results keep their own order (most of the query first) unless a date order is asked for.
    const results = partial && state.sort === 'relevance' ? filtered : sortResults(filtered, index.meta, state.sort);
    const filtering = Object.keys(state.filters).length > 0;
    const cut = found.truncated ? '（检索词过长，只检索了前 256 个字）' : '';
    if (!partial) {
      status.textContent = results.length
        ? `找到 ${results.length} 篇文档包含“${state.q}”${cut}`
        : `没有找到包含“${state.q}”的文档${filtering ? '（可取消部分筛选条件）' : ''}${cut}。`;
    } else if (!partial.hits.length) {
      status.textContent = `没有找到包含“${state.q}”的文档，也没有文档包含其中任何两个相连的字${cut}。`;
    } else {
      const head = partial.truncated ? `（只拆分了前 64 个字）` : '';
      status.textContent =
        `没有找到包含完整的“${state.q}”的文档。其中的${quoted(partial.found)}${head}` +
        (results.length ? `见于下列 ${results.length} 篇文档，含得越多越靠前${cut}。` : `所在的文档都不符合筛选条件（可取消部分筛选条件）${cut}。`);
    }
    root.dataset.mode = partial ? 'partial' : 'exact';

    let shown = 0;
    let waiting = 0;
    // Rows go on screen as soon as the ids are known; each snippet fills in when its text
    // arrives, and the facets after the rows are painted (thousands of speakers take a while).
    const showMore = () => {
      const page = results.slice(shown, shown + PAGE_SIZE);
      shown += page.length;
      // A partial result opens its document with the parts it holds marked.
      const queryOf = (hit: DocHits) => ('parts' in hit ? (hit as PartialHit).parts.join(' ') : state.q);
      const rows = page.map((hit) => resultRow(index, hit, queryOf(hit)));
      list.append(...rows);
      more.hidden = shown >= results.length;
      more.textContent = `显示更多（还有 ${results.length - shown} 篇）`;
      if (!page.length) return;
      waiting += page.length;
      list.setAttribute('aria-busy', 'true');
      const painted = afterPaint();
      page.forEach((hit, i) => {
        // A partial result marks the parts of the query it holds.
        const marked = 'parts' in hit ? (hit as PartialHit).parts.map((p) => parseQuery(p, index.map).terms[0]!) : terms;
        void fillSnippet(index, hit, rows[i]!, queryOf(hit), marked, painted).finally(() => {
          if (mine === run && --waiting === 0) list.removeAttribute('aria-busy');
        });
      });
    };
    more.onclick = showMore;
    showMore();
    await afterPaint();
    if (mine !== run) return;
    renderFacets(index, state, results);
    if (!partial && found.hits.length) {
      trendsBody.replaceChildren(...distribution(found.hits, index.meta, state, (href) => navigate(parseState(new URL(href, location.href).search).state)));
      trendsLink.href = `/trends/?${new URLSearchParams({ q: state.q })}`;
      trends.hidden = false;
      showLatest(trendsBody);
    }
    root.dataset.state = 'ready';
  }

  function renderFacets(index: PhraseIndex, state: SearchState, results: DocHits[]): void {
    const facets = countFacets(results, index.meta, state.filters);
    const active = Object.keys(state.filters).length;
    facetsToggle.textContent = active ? `筛选（已选 ${active} 项）` : '筛选';
    facetsToggle.hidden = results.length === 0 && active === 0;
    for (const [name, facet] of Object.entries(facets) as [FacetName, (typeof facets)[FacetName]][]) {
      const group = el('section', { className: 'facet' });
      group.dataset.facet = name;
      group.append(el('h2', { textContent: FACET_LABELS[name] }));
      const keys: FilterKey[] = name === 'region' ? ['province', 'city', 'county'] : [facet.key];
      const chosen = keys.filter((k) => state.filters[k]);
      for (const key of chosen) {
        const button = el('button', { type: 'button', className: 'facet-chosen', textContent: `${labelOf(index, key, state.filters[key]!, state)} ×`, title: '取消此筛选' });
        button.setAttribute('aria-pressed', 'true');
        button.dataset.key = key;
        button.onclick = () => navigate({ ...state, filters: withFilter(state.filters, key, undefined) });
        group.append(button);
      }
      const values = facet.values.filter((v) => state.filters[v.key] !== v.value);
      if (!values.length && !chosen.length) continue;
      const ul = el('ul');
      for (const v of values) ul.append(el('li', {}, facetButton(state, v)));
      group.append(ul);
      facetsBox.append(group);
    }
  }

  function facetButton(state: SearchState, v: FacetValue): HTMLButtonElement {
    const button = el('button', { type: 'button' }, el('span', { className: 'facet-label', textContent: v.label }), ' ', el('span', { className: 'facet-count', textContent: String(v.count) }));
    button.dataset.key = v.key;
    button.dataset.value = v.value;
    if (v.value === NONE) button.classList.add('facet-none');
    button.setAttribute('aria-pressed', 'false');
    button.onclick = () => navigate({ ...state, filters: withFilter(state.filters, v.key, v.value) });
    return button;
  }

  void render(location.search);
}

/** The page's year, type and province filters as the word search's. */
function wordFilters(state: SearchState): WordFilters {
  const { year, type, province } = state.filters;
  return {
    ...(year ? { year: year === NONE ? FILTERS.year : year } : {}),
    ...(type && type in typeLabels ? { type: typeLabels[type as keyof typeof typeLabels] } : {}),
    ...(province ? { province: province === NONE ? FILTERS.province : province } : {}),
  };
}

function labelOf(index: PhraseIndex, key: FilterKey, value: string, state: SearchState): string {
  if (value === NONE) return noneLabel(key, state.filters);
  if (key === 'type') return new Map(index.meta.typeValues).get(value) ?? value;
  return key === 'year' ? `${value}年` : value;
}

function resultRow(index: PhraseIndex, hit: DocHits, q: string): HTMLLIElement {
  const m = index.meta;
  const id = m.ids[hit.doc]!;
  const li = el('li', { className: 'search-result' });
  const region = m.regionValues[m.regions[hit.doc] ?? -1];
  const place = region ? region.filter(Boolean).filter((v, i, all) => all.indexOf(v) === i).join(' ') : '';
  const speakers = (m.speakers[hit.doc] ?? []).map((s) => m.speakerValues[s]).join('、');
  const date = m.dates[hit.doc];
  const details = [date ? formatDate(date) : '', place, m.typeValues[m.types[hit.doc]!]?.[1], speakers].filter(Boolean).join(' · ');
  const title = el('a', { className: 'result-title', href: documentHref(id, q) }, ...redactionNodes(m.titles[hit.doc] || id));
  const count =
    'parts' in hit
      ? el('span', { className: 'result-parts', textContent: `含${quoted((hit as PartialHit).parts)}` })
      : el('span', { className: 'result-hits', textContent: `命中 ${hit.hits} 处` });
  li.append(el('h3', {}, title), el('p', { className: 'result-meta', textContent: details }, ' ', count), el('p', { className: 'result-snippet' }));
  if (date) li.dataset.date = date;
  li.dataset.id = id;
  return li;
}

/** The snippet and the link to the paragraph of the first hit, once the document's text is here. */
async function fillSnippet(index: PhraseIndex, hit: DocHits, row: HTMLLIElement, q: string, terms: string[][], painted: Promise<void>): Promise<void> {
  let snippet: ReturnType<typeof makeSnippet>;
  try {
    // The fetch starts now; the work waits until the rows are on screen.
    const [text] = await Promise.all([index.text(hit.doc), painted]);
    snippet = makeSnippet(text, terms, index.map);
  } catch (error) {
    console.warn(error);
    return;
  }
  if (snippet.anchor) row.querySelector<HTMLAnchorElement>('a.result-title')!.href = documentHref(index.meta.ids[hit.doc]!, q, snippet.anchor);
  row.querySelector('.result-snippet')!.append(...snippet.segments.map(segmentNode));
}

/** A snippet segment: hits marked, redactions as the page shows them. */
const segmentNode = (s: Segment): Node | string => (s.hit ? el('mark', {}, ...redactionNodes(s.text)) : el('span', {}, ...redactionNodes(s.text)));

/** Resolves once the browser has painted what is on the page now. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    // Hidden tabs get no animation frames; the timeout keeps the page going there.
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }),
    );
  });
}

function documentHref(id: string, q: string, anchor?: string): string {
  return `/documents/${id}/?${new URLSearchParams({ q })}${anchor ? `#${anchor}` : ''}`;
}
