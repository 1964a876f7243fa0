// Stable ids and anchors and incremental builds, end to
// end on the sample corpus: a copy of content/raw is ingested and built twice
// and gives byte-identical exports and pages; then one raw file changes and
// only that document's records change. The rebuilds share the first build's
// cache, as a developer's do: the second renders no page of a document or
// list, the third only the pages that show the changed document, and gives
// the same site as a build from scratch. Every record validates against the
// JSON Schema and every paragraph URL resolves to an element of the built
// page. Slow: four real builds, each into a folder of its own.
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/lib/exports/records.ts';
import { schemaValidator } from '../fixtures/exports/schema.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'stability-'));
const raw = path.join(work, 'raw');
const CHANGED = '000_451d7acc14fba13a.txt';

const run = (args: string[], env: Record<string, string> = {}): string => {
  const result = spawnSync(args[0], args.slice(1), { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

interface Build {
  dist: string;
  /** Pages Astro rendered, as opposed to restored from the incremental cache. */
  rendered: Set<string>;
  restored: Set<string>;
}

/** Pages without getStaticPaths, so without a cacheKey: rendered on every build. */
const ALWAYS_RENDERED = ['/', '/years/', '/regions/', '/types/', '/speakers/', '/slogans/', '/search/', '/trends/', '/data/', '/rss.xml'];

/**
 * Astro logs `├─ /documents/x/index.html` for each page, followed at once by
 * ` (restored)` when it copies the page from the incremental cache; a rendered
 * page's ` (+12ms)` comes when it is done, so with build.concurrency > 1 other
 * pages' lines may come between.
 */
function pagesOf(log: string): Pick<Build, 'rendered' | 'restored'> {
  const rendered = new Set<string>();
  const restored = new Set<string>();
  // Astro colours its log when CI is set: match on the text alone.
  for (const [, file, cached] of stripVTControlCharacters(log).matchAll(/[├└]─ (.+?(?:index\.html|\.xml))( \((?:restored|cached)\))?/g)) {
    (cached ? restored : rendered).add(file.replace(/index\.html$/, ''));
  }
  return { rendered, restored };
}

/**
 * Ingests the raw copy into docs/ and builds it into a folder of its own with the
 * given content and incremental cache — starting, as `npm run build` does, from
 * the output of an earlier build when `from` names one (the output folder is kept).
 */
function ingestAndBuild(name: string, cache: string, from?: Build): Build {
  const docs = path.join(work, 'docs');
  const dist = path.join(work, `${name}-dist`);
  if (from) cpSync(from.dist, dist, { recursive: true });
  run([process.execPath, 'scripts/ingest/cli.ts', '--input', raw, '--output', docs, '--report', path.join(work, `${name}-report.json`), '--quiet'], {
    // One cache for all runs: the later ones read their unchanged files from it.
    INGEST_CACHE_DIR: path.join(work, 'ingest-cache'),
  });
  const log = run([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    DOCUMENTS_DIR: docs,
    RAW_DIR: raw,
    ASTRO_CACHE_DIR: path.join(work, cache),
    // As for publication: the feed is written only with the site's address.
    SITE_URL: 'https://archive.example.cn',
  });
  return { dist, ...pagesOf(log) };
}

/** Every page of a build (HTML and the feed), by URL path. */
function pagesIn(dist: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (file.startsWith('data/') || !/(^|\/)index\.html$|^rss\.xml$/.test(file)) continue;
    pages.set(`/${file.replace(/index\.html$/, '')}`, readFileSync(path.join(dist, file), 'utf8'));
  }
  return pages;
}

/** Every export file of a build, by path relative to dist/data. */
function exportsOf(dist: string): Map<string, string> {
  const dir = path.join(dist, 'data');
  const files = ['documents.jsonl', 'documents.csv', ...readdirSync(path.join(dir, 'documents')).map((n) => `documents/${n}`)];
  return new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

const recordsOf = (files: Map<string, string>) =>
  files.get('documents.jsonl')!.trimEnd().split('\n').map((l) => JSON.parse(l) as DocumentRecord);
const csvRowsOf = (files: Map<string, string>) => files.get('documents.csv')!.split('\r\n').slice(1).filter(Boolean);

const ADDED = '要持续巩固整改成果，确保各项要求落到实处。';

let first: Map<string, string>;
let second: Map<string, string>;
let changed: Map<string, string>;
let firstDist: string;
let builds: Record<'first' | 'second' | 'changed' | 'scratch', Build>;

beforeAll(() => {
  cpSync(path.join(root, 'content/raw'), raw, { recursive: true });
  const firstBuild = ingestAndBuild('first', 'cache');
  const secondBuild = ingestAndBuild('second', 'cache', firstBuild);
  appendFileSync(path.join(raw, CHANGED), `\n${ADDED}\n`);
  const changedBuild = ingestAndBuild('changed', 'cache', secondBuild);
  builds = { first: firstBuild, second: secondBuild, changed: changedBuild, scratch: ingestAndBuild('scratch', 'scratch-cache') };
  firstDist = firstBuild.dist;
  first = exportsOf(firstDist);
  second = exportsOf(secondBuild.dist);
  changed = exportsOf(changedBuild.dist);
}, 1_800_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('export stability', () => {
  it('exports every document of the sample corpus', () => {
    expect(recordsOf(first)).toHaveLength(readdirSync(raw).length);
  });

  it('gives byte-identical exports when the same raw files are ingested and built again', () => {
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [file, text] of first) expect(second.get(file), file).toBe(text);
  });

  it('changes only the records of the one raw file that changed', () => {
    const before = recordsOf(first);
    const after = recordsOf(changed);
    const gone = before.filter((r) => !after.some((a) => a.id === r.id));
    const added = after.filter((a) => !before.some((r) => r.id === a.id));
    expect(gone.map((r) => r.raw.path)).toEqual([CHANGED]);
    expect(added.map((r) => r.raw.path)).toEqual([CHANGED]);
    // The other documents: same JSONL line, same per-document file, same CSV row.
    const lines = (files: Map<string, string>) => new Set(files.get('documents.jsonl')!.trimEnd().split('\n'));
    const unchangedLines = [...lines(first)].filter((l) => !l.startsWith(`{"id":"${gone[0].id}"`));
    expect([...lines(changed)].filter((l) => !l.startsWith(`{"id":"${added[0].id}"`))).toEqual(unchangedLines);
    for (const r of before.filter((x) => x.id !== gone[0].id)) {
      expect(changed.get(`documents/${r.id}.json`)).toBe(first.get(`documents/${r.id}.json`));
    }
    expect(csvRowsOf(changed).filter((row) => !row.startsWith(added[0].id))).toEqual(csvRowsOf(first).filter((row) => !row.startsWith(gone[0].id)));
    // The changed document keeps the anchors of its unchanged paragraphs.
    const oldIds = gone[0].paragraphs.map((p) => p.id);
    expect(added[0].paragraphs.map((p) => p.id).slice(0, oldIds.length)).toEqual(oldIds);
  });
});

describe('incremental build', () => {
  it('renders every page on the first build', () => {
    expect(builds.first.restored.size).toBe(0);
    expect(builds.first.rendered.size).toBeGreaterThan(ALWAYS_RENDERED.length);
  });

  it('restores every page with a cache key when nothing changed, byte-identical', () => {
    expect([...builds.second.rendered].sort()).toEqual([...ALWAYS_RENDERED].sort());
    const before = pagesIn(builds.first.dist);
    const after = pagesIn(builds.second.dist);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [page, html] of before) expect(after.get(page), page).toBe(html);
  });

  it('renders only the pages that show the changed document', () => {
    const before = pagesIn(builds.first.dist);
    const after = pagesIn(builds.changed.dist);
    const changedPages = [...after].filter(([page, html]) => before.get(page) !== html).map(([page]) => page);
    // Everything that changed was rendered, and every page rendered besides the ones without a key changed.
    for (const page of changedPages) expect(builds.changed.rendered.has(page), page).toBe(true);
    const keyed = [...builds.changed.rendered].filter((page) => !ALWAYS_RENDERED.includes(page));
    expect(keyed.sort()).toEqual(changedPages.filter((page) => !ALWAYS_RENDERED.includes(page)).sort());
    // The changed document (a new id: ids come from the raw bytes) is among them, and no other document page.
    const id = recordsOf(changed).find((r) => r.raw.path === CHANGED)!.id;
    expect(keyed.filter((page) => page.startsWith('/documents/')).sort()).toEqual([`/documents/${id}/`]);
    expect(after.get(`/documents/${id}/`)).toContain(ADDED);
    // The old document's pages are gone.
    const oldId = recordsOf(first).find((r) => r.raw.path === CHANGED)!.id;
    expect([...after.keys()].filter((page) => page.includes(oldId))).toEqual([]);
  });

  it('gives the same site as a build from scratch', () => {
    const incremental = pagesIn(builds.changed.dist);
    const scratch = pagesIn(builds.scratch.dist);
    expect([...incremental.keys()].sort()).toEqual([...scratch.keys()].sort());
    for (const [page, html] of scratch) expect(incremental.get(page), page).toBe(html);
    // Nothing of the earlier builds is left in the kept output folder, and every
    // file, Pagefind's shards and the raw texts included, is the one a build from scratch writes.
    const filesOf = (dist: string) =>
      readdirSync(dist, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(path.join(dist, f)).isFile())
        .sort();
    expect(filesOf(builds.changed.dist)).toEqual(filesOf(builds.scratch.dist));
    for (const f of filesOf(builds.scratch.dist).filter((f) => /^pagefind\/|raw\.txt$/.test(f))) {
      expect(readFileSync(path.join(builds.changed.dist, f)).equals(readFileSync(path.join(builds.scratch.dist, f))), f).toBe(true);
    }
  });
});

describe('exported records', () => {
  it('validate against the published JSON Schema', () => {
    const validate = schemaValidator();
    for (const record of recordsOf(first)) expect(validate(record), `${record.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('link every paragraph to an element of its built page', () => {
    for (const record of recordsOf(first)) {
      const page = path.join(firstDist, 'documents', record.id, 'index.html');
      expect(existsSync(page), page).toBe(true);
      const ids = new Set<string>();
      visit(fromHtml(readFileSync(page, 'utf8')), 'element', (node: Element) => {
        if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      });
      expect(record.paragraphs.length).toBeGreaterThan(0);
      for (const p of record.paragraphs) {
        expect(new URL(p.url).pathname).toBe(`/documents/${record.id}/`);
        expect(ids.has(new URL(p.url).hash.slice(1)), `${p.url} on ${page}`).toBe(true);
      }
    }
  });
});
