// No change may silently make cleaning worse: each evaluation set's summary
// figures must stay at or better than the ones committed for it in
// tests/eval/floor.json (raise them there when a change improves them). The
// corpus and the development sets (scripts/eval/sets.ts: read while writing
// rules once their held-out measurement was taken, see docs/eval.md) have
// floors; the current held-out set has none, so that nobody is led to look
// at it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../scripts/eval/cases.ts';
import { evaluate } from '../../scripts/eval/run.ts';
import { DEVELOPMENT_SETS, HELD_OUT_SETS, setDir } from '../../scripts/eval/sets.ts';

type Summary = Awaited<ReturnType<typeof evaluate>>['summary'];
const floors = JSON.parse(readFileSync(new URL('../eval/floor.json', import.meta.url), 'utf8')) as Record<string, Summary>;
const sets: [string, Summary, Summary][] = [];
for (const [dir, floor] of Object.entries(floors)) sets.push([dir, floor, (await evaluate(dir, { jobs: 2 })).summary]);

it('every development set has a floor and no held-out set has one', () => {
  expect(Object.keys(floors).sort()).toEqual(DEVELOPMENT_SETS.map(setDir).sort());
  for (const set of HELD_OUT_SETS) expect(Object.keys(floors)).not.toContain(setDir(set));
});

describe.each(sets)('%s against its committed floor', (_dir, floor, summary) => {
  it('scores every case', () => {
    expect(summary.cases).toBeGreaterThanOrEqual(floor.cases);
  });

  it.each([['meanF1'], ['minF1']] as const)('body %s does not fall', (key) => {
    expect(summary[key]).toBeGreaterThanOrEqual(floor[key]);
  });

  it.each([['chromeLeft'], ['sentencesLost'], ['sentencesDuplicated'], ['traditionalLeft'], ['pinyinLeft']] as const)('%s does not grow', (key) => {
    expect(summary[key]).toBeLessThanOrEqual(floor[key]);
  });

  it('marks at least as many damaged runs', () => {
    expect(summary.damageMarked).toBeGreaterThanOrEqual(floor.damageMarked);
  });

  it.each(FIELDS.map((f) => [f]))('%s accuracy does not fall', (field) => {
    expect(summary.accuracy[field]).toBeGreaterThanOrEqual(floor.accuracy[field]);
  });
});
