// Writes the training-data exports into a built site: documents.jsonl,
// documents.csv and documents/<id>.json under <outDir>/data/. Reads the
// generated MDX a batch at a time, so a large archive never sits in memory
// at once; files are sorted by id so the output order never depends on the
// file system. With a cache, what a file gives (frontmatter and paragraphs)
// is kept by the file's SHA-256, so a rebuild parses only the changed files;
// with an OutputFiles, only the per-document files that changed are written.
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { mapConcurrently } from '../../../core/concurrently.ts';
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
  /** Called with each document's frontmatter as it is read, for other per-document files (the raw texts). */
  each?: (data: DocumentData) => Promise<void>,
): Promise<ExportSummary> {
  const dataDir = path.join(outDir, 'data');
  await mkdir(dataDir, { recursive: true });
  const listed = await readdir(documentsDir).catch((error: Error) => {
    throw new Error(`exports: cannot read the documents folder ${documentsDir} (run npm run ingest, or set DOCUMENTS_DIR): ${error.message}`);
  });
  const names = listed.filter((n) => n.endsWith('.mdx')).sort();
  let parsed = 0;
  const read = async (name: string) => {
    const doc = await loadDocument(documentsDir, name.slice(0, -'.mdx'.length));
    if (!doc.fromRecord) parsed++;
    return doc;
  };
  const jsonl = createWriteStream(path.join(dataDir, 'documents.jsonl'));
  const rows: string[][] = [];
  let paragraphs = 0;
  for (let start = 0; start < names.length; start += BATCH) {
    const batch = await mapConcurrently(names.slice(start, start + BATCH), IO_LIMIT, read);
    const records = batch.map(({ data, paragraphs: ps }) => {
      const own = shared?.document(String(data.id));
      return documentRecord(data as unknown as DocumentData, ps, siteUrl, (id) => own?.paragraphs[id]?.links);
    });
    for (const record of records) {
      paragraphs += record.paragraphs.length;
      if (!jsonl.write(JSON.stringify(record) + '\n')) await once(jsonl, 'drain');
      rows.push(csvRow(record));
    }
    await mapConcurrently(records, IO_LIMIT, (record) => output.write(`data/documents/${record.id}.json`, JSON.stringify(record, null, 2) + '\n'));
    if (each) await mapConcurrently(batch, IO_LIMIT, ({ data }) => each(data as unknown as DocumentData));
  }
  jsonl.end();
  await once(jsonl, 'finish');
  await output.finish();
  // RFC 4180: CRLF records, fields quoted when they hold a comma, quote or line
  // break; a BOM so that Excel reads the file as UTF-8.
  const csv = stringify(rows, { header: true, columns: [...csvColumns], bom: true, record_delimiter: 'windows' });
  await writeFile(path.join(dataDir, 'documents.csv'), csv);
  return { documents: names.length, paragraphs, parsed };
}
