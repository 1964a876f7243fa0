// The "first line" shown under each entry of a list: read from the MDX body
// through the same mdast parser the serializer round-trips with, so escapes
// (&#x…;, \*) come back as the text they stand for.
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';

/** Lines shorter than this (同志们：, a date line) say nothing about the document. */
const MIN_CHARS = 12;

function bodyParagraphs(nodes: readonly RootContent[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type === 'paragraph') out.push(toString(node).trim());
    // The cover notice and the closing lines are not where the text begins.
    else if (node.type === 'mdxJsxFlowElement' && (node.name === 'Notice' || node.name === 'Closing')) continue;
    else if ('children' in node) bodyParagraphs(node.children as RootContent[], out);
  }
  return out;
}

export function firstLine(body: string, maxChars = 90): string {
  let tree: Root;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch {
    return '';
  }
  const paragraphs = bodyParagraphs(tree.children).filter(Boolean);
  const line = paragraphs.find((p) => [...p].length >= MIN_CHARS) ?? paragraphs[0] ?? '';
  const chars = [...line];
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join('')}…` : line;
}
