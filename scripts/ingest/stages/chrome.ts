// Stage: site chrome lines in plain text removed by general line features (issue 4). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function stripChrome(_file: IngestFile): void {}
