// Stage: region with GB/T 2260 code (issue 5). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function extractRegion(_file: IngestFile): void {}
