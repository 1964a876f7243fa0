// Ingest's results on disk (result-store.ts, thirty-eighth session): the steps
// over the whole batch read each result back by need instead of holding every
// one, and give what the in-memory steps give on the same results.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '../../core/cache/build-cache.ts';
import { learnableLines, removeLearnedBoilerplateStored, removeLearnedBoilerplateWith, render, type LearnedMemo, type Relearn } from '../../scripts/ingest/boilerplate.ts';
import { account, accountStored } from '../../scripts/ingest/merge.ts';
import { writeOutputs, type OutputDocument } from '../../scripts/ingest/output.ts';
import { ingestOne, type IngestResult } from '../../scripts/ingest/pipeline.ts';
import { factOf, ResultStore } from '../../scripts/ingest/result-store.ts';
import { reports, template } from './template-site.ts';
import { scratchStores } from './scratch-store.ts';

type Doc = Extract<IngestResult, { kind: 'document' }>;
const encode = (text: string) => new TextEncoder().encode(text);

// One county site whose four reports end in the same two template lines (template-site.ts),
// a report of another site that is a repost of the first, a lone one, and a quarantined file.
const inputs: IngestResult[] = [
  ...reports.map(([title, ...body], i) => ingestOne({ path: `qingfeng-county/${i}.txt`, bytes: encode([title, ...body, ...template].join('\n') + '\n') })),
  ingestOne({ path: 'elsewhere/0.txt', bytes: encode([...reports[0]!, '责任编辑：王芳'].join('\n') + '\n') }),
  ingestOne({ path: 'elsewhere/1.txt', bytes: encode('关于做好冬季防火工作的通知\n各乡镇人民政府：\n入冬以来，气候干燥，火灾隐患增多。为切实做好冬季防火工作，保障人民群众生命财产安全，现就有关事项通知如下。\n') }),
  ingestOne({ path: 'broken.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }),
];

const { scratch, storeOf } = scratchStores('ingest-mem-');
const loaded = (store: ResultStore) => Array.from({ length: store.length }, (_, i) => store.load(i));
const sourceOf = (store: ResultStore) => ({
  length: store.length,
  siteAt: (i: number) => {
    const kept = store.kept[i]!;
    return kept.kind === 'document' ? kept.site : undefined;
  },
  document: (i: number) => store.document(i),
  replace: (i: number, r: IngestResult) => store.replace(i, r),
});
const renderAll = async (relearn: Relearn[]) => relearn.map((r) => render(r.meta, r.blocks));

describe('ResultStore', () => {
  it('gives back each result as stored, keeps its kind, path, id and sketch, and reads a replaced text by its ref', () => {
    expect(inputs.map((r) => r.kind)).toEqual(['document', 'document', 'document', 'document', 'document', 'document', 'quarantined']);
    const store = storeOf(inputs);
    expect(loaded(store)).toEqual(inputs);
    const doc = inputs[0] as Doc;
    // Since the thirty-ninth session the kept part also holds the report's fields and its text's digest (oneingest)
    // and the short lines the learned templates count (ingestcpu3).
    const sha = (i: number) => createHash('sha256').update(store.text(i)).digest('hex');
    expect(store.kept[0]).toEqual({ kind: 'document', path: doc.path, id: doc.meta.id, site: 'qingfeng-county', sketch: Uint32Array.from(doc.sketch), lines: learnableLines(doc.blocks), fact: factOf(doc), sha: sha(0) });
    expect(store.kept[6]).toEqual({ kind: 'quarantined', path: 'broken.txt', reason: (inputs[6] as { reason: string }).reason, sha: sha(6) });
    const first = store.set(1, JSON.stringify(inputs[1]));
    const changed: Doc = { ...(inputs[1] as Doc), meta: { ...(inputs[1] as Doc).meta, id: 'replaced' } };
    store.replace(1, changed);
    expect(store.load(1)).toEqual(changed);
    expect((store.kept[1] as { id: string }).id).toBe('replaced');
    expect(JSON.parse(store.textAt(first.ref))).toEqual(inputs[1]);
    expect(first.bytes).toBe(Buffer.byteLength(JSON.stringify(inputs[1])));
    expect(() => store.document(6)).toThrow(/not a document/);
  });

  it('removes its file when closed', () => {
    const dir = scratch();
    const store = new ResultStore(1, dir);
    store.set(0, JSON.stringify(inputs[0]));
    expect(readdirSync(dir)).toHaveLength(1);
    store.close();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('the learned templates over the store', () => {
  /** A memo that logs its calls in order and remembers what it was given. */
  const logged = () => {
    const calls: string[] = [];
    const kept = new Map<string, string>();
    const memo: LearnedMemo = {
      get: (i, t) => (calls.push(`get ${i}`), kept.has(`${i}\0${t}`) ? (JSON.parse(kept.get(`${i}\0${t}`)!) as Doc) : undefined),
      set: (i, t, r) => (calls.push(`set ${i}`), void kept.set(`${i}\0${t}`, JSON.stringify(r))),
    };
    return { memo, calls };
  };

  it('leaves the store holding what removeLearnedBoilerplateWith gives, with the same patterns and memo calls in the same order', async () => {
    const plain = logged();
    const expected = await removeLearnedBoilerplateWith(inputs, plain.memo, renderAll);
    const stored = logged();
    const store = storeOf(inputs);
    // Chunks of one: every removal rendered and written back on its own.
    const asked: number[][] = [];
    const out = await removeLearnedBoilerplateStored(sourceOf(store), stored.memo, async (r) => (asked.push(r.map((x) => x.index)), renderAll(r)), 1);
    expect(out.learned).toEqual(expected.learned);
    expect(out.relearned).toBe(4);
    expect(asked).toEqual([[0], [1], [2], [3]]);
    expect(loaded(store)).toEqual(expected.results);
    expect(stored.calls).toEqual(plain.calls);
    // Again with every removal remembered: nothing rendered, the same results.
    const again = storeOf(inputs);
    const none = await removeLearnedBoilerplateStored(sourceOf(again), stored.memo, async (r) => (asked.push([-1]), renderAll(r)));
    expect(none.relearned).toBe(0);
    expect(asked).toHaveLength(4);
    expect(loaded(again)).toEqual(expected.results);
  });
});

describe('accountStored', () => {
  it('merges the same reposts into the same documents as account, in the same order', async () => {
    const cleaned = (await removeLearnedBoilerplateWith(inputs, undefined, renderAll)).results;
    const expected = account(structuredClone(cleaned));
    expect(expected.merged).toHaveLength(1);
    const store = storeOf(cleaned);
    const out = accountStored(store);
    expect(out.merged).toEqual(expected.merged);
    expect(out.quarantined).toEqual(expected.quarantined);
    expect(out.reposts).toEqual(expected.reposts);
    expect(out.documents.map((i) => store.load(i))).toEqual(expected.documents);
  });
});

describe('writeOutputs from a source', () => {
  const docs: OutputDocument[] = ['b', 'a', 'c'].map((id) => ({ meta: { id }, mdx: `---\nid: ${id}\n---\n\n${id}\n`, paragraphs: `{"id":"${id}"}\n` }));
  const from = (list: OutputDocument[], asked: number[]) => ({ length: list.length, at: (k: number) => (asked.push(k), structuredClone(list[k]!)) });

  it('writes what an array writes, and makes a document again only when one of its files changed (none held: a budget of 0)', async () => {
    const a = scratch();
    const b = scratch();
    expect(await writeOutputs(a, docs)).toMatchObject({ changed: 3, removed: 0 });
    const asked: number[] = [];
    expect(await writeOutputs(b, from(docs, asked), undefined, 0)).toMatchObject({ changed: 3, removed: 0 });
    const files = (dir: string) => readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]);
    expect(files(b)).toEqual(files(a));
    expect(asked.sort()).toEqual([0, 0, 1, 1, 2, 2]);
    const edited = docs.map((d) => (d.meta.id === 'a' ? { ...d, mdx: `${d.mdx}more\n` } : d)).slice(1);
    asked.length = 0;
    expect(await writeOutputs(b, from(edited, asked), undefined, 0)).toMatchObject({ changed: 1, removed: 1 });
    expect(await writeOutputs(a, edited)).toMatchObject({ changed: 1, removed: 1 });
    expect(asked.sort()).toEqual([0, 0, 1]);
    expect(files(b)).toEqual(files(a));
    expect(existsSync(path.join(b, 'b.mdx'))).toBe(false);
  });
});

describe('BuildCache entries given as functions', () => {
  it('reads and saves the text the function gives, as a string entry', async () => {
    const dir = scratch();
    const cache = await BuildCache.open<unknown>(dir, 'c', '');
    let asked = 0;
    cache.write('a'.repeat(64), () => (asked++, '{"x":1}'));
    cache.write('b'.repeat(64), '{"y":2}');
    expect(asked).toBe(0);
    expect(cache.read('a'.repeat(64))).toBe('{"x":1}');
    await cache.save();
    expect(readFileSync(path.join(dir, 'c.jsonl'), 'utf8')).toBe(`${'a'.repeat(64)}\t{"x":1}\n${'b'.repeat(64)}\t{"y":2}\n`);
    const again = await BuildCache.open<unknown>(dir, 'c', '');
    again.write('a'.repeat(64), () => '{"x":1}');
    again.write('b'.repeat(64), () => '{"y":3}');
    await again.save();
    // One line of three would be stale after an append: the file is written again from what this build used.
    expect(readFileSync(path.join(dir, 'c.jsonl'), 'utf8')).toBe(`${'a'.repeat(64)}\t{"x":1}\n${'b'.repeat(64)}\t{"y":3}\n`);
  });
});
