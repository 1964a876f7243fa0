// The floor: read every raw file and write it once, in one process, as any
// tool that reads a corpus and writes a result must at least do.
// usage: node scripts/bench/floor.ts SRC DST
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [src, dst] = process.argv.slice(2);
if (!src || !dst) throw new Error('usage: node scripts/bench/floor.ts SRC DST');
await rm(dst, { recursive: true, force: true });
await mkdir(dst, { recursive: true });
for (const name of await readdir(src)) await writeFile(path.join(dst, name), await readFile(path.join(src, name)));
