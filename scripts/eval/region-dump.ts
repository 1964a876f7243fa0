// The region evidence of evaluation cases as JSON lines (one per case: the gathered evidence,
// the rules' region, the expected one), for scripts/eval/region-chooser.py.
// npx node scripts/eval/region-dump.ts OUT.jsonl tests/eval/<set>/*/
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createFile, stages } from '../ingest/pipeline.ts';
import { ancestorsOf, disambiguate, gather } from '../ingest/extract/region-evidence.ts';
import { furnitureAbove, ownArea, segmentsOf } from '../ingest/extract/region-segments.ts';
const out: string[] = [];
for (const dir of process.argv.slice(3)) {
  const raw = readdirSync(dir).find((f) => f.startsWith('raw.'))!;
  const file = createFile({ path: raw, bytes: readFileSync(path.join(dir, raw)) });
  try { for (const s of stages) s(file); } catch { out.push(JSON.stringify({ dir, quarantined: true })); continue; }
  const { meta, front, blocks, candidates, chromeLines } = file.data;
  const segments = segmentsOf(meta, front, blocks, candidates, chromeLines, furnitureAbove(file.data.removed));
  const own = ownArea(segments);
  const g = gather(segments, own);
  disambiguate(g.evidence);
  const ev = g.evidence.map((e) => ({ tier: e.tier, organ: e.organ, text: e.text, leading: !!e.leading, nested: !!e.nested, located: !!e.located, also: e.also ?? null, divs: e.divisions.map((d) => [d, ...ancestorsOf(d)].map((x) => x.name).reverse()) }));
  const expected = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')).expected;
  const site = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')).site;
  out.push(JSON.stringify({ dir, site, type: meta.type, traditional: file.data.raw.script === 'traditional', own: [...own], region: meta.region ?? null, expected: { province: expected.province, city: expected.city, county: expected.county }, ev, msgs: file.messages.filter((m) => m.source === 'region').map((m) => `${m.ruleId} ${m.reason}`) }));
}
writeFileSync(process.argv[2]!, out.join('\n') + '\n');
