// What a document page and the exports make of the shared-passages index: the
// marker in the paragraph (without touching the paragraph's text), the rows
// and the earlier document the provenance box names, the per-paragraph ids in
// the export records, and the characters a row highlights.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { anchors } from '../../scripts/ingest/stages/anchors.ts';
import { serialize } from '../../scripts/ingest/serialize.ts';
import type { Block, DocumentMeta } from '../../scripts/ingest/types.ts';
import { renderDocument } from '../../src/lib/document-html.ts';
import { splitFrontmatter } from '../../core/mdx/frontmatter.ts';
import { readDocument } from '../../src/lib/exports/paragraphs.ts';
import type { DocumentRecord } from '../../src/lib/exports/records.ts';
import { writeExports } from '../../src/lib/exports/write.ts';
import { OutputFiles } from '../../src/lib/output-files.ts';
import { entryOf, indexOf } from '../../src/lib/shared/build.ts';
import { sourceOf } from '../../src/lib/shared/format.ts';
import { differences } from '../../src/lib/shared/differences.ts';
import { withMarkers } from '../../src/lib/shared/markers.ts';
import { before, sharedView, type DocInfo } from '../../src/lib/shared/view.ts';
import { schemaValidator } from '../fixtures/exports/schema.ts';

const work = mkdtempSync(path.join(tmpdir(), 'shared-view-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Two model paragraphs of a province, taken over by a city (both) and a county (one), and a later county (one).
const ONE = '各级党组织要把学习贯彻党的二十大精神作为首要政治任务，浙江省卫生健康系统要组织开展全覆盖轮训，推动党员干部学深悟透、融会贯通、真信笃行。';
const TWO = '要持续深化清廉医院建设，聚焦药品耗材采购、基建项目、人事招聘等重点领域，健全廉政风险防控机制，坚决纠治医药购销和医疗服务领域不正之风。';
const OWN = '今年，我市将新建紧密型城市医疗集团两个，推动优质医疗资源下沉基层，让群众在家门口就能看好病。';

const DOCS: { id: string; date?: string; place: string; title: string; paragraphs: string[] }[] = [
  { id: 'a00000000001', date: '2022-11', place: '浙江省', title: '全省卫生健康系统学习贯彻党的二十大精神动员会讲话', paragraphs: [ONE, TWO] },
  { id: 'b00000000002', date: '2023-01-05', place: '湖州市', title: '全市卫生健康系统党建工作会议讲话', paragraphs: [ONE.replace('浙江省', '湖州市'), OWN, TWO] },
  { id: 'c00000000003', date: '2023-03-20', place: '德清县', title: '全县卫生健康系统党建工作会议讲话', paragraphs: [ONE.replace('浙江省', '德清县')] },
  { id: 'd00000000004', date: '2024', place: '安吉县', title: '全县清廉医院建设推进会讲话', paragraphs: [TWO.replace('人事招聘', '人员招聘')] },
];

function mdxOf(doc: (typeof DOCS)[number]): string {
  const file = createFile({ path: `${doc.id}.txt`, bytes: new Uint8Array() });
  file.data.blocks = doc.paragraphs.map((text): Block => ({ kind: 'paragraph', part: 'body', text }));
  anchors(file);
  const meta: DocumentMeta = {
    id: doc.id,
    title: doc.title,
    titleSource: 'found',
    type: 'speech',
    ...(doc.date ? { date: doc.date, dateKind: 'delivered' as const } : {}),
    region: { province: '浙江省' },
    speakers: [],
    people: [],
    source: {},
    raw: { path: `${doc.id}.txt`, sha256: doc.id.padEnd(64, '0'), encoding: 'utf-8', script: 'simplified' },
    slogans: [],
    warnings: [],
    removed: [],
  };
  return serialize(meta, file.data.blocks);
}

const files = new Map(DOCS.map((d) => [d.id, mdxOf(d)]));
const index = sourceOf(indexOf([...files.values()].map(entryOf)).index);
const info = (id: string): DocInfo | undefined => {
  const d = DOCS.find((x) => x.id === id);
  return d && { title: d.title, place: d.place, ...(d.date ? { date: d.date } : {}) };
};
const paraId = (doc: string, text: string) => readDocument(files.get(doc)!).paragraphs.find((p) => p.text === text)!.id;

describe('dates compared at the precision both have', () => {
  it('puts a month before a later day, and a year not before a day of the same year', () => {
    expect(before('2022-11', '2023-01-05')).toBe(true);
    expect(before('2023', '2023-03-20')).toBe(false);
    expect(before('2023-03-20', '2023')).toBe(false);
    expect(before(undefined, '2023')).toBe(false);
  });
});

describe('a document page’s shared passages', () => {
  const city = sharedView('b00000000002', '2023-01-05', index, info)!;

  it('marks each shared paragraph with the documents it also stands in, earliest first', () => {
    expect(city.markers.map((m) => m.para)).toEqual([paraId('b00000000002', ONE.replace('浙江省', '湖州市')), paraId('b00000000002', TWO)]);
    const [one, two] = city.markers;
    expect(one!.rows.map((r) => [r.doc, r.date, r.place])).toEqual([
      ['a00000000001', '2022-11', '浙江省'],
      ['c00000000003', '2023-03-20', '德清县'],
    ]);
    expect(one!.rows[0]!.para).toBe(paraId('a00000000001', ONE));
    expect(two!.rows.map((r) => r.doc)).toEqual(['a00000000001', 'd00000000004']);
    expect(two!.count).toBe(2);
    expect(city.documents).toBe(3);
  });

  it('names the earlier document it shares the most text with, and how much', () => {
    const shared = ONE.replace(/[，、。]/g, '').length + TWO.replace(/[，、。]/g, '').length;
    const all = shared + OWN.replace(/[，。]/g, '').length;
    expect(city.earlier).toMatchObject({ doc: 'a00000000001', title: DOCS[0]!.title, paragraphs: 2, chars: shared });
    expect(city.earlier!.share).toBeCloseTo(shared / all, 6);
    // The province's speech is the earliest: nothing earlier shares its text.
    expect(sharedView('a00000000001', '2022-11', index, info)!.earlier).toBeUndefined();
    // The later county shares one paragraph with the city and the province; the province's date is earlier, the text the same.
    expect(sharedView('c00000000003', '2023-03-20', index, info)!.earlier!.doc).toBe('a00000000001');
  });

  it('leaves out a document the collection no longer has', () => {
    const without = sharedView('b00000000002', '2023-01-05', index, (id) => (id === 'c00000000003' ? undefined : info(id)))!;
    expect(without.markers[0]!.rows.map((r) => r.doc)).toEqual(['a00000000001']);
    expect(without.documents).toBe(2);
  });

  it('has nothing for a document that shares no paragraph', () => {
    expect(sharedView('f00000000000', '2023', index, info)).toBeUndefined();
  });
});

describe('the marker in the paragraph', () => {
  const mdx = files.get('b00000000002')!;
  const html = renderDocument(splitFrontmatter(mdx, 'b00000000002.mdx').body, 'b00000000002.mdx');
  const marked = withMarkers(html, [{ para: paraId('b00000000002', TWO), count: 2 }]);
  const page = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;

  it('goes into its own paragraph, opens its list and leaves the paragraph’s text as it was', () => {
    const buttons = page(marked).querySelectorAll('button.shared-mark');
    expect(buttons).toHaveLength(1);
    const button = buttons[0]!;
    expect(button.getAttribute('popovertarget')).toBe(`shared-${paraId('b00000000002', TWO)}`);
    expect(button.getAttribute('aria-label')).toBe('另见于 2 篇文献');
    expect(button.textContent).toBe('');
    const paragraph = button.parentElement!;
    expect(paragraph.tagName).toBe('P');
    expect(paragraph.querySelector('a.anchor')!.id).toBe(paraId('b00000000002', TWO));
    expect(paragraph.textContent).toBe(TWO);
    expect(page(marked).body.textContent).toBe(page(html).body.textContent);
  });

  it('is an error for a paragraph the page does not have', () => {
    expect(() => withMarkers(html, [{ para: 'p-00000000', count: 1 }])).toThrow(/p-00000000/);
  });
});

describe('what differs', () => {
  it('marks the characters only here and only there, and keeps the rest', () => {
    expect(differences('湖州市卫生健康系统要组织开展全覆盖轮训', '德清县卫生健康系统要组织开展全覆盖轮训')).toEqual([
      { kind: 'here', text: '湖州市' },
      { kind: 'there', text: '德清县' },
      { kind: 'same', text: '卫生健康系统要组织开展全覆盖轮训' },
    ]);
  });
});

describe('the export records', () => {
  it('carry, per paragraph, the paragraphs it is shared with, and validate against the schema', async () => {
    const docs = path.join(work, 'docs');
    const out = path.join(work, 'out');
    mkdirSync(docs, { recursive: true });
    for (const [id, mdx] of files) writeFileSync(path.join(docs, `${id}.mdx`), mdx);
    const output = await OutputFiles.open(path.join(work, 'cache'), 'exports', out, ['data/documents']);
    await writeExports(docs, out, 'https://archive.example.org', output, index);
    const record = JSON.parse(readFileSync(path.join(out, 'data/documents/b00000000002.json'), 'utf8')) as DocumentRecord;
    expect(record.paragraphs.map((p) => p.shared)).toEqual([
      [`a00000000001#${paraId('a00000000001', ONE)}`, `c00000000003#${paraId('c00000000003', ONE.replace('浙江省', '德清县'))}`],
      undefined,
      [`a00000000001#${paraId('a00000000001', TWO)}`, `d00000000004#${paraId('d00000000004', TWO.replace('人事招聘', '人员招聘'))}`],
    ]);
    const validate = schemaValidator();
    for (const line of readFileSync(path.join(out, 'data/documents.jsonl'), 'utf8').trimEnd().split('\n')) {
      expect(validate(JSON.parse(line)), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
