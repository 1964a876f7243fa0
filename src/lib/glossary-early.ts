// The slogans glossary started as soon as a build's content sync has the
// documents, instead of when the slogan routes' getStaticPaths first asks for
// it: Astro calls every route's getStaticPaths one after another before it
// renders a page, so the build's thread sat idle for the whole of the
// glossary's process there (docs/performance.md, thirtieth session). Started
// at astro:build:start (src/integrations/glossary-early.ts), it runs beside
// Vite's bundling and the routes before it.
//
// The content loader (documents-loader.ts), the integration and the page code
// (slogans.ts) meet here through a global slot: the loader runs in the
// config's module graph and the pages in the built bundle, each with its own
// copy of this module, in one process. The pages take the early answer only
// when their own job is byte for byte the one started; otherwise they start
// their own, as before, so the glossary is always that of the pages' collection.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { processResult } from '../integrations/worker-result.ts';
// Types only: the content loader imports this module, and glossary-store.ts's imports are the glossary's own.
import type { GlossaryJobDoc, SentSummary } from './glossary-store.ts';

/** The job's file in the cache folder (at 50,000 documents it is too long for an argument). */
const GLOSSARY_JOB_FILE = 'slogans-glossary-job.json';

interface Slot {
  /** Set by the integration in a build: only then does the loader hand over its documents. */
  build?: { root: string; cacheDir: string };
  /** The documents as the content sync left them, in the collection's order. */
  docs?: GlossaryJobDoc[];
  /** The job started early (its JSON) and its answer. */
  started?: { job: string; answer: Promise<SentSummary[]> };
}

const slot = ((globalThis as Record<symbol, Slot | undefined>)[Symbol.for('speech-archive:glossary-early')] ??= {});

/** A documents collection entry as the glossary reads it (getCollection's in the pages, the store's in the content loader). */
export interface GlossaryEntry {
  filePath?: string;
  digest?: string | number;
  data: { id: string; title: string; date?: string; year?: number; region?: { province: string }; slogans: string[] };
}

export function jobDoc({ data: d, filePath, digest }: GlossaryEntry): GlossaryJobDoc {
  if (!filePath) throw new Error(`document ${d.id}: the collection entry names no file`);
  return { id: d.id, title: d.title, date: d.date, year: d.year, province: d.region?.province, slogans: d.slogans, file: filePath, digest: String(digest ?? '') };
}

/** The job's JSON, written to the cache folder, and the glossary's process started on it. */
export function startGlossary(root: string, cacheDir: string, job: string): Promise<SentSummary[]> {
  writeFileSync(path.join(cacheDir, GLOSSARY_JOB_FILE), job);
  return processResult<SentSummary[]>(pathToFileURL(path.join(root, 'src/lib/glossary-process.ts')), { jobFile: path.join(cacheDir, GLOSSARY_JOB_FILE) }, 'slogans glossary');
}

/** The job's JSON as the pages write it: the same object, so that early and late jobs compare as text. */
export const glossaryJob = (root: string, cacheDir: string, docs: GlossaryJobDoc[]) => JSON.stringify({ root, cacheDir, docs });

/** The integration, in `astro build`: the loader may hand over its documents. */
export function expectDocuments(root: string, cacheDir: string): void {
  slot.build = { root, cacheDir };
}

/** The content loader, once the collection is synced: its documents (kept only in a build). */
export function documentsLoaded(docs: () => GlossaryJobDoc[]): void {
  if (slot.build) slot.docs = docs();
}

/** The integration, at astro:build:start: starts the glossary on the loaded documents, if any; how many. */
export function startEarly(): number | undefined {
  const { build, docs } = slot;
  slot.docs = undefined;
  if (!build || !docs) return undefined;
  const job = glossaryJob(build.root, build.cacheDir, docs);
  const answer = startGlossary(build.root, build.cacheDir, job);
  // Taken by the pages; a build that fails before them must not also report this as unhandled.
  answer.catch(() => {});
  slot.started = { job, answer };
  return docs.length;
}

/** The pages: the glossary of `job`, from the early start when it was started on exactly this job. */
export async function glossaryAnswer(root: string, cacheDir: string, job: string): Promise<SentSummary[]> {
  const started = slot.started;
  slot.started = undefined;
  if (started?.job === job) return started.answer;
  // Another job's process writes the same files in the cache folder: it ends before this one starts.
  if (started) await started.answer.catch(() => {});
  return startGlossary(root, cacheDir, job);
}
