// Scores a class sample (tests/fixtures/<dir>/labels.json) with the real
// ingest, one page at a time: fields, chrome left, kept lines lost. Prints
// per-case results and the totals of each half. Usage:
//   npx node scripts/eval/sample-score.ts tests/fixtures/govcatalogue-s35 [A|B]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestOne } from '../ingest/pipeline.ts';
import { chromeLeft, comparable, sameTitle } from './metrics.ts';
import type { Expected } from './cases.ts';

/** A sample page's hand label: the evaluation corpus's fields but speakers, the chrome it must lose and the lines it must keep. */
interface Label extends Omit<Expected, 'speakers'> {
  file: string;
  half: string;
  chrome: string[];
  keep: string[];
}

const [dir, only] = process.argv.slice(2);
const labels = JSON.parse(readFileSync(path.join(dir!, 'labels.json'), 'utf8')) as Label[];
const totals: Record<string, { cases: number; wrong: number; chrome: number; lost: number }> = {};
for (const l of labels) {
  if (only && l.half !== only) continue;
  const result = ingestOne({ path: `sample/${l.file}`, bytes: readFileSync(path.join(dir!, l.file)) });
  const t = (totals[l.half] ??= { cases: 0, wrong: 0, chrome: 0, lost: 0 });
  t.cases++;
  if (result.kind !== 'document') {
    console.log(`${l.file} | not a document: ${result.kind}`);
    t.wrong += 6;
    continue;
  }
  const m = result.meta;
  const body = result.blocks.map((b) => b.text).join('\n');
  const same = (a: string | null | undefined, b: string | null) => comparable(a ?? '') === comparable(b ?? '');
  const ok = {
    title: l.title === null ? m.titleSource === 'derived' : m.titleSource === 'found' && sameTitle(m.title, l.title),
    date: (m.date ?? null) === l.date,
    type: m.type === l.type,
    province: same(m.region?.province, l.province),
    city: same(m.region?.city, l.city),
    county: same(m.region?.county, l.county),
  };
  const left = chromeLeft(body, l.chrome);
  const lost = l.keep.filter((k) => !comparable(body).includes(comparable(k)));
  const wrong = Object.entries(ok).filter(([, v]) => !v).map(([k]) => k);
  t.wrong += wrong.length;
  t.chrome += left.length;
  t.lost += lost.length;
  const got = `title=${m.titleSource === 'derived' ? '(derived)' : m.title} date=${m.date ?? null} type=${m.type} region=${m.region?.province ?? '-'}/${m.region?.city ?? '-'}/${m.region?.county ?? '-'}`;
  console.log(`${l.half} ${l.file} | wrong: ${wrong.join(',') || '-'} | chrome ${left.length} ${JSON.stringify(left)} | lost ${lost.length}\n    ${got}`);
}
for (const [h, t] of Object.entries(totals)) console.log(`half ${h}: ${t.cases} cases, ${t.wrong} wrong fields, ${t.chrome} chrome left, ${t.lost} kept lines lost`);
