import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anchors } from '../../scripts/ingest/stages/anchors.ts';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { serialize } from '../../scripts/ingest/serialize.ts';
import type { Block, DocumentMeta } from '../../scripts/ingest/types.ts';
import { BuildCache } from '../../core/cache/build-cache.ts';
import { writeExports } from '../../src/lib/exports/write.ts';
import { OutputFiles } from '../../src/lib/output-files.ts';
import { canonical, csvColumns, type DocumentRecord } from '../../src/lib/exports/records.ts';
import { interview, speech } from '../fixtures/exports/documents.ts';
import { schemaValidator } from '../fixtures/exports/schema.ts';

const SITE = 'https://archive.example.org';
const work = mkdtempSync(path.join(tmpdir(), 'exports-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Anchored and serialised exactly as ingest does it. */
function mdxOf(doc: { meta: DocumentMeta; blocks: Block[] }): string {
  const file = createFile({ path: doc.meta.raw.path, bytes: new Uint8Array() });
  file.data.blocks = structuredClone(doc.blocks);
  anchors(file);
  return serialize(doc.meta, file.data.blocks);
}

function exportOnce(name: string) {
  const docs = path.join(work, `${name}-docs`);
  const out = path.join(work, `${name}-out`);
  mkdirSync(docs, { recursive: true });
  for (const doc of [interview, speech]) writeFileSync(path.join(docs, `${doc.meta.id}.mdx`), mdxOf(doc));
  const summary = OutputFiles.open(path.join(work, `${name}-cache`), 'exports', out, ['data/documents']).then((output) => writeExports(docs, out, SITE, output));
  return { out, summary };
}

const first = exportOnce('a');
const read = (out: string, rel: string) => readFileSync(path.join(out, 'data', rel), 'utf8');
const records = async () => {
  await first.summary;
  return read(first.out, 'documents.jsonl').trimEnd().split('\n').map((l) => JSON.parse(l) as DocumentRecord);
};

describe('document records', () => {
  it('validate against the published JSON Schema', async () => {
    const validate = schemaValidator();
    for (const record of await records()) {
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('are sorted by id, one per line, each the same as its per-document JSON', async () => {
    const rs = await records();
    expect(rs.map((r) => r.id)).toEqual(['0f0e0d0c0b0a', 'a1b2c3d4e5f6']);
    for (const r of rs) expect(JSON.parse(read(first.out, `documents/${r.id}.json`))).toEqual(r);
    expect(readdirSync(path.join(first.out, 'data/documents')).sort()).toEqual(['0f0e0d0c0b0a.json', 'a1b2c3d4e5f6.json']);
  });

  it('give each paragraph its anchor id, its permanent URL and the text the page shows', async () => {
    const r = (await records()).find((x) => x.id === 'a1b2c3d4e5f6')!;
    expect(r.permalink).toBe('https://archive.example.org/documents/a1b2c3d4e5f6/');
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      '近日，本报记者专访了区卫生健康委党委书记、主任李明。',
      '记者：请您谈一谈如何推进“健康*”建设？',
      '李明：一是全面提高“7个能力”。二是推进“健康*”建设，办好群众身边事。',
    ]);
    for (const p of r.paragraphs) {
      expect(p.id).toMatch(/^p-[0-9a-f]{8}$/);
      expect(p.url).toBe(`${r.permalink}#${p.id}`);
    }
  });

  it('keep notice, headings, repeated paragraphs and closing lines, each with its own anchor', async () => {
    const r = (await records()).find((x) => x.id === '0f0e0d0c0b0a')!;
    expect(r.paragraphs.map((p) => p.text)).toEqual(speech.blocks.map((b) => b.text));
    expect(new Set(r.paragraphs.map((p) => p.id)).size).toBe(speech.blocks.length);
  });

  it('carry provenance and metadata but not the removed chrome', async () => {
    const r = (await records()).find((x) => x.id === 'a1b2c3d4e5f6')!;
    expect(r.raw).toEqual(interview.meta.raw);
    expect(r.source).toEqual(canonical(interview.meta.source));
    expect(r.metadata).toMatchObject({ type: 'interview', date: '2023-05-12', region: { province: '重庆市', county: '开州区' }, slogans: ['7个能力'] });
    // A warning keeps its rule id and stage beside the reason.
    expect(r.metadata.warnings).toEqual([{ reason: 'encoding damage replaced by □: "?lián)" in "推进?lián)合体建设"', ruleId: 'damage', source: 'damage' }]);
    expect(JSON.stringify(r)).not.toContain('热线');
  });
});

describe('determinism', () => {
  it('gives byte-identical files when the same documents are exported again', async () => {
    const second = exportOnce('b');
    await Promise.all([first.summary, second.summary]);
    for (const rel of ['documents.jsonl', 'documents.csv', 'documents/a1b2c3d4e5f6.json', 'documents/0f0e0d0c0b0a.json']) {
      expect(read(second.out, rel)).toBe(read(first.out, rel));
    }
  });

  it('gives the same files from its cache, reading only the documents whose MDX changed', async () => {
    await first.summary;
    const docs = path.join(work, 'cached-docs');
    const cacheDir = path.join(work, 'cached-cache');
    mkdirSync(docs, { recursive: true });
    for (const doc of [interview, speech]) writeFileSync(path.join(docs, `${doc.meta.id}.mdx`), mdxOf(doc));
    const run = async (out: string) => {
      const output = await OutputFiles.open(cacheDir, 'exports', out, ['data/documents']);
      return writeExports(docs, out, SITE, output, undefined, undefined, (group) => BuildCache.open(path.join(cacheDir, 'records'), group, 'test'));
    };
    // The fixtures have no paragraph record: a document read is a document parsed.
    expect((await run(path.join(work, 'cached-1'))).parsed).toBe(2);
    // The same output folder (files kept), then a new one (files written from the cache).
    for (const out of ['cached-1', 'cached-2']) {
      expect((await run(path.join(work, out))).parsed).toBe(0);
      for (const rel of ['documents.jsonl', 'documents.csv', 'documents/a1b2c3d4e5f6.json', 'documents/0f0e0d0c0b0a.json']) {
        expect(read(path.join(work, out), rel)).toBe(read(first.out, rel));
      }
    }
    writeFileSync(path.join(docs, `${speech.meta.id}.mdx`), mdxOf(speech).replace(/\n$/, '\n\n'));
    expect((await run(path.join(work, 'cached-2'))).parsed).toBe(1);
  });

  it('orders keys the same whatever order the frontmatter wrote them in', () => {
    expect(JSON.stringify(canonical({ b: 1, a: { d: 2, c: [{ f: 3, e: 4 }] }, z: undefined }))).toBe('{"a":{"c":[{"e":4,"f":3}],"d":2},"b":1}');
  });
});

describe('documents.csv', () => {
  it('is UTF-8 with a BOM, CRLF records and RFC 4180 quoting of commas and quotes', async () => {
    await first.summary;
    const csv = read(first.out, 'documents.csv');
    expect(csv.startsWith('\uFEFF' + csvColumns.join(',') + '\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two records, the empty string after the last CRLF
    expect(lines[1]).toContain(',"在全区卫生系统""创先争优""座谈会上的讲话",speech,2012-05-29,delivered,2012,新疆维吾尔自治区,,,650000,王强,');
    // Full-width commas and curly quotes are not CSV syntax: left unquoted.
    expect(lines[2]).toContain(',守初心、担使命，做群众健康“守门人”,interview,');
    expect(lines[2]).toContain(',李明（区卫生健康委党委书记、主任）,');
    expect(lines[2]).toContain(',news/kz-0512.html,');
  });
});
