// The "first line" shown under each entry of a list: read from the MDX body
// through the same mdast parser the serializer round-trips with, so escapes
// (&#x…;, \*) come back as the text they stand for.
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { isWrapper } from '../../core/mdx/elements.ts';

/** Lines shorter than this (同志们：, a date line) say nothing about the document. */
const MIN_CHARS = 12;

function bodyParagraphs(nodes: readonly RootContent[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type === 'paragraph') out.push(toString(node).trim());
    // The cover notice and the closing lines are not where the text begins.
    else if (isWrapper(node)) continue;
    else if ('children' in node) bodyParagraphs(node.children as RootContent[], out);
  }
  return out;
}

/** Enough of a body to hold its first lines; cut at a blank line, between blocks. */
const PREFIX_CHARS = 4000;

/**
 * Made once: making the MDX syntax extension (acorn's parser classes among it) for each of the
 * thousands of bodies was a fifth of the parse (docs/performance.md, twenty-fifth session). The
 * extensions hold no state of a parse.
 */
const PARSE_OPTIONS = { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] };

function parse(text: string): Root | undefined {
  try {
    return fromMarkdown(text, PARSE_OPTIONS);
  } catch {
    return undefined;
  }
}

/**
 * The head of `body` up to the first blank line past `chars`, parsed; undefined
 * when the body has no such line or the head cuts through an open element.
 */
function head(body: string, chars: number): Root | undefined {
  const cut = body.indexOf('\n\n', chars);
  return cut > 0 ? parse(body.slice(0, cut)) : undefined;
}

/**
 * Parses only the head of a long body (the archive holds thousands); a head
 * that cuts through an open element does not parse, and then the whole body is read.
 */
function headTree(body: string): Root | undefined {
  return head(body, PREFIX_CHARS) ?? parse(body);
}

/**
 * Most bodies say something in their first lines: a head this long is tried
 * first, and the longer one only when it holds no such line (or does not
 * parse). A head cut at a blank line between blocks holds the same blocks,
 * up to the cut, as any longer head, so the first line found in it is the
 * one the longer head gives (the content sync reads every body: parsing
 * PREFIX_CHARS of each was a third of its CPU; docs/performance.md).
 */
const FIRST_TRY_CHARS = 100;

/** The longest excerpt a page shows (the RSS description); lists show a shorter one (shorten). */
export const EXCERPT_CHARS = 200;

/** Cuts a line to `maxChars` characters, marking the cut. */
export function shorten(line: string, maxChars: number): string {
  const chars = [...line];
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join('')}…` : line;
}

/** A body line as ingest writes a paragraph, or a heading (##): its anchor, then its text on the same line. */
const ANCHORED = /^(#{1,6} )?<Anchor id="[\w-]*" \/>(.*)$/;
/**
 * What may be markdown or MDX syntax inside a line's text (escapes, references, emphasis, code, links,
 * elements, expressions) or change how a line is read (tabs, control characters, other line endings).
 * A text without any of these is a text node as it stands, after an inline <Anchor />.
 */
const SYNTAX = /[\\`*_[\]<>&!{}#~|$\u0000-\u001f\u007f\u2028\u2029]/;

/**
 * firstLine's answer without a parse when the body begins with one-line paragraphs (or headings) of an
 * anchor and plain text, as most generated bodies do; undefined at the first block that is anything else.
 * The parse makes such a paragraph one whose text is the line's after the anchor (the anchor adds none),
 * and a block ends at a blank line whatever follows, so the first of them that says something is the one
 * the parse finds. Parsing every body on the build's thread was a twelfth of its CPU in a cold build's content
 * sync (docs/performance.md, thirtieth session).
 */
function plainFirstLine(body: string): string | undefined {
  let at = 0;
  while (at < body.length) {
    const end = body.indexOf('\n', at);
    const next = end < 0 ? body.length : end + 1;
    const line = body.slice(at, end < 0 ? body.length : end);
    at = next;
    if (line === '') continue;
    const [, heading, text] = ANCHORED.exec(line) ?? [];
    // Not such a line, or a block that goes on in the next line.
    if (text === undefined || SYNTAX.test(text) || (next < body.length && body[next] !== '\n')) return undefined;
    // A heading is no paragraph: firstLine passes over it.
    if (heading) continue;
    const trimmed = text.trim();
    if ([...trimmed].length >= MIN_CHARS) return trimmed;
  }
  return undefined;
}

/** The first paragraph that says something, cut to `maxChars`. */
export function firstLine(body: string, maxChars = 90): string {
  const plain = plainFirstLine(body);
  if (plain !== undefined) return shorten(plain, maxChars);
  return parsedFirstLine(body, maxChars);
}

/** firstLine by parsing the body's head (or the whole body). */
export function parsedFirstLine(body: string, maxChars = 90): string {
  const early = head(body, FIRST_TRY_CHARS);
  const found = early && bodyParagraphs(early.children).find((p) => p && [...p].length >= MIN_CHARS);
  if (found) return shorten(found, maxChars);
  const tree = headTree(body);
  if (!tree) return '';
  const paragraphs = bodyParagraphs(tree.children).filter(Boolean);
  return shorten(paragraphs.find((p) => [...p].length >= MIN_CHARS) ?? paragraphs[0] ?? '', maxChars);
}
