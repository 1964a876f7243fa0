// The Pagefind integration over real generated documents (the fixture site's
// corpus, copied): records given to Pagefind's Node API, written in shards
// into the cache and published under dist/pagefind/, and an incremental build
// that indexes only the shard of the one changed document.
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { indexShards, linkTree, pagefind, pagefindBinary, SHARD_LIST } from '../../src/integrations/pagefind.ts';
import { readDocument } from '../../src/lib/exports/paragraphs.ts';
import { shardCount, shardOf } from '../../src/lib/pagefind/shards.ts';

const FIXTURE = 'tests/fixtures/site/documents';
const PER_SHARD = 2;

// The timeout guards hangs only: each shard is a Pagefind process, indexed from a worker thread, seconds apiece on a loaded machine.
describe('pagefind integration', { timeout: 60_000 }, () => {
  const work = mkdtempSync(path.join(tmpdir(), 'pagefind-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const documents = path.join(work, 'documents');
  cpSync(FIXTURE, documents, { recursive: true });
  const site = path.join(work, 'dist');
  const ids = readdirSync(documents).map((n) => n.replace(/\.mdx$/, '')).sort();
  const count = shardCount(ids.length, PER_SHARD);
  const logs: string[] = [];
  const logger = { info: (m: string) => logs.push(m) } as unknown as AstroIntegrationLogger;

  const build = async () => {
    process.env.DOCUMENTS_DIR = documents;
    try {
      const hooks = pagefind({ shardDocuments: PER_SHARD }).hooks as Record<string, (options: unknown) => Promise<void> | void>;
      await hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(path.join(work, 'cache') + '/'), root: pathToFileURL(process.cwd() + '/') } });
      await hooks['astro:build:start']!({ logger });
      await hooks['astro:build:done']!({ dir: pathToFileURL(site + '/'), logger });
    } finally {
      delete process.env.DOCUMENTS_DIR;
    }
    return (JSON.parse(readFileSync(path.join(site, 'pagefind', SHARD_LIST), 'utf8')) as { shards: string[] }).shards;
  };
  /** The records of a published shard, from its fragments. */
  const records = (shard: string) =>
    readdirSync(path.join(site, 'pagefind', shard, 'fragment')).map(
      (f) => JSON.parse(gunzipSync(readFileSync(path.join(site, 'pagefind', shard, 'fragment', f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> },
    );
  const urlsOf = (shard: string) => records(shard).map((r) => r.url).sort();
  const expectedShards = () => {
    const byShard = new Map<number, string[]>();
    for (const id of ids) byShard.set(shardOf(id, count), [...(byShard.get(shardOf(id, count)) ?? []), `/documents/${id}/`]);
    return [...byShard].sort(([a], [b]) => a - b).map(([, urls]) => urls);
  };
  let first: string[] = [];

  it('indexes every document once, in the shards their ids give, with the meta and filters of its frontmatter', async () => {
    first = await build();
    expect(first.map(urlsOf)).toEqual(expectedShards());
    expect(logs.at(-1)).toMatch(new RegExp(`^indexed ${ids.length} documents in ${first.length} shards \\(${first.length} indexed, 0 kept\\)`));
    // Only what the word search loads: no Pagefind UI.
    expect(readdirSync(path.join(site, 'pagefind', first[0]!)).filter((f) => /ui|highlight/.test(f))).toEqual([]);
    // Published as hard links to the cache's bundle files, not copies of them.
    const published = (file: string) => statSync(path.join(site, 'pagefind', first[0]!, file));
    const cached = (file: string) => statSync(path.join(work, 'cache', 'pagefind', 'bundles', first[0]!, file));
    const fragment = readdirSync(path.join(site, 'pagefind', first[0]!, 'fragment'))[0]!;
    for (const file of ['pagefind-entry.json', path.join('fragment', fragment)]) expect(published(file).ino).toBe(cached(file).ino);
    const id = ids[0]!;
    const doc = readDocument(readFileSync(path.join(documents, `${id}.mdx`), 'utf8'));
    const data = doc.data as { title: string; year?: number; region?: { province: string } };
    const record = first.flatMap(records).find((r) => r.url === `/documents/${id}/`)!;
    expect(record.meta.title).toBe(data.title);
    expect(record.filters.year).toEqual([data.year ? String(data.year) : '年份不详']);
    expect(record.filters.province).toEqual([data.region?.province ?? '地区不详']);
    // The text is the title and the paragraphs, a space apart, with Pagefind's word breaks (zero-width spaces) between words.
    expect(record.content.replaceAll('\u200b', '')).toBe([data.title, ...doc.paragraphs.map((p) => p.text)].join(' '));
  });

  it("writes through Pagefind's CLI the same bundles, byte for byte, as through its Node API", async () => {
    const job = { documentsDir: documents, version: 'v', perShard: PER_SHARD };
    const cli = await indexShards({ ...job, cacheDir: path.join(work, 'by-cli'), via: 'cli' });
    const api = await indexShards({ ...job, cacheDir: path.join(work, 'by-api'), via: 'api' });
    expect(api.byCli).toBe(0);
    // Where the pages can be listed in id order (tmpfs) and the binary is there, every shard goes through the CLI.
    if (existsSync('/dev/shm') && pagefindBinary()) expect(cli.byCli).toBe(cli.plan.rebuild.length);
    const bundles = (dir: string) => {
      const root = path.join(work, dir, 'bundles');
      const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      return Object.fromEntries(files.map((e) => [path.relative(root, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name)).toString('base64')]));
    };
    const byApi = bundles('by-api');
    expect(Object.keys(byApi).length).toBeGreaterThan(cli.plan.shards.length * 5);
    expect(bundles('by-cli')).toEqual(byApi);
  });

  it("runs Pagefind's CLI on one worker thread, one shard at a time beside the pages and two at most after, and starts no shard after one fails", async () => {
    const real = pagefindBinary();
    if (!real || !existsSync('/dev/shm')) return;
    // A stand-in for the binary that notes each run's thread setting and how many runs are under way, then runs the real one.
    const dir = path.join(work, 'fake-cli');
    const running = path.join(dir, 'running');
    mkdirSync(running, { recursive: true });
    const log = path.join(dir, 'log');
    const fake = path.join(dir, 'pagefind');
    writeFileSync(
      fake,
      `#!/bin/sh\nmkdir "${running}/$$"\necho "$TOKIO_WORKER_THREADS $(ls "${running}" | wc -l)" >> "${log}"\n` +
        `if [ -n "$FAIL" ]; then rmdir "${running}/$$"; echo broken >&2; exit 3; fi\n"${real}" "$@"; rc=$?\nrmdir "${running}/$$"\nexit $rc\n`,
    );
    chmodSync(fake, 0o755);
    const job = { documentsDir: documents, version: 'v', perShard: PER_SHARD };
    const runs = () => readFileSync(log, 'utf8').trim().split('\n').map((line) => line.split(' ').map(Number) as [number, number]);
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = fake;
    try {
      const indexed = await indexShards({ ...job, cacheDir: path.join(work, 'by-fake-cli'), via: 'cli' });
      const shards = indexed.plan.rebuild.length;
      expect(indexed.byCli).toBe(shards);
      expect(runs().length).toBe(shards);
      expect(runs().every(([threads, atOnce]) => threads === 1 && atOnce >= 1 && atOnce <= 2)).toBe(true);

      // While the build's pages render (the flag not set) one shard at a time; with none left the indexing ends all the same.
      rmSync(log);
      const pagesDone = new Int32Array(new SharedArrayBuffer(4));
      const whilePages = await indexShards({ ...job, cacheDir: path.join(work, 'by-fake-cli-beside-pages'), via: 'cli', pagesDone });
      expect(runs().length).toBe(whilePages.plan.rebuild.length);
      expect(runs().every(([threads, atOnce]) => threads === 1 && atOnce === 1)).toBe(true);

      rmSync(log);
      process.env.FAIL = '1';
      await expect(indexShards({ ...job, cacheDir: path.join(work, 'by-failing-cli'), via: 'cli' })).rejects.toThrow(/Pagefind's CLI .* failed \(3\): broken/);
      // The shards started together fail; none starts after them.
      expect(runs().length).toBe(Math.min(2, availableParallelism(), shards));
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
      delete process.env.FAIL;
    }
  });

  it('links a folder tree file by file, the folders made anew', () => {
    const from = path.join(work, 'tree');
    mkdirSync(path.join(from, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(from, 'top.json'), '{}');
    writeFileSync(path.join(from, 'a', 'b', 'deep.pf_fragment'), 'x');
    linkTree(from, path.join(work, 'linked'));
    const files = (root: string) => readdirSync(root, { recursive: true }).map(String).sort();
    expect(files(path.join(work, 'linked'))).toEqual(['a', 'a/b', 'a/b/deep.pf_fragment', 'top.json']);
    expect(statSync(path.join(work, 'linked', 'a', 'b', 'deep.pf_fragment')).ino).toBe(statSync(path.join(from, 'a', 'b', 'deep.pf_fragment')).ino);
    expect(statSync(path.join(work, 'linked', 'a')).ino).not.toBe(statSync(path.join(from, 'a')).ino);
    // The link stays when the cache's folder goes.
    rmSync(from, { recursive: true });
    expect(readFileSync(path.join(work, 'linked', 'a', 'b', 'deep.pf_fragment'), 'utf8')).toBe('x');
  });

  it('keeps every shard when nothing changed', async () => {
    const published = Object.fromEntries(first.map((s) => [s, readdirSync(path.join(site, 'pagefind', s), { recursive: true })]));
    expect(await build()).toEqual(first);
    expect(logs.at(-1)).toMatch(new RegExp(`\\(0 indexed, ${first.length} kept\\)`));
    expect(Object.fromEntries(first.map((s) => [s, readdirSync(path.join(site, 'pagefind', s), { recursive: true })]))).toEqual(published);
  });

  it('indexes only the shard of a changed document, and restores published shards from the cache', async () => {
    const changed = ids[ids.length - 1]!;
    appendFileSync(path.join(documents, `${changed}.mdx`), '\n<Anchor id="p-0000abcd" />新增的段落：乡村振兴与基层治理。\n');
    const shards = await build();
    const n = expectedShards().findIndex((urls) => urls.includes(`/documents/${changed}/`));
    expect(shards.filter((s, i) => s !== first[i])).toEqual([shards[n]]);
    expect(logs.at(-1)).toMatch(new RegExp(`\\(1 indexed, ${first.length - 1} kept\\)`));
    expect(records(shards[n]!).find((r) => r.url === `/documents/${changed}/`)!.content.replaceAll('\u200b', '')).toContain('新增的段落：乡村振兴与基层治理。');
    // The replaced bundle is gone from the site.
    expect(readdirSync(path.join(site, 'pagefind')).sort()).toEqual([...shards, SHARD_LIST].sort());

    rmSync(path.join(site, 'pagefind'), { recursive: true });
    expect(await build()).toEqual(shards);
    expect(logs.at(-1)).toMatch(/\(0 indexed/);
    expect(existsSync(path.join(site, 'pagefind', shards[n]!, 'pagefind-entry.json'))).toBe(true);
  });
});
