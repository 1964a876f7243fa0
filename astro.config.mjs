// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { site } from './src/site.config.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { phraseIndex } from './src/integrations/phrase-index.ts';
import { dataExports } from './src/integrations/exports.ts';
import { prune } from './src/integrations/prune.ts';
import { buildContext } from './src/integrations/build-context.ts';
import { glossaryEarly } from './src/integrations/glossary-early.ts';
import { concurrentBuildDone } from './src/integrations/concurrent.ts';
import { siteUrlNotice } from './src/integrations/site-url.ts';
import { onefastState } from './src/integrations/onefast-state.ts';

export default defineConfig({
  // Without SITE_URL there is no site: pages link by path (src/site.config.ts).
  ...(site.published ? { site: site.published } : {}),
  trailingSlash: 'always',
  // Builds over another corpus (tests, benchmarks) keep their content-layer cache apart.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Pages whose getStaticPaths cacheKey and code are unchanged since the last
  // build (in cacheDir) are restored, not rendered (see src/lib/cache-key.ts).
  experimental: { incrementalBuild: true },
  // Restoring a page is a file copy: four at a time is much faster than one
  // (docs/performance.md); rendering is unaffected.
  build: { concurrency: 4 },
  // Unchanged pages stay in dist/ between builds; src/integrations/prune.ts
  // removes what a build no longer has.
  // The benchmark's corpora and builds (bench-results/, git-ignored) hold
  // hundreds of thousands of files: `astro dev` must not watch them.
  vite: { build: { emptyOutDir: false }, server: { watch: { ignored: ['**/bench-results/**'] } } },
  integrations: [
    // The generated MDX is plain CommonMark + MDX and must render exactly the
    // text the serializer wrote: no GFM (~~, autolinks, tables) and no
    // typographic replacement of quotes and dashes.
    mdx({ gfm: false, smartypants: false }),
    buildContext(),
    // Before the indexes, whose astro:build:start waits for the shared passages: the glossary starts first.
    glossaryEarly(),
    // First: the integrations after it read the pages.
    prune(),
    siteUrlNotice(),
    // A sitemap needs absolute addresses: only with SITE_URL.
    ...(site.published ? [sitemap()] : []),
    // Independent of each other. Pagefind (in a process of its own) and the phrase index
    // (in a worker thread) index the documents from the start of the build; once the
    // pages are written Pagefind puts its bundles in place and the exports run.
    concurrentBuildDone('speech-archive:indexes', [pagefind(), phraseIndex(), dataExports()]),
    // Keeps the compiled pages for a one-file rebuild outside Astro's build (scripts/build/onefast.ts).
    onefastState(),
  ],
});
