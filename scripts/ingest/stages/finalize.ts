// Stage: completes the frontmatter from what the earlier stages found, and
// copies every warning on the file into it so that readers see them.
import type { DocumentMeta, IngestFile } from '../types.ts';

export function finalize(file: IngestFile): void {
  const meta = file.data.meta;
  const raw = file.data.raw;
  const full: DocumentMeta = {
    id: raw.sha256.slice(0, 12),
    title: meta.title ?? '',
    titleSource: meta.titleSource ?? 'derived',
    type: meta.type ?? 'article',
    ...meta,
    speakers: meta.speakers ?? [],
    people: meta.people ?? [],
    source: meta.source ?? {},
    raw: { path: raw.path, sha256: raw.sha256, encoding: raw.encoding ?? 'utf-8', script: raw.script ?? 'simplified' },
    slogans: meta.slogans ?? [],
    warnings: file.messages.filter((m) => m.fatal === false).map((m) => m.reason),
    removed: file.data.removed,
  };
  file.data.meta = full;
}
