// Starts the slogans glossary at astro:build:start, on the documents the
// content sync loaded, so that its process runs beside Vite's bundling instead
// of holding up the routes' getStaticPaths (src/lib/glossary-early.ts).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { expectDocuments, startEarly } from '../lib/glossary-early.ts';

export function glossaryEarly(): AstroIntegration {
  let command = '';
  return {
    name: 'speech-archive:glossary-early',
    hooks: {
      'astro:config:setup': ({ command: c }) => {
        command = c;
      },
      // Before the content sync, which runs the loader: the same root and cache folder the pages are given (build-context.ts).
      'astro:config:done': ({ config }) => {
        if (command === 'build') expectDocuments(fileURLToPath(config.root), fileURLToPath(config.cacheDir));
      },
      'astro:build:start': ({ logger }) => {
        const documents = startEarly();
        if (documents !== undefined) logger.info(`slogans glossary: started on the ${documents} documents of the content sync`);
      },
    },
  };
}
