// The shared passages' alignment (src/lib/shared/align.ts) is the `diff`
// package's diffChars without its objects: the same runs, in the same order,
// and undefined where diffChars gives up, for texts with ties, astral
// characters, empty sides and every edit budget; and the exact test
// (compare.ts) and the page's differences (differences.ts) built on it give
// what their diffChars versions gave.
import { diffChars } from 'diff';
import { describe, expect, it } from 'vitest';
import { ADDED, alignmentRuns, REMOVED, SAME } from '../../src/lib/shared/align.ts';
import { aligned, MAX_CHANGE, MIN_KEPT } from '../../src/lib/shared/compare.ts';
import { differences, type Part } from '../../src/lib/shared/differences.ts';

const asRuns = (changes: ReturnType<typeof diffChars> | undefined) => changes?.flatMap((c) => [c.added ? ADDED : c.removed ? REMOVED : SAME, c.count]);

/** A seeded generator, so that a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

// Few distinct characters make many equal-length paths, where the choice between them shows.
const ALPHABET = ['a', 'b', 'c', '中', '国', '𠀀', '1'];

function cases(seed: number, count: number): [string, string, number][] {
  const rnd = random(seed);
  const word = (n: number, k: number) => Array.from({ length: n }, () => ALPHABET[Math.floor(rnd() * k)]).join('');
  const edited = (text: string, k: number) => {
    const chars = Array.from(text);
    for (let m = Math.floor(rnd() * 6); m > 0; m--) {
      const at = Math.floor(rnd() * (chars.length + 1));
      const op = rnd();
      if (op < 0.33) chars.splice(at, 1);
      else if (op < 0.66) chars.splice(at, 0, ...Array.from(word(1 + Math.floor(rnd() * 4), k)));
      else chars[at] = ALPHABET[Math.floor(rnd() * k)]!;
    }
    return chars.join('');
  };
  return Array.from({ length: count }, () => {
    const k = 2 + Math.floor(rnd() * (ALPHABET.length - 1));
    const a = word(Math.floor(rnd() * 30), k);
    const b = rnd() < 0.7 ? edited(a, k) : word(Math.floor(rnd() * 30), k);
    return [a, b, rnd() < 0.3 ? 1e9 : Math.floor(rnd() * 20)];
  });
}

/** compare.ts's test as it was, on diffChars itself. */
function alignedByDiffChars(a: string, b: string): number | undefined {
  const longer = Math.max(a.length, b.length);
  if (a === b) return 1;
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  const changes = diffChars(a.slice(start, a.length - end), b.slice(start, b.length - end), { maxEditLength: Math.floor(2 * (1 - MIN_KEPT) * longer) });
  if (!changes) return undefined;
  let kept = start + end;
  let removed = 0;
  let added = 0;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      kept += change.count;
      removed = added = 0;
      continue;
    }
    if (change.removed) removed += change.count;
    else added += change.count;
    if (removed > MAX_CHANGE || added > MAX_CHANGE) return undefined;
  }
  const share = kept / longer;
  return share >= MIN_KEPT ? share : undefined;
}

describe('alignmentRuns', () => {
  it('gives diffChars’s runs for edge cases', () => {
    for (const [a, b, max] of [
      ['', '', 0],
      ['', 'abc', 10],
      ['abc', '', 10],
      ['abc', 'abc', 0],
      ['abc', 'abd', 0],
      ['abc', 'abd', 1],
      ['abc', 'abd', 2],
      ['𠀀中𠀁', '中𠀀𠀁', 4],
      ['在全省推进会上的讲话', '在全市推进大会上的讲话', 1e9],
      ['abab', 'baba', 1e9],
    ] as const)
      expect(alignmentRuns(a, b, max), `${a} / ${b} / ${max}`).toEqual(asRuns(diffChars(a, b, { maxEditLength: max })));
  });

  it('gives diffChars’s runs, or undefined where it does, for random pairs', () => {
    let undefinedSeen = 0;
    const differing: unknown[] = [];
    for (const [a, b, max] of cases(31, 6000)) {
      const expected = asRuns(diffChars(a, b, { maxEditLength: max }));
      if (!expected) undefinedSeen++;
      const got = alignmentRuns(a, b, max);
      if (String(got) !== String(expected) || !got !== !expected) differing.push({ a, b, max, expected, got });
    }
    expect(differing.slice(0, 3)).toEqual([]);
    // Both outcomes were tried.
    expect(undefinedSeen).toBeGreaterThan(500);
  });

  it('leaves the exact test’s verdicts as they were', () => {
    const base = '全面贯彻落实党的二十大精神推动高质量发展取得新成效';
    const pairs: [string, string][] = [
      [base, base.replace('二十大', '十九大')],
      [base, base.replace('推动高质量发展', '加快建设现代化经济体系推动')],
      [base, `${base}努力谱写新篇章`],
      [base, base.slice(5)],
      ...cases(7, 3000).map(([a, b]) => [a, b] as [string, string]),
    ];
    expect(pairs.filter(([a, b]) => aligned(a, b) !== alignedByDiffChars(a, b))).toEqual([]);
  });
});

describe('differences', () => {
  /** The page's parts as they were made from diffChars. */
  const byDiffChars = (here: string, there: string): Part[] =>
    here === there ? (here ? [{ kind: 'same', text: here }] : []) : diffChars(here, there).map((c) => ({ kind: c.added ? 'there' : c.removed ? 'here' : 'same', text: c.value }));

  it('gives the parts diffChars gave', () => {
    const pairs: [string, string][] = [
      ['', ''],
      ['', '中国'],
      ['中国', ''],
      ['在全省推进会上的讲话', '在全市推进大会上的讲话'],
      ['𠀀中𠀁甲', '中𠀀乙𠀁'],
      ...cases(11, 3000).map(([a, b]) => [a, b] as [string, string]),
    ];
    expect(pairs.filter(([here, there]) => JSON.stringify(differences(here, there)) !== JSON.stringify(byDiffChars(here, there)))).toEqual([]);
  });
});
