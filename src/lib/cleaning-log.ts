// A document's cleaning log (`removed`, `warnings`): about half of each
// frontmatter, and shown only on the document's own page (its provenance box
// and title notes). So the collection's entries leave it out
// (src/lib/documents-loader.ts): Astro holds its whole data store in the build's
// process several times (the store, its JSON written to disk, and the same JSON
// bundled as a module and parsed again). The loader, which parses each
// changed file's frontmatter anyway, keeps the log as JSON text in the cache
// folder by the entry's digest, and the page reads its own from there
// (withCleaningLog in src/lib/document-source.ts).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BuildCache } from '../../core/cache/build-cache.ts';
import { readFrontmatter } from '../../core/mdx/frontmatter.ts';
import { removedSpan, warning, type RemovedSpan, type Warning } from '../../core/schema.ts';

export interface CleaningLog {
  removed: RemovedSpan[];
  warnings: Warning[];
}

const NAME = 'cleaning-log';
const VERSION = 'cleaning-log 1';
const logSchema = z.strictObject({ removed: z.array(removedSpan), warnings: z.array(warning) });

/** The log of a file's frontmatter, validated as the collection's schema does. */
export function logOf(data: Record<string, unknown>, file: string): CleaningLog {
  const parsed = logSchema.safeParse({ removed: data.removed, warnings: data.warnings });
  if (!parsed.success) throw new Error(`${file}: cleaning log does not match the document contract: ${parsed.error.message}`);
  return parsed.data;
}

/** The log read from the MDX file itself (a YAML parse: milliseconds a document). */
export function logFromFile(file: string): CleaningLog {
  return logOf(readFrontmatter(readFileSync(file, 'utf8'), file).data, file);
}

/** The cache of logs, opened by the loader for a sync and by the pages for reading. */
export class CleaningLogs {
  private readonly cache: BuildCache<CleaningLog>;

  private constructor(cache: BuildCache<CleaningLog>) {
    this.cache = cache;
  }

  static async open(cacheDir: string): Promise<CleaningLogs> {
    return new CleaningLogs(await BuildCache.open<CleaningLog>(cacheDir, NAME, VERSION));
  }

  /** The log of the entry with this digest; `compute` when the cache does not hold it. */
  get(digest: string, compute: () => CleaningLog): CleaningLog {
    return this.cache.get(this.cache.key(digest), compute);
  }

  /** Keeps the logs this sync asked for (a changed file's, or an unchanged one's from the last sync). */
  save(): Promise<void> {
    return this.cache.save();
  }
}
