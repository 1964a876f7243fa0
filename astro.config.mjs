// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site.config.ts';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  integrations: [mdx(), pagefind()],
});
