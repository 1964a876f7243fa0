// Builds the Pagefind index over the finished site, through its Node API, once
// Astro has written every page (astro:build:done).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

export function pagefind(): AstroIntegration {
  return {
    name: 'speech-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefindApi.createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        // Only document pages carry data-pagefind-body; reading the list and
        // raw pages too costs a third of the indexing time at 10,000 documents.
        const added = await index.addDirectory({ path: site, glob: 'documents/*/index.html' });
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
        await pagefindApi.close();
      },
    },
  };
}
