// Writes the training-data exports into a built site: documents.jsonl,
// documents.csv and documents/<id>.json under <outDir>/data/. Reads the
// generated MDX a batch at a time, so a large archive never sits in memory
// at once; files are sorted by id so the output order never depends on the
// file system. With a cache, what a file gives (frontmatter and paragraphs)
// is kept by the file's SHA-256, so a rebuild parses only the changed files;
// with an OutputFiles, only the per-document files that changed are written.
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { BuildCache } from '../../../core/cache/build-cache.ts';
import { mapConcurrently } from '../../../core/concurrently.ts';
import type { Fingerprints } from '../../../core/fs/fingerprints.ts';
import type { OutputFiles } from '../output-files.ts';
import { loadDocument } from './paragraphs.ts';
import { csvColumns, csvRow, documentRecord, type DocumentData } from './records.ts';
import type { SharedSource } from '../shared/format.ts';

export interface ExportSummary {
  documents: number;
  paragraphs: number;
  /** Documents whose MDX had no current paragraph record and was parsed. */
  parsed: number;
}

/** Files read (and per-document files written) at once, and files held in memory at once. */
const IO_LIMIT = 16;
const BATCH = 256;
/** The exports' cache is kept per group of ids that share their first characters: 256 groups of generated (hexadecimal) ids. */
export const GROUP_CHARS = 2;

/** What a document exports, as cached: its JSONL line, its CSV record (as written, CRLF included), its paragraphs' count and its raw file. */
export interface CachedExport {
  id: string;
  line: string;
  csv: string;
  paragraphs: number;
  raw: DocumentData['raw'];
}

/** A document's export; `json` (its own file's bytes) only when it was not cached. */
type Exported = CachedExport & { json?: string };

/** One CSV record (RFC 4180, CRLF-terminated), as documents.csv holds it. */
const csvRecord = (row: string[]) => stringify([row], { record_delimiter: 'windows' });

/**
 * `output` (opened on `outDir`) writes the per-document files and removes a
 * deleted document's; `shared` gives each paragraph the paragraphs it also
 * stands as elsewhere.
 */
export async function writeExports(
  documentsDir: string,
  outDir: string,
  siteUrl: string,
  output: OutputFiles,
  shared?: SharedSource,
  /** Called with each document's id and raw file, for other per-document files (the raw texts). */
  each?: (data: Pick<DocumentData, 'id' | 'raw'>) => Promise<void>,
  /**
   * What each document exports, kept between builds by its MDX's bytes, shared passages and the site's
   * address, in a cache per group of ids (their first GROUP_CHARS characters, so that no more than a group
   * is in memory at once): a rebuild reads and serializes only the changed documents.
   */
  cacheOf?: (group: string) => Promise<BuildCache<CachedExport>>,
  /** The MDX files' digests known by their stat (core/fs/fingerprints.ts), so that a rebuild reads only the changed files to key them. */
  fingerprints?: Fingerprints,
): Promise<ExportSummary> {
  const dataDir = path.join(outDir, 'data');
  await mkdir(dataDir, { recursive: true });
  const listed = await readdir(documentsDir).catch((error: Error) => {
    throw new Error(`exports: cannot read the documents folder ${documentsDir} (run npm run ingest, or set DOCUMENTS_DIR): ${error.message}`);
  });
  const names = listed.filter((n) => n.endsWith('.mdx')).sort();
  let parsed = 0;
  let cache: BuildCache<CachedExport> | undefined;
  // A document's export from its files, or from the cache when its MDX's bytes, its shared passages and the site's address are a cached one's.
  const exported = async (name: string): Promise<Exported> => {
    const id = name.slice(0, -'.mdx'.length);
    const named = shared?.document(id);
    const bytes = fingerprints ? fingerprints.hashSync(documentsDir, name).sha256 : readFileSync(path.join(documentsDir, name));
    const key = cache?.key(Buffer.concat([Buffer.from(bytes), Buffer.from(`\0${siteUrl}\0${JSON.stringify(named ?? null)}`)]));
    const json = key && cache!.read(key);
    if (json) {
      try {
        const entry = JSON.parse(json) as CachedExport;
        // An entry of the format before the CSV record was cached is a miss.
        if (typeof entry.csv === 'string') {
          cache!.write(key, json);
          return entry;
        }
      } catch {
        // A damaged entry is a miss.
      }
    }
    const doc = await loadDocument(documentsDir, id);
    if (!doc.fromRecord) parsed++;
    const data = doc.data as unknown as DocumentData;
    const own = String(data.id) === id ? named : shared?.document(String(data.id));
    const record = documentRecord(data, doc.paragraphs, siteUrl, (p) => own?.paragraphs[p]?.links);
    const entry: CachedExport = { id: record.id, line: JSON.stringify(record), csv: csvRecord(csvRow(record)), paragraphs: record.paragraphs.length, raw: data.raw };
    // The key took the shared passages by the file's name: an entry is kept only when that is the document's id.
    if (key && record.id === id) cache!.write(key, JSON.stringify(entry));
    return { ...entry, json: JSON.stringify(record, null, 2) + '\n' };
  };
  const jsonl = createWriteStream(path.join(dataDir, 'documents.jsonl'));
  const rows: string[] = [];
  let paragraphs = 0;
  // The names are sorted, so a group's names are together.
  for (const [group, inGroup] of Map.groupBy(names, (name) => name.slice(0, GROUP_CHARS))) {
    cache = await cacheOf?.(group);
    for (let start = 0; start < inGroup.length; start += BATCH) {
      const batch = await mapConcurrently(inGroup.slice(start, start + BATCH), IO_LIMIT, exported);
      for (const entry of batch) {
        paragraphs += entry.paragraphs;
        if (!jsonl.write(entry.line + '\n')) await once(jsonl, 'drain');
        rows.push(entry.csv);
      }
      await mapConcurrently(batch, IO_LIMIT, async ({ id, line, json }) => {
        const file = `data/documents/${id}.json`;
        // A cached document's file is kept as the last build wrote it; when it is gone, it is written from the JSONL line (the same record, indented).
        if (json !== undefined || !(await output.keep(file))) await output.write(file, json ?? JSON.stringify(JSON.parse(line), null, 2) + '\n');
      });
      if (each) await mapConcurrently(batch, IO_LIMIT, ({ id, raw }) => each({ id, raw }));
    }
    await cache?.save();
  }
  jsonl.end();
  await once(jsonl, 'finish');
  await output.finish();
  // RFC 4180: CRLF records, fields quoted when they hold a comma, quote or line
  // break; a BOM so that Excel reads the file as UTF-8.
  // Each record as a cached document gave it, so that a rebuild quotes only the changed documents' rows:
  // the same bytes as stringifying all rows at once (each record is quoted on its own).
  const csv = stringify([[...csvColumns]], { bom: true, record_delimiter: 'windows' }) + rows.join('');
  await writeFile(path.join(dataDir, 'documents.csv'), csv);
  return { documents: names.length, paragraphs, parsed };
}
