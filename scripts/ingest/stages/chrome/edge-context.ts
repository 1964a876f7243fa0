// What the edge model reads of an edge line's page rather than of the line
// itself (edge-features.ts reads the line): whether the page prints it again,
// whether it stands in a run of short fragments, whether it follows the
// text's sign-off date, whether it is a bare line against a sentence, and
// how many of its words the text's prose uses. All measured on the page's own
// lines, never against a list of strings: what a careful reader sees when a
// menu item, a photo credit or a share bar stands beside a text it has
// nothing to say in.
import { LINE_SHAPES, visibleLength } from './features.ts';
import { isDateLine } from '../../structure/lines.ts';
import { hanPairs } from './recurrence.ts';

/** The page as the edge peel sees it: its non-blank lines, trimmed, and the one asked about. */
export interface EdgeContext {
  lines: readonly string[];
  index: number;
}

export const CONTEXT_FEATURES = ['repeated', 'fragment-run', 'after-date', 'bare-by-sentence', 'body-overlap', 'no-body-word'] as const;
export type ContextFeature = (typeof CONTEXT_FEATURES)[number];

/** A fragment: a menu item, a share button, a caption word: short and no sentence in it. */
const FRAGMENT_LENGTH = 8;
/** A line of the text's prose, whose words the body-overlap features look up. */
const PROSE_LENGTH = 30;
const ENDS_SENTENCE = /[。！？!?][”’"」）)]*$/u;

const compact = (text: string) => text.replace(/\s/gu, '');
const clip = (x: number) => Math.min(1, Math.max(0, x));
const isFragment = (line: string) => visibleLength(line) <= FRAGMENT_LENGTH && !LINE_SHAPES.sentencePunctuation.test(line);
const isDate = (line: string) => LINE_SHAPES.dateOnly.test(line) || isDateLine(line);

/** The text's Han pairs: those of its runs of two or more Han characters. */
const pairs = (text: string): Set<string> => new Set(hanPairs(text));

interface Page {
  /** Each line's count on the page, by its text without spaces. */
  counts: Map<string, number>;
  /** Each prose line's Han pairs, by its index. */
  prose: Map<number, Set<string>>;
  /** Each Han pair of the prose, with how many prose lines hold it. */
  proseCounts: Map<string, number>;
}

/**
 * Per page (the same array is asked about up to sixteen times), the counts of
 * its lines and of its prose's Han pairs: the prose of the lines other than
 * the one asked about is then read from the counts, not joined again for each.
 */
const pages = new WeakMap<readonly string[], Page>();
function pageOf(lines: readonly string[]): Page {
  let page = pages.get(lines);
  if (!page) {
    const counts = new Map<string, number>();
    const prose = new Map<number, Set<string>>();
    const proseCounts = new Map<string, number>();
    lines.forEach((line, index) => {
      const flat = compact(line);
      counts.set(flat, (counts.get(flat) ?? 0) + 1);
      if (!(visibleLength(line) >= PROSE_LENGTH && LINE_SHAPES.sentencePunctuation.test(line))) return;
      const own = pairs(line);
      prose.set(index, own);
      for (const pair of own) proseCounts.set(pair, (proseCounts.get(pair) ?? 0) + 1);
    });
    page = { counts, prose, proseCounts };
    pages.set(lines, page);
  }
  return page;
}

/** Lines in the run of fragments the line stands in (0 when it is no fragment). */
function fragmentRun(lines: readonly string[], i: number): number {
  if (!isFragment(lines[i]!)) return 0;
  let run = 1;
  for (let j = i - 1; j >= 0 && isFragment(lines[j]!); j--) run++;
  for (let j = i + 1; j < lines.length && isFragment(lines[j]!); j++) run++;
  return run;
}

/** The page-context features of `lines[index]` at the `side` edge. */
export function contextFeatures(side: 'head' | 'tail', context: EdgeContext | undefined): Record<ContextFeature, number> {
  if (!context) return { repeated: 0, 'fragment-run': 0, 'after-date': 0, 'bare-by-sentence': 0, 'body-overlap': 0, 'no-body-word': 0 };
  const { lines, index } = context;
  const line = lines[index]!;
  const page = pageOf(lines);
  const flat = compact(line);
  const step = side === 'head' ? 1 : -1;
  const inner = lines[index + step];
  // A tail line below the text's date line (a signature date, a dateline ending the text): after the sign-off.
  let afterDate = 0;
  for (let j = index + step, k = 0; side === 'tail' && k < 3 && j >= 0 && j < lines.length; j += step, k++) {
    if (isDate(lines[j]!)) afterDate = 1;
  }
  // The prose of the other lines: a pair whose only prose line is this one is not in it.
  const self = page.prose.get(index);
  const others = (pair: string) => (page.proseCounts.get(pair) ?? 0) - (self?.has(pair) ? 1 : 0);
  let proseSize = page.proseCounts.size;
  if (self) for (const pair of self) if (others(pair) === 0) proseSize--;
  const own = self ?? pairs(line);
  let shared = 0;
  for (const pair of own) if (others(pair) > 0) shared++;
  return {
    repeated: flat.length >= 2 && (page.counts.get(flat) ?? 0) > 1 ? 1 : 0,
    'fragment-run': clip(Math.log1p(Math.max(0, fragmentRun(lines, index) - 1)) / Math.log1p(6)),
    'after-date': isDate(line) ? 0 : afterDate,
    'bare-by-sentence': !LINE_SHAPES.sentencePunctuation.test(line) && inner !== undefined && ENDS_SENTENCE.test(inner.trim()) ? 1 : 0,
    'body-overlap': own.size === 0 || proseSize === 0 ? 0 : shared / own.size,
    'no-body-word': own.size >= 2 && proseSize > 0 && shared === 0 ? 1 : 0,
  };
}
