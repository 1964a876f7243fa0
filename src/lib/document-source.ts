// What pages read from a document's generated MDX file, which its collection
// entry does not hold (src/lib/documents-loader.ts): the HTML, rendered when
// the document's page is, and its cleaning log (src/lib/cleaning-log.ts). The
// slogans glossary reads every document's paragraphs in a process of its own
// (src/lib/glossary-store.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDir, root } from 'virtual:speech-archive/build-context';
import { renderDocument } from './document-html.ts';
import { CleaningLogs, logFromFile } from './cleaning-log.ts';
import type { Doc, FullDoc } from './documents.ts';
import { bodyAtFileLines, splitFrontmatter, type SplitFile } from '../../core/mdx/frontmatter.ts';

function fileOf(doc: Doc): string {
  if (!doc.filePath) throw new Error(`document ${doc.id}: the collection entry names no file`);
  return doc.filePath;
}

function readMdx(doc: Doc): SplitFile {
  const file = fileOf(doc);
  return splitFrontmatter(readFileSync(path.resolve(root, file), 'utf8'), file);
}

let logs: Promise<CleaningLogs> | undefined;

/** The document with its cleaning log: from the loader's cache in a build, from its file in the dev server (where the collection changes). */
export async function withCleaningLog(doc: Doc): Promise<FullDoc> {
  const file = path.resolve(root, fileOf(doc));
  const log = import.meta.env.PROD && doc.digest ? (await (logs ??= CleaningLogs.open(cacheDir))).get(String(doc.digest), () => logFromFile(file)) : logFromFile(file);
  return { ...doc, data: { ...doc.data, ...log } } as FullDoc;
}

/** The document's body as HTML; an error names the file (src/lib/document-html.ts). */
export function documentHtml(doc: Doc): string {
  return renderDocument(bodyAtFileLines(readMdx(doc)), fileOf(doc));
}
