// The raw files' fingerprints: an unchanged file is known by its stat and not
// read again; a changed one (even to the same size) and one written just
// before the run that would have recorded it are read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RawFingerprints } from '../../scripts/ingest/fingerprints.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'fingerprints-'));
const raw = path.join(dir, 'raw');
const file = path.join(dir, 'files.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A run that began a minute from now: every file written so far had settled before it. */
const later = () => (BigInt(Date.now()) + 60_000n) * 1_000_000n;

describe('RawFingerprints', () => {
  it('reads every file once, then knows the unchanged ones by their stat', async () => {
    mkdirSync(raw);
    writeFileSync(path.join(raw, 'a.txt'), '关于做好冬季安全生产工作的通知\n');
    writeFileSync(path.join(raw, 'b.txt'), '县长在全县经济工作会议上的讲话\n');
    const first = await RawFingerprints.open(file, later());
    const a = await first.hash(raw, 'a.txt');
    const b = await first.hash(raw, 'b.txt');
    expect(first.read).toBe(2);
    expect(a.bytes?.toString('utf8')).toBe('关于做好冬季安全生产工作的通知\n');
    expect(a.sha256).not.toBe(b.sha256);
    await first.save();

    const second = await RawFingerprints.open(file, later());
    expect(await second.hash(raw, 'a.txt')).toEqual({ sha256: a.sha256 });
    expect(await second.hash(raw, 'b.txt')).toEqual({ sha256: b.sha256 });
    expect(second.read).toBe(0);
    await second.save();

    // The same number of bytes, other words: the stat still tells them apart.
    writeFileSync(path.join(raw, 'b.txt'), '市长在全市经济工作会议上的讲话\n');
    const third = await RawFingerprints.open(file, later());
    expect((await third.hash(raw, 'a.txt')).bytes).toBeUndefined();
    const changed = await third.hash(raw, 'b.txt');
    expect(third.read).toBe(1);
    expect(changed.bytes?.toString('utf8')).toBe('市长在全市经济工作会议上的讲话\n');
    expect(changed.sha256).not.toBe(b.sha256);
  });

  it('does not vouch for a file written just before the run that saw it', async () => {
    writeFileSync(path.join(raw, 'c.txt'), '区委书记在区委全会上的讲话\n');
    // This run began now: c.txt was written less than the racy margin before it.
    const run = await RawFingerprints.open(file);
    await run.hash(raw, 'c.txt');
    await run.save();
    const next = await RawFingerprints.open(file, later());
    expect((await next.hash(raw, 'c.txt')).bytes?.toString('utf8')).toBe('区委书记在区委全会上的讲话\n');
    expect(next.read).toBe(1);
  });

  it('reads every file when the saved fingerprints are damaged', async () => {
    writeFileSync(file, '{"files": {"a.txt": [1, 2');
    const run = await RawFingerprints.open(file, later());
    const a = await run.hash(raw, 'a.txt');
    expect(run.read).toBe(1);
    expect(a.bytes?.toString('utf8')).toBe('关于做好冬季安全生产工作的通知\n');
  });
});
