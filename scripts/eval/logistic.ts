// L2-regularised logistic regression on sparse rows, by full-batch Adam.
// Hand-written: forty lines need no dependency, and the ingest evaluates the
// result as a dot product and a sigmoid without any trainer.
import { score, type SparseRow } from '../ingest/stages/chrome/line-model.ts';

export interface Fit {
  weights: number[];
  bias: number;
}

export function fitLogistic(rows: SparseRow[], labels: number[], dimension: number, options: { l2?: number; steps?: number; rate?: number } = {}): Fit {
  const { l2 = 0.01, steps = 600, rate = 0.05 } = options;
  const n = rows.length;
  const w = new Array<number>(dimension + 1).fill(0);
  const m = new Array<number>(dimension + 1).fill(0);
  const v = new Array<number>(dimension + 1).fill(0);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= steps; t++) {
    const grad = new Array<number>(dimension + 1).fill(0);
    const weights = w.slice(0, dimension);
    for (let r = 0; r < n; r++) {
      const error = score(weights, w[dimension]!, rows[r]!) - labels[r]!;
      const row = rows[r]!;
      for (let k = 0; k < row.index.length; k++) grad[row.index[k]!]! += (error * row.value[k]!) / n;
      grad[dimension]! += error / n;
    }
    for (let k = 0; k < dimension; k++) grad[k]! += l2 * w[k]!;
    for (let k = 0; k <= dimension; k++) {
      m[k] = b1 * m[k]! + (1 - b1) * grad[k]!;
      v[k] = b2 * v[k]! + (1 - b2) * grad[k]! ** 2;
      w[k]! -= (rate * (m[k]! / (1 - b1 ** t))) / (Math.sqrt(v[k]! / (1 - b2 ** t)) + eps);
    }
  }
  return { weights: w.slice(0, dimension), bias: w[dimension]! };
}
