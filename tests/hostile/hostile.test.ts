// Nothing lost, nothing executed: a generated hostile corpus goes
// through the real ingest CLI and a real Astro build into a temporary folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import iconv from 'iconv-lite';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHostileCorpus, type HostileInput } from './corpus.ts';
import type { Report } from '../../scripts/ingest/output.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'hostile-'));
const dirs = { raw: path.join(work, 'raw'), docs: path.join(work, 'docs'), out: path.join(work, 'dist'), cache: path.join(work, 'cache') };
const canary = path.join(work, 'canary');
let inputs: HostileInput[];
let report: Report;
let build: ReturnType<typeof spawnSync>;

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

beforeAll(() => {
  inputs = writeHostileCorpus(dirs.raw, canary);
  const ingest = run(['scripts/ingest/cli.ts', '--input', dirs.raw, '--output', dirs.docs, '--report', path.join(work, 'report.json'), '--quiet'], {
    INGEST_CACHE_DIR: path.join(work, 'ingest-cache'),
  });
  expect(ingest.status, ingest.stderr).toBe(0);
  report = JSON.parse(readFileSync(path.join(work, 'report.json'), 'utf8')) as Report;
  build = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dirs.out], { DOCUMENTS_DIR: dirs.docs, RAW_DIR: dirs.raw, ASTRO_CACHE_DIR: dirs.cache });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('hostile corpus', () => {
  it('accounts for every input exactly once: documents + merged + quarantined = inputs', () => {
    const seen = [...report.documents.map((d) => d.path), ...report.merged.map((m) => m.path), ...report.quarantined.map((q) => q.path)];
    expect(seen.sort()).toEqual(inputs.map((i) => i.name).sort());
    expect(report.documents.length + report.merged.length + report.quarantined.length).toBe(report.inputs);
  });

  it('puts each input where it belongs, with a reason for every quarantine', () => {
    const where = (name: string) =>
      report.documents.some((d) => d.path === name) ? 'document' : report.merged.some((m) => m.path === name) ? 'merged' : 'quarantined';
    for (const input of inputs) {
      const actual = where(input.name);
      if (input.expect === 'document-or-merged') expect(actual, input.name).not.toBe('quarantined');
      else expect(actual, input.name).toBe(input.expect);
    }
    for (const q of report.quarantined) expect(q.reason, q.path).toMatch(/\S{4,}/);
  });

  it('merges the same text arriving in several files and encodings into one document', () => {
    const copies = ['same text copy.txt', '同一份讲话 (1).txt', 'gb18030.txt', 'big5.txt'];
    const ids = new Set(copies.map((name) => report.documents.find((d) => d.path === name)?.id ?? report.merged.find((m) => m.path === name)?.into));
    expect(ids.size).toBe(1);
  });

  it('builds the site without evaluating anything from the text', () => {
    expect(build.status, String(build.stderr)).toBe(0);
    expect(existsSync(canary)).toBe(false);
  });

  // Shown as text: in the body, or (markup printed as text, which cleaning removes) in
  // the page's cleaning log of removed text; either way escaped, never run.
  it('shows hostile text as text on the built pages', () => {
    for (const input of inputs.filter((i) => i.shows)) {
      const id = report.documents.find((d) => d.path === input.name)?.id ?? report.merged.find((m) => m.path === input.name)?.into;
      const html = readFileSync(path.join(dirs.out, 'documents', id!, 'index.html'), 'utf8');
      const article = toText(fromHtml(html).children.find((n) => n.type === 'element')!);
      for (const text of input.shows!) expect(article, `${input.name} shows ${text}`).toContain(text);
      expect(html).not.toMatch(/<script>window\.__hostile|<iframe src="https:\/\/example\.com"|<img src="?x"? onerror/);
    }
  });

  it('serves the raw file verbatim as UTF-8 text beside its page, never as markup', () => {
    // A legacy-encoded file is served in its original script, decoded, not the cleaned text.
    const served = inputs.filter((i) => report.documents.some((d) => d.path === i.name));
    expect(served.filter((i) => i.shows).length).toBeGreaterThan(5);
    for (const input of served) {
      const id = report.documents.find((d) => d.path === input.name)!.id;
      const file = path.join(dirs.out, 'documents', id, 'raw.txt');
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
      const encoding = /big5/.test(input.name) ? 'big5' : /gb18030/.test(input.name) ? 'gb18030' : 'utf8';
      expect(text, `${input.name} raw.txt`).toBe(iconv.decode(Buffer.from(input.bytes), encoding).replace(/^\uFEFF/u, ''));
      for (const text2 of input.shows ?? []) if (encoding === 'utf8') expect(text, `${input.name} raw text shows ${text2}`).toContain(text2);
      expect(existsSync(path.join(dirs.out, 'documents', id, 'raw', 'index.html')), `${input.name}: no raw page`).toBe(false);
    }
  });
});
