// Stage: date, dateKind, year, otherDates (issue 5). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function extractDates(_file: IngestFile): void {}
