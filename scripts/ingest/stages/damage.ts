// Stage: encoding damage replaced by □ with a warning quoting the raw span (issue 4). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function markDamage(_file: IngestFile): void {}
