// A chrome class's new-site sample (tests/fixtures/chrome/<class>/<half>/<slug>/: raw,
// expected.txt, meta.json written by hand) and the stage after the chrome stage, through
// which the sample tests run a page: shared by the chrome sample tests.
import { readFileSync, readdirSync } from 'node:fs';
import { cleaningStages } from '../../scripts/ingest/pipeline.ts';
import { stripChrome } from '../../scripts/ingest/stages/chrome.ts';

export const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');
export const afterChrome = cleaningStages[cleaningStages.indexOf(stripChrome) + 1]!;

/** A half's pages: slug, meta, the expected body's lines (no title, headings as text) and where its chrome rules' examples were seen. */
export function chromeSample(name: string, half: 'A' | 'B') {
  const root = new URL(`../fixtures/chrome/${name}/`, import.meta.url);
  return readdirSync(new URL(`${half}/`, root)).map((slug) => {
    const dir = new URL(`${half}/${slug}/`, root);
    const meta = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8'));
    const lines = readFileSync(new URL('expected.txt', dir), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const body = lines.filter((l) => !l.startsWith('# ')).map((l) => l.replace(/^##\s*/u, ''));
    return { slug, meta, body, seen: `${meta.site} fixture:chrome/${name}/${half}/${slug}/raw.txt` };
  });
}
