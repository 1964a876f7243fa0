// The paragraph record ingest writes beside each MDX file (core/paragraphs.ts)
// and the build reads instead of parsing the MDX: what it holds for each kind
// of block, that it reads as the MDX does, and that a record not written with
// its MDX is not used.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frontmatterOfRecord, parseParagraphs } from '../../core/paragraphs.ts';
import { writeOutputs } from '../../scripts/ingest/output.ts';
import { serialize } from '../../scripts/ingest/serialize.ts';
import type { Block, DocumentMeta } from '../../scripts/ingest/types.ts';
import { paragraphRecord } from '../../scripts/ingest/write-paragraphs.ts';
import { loadDocument, readDocument } from '../../src/lib/exports/paragraphs.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'paragraph-records-'));
  made.push(dir);
  return dir;
};

const meta: DocumentMeta = {
  id: '0123456789ab',
  title: '在全县安全生产工作会议上的讲话',
  titleSource: 'found',
  type: 'interview',
  date: '2021-03-05',
  dateKind: 'delivered',
  year: 2021,
  speakers: [{ name: '王明' }],
  people: [],
  source: { name: '县政府网' },
  raw: { path: 'a/b.html', sha256: 'f'.repeat(64), encoding: 'utf-8', script: 'simplified' },
  slogans: [],
  warnings: [],
  removed: [{ stage: 'chrome', rule: 'login', reason: 'login prompt', text: '登录 | 注册' }],
};

const blocks: Block[] = [
  { kind: 'paragraph', part: 'notice', text: '现将讲话印发给你们，请认真学习。', id: 'p-00000001' },
  { kind: 'heading', part: 'body', depth: 2, text: '一、提高认识', id: 'p-00000002' },
  { kind: 'paragraph', part: 'body', text: '联系人：***，电话 1234。', id: 'p-00000003' },
  { kind: 'turn', part: 'body', text: '请介绍一下今年的安排。', speaker: '记者', role: 'interviewer', id: 'p-00000004' },
  { kind: 'paragraph', part: 'closing', text: '2021年3月5日' },
];

describe('the paragraph record of a document', () => {
  const mdx = serialize(meta, blocks);
  const json = paragraphRecord(meta, blocks, mdx);

  it('holds each anchored block with its kind and the text the page shows, and the metadata without the cleaning log', () => {
    const record = parseParagraphs(json, mdx)!;
    expect(record.paragraphs).toEqual([
      { id: 'p-00000001', kind: 'paragraph', text: '现将讲话印发给你们，请认真学习。' },
      { id: 'p-00000002', kind: 'heading', text: '一、提高认识' },
      { id: 'p-00000003', kind: 'paragraph', text: '联系人：***，电话 1234。' },
      { id: 'p-00000004', kind: 'turn', text: '记者：请介绍一下今年的安排。' },
    ]);
    expect(record.meta).toEqual({
      id: '0123456789ab',
      title: '在全县安全生产工作会议上的讲话',
      titleSource: 'found',
      type: 'interview',
      date: '2021-03-05',
      dateKind: 'delivered',
      year: 2021,
      speakers: [{ name: '王明' }],
      people: [],
      source: { name: '县政府网' },
      raw: { path: 'a/b.html', sha256: 'f'.repeat(64), encoding: 'utf-8', script: 'simplified' },
      slogans: [],
      warnings: [],
    });
  });

  it('reads as the MDX reads: the same paragraphs and the same frontmatter', () => {
    const record = parseParagraphs(json, mdx)!;
    const parsed = readDocument(mdx);
    expect(record.paragraphs.map(({ id, text }) => ({ id, text }))).toEqual(parsed.paragraphs);
    const { removed: _removed, ...frontmatter } = parsed.data;
    expect(record.meta).toEqual(frontmatter);
  });

  it('holds the cleaning log outside the metadata, and with it the whole frontmatter for the content loader', () => {
    const record = parseParagraphs(json, mdx)!;
    expect(record.removed).toEqual([{ stage: 'chrome', rule: 'login', reason: 'login prompt', text: '登录 | 注册' }]);
    expect(frontmatterOfRecord(json, mdx)).toEqual(readDocument(mdx).data);
    expect(frontmatterOfRecord(json, mdx)).toEqual({ ...record.meta, removed: [{ stage: 'chrome', rule: 'login', reason: 'login prompt', text: '登录 | 注册' }] });
  });

  it('gives the content loader no frontmatter beside another MDX, when damaged, or from an older ingest (no cleaning log)', () => {
    expect(frontmatterOfRecord(json, mdx.replace('请认真学习', '请遵照执行'))).toBeUndefined();
    expect(frontmatterOfRecord(json.slice(0, -20), mdx)).toBeUndefined();
    expect(frontmatterOfRecord(undefined, mdx)).toBeUndefined();
    const { removed: _removed, ...older } = JSON.parse(json) as Record<string, unknown>;
    expect(frontmatterOfRecord(JSON.stringify(older), mdx)).toBeUndefined();
    // A record of an older ingest is still read by the indexes and exports.
    expect(parseParagraphs(JSON.stringify(older), mdx)?.meta).toEqual(parseParagraphs(json, mdx)!.meta);
  });

  it('is not used beside another MDX, nor when damaged', () => {
    expect(parseParagraphs(json, mdx.replace('请认真学习', '请遵照执行'))).toBeUndefined();
    expect(parseParagraphs(json.slice(0, -20), mdx)).toBeUndefined();
    expect(parseParagraphs(undefined, mdx)).toBeUndefined();
  });

  it('is written beside the MDX, and removed with it', async () => {
    const dir = folder();
    await writeOutputs(dir, [{ meta, mdx, paragraphs: json }]);
    expect(readdirSync(dir).sort()).toEqual(['0123456789ab.mdx', '0123456789ab.paragraphs.json']);
    expect(readFileSync(path.join(dir, '0123456789ab.paragraphs.json'), 'utf8')).toBe(json);
    expect(await writeOutputs(dir, [])).toMatchObject({ changed: 0, removed: 1 });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is what the build loads; an MDX file without a current record is parsed instead', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, '0123456789ab.mdx'), mdx);
    writeFileSync(path.join(dir, '0123456789ab.paragraphs.json'), json);
    const fromRecord = await loadDocument(dir, '0123456789ab');
    expect(fromRecord.fromRecord).toBe(true);
    expect(fromRecord.paragraphs[3]).toEqual({ id: 'p-00000004', kind: 'turn', text: '记者：请介绍一下今年的安排。' });

    const edited = mdx.replace('请介绍一下今年的安排。', '请谈谈明年的打算。');
    writeFileSync(path.join(dir, '0123456789ab.mdx'), edited);
    const stale = await loadDocument(dir, '0123456789ab');
    expect(stale.fromRecord).toBe(false);
    expect(stale.paragraphs[3]).toEqual({ id: 'p-00000004', text: '记者：请谈谈明年的打算。' });

    rmSync(path.join(dir, '0123456789ab.paragraphs.json'));
    expect((await loadDocument(dir, '0123456789ab')).fromRecord).toBe(false);
  });
});
