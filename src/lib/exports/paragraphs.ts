// The paragraphs of a generated document as its page shows them: each
// paragraph or heading that starts with an <Anchor id="p-…"/>, with its text
// (a redaction shows as its `*`, an interview turn with its bold speaker
// label), so that exports, the glossary, the indexes and the page agree.
// Ingest writes them beside the MDX as the document's paragraph record
// (core/paragraphs.ts), which loadDocument reads; only an MDX file without a
// current record (written by hand, or by an older ingest) is parsed here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { leadingAnchorId } from '../../../core/mdx/elements.ts';
import { readFrontmatter } from '../../../core/mdx/frontmatter.ts';
import { PARAGRAPHS_SUFFIX, parseParagraphs } from '../../../core/paragraphs.ts';

export interface Paragraph {
  /** The anchor id, e.g. p-1a2b3c4d; the page has an element with this id. */
  id: string;
  text: string;
}

/** Paragraphs of an MDX body (without frontmatter), in reading order. */
export function paragraphsOf(body: string): Paragraph[] {
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const out: Paragraph[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const id = leadingAnchorId(node);
      if (id) out.push({ id, text: toString(node) });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return out;
}

export interface ReadDocument {
  data: Record<string, unknown>;
  paragraphs: Paragraph[];
}

/** A whole generated file: its frontmatter (unvalidated) and its paragraphs. */
export function readDocument(mdx: string, file?: string): ReadDocument {
  const { data, body } = readFrontmatter(mdx, file);
  return { data, paragraphs: paragraphsOf(body) };
}

export interface LoadedDocument extends ReadDocument {
  /** The MDX file's bytes (what per-document caches are keyed by). */
  mdx: Buffer;
  /** false: the MDX had no current paragraph record and was parsed. */
  fromRecord: boolean;
}

/** A document from its MDX file's bytes and its paragraph record's text (undefined: none). */
function documentOf(file: string, mdx: Buffer, json: string | undefined): LoadedDocument {
  const record = parseParagraphs(json, mdx);
  if (record) return { data: record.meta, paragraphs: record.paragraphs, mdx, fromRecord: true };
  return { ...readDocument(mdx.toString('utf8'), file), mdx, fromRecord: false };
}

const absent = (error: NodeJS.ErrnoException): undefined => {
  if (error.code === 'ENOENT') return undefined;
  throw error;
};

/**
 * Document `id` of `documentsDir`: its paragraph record when current, else its MDX parsed.
 * Its callers run off the build's thread (the indexes' and exports' workers, the shared
 * passages' process) and read every document of the archive: there the files are read
 * synchronously, at a fraction of the CPU of fs/promises' open, stat, read and close each
 * passed through libuv's four threads, which the build's thread needs for its own files
 * (docs/performance.md, ninth session).
 */
export async function loadDocument(documentsDir: string, id: string): Promise<LoadedDocument> {
  return loadDocumentSync(path.join(documentsDir, `${id}.mdx`));
}

/** loadDocument for the MDX file `file`, at once (for pages, which read their data synchronously). */
export function loadDocumentSync(file: string): LoadedDocument {
  const json = (() => {
    try {
      return readFileSync(file.replace(/\.mdx$/, PARAGRAPHS_SUFFIX), 'utf8');
    } catch (error) {
      return absent(error as NodeJS.ErrnoException);
    }
  })();
  return documentOf(file, readFileSync(file), json);
}
