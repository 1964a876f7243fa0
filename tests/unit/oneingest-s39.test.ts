// What the last ingest wrote (output.ts's Written): a document whose result
// digest and files' stats are as the last run left them is neither made nor
// read again; one whose digest changed, or whose file was edited by hand, is
// made and compared as without the state.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutputs, type OutputDocument } from '../../scripts/ingest/output.ts';
import { ResultStore } from '../../scripts/ingest/result-store.ts';

const work = mkdtempSync(path.join(tmpdir(), 'oneingest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const docOf = (id: string, text: string): OutputDocument => ({ meta: { id }, mdx: `---\nid: ${id}\n---\n${text}\n`, paragraphs: `{"id":"${id}"}\n` });

describe('writeOutputs over what the last run wrote', () => {
  it('makes only the documents whose digest or files changed', async () => {
    const dir = path.join(work, 'docs');
    let docs = [docOf('a', 'one'), docOf('b', 'two'), docOf('c', 'three')];
    let shas = ['sa', 'sb', 'sc'];
    const asked: number[] = [];
    const source = () => ({ length: docs.length, at: (k: number) => (asked.push(k), docs[k]!), known: (k: number) => ({ id: docs[k]!.meta.id, sha: shas[k]! }) });
    const first = await writeOutputs(dir, source());
    expect(first).toMatchObject({ changed: 3, removed: 0 });
    expect([...first.written.keys()].sort()).toEqual(['a.mdx', 'a.paragraphs.json', 'b.mdx', 'b.paragraphs.json', 'c.mdx', 'c.paragraphs.json']);

    asked.length = 0;
    const again = await writeOutputs(dir, source(), first.written);
    expect(again).toMatchObject({ changed: 0, removed: 0 });
    expect(asked).toEqual([]);

    // b's result changed (its digest), a's MDX was edited by hand, c was deleted.
    docs = [docOf('a', 'one'), docOf('b', 'two, changed')];
    shas = ['sa', 'sb2'];
    writeFileSync(path.join(dir, 'a.mdx'), 'edited by hand\n');
    asked.length = 0;
    const third = await writeOutputs(dir, source(), again.written);
    expect(third).toMatchObject({ changed: 2, removed: 1 });
    // Each changed document made once: its files are held from the comparison to the staging (ingestcpu3).
    expect(asked.sort()).toEqual([0, 1]);
    expect(readFileSync(path.join(dir, 'a.mdx'), 'utf8')).toBe(docs[0]!.mdx);
    expect(readFileSync(path.join(dir, 'b.mdx'), 'utf8')).toBe(docs[1]!.mdx);
    expect([...third.written.keys()].sort()).toEqual(['a.mdx', 'a.paragraphs.json', 'b.mdx', 'b.paragraphs.json']);

    // Without the state every document is made and compared, and nothing unchanged is written.
    asked.length = 0;
    expect(await writeOutputs(dir, source())).toMatchObject({ changed: 0, removed: 0 });
    expect(asked).toEqual([0, 1]);
  });
});

describe('a result stored from the kept index', () => {
  it('is the result set from its text, and a text that is not the one recorded is refused when read', () => {
    const store = new ResultStore(2, work);
    const json = JSON.stringify({ kind: 'quarantined', path: 'a.txt', reason: 'binary file' });
    store.set(0, json);
    const known = store.known(0);
    store.setKnown(1, () => json, known);
    expect(store.kept[1]).toEqual(store.kept[0]);
    expect(store.load(1)).toEqual(store.load(0));
    // A cache line damaged at the same length passes the kept index's check; its digest does not.
    store.setKnown(1, () => json.replace('binary', 'BINARY'), known);
    expect(() => store.load(1)).toThrow(/not what the kept index recorded/);
    store.close();
  });
});
