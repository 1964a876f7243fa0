// Builds the exact phrase index (src/lib/search/) from the finished document
// pages once Astro has written them, so the index holds exactly the text and
// metadata that the pages show. What a page gives the index is cached by the
// page's bytes (core/cache/build-cache.ts), so a rebuild parses only the pages
// that changed; the postings of the previous build are kept in the cache
// folder too, so only new or changed documents are tokenized (updateIndex),
// and only index files whose bytes changed are written (src/lib/output-files.ts).
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildCache } from '../../core/cache/build-cache.ts';
import { mapConcurrently } from '../../core/concurrently.ts';
import { writeAtomic } from '../../core/fs/write-atomic.ts';
import { decodeState, encodeState, updateIndex, type IndexDoc } from '../lib/search/build.ts';
import { extractDocument } from '../lib/search/extract.ts';
import { siteCodeVersion } from '../../core/cache/code-version.ts';
import { INDEX_DIR } from '../lib/search/format.ts';
import { buildFoldMap } from '../lib/search/foldmap.ts';
import { OutputFiles } from '../lib/output-files.ts';

/** Files read or written at once: enough to keep libuv's four threads busy. */
const IO_LIMIT = 16;

export function phraseIndex(): AstroIntegration {
  let cacheDir = '';
  let root = '';
  return {
    name: 'speech-archive:phrase-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const cache = await BuildCache.open<IndexDoc | null>(cacheDir, 'phrase-index', `extract ${siteCodeVersion(root)}`);
        const pagesDir = join(site, 'documents');
        const pages = (await readdir(pagesDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => join(pagesDir, e.name, 'index.html'));
        const extractions = await mapConcurrently(pages, IO_LIMIT, async (page) => {
          // A deleted document's folder can outlive its page while its raw text is removed (exports).
          const html = await readFile(page).catch((error: NodeJS.ErrnoException) => {
            if (error.code === 'ENOENT') return undefined;
            throw error;
          });
          return html ? cache.get(cache.key(html), () => extractDocument(html.toString('utf8'))) : null;
        });
        const docs = extractions.filter((doc) => doc !== null);
        await cache.save();
        const extracted = performance.now();
        docs.sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
        // The previous build's postings (src/lib/search/build.ts): only new documents are tokenized.
        // Named after the code version, so postings tokenized by other code are never merged.
        const stateName = `phrase-index.${siteCodeVersion(root)}.postings`;
        const stateFile = join(cacheDir, stateName);
        const previous = decodeState(await readFile(stateFile).catch(() => new Uint8Array()));
        const { files, state, tokenized } = updateIndex(docs, buildFoldMap(), previous);
        await mkdir(cacheDir, { recursive: true });
        await writeAtomic(stateFile, encodeState(state));
        for (const name of await readdir(cacheDir)) {
          if (/^phrase-index\.([0-9a-f]{16}\.)?postings$/.test(name) && name !== stateName) await rm(join(cacheDir, name), { force: true });
        }
        const indexed = performance.now();
        let bytes = 0;
        // The shards and texts; the folder also holds the search page itself.
        const output = await OutputFiles.open(cacheDir, 'phrase-index', site, ['b', 'u', 't'].map((sub) => join(INDEX_DIR, sub)));
        await mapConcurrently([...files], IO_LIMIT, async ([path, content]) => {
          bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
          await output.write(path, content);
        });
        const { written, removed } = await output.finish();
        const ms = (from: number, to = performance.now()) => Math.round(to - from);
        logger.info(
          `${docs.length} documents (${cache.stats.misses} pages parsed, ${cache.stats.hits} cached, ${tokenized} tokenized), ${files.size} files (${written} written, ${removed} removed), ${(bytes / 1048576).toFixed(1)} MiB in ${ms(started)} ms ` +
            `(pages ${ms(started, extracted)}, index ${ms(extracted, indexed)}, writing ${ms(indexed)})`,
        );
      },
    },
  };
}
