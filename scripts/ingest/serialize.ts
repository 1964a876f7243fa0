// Document → MDX, always through an mdast tree (never string concatenation):
// the serializer escapes every character that MDX would read as syntax, and
// `assertRoundTrip` parses the output back to prove the text survived as text.
import type { Root, RootContent, Paragraph, Text, Yaml } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, toMarkdown, type Handle, type Unsafe } from 'mdast-util-to-markdown';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxToMarkdown, mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { anchorElement, turnElement, withRedactions, wrapperElement, WRAPPERS } from '../../core/mdx/elements.ts';
import { splitFrontmatter } from '../../core/mdx/frontmatter.ts';
import { frontmatterYaml } from './frontmatter-yaml.ts';
import type { Block, DocumentMeta } from './types.ts';

// mdast-util-mdx escapes `{`, `<` and Markdown syntax, but not the ESM keywords
// that start an `import`/`export` block at the start of a line: escape their
// first letter as a character reference.
const unsafe: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

function blockNode(block: Block): RootContent {
  const lead = block.id ? [anchorElement(block.id)] : [];
  if (block.kind === 'heading') {
    return { type: 'heading', depth: block.depth ?? 2, children: [...lead, ...withRedactions(block.text)] };
  }
  if (block.kind === 'turn') {
    const paragraph: Paragraph = {
      type: 'paragraph',
      // The colon stays outside the bold label: `**记者**：` closes the emphasis
      // before punctuation, where `**记者：**区委` would need an escaped character.
      children: [...lead, ...(block.damaged ? [{ type: 'text' as const, value: block.damaged }] : []), { type: 'strong', children: [{ type: 'text', value: block.speaker ?? '' }] }, ...withRedactions(`：${block.text}`)],
    };
    return turnElement(block.speaker ?? '', block.role ?? 'interviewee', [paragraph]);
  }
  return { type: 'paragraph', children: [...lead, ...withRedactions(block.text)] };
}

/** Groups consecutive blocks of the notice and closing parts into a wrapper element. */
function bodyNodes(blocks: Block[]): RootContent[] {
  const out: RootContent[] = [];
  let wrapper: MdxJsxFlowElement | undefined;
  for (const block of blocks) {
    const node = blockNode(block);
    if (block.part === 'body') {
      wrapper = undefined;
      out.push(node);
      continue;
    }
    if (wrapper?.name !== WRAPPERS[block.part]) {
      wrapper = wrapperElement(block.part);
      out.push(wrapper);
    }
    wrapper.children.push(node as MdxJsxFlowElement['children'][number]);
  }
  return out;
}

// YAML 1.1 output quotes every string a 1.1 reader would take for something
// else (2022-09-27 as a date, yes as a boolean), whichever parser reads it.

/** Drops undefined values so that YAML holds only what is known. */
function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const frontmatterNode = (meta: DocumentMeta): Yaml => ({ type: 'yaml', value: frontmatterYaml(clean(meta)).trimEnd() });

export function toMdxTree(meta: DocumentMeta, blocks: Block[]): Root {
  return { type: 'root', children: [frontmatterNode(meta), ...bodyNodes(blocks)] };
}

/**
 * mdast-util-to-markdown makes text safe by running every one of its unsafe
 * patterns (some forty) over every text node, a large share of serializing. A pattern
 * only ever escapes its own `character`, so a text holding none of those
 * characters, as most Chinese paragraphs do, comes out as it is.
 */
const patternCharacters = new WeakMap<Unsafe[], RegExp>();
const text: Handle = (node: Text, parent, state, info) => {
  let any = patternCharacters.get(state.unsafe);
  if (!any) {
    const characters = [...new Set(state.unsafe.map((pattern) => pattern.character))];
    any = new RegExp(`[${characters.map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'u');
    patternCharacters.set(state.unsafe, any);
  }
  return any.test(node.value) ? defaultHandlers.text(node, parent, state, info) : node.value;
};

// Built once: the extensions are stateless, and fresh ones per document cost a
// new acorn parser class and recompiled escape patterns every time.
const toMarkdownOptions = { extensions: [mdxToMarkdown(), frontmatterToMarkdown(['yaml'])], unsafe, handlers: { text } };
const fromMarkdownOptions = { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] };

export function serialize(meta: DocumentMeta, blocks: Block[]): string {
  const mdx = toMarkdown(toMdxTree(meta, blocks), toMarkdownOptions);
  assertRoundTrip(mdx, blocks);
  return mdx;
}

/**
 * A serialized document with new metadata (reposts merged in): the frontmatter
 * serialized again and the body kept. The body serializes the same beside any
 * frontmatter, and it is the part `assertRoundTrip` proved, so it needs no
 * second proof; the blocks are not serialized and parsed again.
 */
export function withMeta(mdx: string, meta: DocumentMeta): string {
  const { body } = splitFrontmatter(mdx);
  const frontmatter = toMarkdown({ type: 'root', children: [frontmatterNode(meta)] }, toMarkdownOptions);
  // The body must start where it did: no `---` line may close the new frontmatter early.
  if (splitFrontmatter(frontmatter).body !== '') throw new Error('serialized frontmatter holds a --- line');
  return frontmatter + body;
}

/** A block's text as the MDX reads back and the page shows it: a turn with its speaker label. */
export const blockText = (block: Block) => (block.kind === 'turn' ? `${block.damaged ?? ''}${block.speaker}：${block.text}` : block.text);

/** Parses the MDX back and checks that every block reads as the same text and nothing as code. */
export function assertRoundTrip(mdx: string, blocks: Block[]): void {
  const tree = fromMarkdown(splitFrontmatter(mdx).body, fromMarkdownOptions);
  const texts: string[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        throw new Error(`serialized text would run as code: ${JSON.stringify(node.value.slice(0, 80))}`);
      }
      if (node.type === 'paragraph' || node.type === 'heading') texts.push(toString(node));
      else if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  const expected = blocks.map(blockText);
  if (texts.length !== expected.length || texts.some((t, i) => t !== expected[i])) {
    const at = texts.findIndex((t, i) => t !== expected[i]);
    throw new Error(`serialized MDX does not read back as its text at block ${at}: ${JSON.stringify(texts[at]?.slice(0, 80))}`);
  }
}
