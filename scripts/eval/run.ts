// Runs the real ingest over the evaluation corpus and scores every case.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ingestBatch } from '../ingest/batch.ts';
import type { IngestResult } from '../ingest/pipeline.ts';
import type { Block } from '../ingest/types.ts';
import { FIELDS, readCases, type EvalCase, type Field } from './cases.ts';
import { characterF1, chromeLeft, comparable, damageMarks, pinyinLeft, sameTitle, sentenceLoss, traditionalLeft } from './metrics.ts';

export interface FieldResult {
  ok: boolean;
  actual: unknown;
  expected: unknown;
}

export interface CaseScore {
  slug: string;
  site: string;
  quarantined?: string;
  f1: number;
  precision: number;
  recall: number;
  chromeLeft: string[];
  lost: string[];
  duplicated: string[];
  traditionalLeft: string[];
  pinyinLeft: string[];
  damage: { expected: number; marked: number };
  fields: Record<Field, FieldResult>;
  /** The cleaned text as scored: title line, then one block per line. */
  text: string;
}

export interface Summary {
  cases: number;
  meanF1: number;
  minF1: number;
  chromeLeft: number;
  sentencesLost: number;
  sentencesDuplicated: number;
  traditionalLeft: number;
  pinyinLeft: number;
  damageExpected: number;
  damageMarked: number;
  /** Share of cases whose field is right, per field. */
  accuracy: Record<Field, number>;
}

const blockText = (b: Block) => (b.kind === 'turn' && b.speaker ? `${b.damaged ?? ''}${b.speaker}：${b.text}` : b.text);

const same = (a: string | null | undefined, b: string | null | undefined) => comparable(a ?? '') === comparable(b ?? '');

function scoreFields(c: EvalCase, result: Extract<IngestResult, { kind: 'document' }> | undefined): Record<Field, FieldResult> {
  const meta = result?.meta;
  const e = c.expected;
  const speakers = (meta?.speakers ?? []).map((s) => comparable(s.name)).sort();
  const wanted = e.speakers.map(comparable).sort();
  const actual: Record<Field, unknown> = {
    title: meta ? (meta.titleSource === 'derived' ? null : meta.title) : undefined,
    date: meta?.date ?? null,
    type: meta?.type,
    province: meta?.region?.province ?? null,
    city: meta?.region?.city ?? null,
    county: meta?.region?.county ?? null,
    speakers,
  };
  const ok: Record<Field, boolean> = {
    title: meta !== undefined && (e.title === null ? meta.titleSource === 'derived' : meta.titleSource === 'found' && sameTitle(meta.title, e.title)),
    date: meta !== undefined && (meta.date ?? null) === e.date,
    type: meta?.type === e.type,
    province: meta !== undefined && same(meta.region?.province, e.province),
    city: meta !== undefined && same(meta.region?.city, e.city),
    county: meta !== undefined && same(meta.region?.county, e.county),
    speakers: meta !== undefined && JSON.stringify(speakers) === JSON.stringify(wanted),
  };
  const expected: Record<Field, unknown> = { ...e, speakers: wanted };
  return Object.fromEntries(FIELDS.map((f) => [f, { ok: ok[f], actual: actual[f], expected: expected[f] }])) as Record<Field, FieldResult>;
}

export function scoreCase(c: EvalCase, result: IngestResult): CaseScore {
  const doc = result.kind === 'document' ? result : undefined;
  const body = doc ? doc.blocks.map(blockText).join('\n') : '';
  const f1 = characterF1(body, c.body);
  const loss = sentenceLoss(body, c.body);
  const marked = damageMarks(body) + damageMarks(doc?.meta.title ?? '');
  return {
    slug: c.slug,
    site: c.site,
    ...(result.kind === 'quarantined' ? { quarantined: result.reason } : {}),
    ...f1,
    chromeLeft: chromeLeft(body, c.chrome),
    ...loss,
    traditionalLeft: traditionalLeft(`${doc?.meta.title ?? ''}\n${body}`),
    pinyinLeft: pinyinLeft(body),
    damage: { expected: c.damaged, marked },
    fields: scoreFields(c, doc),
    text: doc ? `# ${doc.meta.title}\n${body}\n` : '',
  };
}

export function summarise(scores: CaseScore[]): Summary {
  const n = scores.length;
  const sum = (f: (s: CaseScore) => number) => scores.reduce((total, s) => total + f(s), 0);
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    cases: n,
    meanF1: round(sum((s) => s.f1) / n),
    minF1: round(Math.min(...scores.map((s) => s.f1))),
    chromeLeft: sum((s) => s.chromeLeft.length),
    sentencesLost: sum((s) => s.lost.length),
    sentencesDuplicated: sum((s) => s.duplicated.length),
    traditionalLeft: sum((s) => s.traditionalLeft.length),
    pinyinLeft: sum((s) => s.pinyinLeft.length),
    damageExpected: sum((s) => s.damage.expected),
    damageMarked: sum((s) => Math.min(s.damage.marked, s.damage.expected)),
    accuracy: Object.fromEntries(FIELDS.map((f) => [f, round(sum((s) => (s.fields[f].ok ? 1 : 0)) / n)])) as Record<Field, number>,
  };
}

export interface EvalRun {
  scores: CaseScore[];
  summary: Summary;
}

/** Ingests every case's raw file as one batch (cross-file steps included) and scores each. */
export async function evaluate(root: string, options: { jobs?: number; only?: (slug: string) => boolean } = {}): Promise<EvalRun> {
  const cases = await readCases(root, options.only);
  if (cases.length === 0) throw new Error(`${root}: no evaluation cases`);
  const { results } = await ingestBatch(path.resolve(root), cases.map((c) => c.raw), { jobs: options.jobs ?? availableParallelism() });
  const scores = cases.map((c, i) => scoreCase(c, results[i]));
  return { scores, summary: summarise(scores) };
}
