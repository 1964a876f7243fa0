// The slogans glossary started at astro:build:start on the content loader's
// documents (src/lib/glossary-early.ts): the pages take that answer only for
// the same job, and otherwise build their own after it.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentsLoaded, expectDocuments, glossaryAnswer, glossaryJob, jobDoc, startEarly, type GlossaryEntry } from '../../src/lib/glossary-early.ts';

const root = path.resolve(import.meta.dirname, '../..');
const slot = () => (globalThis as Record<symbol, { build?: unknown; docs?: unknown; started?: { job: string; answer: Promise<unknown> } }>)[Symbol.for('speech-archive:glossary-early')]!;

let dir = '';
function entry(id: string, year: number, slogans: string[], text: string): GlossaryEntry {
  const file = path.join(dir, `${id}.mdx`);
  writeFileSync(file, `---\nid: ${id}\n---\n\n<Anchor id="p-1" />${text}\n`);
  return { filePath: file, digest: `${id} ${text}`, data: { id, title: `${id} 讲话`, date: `${year}-01-01`, year, region: { province: '山西省' }, slogans } };
}
const entries = () => [
  entry('a', 2015, ['三严三实'], '要把“三严三实”作为基本行为准则，不搞“花架子”。'),
  entry('b', 2016, ['两个维护'], '做到“两个维护”，践行“三严三实”，力戒“花架子”。'),
];

// The slot is global: other test files of the unit project (one module graph) meet it too.
const clear = () => {
  for (const key of ['build', 'docs', 'started'] as const) delete slot()?.[key];
};
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glossary-early-'));
  clear();
});
afterEach(() => {
  clear();
  rmSync(dir, { recursive: true, force: true });
});

// Each case starts the glossary's process (Node's start and its imports), slow on a loaded machine.
describe('the slogans glossary started early', { timeout: 120_000 }, () => {
  it('outside a build keeps no documents and starts nothing; the pages start their own', async () => {
    let asked = false;
    documentsLoaded(() => ((asked = true), []));
    expect(startEarly()).toBeUndefined();
    expect(asked).toBe(false);
    expect(slot().started).toBeUndefined();
    const sent = await glossaryAnswer(root, dir, glossaryJob(root, dir, entries().map(jobDoc)));
    expect(sent.map((s) => [s.slogan, s.documentCount])).toEqual([['三严三实', 2], ['花架子', 2], ['两个维护', 1]]);
  });

  it('in a build is started at astro:build:start, and the pages take its answer for the same job without building again', async () => {
    const docs = entries();
    expectDocuments(root, dir);
    documentsLoaded(() => docs.map(jobDoc));
    expect(startEarly()).toBe(2);
    const started = slot().started!;
    const early = await started.answer;
    // A second build of the glossary would need the documents' files and its cached parts: gone.
    for (const name of readdirSync(dir)) rmSync(path.join(dir, name), { force: true });
    expect(await glossaryAnswer(root, dir, glossaryJob(root, dir, docs.map(jobDoc)))).toBe(early);
    expect(slot().started).toBeUndefined();
  });

  it('for another job waits for the early process (it writes the same cache files), then builds the pages\' own', async () => {
    const docs = entries();
    expectDocuments(root, dir);
    documentsLoaded(() => docs.slice(0, 1).map(jobDoc));
    startEarly();
    let earlyDone = false;
    void slot().started!.answer.then(() => (earlyDone = true));
    const own = glossaryAnswer(root, dir, glossaryJob(root, dir, docs.map(jobDoc)));
    const sent = await own;
    expect(earlyDone).toBe(true);
    expect(sent.map((s) => [s.slogan, s.documentCount])).toEqual([['三严三实', 2], ['花架子', 2], ['两个维护', 1]]);
  });
});
