// Stage: an article repeated whole inside one file kept once.
//
// Scrapers that concatenate a page with its print view or a second page
// request produce a file whose body appears twice. A run of consecutive
// lines that appears again later is dropped the second time when it carries
// real text: at least two long lines, or one very long line. Single short
// lines (a refrain, 同志们：, a repeated heading) are left alone. A line cut
// short with an ellipsis that another line of the file continues (a post's
// headline as a list or card shows it: 【安徽阜阳一动物园2...) is a copy too.
import type { IngestFile } from '../types.ts';
import { isBlank, visibleLength } from './chrome/features.ts';

const STAGE = 'repeats';
const LONG = 40;
const VERY_LONG = 200;

/** Comparison key: the same text with other spacing or punctuation width is the same line. */
function keyOf(line: string): string {
  return line.normalize('NFKC').replace(/\s/gu, '');
}

function carriesText(run: string[]): boolean {
  const lengths = run.map(visibleLength);
  return lengths.filter((n) => n >= LONG).length >= 2 || lengths.some((n) => n >= VERY_LONG);
}

/** An ellipsis a list or card puts where it cut a headline short. */
const CUT_SHORT = /(?:\.{3,}|…+)$/u;
/** Shorter stems say too little to be matched to a line. */
const MIN_STEM = 6;

/** Indexes of lines that are cut-short copies of another line of the file. */
function cutShortCopies(lines: string[]): number[] {
  // Brackets around a headline come and go between its copies (【…】 in a card, bare on its own line).
  const keys = lines.map((line) => keyOf(line).replace(/[【】]/gu, ''));
  const found: number[] = [];
  keys.forEach((key, i) => {
    if (!CUT_SHORT.test(key)) return;
    const stem = key.replace(CUT_SHORT, '');
    if ([...stem].length < MIN_STEM) return;
    if (keys.some((other, j) => j !== i && !CUT_SHORT.test(other) && other.length > stem.length && other.startsWith(stem))) found.push(i);
  });
  return found;
}

export function dropRepeats(file: IngestFile): void {
  const lines = String(file.value).split('\n');
  // Compare non-blank lines only: blank lines between paragraphs often differ between copies.
  const rows = lines.flatMap((line, index) => (isBlank(line) ? [] : [{ index, key: keyOf(line) }]));
  const seen = new Map<string, number[]>();
  const dropped = new Set<number>();
  let r = 0;
  while (r < rows.length) {
    let best = 0;
    let source = -1;
    for (const start of seen.get(rows[r].key) ?? []) {
      let length = 0;
      // The original must end before the copy starts.
      while (r + length < rows.length && start + length < r && rows[start + length].key === rows[r + length].key) length++;
      if (length > best) [best, source] = [length, start];
    }
    const run = best > 0 ? lines.slice(rows[r].index, rows[r + best - 1].index + 1) : [];
    if (best > 0 && carriesText(run)) {
      // Blank lines inside the copy go with it.
      for (let index = rows[r].index; index <= rows[r + best - 1].index; index++) dropped.add(index);
      const from = rows[source].index + 1;
      const to = rows[source + best - 1].index + 1;
      const note = `repeated text dropped: lines ${rows[r].index + 1}–${rows[r + best - 1].index + 1} repeat lines ${from}–${to}`;
      file.message(note, { ruleId: 'repeat', source: STAGE });
      file.data.removed.push({ stage: STAGE, rule: 'repeated-run', reason: `repeat of lines ${from}–${to}`, text: run.join('\n') });
      r += best;
      continue;
    }
    const earlier = seen.get(rows[r].key);
    if (earlier) earlier.push(r);
    else seen.set(rows[r].key, [r]);
    r++;
  }
  for (const index of cutShortCopies(lines)) {
    if (dropped.has(index)) continue;
    dropped.add(index);
    file.data.removed.push({ stage: STAGE, rule: 'cut-short-copy', reason: 'a line cut short that another line continues', text: lines[index]!.trim() });
  }
  if (dropped.size === 0) return;
  file.value = lines.filter((_, index) => !dropped.has(index)).join('\n');
}
