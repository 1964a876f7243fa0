// Stage: raw bytes → text. Placeholder; issue 4 deepens detection.
import type { IngestFile } from '../types.ts';

export function decode(file: IngestFile): void {
  const bytes = file.value as Uint8Array;
  try {
    file.value = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    file.data.raw.encoding = 'utf-8';
  } catch {
    file.fail('undecodable: not valid UTF-8', { ruleId: 'undecodable', source: 'decode' });
  }
}
