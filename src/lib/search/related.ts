// Word-level related results from Pagefind, for a query that no document holds
// as an exact phrase: Pagefind segments the query into words and ranks pages
// that contain them, which the phrase index (engine.ts) cannot do. Loaded only
// when needed, so an ordinary search fetches nothing from Pagefind.
import { DELTA_META, type DeltaState } from '../pagefind/plan.ts';

export interface RelatedResult {
  url: string;
  title: string;
  /** The excerpt as text runs, hits flagged; never markup. */
  excerpt: { text: string; hit: boolean }[];
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

let loaded: Promise<{ api: PagefindApi; superseded: Set<string> }> | undefined;

async function load(): Promise<{ api: PagefindApi; superseded: Set<string> }> {
  // Built after the site, so Vite must not try to resolve it.
  const bundle = '/pagefind/pagefind.js';
  const api = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
  await api.options({ excerptLength: 40 });
  const state = (await (await fetch('/pagefind-delta/state.json')).json()) as DeltaState;
  if (state.delta) await api.mergeIndex('/pagefind-delta/');
  return { api, superseded: new Set(state.superseded) };
}

export async function relatedDocuments(query: string, limit = 10): Promise<RelatedResult[]> {
  loaded ??= load();
  const { api, superseded } = await loaded;
  const found = await api.search(query);
  const out: RelatedResult[] = [];
  // A page changed since the full index has a stale record in the main bundle
  // and a fresh one marked DELTA_META in the delta: keep the fresh one only.
  for (const result of found?.results ?? []) {
    if (out.length >= limit) break;
    const data = await result.data();
    if (superseded.has(data.url) && !data.meta[DELTA_META]) continue;
    out.push({ url: data.url, title: data.meta.title ?? data.url, excerpt: excerptRuns(data.excerpt) });
  }
  return out;
}

/** Pagefind's excerpt is HTML with <mark> around hits; read it as text so nothing in it can become markup. */
export function excerptRuns(html: string): { text: string; hit: boolean }[] {
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  return [...body.childNodes].map((node) => ({ text: node.textContent ?? '', hit: node.nodeName === 'MARK' })).filter((run) => run.text);
}
