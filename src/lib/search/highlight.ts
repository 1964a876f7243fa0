// On a document page opened from a search (?q=…): marks every hit of the
// query in the title and paragraphs, and offers a control to step through them.
import { fetchSource, loadFoldMap } from './engine.ts';
import { PARAGRAPH_TAGS } from './format.ts';
import { parseQuery } from './query.ts';
import { hitRanges } from './snippet.ts';

/** Paragraph units: the title and each element that starts with a paragraph anchor. */
function units(article: HTMLElement): HTMLElement[] {
  const found = new Set<HTMLElement>();
  const h1 = article.querySelector('h1');
  if (h1) found.add(h1);
  for (const a of article.querySelectorAll('a.anchor')) {
    const unit = a.parentElement?.closest<HTMLElement>(PARAGRAPH_TAGS.join(','));
    if (unit) found.add(unit);
  }
  return [...found];
}

function textNodes(unit: HTMLElement): Text[] {
  const walker = document.createTreeWalker(unit, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Wraps the ranges [start, end) of the unit's text in <mark>, node by node. */
function markUnit(unit: HTMLElement, ranges: [number, number][]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  let offset = 0;
  for (const node of textNodes(unit)) {
    const text = node.data;
    const nodeStart = offset;
    offset += text.length;
    const parts: (string | HTMLElement)[] = [];
    let at = 0;
    for (const [s, e] of ranges) {
      const from = Math.max(s - nodeStart, at);
      const to = Math.min(e - nodeStart, text.length);
      if (to <= from) continue;
      if (from > at) parts.push(text.slice(at, from));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(from, to);
      // A hit split over several text nodes counts once: its first piece.
      if (s >= nodeStart) marks.push(mark);
      parts.push(mark);
      at = to;
    }
    if (!parts.length) continue;
    if (at < text.length) parts.push(text.slice(at));
    node.replaceWith(...parts);
  }
  return marks;
}

export async function highlightHits(article: HTMLElement, bar: HTMLElement): Promise<void> {
  const q = new URLSearchParams(location.search).get('q')?.trim();
  if (!q) return;
  const map = await loadFoldMap(fetchSource('/'));
  const { terms } = parseQuery(q, map);
  if (!terms.length) return;
  const marks: HTMLElement[] = [];
  for (const unit of units(article)) {
    const text = textNodes(unit).map((n) => n.data).join('');
    const ranges = hitRanges(text, terms, map);
    if (ranges.length) marks.push(...markUnit(unit, ranges));
  }
  const label = bar.querySelector<HTMLElement>('.hit-position')!;
  const query = bar.querySelector<HTMLElement>('.hit-query')!;
  query.textContent = `“${q}”`;
  bar.hidden = false;
  if (!marks.length) {
    label.textContent = '本文没有检索词';
    bar.querySelectorAll('button.hit-step').forEach((b) => ((b as HTMLButtonElement).disabled = true));
    return;
  }
  // Start at the paragraph the link pointed to, if any.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1)))?.closest(PARAGRAPH_TAGS.join(',')) : null;
  let current = Math.max(0, target ? marks.findIndex((m) => target.contains(m) || !!(target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) : 0);
  const show = (n: number, scroll: boolean) => {
    marks[current]?.classList.remove('is-current');
    current = (n + marks.length) % marks.length;
    const mark = marks[current]!;
    mark.classList.add('is-current');
    label.textContent = `第 ${current + 1} / ${marks.length} 处`;
    if (scroll) mark.scrollIntoView({ block: 'center' });
  };
  show(current, false);
  bar.querySelector<HTMLButtonElement>('.hit-next')!.onclick = () => show(current + 1, true);
  bar.querySelector<HTMLButtonElement>('.hit-prev')!.onclick = () => show(current - 1, true);
  bar.querySelector<HTMLButtonElement>('.hit-close')!.onclick = () => (bar.hidden = true);
}
