// Stage: HTML pages → main text, labelled metadata lines → candidates (issue 4). Placeholder until implemented.
import type { IngestFile } from '../types.ts';

export function extractHtml(_file: IngestFile): void {}
