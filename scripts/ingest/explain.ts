// `--explain FILE`: one raw file through the real pipeline, stage by stage,
// with what each stage changed. The stages are not touched: each is wrapped,
// and the file's text, removed spans, metadata, candidates, blocks and
// messages are compared before and after it. The same data feeds the text
// view (explain-text.ts) and `--json`.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { diffArrays, diffChars } from 'diff';
import { ingestOne, stages, type IngestResult } from './pipeline.ts';
import { stageName } from './stage-clock.ts';
import { applyOverride, loadOverrides } from './stages/overrides.ts';
import { explainFields, type FieldExplanation } from './explain-fields.ts';
import type { IngestFile, RemovedSpan, Stage } from './types.ts';

export interface StageMessage {
  level: 'error' | 'warning' | 'info';
  rule: string;
  text: string;
}

export interface ChangedLine {
  before: string;
  after: string;
}

export interface StageChange {
  stage: string;
  /** What the text was before and after, in characters; bytes before decoding. */
  size: { before: string; after: string };
  /** The stage replaced the text rather than edited it (decoding bytes, extracting an HTML page's text). */
  replacedText: boolean;
  /** Whole lines the stage took out, each with the removal it recorded for it, if any. */
  linesRemoved: { text: string; rule?: string; reason?: string }[];
  /** Lines the stage rewrote, before and after. */
  linesChanged: ChangedLine[];
  /** Lines that were not in the text before (a new text's first lines, when replaced). */
  linesAdded: string[];
  /** Every removal the stage recorded (file.data.removed), whole lines or parts of them. */
  removed: RemovedSpan[];
  /** Damage marks (□) the stage put in. */
  damageMarked: number;
  /** Characters replaced one for one, e.g. 黨 → 党, with how often. */
  converted: { from: string; to: string; count: number }[];
  /** Metadata fields the stage set or changed. */
  meta: { field: string; before?: unknown; after: unknown }[];
  /** Metadata candidates from page chrome the stage found. */
  candidates: { field: string; before?: unknown; after: unknown }[];
  /** Body blocks after the stage, when it changed them. */
  blocks?: { count: number; byKind: Record<string, number> };
  /** Head and tail lines the stage set aside for the metadata stages. */
  front: string[];
  messages: StageMessage[];
  /** The stage quarantined the file. */
  failed?: string;
  ms: number;
}

export interface Explanation {
  file: string;
  bytes: number;
  id: string;
  stages: StageChange[];
  result: { kind: 'document' } | { kind: 'quarantined'; reason: string };
  fields: FieldExplanation[];
  /** Fields an archivist's override file replaced, with the pipeline's value and the override's. */
  overridden: { field: string; pipeline: unknown; override: unknown }[];
  /** What the batch does that one file cannot show. */
  notShown: string[];
}

interface Snapshot {
  value: string | Uint8Array;
  removed: number;
  messages: number;
  meta: Record<string, string>;
  candidates: Record<string, string>;
  blocks: string;
  front: number;
}

const asJson = (record: object) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, JSON.stringify(v)]));

function snapshot(file: IngestFile): Snapshot {
  const { data } = file;
  return {
    value: typeof file.value === 'string' ? file.value : new Uint8Array(file.value as Uint8Array),
    removed: data.removed.length,
    messages: file.messages.length,
    meta: asJson(data.meta),
    candidates: asJson(data.candidates),
    blocks: JSON.stringify(data.blocks),
    front: data.front.length,
  };
}

/** Fields compared but not listed: the frontmatter copies of the removal and warning lists, listed stage by stage already. */
const LISTED_ELSEWHERE = new Set(['removed', 'warnings']);

function changedFields(before: Record<string, string>, after: object) {
  const now = asJson(after);
  return Object.keys(now)
    .filter((field) => now[field] !== before[field] && !LISTED_ELSEWHERE.has(field))
    .map((field) => ({
      field,
      ...(before[field] !== undefined ? { before: JSON.parse(before[field]!) as unknown } : {}),
      after: JSON.parse(now[field]!) as unknown,
    }));
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** Characters two lines share (as multisets), over the longer one: how alike they are. */
function likeness(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  let shared = 0;
  for (const c of b) {
    const n = counts.get(c) ?? 0;
    if (n > 0) (shared++, counts.set(c, n - 1));
  }
  return shared / Math.max(a.length, b.length, 1);
}

/** The removal a stage recorded for a line it took out: the same text, or a span holding the line, or one the line holds. */
function removalOf(line: string, spans: RemovedSpan[]): RemovedSpan | undefined {
  const text = squash(line);
  return (
    spans.find((s) => squash(s.text) === text) ??
    spans.find((s) => squash(s.text).includes(text)) ??
    spans.find((s) => squash(s.text).length >= 4 && text.includes(squash(s.text)))
  );
}

function lineChanges(before: string, after: string, spans: RemovedSpan[]) {
  const linesRemoved: StageChange['linesRemoved'] = [];
  const linesChanged: ChangedLine[] = [];
  const linesAdded: string[] = [];
  const split = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
  const squashedBefore = squash(before);
  const squashedAfter = squash(after);
  let removedRun: string[] = [];
  const settle = (added: string[]) => {
    const unpaired = new Set(added);
    for (const line of removedRun) {
      // Rewrapped, joined or moved: its text is still there.
      if (squashedAfter.includes(squash(line))) continue;
      const match = [...unpaired].map((a) => ({ a, like: likeness(line, a) })).sort((x, y) => y.like - x.like)[0];
      if (match && match.like >= 0.5) {
        unpaired.delete(match.a);
        linesChanged.push({ before: line, after: match.a });
        continue;
      }
      const removal = removalOf(line, spans);
      linesRemoved.push({ text: line, ...(removal?.rule ? { rule: removal.rule } : {}), ...(removal ? { reason: removal.reason } : {}) });
    }
    for (const line of unpaired) if (!squashedBefore.includes(squash(line))) linesAdded.push(line);
    removedRun = [];
  };
  for (const change of diffArrays(split(before), split(after))) {
    if (change.removed) removedRun.push(...change.value);
    else settle(change.added ? change.value : []);
  }
  settle([]);
  return { linesRemoved, linesChanged, linesAdded };
}

/** Characters replaced one for one in the changed lines (黨 → 党), most frequent first. */
function conversions(changed: ChangedLine[]): StageChange['converted'] {
  const counts = new Map<string, number>();
  const count = (from: string, to: string) => {
    const a = [...from];
    const b = [...to];
    if (a.length !== b.length) return;
    a.forEach((c, i) => {
      if (c !== b[i]) counts.set(`${c}\u0000${b[i]}`, (counts.get(`${c}\u0000${b[i]}`) ?? 0) + 1);
    });
  };
  for (const { before, after } of changed) {
    if ([...before].length === [...after].length) {
      count(before, after);
      continue;
    }
    const parts = diffChars(before, after);
    parts.forEach((part, i) => {
      const next = parts[i + 1];
      if (part.removed && next?.added) count(part.value, next.value);
    });
  }
  return [...counts]
    .map(([key, n]) => {
      const [from, to] = key.split('\u0000') as [string, string];
      return { from, to, count: n };
    })
    .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from));
}

const MARK = /□/g;
const TAG = /<\/?[a-zA-Z][^>]*>/g;

/** A page's markup became its text: a line diff of markup against text says nothing. */
function isMarkupToText(before: string, after: string): boolean {
  const tags = before.match(TAG)?.length ?? 0;
  return tags >= 5 && (after.match(TAG)?.length ?? 0) < tags / 5;
}
const level = (fatal: boolean | null | undefined): StageMessage['level'] => (fatal ? 'error' : fatal === false ? 'warning' : 'info');
/** How many lines of a replaced text are shown: enough to see where it starts. */
const NEW_TEXT_LINES = 5;

function compare(stage: string, before: Snapshot, file: IngestFile, ms: number, failed?: string): StageChange {
  const { data } = file;
  const removed = data.removed.slice(before.removed);
  const afterText = typeof file.value === 'string' ? file.value : undefined;
  const beforeText = typeof before.value === 'string' ? before.value : undefined;
  const size = (value: string | Uint8Array) => (typeof value === 'string' ? `${value.length} characters` : `${value.length} bytes`);
  let lines = { linesRemoved: [] as StageChange['linesRemoved'], linesChanged: [] as ChangedLine[], linesAdded: [] as string[] };
  let replacedText = false;
  if (afterText !== undefined && afterText !== beforeText) {
    replacedText = beforeText === undefined || isMarkupToText(beforeText, afterText);
    // Decoded bytes are the same text as before: no lines to show. Extracted text is new: its first lines.
    const start = beforeText === undefined ? [] : afterText.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, NEW_TEXT_LINES);
    lines = replacedText ? { linesRemoved: [], linesChanged: [], linesAdded: start } : lineChanges(beforeText!, afterText, removed);
  }
  const blocksChanged = JSON.stringify(data.blocks) !== before.blocks;
  const byKind: Record<string, number> = {};
  for (const b of data.blocks) byKind[`${b.part} ${b.kind}`] = (byKind[`${b.part} ${b.kind}`] ?? 0) + 1;
  return {
    stage,
    size: { before: size(before.value), after: size(file.value as string | Uint8Array) },
    replacedText,
    ...lines,
    removed,
    damageMarked: Math.max(0, (afterText?.match(MARK)?.length ?? 0) - (beforeText?.match(MARK)?.length ?? 0)),
    converted: replacedText ? [] : conversions(lines.linesChanged),
    meta: changedFields(before.meta, data.meta),
    candidates: changedFields(before.candidates, data.candidates),
    ...(blocksChanged ? { blocks: { count: data.blocks.length, byKind } } : {}),
    front: data.front.slice(before.front),
    messages: file.messages.slice(before.messages).map((m) => ({ level: level(m.fatal), rule: m.ruleId ?? m.source ?? 'unnamed', text: m.reason })),
    ...(failed ? { failed } : {}),
    ms: Math.round(ms * 10) / 10,
  };
}

/** Runs the real ingestOne with every stage wrapped to record what it changed. */
export function explainBytes(path: string, bytes: Uint8Array, run: Stage[] = stages): { changes: StageChange[]; result: IngestResult; file?: IngestFile } {
  const changes: StageChange[] = [];
  let seen: IngestFile | undefined;
  const wrapped = run.map((stage) => (file: IngestFile) => {
    seen = file;
    const before = snapshot(file);
    const started = performance.now();
    try {
      stage(file);
    } catch (error) {
      changes.push(compare(stageName(stage), before, file, performance.now() - started, error instanceof Error ? error.message : String(error)));
      throw error;
    }
    changes.push(compare(stageName(stage), before, file, performance.now() - started));
  });
  const result = ingestOne({ path, bytes }, wrapped);
  return { changes, result, ...(seen ? { file: seen } : {}) };
}

export async function explain(path: string, options: { overrides?: string } = {}): Promise<Explanation> {
  const bytes = await readFile(path);
  const { changes, result, file } = explainBytes(path, bytes);
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  let overridden: Explanation['overridden'] = [];
  if (result.kind === 'document' && options.overrides) {
    const corrected = applyOverride(result, await loadOverrides(options.overrides));
    if (corrected.kind === 'document') {
      overridden = (corrected.meta.overridden ?? []).map((field) => ({
        field,
        pipeline: result.meta[field as keyof typeof result.meta],
        override: corrected.meta[field as keyof typeof corrected.meta],
      }));
    }
  }
  return {
    file: path,
    bytes: bytes.length,
    id,
    stages: changes,
    result: result.kind === 'document' ? { kind: 'document' } : { kind: 'quarantined', reason: result.reason },
    fields: result.kind === 'document' && file ? explainFields(file) : [],
    overridden,
    notShown: [
      'template lines learned across the files of one site (rule learned-template) need the whole batch: ingest the folder and read the document\'s removed list',
      'whether this file is a repost of another is decided across the batch (reposts in the report)',
    ],
  };
}
