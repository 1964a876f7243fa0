// Says once per build when SITE_URL is not set: the pages then link by path
// and take their origin in the browser; the sitemap and the RSS feed, which
// need absolute addresses, are not written; the exports' permalinks use a placeholder.
import type { AstroIntegration } from 'astro';
import { site } from '../site.config.ts';

export function siteUrlNotice(): AstroIntegration {
  return {
    name: 'speech-archive:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (site.published) return;
        logger.warn(
          `SITE_URL is not set: citations, permalinks and copy buttons use the address each page is served from; no sitemap or RSS feed is written, and the exports' permalinks use ${site.url}. Set SITE_URL=https://<your host> when building for publication.`,
        );
      },
    },
  };
}
