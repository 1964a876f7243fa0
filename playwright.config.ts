// Browser tests in Debian's Chromium (Playwright's own browser download is not
// available here) against two sites:
// - the fixture site, the tests' default (baseURL): the site built over the
//   purpose-built corpus tests/fixtures/site/ by tests/e2e/fixture-server.ts,
//   whose facts the tests read from its files (tests/e2e/fixture-corpus.ts);
// - dist/, the sample corpus as `npm run build` leaves it, served by
//   `astro preview` as `npm start` does: only tests/e2e/sample.spec.ts.
import { defineConfig } from '@playwright/test';
import { FIXTURE_PORT, SAMPLE_PORT } from './tests/e2e/ports.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${FIXTURE_PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: `node_modules/.bin/node tests/e2e/fixture-server.ts ${FIXTURE_PORT}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      // A full Astro build comes first.
      timeout: 600_000,
    },
    {
      command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${SAMPLE_PORT}`,
      url: `http://127.0.0.1:${SAMPLE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
