// Stage: the slogans and numbered policy formulas a document uses, normalised,
// in order of first appearance (grammar and its rules: core/slogans/grammar.ts).
// Quoted phrases that are not formulas are left to the glossary, which sees
// the whole corpus and keeps those that recur across documents.
import type { IngestFile } from '../types.ts';
import { formulasIn } from '../../../core/slogans/grammar.ts';

export function extractSlogans(file: IngestFile): void {
  const found = new Set<string>();
  for (const block of file.data.blocks) {
    for (const slogan of formulasIn(block.text)) found.add(slogan);
  }
  file.data.meta.slogans = [...found];
}
