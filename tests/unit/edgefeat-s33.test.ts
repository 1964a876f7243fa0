// Chrome at the body's edges, the edge model's page features (thirty-third
// session, edgefeat). The class sample: 11 pages of 11 sites no evaluation set
// holds, stored page texts from the pages corpus, their chrome strings, body
// and fields written by hand from the raw before any run (NOTE.md of each says
// why). Half A (tests/fixtures/edges-s33a) was read; half B
// (tests/fixtures/edges-s33b) is only counted with
// `npm run eval -- --cases tests/fixtures/edges-s33b`, so here it is only
// checked for being well formed. Neither is among the edge model's fitted rows.
// Today's stages clean their edges already (docs/eval.md, thirty-third session).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile } from '../../scripts/ingest/pipeline.ts';

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

function sample(half: 'A' | 'B') {
  const folder = half === 'A' ? 'edges-s33a' : 'edges-s33b';
  const root = new URL(`../fixtures/${folder}/`, import.meta.url);
  return readdirSync(root).map((slug) => {
    const dir = new URL(`${slug}/`, root);
    const meta = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8'));
    const note = existsSync(new URL('NOTE.md', dir)) ? readFileSync(new URL('NOTE.md', dir), 'utf8') : '';
    const lines = readFileSync(new URL('expected.txt', dir), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const body = lines.filter((l) => !l.startsWith('# '));
    return { slug, meta, note, body, raw: readFileSync(new URL('raw.txt', dir)) };
  });
}

/** The page's text after every cleaning stage, the edge peel included. */
function cleaned(raw: Uint8Array): string {
  const file = createFile({ path: 'raw.txt', bytes: raw });
  for (const stage of cleaningStages) stage(file);
  return String(file.value);
}

describe('the edgefeat sample, half A, through the cleaning stages', { timeout: 120_000 }, () => {
  it.each(sample('A').map((c) => [c.slug, c] as const))('%s keeps every body line and loses its edge chrome', (_slug, c) => {
    const text = squeeze(cleaned(c.raw));
    for (const line of c.body) expect(text).toContain(squeeze(line));
  });

  it('yiding168: the channel label, the previous/next links, the engine logos and the browser prompt go in cleaning (the search box above the headline is left to the structure stage)', () => {
    const c = sample('A').find((s) => s.slug === 'yiding168-edgefeat-s33-report')!;
    const text = cleaned(c.raw);
    for (const chrome of ['党建动态', '上一篇', 'Baidu', 'sogou', '请升级浏览器版本']) expect(text).not.toContain(chrome);
  });
});

describe('the edgefeat sample is well formed', () => {
  it.each([...sample('A'), ...sample('B')].map((c) => [c.slug, c] as const))('%s: a source, a reason, no chrome string in its body', (_slug, c) => {
    expect(c.meta.url).toMatch(/^https?:\/\//u);
    expect(c.meta.origin).toBe(`pages:${c.meta.url}`);
    expect(c.note).toMatch(/half [AB]/u);
    expect(c.note).toMatch(/labelled by hand from the raw before any run: \S/u);
    const body = squeeze(c.body.join('\n'));
    for (const piece of c.meta.chrome as string[]) expect(body).not.toContain(squeeze(piece));
  });

  it('has six pages in half A and five in half B, eleven sites', () => {
    const all = [...sample('A'), ...sample('B')];
    expect(sample('A')).toHaveLength(6);
    expect(sample('B')).toHaveLength(5);
    expect(new Set(all.map((c) => c.meta.site)).size).toBe(11);
  });
});

