// The five JSX elements a generated document's MDX holds besides plain
// CommonMark, defined once for the serializer that writes them
// (scripts/ingest/serialize.ts) and for the readers that turn them into
// markup or text (src/lib/document-html.ts, src/lib/exports/paragraphs.ts,
// src/lib/excerpt.ts):
//
//   <Anchor id="p-…" />            leads every paragraph, heading and turn
//   <Redacted>*</Redacted>         a run of `*`, characters the source withheld
//   <Turn speaker="…" role="…">    one turn of an interview
//   <Notice>, <Closing>            wrap a cover notice and the closing lines
import type { Parent, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** Each element's name and the string attributes it carries, all of them required. */
export const ELEMENTS = {
  Anchor: ['id'],
  Redacted: [],
  Turn: ['speaker', 'role'],
  Notice: [],
  Closing: [],
} as const satisfies Record<string, readonly string[]>;

export type ElementName = keyof typeof ELEMENTS;

export const isElementName = (name: string | null | undefined): name is ElementName => name != null && Object.hasOwn(ELEMENTS, name);

export const TURN_ROLES = ['interviewer', 'interviewee'] as const;
export type TurnRole = (typeof TURN_ROLES)[number];

/** The wrapper element of a part of the document other than its body. */
export const WRAPPERS = { notice: 'Notice', closing: 'Closing' } as const satisfies Record<string, ElementName>;

/** A redaction in scraped text: every run of `*` (a withheld place name, a name). */
export const REDACTION = /\*+/g;

type ChildOf<E extends MdxJsxFlowElement> = E['children'][number];

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

export const anchorElement = (id: string): MdxJsxTextElement => ({ type: 'mdxJsxTextElement', name: 'Anchor', attributes: [attribute('id', id)], children: [] });

export const redactedElement = (stars: string): MdxJsxTextElement => ({ type: 'mdxJsxTextElement', name: 'Redacted', attributes: [], children: [{ type: 'text', value: stars }] });

export const turnElement = (speaker: string, role: TurnRole, children: ChildOf<MdxJsxFlowElement>[]): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name: 'Turn',
  attributes: [attribute('speaker', speaker), attribute('role', role)],
  children,
});

export const wrapperElement = (part: keyof typeof WRAPPERS): MdxJsxFlowElement => ({ type: 'mdxJsxFlowElement', name: WRAPPERS[part], attributes: [], children: [] });

/** Text as text nodes with each redaction run in a <Redacted> element. */
export function withRedactions(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(REDACTION)) {
    if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index) });
    out.push(redactedElement(match[0]));
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/** The anchor id of a paragraph or heading that starts with an <Anchor>. */
export function leadingAnchorId(node: Parent): string | undefined {
  const first = node.children[0];
  if (first?.type !== 'mdxJsxTextElement' || first.name !== 'Anchor') return undefined;
  const id = first.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof id?.value === 'string' ? id.value : undefined;
}

/** A wrapper of a part other than the body (<Notice>, <Closing>). */
export const isWrapper = (node: RootContent): node is MdxJsxFlowElement =>
  node.type === 'mdxJsxFlowElement' && (Object.values(WRAPPERS) as string[]).includes(node.name ?? '');
