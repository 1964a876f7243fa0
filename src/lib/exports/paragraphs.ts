// The paragraphs of a generated document as its page shows them: each
// paragraph or heading that starts with an <Anchor id="p-…"/>, with its text
// read from the MDX tree (a redaction shows as its `*`, an interview turn with
// its bold speaker label), so that exports, the glossary and the page agree.
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { leadingAnchorId } from '../../../core/mdx/elements.ts';
import { readFrontmatter } from '../../../core/mdx/frontmatter.ts';

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
