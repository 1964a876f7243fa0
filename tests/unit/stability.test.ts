// Stable ids and anchors (issue 8), end to end on the sample corpus: a copy of
// content/raw is ingested and built twice and gives byte-identical exports;
// then one raw file changes and only that document's records change. Every
// record validates against the JSON Schema and every paragraph URL resolves
// to an element of the built page. Slow: three real builds, each into a
// folder and content-layer cache of its own.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/lib/exports/records.ts';
import { schemaValidator } from '../fixtures/exports/schema.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'stability-'));
const raw = path.join(work, 'raw');
const CHANGED = '000_451d7acc14fba13a.txt';

const run = (args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync(args[0], args.slice(1), { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
};

/** Ingests the raw copy and builds it into a folder of its own; returns that folder. */
function ingestAndBuild(name: string): string {
  const docs = path.join(work, `${name}-docs`);
  const out = path.join(work, `${name}-dist`);
  run([process.execPath, 'scripts/ingest/cli.ts', '--input', raw, '--output', docs, '--report', path.join(work, `${name}-report.json`), '--quiet'], {
    // One cache for the three runs: the later ones read their unchanged files from it.
    INGEST_CACHE_DIR: path.join(work, 'ingest-cache'),
  });
  run([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    DOCUMENTS_DIR: docs,
    RAW_DIR: raw,
    ASTRO_CACHE_DIR: path.join(work, `${name}-cache`),
  });
  return out;
}

/** Every export file of a build, by path relative to dist/data. */
function exportsOf(dist: string): Map<string, string> {
  const dir = path.join(dist, 'data');
  const files = ['documents.jsonl', 'documents.csv', ...readdirSync(path.join(dir, 'documents')).map((n) => `documents/${n}`)];
  return new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

const recordsOf = (files: Map<string, string>) =>
  files.get('documents.jsonl')!.trimEnd().split('\n').map((l) => JSON.parse(l) as DocumentRecord);
const csvRowsOf = (files: Map<string, string>) => files.get('documents.csv')!.split('\r\n').slice(1).filter(Boolean);

let first: Map<string, string>;
let second: Map<string, string>;
let changed: Map<string, string>;
let firstDist: string;

beforeAll(() => {
  cpSync(path.join(root, 'content/raw'), raw, { recursive: true });
  firstDist = ingestAndBuild('first');
  first = exportsOf(firstDist);
  second = exportsOf(ingestAndBuild('second'));
  appendFileSync(path.join(raw, CHANGED), '\n要持续巩固整改成果，确保各项要求落到实处。\n');
  changed = exportsOf(ingestAndBuild('changed'));
}, 1_800_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('export stability', () => {
  it('exports every document of the sample corpus', () => {
    expect(recordsOf(first)).toHaveLength(readdirSync(raw).length);
  });

  it('gives byte-identical exports when the same raw files are ingested and built again', () => {
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [file, text] of first) expect(second.get(file), file).toBe(text);
  });

  it('changes only the records of the one raw file that changed', () => {
    const before = recordsOf(first);
    const after = recordsOf(changed);
    const gone = before.filter((r) => !after.some((a) => a.id === r.id));
    const added = after.filter((a) => !before.some((r) => r.id === a.id));
    expect(gone.map((r) => r.raw.path)).toEqual([CHANGED]);
    expect(added.map((r) => r.raw.path)).toEqual([CHANGED]);
    // The other documents: same JSONL line, same per-document file, same CSV row.
    const lines = (files: Map<string, string>) => new Set(files.get('documents.jsonl')!.trimEnd().split('\n'));
    const unchangedLines = [...lines(first)].filter((l) => !l.startsWith(`{"id":"${gone[0].id}"`));
    expect([...lines(changed)].filter((l) => !l.startsWith(`{"id":"${added[0].id}"`))).toEqual(unchangedLines);
    for (const r of before.filter((x) => x.id !== gone[0].id)) {
      expect(changed.get(`documents/${r.id}.json`)).toBe(first.get(`documents/${r.id}.json`));
    }
    expect(csvRowsOf(changed).filter((row) => !row.startsWith(added[0].id))).toEqual(csvRowsOf(first).filter((row) => !row.startsWith(gone[0].id)));
    // The changed document keeps the anchors of its unchanged paragraphs.
    const oldIds = gone[0].paragraphs.map((p) => p.id);
    expect(added[0].paragraphs.map((p) => p.id).slice(0, oldIds.length)).toEqual(oldIds);
  });
});

describe('exported records', () => {
  it('validate against the published JSON Schema', () => {
    const validate = schemaValidator();
    for (const record of recordsOf(first)) expect(validate(record), `${record.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('link every paragraph to an element of its built page', () => {
    for (const record of recordsOf(first)) {
      const page = path.join(firstDist, 'documents', record.id, 'index.html');
      expect(existsSync(page), page).toBe(true);
      const ids = new Set<string>();
      visit(fromHtml(readFileSync(page, 'utf8')), 'element', (node: Element) => {
        if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      });
      expect(record.paragraphs.length).toBeGreaterThan(0);
      for (const p of record.paragraphs) {
        expect(new URL(p.url).pathname).toBe(`/documents/${record.id}/`);
        expect(ids.has(new URL(p.url).hash.slice(1)), `${p.url} on ${page}`).toBe(true);
      }
    }
  });
});
