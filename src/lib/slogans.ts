// The slogans glossary of the documents collection (built once per build and
// shared by /slogans/ and every /slogans/<slug>/), and the curated
// descriptions that extend its entries. The rules: core/slogans/.
//
// In a build the glossary is built in a child process (glossary-process.ts),
// which reads every document's paragraphs and writes the entries into the
// cache folder; the build keeps each slogan's summary, and a slogan's page
// reads its whole entry when it renders (glossary-store.ts). The dev server
// does the same, once per server as before.
import { getCollection, type CollectionEntry } from 'astro:content';
import { openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheDir, root } from 'virtual:speech-archive/build-context';
import { normalizeSlogan } from '../../core/slogans/grammar.ts';
import type { SloganEntry } from '../../core/slogans/glossary.ts';
import { processResult } from '../integrations/worker-result.ts';
import { GLOSSARY_FILE, GLOSSARY_JOB_FILE, readEntry, type GlossaryJob, type GlossaryJobDoc, type SentSummary, type SloganSummary } from './glossary-store.ts';

export type { SloganEntry, SloganSummary };

export interface Glossary {
  /** Every slogan's summary, most documents first. */
  summaries: SloganSummary[];
  /** A slogan's whole entry. */
  entry(summary: SloganSummary): SloganEntry;
}

function jobDoc(doc: CollectionEntry<'documents'>): GlossaryJobDoc {
  const d = doc.data;
  if (!doc.filePath) throw new Error(`document ${doc.id}: the collection entry names no file`);
  return { id: d.id, title: d.title, date: d.date, year: d.year, province: d.region?.province, slogans: d.slogans, file: doc.filePath, digest: String(doc.digest ?? '') };
}

async function inChildProcess(docs: CollectionEntry<'documents'>[]): Promise<Glossary> {
  const jobFile = path.join(cacheDir, GLOSSARY_JOB_FILE);
  writeFileSync(jobFile, JSON.stringify({ root, cacheDir, docs: docs.map(jobDoc) } satisfies GlossaryJob));
  const sent = await processResult<SentSummary[]>(pathToFileURL(path.join(root, 'src/lib/glossary-process.ts')), { jobFile }, 'slogans glossary');
  const summaries = sent.map((s) => ({ ...s, byYear: new Map(s.byYear) }));
  // Opened once and kept: the slogans' pages read from it until the build ends.
  const fd = summaries.length > 0 ? openSync(path.join(cacheDir, GLOSSARY_FILE), 'r') : -1;
  return { summaries, entry: (summary) => readEntry(fd, summary.at) };
}

let glossary: Promise<Glossary> | undefined;

/** The glossary of the documents collection, computed once per build. */
export function sloganGlossary(): Promise<Glossary> {
  glossary ??= getCollection('documents').then(inChildProcess);
  return glossary;
}

/** Curated descriptions (content/slogans/*.mdx) by the slogan they describe. */
export async function curatedSlogans(): Promise<Map<string, CollectionEntry<'slogans'>>> {
  return new Map((await getCollection('slogans')).map((entry) => [normalizeSlogan(entry.data.slogan), entry]));
}

export const sloganPath = (slug: string) => `/slogans/${slug}/`;
