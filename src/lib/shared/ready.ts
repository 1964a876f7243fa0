// When the shared passages' index is ready in the cache folder. A build finds
// them in a process it starts with its config (src/integrations/exports.ts);
// the pages wait for it where they first read the index (site.ts, the document
// route's getStaticPaths) instead of the build waiting at astro:build:start,
// so that Vite's bundling runs beside the end of the search when it outlasts
// the content sync (docs/performance.md, thirtieth session). The integration
// and the pages meet through a global slot: the pages are the built bundle's
// modules, with their own copy of this one, in the same process.
interface Slot {
  ready?: Promise<unknown>;
}

const slot = ((globalThis as Record<symbol, Slot | undefined>)[Symbol.for('speech-archive:shared-ready')] ??= {});

/** The integration: the index is written when `ready` settles (a rejection is the build's error). */
export function sharedPending(ready: Promise<unknown>): void {
  slot.ready = ready;
}

/** The pages: settles when the index this build writes is there (at once when nothing is pending, as in the dev server, which waits at its setup). */
export async function sharedReady(): Promise<void> {
  await slot.ready;
}
