// Training-data exports, from the same generated MDX the pages are built
// from. Schema and field meanings: src/pages/data/index.astro and
// public/data/document.schema.json. They need no page, so they are written in
// a worker thread (exports-worker.ts) from astro:build:start, while the pages
// render, into data/ and beside each document's page (its raw text), where no
// page goes; astro:build:done waits for them.
//
// Before the pages render (the document pages wait for it, or the dev server
// when it starts), it also finds the shared passages across those documents
// (src/lib/shared/build.ts) and writes their index into the cache folder,
// where the document pages read it; the exports carry the same index, so a
// page and its record never disagree. They are found in a child process
// (shared-passages-process.ts) that a build starts as soon as its config is
// known, so that they overlap Vite's setup and the content sync on the
// build's thread instead of following them (docs/performance.md).
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildCache } from '../../core/cache/build-cache.ts';
import { siteCodeVersion } from '../../core/cache/code-version.ts';
import { Fingerprints } from '../../core/fs/fingerprints.ts';
import { writeAtomic } from '../../core/fs/write-atomic.ts';
import { writeExports, type CachedExport, type ExportSummary } from '../lib/exports/write.ts';
import { OutputFiles } from '../lib/output-files.ts';
import { rawDir, rawFile, rawText, rawTextFile, rawTextOf } from '../lib/raw.ts';
import type { SharedBuild } from '../lib/shared/build.ts';
import { SHARED_FILE } from '../lib/shared/format.ts';
import { sharedPending } from '../lib/shared/ready.ts';
import { SharedStore } from '../lib/shared/store.ts';
import { site } from '../site.config.ts';
import { processResult, workerResult } from './worker-result.ts';

export function dataExports(): AstroIntegration {
  let root = process.cwd();
  let siteUrl: string = site.url;
  let cacheDir = '';
  // The same folder the documents collection loads (src/content.config.ts).
  const documentsDir = () => path.resolve(root, process.env.DOCUMENTS_DIR ?? './content/documents');
  let command = '';
  let outDir = '';
  // Started at astro:build:start, once the shared passages are known.
  let exporting: Promise<ExportsDone> | undefined;
  // Started at astro:config:done in a build, before any hook has a logger for it.
  let finding: Promise<SharedFound> | undefined;
  let shared: Promise<void> | undefined;
  const sharedPassages = (logger: AstroIntegrationLogger) =>
    (shared ??= (finding ?? findInWorker({ documentsDir: documentsDir(), cacheDir, root })).then(({ withShared, stats: s }) => {
      logger.info(
        `shared passages: ${s.sharedParagraphs} of ${s.paragraphs} paragraphs in ${withShared} of ${s.documents} documents also stand elsewhere ` +
          `(${s.parsed} files parsed; ${s.variants} texts, ${s.candidates} candidate pairs, ${s.compared} compared, ${s.aligned} aligned, ${s.matched} matched) in ${Math.round(s.ms)} ms`,
      );
    }));
  return {
    name: 'speech-archive:exports',
    hooks: {
      'astro:config:setup': ({ command: c }) => {
        command = c;
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        if (config.site) siteUrl = config.site;
        if (command === 'build') {
          finding = findInWorker({ documentsDir: documentsDir(), cacheDir, root });
          // Awaited in astro:build:start; a build that fails before it must not also report this as unhandled.
          finding.catch(() => {});
        }
      },
      'astro:build:start': ({ logger }) => {
        const found = sharedPassages(logger);
        // The pages wait for the index where they read it (src/lib/shared/ready.ts), not the build here: Vite's
        // bundling runs beside the end of the search when it outlasts the content sync.
        sharedPending(found);
        // Awaited by the pages and in astro:build:done; a build that fails before them must not also report this as unhandled.
        found.catch(() => {});
        exporting = found.then(() => exportInWorker({ documentsDir: documentsDir(), outDir, cacheDir, siteUrl, version: siteCodeVersion(root) }));
        exporting.catch(() => {});
      },
      'astro:server:setup': async ({ logger }) => {
        await sharedPassages(logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await sharedPassages(logger);
        const done = await (exporting ?? exportInWorker({ documentsDir: documentsDir(), outDir: fileURLToPath(dir), cacheDir, siteUrl, version: siteCodeVersion(root) }));
        exporting = undefined;
        const { summary, written, removed, rawWritten, rawMissing, ms } = done;
        logger.info(
          `exported ${summary.documents} documents (${summary.parsed} MDX files parsed for want of a paragraph record; ${written} record files written, ${removed} removed), ${summary.paragraphs} paragraphs to data/, ${rawWritten} raw texts written${rawMissing ? ` (${rawMissing} raw files not found)` : ''} in ${Math.round(ms)} ms`,
        );
      },
    },
  };
}

export interface SharedPassagesJob {
  documentsDir: string;
  cacheDir: string;
  root: string;
}

/** What the shared passages' worker answers: its figures and how many documents have a shared paragraph. */
export interface SharedFound {
  stats: SharedBuild['stats'];
  withShared: number;
}

function findInWorker(job: SharedPassagesJob): Promise<SharedFound> {
  return processResult<SharedFound>(new URL('./shared-passages-process.ts', import.meta.url), job, 'shared passages');
}

export interface ExportsJob {
  documentsDir: string;
  outDir: string;
  cacheDir: string;
  siteUrl: string;
  /** The site's code version (core/cache/code-version.ts): the cached exports are this code's. */
  version: string;
}

export interface ExportsDone {
  summary: ExportSummary;
  written: number;
  removed: number;
  rawWritten: number;
  rawMissing: number;
  ms: number;
}

function exportInWorker(job: ExportsJob): Promise<ExportsDone> {
  return workerResult<ExportsDone>(new URL('./exports-worker.ts', import.meta.url), job, 'exports');
}

/** Writes the exports and the raw texts into `outDir`, with the shared passages this build found (in the cache folder). */
export async function writeAllExports({ documentsDir, outDir, cacheDir, siteUrl, version }: ExportsJob): Promise<ExportsDone> {
  const started = performance.now();
  const index = await SharedStore.open(cacheDir);
  if (!index) throw new Error(`exports: no ${SHARED_FILE} in ${cacheDir} (the shared passages are found before the exports)`);
  // The per-document cache of the exports before paragraph records (they read the records now): left over in older cache folders.
  await rm(path.join(cacheDir, 'exports.jsonl'), { force: true });
  const output = await OutputFiles.open(cacheDir, 'exports', outDir, ['data/documents']);
  // The raw view: each raw file as UTF-8 text beside its document's page, not a page of its own.
  const raw = await OutputFiles.open(cacheDir, 'raw-text', outDir, []);
  let rawMissing = 0;
  // A raw text is its raw file's bytes decoded: kept while the file's digest (known by its stat) and the
  // encoding are those it was written from, so that a rebuild reads and decodes only the changed raw files.
  const rawPrints = await Fingerprints.open(path.join(cacheDir, 'raw-text.raw-files.json'));
  const sourcesFile = path.join(cacheDir, 'raw-text.sources.json');
  const previousSources = await readFile(sourcesFile, 'utf8')
    .then((json) => JSON.parse(json) as { version: string; sources: Record<string, string> })
    .then((saved) => (saved.version === version ? new Map(Object.entries(saved.sources)) : new Map<string, string>()))
    .catch(() => new Map<string, string>());
  const sources = new Map<string, string>();
  const rawFiles = rawDir();
  const recordsDir = path.join(cacheDir, 'export-records');
  const groups = new Set<string>();
  const cacheOf = (group: string) => {
    groups.add(`${group}.jsonl`);
    return BuildCache.open<CachedExport>(recordsDir, group, `exports ${version}`);
  };
  const mdxPrints = await Fingerprints.open(path.join(cacheDir, 'exports.documents.files.json'));
  const summary = await writeExports(
    documentsDir,
    outDir,
    siteUrl,
    output,
    index,
    async (data) => {
      const file = rawTextFile(data.id);
      let source: string | undefined;
      // The bytes when the hash had to read them (a cold build reads every raw file): decoded from there, not read again.
      let bytes: Buffer | undefined;
      try {
        const print = rawPrints.hashSync(rawFiles, path.relative(rawFiles, rawFile(data.raw.path, rawFiles)));
        source = `${print.sha256} ${data.raw.encoding}`;
        bytes = print.bytes;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      if (source !== undefined && previousSources.get(data.id) === source && (await raw.keep(file))) {
        sources.set(data.id, source);
        return;
      }
      const text = bytes ? rawTextOf(bytes, data.raw.encoding) : await rawText(data.raw.path, data.raw.encoding, rawFiles);
      if (text === undefined) rawMissing++;
      else {
        await raw.write(file, text);
        if (source !== undefined) sources.set(data.id, source);
      }
    },
    cacheOf,
    mdxPrints,
  );
  await rawPrints.save();
  await mdxPrints.save();
  await writeAtomic(sourcesFile, JSON.stringify({ version, sources: Object.fromEntries(sources) }));
  // The groups of ids that no document has now.
  for (const name of await readdir(recordsDir).catch(() => [])) if (!groups.has(name)) await rm(path.join(recordsDir, name), { force: true });
  await raw.finish();
  index.close();
  return { summary, written: output.stats.written, removed: output.stats.removed, rawWritten: raw.stats.written, rawMissing, ms: performance.now() - started };
}
