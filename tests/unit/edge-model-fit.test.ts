// The committed head model is what the committed procedure fits: the head
// weights of stages/chrome/edge-model.json come out of scripts/eval/fit-edge-model.ts
// on the rows it wrote beside them (scripts/eval/edge-rows-head.json: the head
// lines the peel is asked about, from the fitted development sets and the
// hand-labelled pages of tests/fixtures/edges), and the validation set is not
// among them. The tail model is the twenty-sixth session's (a refit on these
// sets tied it left one site out; docs/eval.md, refit).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../scripts/eval/logistic.ts';
import { NOT_FITTED } from '../../scripts/eval/fit-type-model.ts';
import { EDGE_FEATURES } from '../../scripts/ingest/stages/chrome/edge-features.ts';
import type { EdgeModel } from '../../scripts/ingest/stages/edges.ts';

const model: EdgeModel = JSON.parse(readFileSync(new URL('../../scripts/ingest/stages/chrome/edge-model.json', import.meta.url), 'utf8'));
const data: { l2: number; steps: number; rows: [number[], number[], number][] } = JSON.parse(readFileSync(new URL('../../scripts/eval/edge-rows-head.json', import.meta.url), 'utf8'));
const round = (x: number) => Math.round(x * 1e4) / 1e4;

describe('the edge model fit', { timeout: 60_000 }, () => {
  it('fitted the head on the development sets but the validation set, and on the edge fixtures', () => {
    const trained = model.head!.trained!;
    const sets = trained.sets as string[];
    expect(sets).toContain('unseen22');
    expect(sets).toContain('fixtures');
    for (const set of NOT_FITTED) expect(sets).not.toContain(set);
    expect(trained.cases).toBe(754);
    expect(data.rows).toHaveLength(trained.asked as number);
    expect(data.rows.filter((r) => r[2] === 1)).toHaveLength(trained.chrome as number);
    // The tail: the twenty-sixth session's fit on twenty-four sets.
    expect(model.tail!.trained!.cases).toBe(719);
    expect(model.tail!.threshold).toBe(0.65);
  });

  it('reproduces the committed head weights from the committed rows', () => {
    const fit = fitLogistic(
      data.rows.map(([index, value]) => ({ index, value })),
      data.rows.map((r) => r[2]),
      EDGE_FEATURES.length,
      { l2: data.l2, steps: data.steps },
    );
    const side = model.head!;
    expect(round(fit.bias)).toBe(side.bias);
    EDGE_FEATURES.forEach((name, k) => expect(round(fit.weights[k]!) + 0, name).toBe(side.weights[name] ?? 0));
  });
});
