// Stage: speakers, roles and occasion (issue 5). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function extractSpeakers(_file: IngestFile): void {}
