// A chrome class's new-site sample (tests/fixtures/chrome/<class>/<half>/<slug>/: raw,
// expected.txt, meta.json written by hand) and the stage after the chrome stage, through
// which the sample tests run a page: shared by the chrome sample tests.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleaningStages, ingestOne } from '../../scripts/ingest/pipeline.ts';
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

/** A lost-line sample page's own labels: a source and a reason per label, its last body line as meta says, no chrome string in its body. */
export function expectLostSamplePageWellFormed(c: ReturnType<typeof chromeSample>[number]) {
  expectSamplePageLabelled(c);
  expect(squeeze(c.body.at(-1)!)).toBe(squeeze(c.meta.lastLine));
}

/** Every chrome sample page's own labels: a source, its half, a reason per label, no chrome string in its body or its title. */
export function expectSamplePageLabelled(c: ReturnType<typeof chromeSample>[number]) {
  expect(c.meta.url).toMatch(/^https?:\/\//u);
  expect(['A', 'B']).toContain(c.meta.half);
  expect(c.meta.why.length).toBeGreaterThan(0);
  const body = squeeze(c.body.join('\n'));
  const title = squeeze(c.meta.expected?.title ?? '');
  for (const piece of c.meta.chrome as string[]) {
    expect(body).not.toContain(squeeze(piece));
    if (title) expect(title).not.toContain(squeeze(piece));
  }
}

/**
 * The checks a chrome sample with controls makes of itself: each page labelled as
 * expectSamplePageLabelled says and its control lines kept in its body; at least ten pages, a
 * control in each half, one site each.
 */
export function describeControlledSampleWellFormed(label: string, name: string) {
  const half = (h: 'A' | 'B') => chromeSample(name, h);
  const all = [...half('A'), ...half('B')];
  describe(`the ${label} sample is well formed`, () => {
    it.each(all.map((c) => [c.slug, c] as const))('%s: a source, a reason per label, its chrome out of its body and title', (_slug, c) => {
      expectSamplePageLabelled(c);
      const body = squeeze(c.body.join('\n'));
      for (const line of (c.meta.controls ?? []) as string[]) expect(body).toContain(squeeze(line.replace(/^##\s*/u, '')));
    });

    it('has at least ten pages, a control in each half, split into halves, one site each', () => {
      expect(all.length).toBeGreaterThanOrEqual(10);
      for (const h of ['A', 'B'] as const) expect(half(h).some((c) => c.meta.control)).toBe(true);
      expect(new Set(all.map((c) => c.meta.site)).size).toBe(all.length);
    });
  });
}

/**
 * The checks every planted-spam sample (spamplant, adspam, brandlist…) makes of its own labels: a
 * source and a reason per label, no chrome or planted string in the body or the title, a control
 * exactly when nothing is planted, and enough pages of each kind on one site each.
 */
export function describeSpamSampleWellFormed(name: string, least: { spam: number; controls: number }) {
  const all = [...chromeSample(name, 'A'), ...chromeSample(name, 'B')];
  describe(`the ${name} sample is well formed`, () => {
    it.each(all.map((c) => [c.slug, c] as const))('%s: a source, a reason per label, the planted strings out of its body and title', (_slug, c) => {
      expect(c.meta.url).toMatch(/^https?:\/\//u);
      expect(['A', 'B']).toContain(c.meta.half);
      expect(c.meta.why.length).toBeGreaterThan(0);
      const body = squeeze(c.body.join('\n'));
      for (const piece of (c.meta.chrome ?? []) as string[]) expect(body).not.toContain(squeeze(piece));
      for (const planted of c.meta.planted as string[]) {
        expect(body).not.toContain(squeeze(planted));
        expect(squeeze(c.meta.expected.title ?? '')).not.toContain(squeeze(planted));
      }
      // A control has nothing planted; a spam page has at least one planted string.
      expect(c.meta.control).toBe((c.meta.planted as string[]).length === 0);
    });

    it(`has at least ${least.spam} spam pages and ${least.controls} controls, split into halves, one site each`, () => {
      expect(all.filter((c) => !c.meta.control).length).toBeGreaterThanOrEqual(least.spam);
      expect(all.filter((c) => c.meta.control).length).toBeGreaterThanOrEqual(least.controls);
      expect(new Set(all.map((c) => c.meta.site)).size).toBe(all.length);
    });
  });
}

/** A sample page through the whole ingest: a document whose body keeps its first line and holds none of its chrome strings. */
export function expectDocumentLosesChrome(name: string, c: ReturnType<typeof chromeSample>[number]) {
  const path = new URL(`../fixtures/chrome/${name}/A/${c.slug}/raw.txt`, import.meta.url);
  const result = ingestOne({ path: 'raw.txt', bytes: readFileSync(path) });
  expect(result.kind).toBe('document');
  const text = squeeze(result.kind === 'document' ? result.mdx.split(/^---$/mu).slice(2).join('') : '');
  expect(text).toContain(squeeze(c.body[0]!));
  for (const piece of c.meta.chrome as string[]) expect(text).not.toContain(squeeze(piece));
}
