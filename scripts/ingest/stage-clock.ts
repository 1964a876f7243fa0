// Time spent in each pipeline stage, seen from outside the stages: each stage
// is wrapped, never changed.
import type { IngestFile, Stage } from './types.ts';

/** extractHtml → html, markDamage → damage: the stage's own name without its verb, as the README lists them. */
export function stageName(stage: Stage): string {
  const name = stage.name.replace(/^(?:extract|mark|strip|convert|remove|drop)(?=[A-Z])/, '');
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The message that asks a pool worker for its stage times (worker.ts). */
export const TIMES_REQUEST = 'stage-times';

/** Per stage: milliseconds summed over the files it ran on. */
export type StageTimes = Record<string, { ms: number; files: number }>;

export function addTimes(into: StageTimes, from: StageTimes): StageTimes {
  for (const [name, { ms, files }] of Object.entries(from)) {
    const sum = (into[name] ??= { ms: 0, files: 0 });
    sum.ms += ms;
    sum.files += files;
  }
  return into;
}

export class StageClock {
  readonly times: StageTimes = {};
  readonly stages: Stage[];

  constructor(stages: Stage[]) {
    this.stages = stages.map((stage) => {
      const name = stageName(stage);
      const sum = (this.times[name] = { ms: 0, files: 0 });
      return (file: IngestFile) => {
        const started = performance.now();
        try {
          stage(file);
        } finally {
          sum.ms += performance.now() - started;
          sum.files++;
        }
      };
    });
  }
}
