// Grouping by year and the geometry of the year histogram drawn at build time.

interface WithYear {
  data: { year?: number; date?: string };
}

/** The year of a document: the recorded year, else the year its date starts with. */
export function yearOf(doc: WithYear): number | undefined {
  if (doc.data.year !== undefined) return doc.data.year;
  const match = doc.data.date?.match(/^\d{4}/);
  return match ? Number(match[0]) : undefined;
}

/** Years newest first, each with its documents in the input order. */
export function groupByYear<D extends WithYear>(docs: readonly D[]): { year: number; docs: D[] }[] {
  const groups = new Map<number, D[]>();
  for (const doc of docs) {
    const year = yearOf(doc);
    if (year === undefined) continue;
    const list = groups.get(year) ?? [];
    list.push(doc);
    groups.set(year, list);
  }
  return [...groups].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, docs: list }));
}

export function yearSpan(docs: readonly WithYear[]): { first: number; last: number } | undefined {
  const years = docs.map(yearOf).filter((y): y is number => y !== undefined);
  if (years.length === 0) return undefined;
  return { first: Math.min(...years), last: Math.max(...years) };
}

export interface HistogramBar {
  year: number;
  count: number;
  x: number;
  y: number;
  height: number;
}

export interface Histogram {
  width: number;
  height: number;
  barWidth: number;
  /** Baseline of the bars. */
  base: number;
  max: number;
  bars: HistogramBar[];
}

/**
 * One bar per year from the first to the last, empty years included so that
 * gaps in the record are visible.
 */
export function histogram(counts: readonly { year: number; count: number }[], opts = { width: 420, height: 160, label: 20 }): Histogram {
  const base = opts.height - opts.label;
  if (counts.length === 0) return { width: opts.width, height: opts.height, barWidth: 0, base, max: 0, bars: [] };
  const first = Math.min(...counts.map((c) => c.year));
  const last = Math.max(...counts.map((c) => c.year));
  const n = last - first + 1;
  const max = Math.max(...counts.map((c) => c.count));
  const slot = opts.width / n;
  const barWidth = Math.max(2, slot * 0.7);
  const top = 16; // room for the count above the tallest bar
  const bars = Array.from({ length: n }, (_, i) => {
    const year = first + i;
    const count = counts.find((c) => c.year === year)?.count ?? 0;
    const height = max ? ((base - top) * count) / max : 0;
    return { year, count, x: i * slot + (slot - barWidth) / 2, y: base - height, height };
  });
  return { width: opts.width, height: opts.height, barWidth, base, max, bars };
}
