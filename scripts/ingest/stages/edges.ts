// Stage: the edge model peels chrome the rule stages left at the top and the
// bottom of the cleaned text. A logistic regression over the line features of
// chrome/edge-features.ts, fitted on the development sets' hand-labelled lines
// (scripts/eval/fit-edge-model.ts) and stored as data (chrome/edge-model.json),
// scores the edge line; the stage removes it only at or above the threshold
// chosen leaving one site out so that no body line is lost, and stops at the
// first line it keeps: it only peels edges, never reaches into the body.
import { createRequire } from 'node:module';
import type { IngestFile } from '../types.ts';
import { isBlank, visibleLength } from './chrome/features.ts';
import { EDGE_FEATURES, edgeRow, hasInfoLabel } from './chrome/edge-features.ts';
import type { EdgeContext } from './chrome/edge-context.ts';
import { dateLine } from '../../../core/dates/parse.ts';
import { damagedDateLine, infoLineDate } from '../extract/date-evidence.ts';
import { isDateLine } from '../structure/lines.ts';
import { LINE_SHAPES } from './chrome/features.ts';
import { score } from './chrome/line-model.ts';

const STAGE = 'edges';
const RULE = 'edge-model';
/** Lines asked from each edge at most. */
export const EDGE_DEPTH = 8;
/** A sentence this long is prose, whatever its neighbours: never asked. */
const PROSE_LENGTH = 60;

export interface SideModel {
  weights: Record<string, number>;
  bias: number;
  /** Probability of chrome at or above which the edge line is removed. */
  threshold: number;
  /** What the side was fitted on (scripts/eval/fit-edge-model.ts). */
  trained?: Record<string, unknown>;
}

/** One model per edge; null for an edge the stage never peels (no threshold lost no line). */
export interface EdgeModel {
  head: SideModel | null;
  tail: SideModel | null;
}

type Loaded = { model: SideModel; vector: number[] } | null;
let loaded: { head: Loaded; tail: Loaded } | undefined;
function sideModels(): { head: Loaded; tail: Loaded } {
  if (loaded) return loaded;
  const model = createRequire(import.meta.url)('./chrome/edge-model.json') as EdgeModel;
  const load = (side: SideModel | null): Loaded => (side ? { model: side, vector: EDGE_FEATURES.map((name) => side.weights[name] ?? 0) } : null);
  loaded = { head: load(model.head), tail: load(model.tail) };
  return loaded;
}

/**
 * A line above the text that the dates stage reads, by its own grammar: a date
 * alone (2023年5月6日, 26-08-2019, 09Sep 2021, 二□一一年五月三十日) or an info line
 * with a date (发布时间：2023-05-04 来源：…). The dates stage runs after this one
 * and reads the front lines, not the lines peeled, so the head peel stops there.
 */
export function datedHeadLine(line: string): boolean {
  const text = line.trim();
  if (dateLine(text) || damagedDateLine(text) || infoLineDate(text) || isDateLine(text)) return true;
  return LINE_SHAPES.date.test(text) && (LINE_SHAPES.dateOnly.test(text) || LINE_SHAPES.labelColon.test(text) || hasInfoLabel(text));
}

/** Whether the peel may ask about a line at all: a long sentence is the text's; above the text, a line the dates stage reads. */
export function peelable(line: string, side: 'head' | 'tail' = 'tail'): boolean {
  const text = line.trim();
  if (side === 'head' && datedHeadLine(text)) return false;
  return !(visibleLength(text) > PROSE_LENGTH && /[。！？!?]/u.test(text));
}

/** The probability that `line`, `depth` lines from the `side` edge, is chrome; undefined when that edge has no model. */
export function edgeProbability(line: string, side: 'head' | 'tail', depth: number, inner: string | undefined, context?: EdgeContext): number | undefined {
  const side_ = sideModels()[side];
  return side_ ? score(side_.vector, side_.model.bias, edgeRow(line, side, depth, inner, context)) : undefined;
}

/** Indices of the lines the peel takes, with their probabilities. */
export function peeledLines(lines: string[]): Map<number, number> {
  const models = sideModels();
  const at = lines.flatMap((line, i) => (isBlank(line) ? [] : [i]));
  // The page as the fitter sees it (scripts/eval/fit-edge-model.ts): its non-blank lines, trimmed.
  const page = at.map((i) => lines[i]!.trim());
  const taken = new Map<number, number>();
  let head = 0;
  let tail = at.length - 1;
  for (let depth = 0; models.head && depth < EDGE_DEPTH && head < tail; depth++) {
    const line = lines[at[head]!]!;
    if (!peelable(line, 'head')) break;
    const p = edgeProbability(line, 'head', depth, lines[at[head + 1]!], { lines: page, index: head })!;
    if (p < models.head.model.threshold) break;
    taken.set(at[head]!, p);
    head++;
  }
  for (let depth = 0; models.tail && depth < EDGE_DEPTH && head < tail; depth++) {
    const line = lines[at[tail]!]!;
    if (!peelable(line)) break;
    const p = edgeProbability(line, 'tail', depth, lines[at[tail - 1]!], { lines: page, index: tail })!;
    if (p < models.tail.model.threshold) break;
    taken.set(at[tail]!, p);
    tail--;
  }
  return taken;
}

export function peelEdges(file: IngestFile): void {
  const lines = String(file.value).split('\n');
  const taken = peeledLines(lines);
  if (taken.size === 0) return;
  for (const [i, p] of [...taken].sort((a, b) => a[0] - b[0])) {
    const text = lines[i]!.trim();
    file.data.removed.push({ stage: STAGE, rule: RULE, reason: `chrome at the text's edge (p ${p.toFixed(3)})`, text });
    file.data.chromeLines.push(text);
  }
  file.value = lines.filter((_, i) => !taken.has(i)).join('\n');
}
