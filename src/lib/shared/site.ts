// The shared-passages index for the pages: written into the cache folder by
// the build step before pages render (src/integrations/exports.ts), read once
// per build.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheDir } from 'virtual:speech-archive/build-context';
import { emptyIndex, SHARED_FILE, type SharedIndex } from './format.ts';

let loaded: Promise<SharedIndex> | undefined;

export function sharedIndex(): Promise<SharedIndex> {
  loaded ??= readFile(path.join(cacheDir, SHARED_FILE), 'utf8').then(
    (text) => JSON.parse(text) as SharedIndex,
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      console.warn(`shared passages: no ${SHARED_FILE} in ${cacheDir}; pages show none (the build writes it before rendering)`);
      return emptyIndex();
    },
  );
  return loaded;
}
