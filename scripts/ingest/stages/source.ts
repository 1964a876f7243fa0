// Stage: source name, url, authors, published (issue 5). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function extractSource(_file: IngestFile): void {}
