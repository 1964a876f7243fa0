// Scores a title class sample (tests/fixtures/<dir>/labels.json: file, half,
// title) with the real ingest, one page at a time: the title found, or a
// derived one where the label is null. Prints only the counts of a half unless
// asked for its cases, so that a held-back half can be counted without being
// read. Usage:
//   npx node scripts/eval/title-sample-score.ts tests/fixtures/titles-s36 A [--cases]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestOne } from '../ingest/pipeline.ts';
import { sameTitle } from './metrics.ts';

interface Label {
  file: string;
  half: string;
  title: string | null;
}

const [dir, half, flag] = process.argv.slice(2);
if (!dir || !half) throw new Error('usage: title-sample-score.ts DIR HALF [--cases]');
const labels = (JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Label[]).filter((l) => l.half === half);
let right = 0;
for (const label of labels) {
  const result = ingestOne({ path: label.file, bytes: readFileSync(path.join(dir, label.file)) });
  const found = result.kind === 'document' && result.meta.titleSource === 'found' ? result.meta.title : null;
  const ok = label.title === null ? found === null : found !== null && sameTitle(found, label.title);
  if (ok) right++;
  if (flag === '--cases') console.log(`${ok ? 'ok ' : 'BAD'} ${label.file}\t${JSON.stringify(found)}\t<- ${JSON.stringify(label.title)}`);
}
console.log(`half ${half}: ${right}/${labels.length} titles right`);
