import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { extractSlogans } from '../../scripts/ingest/stages/slogans.ts';
import {
  candidatePhrasesIn,
  formulasIn,
  isFormula,
  isTrustedPair,
  mentions,
  normalizeSlogan,
} from '../../core/slogans/grammar.ts';
import { buildGlossary, slugOf, type GlossaryDoc, type SloganEntry } from '../../core/slogans/glossary.ts';
import { readEntry, writeEntries, writeGlossary, type GlossaryJobDoc } from '../../src/lib/glossary-store.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/slogans/${name}`, import.meta.url), 'utf8');

/** A file as the structure stage leaves it: one paragraph block per line. */
function fileWithParagraphs(text: string) {
  const file = createFile({ path: 'speech.txt', bytes: new TextEncoder().encode(text) });
  file.data.blocks = text
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ kind: 'paragraph', part: 'body', text: line }));
  return file;
}

describe('extractSlogans stage', () => {
  it('finds every numbered formula of a party-building speech, normalised, in order of first appearance', () => {
    const file = fileWithParagraphs(fixture('party-building-speech.txt'));
    extractSlogans(file);
    expect(file.data.meta.slogans).toEqual(JSON.parse(fixture('expected.json')));
  });

  it('leaves dates, idioms, enumerations, bare codes and one-count words in a county report alone', () => {
    const file = fileWithParagraphs(fixture('county-report.txt'));
    extractSlogans(file);
    expect(file.data.meta.slogans).toEqual(JSON.parse(fixture('county-report.expected.json')));
  });

  it('gives a document without formulas an empty list', () => {
    const file = fileWithParagraphs('会议强调，要以“钉钉子”精神抓好落实。\n全体与会人员参加了会议。');
    extractSlogans(file);
    expect(file.data.meta.slogans).toEqual([]);
  });
});

describe('quoted numbered formulas (rule 1)', () => {
  it.each([
    ['四个意识', true],
    ['7个能力', true],
    ['五早', true],
    ['双减', true],
    ['十二五', true],
    ['三严三实', true],
    ['三会一课', true],
    ['三评一定', true],
    ['一老一小', true],
    ['一手硬一手软', true],
    ['两手抓、两手硬', true],
    ['三亮三比三评', true],
    ['五个一批', true],
    ['三个离不开', true],
    ['一岗双责', true],
    ['双一流', true],
    ['一带一路', true],
    ['两个一百年', true],
    ['五位一体', true],
    ['十四五', true],
    // A count of one alone is a word; zero is emphasis; digits alone name nothing.
    ['一把手', false],
    ['一卡通', false],
    ['零容忍', false],
    ['885', false],
    ['1+N', false],
    // Sentences and titles are not slogans.
    ['三是要抓好党建，抓不好党建是失职', false],
    ['四个全面战略布局的实践与思考写作要点', false],
  ])('%s → %s', (phrase, expected) => {
    expect(isFormula(phrase)).toBe(expected);
  });

  it('reads all kinds of quotation marks', () => {
    expect(formulasIn('严格落实「三会一课」和‘三重一大’以及"四个意识"')).toEqual(['三会一课', '三重一大', '四个意识']);
  });

  it('keeps a count written before the quotation marks (rule 2)', () => {
    expect(formulasIn('推动三个“一以贯之”，实现五个“进一步提升”。')).toEqual(['三个一以贯之', '五个进一步提升']);
  });

  it('normalises full-width digits and drops quotes and spaces, keeping Arabic counts as written', () => {
    expect(normalizeSlogan('“７个 能力”')).toBe('7个能力');
    expect(formulasIn('提高“7个能力”与“七个能力”')).toEqual(['7个能力', '七个能力']);
  });
});

describe('unquoted pairs (rule 3)', () => {
  it.each([
    ['三严三实', true],
    ['四讲四有', true],
    ['三会一课', true],
    ['两学一做', true],
    ['五位一体', true],
    ['千方百计', false],
    ['一心一意', false],
    ['九死一生', false],
    ['十全十美', false],
    ['百发百中', false],
    ['四面八方', false],
    ['五湖四海', false],
    ['六月六日', false],
    ['三番五次', false],
  ])('%s → %s', (phrase, expected) => {
    expect(isTrustedPair(phrase)).toBe(expected);
  });

  it('finds trusted pairs in running text and leaves idioms and dates alone', () => {
    expect(formulasIn('二〇一五年六月六日，各单位千方百计践行三严三实，一心一意坚持三会一课。')).toEqual(['三严三实', '三会一课']);
  });
});

describe('candidate phrases (rule 4)', () => {
  it('offers short quoted phrases, not formulas, sentences, names in 《》 or redacted text', () => {
    const text = '对腐败“零容忍”，反对“花架子”，推进“健康*”建设，学习《关于“四个意识”的讲话》，做到“抓好党建是本职，抓不好是失职”，推行“三会一课”，抓“党建”。';
    expect(candidatePhrasesIn(text)).toEqual(['零容忍', '花架子']);
  });
});

describe('mentions', () => {
  it('finds a slogan written with or without quotes and with full-width digits', () => {
    expect(mentions('坚持践行三严三实要求', '三严三实')).toBe(true);
    expect(mentions('提升“７个能力”', '7个能力')).toBe(true);
    expect(mentions('三严和三实', '三严三实')).toBe(false);
  });
});

describe('buildGlossary', () => {
  const doc = (id: string, year: number | undefined, province: string | undefined, slogans: string[], texts: string[]): GlossaryDoc => ({
    id,
    title: `文档${id}`,
    year,
    province,
    slogans,
    paragraphs: texts.map((text, i) => ({ id: `p-${id}${i}`, text })),
  });
  const corpus = [
    doc('a', 2015, '山西省', ['三严三实'], ['要把“三严三实”作为基本行为准则。对违纪行为“零容忍”。', '反对“花架子”。']),
    doc('b', 2016, '江苏省', ['三严三实', '两个维护'], ['做到“两个维护”。践行三严三实，对腐败“零容忍”，发现一起查处一起。']),
    doc('c', undefined, '山西省', [], ['学习教育中，班子成员带头践行三严三实。']),
    doc('d', 2016, undefined, ['两手抓、两手硬'], ['坚持“两手抓、两手硬”。']),
  ];
  const glossary = buildGlossary(corpus);
  const entry = (s: string) => glossary.find((e) => e.slogan === s);

  it('counts every document that mentions a slogan, quoted or not, most documents first', () => {
    expect(glossary[0].slogan).toBe('三严三实');
    expect(entry('三严三实')?.documents.map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });

  it('promotes a quoted phrase only when more than one document quotes it', () => {
    expect(entry('零容忍')?.formula).toBe(false);
    expect(entry('零容忍')?.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(entry('花架子')).toBeUndefined();
  });

  it('gives first and last year, counts per year and provinces by document count', () => {
    const e = entry('三严三实')!;
    expect([e.firstYear, e.lastYear]).toEqual([2015, 2016]);
    expect([...e.byYear]).toEqual([[2015, 1], [2016, 1]]);
    expect(e.byRegion).toEqual([['山西省', 2], ['江苏省', 1]]);
  });

  it('links each mention to its paragraph with the sentence that holds it', () => {
    expect(entry('三严三实')?.documents[1].hits).toEqual([{ paragraphId: 'p-b0', sentence: '践行三严三实，对腐败“零容忍”，发现一起查处一起。' }]);
  });

  it('lists the slogans that share documents with one', () => {
    expect(entry('三严三实')?.cooccurring).toEqual([['零容忍', 2], ['两个维护', 1]]);
  });

  it('makes readable URL-safe slugs', () => {
    expect(entry('两手抓、两手硬')?.slug).toBe('两手抓-两手硬');
    expect(slugOf('7个能力')).toBe('7个能力');
  });

  it('reads back from the cache folder each entry as built, with a summary and a key per slogan (src/lib/glossary-store.ts)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glossary-'));
    try {
      const summaries = writeEntries(dir, glossary);
      const fd = openSync(path.join(dir, 'slogans-glossary.jsonl'), 'r');
      const read = summaries.map((s) => readEntry(fd, s.at));
      closeSync(fd);
      expect(read).toEqual(JSON.parse(JSON.stringify(glossary.map((e) => ({ ...e, byYear: 0 })))).map((e: object, i: number) => ({ ...e, byYear: glossary[i].byYear })));
      expect(summaries.map((s) => [s.slogan, s.slug, s.documentCount, [...s.byYear]])).toEqual(glossary.map((e) => [e.slogan, e.slug, e.documents.length, [...e.byYear]]));
      // A change to what a page shows changes its key; another entry's keys stay.
      const changed = writeEntries(dir, glossary.map((e, i) => (i === 0 ? { ...e, documents: e.documents.slice(1) } : e)));
      expect(changed.map((s) => s.key === summaries[changed.indexOf(s)].key)).toEqual(glossary.map((_, i) => i !== 0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rebuilds from cached parts equal to the whole glossary after a change, an addition and a deletion, reading only the changed files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glossary-inc-'));
    const root = path.resolve(import.meta.dirname, '../..');
    // Each document as an MDX file (no paragraph record: its body is parsed) and as the job names it, its digest the text's.
    let docs = new Map<string, GlossaryDoc>();
    const put = (d: GlossaryDoc) => {
      writeFileSync(path.join(dir, `${d.id}.mdx`), `---\nid: ${d.id}\n---\n\n${d.paragraphs.map((p) => `<Anchor id="${p.id}" />${p.text}`).join('\n\n')}\n`);
      docs.set(d.id, d);
    };
    const jobDoc = ({ paragraphs, ...d }: GlossaryDoc): GlossaryJobDoc => ({ ...d, file: path.join(dir, `${d.id}.mdx`), digest: JSON.stringify(paragraphs) });
    const incremental = async () => {
      const summaries = await writeGlossary({ root, cacheDir: dir, docs: [...docs.values()].map(jobDoc) });
      const fd = openSync(path.join(dir, 'slogans-glossary.jsonl'), 'r');
      try {
        return summaries.map((s) => readEntry(fd, s.at));
      } finally {
        closeSync(fd);
      }
    };
    const asJson = (entries: SloganEntry[]) => JSON.parse(JSON.stringify(entries.map((e) => ({ ...e, byYear: [...e.byYear] }))));
    const whole = () => asJson(buildGlossary([...docs.values()]));
    try {
      // d mentions 两学一做 unquoted: it is no slogan until a document names it as a formula.
      for (const d of corpus) put(d.id === 'd' ? { ...d, paragraphs: [...d.paragraphs, { id: 'p-d1', text: '推进两学一做常态化。' }] } : d);
      expect(asJson(await incremental())).toEqual(whole());
      // A change that adds no slogan reads that document alone: the others' files may be gone.
      put(doc('a', 2015, '山西省', ['三严三实'], ['要把“三严三实”作为基本行为准则。对违纪行为“零容忍”。', '反对“花架子”，践行三严三实。']));
      rmSync(path.join(dir, 'c.mdx'));
      const changed = asJson(await incremental());
      expect(changed).toEqual(whole());
      expect(changed.find((e: SloganEntry) => e.slogan === '三严三实').documents[0].hits).toHaveLength(2);
      put(corpus[2]!);
      // An added document makes 花架子 a slogan (two documents quote it) and brings a new formula that the unchanged d mentions.
      put(doc('e', 2017, '江苏省', ['两学一做'], ['不搞“花架子”，推进“两学一做”学习教育。']));
      const added = asJson(await incremental());
      expect(added).toEqual(whole());
      expect(added.find((e: SloganEntry) => e.slogan === '花架子').documents.map((d: { id: string }) => d.id)).toEqual(['a', 'e']);
      expect(added.find((e: SloganEntry) => e.slogan === '两学一做').documents.map((d: { id: string }) => d.id)).toEqual(['d', 'e']);
      // A deletion drops 花架子 again (one document quotes it) and 两个维护 (b alone had it).
      docs.delete('b');
      docs.delete('e');
      rmSync(path.join(dir, 'b.mdx'));
      const deleted = asJson(await incremental());
      expect(deleted).toEqual(whole());
      expect(deleted.map((e: SloganEntry) => e.slogan)).not.toContain('花架子');
      expect(deleted.map((e: SloganEntry) => e.slogan)).not.toContain('两个维护');
      // And an addition again after the set lost slogans: the parts searched for the smaller set gain the new ones.
      put(doc('f', 2018, '浙江省', [], ['坚持“零容忍”，力戒“花架子”。']));
      expect(asJson(await incremental())).toEqual(whole());
    } finally {
      docs = new Map();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
