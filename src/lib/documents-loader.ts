// The content loader of the generated documents: each MDX file is rendered to
// HTML once, when it is loaded, and stored with its entry, so that pages need
// no module per document (no Vite bundling of thousands of MDX files) and an
// unchanged file is skipped on the next build by its digest.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { renderDocument } from './document-html.ts';

const EXTENSION = '.mdx';

// A stored entry is reused while its digest matches. The digest covers the
// renderer's own source as well as the file, so that a change to the markup
// re-renders every document on the next build.
const rendererFingerprint = createHash('sha256')
  .update(readFileSync(new URL('./document-html.ts', import.meta.url)))
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
      for (const name of names) untouched.delete(await syncFile(context, path.join(base, name)));
      for (const id of untouched) store.delete(id);

      // astro dev: keep the collection in step with the folder.
      if (!watcher) return;
      watcher.add(base);
      const inBase = (file: string) => path.dirname(file) === base && file.endsWith(EXTENSION);
      const onChange = async (file: string) => {
        if (inBase(file)) await syncFile(context, file);
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

/** Loads one file into the store unless it is stored unchanged; returns its id. */
async function syncFile({ config, store, parseData, generateDigest }: LoaderContext, file: string): Promise<string> {
  const id = path.basename(file, EXTENSION);
  const contents = await readFile(file, 'utf8');
  const digest = generateDigest(contents + rendererFingerprint);
  const filePath = path.relative(fileURLToPath(config.root), file).split(path.sep).join('/');
  const stored = store.get(id);
  if (stored?.digest === digest && stored.filePath === filePath) return id;

  const { data, body, lines } = splitFrontmatter(contents, filePath);
  const parsed = await parseData({ id, data, filePath });
  // Blank lines in place of the frontmatter keep error positions the file's own.
  const { html, headings } = renderDocument('\n'.repeat(lines) + body, filePath);
  store.set({ id, data: parsed, body: body.trim(), filePath, digest, rendered: { html, metadata: { headings } } });
  return id;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The YAML frontmatter (read as YAML 1.1, as ingest writes it), the body and the frontmatter's line count. */
function splitFrontmatter(contents: string, file: string): { data: Record<string, unknown>; body: string; lines: number } {
  const match = FRONTMATTER.exec(contents);
  if (!match) throw new Error(`${file}: no YAML frontmatter`);
  let data: unknown;
  try {
    data = parseYaml(match[1]!, { version: '1.1' });
  } catch (error) {
    throw new Error(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}: frontmatter is not a YAML mapping`);
  return { data: data as Record<string, unknown>, body: contents.slice(match[0].length), lines: match[0].split('\n').length - 1 };
}
