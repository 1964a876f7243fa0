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
function finish(tree: HastRoot): void {
  const slugger = new GithubSlugger();
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
 * The HTML of a body made only of one-line blocks `<Anchor id="…" />text` (or a heading `## <Anchor id="…" />text`)
 * between blank lines, with no character in any text that can be syntax, as most generated bodies are: each block
 * is then a paragraph (or heading) of the anchor and the text as it stands, which is what the parse gives, so
 * the markup is written directly. undefined at anything else (the body is then parsed): another line, a text
 * with syntax or whitespace at its ends, an id the parse would refuse, a slug that needs encoding.
 * Parsing every body was most of a document page's own CPU (docs/performance.md, buildcpu).
 */
function plainBodyHtml(body: string): string | undefined {
  const blocks: string[] = [];
  let slugger: GithubSlugger | undefined;
  let at = 0;
  while (at < body.length) {
    const end = body.indexOf('\n', at);
    const next = end < 0 ? body.length : end + 1;
    const line = body.slice(at, end < 0 ? body.length : end);
    at = next;
    if (line === '') continue;
    const match = ANCHORED.exec(line);
    if (!match) return undefined;
    const [, hashes, id, text] = match as unknown as [string, string | undefined, string, string];
    // A block that goes on in the next line, or one the parse reads otherwise.
    if ((next < body.length && body[next] !== '\n') || text === '' || SYNTAX.test(text) || EDGE_SPACE.test(text) || !isAnchorId(id)) return undefined;
    const anchor = anchorParts.join(id);
    if (hashes) {
      const slug = (slugger ??= new GithubSlugger()).slug(text);
      if (ATTRIBUTE_SYNTAX.test(slug)) return undefined;
      blocks.push(`<h${hashes.length} id="${slug}">${anchor}${escapeText(text)}</h${hashes.length}>`);
    } else blocks.push(`<p>${anchor}${escapeText(text)}</p>`);
  }
  return blocks.length > 0 ? blocks.join('\n') : undefined;
}

/** Renders the body (frontmatter already removed) of the generated MDX file `file`. */
export function renderDocument(body: string, file: string): string {
  return plainBodyHtml(body) ?? parsedDocument(body, file);
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
