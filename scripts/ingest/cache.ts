// The per-file result cache: the pipeline result of one raw file, stored on
// disk under a key made of the file's path and bytes, in a folder named after
// the pipeline version. The version hashes every file of the pipeline's own
// source, the installed package tree and the Node runtime, so any change of
// code, dictionary or dependency is a new, empty folder: a stale entry cannot
// be read after a change, whatever the change was.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IngestResult } from './pipeline.ts';

const repo = path.resolve(import.meta.dirname, '../..');

export const DEFAULT_CACHE_DIR = path.join(repo, 'node_modules/.cache/speech-archive/ingest');

/** A version folder's name: the first 16 hex digits of the version hash. */
const VERSION_DIR = /^[0-9a-f]{16}$/;

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * The pipeline version: a hash of every file under `sources` (path and
 * content), of the installed packages (npm's hidden lockfile lists each one
 * with its version and integrity; the project lockfile if there is none) and
 * of the runtime's versions (V8's regular expressions and ICU's Unicode data
 * are part of what the stages compute).
 */
export function pipelineVersion(sources = path.join(repo, 'scripts/ingest'), lockfiles = [path.join(repo, 'node_modules/.package-lock.json'), path.join(repo, 'package-lock.json')]): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(sources)) hash.update(`${path.relative(sources, file)}\0`).update(readFileSync(file)).update('\0');
  const lock = lockfiles.map(readIfPresent).find((bytes) => bytes !== undefined);
  if (!lock) throw new Error(`ingest cache: no lockfile among ${lockfiles.join(', ')}`);
  hash.update(lock);
  hash.update(JSON.stringify(process.versions));
  return hash.digest('hex').slice(0, 16);
}

/** The key of one raw file: its path matters as much as its bytes (the extension decides the format). */
export function cacheKey(rawPath: string, sha256: string): string {
  return createHash('sha256').update(`${rawPath}\0${sha256}`).digest('hex');
}

function isResult(value: unknown, rawPath: string): value is IngestResult {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Partial<Record<string, unknown>>;
  if (result.path !== rawPath) return false;
  if (result.kind === 'quarantined') return typeof result.reason === 'string';
  return result.kind === 'document' && typeof result.mdx === 'string' && typeof result.meta === 'object' && Array.isArray(result.blocks) && Array.isArray(result.sketch);
}

export class ResultCache {
  readonly dir: string;
  #written = 0;

  constructor(root: string, version: string) {
    this.dir = path.join(root, version);
  }

  /** Creates the version folder and removes those of other versions, which can never be read again. */
  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const root = path.dirname(this.dir);
    const mine = path.basename(this.dir);
    for (const name of await readdir(root)) {
      if (name !== mine && VERSION_DIR.test(name)) await rm(path.join(root, name), { recursive: true, force: true });
    }
  }

  /** The stored result, or undefined when there is none or it cannot be read: a damaged entry is a miss. */
  async get(key: string, rawPath: string): Promise<IngestResult | undefined> {
    try {
      const value: unknown = JSON.parse(await readFile(path.join(this.dir, `${key}.json`), 'utf8'));
      return isResult(value, rawPath) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores a result (as JSON text) atomically: written in full under a temporary name, then renamed over the entry. */
  async set(key: string, json: string): Promise<void> {
    const file = path.join(this.dir, `${key}.json`);
    const tmp = `${file}.${process.pid}.${this.#written++}.tmp`;
    await writeFile(tmp, json);
    await rename(tmp, file);
  }
}
