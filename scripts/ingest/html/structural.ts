// The structural chrome rules of the HTML stage, run on the main element the
// extractor chose: captions by their place under a picture (marked on the
// whole page before extraction, since the extractor strips the alignment that
// tells them) and link lists at its edges. Each removal carries its rule id.
import { isProse } from '../stages/chrome/features.ts';
import { DATE_TIME, isLabelLine } from '../stages/chrome/labels.ts';
import { textOf } from './blocks.ts';
import { findCaptions } from './captions.ts';
import { edgeLinkBlocks } from './link-lists.ts';

const CAPTION_MARK = 'data-ingest-caption';

export interface StructuralRemoval {
  rule: 'html/caption' | 'html/link-list';
  reason: string;
  text: string;
}

const REASONS: Record<StructuralRemoval['rule'], string> = {
  'html/caption': 'short text under a picture',
  'html/link-list': 'list of links at an edge of the main text',
};

/** Marks the page's captions; call before the extractor takes the page apart. */
export function markCaptions(document: Document, title?: string): void {
  // A page saved without <html> whose <body> the parser left empty holds its text elsewhere: search the whole document.
  const root = document.body && textOf(document.body) !== '' ? document.body : (document as unknown as Element);
  if (!root) return;
  for (const caption of findCaptions(root, title)) caption.setAttribute(CAPTION_MARK, '');
}

const isTitle = (block: Element, title?: string) => title !== undefined && textOf(block).replace(/\s/gu, '') === title.replace(/\s/gu, '');

/**
 * A block that later stages read metadata or text from: the page's title, an
 * info line with labels or a date, a sentence of prose. The layout rules
 * leave it to them.
 */
function carriesText(block: Element, title?: string): boolean {
  const text = textOf(block);
  if (isTitle(block, title)) return true;
  // A sentence wholly inside one link is another page's headline (相关新闻 lists
  // put questions and exclamations in them), not this page's prose.
  return isLabelLine(text) || DATE_TIME.test(text) || (isProse(text) && !whollyLinked(block));
}

/** All of the block's text is the text of a single link. */
function whollyLinked(block: Element): boolean {
  const text = textOf(block).replace(/\s/gu, '');
  const anchors = block.matches('a') ? [block] : [...block.querySelectorAll('a')];
  return anchors.length === 1 && textOf(anchors[0]!).replace(/\s/gu, '') === text;
}

/** Removes the structural chrome from the main element and says what went. */
export function removeStructuralChrome(main: Element, title?: string): StructuralRemoval[] {
  const taken = new Map<Element, StructuralRemoval['rule']>();
  // A caption is often a sentence: only the title and an info line under a picture stay.
  for (const caption of main.querySelectorAll(`[${CAPTION_MARK}]`)) if (!isTitle(caption, title) && !isLabelLine(textOf(caption))) taken.set(caption, 'html/caption');
  for (const block of edgeLinkBlocks(main, (b) => carriesText(b, title) || [...taken.keys()].some((t) => t.contains(b)))) taken.set(block, 'html/link-list');
  const removals: StructuralRemoval[] = [];
  for (const [element, rule] of taken) {
    const text = textOf(element);
    if (text) removals.push({ rule, reason: REASONS[rule], text });
    element.remove();
  }
  return removals;
}
