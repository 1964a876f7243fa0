import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentJsonSchemaText } from '../../core/json-schema.ts';
import { documentRecordSchema } from '../../core/schema.ts';
import { schemaValidator } from '../fixtures/exports/schema.ts';

const committed = readFileSync(new URL('../../public/data/document.schema.json', import.meta.url), 'utf8');

describe('the published JSON Schema', () => {
  it('is the one the document contract generates (npm run schema writes it)', () => {
    expect(committed).toBe(documentJsonSchemaText());
  });

  it('accepts and refuses the same records as the zod contract', () => {
    const validate = schemaValidator();
    const url = 'https://archive.example.org/documents/a1b2c3d4e5f6/';
    const record = {
      id: 'a1b2c3d4e5f6',
      permalink: url,
      metadata: { title: '在全县卫生健康工作会议上的讲话', titleSource: 'found', type: 'speech', date: '2012-05', year: 2012, speakers: [{ name: '李明' }], slogans: ['三严三实'], warnings: [] },
      paragraphs: [{ id: 'p-0a1b2c3d-2', url: `${url}#p-0a1b2c3d-2`, text: '同志们：', shared: ['0f0e0d0c0b0a#p-99887766'] }],
      raw: { path: 'a/b.html', sha256: 'e'.repeat(64), encoding: 'gb18030', script: 'traditional' },
      source: { name: '某县人民政府网', url: 'http://www.example.gov.cn/a.html' },
    };
    const variants: [string, unknown][] = [
      ['valid', record],
      ['an anchor id of another shape', { ...record, paragraphs: [{ ...record.paragraphs[0], id: 'p-0a1b2c3' }] }],
      ['a date with a day but no month', { ...record, metadata: { ...record.metadata, date: '2012--05' } }],
      ['a field the contract does not know', { ...record, metadata: { ...record.metadata, mood: 'grave' } }],
      ['a year before 1949', { ...record, metadata: { ...record.metadata, year: 1900 } }],
      ['an empty shared list', { ...record, paragraphs: [{ ...record.paragraphs[0], shared: [] }] }],
      ['no raw provenance', { ...record, raw: undefined }],
    ];
    const verdicts = variants.map(([name, value]) => [name, validate(JSON.parse(JSON.stringify(value))), documentRecordSchema.safeParse(value).success]);
    expect(verdicts).toEqual([
      ['valid', true, true],
      ['an anchor id of another shape', false, false],
      ['a date with a day but no month', false, false],
      ['a field the contract does not know', false, false],
      ['a year before 1949', false, false],
      ['an empty shared list', false, false],
      ['no raw provenance', false, false],
    ]);
  });
});
