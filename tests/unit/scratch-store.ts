// Temporary folders and result stores for the tests of ingest's steps after the files
// (ingest-mem-s38.test.ts, ingest-cpu-s39.test.ts): each made in the system's temp folder
// and removed, every store closed, after the test file's tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { IngestResult } from '../../scripts/ingest/pipeline.ts';
import { ResultStore } from '../../scripts/ingest/result-store.ts';

export function scratchStores(prefix: string) {
  const stores: ResultStore[] = [];
  const folders: string[] = [];
  afterAll(() => {
    for (const store of stores) store.close();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });
  const scratch = () => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    folders.push(dir);
    return dir;
  };
  /** A store holding `results` as the batch stores them: each from its JSON text. */
  const storeOf = (results: readonly IngestResult[]): ResultStore => {
    const store = new ResultStore(results.length, scratch());
    stores.push(store);
    results.forEach((r, i) => store.set(i, JSON.stringify(r)));
    return store;
  };
  return { scratch, storeOf };
}
