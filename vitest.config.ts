// Three projects, all run by `npx vitest run` (and `npm test`):
// - unit: pure modules and the rules with their real page excerpts, the default
//   while working (`npm run test:unit`);
// - pipeline: the real ingest over the sample and evaluation corpora
//   (`npm run test:pipeline`);
// - build: full Astro builds over generated corpora, and the index integrations
//   run on built pages (`npm run test:build`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure modules share one module graph per worker: the dictionaries (OpenCC,
      // jieba) load once rather than once per test file.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      // A file's first whole-page ingest loads the dictionaries and the rule
      // tables (seconds on a loaded machine); the timeout guards hangs only.
      { extends: true, test: { name: 'pipeline', include: ['tests/pipeline/**/*.test.ts'], testTimeout: 60_000 } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts', 'tests/hostile/**/*.test.ts'] } },
    ],
  },
});
