import { readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { mapConcurrently } from './src/lib/concurrently.ts';
const src = '/tmp/ing-new2';
const docs = readdirSync(src).map((n) => [n, readFileSync(`${src}/${n}`, 'utf8')] as const);
const big = readFileSync('/tmp/ing-cache3/' + readdirSync('/tmp/ing-cache3')[0] + '/results.jsonl');
for (const pre of [false, true, false, true]) {
  if (pre) { rmSync('/tmp/wbig', { force: true }); writeFileSync('/tmp/wbig', big); }
  const dir = `/tmp/wtest`; rmSync(dir, { recursive: true, force: true }); mkdirSync(`${dir}/.staging`, { recursive: true });
  const t = performance.now();
  await mapConcurrently(docs, 16, ([n, text]) => writeFile(`${dir}/.staging/${n}`, text));
  console.log(pre ? 'after big write' : 'plain', 'write', Math.round(performance.now() - t));
}
