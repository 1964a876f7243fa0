// Stage: parenthesized pinyin after Han characters removed (issue 4). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function stripPinyin(_file: IngestFile): void {}
