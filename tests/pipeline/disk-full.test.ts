// A full disk is an ordinary failure: on a small filesystem made for the test,
// ingest names the folder that filled up and how much it needed, removes what
// it staged, exits 1 and leaves the previous collection and report as they
// were; the build's output steps (OutputFiles) name the folder and leave the
// file they could not replace as it was.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiskFullError } from '../../core/fs/disk-full.ts';
import { OutputFiles } from '../../src/lib/output-files.ts';
import { smallFilesystem, type SmallFilesystem } from '../fixtures/disk-full/small-filesystem.ts';

const root = path.resolve(import.meta.dirname, '../..');
const cleanup: (() => void)[] = [];
afterAll(() => cleanup.reverse().forEach((release) => release()));

function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'disk-full-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function small(kilobytes: number): SmallFilesystem | undefined {
  const fs = smallFilesystem(kilobytes);
  if (fs) cleanup.push(fs.release);
  return fs;
}

function ingest(raw: string, out: string, report: string, cache: string) {
  return spawnSync(process.execPath, ['scripts/ingest/cli.ts', '--input', raw, '--output', out, '--report', report, '--quiet'], {
    cwd: root,
    env: { ...process.env, INGEST_CACHE_DIR: cache },
    encoding: 'utf8',
  });
}

/** name → [content, mtime] of every file in the folder. */
function snapshot(dir: string) {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, [readFileSync(path.join(dir, name), 'utf8'), statSync(path.join(dir, name)).mtimeMs]]));
}

/** The evaluation corpus's raw pages: some 40 real documents, far more text than the sample corpus. */
function addManyPages(raw: string): number {
  const cases = path.join(root, 'tests/eval/cases');
  let added = 0;
  for (const name of readdirSync(cases)) {
    const page = readdirSync(path.join(cases, name)).find((f) => f.startsWith('raw.'));
    if (!page) continue;
    cpSync(path.join(cases, name, page), path.join(raw, `${name}${path.extname(page)}`));
    added++;
  }
  return added;
}

describe('a full disk', () => {
  it('stops ingest naming the output folder and the space needed, with nothing staged left and the previous collection and report intact', { timeout: 120_000 }, () => {
    const fs = small(320);
    if (!fs) return;
    const work = scratch();
    const raw = path.join(work, 'raw');
    cpSync(path.join(root, 'content/raw'), raw, { recursive: true });
    const out = path.join(fs.dir, 'docs');
    const report = path.join(fs.dir, 'report.json');
    const cache = path.join(work, 'cache');
    const first = ingest(raw, out, report, cache);
    expect(first.status, first.stderr).toBe(0);
    const before = snapshot(out);
    const reportBefore = readFileSync(report, 'utf8');

    expect(addManyPages(raw)).toBeGreaterThan(20);
    const full = ingest(raw, out, report, cache);
    expect(full.status).toBe(1);
    const lines = full.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^ingest failed: no space left on device in ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: staging \\d+ changed documents needs \\d+\\.\\d (kB|MB) in \\d+ files; \\d+\\.\\d (kB|MB) and \\d+ files free there\\. Nothing staged was kept and the previous collection is as it was`));
    expect(existsSync(path.join(out, '.staging'))).toBe(false);
    expect(snapshot(out)).toEqual(before);
    expect(readFileSync(report, 'utf8')).toBe(reportBefore);
  });

  it('stops ingest naming the cache folder when the cache cannot be saved, before anything is written to the collection', { timeout: 120_000 }, () => {
    const fs = small(64);
    if (!fs) return;
    const work = scratch();
    const raw = path.join(work, 'raw');
    mkdirSync(raw);
    addManyPages(raw);
    const out = path.join(work, 'docs');
    const result = ingest(raw, out, path.join(work, 'report.json'), fs.dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^ingest failed: no space left on device in ${fs.dir}/[0-9a-f]{16}: saving \\d+ new entries to the ingest cache needs \\d+\\.\\d (kB|MB) in 1 file`));
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path.join(work, 'report.json'))).toBe(false);
    // No half-written temporary file left in the cache.
    const left = readdirSync(fs.dir, { recursive: true }).map(String);
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it("fails a build output step naming the folder, and leaves the file it could not replace as it was", { timeout: 60_000 }, async () => {
    const fs = small(128);
    if (!fs) return;
    const cache = scratch();
    const step = await OutputFiles.open(cache, 'step', fs.dir, ['idx']);
    await step.write('idx/a.json', 'A'.repeat(20_000));
    await step.finish();

    const next = await OutputFiles.open(cache, 'step', fs.dir, ['idx']);
    const error = await next.write('idx/a.json', 'B'.repeat(400_000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiskFullError);
    expect((error as Error).message).toMatch(new RegExp(`^no space left on device in ${fs.dir}/idx: writing idx/a\\.json \\(after 0 files, 0\\.0 MB, of this step\\) needs 392\\.0 kB in 1 file`));
    expect(readFileSync(path.join(fs.dir, 'idx/a.json'), 'utf8')).toBe('A'.repeat(20_000));
    expect(readdirSync(path.join(fs.dir, 'idx'))).toEqual(['a.json']);
  });
});
