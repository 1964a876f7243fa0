// Compares the output hashes of two bench runs already made, without running
// anything: node scripts/bench/compare.ts EARLIER_DIR LATER_DIR (bench run
// folders, or copies of their outputs-*.json). Exits 1 on any difference.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compareOutputs, type Outputs } from './outputs.ts';
import { formatComparison } from './report.ts';

const [earlier, later] = process.argv.slice(2);
if (!earlier || !later) throw new Error('usage: node scripts/bench/compare.ts EARLIER_DIR LATER_DIR');
const load = (dir: string, file: string) => (existsSync(path.join(dir, file)) ? (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Outputs) : undefined);
let compared = 0;
for (const [label, file] of [
  ['after the full build', 'outputs-full.json'],
  ['after the one-file incremental rebuild', 'outputs-incremental.json'],
] as const) {
  const a = load(earlier, file);
  const b = load(later, file);
  if (!a || !b) continue;
  const c = compareOutputs(a, b);
  console.log(formatComparison(label, c) + '\n');
  compared++;
  if (!c.sameInput || !c.identical) process.exitCode = 1;
}
if (!compared) throw new Error(`bench: no outputs-*.json present in both ${earlier} and ${later}`);
