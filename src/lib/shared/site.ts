// The shared-passages index for the pages: written into the cache folder by
// the build step before pages render (src/integrations/exports.ts; the pages
// wait for it, ready.ts), opened once per build; a page reads its own
// document's links from it (store.ts).
import { cacheDir } from 'virtual:speech-archive/build-context';
import { SHARED_FILE } from './format.ts';
import { sharedReady } from './ready.ts';
import { SharedStore } from './store.ts';

let loaded: Promise<SharedStore> | undefined;

export function sharedIndex(): Promise<SharedStore> {
  loaded ??= sharedReady().then(async () => {
    const store = await SharedStore.open(cacheDir);
    if (store) return store;
    console.warn(`shared passages: no ${SHARED_FILE} in ${cacheDir}; pages show none (the build writes it before rendering)`);
    return SharedStore.empty();
  });
  return loaded;
}
