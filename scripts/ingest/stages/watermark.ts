// Stage: site names injected inside sentences removed (issue 4). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function removeWatermarks(_file: IngestFile): void {}
