// Rows for the type analysis: every development case and every wide-sample page,
// with the cue rules' scores and fired rules, the model's probabilities and the stage's decision.
// npx node scratch/type-wide/rows.ts > /tmp/s8-type-rows.json
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createFile, cleaningStages, metadataStages, structureStages } from '../../scripts/ingest/pipeline.ts';
import { classify, defaulted, typeInputs, typeOf } from '../../scripts/ingest/stages/classify.ts';
import { decideType, typeProbabilities } from '../../scripts/ingest/classify/model.ts';
import { readCases } from '../../scripts/eval/cases.ts';
import { DEVELOPMENT_SETS, setDir } from '../../scripts/eval/sets.ts';

const before = metadataStages.slice(0, metadataStages.indexOf(classify));
function row(set: string, slug: string, site: string, expected: string, name: string, bytes: Buffer) {
  const file = createFile({ path: name, bytes });
  for (const stage of [...cleaningStages, ...structureStages, ...before]) stage(file);
  const { scores, features, fired, doc } = typeInputs(file);
  const probs = typeProbabilities(features);
  const d = decideType(typeOf(scores), probs, defaulted(scores));
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return { set, slug, site, expected, rules: typeOf(scores), defaulted: defaulted(scores), decided: d.type, model: d.model, scores, fired: fired.map((f) => f.id), probs: Object.fromEntries(Object.entries(probs).map(([k, v]) => [k, r2(v)])), features: Object.fromEntries(Object.entries(features).filter(([, v]) => v !== 0).map(([k, v]) => [k, r2(v)])), headlines: doc.headlines, opening: doc.opening.slice(0, 2).map((s) => s.slice(0, 80)) };
}
const rows = [];
for (const set of DEVELOPMENT_SETS) {
  const dir = setDir(set);
  for (const c of await readCases(dir)) rows.push(row(set, c.slug, c.site, c.expected.type as string, path.basename(c.raw), await readFile(path.join(dir, c.raw))));
}
const here = path.dirname(new URL(import.meta.url).pathname);
for (const line of (await readFile(path.join(here, 'labels.tsv'), 'utf8')).split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [id, url, type] = line.split('\t');
  rows.push(row('wide', id!, new URL(url!).hostname, type!, `${id}.txt`, await readFile(path.join(here, 'pages', `${id}.txt`))));
}
console.log(JSON.stringify(rows, null, 1));
