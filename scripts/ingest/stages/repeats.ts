// Stage: an article repeated whole inside one file kept once (issue 4).
//
// Scrapers that concatenate a page with its print view or a second page
// request produce a file whose body appears twice. A run of consecutive
// lines that appears again later is dropped the second time when it carries
// real text: at least two long lines, or one very long line. Single short
// lines (a refrain, 同志们：, a repeated heading) are left alone.
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
  if (dropped.size === 0) return;
  file.value = lines.filter((_, index) => !dropped.has(index)).join('\n');
}
