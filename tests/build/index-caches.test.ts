// The phrase index and the exports built with their per-document caches
// (core/cache/build-cache.ts) are byte for byte what they are without them: with
// a cold cache, a warm one, and a warm one after one document was replaced.
// The pages are minimal stand-ins with what extract.ts reads; the MDX is what
// the search e2e builds from.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { dataExports } from '../../src/integrations/exports.ts';
import { phraseIndex } from '../../src/integrations/phrase-index.ts';
import { generateCorpus, type CorpusDoc } from '../fixtures/search/corpus.ts';
import { HANDWRITTEN } from '../fixtures/search/handwritten.ts';
import { writeMdxCorpus } from '../fixtures/search/write-mdx.ts';

const work = mkdtempSync(path.join(tmpdir(), 'index-caches-'));
/** The project root: its site code is what the caches are versioned by (core/cache/code-version.ts). */
const repo = path.resolve(import.meta.dirname, '../..');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const page = ({ meta, text }: CorpusDoc) =>
  `<!doctype html><html><body><article><script type="application/json" data-search-meta>${JSON.stringify(meta)}</script>` +
  `<h1>${escape(text.title)}</h1>${text.paragraphs.map(([id, t]) => `<p><a class="anchor" id="${id}" href="#${id}"></a>${escape(t)}</p>`).join('')}</article></body></html>`;

/** Writes the documents' pages and MDX into a folder of their own; returns its name. */
async function site(name: string, docs: CorpusDoc[]): Promise<string> {
  const dir = path.join(work, name);
  for (const doc of docs) {
    mkdirSync(path.join(dir, 'dist/documents', doc.meta.id), { recursive: true });
    writeFileSync(path.join(dir, 'dist/documents', doc.meta.id, 'index.html'), page(doc));
  }
  await writeMdxCorpus(docs, path.join(dir, 'docs'));
  return dir;
}

/** Runs both integrations' build:done hooks on a copy of the site, as astro build does; returns the logged lines and the copy. */
async function build(siteDir: string, cacheDir: string, name: string): Promise<{ log: string[]; dist: string }> {
  const dist = path.join(work, `${name}-dist`);
  cpSync(path.join(siteDir, 'dist'), dist, { recursive: true });
  process.env.DOCUMENTS_DIR = path.join(siteDir, 'docs');
  const log: string[] = [];
  const logger = { info: (m: string) => log.push(m) } as unknown as AstroIntegrationLogger;
  const config = { root: pathToFileURL(`${repo}/`), cacheDir: pathToFileURL(`${cacheDir}/`), site: 'https://archive.example.org' };
  for (const integration of [phraseIndex(), dataExports()] as AstroIntegration[]) {
    type Hook = (options: unknown) => Promise<void> | void;
    await (integration.hooks['astro:config:done'] as Hook)({ config, logger });
    await (integration.hooks['astro:build:done'] as Hook)({ dir: pathToFileURL(`${dist}/`), logger });
  }
  return { log, dist };
}

/** Every file under search/ and data/, by path. */
function outputOf(dist: string): Map<string, Buffer> {
  const files = ['search', 'data']
    .flatMap((top) => readdirSync(path.join(dist, top), { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dist, path.join(e.parentPath, e.name)))
    .sort();
  return new Map(files.map((f) => [f, readFileSync(path.join(dist, f))]));
}

function expectSame(a: Map<string, Buffer>, b: Map<string, Buffer>) {
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [file, bytes] of a) expect(bytes.equals(b.get(file)!), file).toBe(true);
}

const docs = [...generateCorpus(60), ...HANDWRITTEN];
const replaced = docs[7]!;
const replacement: CorpusDoc = {
  meta: { ...replaced.meta, id: 'f00000000001' },
  text: { ...replaced.text, paragraphs: [...replaced.text.paragraphs, ['p-ffffffff', '要持续巩固整改成果，确保各项要求落到实处。']] },
};
const changedDocs = docs.map((d) => (d === replaced ? replacement : d));

describe('per-document build caches', { timeout: 120_000 }, () => {
  it('give the same index and exports from a warm cache as from a cold one', async () => {
    const dir = await site('same', docs);
    const cache = path.join(work, 'same-cache');
    const cold = await build(dir, cache, 'cold');
    const warm = await build(dir, cache, 'warm');
    expect(cold.log.join('\n')).toMatch(new RegExp(`${docs.length} pages parsed, 0 cached[\\s\\S]*${docs.length} files parsed, 0 cached`));
    expect(warm.log.join('\n')).toMatch(new RegExp(`0 pages parsed, ${docs.length} cached[\\s\\S]*0 files parsed, ${docs.length} cached`));
    const output = outputOf(cold.dist);
    expect(output.size).toBeGreaterThan(docs.length * 2);
    expectSame(output, outputOf(warm.dist));
  });

  it('after one document is replaced, parse only it and give what a cold cache gives', async () => {
    const cache = path.join(work, 'changed-cache');
    await build(await site('before', docs), cache, 'before');
    const dir = await site('after', changedDocs);
    const warm = await build(dir, cache, 'after-warm');
    expect(warm.log.join('\n')).toMatch(new RegExp(`1 pages parsed, ${docs.length - 1} cached, 1 tokenized[\\s\\S]*1 files parsed, ${docs.length - 1} cached`));
    const cold = await build(dir, path.join(work, 'after-cold-cache'), 'after-cold');
    expectSame(outputOf(cold.dist), outputOf(warm.dist));
    expect(readFileSync(path.join(warm.dist, 'search/t/f00000000001.json'), 'utf8')).toContain('要持续巩固整改成果');
  });
});
