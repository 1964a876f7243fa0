// The paragraphs of a generated document as its page shows them: each
// paragraph or heading that starts with an <Anchor id="p-…"/>, with its text
// read from the MDX tree (a redaction shows as its `*`, an interview turn with
// its bold speaker label), so that exports, the glossary and the page agree.
import type { Nodes, Parent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse as parseYaml } from 'yaml';

export interface Paragraph {
  /** The anchor id, e.g. p-1a2b3c4d; the page has an element with this id. */
  id: string;
  text: string;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n?/;

function anchorIdOf(node: Parent): string | undefined {
  const first = node.children[0];
  if (first?.type !== 'mdxJsxTextElement' || first.name !== 'Anchor') return undefined;
  const attr = first.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** Paragraphs of an MDX body (without frontmatter), in reading order. */
export function paragraphsOf(body: string): Paragraph[] {
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const out: Paragraph[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const id = anchorIdOf(node);
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
export function readDocument(mdx: string): ReadDocument {
  const match = FRONTMATTER.exec(mdx);
  if (!match) throw new Error('no frontmatter');
  return { data: parseYaml(match[1]) as Record<string, unknown>, paragraphs: paragraphsOf(mdx.slice(match[0].length)) };
}
