// The committed type model is what the committed procedure fits: the weights
// of classify/type-weights.ts come out of scripts/eval/fit-type-model.ts on
// the committed features of the development sets (scripts/eval/type-features.json: 719 cases of the
// twenty-four fitted sets and the 77 typed pages of tests/fixtures/classify/pages),
// and the model fitted on one half of the sites (sorted, alternating) decides
// the other half's cases as the fit reported when it was committed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fit, halves, judge, leaveOneSetOut, type Row } from '../../scripts/eval/fit-type-model.ts';
import { FEATURES } from '../../scripts/ingest/classify/features.ts';
import { TYPES } from '../../scripts/ingest/classify/model.ts';
import { TYPE_WEIGHTS } from '../../scripts/ingest/classify/type-weights.ts';

const rows: Row[] = JSON.parse(readFileSync(new URL('../../scripts/eval/type-features.json', import.meta.url), 'utf8'));
const round = (x: number) => Math.round(x * 100) / 100;

describe('the type model fit', { timeout: 120_000 }, () => {
  it('reads every feature on the 719 cases of the twenty-four fitted development sets and the 77 classify fixtures (unseen22, the validation set, never fitted)', () => {
    expect(rows).toHaveLength(796);
    expect(new Set(rows.map((r) => r.set)).size).toBe(25);
    expect(rows.filter((r) => r.set === 'fixtures')).toHaveLength(77);
    expect(rows.filter((r) => r.set === 'unseen19')).toHaveLength(28);
    expect(rows.filter((r) => r.set === 'unseen20')).toHaveLength(28);
    expect(rows.filter((r) => r.set === 'unseen21')).toHaveLength(27);
    expect(rows.some((r) => r.set === 'unseen22')).toBe(false);
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
    expect([a.length, b.length]).toEqual([397, 399]);
    const onB = judge(b, fit(a));
    const onA = judge(a, fit(b));
    // Half B: the rules 367, decided 380; half A: the rules 367, decided 377 (the twenty-sixth session's fit on twenty-four sets and 77 fixtures, λ 0.002, u 0.25, default margin ln 5).
    expect([onB.rules, onB.decided]).toEqual([367, 380]);
    expect([onA.rules, onA.decided]).toEqual([367, 377]);
  });

  // Two articles the cue rules only default to and the model leans to report:
  // a reporter's feature on one official with no one event (tests/eval/README.md,
  // settled in the twenty-sixth session) and a police reminder. The committed
  // weights leave both article under the default margin; a refit that
  // overrules either turns a development case wrong.
  it.each([
    ['d20-utahskigirl-lantian-secretary-miaozhizhong-report', 'article'],
    ['w1-bazhou-police-lantern-festival-fireworks-article', 'article'],
  ])('decides %s an %s', (slug, type) => {
    const row = rows.find((r) => r.slug === slug)!;
    expect([row.rules, row.defaulted]).toEqual(['article', true]);
    expect(row.expected).toBe(type);
    expect(judge([row], TYPE_WEIGHTS).decided).toBe(1);
  });
});

describe('leave one set out', { timeout: 120_000 }, () => {
  // Three sets of pages with the same structure: a conversation's turns and
  // exchange, no cue fired (the rules' article is their default). Two sets
  // call it an interview, the third a speech. Judged without its own set, the
  // third set's pages are read as interviews: a fit that saw them would not
  // be sure enough to overrule the default on all of them.
  const zero = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Row['features'];
  const page = (set: string, i: number, expected: Row['expected']): Row => ({
    slug: `${set}-${i}`,
    site: `${set}-${i}.example`,
    set,
    expected,
    rules: 'article',
    defaulted: true,
    features: { ...zero, turns: 0.6, exchange: 1 },
  });
  const rows = [
    ...[0, 1, 2, 3, 4, 5].map((i) => page('a', i, 'interview')),
    ...[0, 1, 2, 3, 4, 5].map((i) => page('b', i, 'interview')),
    ...[0, 1, 2, 3, 4, 5].map((i) => page('c', i, 'speech')),
  ];

  it('judges each set with a model fitted on the other sets only', () => {
    const result = leaveOneSetOut(rows);
    expect(result.map((r) => r.set)).toEqual(['a', 'b', 'c']);
    expect(result.map((r) => r.held.n)).toEqual([6, 6, 6]);
    expect(result.find((r) => r.set === 'c')!.held.decided).toBe(0);
    expect(result.find((r) => r.set === 'c')!.held.changes).toHaveLength(6);
    expect(result.find((r) => r.set === 'c')!.held.changes[0]).toMatch(/^c-0: article → interview \(expected speech/);
  });
});
