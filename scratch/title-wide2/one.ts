// usage: npx node scratch/title-wide2/one.ts FILE... -> title, its source and the text's first lines
import { readFileSync } from 'node:fs';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
for (const f of process.argv.slice(2)) {
  const r = ingestOne({ path: f, bytes: readFileSync(f) });
  const meta = r.kind === 'document' ? r.meta : undefined;
  console.log('==', f, '\n title:', meta?.title, '| source:', meta?.titleSource);
  console.log(String(r.kind === 'document' ? (r as any).text ?? (r as any).body ?? '' : '').split('\n').slice(0, 4).map((l) => '  ' + l.slice(0, 80)).join('\n'));
}
