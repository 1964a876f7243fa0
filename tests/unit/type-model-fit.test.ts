// The committed type model is what the committed procedure fits: the weights
// of classify/type-weights.ts come out of scripts/eval/fit-type-model.ts on
// the committed features of the development sets (scripts/eval/type-features.json),
// and the model fitted on one half of the sites (sorted, alternating) decides
// the other half's cases as the fit reported when it was committed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fit, halves, judge, type Row } from '../../scripts/eval/fit-type-model.ts';
import { FEATURES } from '../../scripts/ingest/classify/features.ts';
import { TYPES } from '../../scripts/ingest/classify/model.ts';
import { TYPE_WEIGHTS } from '../../scripts/ingest/classify/type-weights.ts';

const rows: Row[] = JSON.parse(readFileSync(new URL('../../scripts/eval/type-features.json', import.meta.url), 'utf8'));
const round = (x: number) => Math.round(x * 100) / 100;

describe('the type model fit', { timeout: 120_000 }, () => {
  it('reads every feature on the 224 cases of the five development sets', () => {
    expect(rows).toHaveLength(224);
    for (const row of rows) expect(Object.keys(row.features).sort()).toEqual([...FEATURES].sort());
  });

  it('reproduces the committed weights', () => {
    const model = fit(rows);
    for (const t of TYPES) {
      expect(round(model.bias[t]), `bias ${t}`).toBe(TYPE_WEIGHTS.bias[t]);
      for (const f of FEATURES) expect(round(model.weights[t][f] ?? 0) + 0, `${t} ${f}`).toBe(TYPE_WEIGHTS.weights[t][f] ?? 0);
    }
  });

  it('decides each half of the sites as committed when fitted on the other', () => {
    const [a, b] = halves(rows);
    expect([a.length, b.length]).toEqual([112, 112]);
    const onB = judge(b, fit(a));
    const onA = judge(a, fit(b));
    // Half B: the rules 101, decided 107; half A: the rules 100, decided 103.
    expect([onB.rules, onB.decided]).toEqual([101, 107]);
    expect([onA.rules, onA.decided]).toEqual([100, 103]);
  });
});
