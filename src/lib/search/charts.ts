// Bar charts built in the browser as plain SVG and HTML: every bar is a link
// (to the filtered search), and a table beside the chart gives the same
// figures to a screen reader or a reader who wants the numbers. Small enough
// that a chart library would be most of the page's script.
const SVG = 'http://www.w3.org/2000/svg';

export interface Bar {
  value: number;
  href: string;
  /** What the bar says to a screen reader and in its tooltip. */
  title: string;
  /** Which series (0–3): its colour. */
  series: number;
  current?: boolean;
}

export interface ColumnGroup {
  key: string;
  label: string;
  bars: Bar[];
}

/** Follows a chart link within the page (history.pushState) instead of loading it; by default links load. */
export type Follow = (href: string) => void;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function linkTo(a: HTMLAnchorElement | SVGAElement, href: string, follow?: Follow): void {
  a.setAttribute('href', href);
  if (!follow) return;
  a.addEventListener('click', (event: Event) => {
    if (!(event instanceof MouseEvent)) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    follow(href);
  });
}

const DEFAULT_HEIGHT = 150;
/** The width a chart of few groups spreads over. */
const WIDTH = 440;
const TOP = 18;
const BOTTOM = 22;

/**
 * Columns in groups along a line (years), one column per series in a group.
 * The SVG keeps a readable width per column: wider than its box, it scrolls.
 */
export function columnChart(options: { label: string; groups: ColumnGroup[]; format?: (value: number) => string; follow?: Follow; spread?: number; height?: number }): HTMLElement {
  const { groups, follow, spread = WIDTH, height = DEFAULT_HEIGHT } = options;
  const format = options.format ?? String;
  const series = Math.max(1, ...groups.map((g) => g.bars.length));
  const barWidth = series === 1 ? 18 : 10;
  // Groups spread over about a column's width; many years make it wider, and it scrolls.
  const groupWidth = Math.max(series * barWidth + (series === 1 ? 6 : 10), Math.min(spread / 8, spread / Math.max(1, groups.length)));
  const width = Math.max(groups.length * groupWidth, 120);
  const max = Math.max(...groups.flatMap((g) => g.bars.map((b) => b.value)), 0) || 1;
  const base = height - BOTTOM;
  // Every year labelled while the labels fit, else every fifth.
  const labelAll = groupWidth >= 34;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'trend-chart__svg', role: 'group', 'aria-label': options.label });
  // Drawn at its own size, never enlarged; narrowed a little on a phone before it scrolls.
  chart.style.maxWidth = `${width}px`;
  chart.style.minWidth = `${Math.round(width * 0.6)}px`;
  chart.append(svg('line', { x1: 0, x2: width, y1: base, y2: base, class: 'chart__axis' }));
  // Columns of several series carry no figures: a line at the largest value gives the scale.
  if (series > 1) {
    chart.append(svg('line', { x1: 0, x2: width, y1: TOP, y2: TOP, class: 'chart__grid' }));
    const top = svg('text', { x: 2, y: TOP - 4, class: 'chart__scale' });
    top.textContent = format(max);
    chart.append(top);
  }
  groups.forEach((group, g) => {
    const x0 = g * groupWidth + (groupWidth - series * barWidth) / 2;
    group.bars.forEach((bar, s) => {
      if (bar.value <= 0) return;
      const h = Math.max(1, ((base - TOP) * bar.value) / max);
      const a = svg('a', { 'aria-label': bar.title, class: `trend-bar series-${bar.series}` });
      linkTo(a, bar.href, follow);
      if (bar.current) a.setAttribute('aria-current', 'true');
      const rect = svg('rect', { x: x0 + s * barWidth, y: base - h, width: barWidth - 2, height: h });
      const tip = svg('title');
      tip.textContent = bar.title;
      rect.append(tip);
      a.append(rect);
      if (series === 1) {
        const count = svg('text', { x: x0 + barWidth / 2 - 1, y: base - h - 4, class: 'chart__count' });
        count.textContent = format(bar.value);
        a.append(count);
      }
      chart.append(a);
    });
    if (labelAll || !/^\d+$/.test(group.key) || Number(group.key) % 5 === 0) {
      const label = svg('text', { x: g * groupWidth + groupWidth / 2, y: height - 6, class: 'chart__label' });
      label.textContent = group.label;
      chart.append(label);
    }
  });
  const scroll = document.createElement('div');
  scroll.className = 'trend-chart__scroll';
  scroll.append(chart);
  return scroll;
}

/** Charts wider than their box start scrolled to the end: the latest years. */
export function showLatest(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('.trend-chart__scroll')) box.scrollLeft = box.scrollWidth;
}

export interface RankRow {
  label: string;
  value: number;
  /** Shown after the bar: the value and anything else (命中 n 处). */
  text: string;
  href: string;
  title: string;
  current?: boolean;
}

/** Horizontal bars, one linked row per item, largest first as given. */
export function rankChart(options: { label: string; rows: RankRow[]; follow?: Follow }): HTMLOListElement {
  const max = Math.max(...options.rows.map((r) => r.value), 0) || 1;
  const list = document.createElement('ol');
  list.className = 'rank-chart';
  list.setAttribute('aria-label', options.label);
  for (const row of options.rows) {
    const a = document.createElement('a');
    linkTo(a, row.href, options.follow);
    a.setAttribute('aria-label', row.title);
    if (row.current) a.setAttribute('aria-current', 'true');
    const name = Object.assign(document.createElement('span'), { className: 'rank-chart__name', textContent: row.label });
    const track = Object.assign(document.createElement('span'), { className: 'rank-chart__track' });
    const bar = Object.assign(document.createElement('span'), { className: 'rank-chart__bar' });
    bar.style.width = `${(100 * row.value) / max}%`;
    track.append(bar);
    const count = Object.assign(document.createElement('span'), { className: 'rank-chart__count', textContent: row.text });
    a.append(name, track, count);
    const li = document.createElement('li');
    li.append(a);
    list.append(li);
  }
  return list;
}

export type Cell = string | { text: string; href: string };

/** The chart's figures as a table, behind a disclosure so that it does not double the page's length. */
export function chartTable(options: { caption: string; columns: string[]; rows: { head: string; cells: Cell[] }[]; follow?: Follow }): HTMLDetailsElement {
  const details = document.createElement('details');
  details.className = 'chart-table';
  details.append(Object.assign(document.createElement('summary'), { textContent: '以表格查看' }));
  const table = document.createElement('table');
  table.append(Object.assign(document.createElement('caption'), { textContent: options.caption }));
  const head = table.createTHead().insertRow();
  for (const c of options.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of options.rows) {
    const tr = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = row.head;
    tr.append(th);
    for (const cell of row.cells) {
      const td = tr.insertCell();
      if (typeof cell === 'string') td.textContent = cell;
      else {
        const a = Object.assign(document.createElement('a'), { textContent: cell.text });
        linkTo(a, cell.href, options.follow);
        td.append(a);
      }
    }
  }
  details.append(table);
  return details;
}
