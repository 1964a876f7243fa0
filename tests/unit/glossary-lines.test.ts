// The glossary's entry lines kept across builds (src/lib/glossary-lines.ts):
// what an entry's input key covers, and that a glossary written from kept
// lines is byte for byte the one written from scratch, keys and offsets included.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { candidatesOf, hitsIn, mergeGlossary, slogansMatcher, slogansOf, type GlossaryDoc, type HitsDoc } from '../../core/slogans/glossary.ts';
import { entryInputs, EntryLines, LINES_FILE, type InputDoc } from '../../src/lib/glossary-lines.ts';
import { GLOSSARY_FILE, writeEntries, writeGlossary, type GlossaryJobDoc } from '../../src/lib/glossary-store.ts';

const doc = (id: string, year: number | undefined, province: string | undefined, slogans: string[], texts: string[]): GlossaryDoc => ({
  id,
  title: `文档${id}`,
  ...(year ? { date: `${year}-03-01`, year } : {}),
  province,
  slogans,
  paragraphs: texts.map((text, i) => ({ id: `p-${id}${i}`, text })),
});

const corpus = [
  doc('a', 2015, '山西省', ['三严三实'], ['要把“三严三实”作为基本行为准则。对违纪行为“零容忍”。', '反对“花架子”。']),
  doc('b', 2016, '江苏省', ['三严三实', '两个维护'], ['做到“两个维护”。践行三严三实，对腐败“零容忍”，发现一起查处一起。']),
  doc('c', undefined, '山西省', [], ['学习教育中，班子成员带头践行三严三实。']),
  doc('d', 2016, undefined, ['两手抓、两手硬'], ['坚持“两手抓、两手硬”。', '不搞“花架子”。']),
  doc('e', 2017, '浙江省', ['两手抓、两手硬'], ['坚持两手抓、两手硬，“零容忍”。']),
];

/** What writeGlossary has before it writes: the documents with their hits (digest: the text), the entries, each entry's input key. */
function glossaryOf(docs: GlossaryDoc[], salt = 'set') {
  const { formulas, slogans } = slogansOf(docs.map((d) => ({ slogans: d.slogans, candidates: candidatesOf(d.paragraphs) })));
  const match = slogansMatcher(slogans);
  const hitsDocs: (HitsDoc & { digest: string })[] = docs.map(({ paragraphs, ...d }) => ({ ...d, hits: hitsIn(paragraphs, match), digest: JSON.stringify(paragraphs) }));
  return { entries: mergeGlossary(hitsDocs, formulas), inputs: entryInputs(hitsDocs, formulas, salt), hitsDocs, formulas };
}

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glossary-lines-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes the glossary into `dir` with the lines kept there (as writeGlossary does); the summaries, the file's bytes and how many lines were copied. */
async function written(dir: string, docs: GlossaryDoc[], reuse = true) {
  const { entries, inputs } = glossaryOf(docs);
  const kept = EntryLines.open(dir, GLOSSARY_FILE, 'v1');
  const summaries = reuse ? writeEntries(dir, entries, { inputs, kept }) : writeEntries(dir, entries);
  if (reuse) await kept.save(GLOSSARY_FILE);
  return { summaries, bytes: readFileSync(path.join(dir, GLOSSARY_FILE)), reused: kept.reused, entries };
}

describe('entryInputs', () => {
  it("changes only the keys of the slogans a changed document names or mentions, whatever its hits' order", () => {
    const before = glossaryOf(corpus).inputs;
    const changed = corpus.map((d) => (d.id === 'c' ? { ...d, paragraphs: [...d.paragraphs, { id: 'p-c9', text: '再谈三严三实。' }] } : d));
    const after = glossaryOf(changed).inputs;
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...after.keys()].filter((s) => after.get(s) !== before.get(s))).toEqual(['三严三实']);
    // The same hits in another order (a part searched for a smaller set, then for the added slogans) give the same keys.
    const { hitsDocs, formulas } = glossaryOf(corpus);
    const reversed = hitsDocs.map((d) => ({ ...d, hits: new Map([...d.hits].reverse()) }));
    expect(entryInputs(reversed, formulas, 'set')).toEqual(before);
    // Another slogan set (salt), another formula flag or another title changes the keys.
    expect([...entryInputs(hitsDocs, formulas, 'other').values()].some((k) => [...before.values()].includes(k))).toBe(false);
    expect(entryInputs(hitsDocs, new Set([...formulas].filter((s) => s !== '两个维护')), 'set').get('两个维护')).not.toBe(before.get('两个维护'));
    const retitled: InputDoc[] = hitsDocs.map((d) => (d.id === 'e' ? { ...d, title: '另一个标题' } : d));
    const titled = entryInputs(retitled, formulas, 'set');
    expect([...titled.keys()].filter((s) => titled.get(s) !== before.get(s)).sort()).toEqual(['两手抓、两手硬', '零容忍'].sort());
  });
});

describe('EntryLines', () => {
  it('writes, from the kept lines, the glossary a cold build writes: bytes, offsets and keys, after a change, an addition and a deletion', async () => {
    const dir = tempDir();
    const first = await written(dir, corpus);
    expect(first.reused).toBe(0);
    const steps: GlossaryDoc[][] = [
      corpus.map((d) => (d.id === 'c' ? { ...d, paragraphs: [...d.paragraphs, { id: 'p-c9', text: '再谈三严三实。' }] } : d)),
      [...corpus, doc('f', 2018, '浙江省', [], ['坚持“零容忍”，力戒“花架子”。'])],
      corpus.filter((d) => d.id !== 'b'),
    ];
    for (const docs of steps) {
      const again = await written(dir, docs);
      const cold = await written(tempDir(), docs, false);
      expect(again.bytes.equals(cold.bytes)).toBe(true);
      expect(again.summaries).toEqual(cold.summaries);
      expect(again.reused).toBeGreaterThan(0);
      expect(again.reused).toBeLessThan(again.entries.length);
    }
  });

  it('keeps nothing when the glossary file is not the one the lines were kept with, or the version differs', async () => {
    const dir = tempDir();
    await written(dir, corpus);
    const { entries, inputs } = glossaryOf(corpus);
    // The same entries again: every line is found.
    const same = EntryLines.open(dir, GLOSSARY_FILE, 'v1');
    expect(entries.every((e) => same.get(inputs.get(e.slogan)!, e.slug, '[]') !== undefined)).toBe(true);
    expect(entries.every((e) => EntryLines.open(dir, GLOSSARY_FILE, 'v2').get(inputs.get(e.slogan)!, e.slug, '[]') === undefined)).toBe(true);
    // Another file in its place (a build that stopped between writing it and its lines): nothing is copied from it.
    writeFileSync(path.join(dir, GLOSSARY_FILE), readFileSync(path.join(dir, GLOSSARY_FILE), 'utf8').replace(/三/g, '四'));
    const other = EntryLines.open(dir, GLOSSARY_FILE, 'v1');
    expect(entries.every((e) => other.get(inputs.get(e.slogan)!, e.slug, '[]') === undefined)).toBe(true);
    // A damaged lines file keeps nothing either.
    writeFileSync(path.join(dir, LINES_FILE), '{');
    expect(EntryLines.open(dir, GLOSSARY_FILE, 'v1').get(inputs.get('三严三实')!, 'x', '[]')).toBeUndefined();
  });

  it('gives the same answers through writeGlossary whether its lines are kept or not', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const docsDir = tempDir();
    const jobDoc = ({ paragraphs, ...d }: GlossaryDoc): GlossaryJobDoc => {
      writeFileSync(path.join(docsDir, `${d.id}.mdx`), `---\nid: ${d.id}\n---\n\n${paragraphs.map((p) => `<Anchor id="${p.id}" />${p.text}`).join('\n\n')}\n`);
      return { ...d, file: path.join(docsDir, `${d.id}.mdx`), digest: JSON.stringify(paragraphs) };
    };
    const warm = tempDir();
    await writeGlossary({ root, cacheDir: warm, docs: corpus.map(jobDoc) });
    const changed = corpus.map((d) => (d.id === 'a' ? { ...d, title: '新标题' } : d));
    const again = await writeGlossary({ root, cacheDir: warm, docs: changed.map(jobDoc) });
    const cold = tempDir();
    expect(again).toEqual(await writeGlossary({ root, cacheDir: cold, docs: changed.map(jobDoc) }));
    expect(readFileSync(path.join(warm, GLOSSARY_FILE)).equals(readFileSync(path.join(cold, GLOSSARY_FILE)))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(warm, LINES_FILE), 'utf8')).lines).toHaveLength(again.length);
  });
});
