// Training-data exports written once the site is built (astro:build:done), from
// the same generated MDX the pages were built from. Schema and field
// meanings: src/pages/data/index.astro and public/data/document.schema.json.
//
// Before the pages render (astro:build:start, or when the dev server starts),
// it also finds the shared passages across those documents
// (src/lib/shared/build.ts) and writes their index into the cache folder,
// where the document pages read it; the exports carry the same index, so a
// page and its record never disagree. They are found in a worker thread
// (shared-passages-worker.ts) that a build starts as soon as its config is
// known, so that they overlap Vite's setup and the content sync on the
// build's thread instead of following them (docs/performance.md).
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { writeExports } from '../lib/exports/write.ts';
import { OutputFiles } from '../lib/output-files.ts';
import { rawText, rawTextFile } from '../lib/raw.ts';
import type { SharedBuild } from '../lib/shared/build.ts';
import type { SharedIndex } from '../lib/shared/format.ts';
import { site } from '../site.config.ts';

export function dataExports(): AstroIntegration {
  let root = process.cwd();
  let siteUrl: string = site.url;
  let cacheDir = '';
  // The same folder the documents collection loads (src/content.config.ts).
  const documentsDir = () => path.resolve(root, process.env.DOCUMENTS_DIR ?? './content/documents');
  let command = '';
  // Started at astro:config:done in a build, before any hook has a logger for it.
  let finding: Promise<SharedBuild> | undefined;
  let shared: Promise<SharedIndex> | undefined;
  const sharedPassages = (logger: AstroIntegrationLogger) =>
    (shared ??= (finding ?? findInWorker({ documentsDir: documentsDir(), cacheDir, root })).then(({ index, stats: s }) => {
      logger.info(
        `shared passages: ${s.sharedParagraphs} of ${s.paragraphs} paragraphs in ${Object.keys(index.documents).length} of ${s.documents} documents also stand elsewhere ` +
          `(${s.parsed} files parsed; ${s.variants} texts, ${s.candidates} candidate pairs, ${s.compared} compared, ${s.aligned} aligned, ${s.matched} matched) in ${Math.round(s.ms)} ms`,
      );
      return index;
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
        if (config.site) siteUrl = config.site;
        if (command === 'build') {
          finding = findInWorker({ documentsDir: documentsDir(), cacheDir, root });
          // Awaited in astro:build:start; a build that fails before it must not also report this as unhandled.
          finding.catch(() => {});
        }
      },
      'astro:build:start': async ({ logger }) => {
        await sharedPassages(logger);
      },
      'astro:server:setup': async ({ logger }) => {
        await sharedPassages(logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const index = await sharedPassages(logger);
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // The per-document cache of the exports before paragraph records (they read the records now): left over in older cache folders.
        await rm(path.join(cacheDir, 'exports.jsonl'), { force: true });
        const output = await OutputFiles.open(cacheDir, 'exports', outDir, ['data/documents']);
        // The raw view: each raw file as UTF-8 text beside its document's page, not a page of its own.
        const raw = await OutputFiles.open(cacheDir, 'raw-text', outDir, []);
        let rawMissing = 0;
        const summary = await writeExports(documentsDir(), outDir, siteUrl, output, index, async (data) => {
          const text = await rawText(data.raw.path, data.raw.encoding);
          if (text === undefined) rawMissing++;
          else await raw.write(rawTextFile(data.id), text);
        });
        await raw.finish();
        logger.info(
          `exported ${summary.documents} documents (${summary.parsed} MDX files parsed for want of a paragraph record; ${output.stats.written} record files written, ${output.stats.removed} removed), ${summary.paragraphs} paragraphs to data/, ${raw.stats.written} raw texts written${rawMissing ? ` (${rawMissing} raw files not found)` : ''} in ${Math.round(performance.now() - started)} ms`,
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

function findInWorker(job: SharedPassagesJob): Promise<SharedBuild> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./shared-passages-worker.ts', import.meta.url), { workerData: job });
    let found: SharedBuild | undefined;
    worker.once('message', (message: SharedBuild) => (found = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (found ? resolve(found) : reject(new Error(`shared passages: their worker stopped (exit code ${code}) before it finished`))));
  });
}
