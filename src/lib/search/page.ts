// The /search/ page: reads the state from the URL, runs the phrase search,
// renders facets and results. Every string from the index or the query is set
// with textContent, never parsed as markup.
import { PhraseIndex, fetchSource, type DocHits } from './engine.ts';
import { applyFilters, countFacets, sortResults, type FacetValue } from './facets.ts';
import { parseQuery } from './query.ts';
import { showRelated } from './related-view.ts';
import { makeSnippet } from './snippet.ts';
import { SORTS, readState, withFilter, writeState, type FilterKey, type SearchState, type Sort } from './state.ts';

const PAGE_SIZE = 20;
const FACET_LABELS = { year: '年份', region: '地区', type: '类型', speaker: '讲话人', person: '文中人物' } as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function startSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form.search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name=sort]')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const facetsBox = root.querySelector<HTMLElement>('.search-facets')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const related = root.querySelector<HTMLElement>('.search-related')!;
  const indexReady = PhraseIndex.open(fetchSource('/'));
  let cached: { q: string; hits: DocHits[]; truncated: boolean } | undefined;
  let run = 0;

  const navigate = (state: SearchState) => {
    history.pushState(null, '', `/search/${writeState(state)}`);
    void render(readState(location.search));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ q: input.value.trim(), filters: {}, sort: sortSelect.value as Sort });
  });
  sortSelect.addEventListener('change', () => navigate({ ...readState(location.search), sort: sortSelect.value as Sort }));
  window.addEventListener('popstate', () => void render(readState(location.search)));

  async function render(state: SearchState): Promise<void> {
    const mine = ++run;
    root.dataset.state = 'busy';
    input.value = state.q;
    sortSelect.value = SORTS.includes(state.sort) ? state.sort : 'relevance';
    const headerBox = document.querySelector<HTMLInputElement>('#site-search-input');
    if (headerBox) headerBox.value = state.q;
    facetsBox.replaceChildren();
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    more.hidden = true;
    related.hidden = true;
    const done = (message: string) => {
      status.textContent = message;
      root.dataset.state = 'ready';
    };
    if (!state.q) return done('请输入要检索的词语或短语，多个词用空格分开。');
    status.textContent = '正在检索…';
    let index: PhraseIndex;
    try {
      index = await indexReady;
      if (cached?.q !== state.q) {
        const query = parseQuery(state.q, index.map);
        cached = { q: state.q, hits: query.terms.length ? await index.search(query.terms) : [], truncated: query.truncated };
      }
    } catch (error) {
      if (mine === run) done('检索索引加载失败，请稍后重试。');
      console.warn(error);
      return;
    }
    if (mine !== run) return;
    const terms = parseQuery(state.q, index.map).terms;
    if (!terms.length) return done('检索词只有引号或空格，请输入要检索的文字。');
    const results = sortResults(applyFilters(cached.hits, index.meta, state.filters), index.meta, state.sort);
    const notes = cached.truncated ? '（检索词过长，只检索了前 256 个字）' : '';
    status.textContent = results.length
      ? `找到 ${results.length} 篇文档包含“${state.q}”${notes}`
      : `没有找到包含“${state.q}”的文档${Object.keys(state.filters).length ? '（可取消部分筛选条件）' : ''}${notes}。`;
    // No exact hit at all: offer what Pagefind ranks by the query's words, labelled as such.
    if (!results.length && !Object.keys(state.filters).length) void showRelated(related, state.q, () => mine === run);
    let shown = 0;
    let waiting = 0;
    // Rows go on screen as soon as the ids are known; each snippet fills in when its text
    // arrives, and the facets after the rows are painted (thousands of speakers take a while).
    const showMore = () => {
      const page = results.slice(shown, shown + PAGE_SIZE);
      shown += page.length;
      const rows = page.map((hit) => resultRow(index, hit, state.q));
      list.append(...rows);
      more.hidden = shown >= results.length;
      more.textContent = `显示更多（还有 ${results.length - shown} 篇）`;
      if (!page.length) return;
      waiting += page.length;
      list.setAttribute('aria-busy', 'true');
      const painted = afterPaint();
      page.forEach((hit, i) =>
        void fillSnippet(index, hit, rows[i]!, state.q, terms, painted).finally(() => {
          if (mine === run && --waiting === 0) list.removeAttribute('aria-busy');
        }),
      );
    };
    more.onclick = showMore;
    showMore();
    await afterPaint();
    if (mine !== run) return;
    renderFacets(index, state, results);
    root.dataset.state = 'ready';
  }

  function renderFacets(index: PhraseIndex, state: SearchState, results: DocHits[]): void {
    const facets = countFacets(results, index.meta, state.filters);
    for (const [name, facet] of Object.entries(facets) as [keyof typeof facets, (typeof facets)[keyof typeof facets]][]) {
      const group = el('section', { className: 'facet' });
      group.dataset.facet = name;
      group.append(el('h2', { textContent: FACET_LABELS[name] }));
      const chosen = name === 'region' ? (['province', 'city', 'county'] as const).filter((k) => state.filters[k]) : state.filters[facet.key] ? [facet.key] : [];
      for (const key of chosen) {
        const button = el('button', { type: 'button', className: 'facet-chosen', textContent: `${labelOf(index, key, state.filters[key]!)} ×`, title: '取消此筛选' });
        button.setAttribute('aria-pressed', 'true');
        button.dataset.key = key;
        button.onclick = () => navigate({ ...state, filters: withFilter(state.filters, key, undefined) });
        group.append(button);
      }
      const values = facet.values.filter((v) => state.filters[facet.key] !== v.value);
      if (!values.length && !chosen.length) continue;
      const ul = el('ul');
      for (const v of values) ul.append(el('li', {}, facetButton(state, facet.key, v)));
      group.append(ul);
      facetsBox.append(group);
    }
  }

  function facetButton(state: SearchState, key: FilterKey, v: FacetValue): HTMLButtonElement {
    const button = el('button', { type: 'button' }, el('span', { className: 'facet-label', textContent: v.label }), ' ', el('span', { className: 'facet-count', textContent: String(v.count) }));
    button.dataset.key = key;
    button.dataset.value = v.value;
    button.setAttribute('aria-pressed', 'false');
    button.onclick = () => navigate({ ...state, filters: withFilter(state.filters, key, v.value) });
    return button;
  }

  void render(readState(location.search));
}

function labelOf(index: PhraseIndex, key: FilterKey, value: string): string {
  if (key === 'type') return new Map(index.meta.typeValues).get(value) ?? value;
  return key === 'year' ? `${value} 年` : value;
}

function resultRow(index: PhraseIndex, hit: DocHits, q: string): HTMLLIElement {
  const m = index.meta;
  const id = m.ids[hit.doc]!;
  const li = el('li', { className: 'search-result' });
  const region = m.regionValues[m.regions[hit.doc] ?? -1];
  const place = region ? region.filter(Boolean).filter((v, i, all) => all.indexOf(v) === i).join(' ') : '';
  const speakers = (m.speakers[hit.doc] ?? []).map((s) => m.speakerValues[s]).join('、');
  const details = [m.dates[hit.doc], place, m.typeValues[m.types[hit.doc]!]?.[1], speakers].filter(Boolean).join(' · ');
  li.append(
    el('h3', {}, el('a', { className: 'result-title', href: documentHref(id, q), textContent: m.titles[hit.doc] || id })),
    el('p', { className: 'result-meta', textContent: details }, ' ', el('span', { className: 'result-hits', textContent: `命中 ${hit.hits} 处` })),
    el('p', { className: 'result-snippet' }),
  );
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
  row.querySelector('.result-snippet')!.append(...snippet.segments.map((s) => (s.hit ? el('mark', { textContent: s.text }) : s.text)));
}

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
