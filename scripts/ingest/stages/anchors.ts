// Stage: a stable anchor id for every block, derived from its own text so that
// it survives edits elsewhere in the document and re-ingests of the same input
// (the id's shape: core/anchor.ts).
import { createHash } from 'node:crypto';
import { anchorIdOf } from '../../../core/anchor.ts';
import type { IngestFile } from '../types.ts';

export function anchors(file: IngestFile): void {
  // Numbered by the first id: two texts whose ids agree are told apart as a repeat is.
  const seen = new Map<string, number>();
  for (const block of file.data.blocks) {
    const digest = createHash('sha256').update(block.text).digest('hex');
    const first = anchorIdOf(digest);
    const n = (seen.get(first) ?? 0) + 1;
    seen.set(first, n);
    block.id = anchorIdOf(digest, n);
  }
}
