// Ingest's steps after the files read fewer results back (thirty-ninth session,
// ingestcpu3): the learned templates count each document's short lines from
// the store's kept part and read back only the members holding a template
// line; the writing holds a changed document's files from the comparison to
// the staging within a budget. Each gives what it gave before.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnableLines, removeLearnedBoilerplateStored, removeLearnedBoilerplateWith, render, type Relearn } from '../../scripts/ingest/boilerplate.ts';
import { writeOutputs, type OutputDocument } from '../../scripts/ingest/output.ts';
import { ingestOne, type IngestResult } from '../../scripts/ingest/pipeline.ts';
import type { ResultStore } from '../../scripts/ingest/result-store.ts';
import { reports, template } from './template-site.ts';
import { scratchStores } from './scratch-store.ts';

type Doc = Extract<IngestResult, { kind: 'document' }>;
const encode = (text: string) => new TextEncoder().encode(text);

// One county site of six reports: four end in the same two template lines (template-site.ts), one is
// the same site's report without them, and one holds its template lines with NUL characters in a line.
const site = (i: number, lines: string[]) => ingestOne({ path: `qingfeng-county/${i}.txt`, bytes: encode(lines.join('\n') + '\n') });
const inputs: IngestResult[] = [
  ...reports.map((report, i) => site(i, [...report, ...template])),
  site(4, [...reports[0]!]),
  ingestOne({ path: 'broken.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }),
];

const { scratch, storeOf } = scratchStores('ingest-cpu-');
const renderAll = async (relearn: Relearn[]) => relearn.map((r) => render(r.meta, r.blocks));

/** The store as the batch reads it, with or without the kept lines, logging every document read back. */
function sourceOf(results: readonly IngestResult[], withLines: boolean) {
  const store = storeOf(results);
  const read: number[] = [];
  const kept = (i: number) => store.kept[i]!;
  return {
    store,
    read,
    source: {
      length: store.length,
      siteAt: (i: number) => (kept(i).kind === 'document' ? (kept(i) as { site: string }).site : undefined),
      document: (i: number) => (read.push(i), store.document(i)),
      ...(withLines ? { linesAt: (i: number) => (kept(i) as { lines?: string[] }).lines } : {}),
      replace: (i: number, r: IngestResult) => store.replace(i, r),
    },
  };
}
const loaded = (store: ResultStore) => Array.from({ length: store.length }, (_, i) => store.load(i));

describe('learnableLines', () => {
  it("gives each block's key where it could be a template line and '' elsewhere, and nothing for a key holding NUL", () => {
    const doc = inputs[0] as Doc;
    const lines = learnableLines(doc.blocks)!;
    expect(lines).toHaveLength(doc.blocks.length);
    // The template's lines are short and learnable; the report's paragraphs of argument are long.
    for (const line of template) expect(lines).toContain(line.replace(/\s+/gu, ''));
    // A line over a hundred characters and a stock line of speeches are never template lines.
    const block = doc.blocks[0]!;
    expect(learnableLines([{ ...block, text: '文'.repeat(101) }, { ...block, text: '谢谢大家！' }, { ...block, text: ' 责任 编辑 ' }])).toEqual(['', '', '责任编辑']);
    expect(learnableLines([{ ...doc.blocks[0]!, text: 'a\u0000b' }])).toBeUndefined();
    expect(learnableLines([])).toEqual([]);
  });
});

describe('the learned templates from the kept lines', () => {
  it('leave the store holding what the in-memory removal gives, reading back fewer documents', async () => {
    const expected = await removeLearnedBoilerplateWith(inputs, undefined, renderAll);
    const whole = sourceOf(inputs, false);
    const byLines = sourceOf(inputs, true);
    const a = await removeLearnedBoilerplateStored(whole.source, undefined, renderAll);
    const b = await removeLearnedBoilerplateStored(byLines.source, undefined, renderAll);
    expect(b).toEqual(a);
    expect(a.learned).toEqual(expected.learned);
    expect(loaded(byLines.store)).toEqual(expected.results);
    expect(loaded(whole.store)).toEqual(expected.results);
    // Without the lines every member is read to count and again to plan its drops; with them, the
    // report without template lines (4) is never read, and the others not to count.
    expect(whole.read.filter((i) => i === 4)).toHaveLength(2);
    expect(byLines.read).not.toContain(4);
    expect(byLines.read.length).toBeLessThan(whole.read.length);
  });

  it('count a document whose key holds NUL (here the one without template lines, never rendered) from its whole result', async () => {
    const odd = inputs.map((r, i) => (i === 4 ? { ...(r as Doc), blocks: [...(r as Doc).blocks, { ...(r as Doc).blocks.at(-1)!, text: 'x\u0000y' }] } : r));
    const whole = sourceOf(odd, false);
    const byLines = sourceOf(odd, true);
    expect(byLines.store.kept[4]).toMatchObject({ lines: undefined });
    expect(await removeLearnedBoilerplateStored(byLines.source, undefined, renderAll)).toEqual(await removeLearnedBoilerplateStored(whole.source, undefined, renderAll));
    expect(loaded(byLines.store)).toEqual(loaded(whole.store));
  });
});

describe('writeOutputs holding changed files', () => {
  const docs: OutputDocument[] = ['b', 'a', 'c'].map((id) => ({ meta: { id }, mdx: `---\nid: ${id}\n---\n\n${id}\n`, paragraphs: `{"id":"${id}"}\n` }));
  const from = (list: OutputDocument[], asked: number[]) => ({ length: list.length, at: (k: number) => (asked.push(k), structuredClone(list[k]!)) });
  const files = (dir: string) => readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]);
  const size = (d: OutputDocument) => Buffer.byteLength(d.mdx) + Buffer.byteLength(d.paragraphs!);

  it('makes each document once when its files fit the budget, again past it, and writes the same files', async () => {
    const a = scratch();
    const b = scratch();
    const c = scratch();
    expect(await writeOutputs(a, docs)).toMatchObject({ changed: 3, removed: 0 });
    const asked: number[] = [];
    expect(await writeOutputs(b, from(docs, asked))).toMatchObject({ changed: 3, removed: 0 });
    expect(asked).toEqual([0, 1, 2]);
    expect(files(b)).toEqual(files(a));
    // A budget for the first two documents' files: the third is made again to be staged.
    asked.length = 0;
    expect(await writeOutputs(c, from(docs, asked), undefined, size(docs[0]!) + size(docs[1]!))).toMatchObject({ changed: 3, removed: 0 });
    expect(asked.sort()).toEqual([0, 1, 2, 2]);
    expect(files(c)).toEqual(files(a));
  });
});
