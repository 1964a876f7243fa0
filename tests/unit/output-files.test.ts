// Writing a build step's files into the kept output folder (src/lib/output-files.ts):
// unchanged files are not rewritten, files no longer written are removed, and
// without the previous list (first or interrupted build) the step's folders start empty.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputFiles } from '../../src/lib/output-files.ts';

let work = '';
let out = '';
let cache = '';
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'output-files-'));
  out = path.join(work, 'dist');
  cache = path.join(work, 'cache');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function build(files: Record<string, string>) {
  const output = await OutputFiles.open(cache, 'step', out, ['idx']);
  for (const [file, content] of Object.entries(files)) await output.write(file, content);
  return output.finish();
}
const mtime = (file: string) => statSync(path.join(out, file)).mtimeMs;
const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

describe('OutputFiles', () => {
  it('writes everything the first time, emptying the folders it owns', async () => {
    mkdirSync(path.join(out, 'idx'), { recursive: true });
    writeFileSync(path.join(out, 'idx/old.bin'), 'from an unknown earlier build');
    writeFileSync(path.join(out, 'page.html'), 'not the step’s');
    expect(await build({ 'idx/a.bin': 'A', 'idx/sub/b.bin': 'B' })).toEqual({ written: 2, unchanged: 0, removed: 0 });
    expect(existsSync(path.join(out, 'idx/old.bin'))).toBe(false);
    expect(read('page.html')).toBe('not the step’s');
    expect(read('idx/sub/b.bin')).toBe('B');
  });

  it('leaves unchanged files alone, writes changed ones and removes the ones no longer written', async () => {
    await build({ 'idx/a.bin': 'A', 'idx/b.bin': 'B', 'idx/gone/c.bin': 'C' });
    // Dated back, so that any rewrite would show in the modification time.
    const before = new Date('2020-01-01T00:00:00Z');
    utimesSync(path.join(out, 'idx/a.bin'), before, before);
    expect(await build({ 'idx/a.bin': 'A', 'idx/b.bin': 'B2' })).toEqual({ written: 1, unchanged: 1, removed: 1 });
    expect(mtime('idx/a.bin')).toBe(before.getTime());
    expect(read('idx/b.bin')).toBe('B2');
    expect(existsSync(path.join(out, 'idx/gone'))).toBe(false);
  });

  it('writes a listed file again when it is missing from the output folder', async () => {
    await build({ 'idx/a.bin': 'A' });
    rmSync(out, { recursive: true });
    expect(await build({ 'idx/a.bin': 'A' })).toEqual({ written: 1, unchanged: 0, removed: 0 });
    expect(read('idx/a.bin')).toBe('A');
  });

  it('after an interrupted build (no list saved) writes everything again', async () => {
    await build({ 'idx/a.bin': 'A' });
    const output = await OutputFiles.open(cache, 'step', out, ['idx']);
    await output.write('idx/a.bin', 'half-built');
    // Stopped here: finish() never ran, so the next build cannot trust what idx/ holds.
    expect(await build({ 'idx/a.bin': 'A' })).toEqual({ written: 1, unchanged: 0, removed: 0 });
    expect(read('idx/a.bin')).toBe('A');
  });

  describe('link', () => {
    it('makes the output file a hard link to the cache’s file, listed and kept like a written one', async () => {
      mkdirSync(path.join(work, 'shard'), { recursive: true });
      const cached = path.join(work, 'shard', 'a.bin');
      writeFileSync(cached, 'A');
      const output = await OutputFiles.open(cache, 'step', out, ['idx']);
      await output.link('idx/a.bin', cached, 'A');
      expect(await output.finish()).toEqual({ written: 1, unchanged: 0, removed: 0 });
      expect(statSync(path.join(out, 'idx/a.bin')).ino).toBe(statSync(cached).ino);
      // The cache's folder replaced by a new one (as the phrase index replaces a shard's): the output keeps its bytes.
      rmSync(path.join(work, 'shard'), { recursive: true });
      expect(read('idx/a.bin')).toBe('A');
      expect(await build({ 'idx/a.bin': 'A' })).toEqual({ written: 0, unchanged: 1, removed: 0 });
    });

    it('replaces an output file by renaming, so a linked cache file is never written through it', async () => {
      const cached = path.join(work, 'a.bin');
      writeFileSync(cached, 'A');
      const output = await OutputFiles.open(cache, 'step', out, ['idx']);
      await output.link('idx/a.bin', cached, 'A');
      await output.finish();
      expect(await build({ 'idx/a.bin': 'A2' })).toEqual({ written: 1, unchanged: 0, removed: 0 });
      expect(read('idx/a.bin')).toBe('A2');
      expect(readFileSync(cached, 'utf8')).toBe('A');
    });

    it('writes the bytes where the cache’s file cannot be linked', async () => {
      const output = await OutputFiles.open(cache, 'step', out, ['idx']);
      await output.link('idx/a.bin', path.join(work, 'missing.bin'), 'A');
      expect(await output.finish()).toEqual({ written: 1, unchanged: 0, removed: 0 });
      expect(read('idx/a.bin')).toBe('A');
    });
  });
});
