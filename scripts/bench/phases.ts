// Where an astro build's time goes, from the arrival times of its log lines:
// Astro prints no timing per integration, so each astro:build:done hook is
// timed from the line before it to its own line (hooks run in the order of
// astro.config.mjs: sitemap, pagefind, phrase index, exports).
import { lineAt, type Measured } from './measure.ts';

export interface BuildPhases {
  /** Config, content sync (parsing every MDX's frontmatter) and type generation. */
  setup: number;
  /** Vite/Rolldown bundling of pages and of every MDX module. */
  bundle: number;
  /** Rendering every page to HTML. */
  pages: number;
  pagefind: number;
  phraseIndex: number;
  exports: number;
}

const MARKS = {
  bundle: /Building static entrypoints/,
  pages: /generating static routes/,
  pagesDone: /sitemap-index\.xml/,
  pagefind: /\[speech-archive:pagefind\] indexed/,
  phraseIndex: /\[speech-archive:phrase-index\] \d+ documents/,
  exports: /\[speech-archive:exports\] exported/,
};

export function buildPhases(build: Measured): BuildPhases | undefined {
  const at = Object.fromEntries(Object.entries(MARKS).map(([k, re]) => [k, lineAt(build, re)])) as Record<keyof typeof MARKS, number | undefined>;
  if (Object.values(at).some((t) => t === undefined)) return undefined;
  const t = at as Record<keyof typeof MARKS, number>;
  return {
    setup: t.bundle,
    bundle: t.pages - t.bundle,
    pages: t.pagesDone - t.pages,
    pagefind: t.pagefind - t.pagesDone,
    phraseIndex: t.phraseIndex - t.pagefind,
    exports: t.exports - t.phraseIndex,
  };
}
