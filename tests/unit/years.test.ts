import { describe, expect, it } from 'vitest';
import { groupByYear, histogram, yearOf, yearSpan } from '../../src/lib/years.ts';

const doc = (id: string, year?: number, date?: string) => ({ id, data: { year, date } });

describe('years', () => {
  const docs = [doc('a', 2023, '2023-11-20'), doc('b', undefined, '2019-07'), doc('c'), doc('d', 2012, '2012-05-29'), doc('e', 2023, '2023')];

  it('takes the year from the recorded year, else from the date', () => {
    expect(docs.map(yearOf)).toEqual([2023, 2019, undefined, 2012, 2023]);
  });

  it('groups newest year first, keeping the input order inside a year', () => {
    expect(groupByYear(docs).map((g) => [g.year, g.docs.map((d) => d.id)])).toEqual([
      [2023, ['a', 'e']],
      [2019, ['b']],
      [2012, ['d']],
    ]);
  });

  it('spans the first to the last known year', () => {
    expect(yearSpan(docs)).toEqual({ first: 2012, last: 2023 });
    expect(yearSpan([doc('x')])).toBeUndefined();
  });
});

describe('histogram', () => {
  it('draws one bar per year including empty years, the tallest at full height', () => {
    const chart = histogram([{ year: 2021, count: 2 }, { year: 2023, count: 4 }], { width: 300, height: 120, label: 20 });
    expect(chart.bars.map((b) => [b.year, b.count])).toEqual([[2021, 2], [2022, 0], [2023, 4]]);
    const [a, gap, c] = chart.bars;
    expect(gap!.height).toBe(0);
    expect(c!.height).toBeCloseTo(2 * a!.height);
    expect(c!.y + c!.height).toBe(chart.base);
    expect(c!.y).toBeGreaterThan(0);
    expect(c!.x + chart.barWidth).toBeLessThanOrEqual(300);
  });

  it('is empty without data', () => {
    expect(histogram([]).bars).toEqual([]);
  });
});
