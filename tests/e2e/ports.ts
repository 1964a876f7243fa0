// Where the two sites of the browser tests are served (playwright.config.ts).

/** dist/, the sample corpus, as `npm start` serves it. */
export const SAMPLE_PORT = Number(process.env.PORT ?? 4321);
/** The site over the fixture corpus tests/fixtures/site/. */
export const FIXTURE_PORT = Number(process.env.FIXTURE_PORT ?? 4322);
export const SAMPLE_BASE = `http://127.0.0.1:${SAMPLE_PORT}`;
