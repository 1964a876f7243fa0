// The one-file path of a rebuild (scripts/build/onefast.ts) against builds
// from scratch, end to end on the sample corpus: a full build keeps its bundle;
// one raw file changes and the rebuild takes the one-file path; then a raw file
// is deleted and it takes it again. Each time every file of dist/ must equal,
// byte for byte, a full `astro build` of the same input into a folder and cache
// of its own. A changed setting makes the rebuild decline. Slow: five real
// builds and three ingests.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declined } from '../../scripts/build/onefast.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'onefast-'));
const raw = path.join(work, 'raw');
const docs = path.join(work, 'docs');
const CHANGED = '000_451d7acc14fba13a.txt';

const run = (args: string[], env: Record<string, string> = {}): string => {
  const { SITE_URL: _, ...rest } = process.env;
  const result = spawnSync(args[0]!, args.slice(1), { cwd: root, env: { ...rest, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout + result.stderr;
};

const ingest = () =>
  run([process.execPath, 'scripts/ingest/cli.ts', '--input', raw, '--output', docs, '--report', path.join(work, 'report.json'), '--quiet'], {
    INGEST_CACHE_DIR: path.join(work, 'ingest-cache'),
  });

/** scripts/build/cli.ts into `dist` with `cache`; its log. */
const build = (dist: string, cache: string) =>
  run([process.execPath, 'scripts/build/cli.ts', '--outDir', dist], { DOCUMENTS_DIR: docs, RAW_DIR: raw, ASTRO_CACHE_DIR: path.join(work, cache) });

/** Every file of a build folder with its bytes. */
function filesOf(dist: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort()) {
    if (statSync(path.join(dist, f)).isFile()) out.set(f, readFileSync(path.join(dist, f)));
  }
  return out;
}

function expectSameFiles(actual: string, expected: string) {
  const a = filesOf(actual);
  const e = filesOf(expected);
  expect([...a.keys()]).toEqual([...e.keys()]);
  const differing = [...e].filter(([f, bytes]) => !a.get(f)!.equals(bytes)).map(([f]) => f);
  expect(differing).toEqual([]);
}

const dist = path.join(work, 'dist');
const logs: Record<string, string> = {};

beforeAll(() => {
  cpSync(path.join(root, 'content/raw'), raw, { recursive: true });
  ingest();
  logs.full = build(dist, 'cache');
  appendFileSync(path.join(raw, CHANGED), '\n要持续巩固整改成果，确保各项要求落到实处。\n');
  ingest();
  logs.changed = build(dist, 'cache');
  // The path serializes the documents store itself (scripts/build/onefast.ts): kept to compare with a full build's.
  cpSync(path.join(work, 'cache', 'data-store.json'), path.join(work, 'store-changed.json'));
  logs.changedScratch = build(path.join(work, 'scratch-changed'), 'scratch-changed-cache');
  // Kept now: the next rebuild is compared with its own scratch build.
  cpSync(dist, path.join(work, 'dist-changed'), { recursive: true });
  rmSync(path.join(raw, readdirSync(raw).sort()[0]!));
  ingest();
  logs.deleted = build(dist, 'cache');
  logs.deletedScratch = build(path.join(work, 'scratch-deleted'), 'scratch-deleted-cache');
}, 1_800_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the one-file path', () => {
  it('is declined by the first build, which runs astro build and keeps its bundle', () => {
    expect(logs.full).toMatch(/\[onefast\] full build: no kept state/);
    expect(logs.full).toMatch(/Complete!/);
  });

  it('takes a one-document edit without astro build and gives the files of a build from scratch', () => {
    expect(logs.changed).toMatch(/\[onefast\] one-file path: \d+ of \d+ pages rendered/);
    expect(logs.changed).not.toMatch(/Building static entrypoints/);
    expectSameFiles(path.join(work, 'dist-changed'), path.join(work, 'scratch-changed'));
    // The content store the next build starts from, as Astro's own content sync writes it for the same documents.
    expect(readFileSync(path.join(work, 'store-changed.json'), 'utf8')).toBe(readFileSync(path.join(work, 'scratch-changed-cache', 'data-store.json'), 'utf8'));
  });

  it('takes a deleted document too, removing its pages', () => {
    expect(logs.deleted).toMatch(/\[onefast\] one-file path: .* [1-9]\d* removed/);
    expectSameFiles(dist, path.join(work, 'scratch-deleted'));
    expect(readFileSync(path.join(work, 'cache', 'data-store.json'), 'utf8')).toBe(readFileSync(path.join(work, 'scratch-deleted-cache', 'data-store.json'), 'utf8'));
  });

  it('declines when the settings differ from the kept build', () => {
    const options = { root, outDir: dist, cacheDir: path.join(work, 'cache'), log: () => {} };
    const env = { DOCUMENTS_DIR: docs, RAW_DIR: raw, ASTRO_CACHE_DIR: path.join(work, 'cache') };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      expect(declined(options)).toBeUndefined();
      process.env.RAW_DIR = path.join(work, 'elsewhere');
      expect(declined(options)).toMatch(/changed since the kept build/);
      process.env.RAW_DIR = raw;
      expect(declined({ ...options, outDir: path.join(work, 'other') })).toMatch(/another output folder/);
      const state = path.join(work, 'cache', 'onefast', 'state.json');
      const kept = readFileSync(state, 'utf8');
      writeFileSync(state, kept.replace(/"codeVersion":"[0-9a-f]+"/, '"codeVersion":"0"'));
      expect(declined(options)).toMatch(/changed since the kept build/);
      writeFileSync(state, kept);
    } finally {
      process.env = saved;
    }
  });
});
