// The per-file result cache: the pipeline result of one raw file, stored under
// a key made of the file's path and bytes, in a folder named after the
// pipeline version. The version hashes every file of the pipeline's own
// source, the installed package tree and the Node runtime, so any change of
// code, dictionary or dependency is a new, empty folder: a stale entry cannot
// be read after a change, whatever the change was. The entries are one file
// of the build's cache format (core/cache/build-cache.ts): a file per entry
// costs the kernel more than the cache saves (docs/performance.md).
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { BuildCache } from '../../core/cache/build-cache.ts';
import { codeVersion, lockfilesOf } from '../../core/cache/code-version.ts';
import type { IngestResult } from './pipeline.ts';

const repo = path.resolve(import.meta.dirname, '../..');

export const DEFAULT_CACHE_DIR = path.join(repo, 'node_modules/.cache/speech-archive/ingest');

/** A version folder's name: the first 16 hex digits of the version hash. */
const VERSION_DIR = /^[0-9a-f]{16}$/;

/** The pipeline version (core/cache/code-version.ts): every file under `sources`, the installed packages and the runtime. */
export function pipelineVersion(sources = [path.join(repo, 'scripts/ingest'), path.join(repo, 'core')], lockfiles = lockfilesOf(repo)): string {
  return codeVersion(sources, lockfiles);
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
  return result.kind === 'document' && typeof result.mdx === 'string' && typeof result.meta === 'object' && Array.isArray(result.blocks) && Array.isArray(result.sketch) && Array.isArray(result.findings);
}

export class ResultCache {
  readonly dir: string;
  readonly #name: string;
  #entries: BuildCache<IngestResult> | undefined;

  /** `name` names the cache file in the version folder: the per-file results, or the learned templates' removals (batch.ts). */
  constructor(root: string, version: string, name = 'results') {
    this.dir = path.join(root, version);
    this.#name = name;
  }

  /** Creates the version folder, removes those of other versions (which can never be read again) and reads the entries. */
  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const root = path.dirname(this.dir);
    const mine = path.basename(this.dir);
    for (const name of await readdir(root)) {
      if (name !== mine && VERSION_DIR.test(name)) await rm(path.join(root, name), { recursive: true, force: true });
    }
    // Keys are made here (cacheKey), not by the build cache, so its version is unused.
    this.#entries = await BuildCache.open<IngestResult>(this.dir, this.#name, '');
  }

  get #opened(): BuildCache<IngestResult> {
    if (!this.#entries) throw new Error('ingest cache: not opened');
    return this.#entries;
  }

  /** The stored result, or undefined when there is none or it cannot be read: a damaged entry is a miss. */
  get(key: string, rawPath: string): IngestResult | undefined {
    return this.entry(key, rawPath)?.value;
  }

  /** The stored result with its JSON text, as `get` finds it. */
  entry(key: string, rawPath: string): { json: string; value: IngestResult } | undefined {
    const json = this.#opened.read(key);
    if (json === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(json);
      if (!isResult(value, rawPath)) return undefined;
      this.#opened.keep(key);
      return { json, value };
    } catch {
      return undefined;
    }
  }

  /**
   * The stored result's JSON unread: a function that reads it and its length
   * in UTF-8 as the file holds it, kept for save() as `entry` keeps it. Not
   * checked: the caller knows what the entry holds (the kept index, result-store.ts)
   * and that it is as long as what it knows.
   */
  unread(key: string): { text: () => string; bytes: number } | undefined {
    const bytes = this.#opened.storedBytes(key);
    if (bytes === undefined) return undefined;
    const cache = this.#opened;
    return { text: () => cache.read(key)!, bytes };
  }

  /** Keeps an entry found by `unread` for save(). */
  keep(key: string): void {
    this.#opened.keep(key);
  }

  /** Stores a result (as JSON text, or a function that gives it when read or saved, `bytes` long in UTF-8) for save(). */
  set(key: string, json: string | (() => string), bytes?: number): void {
    this.#opened.write(key, json);
  }

  /**
   * Writes what this run stored (BuildCache.save: appended, or the file
   * replaced by the entries this run read or stored); a run that stops before
   * leaves the previous entries.
   */
  save(): Promise<void> {
    return this.#opened.save();
  }
}
