// Stage: completes the frontmatter from what the earlier stages found, and
// copies every warning on the file into it so that readers see them.
import type { DocumentMeta, IngestFile, Warning } from '../types.ts';

/**
 * The file's warnings (its non-fatal messages; `file.info` notes are not
 * warnings) in the order the stages gave them, each with the rule id and the
 * stage that found it, whichever stage that was.
 */
export function warningsOf(file: IngestFile): Warning[] {
  return file.messages
    .filter((m) => m.fatal === false)
    .map((m) => ({ reason: m.reason, ruleId: m.ruleId ?? 'unnamed', source: m.source ?? 'pipeline' }));
}

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
    warnings: warningsOf(file),
    removed: file.data.removed,
  };
  file.data.meta = full;
}
