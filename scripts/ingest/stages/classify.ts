// Stage: document type (issue 5). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function classify(_file: IngestFile): void {}
