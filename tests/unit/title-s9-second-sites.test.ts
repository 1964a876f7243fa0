// Round 1's title mechanisms of the ninth session on pages from sites other than the
// eval pages they were written from (tests/fixtures/titles-s9/README.md gives each page's
// source). Expected titles written by hand from the pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/titles-s9/${name}`, import.meta.url));
const title = (name: string) => {
  const result = ingestOne({ path: name, bytes: fixture(name) });
  return result.kind === 'document' ? { title: result.meta.title, source: result.meta.titleSource } : undefined;
};

describe('NAME在…上致辞 without 的 does not replace the headline above the date line', () => {
  it('keeps the headline over a fuller restatement above the salutation (cdsnsh.com)', () => {
    // 秘书长吕强在…上致辞 / 2021-10-25 / 新闻来源 / 查看次数 / 遂商联盟秘书长吕强在…上致辞 / 尊敬的各位领导…
    expect(title('cdsnsh-lvqiang.txt')).toEqual({ title: '秘书长吕强在广元市遂宁商会成立大会上致辞', source: 'found' });
  });
});
