// What a run did, in figures an archivist can act on: how the inputs were
// accounted for, why files were quarantined, which kinds of warning were
// raised, which fields were left empty, and where the time went. The figures
// of the input go into the JSON report, which stays byte-identical for the
// same input however it was run (cache, workers); where the time went differs
// from run to run and goes beside it (`<report>.timing.json`). Both go, as one
// table, to the terminal.
import Table from 'cli-table3';
import type { Accounting } from './merge.ts';
import type { StageTimes } from './stage-clock.ts';
import type { DocumentMeta, Finding } from './types.ts';

export interface Summary {
  inputs: number;
  documents: number;
  mergedReposts: number;
  quarantined: number;
  /** Quarantine entries by the kind their reason starts with (empty, binary, undecodable, garbled, too large). */
  quarantinedByReason: Record<string, number>;
  warnings: number;
  /** Warnings on documents by the rule id of the stage message that raised them. */
  warningsByRule: Record<string, number>;
  /** Documents whose field was left empty (or, for the title, derived from the first sentence). */
  emptyFields: {
    titleDerived: number;
    date: number;
    region: number;
    /** Speeches and interviews without a speaker; other types have none by design. */
    speakers: number;
  };
}

export interface Timing {
  /** Files that went through the pipeline this run; the others came from the cache. */
  throughPipeline: number;
  /** Pipeline stages, slowest first: milliseconds summed over the files that went through the pipeline. */
  slowestStages: { stage: string; ms: number; files: number }[];
  /** Whole-batch steps, slowest first, wall clock. */
  slowestSteps: { step: string; ms: number }[];
}

/** The kind a quarantine reason names before its colon ("binary: looks like PNG" → binary). */
export function reasonKind(reason: string): string {
  return /^([a-z][a-z ]{1,20}):/.exec(reason)?.[1] ?? 'other';
}

function tally(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/** What the summary reads of a document (a document result has it all). */
export interface SummaryDocument {
  meta: Pick<DocumentMeta, 'titleSource' | 'date' | 'region' | 'type' | 'speakers'>;
  findings: readonly Finding[];
}

export function summarize(inputs: number, accounting: Pick<Accounting, 'merged' | 'quarantined'> & { documents: readonly SummaryDocument[] }): Summary {
  const docs = accounting.documents;
  const warningKinds = docs.flatMap((d) => d.findings.map((f) => f.ruleId));
  const spoken = docs.filter((d) => d.meta.type === 'speech' || d.meta.type === 'interview');
  return {
    inputs,
    documents: docs.length,
    mergedReposts: accounting.merged.length,
    quarantined: accounting.quarantined.length,
    quarantinedByReason: tally(accounting.quarantined.map((q) => reasonKind(q.reason))),
    warnings: warningKinds.length,
    warningsByRule: tally(warningKinds),
    emptyFields: {
      titleDerived: docs.filter((d) => d.meta.titleSource === 'derived').length,
      date: docs.filter((d) => !d.meta.date).length,
      region: docs.filter((d) => !d.meta.region).length,
      speakers: spoken.filter((d) => d.meta.speakers.length === 0).length,
    },
  };
}

export function timingOf(timing: { stages: StageTimes; steps: Record<string, number>; throughPipeline: number }): Timing {
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    throughPipeline: timing.throughPipeline,
    slowestStages: Object.entries(timing.stages)
      .filter(([, t]) => t.files > 0)
      .map(([stage, t]) => ({ stage, ms: round(t.ms), files: t.files }))
      .sort((a, b) => b.ms - a.ms),
    slowestSteps: Object.entries(timing.steps)
      .map(([step, ms]) => ({ step, ms: round(ms) }))
      .sort((a, b) => b.ms - a.ms),
  };
}

/** How many stages and steps the table shows; the report has them all. */
const SLOWEST = 5;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The summary as a table for the terminal: one row per figure, indented rows for its parts. */
export function summaryTable(summary: Summary, timing: Timing): string {
  const table = new Table({
    head: ['ingest summary', 'count'],
    colAligns: ['left', 'right'],
    // No rule between rows, no colours: the table is read in terminals and in logs alike.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: { head: [], border: [] },
  });
  const part = (label: string, value: number | string) => table.push([`  ${label}`, value]);
  table.push(['inputs', summary.inputs], ['documents', summary.documents], ['merged reposts', summary.mergedReposts], ['quarantined', summary.quarantined]);
  for (const [reason, n] of Object.entries(summary.quarantinedByReason)) part(reason, n);
  table.push(['warnings (by rule)', summary.warnings]);
  for (const [rule, n] of Object.entries(summary.warningsByRule)) part(rule, n);
  table.push(['fields left empty', '']);
  part('title (derived from the first sentence)', summary.emptyFields.titleDerived);
  part('date', summary.emptyFields.date);
  part('region', summary.emptyFields.region);
  part('speakers (of speeches and interviews)', summary.emptyFields.speakers);
  const stages = timing.slowestStages.slice(0, SLOWEST);
  table.push([`slowest stages (${timing.throughPipeline} files through the pipeline)`, stages.length ? '' : 'none: all from the cache']);
  for (const s of stages) part(s.stage, seconds(s.ms));
  table.push(['slowest steps (wall clock)', '']);
  for (const s of timing.slowestSteps.slice(0, SLOWEST)) part(s.step, seconds(s.ms));
  return table.toString();
}
