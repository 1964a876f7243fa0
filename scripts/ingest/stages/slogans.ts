// Stage: slogans and policy formulas (issue 5/8). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function extractSlogans(_file: IngestFile): void {}
