// The targets against the baseline (Hugo + Pagefind over Hugo's pages), as
// ratios measured in one run, so that they hold on any machine: a slower
// machine slows both sides.

/** Decimal, as the report prints megabytes. */
export const GB = 1e9;

export const BASELINE_TARGETS = {
  /** Whole pipeline (ingest + build + every index and export) over Hugo + Pagefind. */
  wholeMultiple: 2,
  /** Site build with its indexes and exports over Hugo + Pagefind. */
  buildMultiple: 1.5,
  /** A one-file incremental rebuild as a share of the whole pipeline. */
  incrementalShare: 0.05,
  /** Peak resident memory of any one process of the pipeline. */
  peakRss: 4 * GB,
};

export type TargetStatus = 'met' | 'not met' | 'not measured';

export interface TargetCheck {
  name: string;
  /** The measured ratio or amount; undefined when it could not be measured. */
  value?: number;
  limit: number;
  unit: 'multiple' | 'share' | 'bytes';
  status: TargetStatus;
  /** Why it is not measured, or what the value was taken from. */
  note?: string;
}

/** A measured stage as the targets need it. */
export interface TimedStage {
  name: string;
  seconds: number;
  peakRss: number;
  status: 'ok' | 'out of memory' | 'failed';
}

export interface TargetInput {
  ingest?: TimedStage;
  build?: TimedStage;
  incrementalIngest?: TimedStage;
  incrementalBuild?: TimedStage;
  /** Hugo and Pagefind over Hugo's pages; absent when Hugo is not installed or the run skipped it. */
  baseline?: TimedStage[];
  baselineSkipped?: boolean;
}

const ok = (stages: (TimedStage | undefined)[]): stages is TimedStage[] => stages.every((s) => s?.status === 'ok');
const seconds = (stages: TimedStage[]) => stages.reduce((sum, s) => sum + s.seconds, 0);

function whyNot(stages: (TimedStage | undefined)[], what: string[]): string {
  const bad = stages.flatMap((s, i) => (s === undefined ? [`${what[i]} did not run`] : s.status !== 'ok' ? [`${s.name}: ${s.status}`] : []));
  return bad.join('; ');
}

function ratio(name: string, limit: number, unit: 'multiple' | 'share', num: (TimedStage | undefined)[], den: (TimedStage | undefined)[], what: string[]): TargetCheck {
  const all = [...num, ...den];
  if (!ok(all) || !den.length) return { name, limit, unit, status: 'not measured', note: whyNot(all, what) || 'no baseline' };
  const value = seconds(num as TimedStage[]) / seconds(den as TimedStage[]);
  return { name, value, limit, unit, status: value <= limit ? 'met' : 'not met' };
}

export function checkTargets(r: TargetInput): TargetCheck[] {
  const baseline = r.baseline ?? [];
  const baseNames = baseline.map((s) => s.name);
  const noBaseline = (name: string, limit: number): TargetCheck => ({ name, limit, unit: 'multiple', status: 'not measured', note: r.baselineSkipped ? 'no baseline (skipped with --no-baseline)' : 'no baseline (Hugo is not installed)' });
  const whole = [r.ingest, r.build];
  const incremental = [r.incrementalIngest, r.incrementalBuild];
  const pipeline = [r.ingest, r.build, r.incrementalIngest, r.incrementalBuild].filter((s): s is TimedStage => s !== undefined);
  const largest = pipeline.reduce<TimedStage | undefined>((max, s) => (!max || s.peakRss > max.peakRss ? s : max), undefined);
  const outOfMemory = pipeline.find((s) => s.status === 'out of memory');
  const rss: TargetCheck = largest
    ? {
        name: 'peak RSS of any pipeline process',
        value: largest.peakRss,
        limit: BASELINE_TARGETS.peakRss,
        unit: 'bytes',
        // A stage that ran out of memory needed more than it got, whatever its last reading.
        status: outOfMemory || largest.peakRss > BASELINE_TARGETS.peakRss ? 'not met' : 'met',
        note: outOfMemory ? `${outOfMemory.name} ran out of memory` : `in ${largest.name}`,
      }
    : { name: 'peak RSS of any pipeline process', limit: BASELINE_TARGETS.peakRss, unit: 'bytes', status: 'not measured', note: 'no stage ran' };
  return [
    baseline.length
      ? ratio('whole pipeline ÷ Hugo + Pagefind', BASELINE_TARGETS.wholeMultiple, 'multiple', whole, baseline, ['ingest', 'build', ...baseNames])
      : noBaseline('whole pipeline ÷ Hugo + Pagefind', BASELINE_TARGETS.wholeMultiple),
    baseline.length
      ? ratio('build + indexes ÷ Hugo + Pagefind', BASELINE_TARGETS.buildMultiple, 'multiple', [r.build], baseline, ['build', ...baseNames])
      : noBaseline('build + indexes ÷ Hugo + Pagefind', BASELINE_TARGETS.buildMultiple),
    ratio('one-file incremental ÷ whole pipeline', BASELINE_TARGETS.incrementalShare, 'share', incremental, whole, ['incremental ingest', 'incremental build', 'ingest', 'build']),
    rss,
  ];
}

/** The ratio as the report prints it. */
export function formatValue(check: TargetCheck): string {
  if (check.value === undefined) return '—';
  if (check.unit === 'multiple') return `${check.value.toFixed(2)}×`;
  if (check.unit === 'share') return `${(check.value * 100).toFixed(1)}%`;
  return `${(check.value / GB).toFixed(2)} GB`;
}

export function formatLimit(check: TargetCheck): string {
  if (check.unit === 'multiple') return `≤ ${check.limit}×`;
  if (check.unit === 'share') return `≤ ${check.limit * 100}%`;
  return `≤ ${check.limit / GB} GB`;
}
