// Stage: cleaned text → title and body blocks. Placeholder; issue 5 deepens it.
import type { IngestFile } from '../types.ts';

export function structure(file: IngestFile): void {
  const lines = String(file.value).split('\n').map((l) => l.trim()).filter(Boolean);
  const first = lines[0] ?? '';
  const hasTitle = first.length <= 40 && !/[，。；：]/.test(first);
  file.data.meta.title = hasTitle ? first : first.slice(0, 30);
  file.data.meta.titleSource = hasTitle ? 'found' : 'derived';
  file.data.blocks = (hasTitle ? lines.slice(1) : lines).map((text) => ({ kind: 'paragraph', part: 'body', text }));
}
