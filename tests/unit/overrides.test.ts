import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestResult } from '../../scripts/ingest/pipeline.ts';
import { applyOverride, loadOverrides, parseOverride, unknownOverrideIds } from '../../scripts/ingest/stages/overrides.ts';
import type { DocumentMeta } from '../../scripts/ingest/types.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures/overrides');

type DocumentResult = Extract<IngestResult, { kind: 'document' }>;

/** A document as the pipeline leaves it: complete metadata. */
function finalized(meta: Partial<DocumentMeta>): DocumentResult {
  const full: DocumentMeta = {
    id: 'bc6bc5ffd707',
    title: '抓作风就是讲政治，抓作风就是谋发展，抓作风就是勇',
    titleSource: 'found',
    type: 'report',
    date: '2022-09-27',
    dateKind: 'published',
    year: 2022,
    speakers: [],
    source: { name: '徐州日报' },
    slogans: [],
    warnings: [],
    removed: [],
    raw: { path: 'fixture.txt', sha256: 'bc6bc5ffd707', encoding: 'utf-8', script: 'simplified' },
    ...meta,
  };
  return { kind: 'document', path: 'fixture.txt', meta: full, blocks: [{ kind: 'paragraph', part: 'body', text: '正文。' }], mdx: '', sketch: [], findings: [] };
}

describe('loadOverrides', () => {
  it('reads every .yml file in the folder, keyed by id, with only the fields given', async () => {
    const overrides = await loadOverrides(path.join(fixtures, 'valid'));
    expect([...overrides.keys()].sort()).toEqual(['87ba0c5429eb', 'bc6bc5ffd707']);
    expect(overrides.get('bc6bc5ffd707')).toEqual({
      file: path.join(fixtures, 'valid', 'bc6bc5ffd707.yml'),
      fields: {
        title: '抓作风就是讲政治 抓作风就是谋发展 抓作风就是勇担当',
        date: '2022-09-26',
        dateKind: 'published',
        source: { name: '徐州日报', authors: ['王任飞', '谈建荣'] },
      },
    });
  });

  it('reads a bare year as a date string', async () => {
    const overrides = await loadOverrides(path.join(fixtures, 'valid'));
    expect(overrides.get('87ba0c5429eb')?.fields.date).toBe('2023');
  });

  it('treats a missing folder as no overrides', async () => {
    expect((await loadOverrides(path.join(fixtures, 'no-such-folder'))).size).toBe(0);
  });

  it('rejects an unknown field, naming the file and the field', async () => {
    const loading = loadOverrides(path.join(fixtures, 'unknown-field'));
    await expect(loading).rejects.toThrow(/unknown-field[/\\]346064844494\.yml: .*speeker/);
  });

  it('rejects invalid YAML, naming the file', async () => {
    await expect(loadOverrides(path.join(fixtures, 'bad-yaml'))).rejects.toThrow(/bad-yaml[/\\]346064844494\.yml: invalid YAML/);
  });

  it('rejects a value of the wrong type, naming the file and the field', async () => {
    await expect(loadOverrides(path.join(fixtures, 'wrong-type'))).rejects.toThrow(/wrong-type[/\\]346064844494\.yml: speakers: /);
  });

  it('rejects a date that cannot exist', async () => {
    await expect(loadOverrides(path.join(fixtures, 'bad-date'))).rejects.toThrow(/346064844494\.yml: date: must be a real date/);
  });
});

describe('parseOverride', () => {
  it.each([
    ['empty', '', /x\.yml: empty override/],
    ['a list', '- title: x', /x\.yml: /],
    ['a bad enum', 'type: speach', /x\.yml: type: /],
    ['a bad region code', 'region: { province: 江苏省, code: "3203" }', /x\.yml: region\.code: must be a six-digit/],
    ['an unknown region field', 'region: { province: 江苏省, town: 鼓楼 }', /x\.yml: region: .*town/],
    ['a bad url', 'source: { url: not a url }', /x\.yml: source\.url: /],
    ['a field not open to correction', 'id: 0123456789ab', /x\.yml: .*id/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseOverride('x.yml', text)).toThrow(message);
  });
});

describe('unknownOverrideIds', () => {
  it('names the files of overrides for ids that no document has', async () => {
    const overrides = await loadOverrides(path.join(fixtures, 'valid'));
    expect(unknownOverrideIds(overrides, new Set(['bc6bc5ffd707', '346064844494']))).toEqual([path.join(fixtures, 'valid', '87ba0c5429eb.yml')]);
    expect(unknownOverrideIds(overrides, new Set(['bc6bc5ffd707', '87ba0c5429eb']))).toEqual([]);
  });
});

describe('applyOverride', () => {
  it('applies the fields, records them and recomputes the year', async () => {
    const overrides = await loadOverrides(path.join(fixtures, 'valid'));
    const result = applyOverride(finalized({}), overrides) as DocumentResult;
    expect(result.mdx).toContain('title: 抓作风就是讲政治 抓作风就是谋发展 抓作风就是勇担当');
    expect(result.meta).toMatchObject({
      title: '抓作风就是讲政治 抓作风就是谋发展 抓作风就是勇担当',
      date: '2022-09-26',
      year: 2022,
      type: 'report',
      source: { name: '徐州日报', authors: ['王任飞', '谈建荣'] },
      overridden: ['title', 'date', 'dateKind', 'source'],
    });
  });

  it('sets the year from an overridden date in another year', async () => {
    const overrides = await loadOverrides(path.join(fixtures, 'valid'));
    const result = applyOverride(finalized({ id: '87ba0c5429eb', date: '2022-08-30', year: 2022 }), overrides) as DocumentResult;
    expect(result.meta).toMatchObject({
      date: '2023',
      year: 2023,
      region: { province: '四川省', city: '绵阳市', county: '三台县', code: '510722' },
      speakers: [{ name: '张三', role: '县委书记' }],
      overridden: ['date', 'region', 'speakers'],
    });
  });

  it('leaves a document without an override untouched', async () => {
    const overrides = await loadOverrides(path.join(fixtures, 'valid'));
    const document = finalized({ id: '5c8cbe753877' });
    const before = structuredClone(document);
    expect(applyOverride(document, overrides)).toEqual(before);
  });
});
