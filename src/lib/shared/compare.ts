// The exact test of a candidate pair: two paragraphs are the same passage when
// aligning them character by character leaves at least MIN_KEPT of the longer
// one unchanged and no changed stretch longer than MAX_CHANGE characters — a
// place name, a date, a number, a title swapped in. A paragraph that shares a
// slogan or a stock sentence with another differs from it by a whole clause,
// which is longer than any such stretch or too much of the paragraph.
import { alignmentRuns, REMOVED, SAME } from './align.ts';

/** Share of the longer paragraph that must stand unchanged in the other. */
export const MIN_KEPT = 0.8;
/**
 * The longest changed stretch, on either side: a full place name with its
 * province and city (内蒙古自治区鄂尔多斯市) or a written-out date
 * (二〇一九年十二月三十一日) is at most 12.
 */
export const MAX_CHANGE = 12;

/** Per-character counts for commonCharacters, zeroed again after each use. */
const counts = new Int32Array(0x10000);

/**
 * How many characters the two texts have in common, counted with repetition:
 * no alignment keeps more. A few microseconds, against a millisecond for an
 * alignment that fails, so most candidates are refused here.
 */
export function commonCharacters(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)]!++;
  let common = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (counts[c]! > 0) {
      counts[c]!--;
      common++;
    }
  }
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)] = 0;
  return common;
}

/** The cheap necessary conditions: lengths and characters in common. False means not one passage. */
export function mayBeSame(a: string, b: string): boolean {
  const longer = Math.max(a.length, b.length);
  if (longer === 0 || Math.min(a.length, b.length) < MIN_KEPT * longer) return false;
  return a === b || commonCharacters(a, b) >= MIN_KEPT * longer;
}

/**
 * The share of the longer text that stands unchanged in the other, when the
 * two comparable texts are one passage; undefined when they are not.
 */
export function samePassage(a: string, b: string): number | undefined {
  return mayBeSame(a, b) ? aligned(a, b) : undefined;
}

/** The alignment test of samePassage, for texts that pass mayBeSame. */
export function aligned(a: string, b: string): number | undefined {
  const longer = Math.max(a.length, b.length);
  if (a === b) return 1;
  // The common start and end are kept by any best alignment: only the middle is aligned,
  // which spares most of the cost when one stretch differs.
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  // Kept ≥ MIN_KEPT of the longer means at most that much deleted from it and inserted into the shorter.
  // diffChars's alignment (align.ts gives its runs without its objects).
  const changes = alignmentRuns(a.slice(start, a.length - end), b.slice(start, b.length - end), Math.floor(2 * (1 - MIN_KEPT) * longer));
  if (!changes) return undefined;
  let kept = start + end;
  let removed = 0;
  let added = 0;
  for (let i = 0; i < changes.length; i += 2) {
    const [kind, count] = [changes[i]!, changes[i + 1]!];
    if (kind === SAME) {
      kept += count;
      removed = added = 0;
      continue;
    }
    if (kind === REMOVED) removed += count;
    else added += count;
    if (removed > MAX_CHANGE || added > MAX_CHANGE) return undefined;
  }
  const share = kept / longer;
  return share >= MIN_KEPT ? share : undefined;
}
