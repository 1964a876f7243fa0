// The document route makes every page's shared-passage rows (sharedView with
// docInfo and the store's paragraphs) on every build, for the page's key: each
// document's info made once, each reference looked up once, and only the rows
// a page lists made must give the views the plain lookups gave.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refOf, sourceOf, type SharedIndex } from '../../src/lib/shared/format.ts';
import { docInfo, type InfoSource } from '../../src/lib/shared/info-of.ts';
import { SharedStore, SharedWriter } from '../../src/lib/shared/store.ts';
import { MAX_ROWS, sharedView, type DocInfo } from '../../src/lib/shared/view.ts';

const DOCS: InfoSource[] = [
  { id: 'a00000000001', data: { title: '全省卫生健康系统动员会讲话', date: '2022-11', region: { province: '浙江省' } } },
  { id: 'b00000000002', data: { title: '全市 "党建" 工作会议讲话\\n', date: '2023-01-05', region: { province: '浙江省', city: '湖州市' } } },
  { id: 'c00000000003', data: { title: '全县讲话', region: { province: '重庆市', city: '重庆市', county: '綦江区' } } },
  { id: 'd00000000004', data: { title: '无地区的讲话', date: '2024' } },
];
const ONE = '各级党组织要把学习贯彻党的二十大精神作为首要政治任务。';
const TWO = '要持续深化清廉医院建设，健全廉政风险防控机制。';
const INDEX: SharedIndex = {
  documents: {
    a00000000001: { chars: 60, paragraphs: { p1: { text: ONE, chars: 25, links: [refOf('b00000000002', 'p2'), refOf('c00000000003', 'p1'), refOf('e00000000005', 'p1')] } } },
    b00000000002: {
      chars: 80,
      paragraphs: {
        p2: { text: ONE, chars: 25, links: [refOf('a00000000001', 'p1'), refOf('c00000000003', 'p1')] },
        p3: { text: TWO, chars: 20, links: [refOf('d00000000004', 'p1')] },
      },
    },
    c00000000003: { chars: 25, paragraphs: { p1: { text: ONE, chars: 25, links: [refOf('a00000000001', 'p1'), refOf('b00000000002', 'p2')] } } },
    d00000000004: { chars: 20, paragraphs: { p1: { text: TWO, chars: 20, links: [refOf('b00000000002', 'p3')] } } },
  },
};
const source = sourceOf(INDEX);

/** docInfo as it was before it remembered each document's info. */
function plainInfo(docs: readonly InfoSource[]): (id: string) => DocInfo | undefined {
  return (id) => {
    const d = docs.find((doc) => doc.id === id)?.data;
    const place = d?.region && [d.region.province, ...(d.region.city && d.region.city !== d.region.province ? [d.region.city] : []), ...(d.region.county ? [d.region.county] : [])].join(' ');
    return d && { title: d.title, ...(d.date ? { date: d.date } : {}), ...(place ? { place } : {}) };
  };
}

describe('docInfo', () => {
  it("gives each document's info as the plain lookup does, made once and frozen", () => {
    const info = docInfo(DOCS);
    const plain = plainInfo(DOCS);
    for (const id of [...DOCS.map((d) => d.id), 'e00000000005']) {
      expect(info(id)).toEqual(plain(id));
      expect(info(id)).toBe(info(id));
    }
    expect(info('e00000000005')).toBeUndefined();
    expect(Object.isFrozen(info('a00000000001'))).toBe(true);
  });

  it('makes the same shared-passage views as the plain lookup, asked again and again', () => {
    const info = docInfo(DOCS);
    const plain = plainInfo(DOCS);
    for (let round = 0; round < 2; round++) {
      for (const doc of DOCS) expect(sharedView(doc.id, doc.data.date, source, info)).toEqual(sharedView(doc.id, doc.data.date, source, plain));
    }
  });
});

describe('a passage in more documents than a page lists', () => {
  // Document 000 shares one paragraph with 70 others; every seventh is not in the collection, and two links name a
  // paragraph the index does not hold.
  const others = Array.from({ length: 70 }, (_, n) => `x${String(n + 1).padStart(11, '0')}`);
  const inCollection = others.filter((_, n) => n % 7 !== 3);
  const docs: InfoSource[] = [{ id: 'x00000000000', data: { title: '本文', date: '2020' } }, ...inCollection.map((id, n) => ({ id, data: { title: `第${n}篇`, date: `20${10 + (n % 20)}` } }))];
  const index: SharedIndex = { documents: {} };
  const links = others.map((id, n) => refOf(id, n === 10 || n === 20 ? 'missing' : 'p1'));
  index.documents['x00000000000'] = { chars: 50, paragraphs: { p1: { text: ONE, chars: 25, links } } };
  for (const id of others) index.documents[id] = { chars: 25, paragraphs: { p1: { text: ONE, chars: 25, links: [refOf('x00000000000', 'p1')] } } };
  const valid = links.filter((ref, n) => inCollection.includes(others[n]!) && !ref.endsWith('#missing'));

  it('counts every link that stands and lists the first MAX_ROWS of them', () => {
    const view = sharedView('x00000000000', '2020', sourceOf(index), docInfo(docs))!;
    expect(valid.length).toBeGreaterThan(MAX_ROWS);
    expect(view.markers).toHaveLength(1);
    expect(view.markers[0]!.count).toBe(valid.length);
    expect(view.markers[0]!.rows.map((r) => refOf(r.doc, r.para))).toEqual(valid.slice(0, MAX_ROWS));
    expect(view.documents).toBe(valid.length);
    // The earliest-dated document it shares the most with: all share 25 characters, so the earliest date, then id.
    expect(view.earlier?.date).toBe('2010');
  });

  const work = mkdtempSync(path.join(tmpdir(), 'page-key-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  it('reads the same paragraphs from the store, asked once or many times', async () => {
    const writer = new SharedWriter(work);
    for (const id of Object.keys(index.documents).sort()) writer.add(id, index.documents[id]!);
    await writer.finish();
    const store = (await SharedStore.open(work))!;
    const held = sourceOf(index);
    for (let round = 0; round < 3; round++) {
      for (const ref of [...links, refOf('x00000000000', 'p1'), refOf('x00000000000', 'p2'), refOf('nothere', 'p1'), 'no-hash']) {
        const p = held.paragraph(ref);
        expect(store.paragraph(ref)).toEqual(p && { text: p.text, chars: p.chars });
      }
    }
    expect(sharedView('x00000000000', '2020', store, docInfo(docs))).toEqual(sharedView('x00000000000', '2020', held, docInfo(docs)));
    store.close();
  });
});
