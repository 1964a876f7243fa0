// Training-data exports written once the site is built (astro:build:done), from
// the same generated MDX the pages were built from (issue 8). Schema and field
// meanings: src/pages/data/index.astro and public/data/document.schema.json.
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeExports } from '../lib/exports/write.ts';
import { site } from '../site.config.ts';

export function dataExports(): AstroIntegration {
  let root = process.cwd();
  let siteUrl: string = site.url;
  return {
    name: 'speech-archive:exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        if (config.site) siteUrl = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The same folder the documents collection loads (src/content.config.ts).
        const documentsDir = path.resolve(root, process.env.DOCUMENTS_DIR ?? './content/documents');
        const summary = await writeExports(documentsDir, fileURLToPath(dir), siteUrl);
        logger.info(`exported ${summary.documents} documents, ${summary.paragraphs} paragraphs to data/`);
      },
    },
  };
}
