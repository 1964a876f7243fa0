// Stage: archivist corrections from content/overrides/<id>.yml (issue 5). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function applyOverrides(_file: IngestFile): void {}
