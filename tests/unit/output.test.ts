// Writing the documents: only changed ones rewritten, stale ones removed, other files left alone.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../scripts/ingest/output.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const doc = (id: string, mdx: string) => ({ meta: { id }, mdx });

describe('writeOutputs', () => {
  it('writes every document into a new folder', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'output-')), 'docs');
    made.push(path.dirname(dir));
    const docs = Array.from({ length: 50 }, (_, i) => doc(`d${i}`, `text ${i}\n`));
    expect(await writeOutputs(dir, docs)).toMatchObject({ changed: 50, removed: 0 });
    expect(readdirSync(dir).sort()).toEqual(docs.map((d) => `${d.meta.id}.mdx`).sort());
    for (const d of docs) expect(readFileSync(path.join(dir, `${d.meta.id}.mdx`), 'utf8')).toBe(d.mdx);
  });

  it('rewrites changed documents only, removes stale ones and leaves other files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'output-'));
    made.push(dir);
    writeFileSync(path.join(dir, 'same.mdx'), 'same\n');
    writeFileSync(path.join(dir, 'edited.mdx'), 'old\n');
    writeFileSync(path.join(dir, 'stale.mdx'), 'gone\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'not a document\n');
    utimesSync(path.join(dir, 'same.mdx'), 1000, 1000);
    const result = await writeOutputs(dir, [doc('same', 'same\n'), doc('edited', 'new\n'), doc('added', 'added\n')]);
    expect(result).toMatchObject({ changed: 2, removed: 1 });
    expect(readdirSync(dir).sort()).toEqual(['added.mdx', 'edited.mdx', 'notes.txt', 'same.mdx']);
    expect(readFileSync(path.join(dir, 'edited.mdx'), 'utf8')).toBe('new\n');
    expect(statSync(path.join(dir, 'same.mdx')).mtimeMs).toBe(1000 * 1000);
  });
});
