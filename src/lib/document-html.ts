// A generated document's MDX body → HTML, rendered as data, never run as code.
// The serializer (scripts/ingest/serialize.ts) writes plain CommonMark plus the
// five JSX elements of core/mdx/elements.ts; each becomes fixed markup here. Anything else MDX could run
// (another element, an expression, import/export) is refused with the file's
// name: the serializer never writes one, so meeting one means the file was
// written by something else.
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import GithubSlugger from 'github-slugger';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toHast, type State } from 'mdast-util-to-hast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isAnchorId } from '../../core/anchor.ts';
import { ELEMENTS, isElementName, TURN_ROLES, type ElementName, type TurnRole } from '../../core/mdx/elements.ts';
import { REDACTION_TITLE } from './redaction.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

// The paragraph anchor: a link to the paragraph and a button that copies its
// permalink (CiteBox's script). Neither holds a text node (their marks come
// from CSS and SVG), so the paragraph's text content, which search and exports
// read, stays the text.
const ANCHOR_ID = 'p-00000000';
const anchorTemplate = fromHtml(
  `<span class="para-tools" data-pagefind-ignore><a class="anchor" id="${ANCHOR_ID}" href="#${ANCHOR_ID}" aria-label="本段链接"></a><button type="button" class="copy-link" data-anchor="${ANCHOR_ID}" aria-label="复制本段链接" title="复制本段链接"><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/></svg></button></span>`,
  { fragment: true },
).children[0] as Element;
// A bare attribute, as the Astro component wrote it (parsed, it is the empty string).
anchorTemplate.properties.dataPagefindIgnore = true;

/** A fresh copy of a template's element tree (structuredClone's serialization costs more than the copy on every paragraph). */
function copyTree(node: ElementContent): ElementContent {
  if (node.type !== 'element') return { ...node };
  const properties: Element['properties'] = {};
  for (const [name, value] of Object.entries(node.properties)) properties[name] = Array.isArray(value) ? [...value] : value;
  return { ...node, properties, children: node.children.map(copyTree) };
}

const ROLES: Record<TurnRole, string> = { interviewer: '问', interviewee: '答' };
const isRole = (role: string | undefined): role is TurnRole => (TURN_ROLES as readonly (string | undefined)[]).includes(role);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

class DocumentSyntaxError extends Error {
  constructor(file: string, node: { position?: { start: { line: number; column: number } } }, reason: string) {
    const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
    super(`${file}${at}: ${reason}`);
    this.name = 'DocumentSyntaxError';
  }
}

/** The element's name and string attributes; another element, an expression attribute or one the element does not carry is refused. */
function elementOf(node: JsxElement, file: string): { name: ElementName; attrs: Record<string, string> } {
  const name = node.name;
  if (!isElementName(name)) throw new DocumentSyntaxError(file, node, `<${name ?? ''}> is not an element the ingest serializer writes`);
  const allowed: readonly string[] = ELEMENTS[name];
  const attrs: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !allowed.includes(attribute.name)) {
      throw new DocumentSyntaxError(file, node, `<${node.name}> has an attribute the ingest serializer never writes`);
    }
    attrs[attribute.name] = attribute.value;
  }
  return { name, attrs };
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

function jsxToHast(file: string) {
  return (state: State, node: JsxElement): Element => {
    const children = () => state.all(node) as ElementContent[];
    const { name, attrs } = elementOf(node, file);
    switch (name) {
      case 'Anchor': {
        const { id } = attrs;
        if (!id || !isAnchorId(id) || node.children.length > 0) throw new DocumentSyntaxError(file, node, `<Anchor> needs an id p-xxxxxxxx[-n] and no content`);
        const anchor = copyTree(anchorTemplate) as Element;
        const [link, button] = anchor.children as [Element, Element];
        link.properties = { ...link.properties, id, href: `#${id}` };
        button.properties = { ...button.properties, dataAnchor: id };
        return anchor;
      }
      case 'Redacted':
        return element('span', { className: ['redacted'], title: REDACTION_TITLE }, children());
      case 'Turn': {
        const { speaker, role } = attrs;
        if (speaker === undefined || !isRole(role)) throw new DocumentSyntaxError(file, node, `<Turn> needs a speaker and a role interviewer or interviewee`);
        return element('div', { className: [`turn turn--${role}`], dataSpeaker: speaker, dataRole: ROLES[role] }, children());
      }
      case 'Notice':
        return element('aside', { className: ['notice'], ariaLabel: '印发通知' }, children());
      case 'Closing':
        return element('div', { className: ['closing'] }, children());
    }
  };
}

/** Refuses what MDX would run as code (the first such node in document order). */
function assertNoCode(node: MdastRoot | MdastRoot['children'][number], file: string): void {
  if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    throw new DocumentSyntaxError(file, node, `${node.type === 'mdxjsEsm' ? 'import/export' : 'an expression'} in a generated document`);
  }
  if ('children' in node) for (const child of node.children) assertNoCode(child as MdastRoot['children'][number], file);
}

const textContent = (node: ElementContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textContent).join('') : '');

// Text is escaped as Astro escapes it (runtime/server/escape.js), so a page
// keeps the bytes it had when MDX rendered it; the raw nodes hold only that.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const escapeText = (text: string) => text.replace(/[&<>'"]/g, (c) => ESCAPES[c]!);

/**
 * One walk in document order, by hand (unist-util-visit's generic walks were a
 * fifth of rendering a body): ids on headings from their text, as Astro gives
 * Markdown and MDX headings, then their text escaped into raw nodes.
 */
function finish(tree: HastRoot, slugger = new GithubSlugger()): void {
  const walk = (children: HastRoot['children']) => {
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'text') children[i] = { type: 'raw', value: escapeText(child.value) };
      else if (child.type === 'element') {
        // Before its text is escaped below.
        if (/^h[1-6]$/.test(child.tagName)) child.properties.id = slugger.slug(textContent(child));
        walk(child.children);
      }
    }
  };
  walk(tree.children);
}

/** A body line as ingest writes a paragraph or a heading: its anchor, then its text on the same line. */
const ANCHORED = /^(?:(#{1,6}) )?<Anchor id="([^"]*)" \/>(.*)$/;
/**
 * What may be markdown or MDX syntax inside a line's text (escapes, references, emphasis, code, links,
 * elements, expressions, a closing #) or change how a line is read (tabs, control characters, other line
 * endings), as src/lib/excerpt.ts reads a plain line.
 */
const SYNTAX = /[\\`*_[\]<>&!{}#~|$\u0000-\u001f\u007f\u2028\u2029]/;
/** Whitespace at a text's ends, which the parse trims from a block (or keeps after an inline element): left to the parse. */
const EDGE_SPACE = /^\s|\s$/;
/** What a heading's slug must not hold to stand in its id attribute as it is (toHtml would encode it). */
const ATTRIBUTE_SYNTAX = /[&"'<>`=]/;

/** The anchor's markup as toHtml writes the anchor template's element for `id`. */
function anchorHtml(id: string): string {
  const anchor = copyTree(anchorTemplate) as Element;
  const [link, button] = anchor.children as [Element, Element];
  link.properties = { ...link.properties, id, href: `#${id}` };
  button.properties = { ...button.properties, dataAnchor: id };
  return toHtml(anchor, { allowDangerousHtml: true, characterReferences: { useNamedReferences: true } });
}
const ANCHOR_MARK = 'p-00000000';
/** The anchor's markup cut around its id (each of the three places it stands in), made once. */
const anchorParts = anchorHtml(ANCHOR_MARK).split(ANCHOR_MARK);

/**
 * A one-line block `<Anchor id="…" />text` (or a heading `## <Anchor id="…" />text`) whose text holds no
 * character that can be syntax, as most blocks of generated bodies are: the parse makes it a paragraph (or a
 * heading) of the anchor and the text as it stands, so its markup is written directly. null when the line is
 * anything else (a text with syntax or whitespace at its ends, an id the parse would refuse); false when the
 * heading's slug would need encoding (the body is then parsed whole: the slugger has counted it).
 */
function plainBlock(line: string, slugger: GithubSlugger): string | null | false {
  const match = ANCHORED.exec(line);
  if (!match) return null;
  const [, hashes, id, text] = match as unknown as [string, string | undefined, string, string];
  if (text === '' || SYNTAX.test(text) || EDGE_SPACE.test(text) || !isAnchorId(id)) return null;
  const anchor = anchorParts.join(id);
  if (!hashes) return `<p>${anchor}${escapeText(text)}</p>`;
  const slug = slugger.slug(text);
  if (ATTRIBUTE_SYNTAX.test(slug)) return false;
  return `<h${hashes.length} id="${slug}">${anchor}${escapeText(text)}</h${hashes.length}>`;
}

/** A block of the generated elements that hold paragraphs (an interview's turn, a notice, a closing): its first and last lines. */
const ELEMENT_BLOCK = /^<(Turn|Notice|Closing)[ >]/;
/** A paragraph or heading line that starts with its anchor. */
const ANCHORED_LINE = /^(?:#{1,6} )?<Anchor id="/;

/**
 * The body's HTML block by block: the blocks between blank lines that are plain one-line paragraphs or
 * headings written directly (plainBlock), each other block parsed alone. Markdown reads a paragraph, a heading
 * or a closed element between blank lines the same alone as in its body, save for what refers across blocks
 * (link definitions) or continues past a blank line (lists, quotes, an element left open); so only one-line
 * paragraphs and headings and the generated elements whose closing tag ends their block are taken, each
 * parsed alone to exactly one such node, with no definition anywhere, and the blocks joined by a line break
 * as the whole body's are. undefined at anything else, or at any error (the whole body is then parsed, so
 * that an error names its line in the file). The same HTML as parsing the whole body (tests/unit/document-html.test.ts);
 * parsing every body whole was most of a document page's own CPU (docs/performance.md, buildcpu).
 */
function blockwiseHtml(body: string, file: string): string | undefined {
  if (body.includes(']:')) return undefined;
  const lines = body.split('\n');
  const out: string[] = [];
  const slugger = new GithubSlugger();
  let at = 0;
  while (at < lines.length) {
    if (lines[at] === '') {
      at++;
      continue;
    }
    let end = at;
    while (end < lines.length && lines[end] !== '') end++;
    const block = lines.slice(at, end);
    at = end;
    let kind: 'line' | 'element';
    if (block.length === 1) {
      const plain = plainBlock(block[0]!, slugger);
      if (plain === false) return undefined;
      if (plain !== null) {
        out.push(plain);
        continue;
      }
      if (!ANCHORED_LINE.test(block[0]!)) return undefined;
      kind = 'line';
    } else {
      const open = ELEMENT_BLOCK.exec(block[0]!);
      if (!open || block.at(-1) !== `</${open[1]}>`) return undefined;
      kind = 'element';
    }
    const html = parsedBlock(block.join('\n'), file, slugger, kind);
    if (html === undefined) return undefined;
    out.push(html);
  }
  return out.length > 0 ? out.join('\n') : undefined;
}

/** One block parsed alone (blockwiseHtml): undefined unless it is one node of its kind and renders without error. */
function parsedBlock(block: string, file: string, slugger: GithubSlugger, kind: 'line' | 'element'): string | undefined {
  try {
    const tree = parser.parse(block) as MdastRoot;
    const node = tree.children[0];
    if (tree.children.length !== 1 || !node) return undefined;
    if (kind === 'line' ? node.type !== 'paragraph' && node.type !== 'heading' : node.type !== 'mdxJsxFlowElement') return undefined;
    return htmlOf(tree, file, slugger);
  } catch {
    return undefined;
  }
}

/** The HTML of a parsed body (or block), its headings' ids from `slugger`. */
function htmlOf(tree: MdastRoot, file: string, slugger: GithubSlugger): string {
  assertNoCode(tree, file);
  const toElement = jsxToHast(file);
  const hast = toHast(tree, { handlers: { mdxJsxFlowElement: toElement, mdxJsxTextElement: toElement } }) as HastRoot;
  finish(hast, slugger);
  // Named references in attributes (&amp; &quot;), as Astro writes them.
  return toHtml(hast, { allowDangerousHtml: true, characterReferences: { useNamedReferences: true } });
}

/** Renders the body (frontmatter already removed) of the generated MDX file `file`. */
export function renderDocument(body: string, file: string): string {
  return blockwiseHtml(body, file) ?? parsedDocument(body, file);
}

/** renderDocument by parsing the body. */
export function parsedDocument(body: string, file: string): string {
  const tree = parser.parse(body) as MdastRoot;
  assertNoCode(tree, file);
  const toElement = jsxToHast(file);
  const hast = toHast(tree, { handlers: { mdxJsxFlowElement: toElement, mdxJsxTextElement: toElement } }) as HastRoot;
  finish(hast);
  // Named references in attributes (&amp; &quot;), as Astro writes them.
  return toHtml(hast, { allowDangerousHtml: true, characterReferences: { useNamedReferences: true } });
}
