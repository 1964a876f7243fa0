// The ordered list of stages, and the one function that runs them on a raw file.
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import type { Block, DocumentMeta, Finding, IngestData, IngestFile, SourceFormat, Stage } from './types.ts';
import { decode } from './stages/decode.ts';
import { extractHtml } from './stages/html.ts';
import { stripPrintedMarkup } from './stages/markup.ts';
import { stripChrome } from './stages/chrome.ts';
import { keepPageLines } from './stages/page-lines.ts';
import { splitGluedPage } from './stages/glued-page.ts';
import { removeWatermarks } from './stages/watermark.ts';
import { cutSpamRuns } from './stages/spam-runs.ts';
import { dropRepeats } from './stages/repeats.ts';
import { stripPinyin } from './stages/pinyin.ts';
import { convertScript } from './stages/script.ts';
import { markDamage } from './stages/damage.ts';
import { normalize } from './stages/normalize.ts';
import { peelEdges } from './stages/edges.ts';
import { structure } from './stages/structure.ts';
import { anchors } from './stages/anchors.ts';
import { extractDates } from './stages/dates.ts';
import { classify } from './stages/classify.ts';
import { extractRegion } from './stages/region.ts';
import { extractSpeakers } from './stages/speakers.ts';
import { extractSource } from './stages/source.ts';
import { extractSlogans } from './stages/slogans.ts';
import { finalize, warningsOf } from './stages/finalize.ts';
import { serialize } from './serialize.ts';
import { documentText, sketch } from './reposts.ts';

/** Text cleaning, then structure, then metadata; each stage reads what the ones before it wrote. */
export const cleaningStages: Stage[] = [
  decode,
  extractHtml,
  stripPrintedMarkup,
  // Damage first, so that its warnings quote the text as decoded and later
  // stages never read a pinyin fragment or a `?` as real text.
  markDamage,
  stripPinyin,
  // Simplified from here on: the chrome and watermark rules see one script.
  convertScript,
  // A page stored as one line set on lines first: every later rule reads lines.
  splitGluedPage,
  // Before chrome: a gambling run spliced into a sentence must not make it read as chrome.
  cutSpamRuns,
  // Before chrome: where a headline stood that a chrome rule took out.
  keepPageLines,
  stripChrome,
  removeWatermarks,
  dropRepeats,
  normalize,
  // Last: what the rules left at the text's bottom edge, by a model fitted on the development sets.
  peelEdges,
];
export const structureStages: Stage[] = [structure, anchors];
export const metadataStages: Stage[] = [
  extractDates,
  classify,
  // The publisher is evidence of the region.
  extractSource,
  extractRegion,
  extractSpeakers,
  extractSlogans,
  finalize,
];
export const stages: Stage[] = [...cleaningStages, ...structureStages, ...metadataStages];

export interface RawInput {
  /** Path relative to the input folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

export type IngestResult =
  | {
      kind: 'document';
      path: string;
      meta: DocumentMeta;
      blocks: Block[];
      mdx: string;
      /** The repost sketch of the text (reposts.ts), as plain numbers so that it survives JSON. */
      sketch: number[];
      /** The file's warnings with their rule ids and stages, in the order of `meta.warnings`. */
      findings: Finding[];
    }
  | { kind: 'quarantined'; path: string; reason: string };

export function formatOf(path: string): SourceFormat {
  if (/\.x?html?$/i.test(path)) return 'html';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  return 'text';
}

/**
 * A VFile whose messages capture no stack: VFileMessage is an Error, so making
 * one walked the call stack, and its constructor then sets `stack` to '' (or
 * to a cause's own stack) all the same. A document gets dozens of messages;
 * the walks were about 2% of ingest's CPU (docs/performance.md, eleventh session).
 */
class IngestVFile extends VFile {}
const message = VFile.prototype.message as (this: VFile, ...args: unknown[]) => ReturnType<VFile['message']>;
IngestVFile.prototype.message = function (this: VFile, ...args: unknown[]) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return message.apply(this, args);
  } finally {
    Error.stackTraceLimit = limit;
  }
} as VFile['message'];

export function createFile(input: RawInput): IngestFile {
  const data: IngestData = {
      raw: { path: input.path, sha256: createHash('sha256').update(input.bytes).digest('hex') },
      format: formatOf(input.path),
      removed: [],
      candidates: {},
      blocks: [],
      front: [],
      chromeLines: [],
      meta: {},
  };
  return new IngestVFile({
    path: input.path,
    value: input.bytes,
    data: { ...data },
  }) as IngestFile;
}

/**
 * A speech, interview or notice is tens of kilobytes; a raw file far larger is
 * a dump or a mistake, and as one page it would be unreadable.
 */
export const MAX_RAW_BYTES = 2 * 1024 * 1024;

/** Runs every stage on one raw file; a stage that fails the file sends it to quarantine. */
export function ingestOne(input: RawInput, run: Stage[] = stages): IngestResult {
  if (input.bytes.length > MAX_RAW_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return { kind: 'quarantined', path: input.path, reason: `too large: ${mb(input.bytes.length)} MB, over the ${mb(MAX_RAW_BYTES)} MB limit for one document` };
  }
  const file = createFile(input);
  try {
    for (const stage of run) stage(file);
    const meta = file.data.meta as DocumentMeta;
    if (file.data.blocks.length === 0) file.fail('empty: no text left after cleaning', { ruleId: 'empty', source: 'pipeline' });
    const blocks = file.data.blocks;
    const findings = warningsOf(file);
    return { kind: 'document', path: input.path, meta, blocks, mdx: serialize(meta, blocks), sketch: Array.from(sketch(documentText(blocks))), findings };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'quarantined', path: input.path, reason };
  }
}
