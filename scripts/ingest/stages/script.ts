// Stage: traditional → simplified with OpenCC, original script recorded (issue 4). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function convertScript(_file: IngestFile): void {}
