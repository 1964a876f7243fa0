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
const HAN_PAIR = /(?=(\p{Script=Han}{2}))/gu;

const compact = (text: string) => text.replace(/\s/gu, '');
const clip = (x: number) => Math.min(1, Math.max(0, x));
const isFragment = (line: string) => visibleLength(line) <= FRAGMENT_LENGTH && !LINE_SHAPES.sentencePunctuation.test(line);
const isDate = (line: string) => LINE_SHAPES.dateOnly.test(line) || isDateLine(line);

function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(HAN_PAIR)) out.add(m[1]!);
  return out;
}

/** Per page (the same array is asked about up to sixteen times), the counts of its lines and its prose's Han pairs. */
const pages = new WeakMap<readonly string[], { counts: Map<string, number>; prose: { index: number; pairs: Set<string> }[] }>();
function pageOf(lines: readonly string[]) {
  let page = pages.get(lines);
  if (!page) {
    const counts = new Map<string, number>();
    for (const line of lines) counts.set(compact(line), (counts.get(compact(line)) ?? 0) + 1);
    const prose = lines.flatMap((line, index) => (visibleLength(line) >= PROSE_LENGTH && LINE_SHAPES.sentencePunctuation.test(line) ? [{ index, pairs: pairs(line) }] : []));
    page = { counts, prose };
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
  const own = pairs(line);
  const prose = new Set<string>();
  for (const p of page.prose) if (p.index !== index) for (const pair of p.pairs) prose.add(pair);
  let shared = 0;
  for (const pair of own) if (prose.has(pair)) shared++;
  return {
    repeated: flat.length >= 2 && (page.counts.get(flat) ?? 0) > 1 ? 1 : 0,
    'fragment-run': clip(Math.log1p(Math.max(0, fragmentRun(lines, index) - 1)) / Math.log1p(6)),
    'after-date': isDate(line) ? 0 : afterDate,
    'bare-by-sentence': !LINE_SHAPES.sentencePunctuation.test(line) && inner !== undefined && ENDS_SENTENCE.test(inner.trim()) ? 1 : 0,
    'body-overlap': own.size === 0 || prose.size === 0 ? 0 : shared / own.size,
    'no-body-word': own.size >= 2 && prose.size > 0 && shared === 0 ? 1 : 0,
  };
}
