// The sentence of a result to show: the first paragraph with a hit, cut to
// the sentence around its first hit, with every hit in it marked.
import { findAll, foldWithOrigin, type FoldMap } from './fold.ts';
import type { DocText } from './format.ts';

export interface Segment {
  text: string;
  hit: boolean;
}
export interface Snippet {
  /** Anchor of the paragraph of the first hit; absent when only the title matches. */
  anchor?: string;
  segments: Segment[];
}

const SENTENCE_END = /[。！？!?；;]/u;
const MAX_CHARS = 160;

/** Hit ranges [start, end) in the original string, merged where they overlap. */
export function hitRanges(text: string, terms: readonly (readonly string[])[], map: FoldMap): [number, number][] {
  const { chars, origin } = foldWithOrigin(text, map);
  const ranges: [number, number][] = [];
  for (const term of terms) for (const s of findAll(chars, term)) ranges.push([origin[s]!, origin[s + term.length]!]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

export function makeSnippet(doc: DocText, terms: readonly (readonly string[])[], map: FoldMap): Snippet {
  for (const [anchor, text] of doc.paragraphs) {
    const ranges = hitRanges(text, terms, map);
    if (ranges.length) return { anchor, segments: cut(text, ranges) };
  }
  const ranges = hitRanges(doc.title, terms, map);
  const first = doc.paragraphs[0]?.[1] ?? '';
  return { segments: ranges.length ? cut(doc.title, ranges) : [{ text: first.slice(0, MAX_CHARS), hit: false }] };
}

function cut(text: string, ranges: [number, number][]): Segment[] {
  const [hitStart, hitEnd] = ranges[0]!;
  let start = hitStart;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = hitEnd;
  while (end < text.length && !SENTENCE_END.test(text[end - 1]!)) end++;
  if (end - start > MAX_CHARS) {
    start = Math.max(start, hitStart - MAX_CHARS / 3);
    end = Math.min(end, Math.max(hitEnd, start + MAX_CHARS));
  }
  const segments: Segment[] = [];
  if (start > 0) segments.push({ text: '…', hit: false });
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    if (s > at) segments.push({ text: text.slice(at, s), hit: false });
    segments.push({ text: text.slice(Math.max(s, at), Math.min(e, end)), hit: true });
    at = Math.min(e, end);
  }
  if (at < end) segments.push({ text: text.slice(at, end), hit: false });
  if (end < text.length) segments.push({ text: '…', hit: false });
  return segments;
}
