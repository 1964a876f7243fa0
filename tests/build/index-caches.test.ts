// The phrase index (in shards of a few documents) and the exports built with
// their caches are byte for byte what they are without them: with a cold
// cache, a warm one, and a warm one after one document was replaced. Both
// read the documents' paragraph records (the MDX is what the search e2e
// builds from); no page is read.
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

/** Writes the documents' MDX and paragraph records into a folder of their own, with an output folder; returns its name. */
async function site(name: string, docs: CorpusDoc[]): Promise<string> {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  await writeMdxCorpus(docs, path.join(dir, 'docs'));
  return dir;
}

/** Runs both integrations' build hooks on a copy of the site, in the order astro build does; returns the logged lines and the copy. */
async function build(siteDir: string, cacheDir: string, name: string): Promise<{ log: string[]; dist: string }> {
  const dist = path.join(work, `${name}-dist`);
  cpSync(path.join(siteDir, 'dist'), dist, { recursive: true });
  process.env.DOCUMENTS_DIR = path.join(siteDir, 'docs');
  const log: string[] = [];
  const logger = { info: (m: string) => log.push(m) } as unknown as AstroIntegrationLogger;
  const config = { root: pathToFileURL(`${repo}/`), cacheDir: pathToFileURL(`${cacheDir}/`), outDir: pathToFileURL(`${dist}/`), site: 'https://archive.example.org' };
  for (const integration of [phraseIndex({ shardDocuments: 16 }), dataExports()] as AstroIntegration[]) {
    type Hook = (options: unknown) => Promise<void> | void;
    await (integration.hooks['astro:config:done'] as Hook)({ config, logger });
    await (integration.hooks['astro:build:start'] as Hook)({ logger });
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
    // 62 documents, at most 16 a shard on average: 4 shards.
    expect(cold.log[0]).toMatch(new RegExp(`^${docs.length} documents in 4 shards \\(4 built, ${docs.length} documents tokenized\\)`));
    expect(warm.log[0]).toMatch(new RegExp(`^${docs.length} documents in 4 shards \\(0 built, 0 documents tokenized\\)`));
    expect(cold.log.join('\n')).toContain('(0 MDX files parsed for want of a paragraph record;');
    const output = outputOf(cold.dist);
    expect(output.size).toBeGreaterThan(docs.length * 2);
    expectSame(output, outputOf(warm.dist));
  });

  it('remove the per-document caches that earlier layouts left in the cache folder', async () => {
    const dir = await site('leftovers', docs.slice(0, 3));
    const cache = path.join(work, 'leftovers-cache');
    mkdirSync(cache, { recursive: true });
    const leftovers = ['exports.jsonl', 'phrase-index.jsonl', 'phrase-index.postings', 'phrase-index.0123456789abcdef.postings'];
    for (const name of leftovers) writeFileSync(path.join(cache, name), 'key\t{}\n');
    await build(dir, cache, 'leftovers');
    const kept = readdirSync(cache);
    for (const name of leftovers) expect(kept).not.toContain(name);
    // What the two steps keep now.
    expect(kept).toEqual(expect.arrayContaining(['exports.files.json', 'phrase-index', 'phrase-index.files.json']));
  });

  it('after one document is replaced, parse only it and give what a cold cache gives', async () => {
    const cache = path.join(work, 'changed-cache');
    await build(await site('before', docs), cache, 'before');
    const dir = await site('after', changedDocs);
    const warm = await build(dir, cache, 'after-warm');
    // Built again: the shard that lost the replaced document and the one the replacement joins; only the replacement is tokenized.
    expect(warm.log[0]).toMatch(new RegExp(`^${docs.length} documents in 4 shards \\(2 built, 1 documents tokenized\\)`));
    const cold = await build(dir, path.join(work, 'after-cold-cache'), 'after-cold');
    expectSame(outputOf(cold.dist), outputOf(warm.dist));
    expect(readFileSync(path.join(warm.dist, 'search/t/f00000000001.json'), 'utf8')).toContain('要持续巩固整改成果');
  });

  it('report a failure of the phrase index, which runs in a worker thread, as an error of the build', async () => {
    const dir = await site('failing', docs.slice(0, 3));
    // Not a folder of documents: the worker cannot list it.
    rmSync(path.join(dir, 'docs'), { recursive: true });
    await expect(build(dir, path.join(work, 'failing-cache'), 'failing')).rejects.toThrow(`phrase index: cannot read the documents folder ${path.join(dir, 'docs')}`);
  });
});
