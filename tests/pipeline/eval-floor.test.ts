// No change may silently make cleaning worse: the evaluation corpus's summary
// figures must stay at or better than the ones committed in tests/eval/floor.json
// (raise them there when a change improves them).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../scripts/eval/cases.ts';
import { evaluate } from '../../scripts/eval/run.ts';

const floor = JSON.parse(readFileSync(new URL('../eval/floor.json', import.meta.url), 'utf8'));
const { summary } = await evaluate('tests/eval/cases', { jobs: 2 });

describe('evaluation corpus against its committed floor', () => {
  it('scores every case', () => {
    expect(summary.cases).toBeGreaterThanOrEqual(floor.cases);
  });

  it.each([['meanF1'], ['minF1']])('body %s does not fall', (key) => {
    expect(summary[key as 'meanF1']).toBeGreaterThanOrEqual(floor[key]);
  });

  it.each([['chromeLeft'], ['sentencesLost'], ['sentencesDuplicated'], ['traditionalLeft'], ['pinyinLeft']])('%s does not grow', (key) => {
    expect(summary[key as 'chromeLeft']).toBeLessThanOrEqual(floor[key]);
  });

  it('marks at least as many damaged runs', () => {
    expect(summary.damageMarked).toBeGreaterThanOrEqual(floor.damageMarked);
  });

  it.each(FIELDS.map((f) => [f]))('%s accuracy does not fall', (field) => {
    expect(summary.accuracy[field]).toBeGreaterThanOrEqual(floor.accuracy[field]);
  });
});
