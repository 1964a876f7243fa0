// Training-data exports written once the site is built (astro:build:done), from
// the same generated MDX the pages were built from (issue 8). Schema and field
// meanings: src/pages/data/index.astro and public/data/document.schema.json.
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildCache } from '../lib/build-cache.ts';
import type { ReadDocument } from '../lib/exports/paragraphs.ts';
import { siteCodeVersion } from '../lib/code-version.ts';
import { writeExports } from '../lib/exports/write.ts';
import { OutputFiles } from '../lib/output-files.ts';
import { site } from '../site.config.ts';

export function dataExports(): AstroIntegration {
  let root = process.cwd();
  let siteUrl: string = site.url;
  let cacheDir = '';
  return {
    name: 'speech-archive:exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        if (config.site) siteUrl = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The same folder the documents collection loads (src/content.config.ts).
        const documentsDir = path.resolve(root, process.env.DOCUMENTS_DIR ?? './content/documents');
        const started = performance.now();
        const cache = await BuildCache.open<ReadDocument>(cacheDir, 'exports', `read ${siteCodeVersion(root)}`);
        const outDir = fileURLToPath(dir);
        const output = await OutputFiles.open(cacheDir, 'exports', outDir, ['data/documents']);
        const summary = await writeExports(documentsDir, outDir, siteUrl, output, cache);
        await cache.save();
        logger.info(
          `exported ${summary.documents} documents (${cache.stats.misses} files parsed, ${cache.stats.hits} cached; ${output.stats.written} record files written, ${output.stats.removed} removed), ${summary.paragraphs} paragraphs to data/ in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
