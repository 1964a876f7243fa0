// The character alignment of two texts that the shared passages' exact test
// reads (compare.ts): the runs kept, added and removed, exactly as the `diff`
// package's diffChars(a, b, { maxEditLength }) gives them — the same Myers
// search, its choice between equal paths and its merging of runs, over the
// texts' code points — without its objects: one path object and one change
// object per step of the search made the alignment most of the step's CPU at
// 10,000 documents, on the build's critical path (docs/performance.md,
// thirty-first session). tests/unit/shared-align.test.ts holds it to
// diffChars.

/** A run's kind: in both texts, only in the second (added), only in the first (removed). */
export const SAME = 0;
export const ADDED = 1;
export const REMOVED = 2;

// Runs of the search's paths, shared between paths as diffChars's change objects are (a path's last run and the
// runs before it): kind, length and the run before (-1: none). Kept between calls, grown as needed.
let runKind = new Int8Array(1024);
let runCount = new Int32Array(1024);
let runPrevious = new Int32Array(1024);
let runs = 0;

function run(kind: number, count: number, previous: number): number {
  if (runs === runKind.length) {
    const grow = <T extends Int8Array | Int32Array>(a: T, make: (n: number) => T) => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    runKind = grow(runKind, (n) => new Int8Array(n));
    runCount = grow(runCount, (n) => new Int32Array(n));
    runPrevious = grow(runPrevious, (n) => new Int32Array(n));
  }
  runKind[runs] = kind;
  runCount[runs] = count;
  runPrevious[runs] = previous;
  return runs++;
}

/** The code points of a text, as diffChars splits it (Array.from). */
function codePoints(text: string): Int32Array {
  const out = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    out[n++] = c;
    if (c > 0xffff) i++;
  }
  return out.subarray(0, n);
}

/**
 * diffChars(a, b, { maxEditLength }) as runs, in order: [kind, count, kind, count, …] (kinds SAME, ADDED, REMOVED;
 * counts in code points), or undefined where diffChars gives undefined (more than maxEditLength edits).
 */
export function alignmentRuns(a: string, b: string, maxEditLength: number): number[] | undefined {
  const oldTokens = codePoints(a);
  const newTokens = codePoints(b);
  const oldLen = oldTokens.length;
  const newLen = newTokens.length;
  const maxEdit = Math.min(newLen + oldLen, maxEditLength);
  runs = 0;
  // The best path on each diagonal (index: diagonal + offset): its position in the old text and its last run.
  const offset = Math.max(maxEdit, 0) + 2;
  const size = 2 * offset + 1;
  const present = new Uint8Array(size);
  const pathOld = new Int32Array(size);
  const pathLast = new Int32Array(size);

  // Extends the path (oldPos, last) on diagonal `diagonal` along the common run; its new oldPos and last run.
  let extendedOld = 0;
  let extendedLast = -1;
  const extractCommon = (oldPos: number, last: number, diagonal: number): number => {
    let newPos = oldPos - diagonal;
    let common = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && oldTokens[oldPos + 1] === newTokens[newPos + 1]) {
      newPos++;
      oldPos++;
      common++;
    }
    extendedLast = common ? run(SAME, common, last) : last;
    extendedOld = oldPos;
    return newPos;
  };
  const done = (last: number): number[] => {
    const order: number[] = [];
    for (let r = last; r >= 0; r = runPrevious[r]!) order.push(r);
    const out: number[] = [];
    for (let i = order.length - 1; i >= 0; i--) out.push(runKind[order[i]!]!, runCount[order[i]!]!);
    return out;
  };

  let newPos = extractCommon(-1, -1, 0);
  if (extendedOld + 1 >= oldLen && newPos + 1 >= newLen) return done(extendedLast);
  present[offset] = 1;
  pathOld[offset] = extendedOld;
  pathLast[offset] = extendedLast;

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEdit; editLength++) {
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
      const removeAt = diagonal - 1 + offset;
      const addAt = diagonal + 1 + offset;
      const hasRemove = present[removeAt] === 1;
      const hasAdd = present[addAt] === 1;
      // No later diagonal reads this path again.
      if (hasRemove) present[removeAt] = 0;
      let canAdd = false;
      if (hasAdd) {
        const addNewPos = pathOld[addAt]! - diagonal;
        canAdd = 0 <= addNewPos && addNewPos < newLen;
      }
      const canRemove = hasRemove && pathOld[removeAt]! + 1 < oldLen;
      const at = diagonal + offset;
      if (!canAdd && !canRemove) {
        present[at] = 0;
        continue;
      }
      // From the path further along the old text, an insertion when they tie (diffChars's choice).
      let oldPos: number;
      let last: number;
      if (!canRemove || (canAdd && pathOld[removeAt]! < pathOld[addAt]!)) {
        oldPos = pathOld[addAt]!;
        last = addRun(pathLast[addAt]!, ADDED);
      } else {
        oldPos = pathOld[removeAt]! + 1;
        last = addRun(pathLast[removeAt]!, REMOVED);
      }
      newPos = extractCommon(oldPos, last, diagonal);
      if (extendedOld + 1 >= oldLen && newPos + 1 >= newLen) return done(extendedLast);
      present[at] = 1;
      pathOld[at] = extendedOld;
      pathLast[at] = extendedLast;
      if (extendedOld + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return undefined;
}

/** One more character added or removed after the run `last`: its run lengthened (a new run: paths share runs) or a new one. */
function addRun(last: number, kind: number): number {
  if (last >= 0 && runKind[last] === kind) return run(kind, runCount[last]! + 1, runPrevious[last]!);
  return run(kind, 1, last);
}
