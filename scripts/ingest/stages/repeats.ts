// Stage: an article repeated whole inside one file kept once (issue 4). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function dropRepeats(_file: IngestFile): void {}
