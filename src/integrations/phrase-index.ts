// Builds the exact phrase index (src/lib/search/) from the finished document
// pages once Astro has written them, so the index holds exactly the text and
// metadata that the pages show.
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex, type IndexDoc } from '../lib/search/build.ts';
import { extractDocument } from '../lib/search/extract.ts';
import { buildFoldMap } from '../lib/search/foldmap.ts';

export function phraseIndex(): AstroIntegration {
  return {
    name: 'speech-archive:phrase-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const docs: IndexDoc[] = [];
        const pagesDir = join(site, 'documents');
        for (const entry of (await readdir(pagesDir, { withFileTypes: true })).filter((e) => e.isDirectory())) {
          const doc = extractDocument(await readFile(join(pagesDir, entry.name, 'index.html'), 'utf8'));
          if (doc) docs.push(doc);
        }
        docs.sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
        const files = buildIndex(docs, buildFoldMap());
        let bytes = 0;
        const dirs = new Set([...files.keys()].map((path) => dirname(join(site, path))));
        for (const d of dirs) await mkdir(d, { recursive: true });
        for (const [path, content] of files) {
          bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
          await writeFile(join(site, path), content);
        }
        logger.info(`${docs.length} documents, ${files.size} files, ${(bytes / 1048576).toFixed(1)} MiB in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
