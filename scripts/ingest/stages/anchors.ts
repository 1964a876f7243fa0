// Stage: a stable anchor id for every block, derived from its own text so that
// it survives edits elsewhere in the document and re-ingests of the same input.
import { createHash } from 'node:crypto';
import type { IngestFile } from '../types.ts';

export function anchorId(text: string): string {
  return 'p-' + createHash('sha256').update(text).digest('hex').slice(0, 8);
}

export function anchors(file: IngestFile): void {
  const seen = new Map<string, number>();
  for (const block of file.data.blocks) {
    const base = anchorId(block.text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    block.id = n === 1 ? base : `${base}-${n}`;
  }
}
