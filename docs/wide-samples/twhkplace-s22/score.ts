import { readFileSync, readdirSync } from 'node:fs';
const wt = process.env.WT ?? '/work/wt/twhkplace';
const { createFile, stages } = await import(`${wt}/scripts/ingest/pipeline.ts`);
const dir = '/tmp/s22/twhkplace/sample';
const labels = JSON.parse(readFileSync(`${dir}/labels.json`, 'utf8'));
const half = process.argv[2] ?? '';
let right = 0, n = 0, pages = 0, pagesRight = 0;
for (const slug of Object.keys(labels).filter((s) => s.startsWith(half))) {
  const f = createFile({ path: `${dir}/${slug}/raw.txt`, bytes: readFileSync(`${dir}/${slug}/raw.txt`) });
  for (const s of stages) s(f);
  const r = f.data.meta.region;
  const got = { province: r?.province ?? null, city: r?.city ?? null, county: r?.county ?? null };
  const want = labels[slug];
  let ok = 0;
  for (const k of ['province', 'city', 'county'] as const) { n++; if (got[k] === want[k]) { right++; ok++; } }
  pages++; if (ok === 3) pagesRight++;
  console.log(ok === 3 ? 'OK  ' : 'MISS', slug, JSON.stringify(got), want.province, want.city ?? '');
}
console.log(`fields ${right}/${n}, pages ${pagesRight}/${pages}`);
