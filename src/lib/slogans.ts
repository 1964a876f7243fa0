// The slogans glossary of the documents collection (built once per build and
// shared by /slogans/ and every /slogans/<slug>/), and the curated
// descriptions that extend its entries. The rules: core/slogans/.
//
// In a build the glossary is built in a child process (glossary-process.ts),
// started as soon as the content sync is done (glossary-early.ts), which reads every document's paragraphs and writes the entries into the
// cache folder; the build keeps each slogan's summary, and a slogan's page
// reads its whole entry when it renders (glossary-store.ts). The dev server
// does the same, once per server as before.
import { getCollection, type CollectionEntry } from 'astro:content';
import { openSync } from 'node:fs';
import path from 'node:path';
import { cacheDir, root } from 'virtual:speech-archive/build-context';
import { normalizeSlogan } from '../../core/slogans/grammar.ts';
import type { SloganEntry } from '../../core/slogans/glossary.ts';
import { glossaryAnswer, glossaryJob, jobDoc } from './glossary-early.ts';
import { GLOSSARY_FILE, readEntry, type SloganSummary } from './glossary-store.ts';

export type { SloganEntry, SloganSummary };

export interface Glossary {
  /** Every slogan's summary, most documents first. */
  summaries: SloganSummary[];
  /** A slogan's whole entry. */
  entry(summary: SloganSummary): SloganEntry;
}

async function inChildProcess(docs: CollectionEntry<'documents'>[]): Promise<Glossary> {
  // Started at astro:build:start when the content sync's documents are these (glossary-early.ts).
  const sent = await glossaryAnswer(root, cacheDir, glossaryJob(root, cacheDir, docs.map(jobDoc)));
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
