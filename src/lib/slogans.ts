// The slogans glossary of the documents collection (built once per build and
// shared by /slogans/ and every /slogans/<slug>/), and the curated
// descriptions that extend its entries. The rules: core/slogans/.
import { getCollection, type CollectionEntry } from 'astro:content';
import { normalizeSlogan } from '../../core/slogans/grammar.ts';
import { buildGlossary, type GlossaryDoc, type SloganEntry } from '../../core/slogans/glossary.ts';
import { paragraphsByDocument } from './document-source.ts';
import type { Paragraph } from './exports/paragraphs.ts';

export type { SloganEntry };

function toGlossaryDoc(doc: CollectionEntry<'documents'>, paragraphs: Paragraph[]): GlossaryDoc {
  const d = doc.data;
  return { id: d.id, title: d.title, date: d.date, year: d.year, province: d.region?.province, slogans: d.slogans, paragraphs };
}

async function glossaryOf(docs: CollectionEntry<'documents'>[]): Promise<SloganEntry[]> {
  const paragraphs = await paragraphsByDocument(docs);
  return buildGlossary(docs.map((doc) => toGlossaryDoc(doc, paragraphs.get(doc.id)!)));
}

let glossary: Promise<SloganEntry[]> | undefined;

/** The glossary of the documents collection, computed once per build. */
export function sloganGlossary(): Promise<SloganEntry[]> {
  glossary ??= getCollection('documents').then(glossaryOf);
  return glossary;
}

/** Curated descriptions (content/slogans/*.mdx) by the slogan they describe. */
export async function curatedSlogans(): Promise<Map<string, CollectionEntry<'slogans'>>> {
  return new Map((await getCollection('slogans')).map((entry) => [normalizeSlogan(entry.data.slogan), entry]));
}

export const sloganPath = (slug: string) => `/slogans/${slug}/`;
