// The content loader of the generated documents. An entry holds the
// validated frontmatter without the cleaning log (src/lib/cleaning-log.ts, kept
// beside it by digest) and the excerpt the lists show, not the body nor its
// HTML: Astro loads and saves its whole data store on every build and bundles
// it into the build, so bodies and HTML there would make every rebuild, even
// of one document, load and save the whole archive's text. Pages that need more of
// a document read its file (src/lib/document-source.ts); there is no module
// per document (no Vite bundling of thousands of MDX files), and an unchanged
// file is skipped on the next build by its digest.
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { CleaningLogs, logFromFile, logOf } from './cleaning-log.ts';
import { EXCERPT_CHARS, firstLine } from './excerpt.ts';
import { readFrontmatter, splitFrontmatter } from '../../core/mdx/frontmatter.ts';
import { frontmatterOfRecord, PARAGRAPHS_SUFFIX } from '../../core/paragraphs.ts';
import { Fingerprints } from '../../core/fs/fingerprints.ts';
import { documentsLoaded, jobDoc, type GlossaryEntry } from './glossary-early.ts';

const EXTENSION = '.mdx';

// A stored entry is reused while its digest matches. The digest covers the
// code that derives the entry as well as the file, so that a change to the
// excerpt re-derives every entry on the next build.
const loaderFingerprint = createHash('sha256')
  .update(readFileSync(new URL('./excerpt.ts', import.meta.url)))
  .update(readFileSync(new URL(import.meta.url)))
  .digest('hex');

export function renderedDocuments(options: { base: string }): Loader {
  return {
    name: 'rendered-documents',
    load: async (context) => {
      const { config, store, watcher, logger } = context;
      const base = path.resolve(fileURLToPath(config.root), options.base);
      const names = await mdxFiles(base, logger);
      const untouched = new Set(store.keys());
      const logs = await CleaningLogs.open(fileURLToPath(config.cacheDir));
      // An unchanged file's digest is known by its stat (core/fs/fingerprints.ts): a rebuild reads only the changed files.
      const prints = await Fingerprints.open(path.join(fileURLToPath(config.cacheDir), 'documents-loader.files.json'));
      for (const [i, name] of names.entries()) {
        untouched.delete(await syncFile(context, path.join(base, name), logs, prints));
        // Other tasks get their turn now and then, but never a pause long enough for the store's save (see syncFile).
        if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
      }
      for (const id of untouched) store.delete(id);
      // In a build, the slogans glossary starts on these documents before the pages ask for it (glossary-early.ts),
      // in the order getCollection gives them: Astro writes the store sorted by id (localeCompare, its data-store-writer),
      // while a new entry stands last here.
      documentsLoaded(() =>
        store
          .entries()
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([, entry]) => jobDoc(entry as unknown as GlossaryEntry)),
      );
      await logs.save();
      await prints.save();

      // astro dev: keep the collection in step with the folder.
      if (!watcher) return;
      watcher.add(base);
      const inBase = (file: string) => path.dirname(file) === base && file.endsWith(EXTENSION);
      // The dev server's pages read the log from the file (src/pages/documents/[id].astro); the cache is for builds.
      const onChange = async (file: string) => {
        if (inBase(file)) await syncFile(context, file, undefined);
      };
      watcher.on('add', onChange);
      watcher.on('change', onChange);
      watcher.on('unlink', (file) => {
        if (inBase(file)) store.delete(path.basename(file, EXTENSION));
      });
    },
  };
}

/** The MDX files in `base`; none, with a warning, when it does not exist (nothing ingested yet). */
async function mdxFiles(base: string, logger: LoaderContext['logger']): Promise<string[]> {
  try {
    return (await readdir(base)).filter((name) => name.endsWith(EXTENSION)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    logger.warn(`${base} does not exist: no documents (run npm run ingest)`);
    return [];
  }
}

/** Files loaded between turns given to other tasks. */
const YIELD_EVERY = 256;

/**
 * The frontmatter from the document's paragraph record (JSON, which ingest writes beside the MDX
 * from the same metadata) and the body, when the record is current: parsing the YAML was two
 * fifths of the content sync's CPU (docs/performance.md, twenty-fifth session). Otherwise
 * undefined, and the YAML is read.
 */
function fromRecord(file: string, contents: string, filePath: string): { data: Record<string, unknown>; body: string } | undefined {
  let json: string;
  try {
    json = readFileSync(file.slice(0, -EXTENSION.length) + PARAGRAPHS_SUFFIX, 'utf8');
  } catch {
    return undefined;
  }
  const data = frontmatterOfRecord(json, contents);
  return data && { data, body: splitFrontmatter(contents, filePath).body };
}

/**
 * Loads one file into the store unless it is stored unchanged; returns its id.
 * The file is read synchronously: Astro writes its whole data store whenever
 * 500 ms pass without a change to it, and an asynchronous read waits behind
 * the workers' reads (the shared passages', Pagefind's) in libuv's four
 * threads, long enough for that under load: at 50,000 documents a store of
 * tens of thousands of entries was serialized in the middle of the sync (a
 * 50 MB data-store.json written while the build's heap grew to 2 GB).
 */
async function syncFile({ config, store, parseData, generateDigest }: LoaderContext, file: string, logs: CleaningLogs | undefined, prints?: Fingerprints): Promise<string> {
  const id = path.basename(file, EXTENSION);
  const known: { sha256?: string; bytes?: Buffer } = prints ? prints.hashSync(path.dirname(file), path.basename(file)) : { bytes: readFileSync(file) };
  const digest = generateDigest((known.sha256 ?? createHash('sha256').update(known.bytes!).digest('hex')) + loaderFingerprint);
  const filePath = path.relative(fileURLToPath(config.root), file).split(path.sep).join('/');
  const stored = store.get(id);
  if (stored?.digest === digest && stored.filePath === filePath) {
    // Kept for the next build too; read again only when the cache lost it.
    logs?.get(digest, () => logFromFile(file));
    return id;
  }

  const contents = (known.bytes ?? readFileSync(file)).toString('utf8');
  const { data, body } = fromRecord(file, contents, filePath) ?? readFrontmatter(contents, filePath);
  if ('excerpt' in data) throw new Error(`${filePath}: excerpt is derived from the body, not written in the frontmatter`);
  // parseData is typed by the data it is given; what it returns is the collection's schema output.
  const parsed: Record<string, unknown> = await parseData({ id, data: { ...data, excerpt: firstLine(body, EXCERPT_CHARS) }, filePath });
  const { removed, warnings, ...entry } = parsed;
  logs?.get(digest, () => logOf({ removed, warnings }, filePath));
  store.set({ id, data: entry, filePath, digest });
  return id;
}
