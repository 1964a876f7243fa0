// File-system side of ingest: listing raw inputs and writing documents so that
// an interrupted run never leaves a half-written file, and an unchanged document
// is not rewritten (its mtime stays, so incremental builds can skip it).
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface Report {
  input: string;
  inputs: number;
  documents: { id: string; path: string; title: string; warnings: number }[];
  merged: { path: string; into: string }[];
  quarantined: { path: string; reason: string }[];
}

/** Every regular file under `root`, relative, with forward slashes, in a stable order. */
export async function listInputs(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

export async function writeOutputs(dir: string, documents: { meta: { id: string }; mdx: string }[]) {
  await mkdir(dir, { recursive: true });
  const keep = new Set<string>();
  let changed = 0;
  for (const doc of documents) {
    const name = `${doc.meta.id}.mdx`;
    keep.add(name);
    const target = path.join(dir, name);
    const old = await readFile(target, 'utf8').catch(() => undefined);
    if (old === doc.mdx) continue;
    await writeAtomic(target, doc.mdx);
    changed++;
  }
  let removed = 0;
  for (const name of await readdir(dir)) {
    if ((name.endsWith('.mdx') && !keep.has(name)) || name.endsWith('.tmp')) {
      await unlink(path.join(dir, name));
      removed++;
    }
  }
  return { changed, removed };
}

export async function writeReport(file: string, report: Report): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeAtomic(file, JSON.stringify(report, null, 2) + '\n');
}
