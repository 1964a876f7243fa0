// Stage: whitespace, line breaks, punctuation width (issue 4). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function normalize(_file: IngestFile): void {}
