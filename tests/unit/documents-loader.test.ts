// The documents collection's loader (src/lib/documents-loader.ts): entries hold
// the frontmatter and the derived excerpt, never the body or its HTML (Astro
// saves and bundles every entry on every build); unchanged files are skipped.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderedDocuments } from '../../src/lib/documents-loader.ts';
import { expectDocuments } from '../../src/lib/glossary-early.ts';
import { serialize } from '../../scripts/ingest/serialize.ts';
import { paragraphRecord } from '../../scripts/ingest/write-paragraphs.ts';
import { minimalMeta } from '../fixtures/serialize/meta.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
  body?: string;
  rendered?: unknown;
}

/** The part of Astro's LoaderContext the loader uses, with a store that keeps what it is given. */
function fakeContext(root: string) {
  const entries = new Map<string, Entry>();
  const parsed: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/.cache/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => void entries.set(entry.id, entry),
      keys: () => [...entries.keys()],
      entries: () => [...entries.entries()],
      delete: (id: string) => void entries.delete(id),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    logger: { warn: () => {} },
  } as unknown as LoaderContext;
  return { context, entries, parsed };
}

const mdx = (id: string, text: string) => serialize({ ...minimalMeta('speech'), id }, [{ kind: 'paragraph', part: 'body', text, id: 'p-00000001' }]);

let root = '';
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'loader-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('renderedDocuments loader', () => {
  it('stores the frontmatter and the excerpt, not the body, HTML or cleaning log', async () => {
    writeFileSync(path.join(root, 'aaaaaaaaaaaa.mdx'), mdx('aaaaaaaaaaaa', '要把全面从严治党要求落实到每一个支部、每一名党员。'));
    const { context, entries } = fakeContext(root);
    await renderedDocuments({ base: '.' }).load(context);
    const entry = entries.get('aaaaaaaaaaaa')!;
    expect(entry.data.title).toBe('测试');
    expect(entry.data.excerpt).toBe('要把全面从严治党要求落实到每一个支部、每一名党员。');
    expect(entry.filePath).toBe('aaaaaaaaaaaa.mdx');
    expect(entry.body).toBeUndefined();
    expect(entry.rendered).toBeUndefined();
    // The cleaning log is kept beside the store (src/lib/cleaning-log.ts), read by each page on its own.
    expect(entry.data).not.toHaveProperty('removed');
    expect(entry.data).not.toHaveProperty('warnings');
  });

  it('skips an unchanged file, reloads a changed one and drops a deleted one', async () => {
    const file = (id: string) => path.join(root, `${id}.mdx`);
    writeFileSync(file('aaaaaaaaaaaa'), mdx('aaaaaaaaaaaa', '第一篇文档的第一段文字内容。'));
    writeFileSync(file('bbbbbbbbbbbb'), mdx('bbbbbbbbbbbb', '第二篇文档的第一段文字内容。'));
    const { context, entries, parsed } = fakeContext(root);
    const loader = renderedDocuments({ base: '.' });
    await loader.load(context);
    writeFileSync(file('aaaaaaaaaaaa'), mdx('aaaaaaaaaaaa', '第一篇文档改过以后的第一段。'));
    rmSync(file('bbbbbbbbbbbb'));
    await loader.load(context);
    expect(parsed).toEqual(['aaaaaaaaaaaa', 'bbbbbbbbbbbb', 'aaaaaaaaaaaa']);
    expect([...entries.keys()]).toEqual(['aaaaaaaaaaaa']);
    expect(entries.get('aaaaaaaaaaaa')!.data.excerpt).toBe('第一篇文档改过以后的第一段。');
  });

  it('in a build, hands the slogans glossary its documents in the order getCollection gives them: by id, a new one among them', async () => {
    const file = (id: string) => path.join(root, `${id}.mdx`);
    const slot = (globalThis as Record<symbol, { build?: unknown; docs?: { id: string }[] }>)[Symbol.for('speech-archive:glossary-early')]!;
    delete slot.build;
    delete slot.docs;
    writeFileSync(file('bbbbbbbbbbbb'), mdx('bbbbbbbbbbbb', '第二篇文档的第一段文字内容。'));
    const { context, entries } = fakeContext(root);
    const loader = renderedDocuments({ base: '.' });
    await loader.load(context);
    // Outside a build nothing is kept.
    expect(slot.docs).toBeUndefined();
    writeFileSync(file('aaaaaaaaaaaa'), mdx('aaaaaaaaaaaa', '第一篇文档的第一段文字内容。'));
    try {
      expectDocuments(root, path.join(root, '.cache'));
      await loader.load(context);
      // The store holds the new entry last; Astro writes it sorted by id, and getCollection reads that.
      expect([...entries.keys()]).toEqual(['bbbbbbbbbbbb', 'aaaaaaaaaaaa']);
      expect(slot.docs!.map((d) => d.id)).toEqual(['aaaaaaaaaaaa', 'bbbbbbbbbbbb']);
    } finally {
      delete slot.build;
      delete slot.docs;
    }
  });

  it('refuses an excerpt written in the frontmatter, naming the file', async () => {
    const text = mdx('aaaaaaaaaaaa', '正文第一段的文字内容足够长。').replace('---\n', '---\nexcerpt: 伪造的摘要\n');
    writeFileSync(path.join(root, 'aaaaaaaaaaaa.mdx'), text);
    expect(readFileSync(path.join(root, 'aaaaaaaaaaaa.mdx'), 'utf8')).toContain('excerpt: 伪造的摘要');
    await expect(renderedDocuments({ base: '.' }).load(fakeContext(root).context)).rejects.toThrow(/aaaaaaaaaaaa\.mdx: excerpt is derived from the body/);
  });

  it('reads the frontmatter from the paragraph record written with the MDX, and the YAML when the record is stale or missing', async () => {
    const meta = { ...minimalMeta('speech'), id: 'aaaaaaaaaaaa' };
    const blocks = [{ kind: 'paragraph' as const, part: 'body' as const, text: '要把全面从严治党要求落实到每一个支部。', id: 'p-00000001' }];
    const text = serialize(meta, blocks);
    // A record whose title differs from the YAML's shows which of the two was read.
    const record = paragraphRecord({ ...meta, title: '记录里的标题' }, blocks, text);
    writeFileSync(path.join(root, 'aaaaaaaaaaaa.mdx'), text);
    writeFileSync(path.join(root, 'aaaaaaaaaaaa.paragraphs.json'), record);
    const fromRecord = fakeContext(root);
    await renderedDocuments({ base: '.' }).load(fromRecord.context);
    expect(fromRecord.entries.get('aaaaaaaaaaaa')!.data.title).toBe('记录里的标题');
    expect(fromRecord.entries.get('aaaaaaaaaaaa')!.data.excerpt).toBe('要把全面从严治党要求落实到每一个支部。');

    writeFileSync(path.join(root, 'aaaaaaaaaaaa.mdx'), text.replace('每一个支部', '每一名党员'));
    const stale = fakeContext(root);
    await renderedDocuments({ base: '.' }).load(stale.context);
    expect(stale.entries.get('aaaaaaaaaaaa')!.data.title).toBe('测试');
    expect(stale.entries.get('aaaaaaaaaaaa')!.data.excerpt).toBe('要把全面从严治党要求落实到每一名党员。');

    rmSync(path.join(root, 'aaaaaaaaaaaa.paragraphs.json'));
    const missing = fakeContext(root);
    await renderedDocuments({ base: '.' }).load(missing.context);
    expect(missing.entries.get('aaaaaaaaaaaa')!.data.title).toBe('测试');
  });
});
