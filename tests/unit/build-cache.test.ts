import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildCache } from '../../core/cache/build-cache.ts';

const work = mkdtempSync(path.join(tmpdir(), 'build-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Opens the cache, asks for each input (computing its length on a miss), saves; returns what was computed. */
async function pass(dir: string, inputs: string[], version = 'v1') {
  const cache = await BuildCache.open<{ length: number }>(dir, 'step', version);
  const computed: string[] = [];
  const values = inputs.map((input) =>
    cache.get(cache.key(input), () => {
      computed.push(input);
      return { length: input.length };
    }),
  );
  await cache.save();
  return { values, computed, stats: cache.stats };
}

describe('build cache', () => {
  it('computes each input once, then serves it from the file', async () => {
    const dir = path.join(work, 'hits');
    const first = await pass(dir, ['甲', '乙乙', '丙丙丙']);
    expect(first.computed).toEqual(['甲', '乙乙', '丙丙丙']);
    const second = await pass(dir, ['甲', '乙乙', '丙丙丙', '丁']);
    expect(second.computed).toEqual(['丁']);
    expect(second.stats).toEqual({ hits: 3, misses: 1 });
    expect(second.values).toEqual([{ length: 1 }, { length: 2 }, { length: 3 }, { length: 1 }]);
  });

  it('misses every entry after a version change', async () => {
    const dir = path.join(work, 'version');
    await pass(dir, ['甲', '乙']);
    expect((await pass(dir, ['甲', '乙'], 'v2')).computed).toEqual(['甲', '乙']);
  });

  it('treats a damaged entry as a miss and writes it again', async () => {
    const dir = path.join(work, 'damaged');
    await pass(dir, ['甲', '乙']);
    const file = path.join(dir, 'step.jsonl');
    const [good, bad] = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, `${good}\n${bad!.slice(0, 70)}\ngarbage line\n`);
    const again = await pass(dir, ['甲', '乙']);
    expect(again.computed).toEqual(['乙']);
    expect((await pass(dir, ['甲', '乙'])).computed).toEqual([]);
  });

  it('keeps only the entries the last build asked for, and leaves no temporary file', async () => {
    const dir = path.join(work, 'prune');
    await pass(dir, ['甲', '乙', '丙']);
    await pass(dir, ['乙']);
    expect(readFileSync(path.join(dir, 'step.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['step.jsonl']);
    expect((await pass(dir, ['甲', '乙'])).computed).toEqual(['甲']);
  });

  it('writes and reads back entries larger than one write chunk, text intact', async () => {
    const dir = path.join(work, 'large');
    // Three entries of 3 Mi characters each: 9 Mi characters (27 MiB of UTF-8) is more than two 4 Mi-character chunks.
    const inputs = ['甲', '乙', '丙'].map((c) => c.repeat(3 << 20));
    await pass(dir, inputs);
    const again = await pass(dir, inputs);
    expect(again.computed).toEqual([]);
    expect(again.values).toEqual(inputs.map((input) => ({ length: input.length })));
  });

  it('appends what a build computed when the file holds little else, and leaves an unchanged file alone', async () => {
    const dir = path.join(work, 'append');
    const file = path.join(dir, 'step.jsonl');
    const inputs = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'];
    await pass(dir, inputs);
    const before = readFileSync(file, 'utf8');
    const mtime = statSync(file).mtimeMs;
    await pass(dir, inputs);
    expect(statSync(file).mtimeMs).toBe(mtime);
    // One input changed: its new entry is appended, the old one stays as one line in nine.
    const changed = [...inputs.slice(0, 7), '壬'];
    expect((await pass(dir, changed)).computed).toEqual(['壬']);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.trimEnd().split('\n')).toHaveLength(9);
    expect((await pass(dir, changed)).computed).toEqual([]);
  });

  it('starts a new line after an append that was cut off, losing only the cut entry', async () => {
    const dir = path.join(work, 'torn');
    const file = path.join(dir, 'step.jsonl');
    const inputs = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'];
    await pass(dir, inputs);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    // The last entry's line cut in the middle, as a killed append leaves it.
    writeFileSync(file, [...lines.slice(0, -1), lines.at(-1)!.slice(0, 70)].join('\n'));
    expect((await pass(dir, [...inputs, '壬'])).computed).toEqual(['辛', '壬']);
    expect((await pass(dir, [...inputs, '壬'])).computed).toEqual([]);
  });
});
