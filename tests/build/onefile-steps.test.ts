// The build steps that know unchanged files by their stat (core/fs/fingerprints.ts):
// the exports with their raw texts, and the phrase index. After a change, an
// addition and a deletion, a rebuild on the last build's cache and output
// writes what a whole build with an empty cache writes, file for file, and
// reads and decodes only the changed raw files.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeAllExports } from '../../src/integrations/exports.ts';
import { buildPhraseIndex } from '../../src/integrations/phrase-index.ts';
import { buildSharedPassages } from '../../src/lib/shared/build.ts';

// Every file read, to tell which files a rebuild reads. The mocks hold only in a
// project that isolates its test files (the unit project shares one module graph).
const reads = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const readFileSync = ((file: string, ...rest: unknown[]) => (reads.push(String(file)), (fs.readFileSync as (...a: unknown[]) => unknown)(file, ...rest))) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const readFile = ((file: string, ...rest: unknown[]) => (reads.push(String(file)), (fs.readFile as (...a: unknown[]) => unknown)(file, ...rest))) as typeof fs.readFile;
  return { ...fs, default: { ...fs, readFile }, readFile };
});

const repo = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(repo, 'tests/fixtures/site');
const work = mkdtempSync(path.join(tmpdir(), 'onefile-steps-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ADDED = '0147fd24a5a0';
const DELETED = '1f7277925fe4';
const CHANGED = '3de2bad140f5';
const RAW_CHANGED = 'fx_2019_qiyi.txt'; // 4a1f1b070638's raw file

/** Every file under `dir`, relative, with its bytes. */
function tree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'latin1')]));
}

async function steps(docs: string, raw: string, cache: string, out: string) {
  process.env.RAW_DIR = raw;
  await buildSharedPassages(docs, cache, repo);
  // What the exports and the phrase index read.
  reads.length = 0;
  const exported = await writeAllExports({ documentsDir: docs, outDir: out, cacheDir: cache, siteUrl: 'https://archive.example.org', version: 'test' });
  const indexed = await buildPhraseIndex({ documentsDir: docs, site: out, cacheDir: cache, version: 'test', perShard: 3 });
  return { exported, indexed };
}

describe('a one-file rebuild of the exports and the phrase index', () => {
  it('after a change, an addition and a deletion writes what a whole build writes, reading only the changed raw files', { timeout: 120_000 }, async () => {
    const docs = path.join(work, 'docs');
    const raw = path.join(work, 'raw');
    cpSync(path.join(fixtures, 'documents'), docs, { recursive: true });
    cpSync(path.join(fixtures, 'raw'), raw, { recursive: true });
    rmSync(path.join(docs, `${ADDED}.mdx`));
    // A stat vouches only for a file settled before the run began (core/fs/fingerprints.ts).
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    const cache = path.join(work, 'cache');
    const out = path.join(work, 'out');
    const first = await steps(docs, raw, cache, out);
    expect(first.exported.rawWritten).toBe(7);
    const kept = statSync(path.join(out, 'documents', '524e0a64f7ef', 'raw.txt')).mtimeMs;

    // Changed: one MDX's body, and another document's raw file (its MDX as it was); added and deleted: one document each.
    const changed = path.join(docs, `${CHANGED}.mdx`);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('。', '，全年工作取得新进展。'));
    writeFileSync(path.join(raw, RAW_CHANGED), readFileSync(path.join(raw, RAW_CHANGED), 'utf8') + '\n附件：工作安排表\n');
    cpSync(path.join(fixtures, 'documents', `${ADDED}.mdx`), path.join(docs, `${ADDED}.mdx`));
    rmSync(path.join(docs, `${DELETED}.mdx`));
    const again = await steps(docs, raw, cache, out);
    // Of the raw files and the MDX files, only the changed and added ones are read.
    const read = (dir: string, ext: string) => [...new Set(reads.filter((f) => f.startsWith(dir + path.sep) && f.endsWith(ext)).map((f) => path.basename(f)))].sort();
    expect(read(raw, '')).toEqual(['cq_2023_interview.txt', RAW_CHANGED]);
    expect(read(docs, '.mdx')).toEqual([`${ADDED}.mdx`, `${CHANGED}.mdx`]);
    // The changed raw file's text and the added document's; the changed MDX's raw file is unchanged.
    expect(again.exported.rawWritten).toBe(2);
    expect(statSync(path.join(out, 'documents', '524e0a64f7ef', 'raw.txt')).mtimeMs).toBe(kept);
    expect(readFileSync(path.join(out, 'documents', '4a1f1b070638', 'raw.txt'), 'utf8')).toContain('附件：工作安排表');

    const whole = await steps(docs, raw, path.join(work, 'cache-whole'), path.join(work, 'out-whole'));
    expect(whole.exported.rawWritten).toBe(7);
    expect(again.indexed.documents).toBe(7);
    const incremental = tree(out);
    const fresh = tree(path.join(work, 'out-whole'));
    expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [file, bytes] of fresh) expect(incremental.get(file), file).toBe(bytes);
    expect(incremental.has(`documents/${DELETED}/raw.txt`)).toBe(false);
  });

  it('writes nothing again when nothing changed', { timeout: 60_000 }, async () => {
    const docs = path.join(work, 'docs');
    const again = await steps(docs, path.join(work, 'raw'), path.join(work, 'cache'), path.join(work, 'out'));
    expect(again.exported.rawWritten).toBe(0);
    expect(again.exported.written).toBe(0);
  });
});
