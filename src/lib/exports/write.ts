// Writes the training-data exports into a built site: documents.jsonl,
// documents.csv and documents/<id>.json under <outDir>/data/. Reads the
// generated MDX one file at a time, so 10,000 documents never sit in memory
// together; files are sorted by id so the output order never depends on the
// file system.
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { readDocument } from './paragraphs.ts';
import { csvColumns, csvRow, documentRecord, type DocumentData } from './records.ts';

export interface ExportSummary {
  documents: number;
  paragraphs: number;
}

export async function writeExports(documentsDir: string, outDir: string, siteUrl: string): Promise<ExportSummary> {
  const dataDir = path.join(outDir, 'data');
  await mkdir(path.join(dataDir, 'documents'), { recursive: true });
  const listed = await readdir(documentsDir).catch((error: Error) => {
    throw new Error(`exports: cannot read the documents folder ${documentsDir} (run npm run ingest, or set DOCUMENTS_DIR): ${error.message}`);
  });
  const names = listed.filter((n) => n.endsWith('.mdx')).sort();
  const jsonl = createWriteStream(path.join(dataDir, 'documents.jsonl'));
  const rows: string[][] = [];
  let paragraphs = 0;
  for (const name of names) {
    const file = path.join(documentsDir, name);
    const { data, paragraphs: ps } = readDocument(await readFile(file, 'utf8'));
    const record = documentRecord(data as unknown as DocumentData, ps, siteUrl);
    paragraphs += ps.length;
    if (!jsonl.write(JSON.stringify(record) + '\n')) await once(jsonl, 'drain');
    await writeFile(path.join(dataDir, 'documents', `${record.id}.json`), JSON.stringify(record, null, 2) + '\n');
    rows.push(csvRow(record));
  }
  jsonl.end();
  await once(jsonl, 'finish');
  // RFC 4180: CRLF records, fields quoted when they hold a comma, quote or line
  // break; a BOM so that Excel reads the file as UTF-8.
  const csv = stringify(rows, { header: true, columns: [...csvColumns], bom: true, record_delimiter: 'windows' });
  await writeFile(path.join(dataDir, 'documents.csv'), csv);
  return { documents: names.length, paragraphs };
}
