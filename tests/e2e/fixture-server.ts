// The site the browser tests run on: built over the fixture corpus
// (tests/fixtures/site/), without SITE_URL, and served on the port given,
// until Playwright stops it (playwright.config.ts starts it as a web server).
import { buildAndServe } from './helpers.ts';
import { FIXTURE_DOCUMENTS, FIXTURE_RAW } from './fixture-corpus.ts';

const port = Number(process.argv[2] ?? 4322);
const site = await buildAndServe({ documents: FIXTURE_DOCUMENTS, raw: FIXTURE_RAW, port });
console.log(`fixture site on ${site.base}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void site.close().finally(() => process.exit(0)));
}
